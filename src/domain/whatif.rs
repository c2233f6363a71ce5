//! What-if: the counted income at which the household becomes self-supporting (break-even),
//! scenario presets (next month, a job income, state or municipal rates, either side of a rate
//! change) and a line-by-line comparison of two calculations.
//!
//! Everything here goes through the engine (`calc::calculate`); nothing repeats a rule.

use std::fmt::Write as _;

use chrono::{Datelike, Months, NaiveDate};
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::calc::{CalcError, Calculation, Line, Outcome, PersonRef, Rule, Section, calculate};
use super::case::{Case, Income};
use super::date::{format_date, month_end, month_name, month_start};
use super::explain::{line_label, outcome_sentence};
use super::money::Money;
use super::rates::RateBook;
use super::report::{Fact, Footer};
use crate::i18n::Localizer;

/// The income kind the job-income preset and the break-even check add ("Lønn (netto)").
pub const JOB_INCOME_KIND: &str = "jobb";

/// The break-even of one month of the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthBreakEven {
    /// First day of the month inside the period.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The month's need.
    pub need: Money,
    /// Reductions (§ 20) in the month.
    pub reductions: Money,
    /// The counted net income the case has now.
    pub counted: Money,
    /// The counted net monthly income at which the month's result reaches exactly 0.
    pub income: Money,
}

impl MonthBreakEven {
    /// How much more counted income the month can take before assistance stops (negative: the
    /// household already has that much more than it needs).
    pub fn headroom(&self) -> Money {
        self.income.checked_sub(self.counted).unwrap_or(Money::ZERO)
    }
}

/// Break-even for a case: per month, and the month the summary speaks of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BreakEven {
    pub months: Vec<MonthBreakEven>,
    /// Index into `months`: the month with the highest break-even income, the income at which
    /// the whole period is self-supporting (the first such month when several are equal).
    pub summary: usize,
}

impl BreakEven {
    /// The month the summary speaks of.
    pub fn summary(&self) -> &MonthBreakEven {
        &self.months[self.summary.min(self.months.len().saturating_sub(1))]
    }

    /// True when every month has the same break-even income.
    pub fn is_uniform(&self) -> bool {
        self.months.windows(2).all(|w| w[0].income == w[1].income)
    }

    /// Break-even read from a calculation's month totals alone: since every krone of counted
    /// income lowers the month's result by one krone (see `break_even`, which checks this
    /// against the engine), the break-even income is the counted income plus the result.
    /// Used where only the calculation is at hand (the printed explanation).
    pub fn from_calculation(calc: &Calculation) -> Option<BreakEven> {
        let months: Vec<MonthBreakEven> = calc
            .months
            .iter()
            .map(|m| MonthBreakEven {
                from: m.from,
                to: m.to,
                need: m.need,
                reductions: m.reductions,
                counted: m.income_counted,
                income: m.income_counted.checked_add(m.result).unwrap_or(m.need).max(Money::ZERO),
            })
            .collect();
        if months.is_empty() {
            return None;
        }
        let mut summary = 0;
        for (i, m) in months.iter().enumerate() {
            if m.income > months[summary].income {
                summary = i;
            }
        }
        Some(BreakEven { months, summary })
    }
}

/// The case with one more counted income line of `monthly` (net per month) of `kind`.
pub fn with_extra_income(case: &Case, kind: &str, monthly: Money) -> Case {
    let mut case = case.clone();
    case.incomes.push(Income {
        kind: kind.to_string(),
        person: None,
        amount: monthly,
        origin: None,
        note: None,
        shield_reason: None,
    });
    case
}

/// The case without the incomes at `indices` (into `case.incomes`).
pub fn without_incomes(case: &Case, indices: &[usize]) -> Case {
    let mut without = case.clone();
    without.incomes =
        case.incomes.iter().enumerate().filter(|(i, _)| !indices.contains(i)).map(|(_, inc)| inc.clone()).collect();
    without
}

/// The case with the incomes that month `index` of `calc` counts removed and one job income
/// of `amount` in their place: the engine's result at `amount` counted income.
fn month_result_at(
    case: &Case,
    calc: &Calculation,
    book: &RateBook,
    index: usize,
    amount: Money,
) -> Result<Money, CalcError> {
    let counted: Vec<usize> = calc.months[index].counted_incomes().collect();
    let probe = with_extra_income(&without_incomes(case, &counted), JOB_INCOME_KIND, amount);
    let result = calculate(&probe, book)?;
    Ok(result.months.get(index).map_or(Money::ZERO, |m| m.result))
}

/// The counted net monthly income at which assistance reaches 0, month by month.
///
/// The candidate comes from the engine's month totals (one krone less assistance per krone of
/// counted income); each month is then recalculated by the engine with exactly that much
/// counted income (result must be 0) and with 1 kr less (result must be 1 kr). Should a future
/// rule make income count otherwise, the month is found by bisection on the engine instead.
pub fn break_even(case: &Case, book: &RateBook) -> Result<BreakEven, CalcError> {
    let calc = calculate(case, book)?;
    let Some(mut found) = BreakEven::from_calculation(&calc) else {
        return Err(CalcError::NoRates);
    };
    let one = Money::kroner(1);
    for (index, month) in found.months.iter_mut().enumerate() {
        if !month.income.is_positive() {
            continue;
        }
        let at = month_result_at(case, &calc, book, index, month.income)?;
        let below = month.income.checked_sub(one)?;
        let ok = at.is_zero() && (below.is_negative() || month_result_at(case, &calc, book, index, below)? == one);
        if !ok {
            month.income = bisect(case, &calc, book, index, month.need)?;
        }
    }
    let mut summary = 0;
    for (i, m) in found.months.iter().enumerate() {
        if m.income > found.months[summary].income {
            summary = i;
        }
    }
    found.summary = summary;
    Ok(found)
}

/// The smallest counted income (in øre) at which the month's result is ≤ 0, by bisection.
fn bisect(case: &Case, calc: &Calculation, book: &RateBook, index: usize, need: Money) -> Result<Money, CalcError> {
    let mut low: i64 = 0;
    // Start above the need and widen until the result is no longer positive.
    let mut high: i64 = (need.as_decimal() * rust_decimal::Decimal::from(100)).trunc().try_into().unwrap_or(0);
    high = high.max(100);
    while month_result_at(case, calc, book, index, Money::from_ore(high))?.is_positive() {
        if high > 1_000_000_000 {
            return Err(CalcError::Overflow(super::money::MoneyError::Overflow));
        }
        high *= 2;
    }
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if month_result_at(case, calc, book, index, Money::from_ore(mid))?.is_positive() {
            low = mid;
        } else {
            high = mid;
        }
    }
    Ok(Money::from_ore(high))
}

// --- Scenario presets -------------------------------------------------------------------------

/// `date` moved by `months` calendar months (negative: back); a month's last day stays the last
/// day ("31.01." → "29.02." → "31.03.").
fn shift_date(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let shifted = if months >= 0 {
        date.checked_add_months(Months::new(months as u32))?
    } else {
        date.checked_sub_months(Months::new(months.unsigned_abs()))?
    };
    Some(if date == month_end(date) { month_end(shifted) } else { shifted })
}

/// The case moved by `months` calendar months: the period moves, ages follow the birth dates
/// and the rate set in force in the new months applies. None if the date is out of range.
pub fn shift_months(case: &Case, months: i32) -> Option<Case> {
    let mut case = case.clone();
    case.period.from = shift_date(case.period.from, months)?;
    case.period.to = shift_date(case.period.to, months)?;
    Some(case)
}

/// "Neste måned": the case one calendar month later.
pub fn next_month(case: &Case) -> Option<Case> {
    shift_months(case, 1)
}

/// "Legg til arbeidsinntekt": the case with a net job income of `monthly` more.
pub fn with_job_income(case: &Case, monthly: Money) -> Case {
    with_extra_income(case, JOB_INCOME_KIND, monthly)
}

/// State rates (`None`) or a municipal profile's (its id).
pub fn with_profile(case: &Case, profile: Option<&str>) -> Case {
    let mut case = case.clone();
    case.profile = profile.map(str::to_string);
    case
}

/// The rate change nearest to the start of the case's period (state sets and the case's
/// profile's own), or None if the book knows none.
pub fn nearest_rate_change(case: &Case, book: &RateBook) -> Option<NaiveDate> {
    let profile = case.profile.as_deref().and_then(|id| book.profile(id));
    let oldest = book.oldest_state_set()?.effective;
    let mut dates = book.change_dates(profile, oldest, NaiveDate::MAX);
    dates.extend(profile.and_then(|p| p.sets.first()).map(|s| s.effective));
    let from = case.period.from;
    dates.into_iter().min_by_key(|d| ((*d - from).num_days().abs(), *d))
}

/// Either side of a rate change: the case over the whole month before the change, and over
/// the month the change takes effect (one month each).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateChange {
    pub date: NaiveDate,
    pub before: Case,
    pub after: Case,
}

/// "Før / etter satsendring": the nearest rate change and the case on each side of it.
pub fn around_rate_change(case: &Case, book: &RateBook) -> Option<RateChange> {
    let date = nearest_rate_change(case, book)?;
    let last_before = date.pred_opt()?;
    let mut before = case.clone();
    before.period.from = month_start(last_before);
    before.period.to = last_before;
    let mut after = case.clone();
    after.period.from = date;
    after.period.to = month_end(date);
    Some(RateChange { date, before, after })
}

// --- Comparison -------------------------------------------------------------------------------

/// What makes two lines "the same line" in two scenarios: the rule (with the rate category),
/// the kind and the person by name; `occurrence` tells apart two lines that agree on all three.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LineKey {
    pub section: Section,
    pub rule: Rule,
    pub kind: &'static str,
    pub person: Option<String>,
    pub occurrence: usize,
}

/// Which scenario a row's representative line (for its label) comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// One line of the comparison: its amount in A and in B over the period (None: no such line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow {
    pub key: LineKey,
    /// A line to name the row with (`explain::line_label`), from the case of `side`.
    pub line: Line,
    pub side: Side,
    pub a: Option<Money>,
    pub b: Option<Money>,
    /// B − A (a missing line counts as 0).
    pub difference: Money,
}

/// The figures of one scenario as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioTotals {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub profile: Option<String>,
    pub need: Money,
    pub income_counted: Money,
    pub income_shielded: Money,
    pub reductions: Money,
    pub result: Money,
    pub outcome: Outcome,
    /// The amount to pay (whole kroner).
    pub assistance: Money,
    pub surplus: Money,
}

impl ScenarioTotals {
    fn of(calc: &Calculation) -> ScenarioTotals {
        ScenarioTotals {
            from: calc.from,
            to: calc.to,
            profile: calc.profile.as_ref().map(|(_, name)| name.clone()),
            need: calc.need,
            income_counted: calc.income_counted,
            income_shielded: calc.income_shielded,
            reductions: calc.reductions,
            result: calc.result,
            outcome: calc.outcome,
            assistance: calc.assistance,
            surplus: calc.surplus,
        }
    }
}

/// The total rows of a comparison, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Total {
    Need,
    IncomeCounted,
    IncomeShielded,
    Reductions,
    Result,
    Assistance,
}

impl Total {
    pub const ALL: [Total; 6] =
        [Total::Need, Total::IncomeCounted, Total::IncomeShielded, Total::Reductions, Total::Result, Total::Assistance];

    pub fn of(self, t: &ScenarioTotals) -> Money {
        match self {
            Total::Need => t.need,
            Total::IncomeCounted => t.income_counted,
            Total::IncomeShielded => t.income_shielded,
            Total::Reductions => t.reductions,
            Total::Result => t.result,
            Total::Assistance => t.assistance,
        }
    }
}

/// Scenario A beside scenario B, line by line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub rows: Vec<CompareRow>,
    pub a: ScenarioTotals,
    pub b: ScenarioTotals,
}

impl Comparison {
    /// B's amount to pay minus A's (whole kroner).
    pub fn assistance_difference(&self) -> Money {
        self.b.assistance.checked_sub(self.a.assistance).unwrap_or(Money::ZERO)
    }

    /// B − A for a total.
    pub fn total_difference(&self, total: Total) -> Money {
        total.of(&self.b).checked_sub(total.of(&self.a)).unwrap_or(Money::ZERO)
    }

    /// The rows of one section, in order.
    pub fn section(&self, section: Section) -> impl Iterator<Item = &CompareRow> {
        self.rows.iter().filter(move |r| r.key.section == section)
    }
}

fn person_key(case: &Case, person: Option<PersonRef>) -> Option<String> {
    let adult = |i: usize| case.household.adults.get(i).map_or("?", |a| a.name.as_str());
    person.map(|p| match p {
        PersonRef::Adult(i) => adult(i).to_string(),
        PersonRef::Child(i) => case.household.children.get(i).map_or("?", |c| c.name.as_str()).to_string(),
        PersonRef::Couple(a, b) => format!("{}+{}", adult(a), adult(b)),
    })
}

/// A calculation's lines summed over the period by identity, in first-seen order.
fn keyed_lines(case: &Case, calc: &Calculation) -> Vec<(LineKey, Line, Money)> {
    let mut out: Vec<(LineKey, Line, Money)> = Vec::new();
    for month in &calc.months {
        // Within a month, the n-th line with the same rule, kind and person is occurrence n.
        let mut seen: Vec<(Rule, &'static str, Option<String>)> = Vec::new();
        for line in &month.lines {
            let person = person_key(case, line.person);
            let base = (line.rule, line.kind, person.clone());
            let occurrence = seen.iter().filter(|s| **s == base).count();
            seen.push(base);
            let key = LineKey { section: line.section, rule: line.rule, kind: line.kind, person, occurrence };
            match out.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, _, sum)) => *sum = sum.checked_add(line.amount).unwrap_or(*sum),
                None => out.push((key, line.clone(), line.amount)),
            }
        }
    }
    // Rate lines first, as in each month, also when a band first appears in a later month.
    out.sort_by_key(|(k, _, _)| !matches!(k.rule, Rule::Rate(_)));
    out
}

const SECTIONS: [Section; 4] = [Section::Need, Section::Income, Section::Shielded, Section::Reduction];

/// Compare two calculated scenarios line by line. Lines are matched by rule (with the rate
/// category), kind and person; a line in only one scenario has no amount on the other side.
pub fn compare(a: (&Case, &Calculation), b: (&Case, &Calculation)) -> Comparison {
    let lines_a = keyed_lines(a.0, a.1);
    let lines_b = keyed_lines(b.0, b.1);
    let mut rows: Vec<CompareRow> = Vec::new();
    for section in SECTIONS {
        let mut section_rows: Vec<CompareRow> = lines_a
            .iter()
            .filter(|(k, _, _)| k.section == section)
            .map(|(key, line, amount)| {
                let other = lines_b.iter().find(|(k, _, _)| k == key).map(|(_, _, m)| *m);
                CompareRow {
                    key: key.clone(),
                    line: line.clone(),
                    side: Side::A,
                    a: Some(*amount),
                    b: other,
                    difference: other.unwrap_or(Money::ZERO).checked_sub(*amount).unwrap_or(Money::ZERO),
                }
            })
            .collect();
        for (key, line, amount) in lines_b.iter().filter(|(k, _, _)| k.section == section) {
            if lines_a.iter().any(|(k, _, _)| k == key) {
                continue;
            }
            let row = CompareRow {
                key: key.clone(),
                line: line.clone(),
                side: Side::B,
                a: None,
                b: Some(*amount),
                difference: *amount,
            };
            // Next to the last row for the same person (a child's new age band beside the old).
            let at = section_rows
                .iter()
                .rposition(|r| {
                    r.key.person.is_some() && r.key.person == key.person && r.key.rule != Rule::IncomeCounted
                })
                .map_or(section_rows.len(), |i| i + 1);
            section_rows.insert(at, row);
        }
        rows.extend(section_rows);
    }
    Comparison { rows, a: ScenarioTotals::of(a.1), b: ScenarioTotals::of(b.1) }
}

/// The year and month of a date as "2024-03", for file names.
pub fn year_month(date: NaiveDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

// --- In words ---------------------------------------------------------------------------------

fn arg<'a>(text: impl Into<String>) -> FluentValue<'a> {
    FluentValue::from(text.into())
}

/// "35 450 kr" for whole kroner, "12 345,67 kr" otherwise.
pub fn amount_text(amount: Money) -> String {
    if amount.round_to_kroner() == amount { amount.format_kroner() } else { amount.format() }
}

/// "Husstanden er selvforsørget ved netto inntekt over 35 450 kr per måned." For several months
/// the highest month's income, and the month when the months differ.
pub fn break_even_sentence(loc: &Localizer, be: &BreakEven) -> String {
    let month = be.summary();
    let amount = amount_text(month.income);
    if be.months.len() <= 1 {
        loc.t1("whatif-break-even", "amount", amount)
    } else if be.is_uniform() {
        loc.t1("whatif-break-even-period", "amount", amount)
    } else {
        loc.ta(
            "whatif-break-even-period-highest",
            &[("amount", arg(amount)), ("month", arg(month_name(loc, month.from)))],
        )
    }
}

/// A signed difference: "+700 kr", "−13 200 kr", "0 kr".
pub fn difference_text(amount: Money) -> String {
    if amount.is_positive() { format!("+{}", amount_text(amount)) } else { amount_text(amount) }
}

// --- The printed comparison -------------------------------------------------------------------

/// One scenario in the printout: its name and key facts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScenarioPart {
    /// "A: saken nå", "B: scenario".
    pub name: String,
    pub facts: Vec<Fact>,
}

/// One row of the printed table: label, A, B and the difference (empty: no amount).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CompareLine {
    pub label: String,
    pub a: String,
    pub b: String,
    pub difference: String,
    /// True when A and B differ: the row is marked.
    pub changed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CompareGroup {
    pub heading: String,
    pub lines: Vec<CompareLine>,
}

/// The comparison as plain data for the screen, the PDF (`assets/compare.typ`) and the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CompareReport {
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    pub scenarios: Vec<ScenarioPart>,
    /// "Endret i B: …", when B was made with the quick choices or edited.
    pub changes: Option<String>,
    /// "Post", "A", "B", "Forskjell".
    pub columns: Vec<String>,
    pub lines_heading: String,
    /// "Beløpene er summer for hele perioden." when a scenario has several months.
    pub period_note: Option<String>,
    pub groups: Vec<CompareGroup>,
    pub totals: CompareGroup,
    /// The outcome and the amount to pay (or surplus) of each.
    pub outcome: Vec<CompareLine>,
    /// "B gir 13 200 kr mindre å utbetale enn A."
    pub conclusion: String,
    /// The break-even sentence of each scenario, "A: …", "B: …".
    pub break_even: Vec<String>,
    pub disclaimer: String,
    pub footer: Footer,
}

/// A scenario for the printout: the case, its calculation and its name.
pub struct Scenario<'a> {
    pub name: String,
    pub case: &'a Case,
    pub calc: &'a Calculation,
}

fn money_cell(amount: Option<Money>) -> String {
    amount.map_or_else(|| "—".to_string(), |m| m.format())
}

/// The scenario's facts: period, rates, household, counted income, outcome.
pub fn scenario_facts(loc: &Localizer, case: &Case, calc: &Calculation) -> Vec<Fact> {
    let rates = match &calc.profile {
        Some((id, name)) => loc.ta("report-rates-profile", &[("name", arg(name.as_str())), ("id", arg(id.as_str()))]),
        None => loc.t("report-rates-state"),
    };
    let household = loc.ta(
        "compare-household",
        &[
            ("adults", FluentValue::from(case.household.adults.len())),
            ("children", FluentValue::from(case.household.children.len())),
        ],
    );
    vec![
        Fact {
            label: loc.t("compare-fact-period"),
            value: format!("{}–{}", format_date(calc.from), format_date(calc.to)),
        },
        Fact { label: loc.t("compare-fact-rates"), value: rates },
        Fact { label: loc.t("compare-fact-household"), value: household },
        Fact { label: loc.t("compare-fact-income"), value: calc.income_counted.format() },
        Fact { label: loc.t("compare-fact-outcome"), value: outcome_sentence(loc, calc) },
    ]
}

/// The key of a total row's label.
pub fn total_key(total: Total) -> &'static str {
    match total {
        Total::Need => "result-sum-need",
        Total::IncomeCounted => "explain-sum-income-counted",
        Total::IncomeShielded => "result-sum-shielded",
        Total::Reductions => "result-sum-reduction",
        Total::Result => "result-need-minus-income",
        Total::Assistance => "compare-row-to-pay",
    }
}

/// The heading key of a section's rows.
pub fn section_key(section: Section) -> &'static str {
    match section {
        Section::Need => "result-need",
        Section::Income => "result-income",
        Section::Shielded => "result-shielded",
        Section::Reduction => "result-reduction",
    }
}

/// "B gir 13 200 kr mindre å utbetale enn A."
pub fn conclusion(loc: &Localizer, cmp: &Comparison) -> String {
    let difference = cmp.assistance_difference();
    if difference.is_positive() {
        loc.t1("compare-more", "amount", difference.format_kroner())
    } else if difference.is_negative() {
        loc.t1("compare-less", "amount", difference.abs().format_kroner())
    } else {
        loc.t("compare-same")
    }
}

/// "Beløpene er summer for hele perioden." when either scenario has more than one month.
pub fn period_note(loc: &Localizer, a: &Calculation, b: &Calculation) -> Option<String> {
    (a.months.len() > 1 || b.months.len() > 1).then(|| loc.t("compare-period-sums"))
}

/// The label of a comparison row, from the case of the side its line comes from.
pub fn row_label(loc: &Localizer, a: &Case, b: &Case, row: &CompareRow) -> String {
    line_label(loc, if row.side == Side::A { a } else { b }, &row.line)
}

impl CompareReport {
    /// Build the printable comparison of A and B in the localizer's language.
    pub fn build(
        a: &Scenario<'_>,
        b: &Scenario<'_>,
        changes: &[String],
        loc: &Localizer,
        generated: NaiveDate,
        version: &str,
    ) -> CompareReport {
        let cmp = compare((a.case, a.calc), (b.case, b.calc));
        let line = |label: String, x: Option<Money>, y: Option<Money>, d: Money| CompareLine {
            label,
            a: money_cell(x),
            b: money_cell(y),
            difference: difference_text(d),
            changed: !d.is_zero() || x.is_none() != y.is_none(),
        };
        let groups = SECTIONS
            .iter()
            .filter_map(|section| {
                let lines: Vec<CompareLine> = cmp
                    .section(*section)
                    .map(|row| line(row_label(loc, a.case, b.case, row), row.a, row.b, row.difference))
                    .collect();
                (!lines.is_empty()).then(|| CompareGroup { heading: loc.t(section_key(*section)), lines })
            })
            .collect();
        let totals = CompareGroup {
            heading: loc.t("compare-totals"),
            lines: Total::ALL
                .iter()
                .filter(|t| **t != Total::Assistance)
                .filter(|t| {
                    **t != Total::Reductions || cmp.a.reductions.is_positive() || cmp.b.reductions.is_positive()
                })
                .map(|t| line(loc.t(total_key(*t)), Some(t.of(&cmp.a)), Some(t.of(&cmp.b)), cmp.total_difference(*t)))
                .collect(),
        };
        let outcome = vec![
            CompareLine {
                label: loc.t("compare-row-outcome"),
                a: loc.t(cmp.a.outcome.key()),
                b: loc.t(cmp.b.outcome.key()),
                difference: String::new(),
                changed: cmp.a.outcome != cmp.b.outcome,
            },
            CompareLine {
                label: loc.t("compare-row-to-pay"),
                a: cmp.a.assistance.format_kroner(),
                b: cmp.b.assistance.format_kroner(),
                difference: difference_text(cmp.assistance_difference()),
                changed: !cmp.assistance_difference().is_zero(),
            },
            line(
                loc.t("compare-row-surplus"),
                Some(cmp.a.surplus),
                Some(cmp.b.surplus),
                cmp.b.surplus.checked_sub(cmp.a.surplus).unwrap_or(Money::ZERO),
            ),
        ];
        let break_even = [a, b]
            .iter()
            .filter_map(|s| {
                let be = BreakEven::from_calculation(s.calc)?;
                let short = s.name.split(':').next().unwrap_or("").trim().to_string();
                Some(format!("{short}: {}", break_even_sentence(loc, &be)))
            })
            .collect();
        CompareReport {
            lang: loc.lang().short().to_string(),
            title: loc.t("compare-report-title"),
            subtitle: loc.t("compare-report-subtitle"),
            scenarios: [a, b]
                .iter()
                .map(|s| ScenarioPart { name: s.name.clone(), facts: scenario_facts(loc, s.case, s.calc) })
                .collect(),
            changes: (!changes.is_empty()).then(|| loc.t1("compare-changes", "list", changes.join("; "))),
            columns: vec![
                loc.t("compare-col-item"),
                loc.t("compare-col-a"),
                loc.t("compare-col-b"),
                loc.t("compare-col-difference"),
            ],
            lines_heading: loc.t("compare-report-lines"),
            period_note: period_note(loc, a.calc, b.calc),
            groups,
            totals,
            outcome,
            conclusion: conclusion(loc, &cmp),
            break_even,
            disclaimer: loc.t("compare-report-disclaimer"),
            footer: Footer {
                generated: loc
                    .ta("report-generated", &[("date", arg(format_date(generated))), ("version", arg(version))]),
                page: loc.ta("report-page", &[("page", arg("{page}")), ("total", arg("{total}"))]),
            },
        }
    }

    /// The model as JSON, as the PDF template reads it.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The comparison as plain text, for the clipboard and the case system.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.title);
        let _ = writeln!(out, "{}", self.subtitle);
        for scenario in &self.scenarios {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", scenario.name);
            for fact in &scenario.facts {
                let _ = writeln!(out, "    {}: {}", fact.label, fact.value);
            }
        }
        if let Some(changes) = &self.changes {
            let _ = writeln!(out);
            let _ = writeln!(out, "{changes}");
        }
        let _ = writeln!(out);
        if let Some(note) = &self.period_note {
            let _ = writeln!(out, "{note}");
        }
        let header = CompareLine {
            label: self.columns[0].clone(),
            a: self.columns[1].clone(),
            b: self.columns[2].clone(),
            difference: self.columns[3].clone(),
            changed: false,
        };
        text_line(&mut out, &header);
        for group in self.groups.iter().chain([&self.totals]) {
            let _ = writeln!(out, "  {}", group.heading);
            for line in &group.lines {
                text_line(&mut out, line);
            }
        }
        let _ = writeln!(out);
        for line in &self.outcome {
            text_line(&mut out, line);
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", self.conclusion);
        for sentence in &self.break_even {
            let _ = writeln!(out, "{sentence}");
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", self.disclaimer);
        let _ = writeln!(out, "{}", self.footer.generated);
        out
    }
}

fn text_line(out: &mut String, line: &CompareLine) {
    let label: String = line.label.chars().take(40).collect();
    let pad = 40usize.saturating_sub(label.chars().count());
    let mark = if line.changed { "*" } else { " " };
    let _ = writeln!(out, "  {mark} {label}{:pad$} {:>16} {:>16} {:>16}", "", line.a, line.b, line.difference);
}
