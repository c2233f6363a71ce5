//! Which rules a calculation actually exercises: read from the case and the engine's result, so
//! that an exercise's rule list (and the progress kept per rule) cannot claim a rule the case
//! never touches, nor miss one it does.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::calc::{Calculation, Note, Outcome, PersonRef, Rule, Section};
use super::case::{Case, Living};
use super::exercise::RuleTag;
use super::kinds::{ExpenseGroup, expense_kind};
use super::rates::Category;

/// Cases before this date are "old cases": the rates then in force are far from today's.
pub fn old_case_limit() -> NaiveDate {
    NaiveDate::from_ymd_opt(2011, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The rules `calc` (the engine's calculation of `case`) exercises.
///
/// - rate categories: a rate line of that category in some month (extra adults included);
/// - `CoupleVsSharedHousing`: living as a couple or in bofellesskap. A lone applicant in
///   bofellesskap drills the choice too: the trainee must choose bofellesskap over enslig (and
///   over a couple with the flatmate), and leave the flatmate, who has no duty to support her,
///   out of her case;
/// - `AgeBandChange`: the calculation notes a band change inside the period;
/// - shielded income by reason: barnetrygd shielded by law, a child's work income;
/// - `BarnetrygdBefore2022`: barnetrygd in a month before 1 September 2022 (counted or shielded
///   by the municipality's choice);
/// - `KontantstotteCounted`, `BostotteCounted`: a counted income line of that kind;
/// - `SpouseIncomeCounted`: a counted income of the second adult of a couple;
/// - `HousingAcceptedBelowApplied`: a housing expense accepted below the applied amount, with
///   a reason;
/// - `ChildrenNeedsAssessed`: an amount granted for a child beyond the rate (a checklist item
///   granted, or a children's expense such as barnehage or SFO);
/// - `PartialMonth`: a rate pro rata by days (the period starts or ends inside a month);
/// - `RateChangeJuly`: a rate set taking effect on a July date inside the period;
/// - `SharedResidence`: a child's rate pro rata by a share below 100 %;
/// - the outcome (full, supplementary, none with surplus);
/// - `OldCase`: the period starts before 2011;
/// - `Reduction`: a reduction line above zero.
pub fn rules_evident(case: &Case, calc: &Calculation) -> BTreeSet<RuleTag> {
    let mut rules = BTreeSet::new();
    let household = &case.household;
    if matches!(household.living, Living::Couple | Living::SharedHousing) {
        rules.insert(RuleTag::CoupleVsSharedHousing);
    }
    for (_, line) in calc.lines() {
        match line.rule {
            Rule::Rate(category) => {
                rules.insert(match category {
                    Category::Single => RuleTag::RateSingle,
                    Category::Couple => RuleTag::RateCouple,
                    Category::SharedHousing => RuleTag::RateSharedHousing,
                    Category::Child0To5 => RuleTag::RateChild0to5,
                    Category::Child6To10 => RuleTag::RateChild6to10,
                    Category::Child11To17 => RuleTag::RateChild11to17,
                });
                if let Some(pro) = line.pro_rata {
                    if pro.days < pro.days_in_month {
                        rules.insert(RuleTag::PartialMonth);
                    }
                    if pro.share_percent < 100 {
                        rules.insert(RuleTag::SharedResidence);
                    }
                }
            }
            Rule::BarnetrygdShieldedByLaw => {
                rules.insert(RuleTag::BarnetrygdShielded);
            }
            Rule::BarnetrygdCountedByPolicy | Rule::BarnetrygdShieldedByPolicy => {
                rules.insert(RuleTag::BarnetrygdBefore2022);
            }
            Rule::ChildWorkShielded => {
                rules.insert(RuleTag::ChildWorkIncomeShielded);
            }
            Rule::IncomeCounted => {
                match line.kind {
                    "kontantstotte" => {
                        rules.insert(RuleTag::KontantstotteCounted);
                    }
                    "bostotte" => {
                        rules.insert(RuleTag::BostotteCounted);
                    }
                    _ => {}
                }
                if household.living == Living::Couple && line.person == Some(PersonRef::Adult(1)) {
                    rules.insert(RuleTag::SpouseIncomeCounted);
                }
            }
            Rule::ChildNeedGranted | Rule::ChildExpense if line.amount.is_positive() => {
                rules.insert(RuleTag::ChildrenNeedsAssessed);
            }
            Rule::Reduction if line.section == Section::Reduction && line.amount.is_positive() => {
                rules.insert(RuleTag::Reduction);
            }
            _ => {}
        }
    }
    for expense in &case.expenses {
        let housing = expense_kind(&expense.kind).is_some_and(|k| k.group == ExpenseGroup::Housing);
        let with_reason = expense.reason.as_deref().is_some_and(|r| !r.trim().is_empty());
        if housing && with_reason && expense.accepted.is_some_and(|a| a < expense.applied) {
            rules.insert(RuleTag::HousingAcceptedBelowApplied);
        }
    }
    if calc.notes.iter().any(|n| matches!(n, Note::BandChange { .. })) {
        rules.insert(RuleTag::AgeBandChange);
    }
    if calc.rate_sets.iter().any(|s| s.effective > calc.from && s.effective <= calc.to && s.effective.month() == 7) {
        rules.insert(RuleTag::RateChangeJuly);
    }
    rules.insert(match calc.outcome {
        Outcome::Full => RuleTag::FullAssistance,
        Outcome::Supplementary => RuleTag::SupplementaryAssistance,
        Outcome::None => RuleTag::NoEntitlementSurplus,
    });
    if calc.from < old_case_limit() {
        rules.insert(RuleTag::OldCase);
    }
    rules
}

#[cfg(test)]
mod tests {
    use super::RuleTag::*;
    use super::*;
    use crate::domain::{RateBook, calculate, parse_case};

    fn evident(file: &str) -> Vec<RuleTag> {
        let case = example(file);
        rules_evident(&case, &calculated(&case)).into_iter().collect()
    }

    fn example(file: &str) -> Case {
        let path = format!("{}/assets/examples/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        parse_case(file, &text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn calculated(case: &Case) -> Calculation {
        let book = RateBook::embedded().unwrap_or_else(|e| panic!("{e}"));
        calculate(case, &book).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn t1_single_full() {
        assert_eq!(evident("t1-enslig-full.ron"), vec![RateSingle, FullAssistance]);
    }

    #[test]
    fn t2_single_supplementary() {
        assert_eq!(evident("t2-enslig-aap-supplerende.ron"), vec![RateSingle, SupplementaryAssistance]);
    }

    #[test]
    fn t3_couple_with_children() {
        // Kari (the first adult) earns; the second adult has no income, so no spouse income.
        assert_eq!(
            evident("t3-par-med-barn.ron"),
            vec![
                RateCouple,
                CoupleVsSharedHousing,
                RateChild0to5,
                RateChild11to17,
                BarnetrygdShielded,
                SupplementaryAssistance
            ]
        );
    }

    #[test]
    fn t4_child_work_income() {
        assert_eq!(
            evident("t4-par-med-barn-arbeidsinntekt.ron"),
            vec![
                RateCouple,
                CoupleVsSharedHousing,
                RateChild0to5,
                RateChild11to17,
                BarnetrygdShielded,
                ChildWorkIncomeShielded,
                SupplementaryAssistance
            ]
        );
    }

    #[test]
    fn lone_applicant_in_shared_housing_drills_couple_vs_shared_housing() {
        let mut case = example("t1-enslig-full.ron");
        case.household.living = Living::SharedHousing;
        let calc = calculated(&case);
        assert_eq!(case.household.adults.len(), 1);
        assert_eq!(
            rules_evident(&case, &calc).into_iter().collect::<Vec<_>>(),
            vec![RateSharedHousing, CoupleVsSharedHousing, FullAssistance]
        );
    }

    #[test]
    fn t5_surplus() {
        assert_eq!(evident("t5-enslig-overskudd.ron"), vec![RateSingle, NoEntitlementSurplus]);
    }

    #[test]
    fn m1_several_months() {
        // May is partial (from the 10th), 1 July 2023 raises the rates, Sofie turns 6 on 14 June
        // (6-10 from July), bostøtte counts, the rent is accepted below the amount applied for,
        // and SFO is granted beyond the rate.
        assert_eq!(
            evident("m1-flere-maneder-satsendring.ron"),
            vec![
                RateSingle,
                RateChild0to5,
                RateChild6to10,
                AgeBandChange,
                BarnetrygdShielded,
                BostotteCounted,
                HousingAcceptedBelowApplied,
                ChildrenNeedsAssessed,
                PartialMonth,
                RateChangeJuly,
                SupplementaryAssistance
            ]
        );
    }

    #[test]
    fn t3_moved_to_2009_with_shared_residence_spouse_income_and_reduction() {
        let mut case = example("t3-par-med-barn.ron");
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN);
        case.period.from = date(2009, 3, 1);
        case.period.to = date(2009, 3, 31);
        case.household.children[0].birth_date = date(2005, 1, 10);
        case.household.children[0].share_percent = 50;
        case.household.children[1].birth_date = date(2000, 2, 1);
        case.incomes.push(crate::domain::case::Income {
            kind: "kontantstotte".into(),
            person: Some("Ola".into()),
            amount: crate::domain::Money::kroner(3303),
            origin: None,
            note: None,
            shield_reason: None,
        });
        case.reductions.push(crate::domain::case::Reduction {
            amount: crate::domain::Money::kroner(500),
            reason: "Møtte ikke".into(),
        });
        let calc = calculated(&case);
        // Barnetrygd in 2009 is counted (the default policy then); Ola is the second adult.
        assert_eq!(
            rules_evident(&case, &calc).into_iter().collect::<Vec<_>>(),
            vec![
                RateCouple,
                CoupleVsSharedHousing,
                RateChild0to5,
                RateChild6to10,
                BarnetrygdBefore2022,
                KontantstotteCounted,
                SpouseIncomeCounted,
                SharedResidence,
                SupplementaryAssistance,
                OldCase,
                Reduction
            ]
        );
        // 8 479 + 1 947 × 50 % + 2 585 + 13 350 − (18 000 + 3 276 + 3 303) − 500 = 308,50 → 309.
        assert_eq!(calc.assistance, crate::domain::Money::kroner(309));
    }
}
