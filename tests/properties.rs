//! Properties of the calculation over random but valid cases: any living situation, one or two
//! adults, up to five children aged 0-17, random incomes and expenses of the known kinds, random
//! shares of residence, periods of 1-14 months anywhere in 2002-2026.

mod common;

use chrono::{Datelike, Duration, NaiveDate};
use proptest::prelude::*;
use utmaling::domain::calc::{Section, barnetrygd_shield_date};
use utmaling::domain::case::{
    Adult, AdultRate, Assessment, Case, Child, Expense, Household, Income, Living, NeedAssessment, Period, Reduction,
};
use utmaling::domain::date::{month_end, month_start, next_month_start};
use utmaling::domain::kinds::{ChildNeed, EXPENSE_KINDS, INCOME_KINDS, IncomeTreatment};
use utmaling::domain::{Calculation, Money, Outcome, RateBook, calculate};

use common::d;

fn money(max_kroner: i64) -> impl Strategy<Value = Money> {
    prop_oneof![
        1 => Just(Money::ZERO),
        6 => (0..=max_kroner).prop_map(Money::kroner),
        3 => (0..=max_kroner * 100).prop_map(Money::from_ore),
    ]
}

fn add_months(first: NaiveDate, n: u32) -> NaiveDate {
    (0..n).fold(first, |m, _| next_month_start(m))
}

/// A period of 1-14 months inside 2002-01-01..=2026-12-31, often but not always whole months.
fn period() -> impl Strategy<Value = Period> {
    (2002..=2026i32, 1..=12u32, prop_oneof![3 => Just(1u32), 1 => 1..=28u32], 1..=14u32, prop::option::of(1..=28u32))
        .prop_map(|(year, month, day, months, end_day)| {
            let from = d(year, month, day);
            let last = add_months(month_start(from), months - 1).min(d(2026, 12, 1));
            let to = match end_day {
                None => month_end(last),
                Some(day) => last.with_day(day).unwrap_or(last),
            };
            Period { from, to: to.max(from) }
        })
}

fn assessment() -> impl Strategy<Value = Assessment> {
    prop_oneof![
        Just(Assessment::NotRelevant),
        Just(Assessment::CoveredByRate),
        money(3_000).prop_map(Assessment::Granted),
    ]
}

/// Children's needs: a random subset of the checklist, each item once.
fn needs() -> impl Strategy<Value = Vec<NeedAssessment>> {
    prop::collection::vec((0..ChildNeed::ALL.len(), assessment()), 0..=3).prop_map(|items| {
        let mut seen = Vec::new();
        items
            .into_iter()
            .filter(|(i, _)| {
                let fresh = !seen.contains(i);
                seen.push(*i);
                fresh
            })
            .map(|(i, assessment)| NeedAssessment { need: ChildNeed::ALL[i], assessment, note: String::new() })
            .collect()
    })
}

/// (days before the period starts that the child was born, share_percent, needs).
/// At most 17 × 365 + 364 days: under 18 at the start whatever the leap years.
fn child_parts() -> impl Strategy<Value = (i64, u32, Vec<NeedAssessment>)> {
    (0..=17 * 365 + 364i64, prop_oneof![3 => Just(100u32), 2 => 0..=100u32], needs())
}

/// (kind index, amount, person pick, foreign barnetrygd shielded by choice).
fn income_parts() -> impl Strategy<Value = (usize, Money, usize, bool)> {
    (0..INCOME_KINDS.len(), money(30_000), 0..8usize, any::<bool>())
}

/// (kind index, applied, accepted, child pick).
fn expense_parts() -> impl Strategy<Value = (usize, Money, Option<Money>, usize)> {
    (0..EXPENSE_KINDS.len(), money(20_000), prop::option::of(money(20_000)), 0..8usize)
}

fn living() -> impl Strategy<Value = (Living, usize, Option<AdultRate>)> {
    let rate = prop::option::of(prop_oneof![Just(AdultRate::Single), Just(AdultRate::SharedHousing)]);
    prop_oneof![
        (1..=2usize, prop_oneof![Just(AdultRate::Single), Just(AdultRate::SharedHousing)]).prop_map(|(n, rate)| (
            Living::Single,
            n,
            Some(rate)
        )),
        Just((Living::Couple, 2, None)),
        (1..=2usize, rate).prop_map(|(n, rate)| (Living::SharedHousing, n, rate)),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    (
        period(),
        living(),
        prop::collection::vec(child_parts(), 0..=5),
        prop::collection::vec(income_parts(), 0..=5),
        prop::collection::vec(expense_parts(), 0..=5),
        prop::option::of(money(2_000)),
    )
        .prop_map(|(period, (living, adult_count, extra_rate), children, incomes, expenses, reduction)| {
            let adults: Vec<Adult> = (0..adult_count)
                .map(|i| Adult {
                    name: format!("A{i}"),
                    birth_date: (i == 0).then(|| d(1960, 1, 1)),
                    rate: if i == 0 { None } else { extra_rate },
                })
                .collect();
            let children: Vec<Child> = children
                .into_iter()
                .enumerate()
                .map(|(i, (days, share_percent, needs))| Child {
                    name: format!("B{i}"),
                    birth_date: period.from - Duration::days(days),
                    share_percent,
                    needs,
                })
                .collect();
            let incomes = incomes
                .into_iter()
                .map(|(k, amount, who, abroad_shielded)| {
                    let mut kind = &INCOME_KINDS[k];
                    let person = match kind.treatment {
                        IncomeTreatment::ChildWork if children.is_empty() => {
                            kind = &INCOME_KINDS[0];
                            Some(adults[0].name.clone())
                        }
                        IncomeTreatment::ChildWork => Some(children[who % children.len()].name.clone()),
                        _ if who % 3 == 0 => None,
                        _ => Some(adults[who % adults.len()].name.clone()),
                    };
                    let shield_reason = (kind.treatment == IncomeTreatment::ForeignBarnetrygd && abroad_shielded)
                        .then(|| "Avtale med utbetalende land om å holde den utenfor".to_string());
                    Income { kind: kind.code.to_string(), person, amount, origin: None, note: None, shield_reason }
                })
                .collect();
            let expenses = expenses
                .into_iter()
                .map(|(k, applied, accepted, who)| {
                    let kind = &EXPENSE_KINDS[k];
                    // Only expenses without a checklist item are tied to a child, so that no
                    // granted need is entered twice (the case would be invalid).
                    let child = (kind.code == "annenBarneutgift" && !children.is_empty())
                        .then(|| children[who % children.len()].name.clone());
                    Expense {
                        kind: kind.code.to_string(),
                        child,
                        applied,
                        accepted,
                        reason: Some("Vurdert av saksbehandler".to_string()),
                        origin: None,
                        note: None,
                    }
                })
                .collect();
            Case {
                format: 1,
                profile: None,
                period,
                household: Household { living, adults, children },
                incomes,
                expenses,
                reductions: reduction
                    .map(|amount| Reduction { amount, reason: "Brudd på vilkår om oppmøte".to_string() })
                    .into_iter()
                    .collect(),
                assessment: String::new(),
                conditions: String::new(),
            }
        })
}

fn calc(case: &Case, book: &RateBook) -> Calculation {
    match calculate(case, book) {
        Ok(c) => c,
        Err(e) => panic!("generated case should be valid: {e}\n{case:#?}"),
    }
}

fn sum(items: impl IntoIterator<Item = Money>) -> Money {
    Money::checked_sum(items).expect("no overflow")
}

fn times(amount: Money, n: usize) -> Money {
    sum(std::iter::repeat_n(amount, n))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_cases_are_valid_and_assistance_never_negative(case in case()) {
        let c = calc(&case, &common::book());
        prop_assert!(!c.assistance.is_negative(), "assistance {}", c.assistance);
        prop_assert!(!c.surplus.is_negative(), "surplus {}", c.surplus);
        prop_assert_eq!(c.assistance, c.assistance.round_to_kroner(), "paid in whole kroner");
        for month in &c.months {
            for line in &month.lines {
                prop_assert!(!line.amount.is_negative(), "{:?}", line);
                if line.rate_set.is_some() {
                    prop_assert!(line.amount <= line.base, "a rate share is never above the full rate: {:?}", line);
                }
            }
        }
    }

    #[test]
    fn months_cover_the_period_without_gaps(case in case()) {
        let c = calc(&case, &common::book());
        prop_assert!(!c.months.is_empty());
        prop_assert_eq!(c.months[0].from, case.period.from);
        prop_assert_eq!(c.months[c.months.len() - 1].to, case.period.to);
        for m in &c.months {
            prop_assert!(m.from <= m.to);
            prop_assert_eq!(month_start(m.from), month_start(m.to), "a month stays inside one calendar month");
        }
        for w in c.months.windows(2) {
            prop_assert_eq!(w[0].to.succ_opt(), Some(w[1].from));
        }
    }

    #[test]
    fn month_results_add_up_to_the_period(case in case()) {
        let c = calc(&case, &common::book());
        prop_assert_eq!(sum(c.months.iter().map(|m| m.result)), c.result);
        prop_assert_eq!(sum(c.months.iter().map(|m| m.need)), c.need);
        prop_assert_eq!(sum(c.months.iter().map(|m| m.income_counted)), c.income_counted);
        prop_assert_eq!(sum(c.months.iter().map(|m| m.income_shielded)), c.income_shielded);
        prop_assert_eq!(sum(c.months.iter().map(|m| m.reductions)), c.reductions);
        for m in &c.months {
            let expected = m.need.checked_sub(m.income_counted).and_then(|r| r.checked_sub(m.reductions));
            prop_assert_eq!(Ok(m.result), expected);
        }
    }

    #[test]
    fn lines_add_up_to_the_totals(case in case()) {
        let c = calc(&case, &common::book());
        let section_sum = |lines: &mut dyn Iterator<Item = &utmaling::domain::calc::Line>, s: Section| {
            sum(lines.filter(|l| l.section == s).map(|l| l.amount))
        };
        for m in &c.months {
            prop_assert_eq!(section_sum(&mut m.lines.iter(), Section::Need), m.need);
            prop_assert_eq!(section_sum(&mut m.lines.iter(), Section::Income), m.income_counted);
            prop_assert_eq!(section_sum(&mut m.lines.iter(), Section::Shielded), m.income_shielded);
            prop_assert_eq!(section_sum(&mut m.lines.iter(), Section::Reduction), m.reductions);
        }
        prop_assert_eq!(section_sum(&mut c.lines().map(|(_, l)| l), Section::Need), c.need);
        prop_assert_eq!(section_sum(&mut c.lines().map(|(_, l)| l), Section::Income), c.income_counted);
        prop_assert_eq!(section_sum(&mut c.lines().map(|(_, l)| l), Section::Shielded), c.income_shielded);
        prop_assert_eq!(section_sum(&mut c.lines().map(|(_, l)| l), Section::Reduction), c.reductions);
    }

    #[test]
    fn assistance_is_the_positive_months_rounded_half_up(case in case()) {
        let c = calc(&case, &common::book());
        let positive = sum(c.months.iter().map(|m| m.result).filter(|r| r.is_positive()));
        let negative = sum(c.months.iter().map(|m| m.result).filter(|r| r.is_negative()).map(Money::negate));
        // Half up, independently of Money::round_to_kroner: add 0,50 and cut the øre off.
        let ore = positive.as_decimal() * rust_decimal::Decimal::from(100);
        let kroner = (ore + rust_decimal::Decimal::from(50)) / rust_decimal::Decimal::from(100);
        prop_assert_eq!(c.assistance, Money::from_decimal(kroner.trunc()));
        prop_assert_eq!(c.surplus, negative);
        let expected_outcome = if !c.assistance.is_positive() {
            Outcome::None
        } else if c.income_counted.is_zero() {
            Outcome::Full
        } else {
            Outcome::Supplementary
        };
        prop_assert_eq!(c.outcome, expected_outcome);
    }

    #[test]
    fn more_counted_income_never_raises_assistance(case in case(), kind in 0..INCOME_KINDS.len(), extra in money(30_000)) {
        let book = common::book();
        let before = calc(&case, &book);
        let kind = INCOME_KINDS.iter().cycle().skip(kind).find(|k| k.treatment == IncomeTreatment::Counted).expect("a counted kind");
        let mut more = case.clone();
        more.incomes.push(common::income(kind.code, None, extra));
        let after = calc(&more, &book);
        prop_assert!(after.assistance <= before.assistance, "{} > {}", after.assistance, before.assistance);
        // Every month has exactly `extra` more counted income.
        prop_assert_eq!(after.income_counted, before.income_counted.checked_add(times(extra, before.months.len())).expect("sum"));
        prop_assert_eq!(after.result, before.result.checked_sub(times(extra, before.months.len())).expect("difference"));
        // Raising an income already there works the same way.
        if let Some(first) = case.incomes.iter().position(|i| {
            utmaling::domain::kinds::income_kind(&i.kind).is_some_and(|k| k.treatment == IncomeTreatment::Counted)
        }) {
            let mut raised = case.clone();
            raised.incomes[first].amount = raised.incomes[first].amount.checked_add(extra).expect("sum");
            prop_assert!(calc(&raised, &book).assistance <= before.assistance);
        }
    }

    #[test]
    fn childrens_work_income_never_changes_the_result(case in case(), who in 0..5usize, amount in money(30_000)) {
        prop_assume!(!case.household.children.is_empty());
        let book = common::book();
        let before = calc(&case, &book);
        let mut more = case.clone();
        let name = case.household.children[who % case.household.children.len()].name.clone();
        more.incomes.push(common::income("barns_arbeidsinntekt", Some(&name), amount));
        let after = calc(&more, &book);
        prop_assert_eq!(after.result, before.result);
        prop_assert_eq!(after.assistance, before.assistance);
        prop_assert_eq!(after.income_counted, before.income_counted);
        prop_assert_eq!(after.income_shielded, before.income_shielded.checked_add(times(amount, before.months.len())).expect("sum"));
        for (a, b) in after.months.iter().zip(&before.months) {
            prop_assert_eq!(a.result, b.result);
        }
    }

    #[test]
    fn barnetrygd_after_2022_09_never_changes_the_result(case in case(), amount in money(10_000)) {
        let book = common::book();
        let before = calc(&case, &book);
        let mut more = case.clone();
        more.incomes.push(common::income("barnetrygd", None, amount));
        let after = calc(&more, &book);
        for (a, b) in after.months.iter().zip(&before.months) {
            if month_start(a.from) >= barnetrygd_shield_date() {
                prop_assert_eq!(a.result, b.result, "shielded by law from 2022-09-01");
                prop_assert_eq!(a.income_shielded, b.income_shielded.checked_add(amount).expect("sum"));
            } else {
                // Before, counted by default (the state has no profile).
                prop_assert_eq!(Ok(a.result), b.result.checked_sub(amount));
            }
        }
        if case.period.from >= barnetrygd_shield_date() {
            prop_assert_eq!(after.result, before.result);
            prop_assert_eq!(after.assistance, before.assistance);
        }
    }

    #[test]
    fn changing_shielded_incomes_never_changes_the_result(mut case in case(), amount in money(30_000), first in money(30_000)) {
        // Make sure there is at least one shielded income to change.
        match case.household.children.first() {
            Some(child) => {
                let name = child.name.clone();
                case.incomes.push(common::income("barns_arbeidsinntekt", Some(&name), first));
            }
            None => case.incomes.push(common::income("barnetrygd", None, first)),
        }
        // Barnetrygd is shielded in every month only when the period starts on or after 2022-09-01.
        let all_shielded = case.period.from >= barnetrygd_shield_date();
        let shielded = |kind: &str| kind == "barns_arbeidsinntekt" || (kind == "barnetrygd" && all_shielded);
        let book = common::book();
        let before = calc(&case, &book);
        let mut changed = case.clone();
        for income in changed.incomes.iter_mut().filter(|i| shielded(&i.kind)) {
            income.amount = amount;
        }
        let after = calc(&changed, &book);
        prop_assert_eq!(after.result, before.result);
        prop_assert_eq!(after.assistance, before.assistance);
        prop_assert_eq!(after.surplus, before.surplus);
        prop_assert_eq!(after.outcome, before.outcome);
        for (a, b) in after.months.iter().zip(&before.months) {
            prop_assert_eq!(a.result, b.result);
        }
    }

    #[test]
    fn children_get_the_band_of_their_age_on_the_first_of_the_month(case in case()) {
        let c = calc(&case, &common::book());
        for m in &c.months {
            let first = month_start(m.from);
            for (i, child) in case.household.children.iter().enumerate() {
                let line = m.lines.iter().find(|l| {
                    l.rate_set.is_some() && l.person == Some(utmaling::domain::calc::PersonRef::Child(i))
                });
                // Whole years on the first of the month, computed here by hand.
                let mut age = first.year() - child.birth_date.year();
                if (first.month(), first.day()) < (child.birth_date.month(), child.birth_date.day()) {
                    age -= 1;
                }
                let expected = match age {
                    _ if child.birth_date > first => None,
                    0..=5 => Some("barn_0_5"),
                    6..=10 => Some("barn_6_10"),
                    11..=17 => Some("barn_11_17"),
                    _ => None,
                };
                prop_assert_eq!(line.map(|l| l.kind), expected, "{} born {} in {}", child.name, child.birth_date, first);
            }
        }
    }
}
