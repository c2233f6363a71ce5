//! What-if: the counted income at which the household becomes self-supporting (break-even),
//! scenario presets (next month, a job income, state or municipal rates, either side of a rate
//! change) and a line-by-line comparison of two calculations.
//!
//! Everything here goes through the engine (`calc::calculate`); nothing repeats a rule.

use chrono::{Datelike, Months, NaiveDate};

use super::calc::{CalcError, Calculation, FieldRef, Line, Outcome, PersonRef, Rule, Section, calculate};
use super::case::{Case, Income};
use super::date::{month_end, month_start};
use super::money::Money;
use super::rates::RateBook;

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

/// The case with the incomes that month `index` of `calc` counts removed and one job income
/// of `amount` in their place: the engine's result at `amount` counted income.
fn month_result_at(
    case: &Case,
    calc: &Calculation,
    book: &RateBook,
    index: usize,
    amount: Money,
) -> Result<Money, CalcError> {
    let counted: Vec<usize> = calc.months[index]
        .lines
        .iter()
        .filter(|l| l.section == Section::Income)
        .filter_map(|l| match l.field {
            FieldRef::Income(i) => Some(i),
            _ => None,
        })
        .collect();
    let mut without = case.clone();
    without.incomes =
        case.incomes.iter().enumerate().filter(|(i, _)| !counted.contains(i)).map(|(_, inc)| inc.clone()).collect();
    let probe = with_extra_income(&without, JOB_INCOME_KIND, amount);
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
                .rposition(|r| r.key.person.is_some() && r.key.person == key.person && r.key.rule != Rule::IncomeCounted)
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
