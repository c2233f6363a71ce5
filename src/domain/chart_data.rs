//! What the charts show, as data: the assistance curve for a household, the need split into
//! livsopphold, bolig, barn and annet, the result per month, and each rate category over time.
//! Every figure is `Money` and comes from the engine (`calculate`); the GUI converts to f64 only
//! to draw. Each chart also has a text alternative (a sentence or a small table) built here, so
//! the same figures reach a screen reader, a test and the picture.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use rust_decimal::Decimal;

use super::calc::{CalcError, Calculation, Rule, Section, calculate};
use super::case::Case;
use super::date::{format_date, month_name};
use super::money::Money;
use super::rates::{Category, RateBook};
use super::whatif::{BreakEven, JOB_INCOME_KIND, with_extra_income, without_incomes};
use crate::i18n::Localizer;

// ---------------------------------------------------------------------------------------------
// Assistance against counted income

/// One point of the curve: with this counted net income per month, this is the assistance
/// for the whole period (rounded to whole kroner, as paid).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurvePoint {
    pub income: Money,
    pub assistance: Money,
}

/// Assistance for this household against its counted net monthly income, from 0 to past the
/// point where the household is self-supporting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssistanceCurve {
    /// Sorted by income, from 0 to `end`. Between two points the curve is a straight line
    /// (the engine's result is need − income per month), so these points draw it exactly.
    pub points: Vec<CurvePoint>,
    /// The counted net monthly income the case has now.
    pub current_income: Money,
    /// The assistance the case gives now.
    pub current_assistance: Money,
    /// The counted net monthly income at which the assistance reaches 0.
    pub break_even: Money,
    /// Where the curve ends (past the break-even point), for the axis.
    pub end: Money,
    /// Months in the period: while every month has a need left, the assistance for the period
    /// falls by this many kroner for each krone of monthly income.
    pub months: usize,
}

/// The assistance the engine gives `base` with a counted job income of `income` a month added.
fn assistance_with(base: &Case, book: &RateBook, income: Money) -> Result<Money, CalcError> {
    if income.is_zero() {
        return calculate(base, book).map(|c| c.assistance);
    }
    calculate(&with_extra_income(base, JOB_INCOME_KIND, income), book).map(|c| c.assistance)
}

/// The curve for `case`, computed by the engine: the case with its counted incomes taken out
/// is calculated at 0 and at each month's remaining need (where the line bends), at the
/// current income and past the break-even point. The counted incomes are those the engine
/// counts in some month of the period (barnetrygd counted by a municipality's policy before
/// September 2022 among them); shielded incomes stay in the case.
pub fn assistance_curve(case: &Case, book: &RateBook) -> Result<AssistanceCurve, CalcError> {
    let calc = calculate(case, book)?;
    // The incomes the engine counts (in any month of the period) make up the income axis.
    let counted: Vec<usize> = calc.months.iter().flat_map(|m| m.counted_incomes()).collect();
    let base = without_incomes(case, &counted);
    let current_income = Money::checked_sum(
        case.incomes.iter().enumerate().filter(|(i, _)| counted.contains(i)).map(|(_, income)| income.amount),
    )?;
    let base_calc = calculate(&base, book)?;
    let current_assistance = calc.assistance;
    // The line bends where one month's need is used up: at that month's result.
    let mut bends: Vec<Money> = base_calc.months.iter().map(|m| m.result).filter(|r| r.is_positive()).collect();
    bends.sort();
    bends.dedup();
    // The break-even the result panel and the printout state, read from the calculation's month
    // totals (`whatif::break_even` checks that reading on the engine in the tests; here it would
    // cost a recalculation per month on every keystroke). With a case whose months count
    // different incomes it can differ from the last bend.
    let break_even = BreakEven::from_calculation(&calc).map_or(Money::ZERO, |b| b.summary().income).max(Money::ZERO);
    let end = axis_end(break_even.max(current_income));
    let mut xs = vec![Money::ZERO];
    xs.extend(bends.iter().copied());
    xs.push(break_even);
    xs.push(current_income);
    xs.push(end);
    xs.sort();
    xs.dedup();
    let mut points = Vec::with_capacity(xs.len());
    for income in xs {
        points.push(CurvePoint { income, assistance: assistance_with(&base, book, income)? });
    }
    Ok(AssistanceCurve { points, current_income, current_assistance, break_even, end, months: base_calc.months.len() })
}

/// 20 % past `x`, rounded up to a whole thousand (at least 1 000).
fn axis_end(x: Money) -> Money {
    let past = x.as_decimal() * Decimal::new(12, 1);
    let thousands = (past / Decimal::from(1000)).ceil().max(Decimal::ONE);
    Money::from_decimal(thousands * Decimal::from(1000))
}

impl AssistanceCurve {
    /// The assistance at `income` on the drawn line (between points: straight, as the engine
    /// is), rounded to whole kroner. Used for hover labels.
    pub fn assistance_at(&self, income: Money) -> Money {
        let Some(first) = self.points.first() else { return Money::ZERO };
        if income <= first.income {
            return first.assistance;
        }
        for pair in self.points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if income <= b.income {
                let span = b.income.as_decimal() - a.income.as_decimal();
                if span.is_zero() {
                    return b.assistance;
                }
                let t = (income.as_decimal() - a.income.as_decimal()) / span;
                let y = a.assistance.as_decimal() + (b.assistance.as_decimal() - a.assistance.as_decimal()) * t;
                return Money::from_decimal(y).round_to_kroner();
            }
        }
        self.points.last().map_or(Money::ZERO, |p| p.assistance)
    }

    /// How many kroner the assistance falls for each krone of monthly income, at the start of
    /// the curve (1 for a one-month case).
    pub fn first_slope(&self) -> Money {
        match self.points.as_slice() {
            [a, b, ..] if b.income > a.income => {
                let drop = a.assistance.as_decimal() - b.assistance.as_decimal();
                let run = b.income.as_decimal() - a.income.as_decimal();
                Money::from_decimal(drop / run).round_to_kroner()
            }
            _ => Money::ZERO,
        }
    }

    /// The text alternative: "Stønaden synker med 1 kr for hver krone i inntekt …".
    pub fn sentence(&self, loc: &Localizer) -> String {
        let args: [(&str, FluentValue<'_>); 5] = [
            ("months", self.months.into()),
            ("breakeven", self.break_even.format_kroner().into()),
            ("income", self.current_income.format_kroner().into()),
            ("assistance", self.current_assistance.format_kroner().into()),
            ("slope", self.first_slope().format_kroner().into()),
        ];
        if self.break_even.is_zero() {
            return loc.ta("chart-curve-alt-no-need", &args);
        }
        loc.ta("chart-curve-alt", &args)
    }
}

// ---------------------------------------------------------------------------------------------
// The need split

/// The four parts of the need a caseworker talks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeedPart {
    /// The adults' guideline rates (livsopphold).
    Living,
    /// Housing, electricity and heating, home insurance.
    Housing,
    /// Children's rates, children's expenses and needs granted beyond the rate.
    Children,
    /// Other expenses the caseworker accepted.
    Other,
}

impl NeedPart {
    pub const ALL: [NeedPart; 4] = [NeedPart::Living, NeedPart::Housing, NeedPart::Children, NeedPart::Other];

    /// Which part a need line belongs to.
    pub fn of(rule: Rule) -> Option<NeedPart> {
        match rule {
            Rule::Rate(Category::Single | Category::Couple | Category::SharedHousing) => Some(NeedPart::Living),
            Rule::Rate(Category::Child0To5 | Category::Child6To10 | Category::Child11To17) => Some(NeedPart::Children),
            Rule::ChildExpense | Rule::ChildNeedGranted => Some(NeedPart::Children),
            Rule::Housing | Rule::Energy | Rule::Insurance => Some(NeedPart::Housing),
            Rule::OtherExpense => Some(NeedPart::Other),
            _ => None,
        }
    }

    /// The Fluent id of the part's name.
    pub fn key(self) -> &'static str {
        match self {
            NeedPart::Living => "chart-need-living",
            NeedPart::Housing => "chart-need-housing",
            NeedPart::Children => "chart-need-children",
            NeedPart::Other => "chart-need-other",
        }
    }
}

/// The need of the period split into its parts, in `NeedPart::ALL` order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedSplit {
    pub parts: [(NeedPart, Money); 4],
    pub total: Money,
    pub months: usize,
}

pub fn need_split(calc: &Calculation) -> Result<NeedSplit, CalcError> {
    let mut parts = NeedPart::ALL.map(|p| (p, Money::ZERO));
    for (_, line) in calc.lines() {
        if line.section != Section::Need {
            continue;
        }
        if let Some(part) = NeedPart::of(line.rule)
            && let Some(slot) = parts.iter_mut().find(|(p, _)| *p == part)
        {
            slot.1 = slot.1.checked_add(line.amount)?;
        }
    }
    Ok(NeedSplit { parts, total: calc.need, months: calc.months.len() })
}

impl NeedSplit {
    /// Whole percent of the total, rounded half up (0 when the total is 0).
    pub fn percent(&self, amount: Money) -> u32 {
        if !self.total.is_positive() {
            return 0;
        }
        let share = amount.as_decimal() * Decimal::from(100) / self.total.as_decimal();
        Money::from_decimal(share).round_to_kroner().as_decimal().try_into().unwrap_or(0)
    }

    /// The text alternative as a small table: (part, "13 100 kr (37 %)"), then the total.
    pub fn rows(&self, loc: &Localizer) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = self
            .parts
            .iter()
            .map(|(part, amount)| {
                let value = loc.ta(
                    "chart-need-amount",
                    &[("amount", amount.format_kroner().into()), ("percent", self.percent(*amount).into())],
                );
                (loc.t(part.key()), value)
            })
            .collect();
        rows.push((loc.t("chart-need-total"), self.total.format_kroner()));
        rows
    }
}

// ---------------------------------------------------------------------------------------------
// Result per month

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthResult {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub need: Money,
    pub income: Money,
    /// need − counted income − reductions; negative is a surplus.
    pub result: Money,
}

pub fn month_results(calc: &Calculation) -> Vec<MonthResult> {
    calc.months
        .iter()
        .map(|m| MonthResult { from: m.from, to: m.to, need: m.need, income: m.income_counted, result: m.result })
        .collect()
}

/// The text alternative as a table: one row per month (month, need, income, result).
pub fn month_rows(loc: &Localizer, months: &[MonthResult]) -> Vec<[String; 4]> {
    months
        .iter()
        .map(|m| {
            let result = if m.result.is_negative() {
                loc.t1("chart-month-surplus", "amount", m.result.abs().format_kroner())
            } else {
                m.result.format_kroner()
            };
            [month_label(loc, m), m.need.format_kroner(), m.income.format_kroner(), result]
        })
        .collect()
}

/// "mai 2023 (fra 10.05.2023)" for a partial month, "juni 2023" for a whole one.
pub fn month_label(loc: &Localizer, m: &MonthResult) -> String {
    let name = month_name(loc, m.from);
    let whole = m.from == super::date::month_start(m.from) && m.to == super::date::month_end(m.from);
    if whole {
        name
    } else {
        loc.ta(
            "chart-month-partial",
            &[("month", name.into()), ("from", format_date(m.from).into()), ("to", format_date(m.to).into())],
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Rates over time

/// A rate from a date on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateStep {
    pub from: NaiveDate,
    pub amount: Money,
}

/// One category's state rate over time: a step at each date its amount changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateSeries {
    pub category: Category,
    /// Sorted by date; only the dates where this category's amount changed (the first set
    /// always starts the series).
    pub steps: Vec<RateStep>,
}

impl RateSeries {
    /// The amount in force on `date`, or None before the first set.
    pub fn amount_on(&self, date: NaiveDate) -> Option<Money> {
        let after = self.steps.partition_point(|s| s.from <= date);
        after.checked_sub(1).map(|i| self.steps[i].amount)
    }

    /// Whole percent from the first to the last amount, rounded half up.
    pub fn change_percent(&self) -> Option<i64> {
        let (first, last) = (self.steps.first()?, self.steps.last()?);
        if !first.amount.is_positive() {
            return None;
        }
        let change =
            (last.amount.as_decimal() - first.amount.as_decimal()) * Decimal::from(100) / first.amount.as_decimal();
        Money::from_decimal(change).round_to_kroner().as_decimal().try_into().ok()
    }

    /// "Enslige: 4 000 kr fra 01.01.2002, 7 850 kr fra 01.01.2024 (+96 %), 15 endringer."
    pub fn sentence(&self, loc: &Localizer) -> String {
        let (Some(first), Some(last)) = (self.steps.first(), self.steps.last()) else {
            return loc.t1("chart-rates-alt-empty", "category", loc.t(self.category.key()));
        };
        let percent = self.change_percent().unwrap_or(0);
        let sign = if percent < 0 { '\u{2212}' } else { '+' };
        loc.ta(
            "chart-rates-alt-category",
            &[
                ("category", loc.t(self.category.key()).into()),
                ("first", first.amount.format_kroner().into()),
                ("firstdate", format_date(first.from).into()),
                ("last", last.amount.format_kroner().into()),
                ("lastdate", format_date(last.from).into()),
                ("change", format!("{sign}{}", percent.abs()).into()),
                ("changes", (self.steps.len() - 1).into()),
            ],
        )
    }
}

/// Each category of the state rates over time, from the oldest known set (2002).
pub fn rate_series(book: &RateBook) -> Vec<RateSeries> {
    Category::ALL
        .iter()
        .map(|&category| {
            let mut steps: Vec<RateStep> = Vec::new();
            for set in book.state_sets() {
                let amount = set.rates.get(category);
                if steps.last().is_none_or(|s| s.amount != amount) {
                    steps.push(RateStep { from: set.effective, amount });
                }
            }
            RateSeries { category, steps }
        })
        .collect()
}

/// The text alternative of the rates chart: one sentence per category.
pub fn rates_sentences(loc: &Localizer, series: &[RateSeries]) -> Vec<String> {
    series.iter().map(|s| s.sentence(loc)).collect()
}
