//! The printable explanation (beregningsvedlegg) as plain data: every figure already formatted,
//! every word already translated. The PDF template, the preview in the window and the plain
//! text (`utmaling calc`, "Kopier som tekst") are all drawn from this one model, so screen,
//! paper and text cannot drift apart. Nothing is computed from it: the numbers come from the
//! engine's `Calculation`, the words from the translation files.

use std::fmt::Write as _;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::calc::{Calculation, Line, Month, Outcome, PersonRef, Rule, Section, barnetrygd_shield_date};
use super::case::{Assessment, Case, Living};
use super::date::{format_date, month_name};
use super::explain::{line_detail, line_label, line_source, note_text, outcome_sentence, warning_text};
use super::money::Money;
use super::rates::Category;
use super::whatif::{BreakEven, break_even_sentence};
use crate::i18n::Localizer;

/// The whole explanation, ready to lay out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// "nb", "nn" or "en": the language of the text (for hyphenation and the PDF's /Lang).
    pub lang: String,
    /// "Beregning av økonomisk stønad".
    pub title: String,
    /// What the document is: an attachment to a decision under § 18.
    pub subtitle: String,
    /// Label and value pairs under the title: period, rates, date of the calculation.
    pub facts: Vec<Fact>,
    pub rate_sets: RateSets,
    pub household: Household,
    /// One part per calendar month of the period.
    pub months: Vec<MonthPart>,
    /// Only when the period has several months.
    pub summary: Option<Summary>,
    pub outcome: OutcomePart,
    /// Facts the explanation states (age band changes, barnetrygd treatment).
    pub notes: Option<TextPart>,
    /// For the caseworker only; shown on screen and in the text, not printed on paper.
    pub warnings: Option<TextPart>,
    /// The caseworker's individual assessment, if written.
    pub assessment: Option<TextPart>,
    /// Each child's checklist (rules.md §5), when there are children.
    pub children: Option<ChildrenPart>,
    /// Conditions (§ 20) and the activity duty (§ 20 a), if any.
    pub conditions: Option<TextPart>,
    /// Rounding and pro-rata methods.
    pub method: TextPart,
    pub legal_basis: TextPart,
    pub appeal: TextPart,
    pub footer: Footer,
    /// Table column headings, shared by every month.
    pub columns: Columns,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// A heading with paragraphs (or list items).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextPart {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RateSets {
    pub heading: String,
    pub sets: Vec<RateSetRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RateSetRow {
    /// "statlige veiledende satser fra 01.01.2024 (rundskriv A-3/2023; 3,8 % økning)".
    pub source: String,
    /// "Status: bekreftet fra offisiell kilde".
    pub status: String,
    /// "Publisert: …".
    pub published: String,
    /// The same three as one sentence, as the text explanation prints it.
    pub sentence: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Household {
    pub heading: String,
    /// Name, role, born, rate, share of the month.
    pub columns: Vec<String>,
    pub people: Vec<Person>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Person {
    /// First name or role, as the case names the person.
    pub name: String,
    pub role: String,
    /// Children only (rules.md §9: birth dates for children); empty for adults.
    pub born: String,
    /// The rate category, with each age band change ("Barn 6–10 år; Barn 11–17 år fra juli 2024").
    pub rate: String,
    /// "100 %" for children, empty for adults.
    pub share: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Columns {
    /// "Post", "Grunnlag", "Beløp".
    pub item: String,
    pub basis: String,
    pub amount: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MonthPart {
    /// "Mars 2024 (01.03.2024–31.03.2024)".
    pub heading: String,
    /// The rate set in force on the month's first day.
    pub rate_set: String,
    pub groups: Vec<LineGroup>,
    /// "Resultat for måneden" or "Overskudd for måneden", with the amount.
    pub result: AmountRow,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LineGroup {
    /// "need", "income", "shielded" or "reduction".
    pub section: String,
    pub heading: String,
    pub lines: Vec<ReportLine>,
    /// "(ingen)" when the group has no lines.
    pub empty: Option<String>,
    /// The group's sum; left out for an empty group of shielded income.
    pub total: Option<AmountRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReportLine {
    /// "Livsopphold, barn 0–5 år (Emma)".
    pub label: String,
    /// Pro rata, applied vs accepted with the reason, notes, and the rule for income lines.
    pub details: Vec<String>,
    /// Where the figure comes from: "dokumentert", "sats fra 01.01.2024", ….
    pub basis: String,
    pub amount: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AmountRow {
    pub label: String,
    pub amount: String,
}

/// The result month by month, and for the whole period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub heading: String,
    /// Month, need, income counted, reduction (only when there is one), result.
    pub columns: Vec<String>,
    pub rows: Vec<SummaryRow>,
    pub total: SummaryRow,
    /// "Samlet for perioden", over the period's sums one per row (need, income counted,
    /// shielded, reduction, result).
    pub totals_heading: String,
    pub totals: Vec<AmountRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SummaryRow {
    pub label: String,
    /// One amount per column after the first.
    pub amounts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutcomePart {
    pub heading: String,
    /// "full", "supplementary" or "none".
    pub kind: String,
    /// "Supplerende stønad".
    pub headline: String,
    /// "Å utbetale" / "Overskudd".
    pub amount_label: String,
    /// "17 450 kr" (whole kroner) or the surplus.
    pub amount: String,
    /// The outcome in words: "Supplerende stønad: 17 450 kr å utbetale".
    pub sentence: String,
    /// Why, in plain words: income against need, and what is paid or the surplus.
    pub explanation: String,
    /// "Utfall: …" as the text explanation prints it.
    pub text_line: String,
    /// "Husstanden er selvforsørget ved netto inntekt over 35 450 kr per måned." (break-even)
    pub break_even: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChildrenPart {
    pub heading: String,
    pub intro: String,
    /// "Punkt", "Vurdering", "Merknad".
    pub columns: Vec<String>,
    pub children: Vec<ChildNeeds>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChildNeeds {
    pub name: String,
    pub items: Vec<NeedItem>,
    /// "Ingen punkter er vurdert for dette barnet." when the checklist is empty.
    pub empty: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NeedItem {
    /// "Barnehage/SFO".
    pub label: String,
    /// "Vurdert: ikke relevant", "Dekket av satsen", "Innvilget per måned".
    pub assessment: String,
    /// The amount granted per month, if any.
    pub amount: Option<String>,
    /// The caseworker's note, if any.
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Footer {
    /// "Beregnet 02.04.2024 med utmaling 0.1.0".
    pub generated: String,
    /// "Side {page} av {total}": the layout puts the numbers in place of the two markers.
    pub page: String,
}

fn arg<'a>(text: impl Into<String>) -> FluentValue<'a> {
    FluentValue::from(text.into())
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().collect::<String>() + chars.as_str())
}

/// Paragraphs of a caseworker's free text: split at blank lines, lines inside joined.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

impl Report {
    /// Build the explanation of `calc` (the calculation of `case`) in the localizer's language.
    /// `generated` is the date printed as the date of the calculation; `version` the program's.
    pub fn build(case: &Case, calc: &Calculation, loc: &Localizer, generated: NaiveDate, version: &str) -> Report {
        let period = format!("{}–{}", format_date(calc.from), format_date(calc.to));
        let rates = match &calc.profile {
            Some((id, name)) => {
                loc.ta("report-rates-profile", &[("name", arg(name.as_str())), ("id", arg(id.as_str()))])
            }
            None => loc.t("report-rates-state"),
        };
        let facts = vec![
            Fact { label: loc.t("report-fact-period"), value: period },
            Fact { label: loc.t("report-fact-rates"), value: rates },
            Fact { label: loc.t("report-fact-calculated"), value: format_date(generated) },
        ];
        Report {
            lang: loc.lang().short().to_string(),
            title: loc.t("report-title"),
            subtitle: loc.t("report-subtitle"),
            facts,
            rate_sets: rate_sets(loc, calc),
            household: household(loc, case, calc),
            months: calc.months.iter().map(|m| month_part(loc, case, calc, m)).collect(),
            summary: (calc.months.len() > 1).then(|| summary(loc, calc)),
            outcome: outcome(loc, calc),
            notes: (!calc.notes.is_empty()).then(|| TextPart {
                heading: loc.t("report-notes-heading"),
                paragraphs: calc.notes.iter().map(|n| note_text(loc, case, calc, n)).collect(),
            }),
            warnings: (!calc.warnings.is_empty()).then(|| TextPart {
                heading: loc.t("report-warnings-heading"),
                paragraphs: calc.warnings.iter().map(|w| warning_text(loc, case, calc, w)).collect(),
            }),
            assessment: Some(paragraphs(&case.assessment))
                .filter(|p| !p.is_empty())
                .map(|paragraphs| TextPart { heading: loc.t("report-assessment-heading"), paragraphs }),
            children: children(loc, case),
            conditions: Some(paragraphs(&case.conditions))
                .filter(|p| !p.is_empty())
                .map(|paragraphs| TextPart { heading: loc.t("report-conditions-heading"), paragraphs }),
            method: TextPart {
                heading: loc.t("report-method-heading"),
                paragraphs: vec![
                    loc.t("report-method-months"),
                    loc.t("report-method-pro-rata"),
                    loc.t("report-method-rounding"),
                ],
            },
            legal_basis: legal_basis(loc, case, calc),
            appeal: TextPart {
                heading: loc.t("report-appeal-heading"),
                paragraphs: vec![loc.t("report-appeal"), loc.t("report-appeal-access")],
            },
            footer: Footer {
                generated: loc
                    .ta("report-generated", &[("date", arg(format_date(generated))), ("version", arg(version))]),
                page: loc.ta("report-page", &[("page", arg("{page}")), ("total", arg("{total}"))]),
            },
            columns: Columns {
                item: loc.t("report-col-item"),
                basis: loc.t("report-col-basis"),
                amount: loc.t("report-col-amount"),
            },
        }
    }

    /// The model as JSON, as the PDF template reads it.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The explanation as plain text: for the terminal, the clipboard and the case system.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.title);
        let _ = writeln!(out, "{}", self.subtitle);
        for fact in &self.facts {
            let _ = writeln!(out, "{}: {}", fact.label, fact.value);
        }
        for set in &self.rate_sets.sets {
            let _ = writeln!(out, "{}", set.sentence);
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}:", self.household.heading);
        for person in &self.household.people {
            let facts: Vec<&str> = [&person.role, &person.born, &person.rate, &person.share]
                .into_iter()
                .map(String::as_str)
                .filter(|s| !s.is_empty())
                .collect();
            let _ = writeln!(out, "    {}: {}", person.name, facts.join(", "));
        }
        for month in &self.months {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}, {}", month.heading, month.rate_set);
            for group in &month.groups {
                let _ = writeln!(out, "  {}", group.heading);
                if let Some(empty) = &group.empty {
                    let _ = writeln!(out, "    {empty}");
                }
                for line in &group.lines {
                    text_row(&mut out, &line.label, &line.amount);
                    for detail in &line.details {
                        let _ = writeln!(out, "      {detail}");
                    }
                }
                if let Some(total) = &group.total {
                    text_row(&mut out, &total.label, &total.amount);
                }
            }
            text_row(&mut out, &month.result.label, &month.result.amount);
        }
        let _ = writeln!(out);
        if let Some(summary) = &self.summary {
            let _ = writeln!(out, "{}", summary.totals_heading);
            for row in &summary.totals {
                text_row(&mut out, &row.label, &row.amount);
            }
            let _ = writeln!(out);
        }
        let _ = writeln!(out, "{}", self.outcome.text_line);
        let _ = writeln!(out, "{}", self.outcome.explanation);
        if !self.outcome.break_even.is_empty() {
            let _ = writeln!(out, "{}", self.outcome.break_even);
        }
        if let Some(notes) = &self.notes {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}:", notes.heading);
            for note in &notes.paragraphs {
                let _ = writeln!(out, "  - {note}");
            }
        }
        if let Some(warnings) = &self.warnings {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}:", warnings.heading);
            for warning in &warnings.paragraphs {
                let _ = writeln!(out, "  ! {warning}");
            }
        }
        if let Some(assessment) = &self.assessment {
            text_part(&mut out, assessment);
        }
        if let Some(children) = &self.children {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}:", children.heading);
            for child in &children.children {
                let _ = writeln!(out, "    {}", child.name);
                if let Some(empty) = &child.empty {
                    let _ = writeln!(out, "      {empty}");
                }
                for item in &child.items {
                    let mut text = format!("{}: {}", item.label, item.assessment);
                    if let Some(amount) = &item.amount {
                        text = format!("{text} {amount}");
                    }
                    if let Some(note) = &item.note {
                        text = format!("{text} ({note})");
                    }
                    let _ = writeln!(out, "      {text}");
                }
            }
        }
        if let Some(conditions) = &self.conditions {
            text_part(&mut out, conditions);
        }
        for part in [&self.method, &self.legal_basis, &self.appeal] {
            text_part(&mut out, part);
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", self.footer.generated);
        out
    }
}

const WIDTH: usize = 52;

/// A label and a right-aligned amount, two spaces at least between them.
fn text_row(out: &mut String, label: &str, amount: &str) {
    let pad = WIDTH.saturating_sub(label.chars().count());
    let _ = writeln!(out, "    {label}{:pad$} {amount:>16}", "");
}

fn text_part(out: &mut String, part: &TextPart) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}:", part.heading);
    for paragraph in &part.paragraphs {
        let _ = writeln!(out, "    {paragraph}");
    }
}

fn rate_sets(loc: &Localizer, calc: &Calculation) -> RateSets {
    let sets = calc
        .rate_sets
        .iter()
        .map(|set| {
            let source = set.source_label(loc);
            let status = loc.t(set.status.key());
            let sentence = loc.ta(
                "explain-rate-set-used",
                &[
                    ("source", arg(source.as_str())),
                    ("status", arg(status.as_str())),
                    ("published", arg(set.published.as_str())),
                ],
            );
            RateSetRow {
                source: capitalize(&source),
                status: loc.t1("report-rate-set-status", "status", status),
                published: loc.t1("report-rate-set-published", "published", set.published.as_str()),
                sentence,
            }
        })
        .collect();
    RateSets { heading: loc.t("report-rate-sets-heading"), sets }
}

/// The rate categories a person's rate lines have over the period, in order, with the month
/// each later one starts.
fn rate_text(loc: &Localizer, calc: &Calculation, matches: impl Fn(PersonRef) -> bool) -> Option<String> {
    let mut seen: Vec<(Category, NaiveDate)> = Vec::new();
    for month in &calc.months {
        for line in &month.lines {
            if let (Rule::Rate(category), Some(person)) = (line.rule, line.person)
                && matches(person)
                && seen.last().is_none_or(|(last, _)| *last != category)
            {
                seen.push((category, month.from));
            }
        }
    }
    if seen.is_empty() {
        return None;
    }
    let parts: Vec<String> = seen
        .iter()
        .enumerate()
        .map(|(i, (category, from))| {
            let name = loc.t(category.key());
            if i == 0 {
                name
            } else {
                loc.ta("report-band-from", &[("band", arg(name)), ("month", arg(month_name(loc, *from)))])
            }
        })
        .collect();
    Some(parts.join("; "))
}

fn household(loc: &Localizer, case: &Case, calc: &Calculation) -> Household {
    let mut people = Vec::new();
    for (i, adult) in case.household.adults.iter().enumerate() {
        let role = match (case.household.living, i) {
            (Living::Single, 0) | (Living::Couple, 0) => loc.t("report-role-applicant"),
            (Living::Couple, 1) => loc.t("report-role-partner"),
            (Living::SharedHousing, _) if adult.rate.is_none() => loc.t("report-role-shared"),
            _ => loc.t("report-role-adult"),
        };
        let rate = rate_text(loc, calc, |p| match p {
            PersonRef::Adult(a) => a == i,
            PersonRef::Couple(a, b) => a == i || b == i,
            PersonRef::Child(_) => false,
        })
        .unwrap_or_default();
        people.push(Person { name: adult.name.clone(), role, born: String::new(), rate, share: String::new() });
    }
    for (i, child) in case.household.children.iter().enumerate() {
        let rate = rate_text(loc, calc, |p| p == PersonRef::Child(i)).unwrap_or_else(|| loc.t("report-no-child-rate"));
        people.push(Person {
            name: child.name.clone(),
            role: loc.t("report-role-child"),
            born: format_date(child.birth_date),
            rate,
            share: format!("{}\u{a0}%", child.share_percent),
        });
    }
    Household {
        heading: loc.t("report-household-heading"),
        columns: vec![
            loc.t("report-col-name"),
            loc.t("report-col-role"),
            loc.t("report-col-born"),
            loc.t("report-col-rate"),
            loc.t("report-col-share"),
        ],
        people,
    }
}

fn line_basis(loc: &Localizer, case: &Case, calc: &Calculation, line: &Line) -> String {
    match line.rate_set.and_then(|i| calc.rate_sets.get(i)) {
        Some(set) => loc.t1("report-basis-rate", "date", format_date(set.effective)),
        None => line_source(loc, case, calc, line),
    }
}

fn month_part(loc: &Localizer, case: &Case, calc: &Calculation, month: &Month) -> MonthPart {
    let heading =
        format!("{} ({}–{})", capitalize(&month_name(loc, month.from)), format_date(month.from), format_date(month.to));
    let rate_set = calc.rate_sets.get(month.rate_set).map_or_else(String::new, |s| s.source_label(loc));
    let mut groups = Vec::new();
    for (section, heading, total_label, total) in [
        (Section::Need, loc.t("result-need"), loc.t("result-sum-need"), month.need),
        (Section::Income, loc.t("result-income"), loc.t("result-sum-income"), month.income_counted),
        (Section::Shielded, loc.t("result-shielded"), loc.t("result-sum-shielded"), month.income_shielded),
        (Section::Reduction, loc.t("result-reduction"), loc.t("result-sum-reduction"), month.reductions),
    ] {
        let lines: Vec<ReportLine> = month
            .lines
            .iter()
            .filter(|l| l.section == section)
            .map(|line| {
                let mut details: Vec<String> = line_detail(loc, case, line).into_iter().collect();
                if !matches!(line.rule, Rule::Rate(_)) && line.section != Section::Need {
                    details.push(loc.t(line.rule.key()));
                }
                ReportLine {
                    label: line_label(loc, case, line),
                    details,
                    basis: line_basis(loc, case, calc, line),
                    amount: line.amount.format(),
                }
            })
            .collect();
        // Reductions are shown only when there are any; the other groups always, so that the
        // reader sees that nothing was counted or kept out.
        if lines.is_empty() && section == Section::Reduction {
            continue;
        }
        let empty = lines.is_empty().then(|| loc.t("explain-none"));
        let total = (!lines.is_empty() || section != Section::Shielded)
            .then(|| AmountRow { label: total_label, amount: total.format() });
        groups.push(LineGroup { section: section.id().to_string(), heading, lines, empty, total });
    }
    let result = if month.result.is_negative() {
        AmountRow { label: loc.t("result-month-surplus"), amount: month.result.abs().format() }
    } else {
        AmountRow { label: loc.t("result-month-result"), amount: month.result.format() }
    };
    MonthPart { heading, rate_set, groups, result }
}

fn summary(loc: &Localizer, calc: &Calculation) -> Summary {
    let reductions = calc.reductions.is_positive();
    let amounts = |need: Money, income: Money, reduction: Money, result: Money| -> Vec<String> {
        let mut cells = vec![need.format(), income.format()];
        if reductions {
            cells.push(reduction.format());
        }
        cells.push(result.format());
        cells
    };
    let rows = calc
        .months
        .iter()
        .map(|m| SummaryRow {
            label: capitalize(&month_name(loc, m.from)),
            amounts: amounts(m.need, m.income_counted, m.reductions, m.result),
        })
        .collect();
    let total = SummaryRow {
        label: loc.t("report-summary-total"),
        amounts: amounts(calc.need, calc.income_counted, calc.reductions, calc.result),
    };
    let mut columns = vec![loc.t("report-col-month"), loc.t("report-col-need"), loc.t("report-col-income")];
    if reductions {
        columns.push(loc.t("report-col-reduction"));
    }
    columns.push(loc.t("report-col-result"));
    let mut totals = vec![
        AmountRow { label: loc.t("result-sum-need"), amount: calc.need.format() },
        AmountRow { label: loc.t("explain-sum-income-counted"), amount: calc.income_counted.format() },
        AmountRow { label: loc.t("result-sum-shielded"), amount: calc.income_shielded.format() },
    ];
    if reductions {
        totals.push(AmountRow { label: loc.t("result-sum-reduction"), amount: calc.reductions.format() });
    }
    totals.push(AmountRow { label: loc.t("result-need-minus-income"), amount: calc.result.format() });
    Summary {
        heading: loc.t("report-summary-heading"),
        columns,
        rows,
        total,
        totals_heading: loc.t("result-period-total"),
        totals,
    }
}

fn outcome(loc: &Localizer, calc: &Calculation) -> OutcomePart {
    let sentence = outcome_sentence(loc, calc);
    let figures = [
        ("need", arg(calc.need.format())),
        ("income", arg(calc.income_counted.format())),
        ("amount", arg(calc.assistance.format_kroner())),
        ("surplus", arg(calc.surplus.format())),
    ];
    let explanation = match calc.outcome {
        Outcome::Full => loc.ta("report-outcome-explain-full", &figures),
        Outcome::Supplementary => loc.ta("report-outcome-explain-supplementary", &figures),
        Outcome::None => loc.ta("report-outcome-explain-none", &figures),
    };
    let (amount_label, amount) = match calc.outcome {
        Outcome::None => (loc.t("report-outcome-surplus"), calc.surplus.format()),
        Outcome::Full | Outcome::Supplementary => (loc.t("report-outcome-to-pay"), calc.assistance.format_kroner()),
    };
    OutcomePart {
        heading: loc.t("report-outcome-heading"),
        kind: calc.outcome.id().to_string(),
        headline: loc.t(calc.outcome.key()),
        amount_label,
        amount,
        text_line: loc.t1("explain-outcome", "outcome", sentence.as_str()),
        sentence,
        explanation,
        break_even: BreakEven::from_calculation(calc).map(|be| break_even_sentence(loc, &be)).unwrap_or_default(),
    }
}

fn children(loc: &Localizer, case: &Case) -> Option<ChildrenPart> {
    if case.household.children.is_empty() {
        return None;
    }
    let children = case
        .household
        .children
        .iter()
        .map(|child| {
            let items: Vec<NeedItem> = child
                .needs
                .iter()
                .map(|need| {
                    let (assessment, amount) = match &need.assessment {
                        Assessment::NotRelevant => (loc.t("report-need-not-relevant"), None),
                        Assessment::CoveredByRate => (loc.t("report-need-covered"), None),
                        Assessment::Granted(amount) => (loc.t("report-need-granted"), Some(amount.format())),
                    };
                    NeedItem {
                        label: loc.t(&need.need.key()),
                        assessment,
                        amount,
                        note: Some(need.note.trim().to_string()).filter(|n| !n.is_empty()),
                    }
                })
                .collect();
            let empty = items.is_empty().then(|| loc.t("report-child-not-assessed"));
            ChildNeeds { name: child.name.clone(), items, empty }
        })
        .collect();
    Some(ChildrenPart {
        heading: loc.t("report-children-heading"),
        intro: loc.t("report-children-intro"),
        columns: vec![loc.t("report-col-need-item"), loc.t("report-col-assessment"), loc.t("report-col-note")],
        children,
    })
}

fn legal_basis(loc: &Localizer, case: &Case, calc: &Calculation) -> TextPart {
    let mut paragraphs = vec![loc.t("report-legal-basis")];
    paragraphs.push(if calc.to >= barnetrygd_shield_date() {
        loc.t("report-legal-shielded")
    } else {
        loc.t("report-legal-shielded-before")
    });
    if !case.conditions.trim().is_empty() || !case.reductions.is_empty() {
        paragraphs.push(loc.t("report-legal-conditions"));
    }
    paragraphs.push(loc.t("report-legal-reasons"));
    TextPart { heading: loc.t("report-legal-heading"), paragraphs }
}
