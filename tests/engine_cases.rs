//! The calculation engine on known cases, with exact figures: the five reference cases (the
//! shipped examples t1..t5), rate changes inside a period, age bands, partial months, shared
//! residence, barnetrygd before and after 1 September 2022, the multi-month example m1, and the
//! warnings and errors at the edges of the rate table.

mod common;

use chrono::NaiveDate;
use utmaling::domain::calc::{Line, Note, PersonRef, ProRata, Rule, Section, Warning};
use utmaling::domain::case::{Assessment, Case, Living, NeedAssessment};
use utmaling::domain::kinds::ChildNeed;
use utmaling::domain::rates::{BarnetrygdPolicy, Category, RatesFile, parse_rates_file};
use utmaling::domain::{CalcError, Calculation, Money, Outcome, calculate};

use common::{book, child, d, example, expense, income, kr, single_case};

/// The figures a decision states, in one comparable tuple.
#[derive(Debug, PartialEq, Eq)]
struct Totals {
    outcome: Outcome,
    need: Money,
    income_counted: Money,
    income_shielded: Money,
    result: Money,
    assistance: Money,
    surplus: Money,
}

fn totals(calc: &Calculation) -> Totals {
    Totals {
        outcome: calc.outcome,
        need: calc.need,
        income_counted: calc.income_counted,
        income_shielded: calc.income_shielded,
        result: calc.result,
        assistance: calc.assistance,
        surplus: calc.surplus,
    }
}

fn expect(
    outcome: Outcome,
    need: &str,
    income_counted: &str,
    income_shielded: &str,
    result: &str,
    assistance: &str,
    surplus: &str,
) -> Totals {
    Totals {
        outcome,
        need: kr(need),
        income_counted: kr(income_counted),
        income_shielded: kr(income_shielded),
        result: kr(result),
        assistance: kr(assistance),
        surplus: kr(surplus),
    }
}

fn calc(case: &Case) -> Calculation {
    calculate(case, &book()).unwrap_or_else(|e| panic!("case should calculate: {e}"))
}

/// The rate lines of a month: (category id, amount).
fn rate_lines(lines: &[Line]) -> Vec<(&'static str, Money)> {
    lines.iter().filter(|l| matches!(l.rule, Rule::Rate(_))).map(|l| (l.kind, l.amount)).collect()
}

fn set_date(calc: &Calculation, month: usize) -> NaiveDate {
    calc.rate_sets[calc.months[month].rate_set].effective
}

fn assessed(need: ChildNeed) -> NeedAssessment {
    NeedAssessment { need, assessment: Assessment::CoveredByRate, note: String::new() }
}

// ---- The five reference cases, March 2024 (rate set 2024-01-01) ----

#[test]
fn t1_single_without_income_gets_full_assistance() {
    let c = calc(&example("t1-enslig-full.ron"));
    // 7 850 (enslige) + 8 000 (husleie) + 700 (strøm)
    assert_eq!(totals(&c), expect(Outcome::Full, "16 550", "0", "0", "16 550", "16 550", "0"));
    assert_eq!(c.months.len(), 1);
    assert_eq!(set_date(&c, 0), d(2024, 1, 1));
    assert_eq!(rate_lines(&c.months[0].lines), [("enslige", kr("7 850"))]);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert!(c.notes.is_empty(), "{:?}", c.notes);
}

#[test]
fn t2_single_with_aap_gets_supplementary_assistance() {
    let c = calc(&example("t2-enslig-aap-supplerende.ron"));
    // 16 550 − 12 000
    assert_eq!(totals(&c), expect(Outcome::Supplementary, "16 550", "12 000", "0", "4 550", "4 550", "0"));
    let aap: Vec<_> = c.months[0].lines.iter().filter(|l| l.kind == "aap").collect();
    assert_eq!(aap.len(), 1);
    assert_eq!((aap[0].section, aap[0].rule, aap[0].amount), (Section::Income, Rule::IncomeCounted, kr("12 000")));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn t3_couple_with_children_barnetrygd_shielded() {
    let c = calc(&example("t3-par-med-barn.ron"));
    // Need: 13 100 (par) + 3 850 (Emma, 4 år) + 5 150 (Noah, 12 år) + 12 000 + 1 200 + 150 = 35 450.
    // Counted: 18 000 (lønn). Shielded: 3 276 (barnetrygd, from 2022-09-01). Result 17 450.
    assert_eq!(totals(&c), expect(Outcome::Supplementary, "35 450", "18 000", "3 276", "17 450", "17 450", "0"));
    assert_eq!(
        rate_lines(&c.months[0].lines),
        [("ektepar_samboere", kr("13 100")), ("barn_0_5", kr("3 850")), ("barn_11_17", kr("5 150"))]
    );
    let couple = c.months[0].lines.iter().find(|l| l.kind == "ektepar_samboere").expect("couple line");
    assert_eq!(couple.person, Some(PersonRef::Couple(0, 1)));
    let barnetrygd = c.months[0].lines.iter().find(|l| l.kind == "barnetrygd").expect("barnetrygd line");
    assert_eq!((barnetrygd.section, barnetrygd.rule), (Section::Shielded, Rule::BarnetrygdShieldedByLaw));
    assert!(c.warnings.is_empty(), "both children are assessed: {:?}", c.warnings);
}

#[test]
fn t4_childs_own_work_income_is_shielded() {
    let c = calc(&example("t4-par-med-barn-arbeidsinntekt.ron"));
    // As t3 (Noah is 16, still band 11-17); his 2 000 from a summer job is shielded too.
    assert_eq!(totals(&c), expect(Outcome::Supplementary, "35 450", "18 000", "5 276", "17 450", "17 450", "0"));
    let work = c.months[0].lines.iter().find(|l| l.kind == "barns_arbeidsinntekt").expect("child work line");
    assert_eq!((work.section, work.rule, work.amount), (Section::Shielded, Rule::ChildWorkShielded, kr("2 000")));
    assert_eq!(work.person, Some(PersonRef::Child(1)));
    // Same result as t3.
    assert_eq!(c.result, calc(&example("t3-par-med-barn.ron")).result);
}

#[test]
fn t5_income_above_need_gives_surplus() {
    let c = calc(&example("t5-enslig-overskudd.ron"));
    // 16 550 − 20 000 = −3 450: no entitlement, surplus 3 450.
    assert_eq!(totals(&c), expect(Outcome::None, "16 550", "20 000", "0", "−3 450", "0", "3 450"));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

// ---- Periods over several months ----

#[test]
fn rate_change_on_1_july_2023_splits_the_period() {
    let c = calc(&single_case(d(2023, 6, 1), d(2023, 7, 31)));
    assert_eq!(c.months.len(), 2);
    assert_eq!((c.months[0].from, c.months[0].to), (d(2023, 6, 1), d(2023, 6, 30)));
    assert_eq!((c.months[1].from, c.months[1].to), (d(2023, 7, 1), d(2023, 7, 31)));
    assert_eq!(set_date(&c, 0), d(2023, 1, 1));
    assert_eq!(set_date(&c, 1), d(2023, 7, 1));
    assert_eq!(c.rate_sets.len(), 2);
    assert_eq!(rate_lines(&c.months[0].lines), [("enslige", kr("6 850"))]);
    assert_eq!(rate_lines(&c.months[1].lines), [("enslige", kr("7 550"))]);
    // July 2023 raised a single person's livsopphold by 700.
    assert_eq!(c.months[1].need.checked_sub(c.months[0].need), Ok(kr("700")));
    assert_eq!(totals(&c), expect(Outcome::Full, "14 400", "0", "0", "14 400", "14 400", "0"));
}

/// A single parent with one child born on `birth`, over March-May 2024, the child assessed.
fn parent_with_child(birth: NaiveDate) -> Case {
    let mut case = single_case(d(2024, 3, 1), d(2024, 5, 31));
    let mut kid = child("Ola", birth);
    kid.needs.push(assessed(ChildNeed::Leisure));
    case.household.children.push(kid);
    case
}

fn child_bands(c: &Calculation) -> Vec<(&'static str, Money)> {
    c.months
        .iter()
        .map(|m| {
            let line = m.lines.iter().find(|l| l.person == Some(PersonRef::Child(0))).expect("child rate line");
            (line.kind, line.amount)
        })
        .collect()
}

#[test]
fn child_turning_6_on_14_march_is_6_10_from_april() {
    let c = calc(&parent_with_child(d(2018, 3, 14)));
    assert_eq!(child_bands(&c), [("barn_0_5", kr("3 850")), ("barn_6_10", kr("3 950")), ("barn_6_10", kr("3 950"))]);
    assert_eq!(
        c.notes,
        [Note::BandChange {
            child: 0,
            birthday: d(2024, 3, 14),
            band: Category::Child6To10,
            from_month: d(2024, 4, 1)
        }]
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn child_turning_6_on_1_april_is_6_10_from_april() {
    let c = calc(&parent_with_child(d(2018, 4, 1)));
    assert_eq!(child_bands(&c), [("barn_0_5", kr("3 850")), ("barn_6_10", kr("3 950")), ("barn_6_10", kr("3 950"))]);
    assert_eq!(
        c.notes,
        [Note::BandChange { child: 0, birthday: d(2024, 4, 1), band: Category::Child6To10, from_month: d(2024, 4, 1) }]
    );
}

#[test]
fn child_turning_6_on_2_april_is_6_10_from_may() {
    let c = calc(&parent_with_child(d(2018, 4, 2)));
    assert_eq!(child_bands(&c), [("barn_0_5", kr("3 850")), ("barn_0_5", kr("3 850")), ("barn_6_10", kr("3 950"))]);
    assert_eq!(
        c.notes,
        [Note::BandChange { child: 0, birthday: d(2024, 4, 2), band: Category::Child6To10, from_month: d(2024, 5, 1) }]
    );
}

#[test]
fn band_change_over_new_year_names_the_december_birthday() {
    // Turns 11 on 14 December 2023: band 11-17 from January 2024 (and a new rate set too).
    let mut case = parent_with_child(d(2012, 12, 14));
    case.period.from = d(2023, 12, 1);
    case.period.to = d(2024, 1, 31);
    let c = calc(&case);
    // December 2023: 3 800 (6-10, set 2023-07-01); January 2024: 5 150 (11-17, set 2024-01-01).
    assert_eq!(child_bands(&c), [("barn_6_10", kr("3 800")), ("barn_11_17", kr("5 150"))]);
    assert_eq!(
        c.notes,
        [Note::BandChange {
            child: 0,
            birthday: d(2023, 12, 14),
            band: Category::Child11To17,
            from_month: d(2024, 1, 1)
        }]
    );
}

#[test]
fn child_born_29_february_changes_band_from_march_in_a_common_year() {
    // Born 29.02.2016: in 2022 (no 29 February) the program counts the child as 6 from 1 March,
    // so the note must name 01.03.2022, not the birth date itself.
    let mut case = parent_with_child(d(2016, 2, 29));
    case.period.from = d(2022, 2, 1);
    case.period.to = d(2022, 3, 31);
    let c = calc(&case);
    // Set 2022-01-01: barn 0-5 3 200, barn 6-10 3 300.
    assert_eq!(child_bands(&c), [("barn_0_5", kr("3 200")), ("barn_6_10", kr("3 300"))]);
    assert_eq!(
        c.notes,
        [Note::BandChange { child: 0, birthday: d(2022, 3, 1), band: Category::Child6To10, from_month: d(2022, 3, 1) }]
    );
    let loc = utmaling::i18n::Localizer::new(utmaling::i18n::Lang::Nb);
    let text = utmaling::domain::explain::note_text(&loc, &case, &c, &c.notes[0]);
    assert_eq!(text, "Ola fyller 6 år 01.03.2022 — sats 6–10 år fra mars 2022.");
}

// ---- Pro rata: partial months and shared residence ----

#[test]
fn partial_month_is_pro_rata_by_calendar_days() {
    let c = calc(&single_case(d(2024, 3, 10), d(2024, 3, 31)));
    // 7 850 × 22/31 = 5 570,967… → 5 570,97 (øre, half up); paid 5 571 (kroner, half up).
    assert_eq!(totals(&c), expect(Outcome::Full, "5 570,97", "0", "0", "5 570,97", "5 571", "0"));
    let line = &c.months[0].lines[0];
    assert_eq!(line.base, kr("7 850"));
    assert_eq!(line.pro_rata, Some(ProRata { days: 22, days_in_month: 31, share_percent: 100 }));
    assert_eq!((c.months[0].from, c.months[0].to), (d(2024, 3, 10), d(2024, 3, 31)));
}

#[test]
fn partial_month_does_not_prorate_expenses_or_income() {
    let mut case = single_case(d(2024, 3, 10), d(2024, 3, 31));
    case.expenses.push(expense("husleie", kr("8 000")));
    case.incomes.push(income("jobb", Some("Søker"), kr("1 000")));
    let c = calc(&case);
    // 5 570,97 + 8 000 − 1 000
    assert_eq!(totals(&c), expect(Outcome::Supplementary, "13 570,97", "1 000", "0", "12 570,97", "12 571", "0"));
}

#[test]
fn february_in_a_leap_year_has_29_days() {
    let c = calc(&single_case(d(2024, 2, 15), d(2024, 2, 29)));
    // 7 850 × 15/29 = 4 060,344… → 4 060,34
    assert_eq!(c.need, kr("4 060,34"));
    assert_eq!(c.months[0].lines[0].pro_rata, Some(ProRata { days: 15, days_in_month: 29, share_percent: 100 }));
}

#[test]
fn share_percent_40_gives_40_percent_of_the_child_rate() {
    let mut case = single_case(d(2024, 3, 1), d(2024, 3, 31));
    let mut kid = child("Mia", d(2021, 1, 1));
    kid.share_percent = 40;
    kid.needs.push(assessed(ChildNeed::Contact));
    case.household.children.push(kid);
    let c = calc(&case);
    // Child 0-5 in 2024: 3 850 × 0,4 = 1 540,00; plus 7 850 for the parent.
    assert_eq!(rate_lines(&c.months[0].lines), [("enslige", kr("7 850")), ("barn_0_5", kr("1 540"))]);
    assert_eq!(c.months[0].lines[1].pro_rata, Some(ProRata { days: 31, days_in_month: 31, share_percent: 40 }));
    assert_eq!(totals(&c), expect(Outcome::Full, "9 390", "0", "0", "9 390", "9 390", "0"));
}

#[test]
fn share_and_partial_month_multiply() {
    let mut case = single_case(d(2024, 3, 10), d(2024, 3, 31));
    let mut kid = child("Mia", d(2021, 1, 1));
    kid.share_percent = 40;
    kid.needs.push(assessed(ChildNeed::Contact));
    case.household.children.push(kid);
    let c = calc(&case);
    // 3 850 × 22/31 × 40/100 = 1 092,903… → 1 092,90 (rounded once, not twice).
    assert_eq!(rate_lines(&c.months[0].lines), [("enslige", kr("5 570,97")), ("barn_0_5", kr("1 092,90"))]);
}

#[test]
fn share_percent_0_gives_no_child_rate() {
    let mut case = single_case(d(2024, 3, 1), d(2024, 3, 31));
    let mut kid = child("Mia", d(2021, 1, 1));
    kid.share_percent = 0;
    kid.needs.push(assessed(ChildNeed::Contact));
    case.household.children.push(kid);
    let c = calc(&case);
    assert_eq!(rate_lines(&c.months[0].lines), [("enslige", kr("7 850")), ("barn_0_5", Money::ZERO)]);
}

// ---- Barnetrygd before and after 1 September 2022 ----

/// A single parent with a 2-year-old and barnetrygd 1 676, August-September 2022.
fn barnetrygd_case() -> Case {
    let mut case = single_case(d(2022, 8, 1), d(2022, 9, 30));
    let mut kid = child("Emil", d(2020, 1, 1));
    kid.needs.push(assessed(ChildNeed::DaycareSfo));
    case.household.children.push(kid);
    case.incomes.push(income("barnetrygd", None, kr("1 676")));
    case
}

#[test]
fn barnetrygd_counted_before_2022_09_and_shielded_from_it() {
    let c = calc(&barnetrygd_case());
    // Set 2022-07-01: enslige 6 650 + barn 0-5 3 250 = 9 900 each month.
    // August: barnetrygd counted (default practice then): 9 900 − 1 676 = 8 224.
    // September: shielded by § 18 third paragraph: 9 900.
    let aug = &c.months[0];
    let sep = &c.months[1];
    assert_eq!(
        (aug.need, aug.income_counted, aug.income_shielded, aug.result),
        (kr("9 900"), kr("1 676"), Money::ZERO, kr("8 224"))
    );
    assert_eq!(
        (sep.need, sep.income_counted, sep.income_shielded, sep.result),
        (kr("9 900"), Money::ZERO, kr("1 676"), kr("9 900"))
    );
    let rule = |m: usize| c.months[m].lines.iter().find(|l| l.kind == "barnetrygd").map(|l| (l.section, l.rule));
    assert_eq!(rule(0), Some((Section::Income, Rule::BarnetrygdCountedByPolicy)));
    assert_eq!(rule(1), Some((Section::Shielded, Rule::BarnetrygdShieldedByLaw)));
    assert_eq!(c.barnetrygd_policy, BarnetrygdPolicy::Count);
    assert_eq!(c.notes, [Note::BarnetrygdCountedBeforeShield]);
    assert_eq!(totals(&c), expect(Outcome::Supplementary, "19 800", "1 676", "1 676", "18 124", "18 124", "0"));
}

#[test]
fn barnetrygd_before_2022_09_shielded_when_the_profile_says_so() {
    let mut book = book();
    let profile = r#"Profile(id: "testkommune", name: "Testkommune", barnetrygd_before_2022_09: Shield)"#;
    let parsed = parse_rates_file("testkommune.ron", profile).expect("profile parses");
    assert!(matches!(parsed, RatesFile::Profile(_)));
    book.add_file(std::path::Path::new("testkommune.ron"), parsed).expect("profile added");
    let mut case = barnetrygd_case();
    case.profile = Some("testkommune".to_string());
    let c = calculate(&case, &book).expect("calculates");
    let rule = |m: usize| c.months[m].lines.iter().find(|l| l.kind == "barnetrygd").map(|l| (l.section, l.rule));
    assert_eq!(rule(0), Some((Section::Shielded, Rule::BarnetrygdShieldedByPolicy)));
    assert_eq!(rule(1), Some((Section::Shielded, Rule::BarnetrygdShieldedByLaw)));
    assert_eq!(c.warnings, [Warning::BarnetrygdShieldedByPolicy { months: 1 }]);
    assert!(c.notes.is_empty(), "{:?}", c.notes);
    // The profile has no rates of its own: the state sets apply.
    assert_eq!(totals(&c), expect(Outcome::Full, "19 800", "0", "3 352", "19 800", "19 800", "0"));
}

#[test]
fn barnetrygd_from_abroad_is_counted_after_2022_09() {
    let mut case = single_case(d(2024, 3, 1), d(2024, 3, 31));
    case.incomes.push(income("barnetrygd_utland", None, kr("1 000")));
    let c = calc(&case);
    assert_eq!(c.income_counted, kr("1 000"));
    assert_eq!(c.months[0].lines[1].rule, Rule::ForeignBarnetrygdCounted);
}

// ---- The multi-month example ----

#[test]
fn m1_several_months_with_rate_and_band_change() {
    let c = calc(&example("m1-flere-maneder-satsendring.ron"));
    // Lina (single) and Sofie (born 14.06.2017), 10.05.2023–31.08.2023. Every month: rent accepted
    // 11 000 (applied 12 500), strøm 900, SFO granted 1 450; counted overgangsstønad 14 200 +
    // bostøtte 1 900 = 16 100; barnetrygd 1 766 shielded (after 2022-09-01).
    //
    // May (10.–31., 22/31 days, set 2023-01-01):
    //   enslige 6 850 × 22/31 = 4 861,29;  barn 0-5 3 350 × 22/31 = 2 377,42
    //   need 4 861,29 + 2 377,42 + 11 000 + 900 + 1 450 = 20 588,71;  result 4 488,71
    // June (set 2023-01-01; Sofie 5 on 1 June): 6 850 + 3 350 + 13 350 = 23 550;  result 7 450
    // July (set 2023-07-01; Sofie 6 on 1 July, band 6-10): 7 550 + 3 800 + 13 350 = 24 700;  result 8 600
    // August: as July, 24 700;  result 8 600
    // Period: need 93 538,71; counted 4 × 16 100 = 64 400; shielded 4 × 1 766 = 7 064;
    // result 29 138,71; paid 29 139 (rounded half up).
    assert_eq!(totals(&c), expect(Outcome::Supplementary, "93 538,71", "64 400", "7 064", "29 138,71", "29 139", "0"));
    let months: Vec<_> =
        c.months.iter().map(|m| (m.from, m.to, c.rate_sets[m.rate_set].effective, m.need, m.result)).collect();
    assert_eq!(
        months,
        [
            (d(2023, 5, 10), d(2023, 5, 31), d(2023, 1, 1), kr("20 588,71"), kr("4 488,71")),
            (d(2023, 6, 1), d(2023, 6, 30), d(2023, 1, 1), kr("23 550"), kr("7 450")),
            (d(2023, 7, 1), d(2023, 7, 31), d(2023, 7, 1), kr("24 700"), kr("8 600")),
            (d(2023, 8, 1), d(2023, 8, 31), d(2023, 7, 1), kr("24 700"), kr("8 600")),
        ]
    );
    assert_eq!(rate_lines(&c.months[0].lines), [("enslige", kr("4 861,29")), ("barn_0_5", kr("2 377,42"))]);
    assert_eq!(rate_lines(&c.months[1].lines), [("enslige", kr("6 850")), ("barn_0_5", kr("3 350"))]);
    assert_eq!(rate_lines(&c.months[2].lines), [("enslige", kr("7 550")), ("barn_6_10", kr("3 800"))]);
    let rent = c.months[0].lines.iter().find(|l| l.kind == "husleie").expect("rent line");
    assert_eq!((rent.amount, rent.base), (kr("11 000"), kr("12 500")));
    assert_eq!(
        c.notes,
        [Note::BandChange {
            child: 0,
            birthday: d(2023, 6, 14),
            band: Category::Child6To10,
            from_month: d(2023, 7, 1)
        }]
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

// ---- Edges of the rate table and warnings ----

#[test]
fn dates_before_2002_are_refused() {
    let err = calculate(&single_case(d(2001, 12, 1), d(2001, 12, 31)), &book()).expect_err("no rates before 2002");
    assert_eq!(err, CalcError::BeforeOldestSet { date: d(2001, 12, 1), oldest: d(2002, 1, 1) });
    // Starting before the oldest set is refused even when the period reaches into 2002.
    let err = calculate(&single_case(d(2001, 12, 15), d(2002, 1, 31)), &book()).expect_err("starts in 2001");
    assert!(matches!(err, CalcError::BeforeOldestSet { .. }), "{err:?}");
    // The first day with rates is fine: 4 000 for a single in January 2002.
    let c = calc(&single_case(d(2002, 1, 1), d(2002, 1, 31)));
    assert_eq!(c.need, kr("4 000"));
}

#[test]
fn years_2003_and_2005_keep_the_previous_sets() {
    let c = calc(&single_case(d(2003, 6, 1), d(2003, 6, 30)));
    assert_eq!((set_date(&c, 0), c.need), (d(2002, 1, 1), kr("4 000")));
    let c = calc(&single_case(d(2005, 6, 1), d(2005, 6, 30)));
    assert_eq!((set_date(&c, 0), c.need), (d(2004, 1, 1), kr("4 140")));
}

#[test]
fn period_after_the_newest_set_warns_and_uses_it() {
    let c = calc(&single_case(d(2025, 3, 1), d(2025, 3, 31)));
    assert_eq!(c.warnings, [Warning::NewerThanNewestSet { first_month: d(2025, 3, 1), used: 0 }]);
    assert_eq!(c.rate_sets[0].effective, d(2024, 1, 1));
    assert_eq!(c.need, kr("7 850"));
    // Over the new year the warning names the first month after the set's year, once.
    let c = calc(&single_case(d(2024, 11, 1), d(2025, 2, 28)));
    assert_eq!(c.warnings, [Warning::NewerThanNewestSet { first_month: d(2025, 1, 1), used: 0 }]);
    // Inside the newest set's year there is nothing to warn about.
    let c = calc(&single_case(d(2024, 12, 1), d(2024, 12, 31)));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn child_without_assessment_warns() {
    let mut case = single_case(d(2024, 3, 1), d(2024, 3, 31));
    case.household.children.push(child("Mia", d(2020, 5, 5)));
    case.household.children.push(child("Leo", d(2015, 5, 5)));
    case.household.children[1].needs.push(assessed(ChildNeed::School));
    let c = calc(&case);
    assert_eq!(c.warnings, [Warning::ChildNotAssessed { child: 0 }]);
    // The warning does not change the figures: 7 850 + 3 850 + 3 950.
    assert_eq!(c.need, kr("15 650"));
    // An expense for the child counts as an assessment.
    let mut sfo = expense("barnehage", kr("1 200"));
    sfo.child = Some("Mia".to_string());
    case.expenses.push(sfo);
    assert!(calc(&case).warnings.is_empty());
}

#[test]
fn couple_and_shared_housing_categories() {
    let mut case = single_case(d(2024, 3, 1), d(2024, 3, 31));
    case.household.living = Living::Couple;
    case.household.adults.push(common::adult("Partner"));
    assert_eq!(calc(&case).need, kr("13 100"));
    case.household.living = Living::SharedHousing;
    // Two adults in bofellesskap, each 6 600.
    assert_eq!(calc(&case).need, kr("13 200"));
}

// ---- Rounding, sets starting inside a month, children entering and leaving ----

#[test]
fn assistance_is_rounded_half_up_once_for_the_period() {
    let mut case = single_case(d(2024, 3, 1), d(2024, 3, 31));
    case.expenses.push(expense("strom", kr("700,50")));
    let c = calc(&case);
    // 7 850 + 700,50 = 8 550,50 → 8 551 (half up, not to even).
    assert_eq!(totals(&c), expect(Outcome::Full, "8 550,50", "0", "0", "8 550,50", "8 551", "0"));
    // Two such months: 17 101,00 → 17 101, not 2 × 8 551 (each month is not rounded on its own).
    case.period.to = d(2024, 4, 30);
    let c = calc(&case);
    assert_eq!(c.months.iter().map(|m| m.result).collect::<Vec<_>>(), [kr("8 550,50"), kr("8 550,50")]);
    assert_eq!(c.assistance, kr("17 101"));
}

#[test]
fn surplus_and_assistance_follow_the_month_results() {
    let mut case = single_case(d(2024, 3, 1), d(2024, 4, 30));
    case.incomes.push(income("jobb", Some("Søker"), kr("10 000")));
    let c = calc(&case);
    // Each month: 7 850 − 10 000 = −2 150.
    assert_eq!(totals(&c), expect(Outcome::None, "15 700", "20 000", "0", "−4 300", "0", "4 300"));
    case.incomes[0].amount = kr("5 000");
    let c = calc(&case);
    // Each month: 7 850 − 5 000 = 2 850.
    assert_eq!(totals(&c), expect(Outcome::Supplementary, "15 700", "10 000", "0", "5 700", "5 700", "0"));
}

#[test]
fn a_user_set_starting_mid_month_splits_the_month_by_days() {
    let mut book = book();
    let text = std::fs::read_to_string(common::manifest_dir().join("rates/2024-01-01.ron"))
        .expect("read 2024 set")
        .replace("effective: \"2024-01-01\"", "effective: \"2025-01-15\"")
        .replace("enslige: \"7850\"", "enslige: \"8150\"");
    let parsed = parse_rates_file("2025-01-15.ron", &text).expect("user set parses");
    book.add_file(std::path::Path::new("2025-01-15.ron"), parsed).expect("user set added");
    let c = calculate(&single_case(d(2025, 1, 1), d(2025, 1, 31)), &book).expect("calculates");
    // 1.–14. January at 7 850: 7 850 × 14/31 = 3 545,16; 15.–31. at 8 150: 8 150 × 17/31 = 4 469,35.
    let lines: Vec<_> = c.months[0].lines.iter().map(|l| (l.amount, l.pro_rata.map(|p| p.days))).collect();
    assert_eq!(lines, [(kr("3 545,16"), Some(14)), (kr("4 469,35"), Some(17))]);
    assert_eq!(c.need, kr("8 014,51"));
    assert_eq!(c.rate_sets.iter().map(|s| s.effective).collect::<Vec<_>>(), [d(2024, 1, 1), d(2025, 1, 15)]);
    // The user set is the newest, and the period is in its year: no warning.
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn child_born_during_the_period_counts_from_the_next_month() {
    let mut case = parent_with_child(d(2024, 3, 10));
    case.period.from = d(2024, 3, 1);
    case.period.to = d(2024, 4, 30);
    let c = calc(&case);
    assert_eq!(rate_lines(&c.months[0].lines), [("enslige", kr("7 850"))]);
    assert_eq!(rate_lines(&c.months[1].lines), [("enslige", kr("7 850")), ("barn_0_5", kr("3 850"))]);
    assert_eq!(c.warnings, [Warning::ChildBornDuringPeriod { child: 0, from_month: d(2024, 4, 1) }]);
}

#[test]
fn child_turning_18_gets_no_child_rate_from_the_next_month() {
    // Turns 18 on 15 April 2024: 11-17 in March and April, no child rate from May.
    let c = calc(&parent_with_child(d(2006, 4, 15)));
    let per_month: Vec<_> = c.months.iter().map(|m| rate_lines(&m.lines)).collect();
    assert_eq!(
        per_month,
        [
            vec![("enslige", kr("7 850")), ("barn_11_17", kr("5 150"))],
            vec![("enslige", kr("7 850")), ("barn_11_17", kr("5 150"))],
            vec![("enslige", kr("7 850"))],
        ]
    );
    assert_eq!(c.warnings, [Warning::ChildTurns18 { child: 0, from_month: d(2024, 5, 1) }]);
}
