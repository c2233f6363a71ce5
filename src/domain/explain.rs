//! The calculation in words (bokmål): labels for each line, warnings and notes as sentences,
//! and the plain-text explanation printed by `utmaling calc`. Screens and printouts use these
//! same functions so they cannot disagree.

use std::fmt::Write as _;

use super::calc::{Calculation, Line, Month, Note, Outcome, PersonRef, Rule, Section, Warning, barnetrygd_shield_date};
use super::case::Case;
use super::date::{format_date, month_name};
use super::kinds::{expense_kind, income_kind};
use super::rates::{BarnetrygdPolicy, Category, default_user_rates_dir};

/// The name of a person reference, from the case.
pub fn person_name(case: &Case, person: PersonRef) -> String {
    let adult = |i: usize| case.household.adults.get(i).map_or("?", |a| a.name.as_str());
    match person {
        PersonRef::Adult(i) => adult(i).to_string(),
        PersonRef::Child(i) => case.household.children.get(i).map_or("?", |c| c.name.as_str()).to_string(),
        PersonRef::Couple(a, b) => format!("{} og {}", adult(a), adult(b)),
    }
}

/// What the line is, e.g. "Livsopphold, barn 6–10 år (Emma)" or "Husleie".
pub fn line_label(case: &Case, line: &Line) -> String {
    let what = match line.rule {
        Rule::Rate(category) => match category {
            Category::Single => "Livsopphold, enslig".to_string(),
            Category::Couple => "Livsopphold, ektepar/samboere".to_string(),
            Category::SharedHousing => "Livsopphold, person i bofellesskap".to_string(),
            child => format!("Livsopphold, barn {} år", child.band_label()),
        },
        Rule::ChildNeedGranted => {
            let item = super::kinds::ChildNeed::ALL.iter().find(|n| n.code() == line.kind);
            format!("Barns behov: {}", item.map_or(line.kind, |n| n.name_nb()))
        }
        Rule::Reduction => "Reduksjon for brudd på vilkår".to_string(),
        _ => match line.section {
            Section::Need => expense_kind(line.kind).map_or(line.kind, |k| k.name_nb).to_string(),
            _ => income_kind(line.kind).map_or(line.kind, |k| k.name_nb).to_string(),
        },
    };
    match line.person {
        Some(person) => format!("{what} ({})", person_name(case, person)),
        None => what,
    }
}

/// Extra facts about the line: pro rata, applied vs accepted with the reason, the note.
pub fn line_detail(case: &Case, line: &Line) -> Option<String> {
    use super::calc::FieldRef;
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = line.pro_rata {
        if p.days != p.days_in_month {
            parts.push(format!("{} av {} dager", p.days, p.days_in_month));
        }
        if p.share_percent != 100 {
            parts.push(format!("{} % av måneden i husstanden (delt bosted/samvær)", p.share_percent));
        }
        parts.push(format!("full sats {}", line.base.format()));
    }
    match line.field {
        FieldRef::Expense(i) => {
            if let Some(expense) = case.expenses.get(i) {
                if expense.accepted_amount() != expense.applied {
                    parts.push(format!(
                        "søkt {}, godkjent {}",
                        expense.applied.format(),
                        expense.accepted_amount().format()
                    ));
                }
                if let Some(reason) = expense.reason.as_deref().filter(|r| !r.trim().is_empty()) {
                    parts.push(format!("begrunnelse: {reason}"));
                }
                if let Some(note) = expense.note.as_deref().filter(|r| !r.trim().is_empty()) {
                    parts.push(note.to_string());
                }
            }
        }
        FieldRef::Income(i) => {
            if let Some(income) = case.incomes.get(i) {
                if let Some(reason) = income.shield_reason.as_deref() {
                    parts.push(format!("begrunnelse: {reason}"));
                }
                if let Some(note) = income.note.as_deref().filter(|r| !r.trim().is_empty()) {
                    parts.push(note.to_string());
                }
            }
        }
        FieldRef::ChildNeed { child, item } => {
            if let Some(need) = case.household.children.get(child).and_then(|c| c.needs.get(item))
                && !need.note.trim().is_empty()
            {
                parts.push(need.note.clone());
            }
        }
        FieldRef::Reduction(i) => {
            if let Some(r) = case.reductions.get(i) {
                parts.push(format!("begrunnelse: {}", r.reason));
            }
        }
        FieldRef::Adult(_) | FieldRef::Child(_) => {}
    }
    if parts.is_empty() { None } else { Some(parts.join("; ")) }
}

/// Where the line's figure comes from: the rate set, or the case's document/application.
pub fn line_source(case: &Case, calc: &Calculation, line: &Line) -> String {
    use super::calc::FieldRef;
    use super::case::Origin;
    if let Some(set) = line.rate_set.and_then(|i| calc.rate_sets.get(i)) {
        return set.source_label();
    }
    let origin = match line.field {
        FieldRef::Expense(i) => case.expenses.get(i).and_then(|e| e.origin),
        FieldRef::Income(i) => case.incomes.get(i).and_then(|e| e.origin),
        _ => Some(Origin::Caseworker),
    };
    match origin {
        Some(Origin::Application) => "oppgitt i søknaden",
        Some(Origin::Documented) => "dokumentert",
        Some(Origin::Caseworker) => "vurdert av saksbehandler",
        None => "registrert av saksbehandler",
    }
    .to_string()
}

pub fn warning_text(case: &Case, calc: &Calculation, warning: &Warning) -> String {
    let child = |i: usize| case.household.children.get(i).map_or("?", |c| c.name.as_str());
    match warning {
        Warning::NewerThanNewestSet { first_month, used } => {
            let used = calc.rate_sets.get(*used).map_or_else(String::new, |s| s.source_label());
            let folder = default_user_rates_dir()
                .map_or_else(|| "brukermappen for satser".to_string(), |d| d.display().to_string());
            format!(
                "Perioden ({} og senere) er nyere enn de nyeste satsene programmet kjenner. Brukt: {used}. \
                 Legg til gjeldende satser under «Satser» i programmet, eller som fil i {folder}.",
                month_name(*first_month)
            )
        }
        Warning::ChildNotAssessed { child: i } => format!(
            "{}: barnets behov er ikke vurdert. Vurder barnehage/SFO, skole, fritid, utstyr og helse \
             (rundskriv 35, 4.18.2.6) og før vurderingen i saken.",
            child(*i)
        ),
        Warning::BarnetrygdShieldedByPolicy { months } => format!(
            "Barnetrygd er holdt utenfor i {months} måned(er) før 1. september 2022 etter kommunens praksis; \
             loven skjermet den først fra denne datoen."
        ),
        Warning::ProfileFellBackToState { profile, first_month } => format!(
            "Kommuneprofilen «{profile}» har ingen egen sats for {}; statlige satser er brukt.",
            month_name(*first_month)
        ),
        Warning::HousingAboveNorm { norm, persons, accepted } => format!(
            "Godkjente boutgifter ({}) er over kommunens boutgiftsnorm for {persons} personer ({}); \
             begrunn hvorfor, eller sett ned godkjent beløp.",
            accepted.format(),
            norm.format()
        ),
        Warning::ChildTurns18 { child: i, from_month } => format!(
            "{} er 18 år fra {} og får ikke barnesats fra da; vurder som egen søker.",
            child(*i),
            month_name(*from_month)
        ),
        Warning::ChildBornDuringPeriod { child: i, from_month } => {
            format!("{} er født i perioden og er regnet med fra {}.", child(*i), month_name(*from_month))
        }
    }
}

pub fn note_text(case: &Case, calc: &Calculation, note: &Note) -> String {
    match note {
        Note::BandChange { child, birthday, band, from_month } => {
            let name = case.household.children.get(*child).map_or("?", |c| c.name.as_str());
            let age =
                super::date::age_on(case.household.children.get(*child).map_or(*birthday, |c| c.birth_date), *birthday);
            format!(
                "{name} fyller {age} år {} — sats {} år fra {}.",
                format_date(*birthday),
                band.band_label(),
                month_name(*from_month)
            )
        }
        Note::BarnetrygdCountedBeforeShield => {
            let policy = match calc.barnetrygd_policy {
                BarnetrygdPolicy::Count => "regne den med",
                BarnetrygdPolicy::Shield => "holde den utenfor",
            };
            format!(
                "Barnetrygd er regnet med for måneder før {} (praksis: {policy}).",
                format_date(barnetrygd_shield_date())
            )
        }
    }
}

/// "Full stønad: 16 550 kr", "Ikke rett — overskudd 3 450 kr".
pub fn outcome_sentence(calc: &Calculation) -> String {
    match calc.outcome {
        Outcome::Full => format!("Full stønad: {} å utbetale", calc.assistance.format_kroner()),
        Outcome::Supplementary => format!("Supplerende stønad: {} å utbetale", calc.assistance.format_kroner()),
        Outcome::None => format!(
            "Ikke rett til stønad etter § 18 — inntekten dekker behovet med et overskudd på {}",
            calc.surplus.format()
        ),
    }
}

fn month_heading(calc: &Calculation, month: &Month) -> String {
    let set = calc.rate_sets.get(month.rate_set).map_or_else(String::new, |s| s.source_label());
    format!("{} ({}–{}), {set}", capitalize(&month_name(month.from)), format_date(month.from), format_date(month.to))
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().collect::<String>() + chars.as_str())
}

const WIDTH: usize = 52;

fn row(out: &mut String, label: &str, amount: &str) {
    let pad = WIDTH.saturating_sub(label.chars().count());
    let _ = writeln!(out, "    {label}{:pad$} {amount:>16}", "");
}

/// The plain-text explanation: the whole calculation, line by line, in bokmål.
pub fn explain_text(case: &Case, calc: &Calculation) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Beregning av økonomisk stønad (sosialtjenesteloven § 18)");
    let _ = writeln!(out, "Periode: {}–{}", format_date(calc.from), format_date(calc.to));
    match &calc.profile {
        Some((id, name)) => {
            let _ = writeln!(out, "Kommuneprofil: {name} ({id})");
        }
        None => {
            let _ = writeln!(out, "Satser: statlige veiledende retningslinjer");
        }
    }
    for set in &calc.rate_sets {
        let _ = writeln!(
            out,
            "Satssett brukt: {}; {}; publisert: {}",
            set.source_label(),
            set.status.name_nb(),
            set.published
        );
    }
    for month in &calc.months {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", month_heading(calc, month));
        for (section, title, total_label, total) in [
            (Section::Need, "Behov", "Sum behov", month.need),
            (Section::Income, "Inntekt som regnes med", "Sum inntekt", month.income_counted),
            (Section::Shielded, "Holdt utenfor (regnes ikke med)", "Sum holdt utenfor", month.income_shielded),
            (Section::Reduction, "Reduksjon", "Sum reduksjon", month.reductions),
        ] {
            let lines: Vec<&Line> = month.lines.iter().filter(|l| l.section == section).collect();
            if lines.is_empty() && section != Section::Need && section != Section::Income {
                continue;
            }
            let _ = writeln!(out, "  {title}");
            if lines.is_empty() {
                let _ = writeln!(out, "    (ingen)");
            }
            for line in lines {
                row(&mut out, &line_label(case, line), &line.amount.format());
                if let Some(detail) = line_detail(case, line) {
                    let _ = writeln!(out, "      {detail}");
                }
                if !matches!(line.rule, Rule::Rate(_)) && line.section != Section::Need {
                    let _ = writeln!(out, "      {}", line.rule.text_nb());
                }
            }
            row(&mut out, total_label, &total.format());
        }
        let label = if month.result.is_negative() { "Overskudd for måneden" } else { "Resultat for måneden" };
        row(&mut out, label, &month.result.abs().format());
    }
    let _ = writeln!(out);
    if calc.months.len() > 1 {
        let _ = writeln!(out, "Samlet for perioden");
        row(&mut out, "Sum behov", &calc.need.format());
        row(&mut out, "Sum inntekt som regnes med", &calc.income_counted.format());
        row(&mut out, "Sum holdt utenfor", &calc.income_shielded.format());
        if calc.reductions.is_positive() {
            row(&mut out, "Sum reduksjon", &calc.reductions.format());
        }
        row(&mut out, "Behov minus inntekt", &calc.result.format());
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "Utfall: {}", outcome_sentence(calc));
    if !calc.notes.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Merknader:");
        for note in &calc.notes {
            let _ = writeln!(out, "  - {}", note_text(case, calc, note));
        }
    }
    if !calc.warnings.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Advarsler:");
        for warning in &calc.warnings {
            let _ = writeln!(out, "  ! {}", warning_text(case, calc, warning));
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Metode: Satsene for livsopphold er regnet forholdsmessig etter kalenderdager når perioden");
    let _ = writeln!(out, "dekker deler av en måned, og etter andel ved delt bosted. Boutgifter, andre utgifter og");
    let _ = writeln!(out, "inntekter gjelder per måned slik de er ført. Hver linje føres i kroner og øre; beløpet som");
    let _ = writeln!(out, "utbetales rundes til hele kroner (halvt opp) til slutt. Hver måned vurderes for seg.");
    out
}
