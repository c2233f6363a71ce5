//! The data behind the charts, with exact figures from the example cases (assets/examples) and
//! the rate history (docs/rates-history.md).

mod common;

use common::{book, d, example, kr, nb};
use utmaling::domain::calculate;
use utmaling::domain::chart_data::{
    AssistanceCurve, CurvePoint, NeedPart, assistance_curve, month_results, month_rows, need_split, rate_series,
    rates_sentences,
};
use utmaling::domain::money::Money;
use utmaling::domain::rates::Category;
use utmaling::i18n::{Lang, Localizer};

fn curve(name: &str) -> AssistanceCurve {
    assistance_curve(&example(name), &book()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn points(curve: &AssistanceCurve) -> Vec<(Money, Money)> {
    curve.points.iter().map(|p| (p.income, p.assistance)).collect()
}

fn k(n: i64) -> Money {
    Money::kroner(n)
}

#[test]
fn break_even_equals_the_need_for_t1_to_t5() {
    for (name, need) in [
        ("t1-enslig-full.ron", 16_550),
        ("t2-enslig-aap-supplerende.ron", 16_550),
        ("t3-par-med-barn.ron", 35_450),
        ("t4-par-med-barn-arbeidsinntekt.ron", 35_450),
        ("t5-enslig-overskudd.ron", 16_550),
    ] {
        let c = curve(name);
        assert_eq!(c.break_even, k(need), "{name}");
        assert_eq!(c.months, 1, "{name}");
        // One krone less assistance per krone of counted income.
        assert_eq!(c.first_slope(), k(1), "{name}");
        assert_eq!(c.points.first(), Some(&CurvePoint { income: Money::ZERO, assistance: k(need) }), "{name}");
        assert_eq!(c.assistance_at(k(need)), Money::ZERO, "{name}");
        assert_eq!(c.assistance_at(k(need - 1)), k(1), "{name}");
    }
}

#[test]
fn t1_to_t5_curves_point_by_point() {
    assert_eq!(points(&curve("t1-enslig-full.ron")), vec![(k(0), k(16_550)), (k(16_550), k(0)), (k(20_000), k(0))]);
    let t2 = curve("t2-enslig-aap-supplerende.ron");
    assert_eq!((t2.current_income, t2.current_assistance), (k(12_000), k(4_550)));
    assert_eq!(points(&t2), vec![(k(0), k(16_550)), (k(12_000), k(4_550)), (k(16_550), k(0)), (k(20_000), k(0))]);
    let t3 = curve("t3-par-med-barn.ron");
    // Barnetrygd (3 276) is shielded and stays out of the income axis.
    assert_eq!((t3.current_income, t3.current_assistance), (k(18_000), k(17_450)));
    assert_eq!(t3.end, k(43_000));
    assert_eq!(points(&t3), vec![(k(0), k(35_450)), (k(18_000), k(17_450)), (k(35_450), k(0)), (k(43_000), k(0))]);
    assert_eq!(t3.assistance_at(k(25_000)), k(10_450));
    // T4: the child's own summer-job income is shielded too; the same curve as T3.
    assert_eq!(points(&curve("t4-par-med-barn-arbeidsinntekt.ron")), points(&t3));
    let t5 = curve("t5-enslig-overskudd.ron");
    assert_eq!((t5.current_income, t5.current_assistance), (k(20_000), k(0)));
    assert_eq!(points(&t5), vec![(k(0), k(16_550)), (k(16_550), k(0)), (k(20_000), k(0)), (k(24_000), k(0))]);
}

#[test]
fn m1_curve_bends_where_each_month_is_covered() {
    let m1 = curve("m1-flere-maneder-satsendring.ron");
    assert_eq!(m1.months, 4);
    // Overgangsstønad 14 200 + bostøtte 1 900; barnetrygd is shielded.
    assert_eq!((m1.current_income, m1.current_assistance), (k(16_100), k(29_139)));
    // May (22 of 31 days) needs 20 588,71, June 23 550, July and August 24 700 each.
    assert_eq!(m1.break_even, k(24_700));
    assert_eq!(
        points(&m1),
        vec![
            (k(0), k(93_539)),
            (k(16_100), k(29_139)),
            (kr("20588,71"), k(11_184)),
            (k(23_550), k(2_300)),
            (k(24_700), k(0)),
            (k(30_000), k(0)),
        ]
    );
    assert_eq!(m1.first_slope(), k(4));
}

#[test]
fn curve_sentences_in_three_languages() {
    let t3 = curve("t3-par-med-barn.ron");
    assert_eq!(
        t3.sentence(&Localizer::new(Lang::Nb)),
        nb("Stønaden synker med 1 kr for hver krone husstanden får i netto inntekt, og blir 0 ved inntekt over \
            35 450 kr i måneden. Nå: inntekt 18 000 kr, stønad 17 450 kr.")
    );
    assert_eq!(
        t3.sentence(&Localizer::new(Lang::Nn)),
        nb("Stønaden søkk med 1 kr for kvar krone hushaldet får i netto inntekt, og blir 0 ved inntekt over \
            35 450 kr i månaden. No: inntekt 18 000 kr, stønad 17 450 kr.")
    );
    assert_eq!(
        t3.sentence(&Localizer::new(Lang::En)),
        nb("The assistance falls by 1 kr for each krone of net income the household receives, and reaches 0 at an \
            income above 35 450 kr a month. Now: income 18 000 kr, assistance 17 450 kr.")
    );
    assert_eq!(
        curve("m1-flere-maneder-satsendring.ron").sentence(&Localizer::new(Lang::Nb)),
        nb("Stønaden for hele perioden (4 måneder) synker med inntil 4 kr for hver krone i netto inntekt per \
            måned, og blir 0 ved inntekt over 24 700 kr i måneden. Nå: inntekt 16 100 kr i måneden, stønad \
            29 139 kr for perioden.")
    );
}

#[test]
fn need_split_t1_t3_m1() {
    let b = book();
    let split = |name: &str| {
        let calc = calculate(&example(name), &b).unwrap_or_else(|e| panic!("{name}: {e}"));
        need_split(&calc).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let t1 = split("t1-enslig-full.ron");
    assert_eq!(
        t1.parts,
        [
            (NeedPart::Living, k(7_850)),
            (NeedPart::Housing, k(8_700)),
            (NeedPart::Children, k(0)),
            (NeedPart::Other, k(0))
        ]
    );
    assert_eq!(t1.total, k(16_550));
    // T3: couple rate 13 100; rent, electricity and contents insurance; rates 3 850 + 5 150.
    let t3 = split("t3-par-med-barn.ron");
    assert_eq!(
        t3.parts,
        [
            (NeedPart::Living, k(13_100)),
            (NeedPart::Housing, k(13_350)),
            (NeedPart::Children, k(9_000)),
            (NeedPart::Other, k(0))
        ]
    );
    let rows = t3.rows(&Localizer::new(Lang::Nb));
    let expected: Vec<(String, String)> = [
        ("Livsopphold", "13 100 kr (37 %)"),
        ("Bolig", "13 350 kr (38 %)"),
        ("Barn", "9 000 kr (25 %)"),
        ("Annet", "0 kr (0 %)"),
        ("Sum behov", "35 450 kr"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), nb(b)))
    .collect();
    assert_eq!(rows, expected);
    // M1 over the whole period: May's rates pro rata (22/31), the SFO need granted each month.
    let m1 = split("m1-flere-maneder-satsendring.ron");
    assert_eq!(
        m1.parts,
        [
            (NeedPart::Living, kr("26811,29")),
            (NeedPart::Housing, k(47_600)),
            (NeedPart::Children, kr("19127,42")),
            (NeedPart::Other, k(0))
        ]
    );
    assert_eq!((m1.total, m1.months), (kr("93538,71"), 4));
}

#[test]
fn m1_result_per_month() {
    let calc = calculate(&example("m1-flere-maneder-satsendring.ron"), &book()).expect("M1 calculates");
    let months = month_results(&calc);
    let figures: Vec<_> = months.iter().map(|m| (m.from, m.need, m.income, m.result)).collect();
    assert_eq!(
        figures,
        vec![
            (d(2023, 5, 10), kr("20588,71"), k(16_100), kr("4488,71")),
            (d(2023, 6, 1), k(23_550), k(16_100), k(7_450)),
            (d(2023, 7, 1), k(24_700), k(16_100), k(8_600)),
            (d(2023, 8, 1), k(24_700), k(16_100), k(8_600)),
        ]
    );
    let rows = month_rows(&Localizer::new(Lang::Nb), &months);
    assert_eq!(
        rows[0],
        ["mai 2023 (10.05.2023–31.05.2023)".to_string(), nb("20 589 kr"), nb("16 100 kr"), nb("4 489 kr")]
    );
    assert_eq!(rows[3], ["august 2023".to_string(), nb("24 700 kr"), nb("16 100 kr"), nb("8 600 kr")]);
    // A surplus month says so.
    let t5 = calculate(&example("t5-enslig-overskudd.ron"), &book()).expect("T5 calculates");
    let rows = month_rows(&Localizer::new(Lang::Nb), &month_results(&t5));
    assert_eq!(rows[0][3], nb("overskudd 3 450 kr"));
}

#[test]
fn rates_over_time_match_the_history() {
    let series = rate_series(&book());
    assert_eq!(series.iter().map(|s| s.category).collect::<Vec<_>>(), Category::ALL.to_vec());
    let single = &series[0];
    // docs/rates-history.md: 4 000 from 2002, 2003 unchanged, 6 850 in the first half of 2023,
    // 7 550 from July 2023 (+10 %), 7 850 from 2024.
    for (date, amount) in [
        (d(2002, 1, 1), 4_000),
        (d(2003, 6, 1), 4_000),
        (d(2009, 12, 31), 5_105),
        (d(2016, 5, 1), 5_600),
        (d(2023, 6, 30), 6_850),
        (d(2023, 7, 1), 7_550),
        (d(2024, 3, 1), 7_850),
    ] {
        assert_eq!(single.amount_on(date), Some(k(amount)), "Enslige on {date}");
    }
    assert_eq!(single.amount_on(d(2001, 12, 31)), None);
    // The 2020-09 and 2021-09 sets changed only Barn 0–5: no step for the single rate there.
    assert!(!single.steps.iter().any(|s| s.from == d(2020, 9, 1) || s.from == d(2021, 9, 1)));
    assert_eq!(single.steps.len(), 19);
    let small_children = &series[3];
    assert_eq!(small_children.amount_on(d(2020, 8, 31)), Some(k(2_450)));
    assert_eq!(small_children.amount_on(d(2020, 9, 1)), Some(k(2_750)));
    assert_eq!(small_children.amount_on(d(2021, 9, 1)), Some(k(3_150)));
    assert_eq!(small_children.steps.len(), 21);
    assert_eq!(series[1].amount_on(d(2023, 7, 1)), Some(k(12_600)));
    assert_eq!(series[5].amount_on(d(2022, 7, 1)), Some(k(4_400)));
    let sentences = rates_sentences(&Localizer::new(Lang::Nb), &series);
    assert_eq!(sentences[0], nb("Enslige: 4 000 kr fra 01.01.2002, 7 850 kr fra 01.01.2024 (+96 %), 18 endringer."));
    assert_eq!(
        sentences[3],
        nb("Barn 0–5 år: 1 530 kr fra 01.01.2002, 3 850 kr fra 01.01.2024 (+152 %), 20 endringer.")
    );
}

#[test]
fn a_reduction_lowers_the_break_even_and_a_household_without_need_says_so() {
    use utmaling::domain::case::Reduction;
    let b = book();
    let mut t2 = example("t2-enslig-aap-supplerende.ron");
    t2.reductions.push(Reduction { amount: k(1_000), reason: "Brudd på vilkår".into() });
    let c = assistance_curve(&t2, &b).expect("T2 with a reduction");
    assert_eq!((c.break_even, c.current_assistance), (k(15_550), k(3_550)));
    // Reductions as large as the need: nothing to pay at any income.
    t2.reductions[0].amount = k(16_550);
    let c = assistance_curve(&t2, &b).expect("T2 with a full reduction");
    assert_eq!(c.break_even, Money::ZERO);
    assert!(c.points.iter().all(|p| p.assistance.is_zero()));
    assert_eq!(
        c.sentence(&Localizer::new(Lang::Nb)),
        nb("Husstanden har ikke behov for stønad, heller ikke uten inntekt. Nå: inntekt 12 000 kr i måneden.")
    );
}
