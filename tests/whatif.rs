//! What-if: break-even income, scenario presets and the line-by-line comparison.

mod common;

use common::{book, d, example, kr};
use utmaling::domain::calc::{Rule, Section};
use utmaling::domain::rates::Category;
use utmaling::domain::whatif::{
    Side, Total, around_rate_change, break_even, compare, nearest_rate_change, next_month, with_extra_income,
    with_job_income, with_profile,
};
use utmaling::domain::{Money, Outcome, calculate};

const EXAMPLES: [(&str, &str); 5] = [
    ("t1-enslig-full.ron", "16550"),
    ("t2-enslig-aap-supplerende.ron", "16550"),
    ("t3-par-med-barn.ron", "35450"),
    ("t4-par-med-barn-arbeidsinntekt.ron", "35450"),
    ("t5-enslig-overskudd.ron", "16550"),
];

#[test]
fn break_even_equals_the_need_for_t1_to_t5() {
    let book = book();
    for (file, need) in EXAMPLES {
        let case = example(file);
        let calc = calculate(&case, &book).expect("example calculates");
        let be = break_even(&case, &book).expect("break-even");
        assert_eq!(be.months.len(), 1, "{file}");
        let month = be.summary();
        assert_eq!(month.need, kr(need), "{file}");
        assert_eq!(month.income, kr(need), "{file}: break-even equals the need");
        assert_eq!(month.counted, calc.income_counted, "{file}");
        // One krone less assistance per krone of counted income, checked on the engine.
        let gap = month.income.checked_sub(month.counted).expect("gap");
        if gap.is_positive() {
            let at = calculate(&with_extra_income(&case, "jobb", gap), &book).expect("at break-even");
            assert_eq!(at.result, Money::ZERO, "{file}");
            assert_eq!(at.assistance, Money::ZERO, "{file}");
            assert_eq!(at.outcome, Outcome::None, "{file}");
            let below = gap.checked_sub(kr("1")).expect("1 kr less");
            let below = calculate(&with_extra_income(&case, "jobb", below), &book).expect("1 kr below");
            assert_eq!(below.assistance, kr("1"), "{file}: 1 kr less income, 1 kr to pay");
        }
    }
}

#[test]
fn break_even_headroom_is_the_amount_to_pay_or_minus_the_surplus() {
    let book = book();
    let t2 = break_even(&example("t2-enslig-aap-supplerende.ron"), &book).expect("T2");
    assert_eq!(t2.summary().counted, kr("12000"));
    assert_eq!(t2.summary().headroom(), kr("4550"));
    let t5 = break_even(&example("t5-enslig-overskudd.ron"), &book).expect("T5");
    assert_eq!(t5.summary().counted, kr("20000"));
    assert_eq!(t5.summary().headroom(), kr("-3450"));
}

#[test]
fn break_even_per_month_for_a_multi_month_case() {
    let book = book();
    let case = example("m1-flere-maneder-satsendring.ron");
    let calc = calculate(&case, &book).expect("M1");
    let be = break_even(&case, &book).expect("M1 break-even");
    assert_eq!(be.months.len(), calc.months.len());
    for (m, month) in be.months.iter().zip(&calc.months) {
        assert_eq!(m.from, month.from);
        assert_eq!(m.income, month.need.checked_sub(month.reductions).expect("need − reductions"));
    }
    // The summary month is the one with the highest break-even; July has the raised rates.
    let highest = be.months.iter().map(|m| m.income).max().expect("months");
    assert_eq!(be.summary().income, highest);
    assert!(be.summary().from >= d(2023, 7, 1), "{:?}", be.summary());
}
