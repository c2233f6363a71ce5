//! Realistic random cases from a seed, for the batch benchmark, load tests and property tests.
//! Deterministic: the same seed gives the same cases on every machine and build (a small
//! SplitMix64 generator, no dependency). Every generated case is valid and calculates with the
//! embedded rates; the mix (household types, children, incomes, expenses, period lengths) is
//! roughly what a NAV office sees, not a statistical model of it.

use chrono::{Datelike, Days, NaiveDate};

use super::case::{
    Adult, AdultRate, Assessment, Case, Child, Expense, Household, Income, Living, NeedAssessment, Origin, Period,
    Reduction,
};
use super::kinds::ChildNeed;
use super::money::Money;

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast and good enough for test data.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        // Multiply-shift: no modulo bias worth caring about for test data.
        ((u128::from(self.next_u64()) * u128::from(n.max(1))) >> 64) as u64
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `percent` %.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// Whole kroner in `lo..=hi`, rounded to `step`.
    fn kroner(&mut self, lo: i64, hi: i64, step: i64) -> Money {
        Money::kroner(self.range(lo / step, hi / step) * step)
    }
}

const ADULT_NAMES: [&str; 12] =
    ["Kari", "Ola", "Lina", "Ahmed", "Marta", "Jonas", "Fatima", "Piotr", "Ingrid", "Erik", "Sara", "Yusuf"];
const CHILD_NAMES: [&str; 12] =
    ["Emma", "Noah", "Ida", "Jon", "Liv", "Per", "Nora", "Ali", "Sofie", "Emil", "Maja", "Leo"];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// `n` distinct names from `names`, starting at a random place.
fn names(rng: &mut Rng, names: &[&str], n: usize) -> Vec<String> {
    let start = rng.below(names.len() as u64) as usize;
    (0..n).map(|i| names[(start + i) % names.len()].to_string()).collect()
}

fn income(kind: &str, person: Option<&str>, amount: Money) -> Income {
    Income {
        kind: kind.to_string(),
        person: person.map(str::to_string),
        amount,
        origin: Some(Origin::Documented),
        note: None,
        shield_reason: None,
    }
}

fn expense(kind: &str, child: Option<&str>, applied: Money) -> Expense {
    Expense {
        kind: kind.to_string(),
        child: child.map(str::to_string),
        applied,
        accepted: None,
        reason: None,
        origin: Some(Origin::Documented),
        note: None,
    }
}

/// One realistic, valid case.
pub fn generate_case(rng: &mut Rng) -> Case {
    // Period: most applications are for one calendar month; some start mid-month; a few run
    // for several months or a year (over rate changes and children's birthdays).
    let start_month = rng.range(0, 71); // January 2019 to December 2024
    let first = date(2019 + (start_month / 12) as i32, (start_month % 12) as u32 + 1, 1);
    let from = if rng.chance(10) { first + Days::new(rng.range(1, 20) as u64) } else { first };
    let months = match rng.below(100) {
        0..=84 => 1,
        85..=94 => rng.range(2, 6) as u32,
        _ => 12,
    };
    let to = first.checked_add_months(chrono::Months::new(months)).and_then(|d| d.pred_opt()).unwrap_or(from);

    let living = match rng.below(100) {
        0..=59 => Living::Single,
        60..=84 => Living::Couple,
        _ => Living::SharedHousing,
    };
    let mut adult_count = if living == Living::Couple { 2 } else { 1 };
    let extra_adult = living != Living::SharedHousing && rng.chance(3);
    if extra_adult {
        adult_count += 1;
    }
    let adult_names = names(rng, &ADULT_NAMES, adult_count);
    let adults: Vec<Adult> = adult_names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let extra = extra_adult && i == adult_count - 1;
            let birth_year = if extra { from.year() - rng.range(18, 24) as i32 } else { rng.range(1960, 2000) as i32 };
            Adult {
                name: name.clone(),
                birth_date: if rng.chance(80) { Some(date(birth_year, rng.range(1, 12) as u32, 1)) } else { None },
                rate: extra.then(|| if rng.chance(50) { AdultRate::Single } else { AdultRate::SharedHousing }),
            }
        })
        .collect();

    let child_count = match living {
        Living::Single => *rng.pick(&[0, 0, 0, 0, 0, 0, 1, 1, 2, 3]),
        Living::Couple => *rng.pick(&[0, 0, 0, 1, 2, 2, 3, 3, 4, 6]),
        Living::SharedHousing => *rng.pick(&[0, 0, 0, 0, 0, 0, 0, 0, 1, 2]),
    };
    let child_names = names(rng, &CHILD_NAMES, child_count);
    let mut children: Vec<Child> = child_names
        .iter()
        .map(|name| {
            // Aged 0 to 17 at the start of the period (a few born during a long period).
            let age_days = rng.range(-40, 17 * 365 + 300);
            let birth_date = if age_days < 0 {
                from.checked_add_days(Days::new((-age_days) as u64)).filter(|b| *b <= to).unwrap_or(from)
            } else {
                from.checked_sub_days(Days::new(age_days as u64)).unwrap_or(from)
            };
            let share_percent = if rng.chance(88) { 100 } else { *rng.pick(&[30, 40, 50, 60]) };
            Child { name: name.clone(), birth_date, share_percent, needs: Vec::new() }
        })
        .collect();

    let mut incomes = Vec::new();
    let mut expenses = Vec::new();
    // Adults' incomes: many have none; some work part time, many get a NAV benefit.
    for (i, adult) in adults.iter().enumerate() {
        let person = Some(adult.name.as_str());
        match rng.below(100) {
            0..=34 => {}
            35..=54 => incomes.push(income("jobb", person, rng.kroner(2000, 32000, 50))),
            55..=69 => incomes.push(income("aap", person, rng.kroner(9000, 22000, 1))),
            70..=77 => incomes.push(income("sykepenger", person, rng.kroner(8000, 25000, 1))),
            78..=84 => incomes.push(income("dagpenger", person, rng.kroner(7000, 20000, 1))),
            85..=89 => incomes.push(income("uforetrygd", person, rng.kroner(15000, 24000, 1))),
            90..=94 => incomes.push(income("kvalifiseringsstonad", person, rng.kroner(14000, 20000, 1))),
            _ => incomes.push(income("introduksjonsstonad", person, rng.kroner(13000, 19000, 1))),
        }
        if i == 0 && !children.is_empty() && living == Living::Single && rng.chance(40) {
            incomes.push(income("overgangsstonad", person, rng.kroner(12000, 16000, 1)));
        }
    }
    if !children.is_empty() {
        let per_child = if from >= date(2023, 3, 1) { 1766 } else { 1054 };
        incomes.push(income("barnetrygd", None, Money::kroner(per_child * children.len() as i64)));
        if rng.chance(30) {
            incomes.push(income("barnebidrag", None, rng.kroner(1000, 4000, 10)));
        }
        if rng.chance(8) {
            let older = children.iter().find(|c| from.year() - c.birth_date.year() >= 14).map(|c| c.name.clone());
            if let Some(name) = older {
                incomes.push(income("barns_arbeidsinntekt", Some(&name), rng.kroner(500, 3000, 50)));
            }
        }
    }
    if rng.chance(25) {
        incomes.push(income("bostotte", None, rng.kroner(300, 4000, 1)));
    }
    if rng.chance(3) {
        incomes.push(income("skatteetaten", None, rng.kroner(100, 3000, 1)));
    }

    // Housing: most rent; some own with mortgage interest and municipal fees.
    let persons = adults.len() + children.len();
    if rng.chance(85) {
        let rent = rng.range(100 + 30 * persons as i64, 220 + 50 * persons as i64) * 50;
        let mut line = expense("husleie", None, Money::kroner(rent));
        if rng.chance(10) {
            line.accepted = Some(Money::kroner(rent * 9 / 10));
            line.reason = Some("Over kommunens norm; godkjent i en overgangsperiode".to_string());
        }
        expenses.push(line);
    } else {
        expenses.push(expense("boliglanRenter", None, rng.kroner(2000, 9000, 1)));
        expenses.push(expense("kommunalAvgift", None, rng.kroner(300, 1200, 1)));
    }
    if rng.chance(75) {
        expenses.push(expense("strom", None, rng.kroner(300, 3000, 1)));
    }
    if rng.chance(40) {
        expenses.push(expense("innboforsikring", None, rng.kroner(100, 400, 1)));
    }
    if rng.chance(5) {
        expenses.push(expense("annen", None, rng.kroner(100, 2000, 1)));
    }
    // Children's needs: assessed for most children, sometimes with an expense or a grant.
    for child in &mut children {
        let age = from.year() - child.birth_date.year();
        if rng.chance(70) {
            let count = rng.range(1, 4) as usize;
            let start = rng.below(ChildNeed::ALL.len() as u64) as usize;
            for k in 0..count {
                let need = ChildNeed::ALL[(start + k) % ChildNeed::ALL.len()];
                let assessment = match rng.below(10) {
                    0..=5 => Assessment::CoveredByRate,
                    6..=8 => Assessment::NotRelevant,
                    _ => Assessment::Granted(rng.kroner(200, 2000, 50)),
                };
                child.needs.push(NeedAssessment { need, assessment, note: String::new() });
            }
        }
        let granted = |need: ChildNeed, child: &Child| {
            child.needs.iter().any(|n| n.need == need && matches!(n.assessment, Assessment::Granted(_)))
        };
        if age < 6 && rng.chance(40) && !granted(ChildNeed::DaycareSfo, child) {
            expenses.push(expense("barnehage", Some(&child.name), rng.kroner(500, 3300, 10)));
        } else if (6..10).contains(&age) && rng.chance(30) && !granted(ChildNeed::DaycareSfo, child) {
            expenses.push(expense("sfo", Some(&child.name), rng.kroner(800, 3000, 10)));
        }
        if rng.chance(15) && !granted(ChildNeed::Leisure, child) {
            expenses.push(expense("barnFritidsaktiviteter", Some(&child.name), rng.kroner(100, 1500, 10)));
        }
    }
    let reductions = if rng.chance(2) {
        vec![Reduction {
            amount: rng.kroner(500, 2000, 100),
            reason: "Møtte ikke til avtalt aktivitet (§ 20)".to_string(),
        }]
    } else {
        Vec::new()
    };

    Case {
        format: super::case::CASE_FORMAT,
        profile: None,
        period: Period { from, to },
        household: Household { living, adults, children },
        incomes,
        expenses,
        reductions,
        assessment: String::new(),
        conditions: String::new(),
    }
}

/// `count` cases from `seed`.
pub fn generate_cases(seed: u64, count: usize) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    (0..count).map(|_| generate_case(&mut rng)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{RateBook, calculate};

    #[test]
    fn same_seed_same_cases() {
        assert_eq!(generate_cases(7, 50), generate_cases(7, 50));
        assert_ne!(generate_cases(7, 50), generate_cases(8, 50));
    }

    #[test]
    fn generated_cases_are_valid_and_calculate() {
        let book = RateBook::embedded().expect("embedded rates");
        let mut outcomes = [0usize; 3];
        for (i, case) in generate_cases(2024, 2000).iter().enumerate() {
            assert_eq!(case.validate(), Vec::new(), "case {i}: {case:?}");
            let calc = calculate(case, &book).unwrap_or_else(|e| panic!("case {i}: {e}: {case:?}"));
            outcomes[crate::domain::Outcome::ALL.iter().position(|o| *o == calc.outcome).unwrap_or(0)] += 1;
        }
        // A realistic mix: every outcome occurs.
        assert!(outcomes.iter().all(|n| *n > 50), "outcomes full/supplementary/none: {outcomes:?}");
    }
}
