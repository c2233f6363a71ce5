//! The calculation: case + rate book → need, counted and shielded income, result per month
//! and for the period, every line with the rule that produced it and its source.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::case::{Assessment, Case, FieldProblem, Living};
use super::date::{age_on, days_in_month, format_date, month_end, month_start, next_month_start};
use super::kinds::{ExpenseGroup, IncomeTreatment, expense_kind, income_kind};
use super::money::{Money, MoneyError};
use super::rates::{BarnetrygdPolicy, Category, Profile, RateBook, RateSet};
use crate::i18n::Localizer;

/// Barnetrygd is shielded by law from this date (sosialtjenesteloven § 18 third paragraph).
pub fn barnetrygd_shield_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 9, 1).unwrap_or(NaiveDate::MIN)
}

/// Which part of the calculation a line belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Need,
    Income,
    Shielded,
    Reduction,
}

impl Section {
    pub fn id(self) -> &'static str {
        match self {
            Section::Need => "need",
            Section::Income => "income",
            Section::Shielded => "shielded",
            Section::Reduction => "reduction",
        }
    }
}

/// The rule that produced a line. One place for each rule's wording and legal reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Guideline rate for a category (livsopphold).
    Rate(Category),
    Housing,
    Energy,
    Insurance,
    ChildExpense,
    ChildNeedGranted,
    OtherExpense,
    IncomeCounted,
    /// Barnetrygd from 2022-09-01: shielded by law.
    BarnetrygdShieldedByLaw,
    /// Barnetrygd before 2022-09-01, shielded by the municipality's choice.
    BarnetrygdShieldedByPolicy,
    /// Barnetrygd before 2022-09-01, counted (the default practice then).
    BarnetrygdCountedByPolicy,
    ForeignBarnetrygdCounted,
    ForeignBarnetrygdShieldedByChoice,
    ChildWorkShielded,
    Reduction,
}

impl Rule {
    /// Stable id for JSON and tests.
    pub fn id(self) -> &'static str {
        match self {
            Rule::Rate(Category::Single) => "rate.single",
            Rule::Rate(Category::Couple) => "rate.couple",
            Rule::Rate(Category::SharedHousing) => "rate.shared_housing",
            Rule::Rate(Category::Child0To5) => "rate.child_0_5",
            Rule::Rate(Category::Child6To10) => "rate.child_6_10",
            Rule::Rate(Category::Child11To17) => "rate.child_11_17",
            Rule::Housing => "expense.housing",
            Rule::Energy => "expense.energy",
            Rule::Insurance => "expense.insurance",
            Rule::ChildExpense => "expense.children",
            Rule::ChildNeedGranted => "children.need_granted",
            Rule::OtherExpense => "expense.other",
            Rule::IncomeCounted => "income.counted",
            Rule::BarnetrygdShieldedByLaw => "income.barnetrygd_shielded_by_law",
            Rule::BarnetrygdShieldedByPolicy => "income.barnetrygd_shielded_by_policy",
            Rule::BarnetrygdCountedByPolicy => "income.barnetrygd_counted_before_2022_09",
            Rule::ForeignBarnetrygdCounted => "income.foreign_barnetrygd_counted",
            Rule::ForeignBarnetrygdShieldedByChoice => "income.foreign_barnetrygd_shielded_by_choice",
            Rule::ChildWorkShielded => "income.child_work_shielded",
            Rule::Reduction => "reduction.condition_breach",
        }
    }

    /// Every rule except the rate rule, which has one per category (see `Category::ALL`).
    pub const ALL_BUT_RATE: [Rule; 14] = [
        Rule::Housing,
        Rule::Energy,
        Rule::Insurance,
        Rule::ChildExpense,
        Rule::ChildNeedGranted,
        Rule::OtherExpense,
        Rule::IncomeCounted,
        Rule::BarnetrygdShieldedByLaw,
        Rule::BarnetrygdShieldedByPolicy,
        Rule::BarnetrygdCountedByPolicy,
        Rule::ForeignBarnetrygdCounted,
        Rule::ForeignBarnetrygdShieldedByChoice,
        Rule::ChildWorkShielded,
        Rule::Reduction,
    ];

    /// The Fluent id of the rule in words, with its legal basis.
    pub fn key(self) -> &'static str {
        match self {
            Rule::Rate(_) => "rule-rate",
            Rule::Housing => "rule-housing",
            Rule::Energy => "rule-energy",
            Rule::Insurance => "rule-insurance",
            Rule::ChildExpense => "rule-child-expense",
            Rule::ChildNeedGranted => "rule-child-need-granted",
            Rule::OtherExpense => "rule-other-expense",
            Rule::IncomeCounted => "rule-income-counted",
            Rule::BarnetrygdShieldedByLaw => "rule-barnetrygd-shielded-by-law",
            Rule::BarnetrygdShieldedByPolicy => "rule-barnetrygd-shielded-by-policy",
            Rule::BarnetrygdCountedByPolicy => "rule-barnetrygd-counted-by-policy",
            Rule::ForeignBarnetrygdCounted => "rule-foreign-barnetrygd-counted",
            Rule::ForeignBarnetrygdShieldedByChoice => "rule-foreign-barnetrygd-shielded-by-choice",
            Rule::ChildWorkShielded => "rule-child-work-shielded",
            Rule::Reduction => "rule-reduction",
        }
    }
}

/// Who a line concerns, as an index into the case's household (no strings copied).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonRef {
    Adult(usize),
    Child(usize),
    /// The couple's shared rate.
    Couple(usize, usize),
}

/// The field of the case a line came from, so a screen can jump to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldRef {
    Adult(usize),
    Child(usize),
    ChildNeed { child: usize, item: usize },
    Income(usize),
    Expense(usize),
    Reduction(usize),
}

/// Why a rate line is less than the full monthly rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProRata {
    /// Days of the month in the period (for this rate set).
    pub days: u32,
    pub days_in_month: u32,
    /// Share of the month a child lives in the household.
    pub share_percent: u32,
}

impl ProRata {
    pub fn is_full(&self) -> bool {
        self.days == self.days_in_month && self.share_percent == 100
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub section: Section,
    /// Category id for rates, the case's kind code for incomes and expenses.
    pub kind: &'static str,
    pub person: Option<PersonRef>,
    /// The amount counted (need, income), shielded, or deducted (reduction).
    pub amount: Money,
    /// For rates: the full monthly rate; for expenses: the applied amount.
    pub base: Money,
    pub pro_rata: Option<ProRata>,
    pub rule: Rule,
    /// Index into `Calculation::rate_sets` for rate lines.
    pub rate_set: Option<usize>,
    pub field: FieldRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Need exceeds income and there is no counted income.
    Full,
    /// Need exceeds counted income.
    Supplementary,
    /// Counted income covers the need: no entitlement under § 18.
    None,
}

impl Outcome {
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Full => "full",
            Outcome::Supplementary => "supplementary",
            Outcome::None => "none",
        }
    }
    pub const ALL: [Outcome; 3] = [Outcome::Full, Outcome::Supplementary, Outcome::None];

    /// The Fluent id of the outcome's short name ("Full stønad", …).
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Full => "outcome-full",
            Outcome::Supplementary => "outcome-supplementary",
            Outcome::None => "outcome-none",
        }
    }
}

/// One calendar month (or the part of it inside the period).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Index into `Calculation::rate_sets`: the set in force on `from`.
    pub rate_set: usize,
    pub lines: Vec<Line>,
    pub need: Money,
    pub income_counted: Money,
    pub income_shielded: Money,
    pub reductions: Money,
    /// need − counted income − reductions (negative: surplus).
    pub result: Money,
}

impl Month {
    /// The indices (into `Case::incomes`) of the incomes this month counts.
    pub fn counted_incomes(&self) -> impl Iterator<Item = usize> + '_ {
        self.lines.iter().filter(|l| l.section == Section::Income).filter_map(|l| match l.field {
            FieldRef::Income(i) => Some(i),
            _ => None,
        })
    }
}

/// Something the caseworker must look at; the calculation still stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The period reaches past the year of the newest known rate set.
    NewerThanNewestSet { first_month: NaiveDate, used: usize },
    /// A child has no assessed needs (no checklist items, no expenses for the child).
    ChildNotAssessed { child: usize },
    /// Barnetrygd shielded before 2022-09-01 by the municipality's policy.
    BarnetrygdShieldedByPolicy { months: usize },
    /// The profile has its own rates but none in force for a month: the state set was used.
    ProfileFellBackToState { profile: String, first_month: NaiveDate },
    /// Accepted housing costs exceed the municipality's housing norm.
    HousingAboveNorm { norm: Money, persons: u32, accepted: Money },
    /// A child turns 18 during the period and gets no child rate from that month.
    ChildTurns18 { child: usize, from_month: NaiveDate },
    /// A child born during the period is counted from the month after birth.
    ChildBornDuringPeriod { child: usize, from_month: NaiveDate },
}

/// Facts the explanation should state that are not problems.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// A child changes age band inside the period.
    BandChange { child: usize, birthday: NaiveDate, band: Category, from_month: NaiveDate },
    /// Barnetrygd counted before 2022-09-01 by the default policy.
    BarnetrygdCountedBeforeShield,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calculation {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Profile id and display name, or None for the state rates.
    pub profile: Option<(String, String)>,
    pub barnetrygd_policy: BarnetrygdPolicy,
    /// Every rate set used, in the order first used.
    pub rate_sets: Vec<Arc<RateSet>>,
    pub months: Vec<Month>,
    pub need: Money,
    pub income_counted: Money,
    pub income_shielded: Money,
    pub reductions: Money,
    /// need − counted income − reductions over the period (may be negative).
    pub result: Money,
    /// The amount to pay: the positive month results summed, rounded to whole kroner half up.
    pub assistance: Money,
    /// The month surpluses summed (≥ 0).
    pub surplus: Money,
    pub outcome: Outcome,
    pub warnings: Vec<Warning>,
    pub notes: Vec<Note>,
}

impl Calculation {
    pub fn lines(&self) -> impl Iterator<Item = (&Month, &Line)> {
        self.months.iter().flat_map(|m| m.lines.iter().map(move |l| (m, l)))
    }
}

/// Why a case cannot be calculated.
/// (`Display` gives bokmål; `message`/`problems_in` the user's language.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalcError {
    Invalid(Vec<FieldProblem>),
    BeforeOldestSet { date: NaiveDate, oldest: NaiveDate },
    NoRates,
    UnknownProfile { id: String, known: String },
    Overflow(MoneyError),
}

impl From<MoneyError> for CalcError {
    fn from(error: MoneyError) -> CalcError {
        CalcError::Overflow(error)
    }
}

impl CalcError {
    /// The field problems, one per field, in bokmål.
    pub fn problems(&self) -> Vec<FieldProblem> {
        self.problems_in(crate::i18n::bokmal())
    }

    /// The field problems, one per field, for showing next to the fields. The message does not
    /// repeat the field (it is shown under it).
    pub fn problems_in(&self, loc: &Localizer) -> Vec<FieldProblem> {
        match self {
            CalcError::Invalid(problems) => problems.clone(),
            CalcError::BeforeOldestSet { .. } => {
                vec![FieldProblem { field: "period.from".into(), message: self.field_message(loc) }]
            }
            CalcError::UnknownProfile { .. } => {
                vec![FieldProblem { field: "profile".into(), message: self.field_message(loc) }]
            }
            other => vec![FieldProblem { field: String::new(), message: other.field_message(loc) }],
        }
    }

    /// The whole message, naming the field where there is one.
    pub fn message(&self, loc: &Localizer) -> String {
        match self {
            CalcError::Invalid(problems) => loc.t1(
                "problem-case-invalid",
                "problems",
                problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "),
            ),
            CalcError::BeforeOldestSet { .. } => format!("period.from: {}", self.field_message(loc)),
            CalcError::UnknownProfile { .. } => format!("profile: {}", self.field_message(loc)),
            other => other.field_message(loc),
        }
    }

    fn field_message(&self, loc: &Localizer) -> String {
        match self {
            CalcError::Invalid(_) => self.message(loc),
            CalcError::BeforeOldestSet { date, oldest } => loc.ta(
                "problem-before-oldest-set",
                &[("date", format_date(*date).into()), ("oldest", format_date(*oldest).into())],
            ),
            CalcError::NoRates => loc.t("problem-no-rates"),
            CalcError::UnknownProfile { id, known } => {
                loc.ta("problem-unknown-profile", &[("id", id.as_str().into()), ("known", known.as_str().into())])
            }
            CalcError::Overflow(error) => loc.t1("problem-calc-overflow", "error", error.message(loc)),
        }
    }
}

impl std::fmt::Display for CalcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::bokmal()))
    }
}

impl std::error::Error for CalcError {}

/// Calculate a case with the rate book. Pure: same input, same output.
pub fn calculate(case: &Case, book: &RateBook) -> Result<Calculation, CalcError> {
    let problems = case.validate();
    if !problems.is_empty() {
        return Err(CalcError::Invalid(problems));
    }
    let profile: Option<&Profile> = match &case.profile {
        None => None,
        Some(id) => Some(book.profile(id).ok_or_else(|| CalcError::UnknownProfile {
            id: id.clone(),
            known: {
                let ids: Vec<&str> = book.profiles().iter().map(|p| p.id.as_str()).collect();
                if ids.is_empty() {
                    "ingen (legg profilfiler i brukermappen for satser)".to_string()
                } else {
                    ids.join(", ")
                }
            },
        })?),
    };
    let oldest = book.oldest_state_set().ok_or(CalcError::NoRates)?.effective;
    if book.set_on(profile, case.period.from).is_none() {
        return Err(CalcError::BeforeOldestSet { date: case.period.from, oldest });
    }
    let policy = profile.map(|p| p.barnetrygd_before_2022_09).unwrap_or_default();
    let mut calc = Calculation {
        from: case.period.from,
        to: case.period.to,
        profile: profile.map(|p| (p.id.clone(), p.name.clone())),
        barnetrygd_policy: policy,
        rate_sets: Vec::new(),
        months: Vec::with_capacity(
            ((case.period.to.year() - case.period.from.year()) * 12 + case.period.to.month() as i32
                - case.period.from.month() as i32
                + 1)
            .clamp(1, 61) as usize,
        ),
        need: Money::ZERO,
        income_counted: Money::ZERO,
        income_shielded: Money::ZERO,
        reductions: Money::ZERO,
        result: Money::ZERO,
        assistance: Money::ZERO,
        surplus: Money::ZERO,
        outcome: Outcome::None,
        warnings: Vec::new(),
        notes: Vec::new(),
    };
    let mut positive_results = Money::ZERO;
    let mut shielded_by_policy_months = 0;
    let mut counted_by_policy = false;
    let mut newest_warned = false;
    let mut fallback_warned = false;
    let mut month_first = month_start(case.period.from);
    while month_first <= case.period.to {
        let from = case.period.from.max(month_first);
        let to = case.period.to.min(month_end(month_first));
        let month = calculate_month(case, book, profile, &mut calc, month_first, from, to)?;
        if month.lines.iter().any(|l| l.rule == Rule::BarnetrygdShieldedByPolicy) {
            shielded_by_policy_months += 1;
        }
        counted_by_policy |= month.lines.iter().any(|l| l.rule == Rule::BarnetrygdCountedByPolicy);
        // The period reaches past the newest set's year: rates have most likely changed since.
        let set = &calc.rate_sets[month.rate_set];
        let newest_of_its_list = match &set.profile {
            None => book.newest_state_set().map(|s| s.effective),
            Some(_) => profile.and_then(|p| p.sets.last()).map(|s| s.effective),
        };
        if !newest_warned && newest_of_its_list == Some(set.effective) && month_first.year() > set.effective.year() {
            newest_warned = true;
            calc.warnings.push(Warning::NewerThanNewestSet { first_month: month_first, used: month.rate_set });
        }
        if !fallback_warned
            && set.profile.is_none()
            && let Some(p) = profile.filter(|p| !p.sets.is_empty())
        {
            fallback_warned = true;
            calc.warnings.push(Warning::ProfileFellBackToState { profile: p.id.clone(), first_month: month_first });
        }
        calc.need = calc.need.checked_add(month.need)?;
        calc.income_counted = calc.income_counted.checked_add(month.income_counted)?;
        calc.income_shielded = calc.income_shielded.checked_add(month.income_shielded)?;
        calc.reductions = calc.reductions.checked_add(month.reductions)?;
        calc.result = calc.result.checked_add(month.result)?;
        if month.result.is_positive() {
            positive_results = positive_results.checked_add(month.result)?;
        } else {
            calc.surplus = calc.surplus.checked_add(month.result.negate())?;
        }
        calc.months.push(month);
        month_first = next_month_start(month_first);
        if month_first == NaiveDate::MAX {
            break;
        }
    }
    calc.assistance = positive_results.round_to_kroner();
    calc.outcome = if !calc.assistance.is_positive() {
        Outcome::None
    } else if calc.income_counted.is_zero() {
        Outcome::Full
    } else {
        Outcome::Supplementary
    };
    if shielded_by_policy_months > 0 {
        calc.warnings.push(Warning::BarnetrygdShieldedByPolicy { months: shielded_by_policy_months });
    }
    if counted_by_policy {
        calc.notes.push(Note::BarnetrygdCountedBeforeShield);
    }
    add_child_warnings_and_notes(case, &mut calc);
    add_housing_norm_warning(case, profile, &mut calc)?;
    Ok(calc)
}

fn rate_set_index(calc: &mut Calculation, set: &Arc<RateSet>) -> usize {
    if let Some(i) = calc.rate_sets.iter().position(|s| s.effective == set.effective && s.profile == set.profile) {
        return i;
    }
    // The book's own set, shared: no copy of its texts per calculation.
    calc.rate_sets.push(Arc::clone(set));
    calc.rate_sets.len() - 1
}

fn calculate_month(
    case: &Case,
    book: &RateBook,
    profile: Option<&Profile>,
    calc: &mut Calculation,
    month_first: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Month, CalcError> {
    let household = &case.household;
    let mut lines = Vec::with_capacity(
        household.adults.len() + household.children.len() + case.incomes.len() + case.expenses.len() + 2,
    );
    let dim = days_in_month(month_first) as u32;
    // Rate sets may change inside a month (a user set could start mid-month): split there.
    let mut segment_from = from;
    let mut month_set = None;
    let changes = book.change_dates(profile, from, to);
    let mut change_iter = changes.iter().copied().chain(std::iter::once(next_month_start(to)));
    while segment_from <= to {
        let next = change_iter.next().unwrap_or(to).min(next_month_start(to));
        let segment_to = next.pred_opt().unwrap_or(to).min(to);
        let Some(choice) = book.set_on(profile, segment_from) else {
            return Err(CalcError::BeforeOldestSet {
                date: segment_from,
                oldest: book.oldest_state_set().map_or(segment_from, |s| s.effective),
            });
        };
        let set_index = rate_set_index(calc, choice.set);
        month_set.get_or_insert(set_index);
        let days = ((segment_to - segment_from).num_days() + 1) as u32;
        add_rate_lines(case, &calc.rate_sets[set_index], set_index, month_first, days, dim, &mut lines)?;
        if segment_to >= to {
            break;
        }
        segment_from = next;
    }
    let shield_date = barnetrygd_shield_date();
    let policy = profile.map(|p| p.barnetrygd_before_2022_09).unwrap_or_default();
    for (i, expense) in case.expenses.iter().enumerate() {
        let Some(kind) = expense_kind(&expense.kind) else { continue };
        let rule = match kind.group {
            ExpenseGroup::Housing => Rule::Housing,
            ExpenseGroup::Energy => Rule::Energy,
            ExpenseGroup::Insurance => Rule::Insurance,
            ExpenseGroup::Children => Rule::ChildExpense,
            ExpenseGroup::Other => Rule::OtherExpense,
        };
        lines.push(Line {
            section: Section::Need,
            kind: kind.code,
            person: expense.child.as_deref().and_then(|c| case.child_index(c)).map(PersonRef::Child),
            amount: expense.accepted_amount(),
            base: expense.applied,
            pro_rata: None,
            rule,
            rate_set: None,
            field: FieldRef::Expense(i),
        });
    }
    for (c, child) in household.children.iter().enumerate() {
        for (j, need) in child.needs.iter().enumerate() {
            if let Assessment::Granted(amount) = need.assessment {
                lines.push(Line {
                    section: Section::Need,
                    kind: need.need.code(),
                    person: Some(PersonRef::Child(c)),
                    amount,
                    base: amount,
                    pro_rata: None,
                    rule: Rule::ChildNeedGranted,
                    rate_set: None,
                    field: FieldRef::ChildNeed { child: c, item: j },
                });
            }
        }
    }
    for (i, income) in case.incomes.iter().enumerate() {
        let Some(kind) = income_kind(&income.kind) else { continue };
        let (section, rule) = match kind.treatment {
            IncomeTreatment::Counted => (Section::Income, Rule::IncomeCounted),
            IncomeTreatment::ChildWork => (Section::Shielded, Rule::ChildWorkShielded),
            IncomeTreatment::Barnetrygd if month_first >= shield_date => {
                (Section::Shielded, Rule::BarnetrygdShieldedByLaw)
            }
            IncomeTreatment::Barnetrygd => match policy {
                BarnetrygdPolicy::Count => (Section::Income, Rule::BarnetrygdCountedByPolicy),
                BarnetrygdPolicy::Shield => (Section::Shielded, Rule::BarnetrygdShieldedByPolicy),
            },
            IncomeTreatment::ForeignBarnetrygd if income.shield_reason.is_some() => {
                (Section::Shielded, Rule::ForeignBarnetrygdShieldedByChoice)
            }
            IncomeTreatment::ForeignBarnetrygd => (Section::Income, Rule::ForeignBarnetrygdCounted),
        };
        let person = income.person.as_deref().and_then(|name| {
            household
                .adults
                .iter()
                .position(|a| a.name == name)
                .map(PersonRef::Adult)
                .or_else(|| case.child_index(name).map(PersonRef::Child))
        });
        lines.push(Line {
            section,
            kind: kind.code,
            person,
            amount: income.amount,
            base: income.amount,
            pro_rata: None,
            rule,
            rate_set: None,
            field: FieldRef::Income(i),
        });
    }
    for (i, reduction) in case.reductions.iter().enumerate() {
        lines.push(Line {
            section: Section::Reduction,
            kind: "reduksjon",
            person: None,
            amount: reduction.amount,
            base: reduction.amount,
            pro_rata: None,
            rule: Rule::Reduction,
            rate_set: None,
            field: FieldRef::Reduction(i),
        });
    }
    let mut need = Money::ZERO;
    let mut income_counted = Money::ZERO;
    let mut income_shielded = Money::ZERO;
    let mut reductions = Money::ZERO;
    for line in &lines {
        let total = match line.section {
            Section::Need => &mut need,
            Section::Income => &mut income_counted,
            Section::Shielded => &mut income_shielded,
            Section::Reduction => &mut reductions,
        };
        *total = total.checked_add(line.amount)?;
    }
    let result = need.checked_sub(income_counted)?.checked_sub(reductions)?;
    Ok(Month {
        from,
        to,
        rate_set: month_set.unwrap_or(0),
        lines,
        need,
        income_counted,
        income_shielded,
        reductions,
        result,
    })
}

fn prorated(rate: Money, days: u32, dim: u32, share: u32) -> Result<(Money, Option<ProRata>), MoneyError> {
    let pro = ProRata { days, days_in_month: dim, share_percent: share };
    if pro.is_full() {
        return Ok((rate, None));
    }
    let amount = rate.pro_rata(Decimal::from(days * share), Decimal::from(dim * 100))?;
    Ok((amount, Some(pro)))
}

fn add_rate_lines(
    case: &Case,
    set: &RateSet,
    set_index: usize,
    month_first: NaiveDate,
    days: u32,
    dim: u32,
    lines: &mut Vec<Line>,
) -> Result<(), MoneyError> {
    let household = &case.household;
    let mut push = |category: Category, person: PersonRef, field: FieldRef, share: u32| -> Result<(), MoneyError> {
        let rate = set.rates.get(category);
        let (amount, pro_rata) = prorated(rate, days, dim, share)?;
        lines.push(Line {
            section: Section::Need,
            kind: category.id(),
            person: Some(person),
            amount,
            base: rate,
            pro_rata,
            rule: Rule::Rate(category),
            rate_set: Some(set_index),
            field,
        });
        Ok(())
    };
    for (i, adult) in household.adults.iter().enumerate() {
        let category = match (household.living, i, adult.rate) {
            (Living::Couple, 0, _) => {
                push(Category::Couple, PersonRef::Couple(0, 1), FieldRef::Adult(0), 100)?;
                continue;
            }
            (Living::Couple, 1, _) => continue,
            (Living::Single, 0, _) => Category::Single,
            (Living::SharedHousing, _, None) => Category::SharedHousing,
            (_, _, Some(super::case::AdultRate::Single)) => Category::Single,
            (_, _, Some(super::case::AdultRate::SharedHousing)) => Category::SharedHousing,
            // Validation requires a rate for extra adults; skip rather than guess.
            (_, _, None) => continue,
        };
        push(category, PersonRef::Adult(i), FieldRef::Adult(i), 100)?;
    }
    for (i, child) in household.children.iter().enumerate() {
        let age = if child.birth_date > month_first { -1 } else { age_on(child.birth_date, month_first) };
        if let Some(band) = Category::child_band(age) {
            push(band, PersonRef::Child(i), FieldRef::Child(i), child.share_percent)?;
        }
    }
    Ok(())
}

fn add_child_warnings_and_notes(case: &Case, calc: &mut Calculation) {
    for (i, child) in case.household.children.iter().enumerate() {
        let has_expense = case.expenses.iter().any(|e| e.child.as_deref() == Some(child.name.as_str()));
        if child.needs.is_empty() && !has_expense {
            calc.warnings.push(Warning::ChildNotAssessed { child: i });
        }
        let mut previous: Option<Category> = None;
        for month in &calc.months {
            let first = month_start(month.from);
            let band =
                if child.birth_date > first { None } else { Category::child_band(age_on(child.birth_date, first)) };
            match (previous, band) {
                (Some(prev), Some(now)) if prev != now => {
                    let birthday_year = first.year()
                        - if (first.month(), 1) < (child.birth_date.month(), child.birth_date.day()) { 1 } else { 0 };
                    // Born 29 February: in a common year `age_on` counts the new age from 1 March.
                    let birthday = child
                        .birth_date
                        .with_year(birthday_year)
                        .or_else(|| NaiveDate::from_ymd_opt(birthday_year, 3, 1))
                        .unwrap_or(child.birth_date);
                    calc.notes.push(Note::BandChange { child: i, birthday, band: now, from_month: first });
                }
                (Some(_), None) => calc.warnings.push(Warning::ChildTurns18 { child: i, from_month: first }),
                (None, Some(_)) if child.birth_date > case.period.from => {
                    calc.warnings.push(Warning::ChildBornDuringPeriod { child: i, from_month: first })
                }
                _ => {}
            }
            previous = band;
        }
    }
}

fn add_housing_norm_warning(case: &Case, profile: Option<&Profile>, calc: &mut Calculation) -> Result<(), MoneyError> {
    let Some(profile) = profile else { return Ok(()) };
    let persons = (case.household.adults.len() + case.household.children.len()) as u32;
    let Some(norm) = profile.housing_norm_for(persons) else { return Ok(()) };
    let accepted = Money::checked_sum(
        case.expenses
            .iter()
            .filter(|e| expense_kind(&e.kind).is_some_and(|k| k.group == ExpenseGroup::Housing))
            .map(|e| e.accepted_amount()),
    )?;
    if accepted > norm.max {
        calc.warnings.push(Warning::HousingAboveNorm { norm: norm.max, persons, accepted });
    }
    Ok(())
}
