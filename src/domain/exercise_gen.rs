//! Generated exercises ("Ny tilfeldig oppgave"): a random but realistic case from a seed, with a
//! narrative written from sentence templates that states every fact needed to fill the form
//! exactly. The same seed gives the same exercise on every machine, so a teacher can hand a
//! class the seed. No floating point: amounts are whole kroner scaled by integer percentages.
//!
//! The narrative, like the shipped exercise files, is exercise content in bokmål (an application
//! as a Norwegian caseworker reads it), not program text: it is not translated.
//!
//! Periods lie in the years whose state rate set is known (2009–2024 except 2011 and
//! 2015–2017, see rates-history.md) and never cross into a year without a known set.

use std::sync::OnceLock;

use chrono::{Datelike, Months, NaiveDate};

use super::calc::calculate;
use super::case::{
    Adult, AdultRate, Assessment, CASE_FORMAT, Case, Child, Expense, Household, Income, Living, NeedAssessment, Period,
    Reduction,
};
use super::date::{age_on, long_date_nb, month_end, month_name_nb, month_start};
use super::exercise::{EXERCISE_FORMAT, Exercise, RuleTag};
use super::generate::Rng;
use super::kinds::ChildNeed;
use super::money::Money;
use super::rates::RateBook;
use super::rule_evidence::rules_evident;

/// Generated exercises have the id `tilfeldig-<seed>`.
pub const GENERATED_PREFIX: &str = "tilfeldig-";

/// The id of the exercise generated from `seed`.
pub fn generated_id(seed: u64) -> String {
    format!("{GENERATED_PREFIX}{seed}")
}

/// The seed of a generated exercise's id, or None for any other id.
pub fn seed_of(id: &str) -> Option<u64> {
    id.strip_prefix(GENERATED_PREFIX).and_then(|s| s.parse().ok())
}

/// Years with a known state rate set in force for the whole year.
pub const YEARS: [i32; 12] = [2009, 2010, 2012, 2013, 2014, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

/// Rule tags a generated exercise never drills, with the reason. Empty: every tag can occur.
pub const NOT_GENERATED: [(RuleTag, &str); 0] = [];

/// The exercise for `seed`, its rules read from the embedded state rates.
///
/// If the embedded rates could not be read (they are compiled in and tested), the exercise has
/// no rules; `tests/exercise_gen.rs` shows every seed it tries calculates.
pub fn generate_exercise(seed: u64) -> Exercise {
    static BOOK: OnceLock<Option<RateBook>> = OnceLock::new();
    let book = BOOK.get_or_init(|| RateBook::embedded().ok());
    generate_exercise_with(seed, book.as_ref())
}

/// The exercise for `seed`, its rules and difficulty from `book`'s calculation of the case.
pub fn generate_exercise_with(seed: u64, book: Option<&RateBook>) -> Exercise {
    let mut rng = Rng::new(seed ^ 0x005e_ed0f_e4e7_c15e);
    let facts = Facts::generate(&mut rng);
    let case = facts.case();
    let rules: Vec<RuleTag> = book
        .and_then(|book| calculate(&case, book).ok())
        .map(|calc| rules_evident(&case, &calc).into_iter().collect())
        .unwrap_or_default();
    let narrative = facts.narrative(&mut rng);
    let difficulty = match rules.len() {
        0..=3 => 1,
        4..=6 => 2,
        _ => 3,
    };
    Exercise {
        format: EXERCISE_FORMAT,
        id: generated_id(seed),
        title: facts.title(),
        difficulty,
        rules,
        narrative,
        case,
    }
}

// ---------------------------------------------------------------------------------------------
// Names and small helpers

const WOMEN: [&str; 16] = [
    "Kari",
    "Lina",
    "Marta",
    "Fatima",
    "Ingrid",
    "Sara",
    "Hanne",
    "Silje",
    "Amina",
    "Agnieszka",
    "Tone",
    "Mona",
    "Hilde",
    "Camilla",
    "Marit",
    "Aisha",
];
const MEN: [&str; 16] = [
    "Ola", "Ahmed", "Jonas", "Piotr", "Erik", "Yusuf", "Lars", "Tor", "Kjetil", "Omar", "Stian", "Geir", "Bjørn",
    "Daniel", "Tomasz", "Arne",
];
const GIRLS: [&str; 14] = [
    "Emma", "Ida", "Nora", "Sofie", "Maja", "Ella", "Olivia", "Leah", "Frida", "Tiril", "Ingeborg", "Mia", "Selma",
    "Hedda",
];
const BOYS: [&str; 14] = [
    "Noah", "Jon", "Per", "Ali", "Emil", "Leo", "Jakob", "Filip", "Oskar", "Lukas", "Isak", "Aksel", "Theo", "Mathias",
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// "1. mars 2024".
pub fn norwegian_date(d: NaiveDate) -> String {
    long_date_nb(d)
}

/// "mars 2024".
fn month_year(d: NaiveDate) -> String {
    format!("{} {}", month_name_nb(d), d.year())
}

/// "8 500 kr" (whole kroner, non-breaking spaces), as `Money::format_kroner` writes it.
fn kr(m: Money) -> String {
    m.format_kroner()
}

/// "A", "A og B", "A, B og C".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} og {last}", init.join(", ")),
    }
}

fn number_word(n: usize) -> String {
    match n {
        1 => "ett".into(),
        2 => "to".into(),
        3 => "tre".into(),
        4 => "fire".into(),
        5 => "fem".into(),
        other => other.to_string(),
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A name from `list` not yet in `used`, starting at a random place.
fn fresh_name(rng: &mut Rng, list: &[&'static str], used: &mut Vec<&'static str>) -> &'static str {
    let start = rng.below(list.len() as u64) as usize;
    let name =
        (0..list.len()).map(|i| list[(start + i) % list.len()]).find(|n| !used.contains(n)).unwrap_or(list[start]);
    used.push(name);
    name
}

/// Price level of `year` in percent of 2024 (60 % in 2009, rising evenly), for realistic amounts.
fn price_level(year: i32) -> i64 {
    60 + i64::from(year.clamp(2009, 2024) - 2009) * 40 / 15
}

/// Whole kroner in `lo..=hi` (2024 level) scaled to `year`, rounded to `step`.
fn kroner(rng: &mut Rng, lo: i64, hi: i64, step: i64, year: i32) -> i64 {
    let raw = rng.range(lo, hi) * price_level(year) / 100;
    ((raw + step / 2) / step).max(1) * step
}

fn amount(rng: &mut Rng, lo: i64, hi: i64, step: i64, year: i32) -> Money {
    Money::kroner(kroner(rng, lo, hi, step, year))
}

// ---------------------------------------------------------------------------------------------
// The facts of a generated case, with what the narrative needs to tell them

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tenure {
    /// Renting; `includes_power`: electricity is part of the rent.
    Rent { includes_power: bool },
    /// Owning with a mortgage: interest and municipal fees.
    Own,
}

#[derive(Clone, Debug)]
struct Person {
    name: &'static str,
    female: bool,
    birth: NaiveDate,
}

impl Person {
    fn pronoun(&self) -> &'static str {
        if self.female { "hun" } else { "han" }
    }
}

#[derive(Clone, Debug)]
struct KidFacts {
    person: Person,
    share: u32,
    needs: Vec<NeedAssessment>,
}

#[derive(Clone, Debug)]
struct Facts {
    from: NaiveDate,
    to: NaiveDate,
    living: Living,
    adults: Vec<Person>,
    /// An adult child living at home (last of `adults`), and the rate the office chose.
    extra_adult: Option<AdultRate>,
    married: bool,
    /// Oldest first.
    kids: Vec<KidFacts>,
    /// The one-year-old at home the family gets kontantstøtte for.
    kontantstotte_kid: Option<&'static str>,
    incomes: Vec<Income>,
    tenure: Tenure,
    expenses: Vec<Expense>,
    reductions: Vec<Reduction>,
}

const REDUCTION_REASON: &str = "Møtte ikke til avtalt aktivitet uten gyldig grunn (vilkår etter § 20)";

impl Facts {
    fn generate(rng: &mut Rng) -> Facts {
        // Period.
        let shape = rng.below(100);
        let (from, to) = if shape >= 88 {
            // Across a rate change on 1 July (2022 or 2023), sometimes starting mid-month.
            let year = if rng.chance(50) { 2022 } else { 2023 };
            let first = date(year, rng.range(5, 6) as u32, 1);
            let last = date(year, rng.range(7, 8) as u32, 1);
            let from = if rng.chance(30) { date(year, first.month(), rng.range(2, 20) as u32) } else { first };
            (from, month_end(last))
        } else {
            let year = *rng.pick(&YEARS);
            match shape {
                0..=59 => {
                    let first = date(year, rng.range(1, 12) as u32, 1);
                    (first, month_end(first))
                }
                60..=74 => {
                    let first = date(year, rng.range(1, 12) as u32, 1);
                    if rng.chance(70) {
                        (date(year, first.month(), rng.range(2, 25) as u32), month_end(first))
                    } else {
                        (first, date(year, first.month(), rng.range(10, 27) as u32))
                    }
                }
                _ => {
                    let len = rng.range(2, 4) as u32;
                    let first = date(year, rng.range(1, i64::from(13 - len)) as u32, 1);
                    let last = first.checked_add_months(Months::new(len - 1)).unwrap_or(first);
                    (first, month_end(last))
                }
            }
        };
        let year = from.year();
        let first_month = month_start(from);

        // Household.
        let living = match rng.below(100) {
            0..=49 => Living::Single,
            50..=84 => Living::Couple,
            _ => Living::SharedHousing,
        };
        let mut used = Vec::new();
        let mut adult = |rng: &mut Rng, female: bool, age_lo: i64, age_hi: i64| {
            let name = fresh_name(rng, if female { &WOMEN } else { &MEN }, &mut used);
            let age = rng.range(age_lo, age_hi) as i32;
            let birth = date(year - age, rng.range(1, 12) as u32, rng.range(1, 28) as u32);
            Person { name, female, birth }
        };
        let mut adults = Vec::new();
        let first_female = rng.chance(60);
        adults.push(adult(rng, first_female, 20, 62));
        let married = rng.chance(40);
        match living {
            Living::Couple => {
                let female = if rng.chance(92) { !first_female } else { first_female };
                let first_age = i64::from(age_on(adults[0].birth, from));
                adults.push(adult(rng, female, (first_age - 6).max(20), (first_age + 8).min(67)));
            }
            Living::SharedHousing if rng.chance(40) => {
                let female = rng.chance(50);
                adults.push(adult(rng, female, 20, 45));
            }
            _ => {}
        }
        let kid_count = match living {
            Living::Single => *rng.pick(&[0, 0, 0, 0, 1, 1, 1, 2, 2, 3]),
            Living::Couple => *rng.pick(&[0, 0, 0, 1, 1, 2, 2, 2, 3, 4]),
            Living::SharedHousing => 0,
        };
        // Birth dates: a child who turns 6 or 11 inside a longer period (band from the month
        // after) and a one-year-old at home (kontantstøtte) are placed first; the others are at
        // least two birth years from every other child, and born at least two months before
        // the first month so that every month has a rate.
        let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32 + 1;
        let mut births: Vec<NaiveDate> = Vec::new();
        if months >= 2 && kid_count > 0 && rng.chance(60) {
            let turn = if rng.chance(50) { 6 } else { 11 };
            let month = first_month.checked_add_months(Months::new(rng.below((months - 1) as u64) as u32));
            if let Some(month) = month {
                births.push(date(month.year() - turn, month.month(), rng.range(2, 28) as u32));
            }
        }
        let mut kontantstotte_birth = None;
        if kid_count > births.len() && rng.chance(30) {
            let months_old = rng.range(13, 19) as u32;
            if let Some(d) = first_month.checked_sub_months(Months::new(months_old)) {
                let birth = date(d.year(), d.month(), rng.range(1, 28) as u32);
                births.push(birth);
                kontantstotte_birth = Some(birth);
            }
        }
        let latest = first_month - chrono::Days::new(60);
        for _ in 0..40 {
            if births.len() >= kid_count {
                break;
            }
            let mut birth = date(year - rng.range(0, 16) as i32, rng.range(1, 12) as u32, rng.range(1, 28) as u32);
            while birth > latest {
                birth = date(birth.year() - 1, birth.month(), birth.day());
            }
            if births.iter().all(|b| (b.year() - birth.year()).abs() >= 2) {
                births.push(birth);
            }
        }
        let mut kid_names = Vec::new();
        let mut kids: Vec<KidFacts> = births
            .iter()
            .map(|&birth| {
                let female = rng.chance(50);
                let name = fresh_name(rng, if female { &GIRLS } else { &BOYS }, &mut kid_names);
                let share = if Some(birth) != kontantstotte_birth && rng.chance(9) {
                    *rng.pick(&[50, 50, 40, 30])
                } else {
                    100
                };
                KidFacts { person: Person { name, female, birth }, share, needs: Vec::new() }
            })
            .collect();
        let kontantstotte_kid = kontantstotte_birth.and_then(|b| kids.iter().position(|k| k.person.birth == b));
        // Parents at least 19 years older than their oldest child and at most 45 years older
        // than their youngest.
        let ages: Vec<i32> = kids.iter().map(|k| age_on(k.person.birth, from)).collect();
        if let (Some(&oldest), Some(&youngest)) = (ages.iter().max(), ages.iter().min()) {
            let (lo, hi) = (oldest + 19, (youngest + 45).max(oldest + 19));
            for p in adults.iter_mut() {
                let age = age_on(p.birth, from);
                if age < lo || age > hi {
                    let age = rng.range(i64::from(lo), i64::from(hi.min(lo + 15))) as i32;
                    p.birth = date(year - age, p.birth.month(), p.birth.day());
                }
            }
        }
        // An adult child at home (18-22), with the rate the office chose.
        let extra_adult = if living != Living::SharedHousing && rng.chance(5) {
            let female = rng.chance(50);
            let name = fresh_name(rng, if female { &WOMEN } else { &MEN }, &mut used);
            let birth = date(year - rng.range(18, 22) as i32 - 1, rng.range(1, 12) as u32, rng.range(1, 28) as u32);
            for p in adults.iter_mut() {
                if age_on(p.birth, from) < age_on(birth, from) + 19 {
                    p.birth = date(birth.year() - 19 - rng.range(0, 12) as i32, p.birth.month(), p.birth.day());
                }
            }
            adults.push(Person { name, female, birth });
            Some(if rng.chance(50) { AdultRate::SharedHousing } else { AdultRate::Single })
        } else {
            None
        };

        // Incomes.
        let mut incomes = Vec::new();
        let single_parent = living == Living::Single && !kids.is_empty();
        for (i, person) in adults.iter().enumerate() {
            let is_extra = extra_adult.is_some() && i == adults.len() - 1;
            let who = Some(person.name);
            let roll = rng.below(100);
            let pick: Option<(&str, i64, i64, i64)> = if is_extra {
                (roll < 50).then_some(("jobb", 2000, 12000, 50))
            } else if i == 0 {
                match roll {
                    0..=29 => None,
                    30..=49 => Some(("jobb", 3000, 32000, 50)),
                    50..=61 => Some(("aap", 12000, 22000, 1)),
                    62..=67 => Some(("sykepenger", 10000, 28000, 1)),
                    68..=74 => Some(("dagpenger", 9000, 22000, 1)),
                    75..=79 => Some(("uforetrygd", 16000, 24000, 1)),
                    80..=85 => Some(("kvalifiseringsstonad", 14000, 19000, 1)),
                    86..=91 => Some(("introduksjonsstonad", 13000, 18000, 1)),
                    _ if single_parent => Some(("overgangsstonad", 13000, 16000, 1)),
                    _ => None,
                }
            } else {
                match roll {
                    0..=39 => None,
                    40..=74 => Some(("jobb", 3000, 32000, 50)),
                    75..=84 => Some(("aap", 12000, 22000, 1)),
                    85..=92 => Some(("dagpenger", 9000, 22000, 1)),
                    _ => Some(("uforetrygd", 16000, 24000, 1)),
                }
            };
            if let Some((kind, lo, hi, step)) = pick {
                incomes.push(income(kind, who, amount(rng, lo, hi, step, year)));
            }
        }
        if kontantstotte_kid.is_some() {
            let amount = match from {
                d if d < date(2012, 8, 1) => 3303,
                d if d < date(2017, 8, 1) => 5000,
                d if d < date(2023, 1, 1) => 6000,
                _ => 7500,
            };
            incomes.push(income("kontantstotte", Some(adults[0].name), Money::kroner(amount)));
        }
        if !kids.is_empty() && rng.chance(95) {
            let total: i64 = kids.iter().map(|k| barnetrygd_per_child(from, age_on(k.person.birth, from))).sum();
            incomes.push(income("barnetrygd", None, Money::kroner(total)));
        }
        if single_parent && rng.chance(25) {
            incomes.push(income("barnebidrag", None, amount(rng, 1200, 4500, 10, year)));
        }
        if let Some(older) = kids.iter().find(|k| age_on(k.person.birth, from) >= 14)
            && rng.chance(45)
        {
            incomes.push(income("barns_arbeidsinntekt", Some(older.person.name), amount(rng, 600, 4000, 50, 2024)));
        }

        // Housing and other expenses.
        let persons = (adults.len() + kids.len()) as i64;
        let mut expenses = Vec::new();
        // A room in a bofellesskap is rented; others rent or own.
        let tenure = if living == Living::SharedHousing || rng.chance(82) {
            Tenure::Rent { includes_power: rng.chance(35) }
        } else {
            Tenure::Own
        };
        match tenure {
            Tenure::Rent { includes_power } => {
                let applied = kroner(rng, 5500 + 1500 * persons, 9000 + 2500 * persons, 50, year);
                let mut rent = expense("husleie", None, Money::kroner(applied));
                if rng.chance(14) {
                    let percent = rng.range(80, 92);
                    let accepted = Money::kroner(applied * percent / 100 / 100 * 100);
                    rent.accepted = Some(accepted);
                    let size = if persons == 1 { "én person".to_string() } else { format!("{persons} personer") };
                    rent.reason = Some(format!(
                        "Husleien er høyere enn det kontoret finner rimelig for en husstand på {size}; \
                         godkjent etter kommunens boutgiftsnorm"
                    ));
                }
                expenses.push(rent);
                if rng.chance(22) {
                    incomes.push(income("bostotte", None, amount(rng, 600, 4200, 1, year)));
                }
                if !includes_power {
                    expenses.push(expense("strom", None, amount(rng, 400, 2200, 10, 2024)));
                }
            }
            Tenure::Own => {
                expenses.push(expense("boliglanRenter", None, amount(rng, 2500, 9500, 10, year)));
                expenses.push(expense("kommunalAvgift", None, amount(rng, 350, 1400, 10, year)));
                expenses.push(expense("strom", None, amount(rng, 500, 2200, 10, 2024)));
            }
        }
        if rng.chance(35) {
            expenses.push(expense("innboforsikring", None, amount(rng, 120, 420, 5, year)));
        }

        // Children's needs: the checklist, and expenses beyond the rate.
        for (i, kid) in kids.iter_mut().enumerate() {
            let age = age_on(kid.person.birth, from);
            let name = kid.person.name;
            let mut daycare_expense = false;
            if Some(i) != kontantstotte_kid && (1..6).contains(&age) && rng.chance(45) {
                expenses.push(expense("barnehage", Some(name), amount(rng, 1500, 3300, 10, year)));
                daycare_expense = true;
            } else if (6..=9).contains(&age) && rng.chance(35) {
                expenses.push(expense("sfo", Some(name), amount(rng, 1200, 3200, 10, year)));
                daycare_expense = true;
            }
            let mut leisure_expense = false;
            if age >= 6 && rng.chance(15) {
                expenses.push(expense("barnFritidsaktiviteter", Some(name), amount(rng, 150, 1200, 10, year)));
                leisure_expense = true;
            }
            if rng.chance(75) {
                let count = rng.range(1, 3) as usize;
                let start = rng.below(ChildNeed::ALL.len() as u64) as usize;
                for k in 0..count {
                    let need = ChildNeed::ALL[(start + k) % ChildNeed::ALL.len()];
                    let has_expense = (need == ChildNeed::DaycareSfo && daycare_expense)
                        || (need == ChildNeed::Leisure && leisure_expense);
                    let at_home = need == ChildNeed::DaycareSfo && Some(i) == kontantstotte_kid;
                    let suits_age = match need {
                        ChildNeed::DaycareSfo => (1..=9).contains(&age),
                        ChildNeed::School => age >= 6,
                        ChildNeed::Leisure => age >= 3,
                        ChildNeed::InternetPhone => age >= 8,
                        ChildNeed::ClothesEquipment | ChildNeed::Health => true,
                        ChildNeed::Contact => kid.share < 100 || single_parent,
                    };
                    if has_expense || at_home || !suits_age {
                        continue;
                    }
                    let roll = rng.below(100);
                    let assessment = match roll {
                        // Contact with the other parent is relevant when the child lives in two homes.
                        0..=49 => Assessment::CoveredByRate,
                        50..=74 if need != ChildNeed::Contact || kid.share == 100 => Assessment::NotRelevant,
                        50..=74 => Assessment::CoveredByRate,
                        _ => Assessment::Granted(amount(rng, 200, 1500, 50, year)),
                    };
                    kid.needs.push(NeedAssessment { need, assessment, note: String::new() });
                }
            }
        }
        let reductions = if rng.chance(5) {
            vec![Reduction { amount: Money::kroner(rng.range(5, 20) * 100), reason: REDUCTION_REASON.to_string() }]
        } else {
            Vec::new()
        };
        let kontantstotte_kid = kontantstotte_kid.and_then(|i| kids.get(i)).map(|k| k.person.name);
        kids.sort_by_key(|k| k.person.birth);
        Facts {
            from,
            to,
            living,
            adults,
            extra_adult,
            married,
            kids,
            kontantstotte_kid,
            incomes,
            tenure,
            expenses,
            reductions,
        }
    }

    fn case(&self) -> Case {
        let extra = self.extra_adult.map(|_| self.adults.len() - 1);
        Case {
            format: CASE_FORMAT,
            profile: None,
            period: Period { from: self.from, to: self.to },
            household: Household {
                living: self.living,
                adults: self
                    .adults
                    .iter()
                    .enumerate()
                    .map(|(i, p)| Adult {
                        name: p.name.to_string(),
                        birth_date: Some(p.birth),
                        rate: if Some(i) == extra { self.extra_adult } else { None },
                    })
                    .collect(),
                children: self
                    .kids
                    .iter()
                    .map(|k| Child {
                        name: k.person.name.to_string(),
                        birth_date: k.person.birth,
                        share_percent: k.share,
                        needs: k.needs.clone(),
                    })
                    .collect(),
            },
            incomes: self.incomes.clone(),
            expenses: self.expenses.clone(),
            reductions: self.reductions.clone(),
            assessment: String::new(),
            conditions: String::new(),
        }
    }

    fn single_full_month(&self) -> bool {
        self.from.day() == 1 && self.to == month_end(self.from)
    }

    fn period_text(&self) -> String {
        if self.single_full_month() {
            month_year(self.from)
        } else {
            format!("perioden {} til {}", norwegian_date(self.from), norwegian_date(self.to))
        }
    }

    /// "Enslig mor med to barn, mars 2024".
    fn title(&self) -> String {
        let kids = self.kids.len();
        let with_kids = match kids {
            0 => String::new(),
            1 => " med ett barn".to_string(),
            n => format!(" med {} barn", number_word(n)),
        };
        let who = match self.living {
            Living::Single if kids == 0 => {
                if self.adults[0].female {
                    "Enslig kvinne".to_string()
                } else {
                    "Enslig mann".to_string()
                }
            }
            Living::Single => format!("Enslig {}{with_kids}", if self.adults[0].female { "mor" } else { "far" }),
            Living::Couple if kids == 0 => "Par uten barn".to_string(),
            Living::Couple => format!("Par{with_kids}"),
            Living::SharedHousing if self.adults.len() >= 2 => "To voksne som deler bolig".to_string(),
            Living::SharedHousing => "Bofellesskap".to_string(),
        };
        let who = match self.extra_adult {
            Some(_) => format!("{who} og voksent barn hjemme"),
            None => who,
        };
        let when = if self.single_full_month() {
            month_year(self.from)
        } else if self.from.year() == self.to.year() && self.from.day() == 1 && self.to == month_end(self.to) {
            format!("{}–{}", month_name_nb(self.from), month_year(self.to))
        } else if self.from.year() == self.to.year() {
            format!("{}. {}–{}", self.from.day(), month_name_nb(self.from), norwegian_date(self.to))
        } else {
            format!("{}–{}", norwegian_date(self.from), norwegian_date(self.to))
        };
        format!("{who}, {when}")
    }

    fn described(&self, p: &Person) -> String {
        let age = age_on(p.birth, self.from);
        let age = if age >= 1 {
            format!("{age} år")
        } else {
            let (f, b) = (self.from, p.birth);
            let months =
                (f.year() - b.year()) * 12 + f.month() as i32 - b.month() as i32 - i32::from(f.day() < b.day());
            if months == 1 { "1 måned".to_string() } else { format!("{months} måneder") }
        };
        format!("{} ({age}, født {})", p.name, norwegian_date(p.birth))
    }

    fn narrative(&self, rng: &mut Rng) -> String {
        let mut paragraphs: Vec<String> = Vec::new();
        let a = &self.adults[0];
        let period = self.period_text();
        let plural = self.adults.len() - usize::from(self.extra_adult.is_some()) >= 2;
        let they = if plural { "de" } else { a.pronoun() };

        // Who applies, for when.
        let intro = match self.living {
            Living::Couple => {
                let b = &self.adults[1];
                let bond = if self.married { "gift" } else { "samboere" };
                match rng.below(3) {
                    0 => format!(
                        "{} og {} er {bond} og søker sammen om økonomisk stønad til livsopphold for {period}.",
                        self.described(a),
                        self.described(b)
                    ),
                    1 => format!(
                        "NAV-kontoret har fått en søknad om økonomisk stønad fra {} og {}, som er {bond}. Søknaden gjelder {period}.",
                        self.described(a),
                        self.described(b)
                    ),
                    _ => format!(
                        "{} og {} er {bond}. De har søkt om stønad til livsopphold for {period}.",
                        self.described(a),
                        self.described(b)
                    ),
                }
            }
            Living::SharedHousing if self.adults.len() >= 2 => {
                let b = &self.adults[1];
                format!(
                    "{} og {} deler en leilighet, men er ikke et par og har hver sin økonomi. De søker sammen om økonomisk stønad for {period}.",
                    self.described(a),
                    self.described(b)
                )
            }
            Living::SharedHousing => format!(
                "{} søker om økonomisk stønad til livsopphold for {period}. {} leier et rom i et bofellesskap og deler kjøkken og bad med to andre voksne som ikke er med i søknaden.",
                self.described(a),
                capitalize(a.pronoun())
            ),
            Living::Single => match rng.below(3) {
                0 => format!("{} søker om økonomisk stønad til livsopphold for {period}.", self.described(a)),
                1 => format!(
                    "NAV-kontoret har fått en søknad om økonomisk stønad fra {}. Søknaden gjelder {period}.",
                    self.described(a)
                ),
                _ => format!("{} har søkt om stønad til livsopphold for {period}.", self.described(a)),
            },
        };
        let mut household = vec![intro];
        if self.living == Living::Single && self.kids.is_empty() && self.extra_adult.is_none() {
            household.push(format!("{} bor alene.", capitalize(a.pronoun())));
        }
        if !self.kids.is_empty() {
            let kids: Vec<String> = self
                .kids
                .iter()
                .map(|k| {
                    format!("{} {}", if k.person.female { "datteren" } else { "sønnen" }, self.described(&k.person))
                })
                .collect();
            let sentence = if self.kids.len() == 1 {
                format!("{} har {}.", capitalize(they), kids.join(""))
            } else {
                format!("{} har {} barn: {}.", capitalize(they), number_word(self.kids.len()), join_and(&kids))
            };
            household.push(sentence);
            for k in self.kids.iter().filter(|k| k.share < 100) {
                household.push(if k.share == 50 {
                    format!("{} har delt bosted og bor i husstanden halve tiden (50 % av måneden).", k.person.name)
                } else {
                    format!(
                        "{} bor fast hos den andre forelderen og er i husstanden på samvær omtrent {} % av måneden.",
                        k.person.name, k.share
                    )
                });
            }
        }
        if let (Some(rate), Some(x)) = (self.extra_adult, self.adults.last()) {
            let child = if x.female { "Datteren" } else { "Sønnen" };
            let rate_text = match rate {
                AdultRate::Single => "enslig",
                AdultRate::SharedHousing => "person i bofellesskap",
            };
            household.push(format!(
                "{child} {} bor også hjemme og er med i søknaden. Kontoret har vurdert at {} skal ha satsen for {rate_text}.",
                self.described(x),
                x.pronoun()
            ));
        }
        paragraphs.push(household.join(" "));

        // Income.
        let mut money_in = Vec::new();
        let no_income = |p: &Person| !self.incomes.iter().any(|inc| inc.person.as_deref() == Some(p.name));
        let both_without = self.living != Living::Single && self.adults.len() == 2 && self.adults.iter().all(no_income);
        if both_without {
            money_in.push(format!("Verken {} eller {} har inntekt.", self.adults[0].name, self.adults[1].name));
        }
        for p in self.adults.iter().filter(|_| !both_without) {
            let own: Vec<&Income> = self
                .incomes
                .iter()
                .filter(|inc| inc.person.as_deref() == Some(p.name) && inc.kind != "kontantstotte")
                .collect();
            if own.is_empty() {
                let variants =
                    [format!("{} har ingen inntekt.", p.name), format!("{} har for tiden ingen inntekt.", p.name)];
                money_in.push(variants[rng.below(2) as usize].clone());
            }
            for inc in own {
                money_in.push(income_sentence(rng, p.name, inc));
            }
        }
        for inc in &self.incomes {
            let kid_income = inc.person.as_deref().is_some_and(|n| self.kids.iter().any(|k| k.person.name == n));
            match inc.kind.as_str() {
                "kontantstotte" => {
                    let kid = self.kontantstotte_kid.unwrap_or("barnet");
                    money_in.push(format!(
                        "{} får kontantstøtte for {kid}, som ikke går i barnehage: {} i måneden.",
                        a.name,
                        kr(inc.amount)
                    ));
                }
                "barnetrygd" => money_in.push(match rng.below(2) {
                    0 => format!("Husstanden mottar barnetrygd på til sammen {} i måneden.", kr(inc.amount)),
                    _ => format!("Det utbetales {} i barnetrygd hver måned.", kr(inc.amount)),
                }),
                "barnebidrag" => {
                    money_in.push(format!("Den andre forelderen betaler {} i barnebidrag hver måned.", kr(inc.amount)))
                }
                "barns_arbeidsinntekt" if kid_income => {
                    let name = inc.person.as_deref().unwrap_or_default();
                    money_in.push(match rng.below(2) {
                        0 => format!(
                            "{name} har en helgejobb ved siden av skolen og tjener {} netto i måneden.",
                            kr(inc.amount)
                        ),
                        _ => format!("{name} har sommerjobb i skoleferien og får {} netto i måneden.", kr(inc.amount)),
                    });
                }
                "bostotte" => {
                    money_in.push(format!("Husstanden får bostøtte fra Husbanken på {} i måneden.", kr(inc.amount)))
                }
                _ => {}
            }
        }
        paragraphs.push(money_in.join(" "));

        // Housing and other expenses.
        let mut costs = Vec::new();
        let amount_of = |kind: &str| self.expenses.iter().find(|e| e.kind == kind);
        match self.tenure {
            Tenure::Rent { includes_power } => {
                if let Some(rent) = amount_of("husleie") {
                    let home = if plural || !self.kids.is_empty() { "Husstanden" } else { a.name };
                    costs.push(match (includes_power, rng.below(2)) {
                        (true, 0) => format!("{home} betaler husleie {} i måneden inkludert strøm.", kr(rent.applied)),
                        (true, _) => format!("Husleien er {} i måneden, og strøm er inkludert.", kr(rent.applied)),
                        (false, 0) => format!("{home} betaler husleie {} i måneden.", kr(rent.applied)),
                        (false, _) => format!("Husleien er {} per måned.", kr(rent.applied)),
                    });
                    if let (Some(accepted), Some(reason)) = (rent.accepted, &rent.reason) {
                        costs.push(format!(
                            "Kontoret godtar bare {} av husleien. Begrunnelse: «{reason}».",
                            kr(accepted)
                        ));
                    }
                }
            }
            Tenure::Own => {
                let (Some(interest), Some(fees)) = (amount_of("boliglanRenter"), amount_of("kommunalAvgift")) else {
                    return paragraphs.join("\n\n");
                };
                let owner = if plural { "De" } else { &capitalize(a.pronoun()) };
                costs.push(format!(
                    "{owner} eier boligen. Rentene på boliglånet er {} i måneden, og de kommunale avgiftene utgjør {} i måneden. Banken har gitt avdragsfrihet, så det betales ikke avdrag.",
                    kr(interest.applied),
                    kr(fees.applied)
                ));
            }
        }
        if let Some(power) = amount_of("strom") {
            costs.push(match rng.below(2) {
                0 => format!("Strømregningen er i gjennomsnitt {} i måneden.", kr(power.applied)),
                _ => format!("Strøm koster om lag {} i måneden.", kr(power.applied)),
            });
        }
        if let Some(insurance) = amount_of("innboforsikring") {
            costs.push(format!("Innboforsikringen koster {} i måneden.", kr(insurance.applied)));
        }
        paragraphs.push(costs.join(" "));

        // The children: expenses and the needs assessment.
        let mut children = Vec::new();
        for kid in &self.kids {
            let name = kid.person.name;
            for e in self.expenses.iter().filter(|e| e.child.as_deref() == Some(name)) {
                children.push(match e.kind.as_str() {
                    "barnehage" => {
                        format!("{name} går i barnehage, og foreldrebetalingen er {} i måneden.", kr(e.applied))
                    }
                    "sfo" => format!("{name} går på SFO, som koster {} i måneden.", kr(e.applied)),
                    _ => {
                        let activity =
                            *rng.pick(&["spiller fotball", "går på korps", "går på svømming", "går på turn"]);
                        format!("{name} {activity}; kontingent og utstyr koster {} i måneden.", kr(e.applied))
                    }
                });
            }
            if !kid.needs.is_empty() {
                let items: Vec<String> = kid
                    .needs
                    .iter()
                    .map(|n| {
                        let item = n.need.name_nb();
                        match n.assessment {
                            Assessment::NotRelevant => format!("«{item}» er ikke aktuelt"),
                            Assessment::CoveredByRate => format!("«{item}» er dekket av satsen"),
                            Assessment::Granted(m) => format!("til «{item}» innvilges {} i måneden", kr(m)),
                        }
                    })
                    .collect();
                children.push(format!(
                    "I kartleggingen av behovene til {name} kom kontoret fram til: {}.",
                    join_and(&items)
                ));
            }
        }
        if !children.is_empty() {
            paragraphs.push(children.join(" "));
        }

        let mut closing = Vec::new();
        for r in &self.reductions {
            closing.push(format!(
                "{} møtte ikke til avtalt aktivitet uten gyldig grunn, og vilkåret etter § 20 er brutt. Kontoret reduserer stønaden med {} i måneden.",
                a.name,
                kr(r.amount)
            ));
        }
        closing.push(if self.single_full_month() {
            "Alle beløp gjelder per måned og er dokumentert.".to_string()
        } else {
            "Alle beløp gjelder per måned, er dokumentert og er de samme i hver måned av perioden.".to_string()
        });
        paragraphs.push(closing.join(" "));
        paragraphs.retain(|p| !p.is_empty());
        paragraphs.join("\n\n")
    }
}

fn income(kind: &str, person: Option<&str>, amount: Money) -> Income {
    Income {
        kind: kind.to_string(),
        person: person.map(str::to_string),
        amount,
        origin: None,
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
        origin: None,
        note: None,
    }
}

/// A plausible monthly barnetrygd for one child of `age` on `on` (examples, not a rate table:
/// the trainee reads the amount in the narrative).
fn barnetrygd_per_child(on: NaiveDate, age: i32) -> i64 {
    let small = age < 6;
    match on {
        d if d < date(2019, 3, 1) => 970,
        d if d < date(2020, 9, 1) => 1054,
        d if d < date(2022, 1, 1) => {
            if small {
                1354
            } else {
                1054
            }
        }
        d if d < date(2023, 3, 1) => {
            if small {
                1676
            } else {
                1054
            }
        }
        d if d < date(2023, 7, 1) => {
            if small {
                1723
            } else {
                1083
            }
        }
        d if d < date(2024, 1, 1) => {
            if small {
                1766
            } else {
                1310
            }
        }
        _ => {
            if small {
                1766
            } else {
                1510
            }
        }
    }
}

fn income_sentence(rng: &mut Rng, name: &str, inc: &Income) -> String {
    let a = kr(inc.amount);
    match inc.kind.as_str() {
        "jobb" => match rng.below(3) {
            0 => format!("{name} jobber deltid og har {a} i nettolønn i måneden."),
            1 => format!("{name} har en deltidsjobb som gir {a} netto per måned."),
            _ => format!("{name} får utbetalt {a} netto i lønn hver måned."),
        },
        "aap" => format!("{name} mottar arbeidsavklaringspenger (AAP) på {a} netto i måneden."),
        "sykepenger" => format!("{name} er sykmeldt og får sykepenger på {a} netto i måneden."),
        "dagpenger" => format!("{name} er arbeidsledig og mottar dagpenger, {a} netto i måneden."),
        "uforetrygd" => format!("{name} har uføretrygd på {a} netto i måneden."),
        "kvalifiseringsstonad" => {
            format!("{name} er med i kvalifiseringsprogrammet og får kvalifiseringsstønad på {a} netto i måneden.")
        }
        "introduksjonsstonad" => {
            format!("{name} deltar i introduksjonsprogrammet og får introduksjonsstønad på {a} netto i måneden.")
        }
        "overgangsstonad" => format!("{name} mottar overgangsstønad på {a} netto i måneden."),
        other => format!("{name} har inntekt ({other}) på {a} netto i måneden."),
    }
}
