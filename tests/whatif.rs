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

/// A book with a fictional municipality whose own rates from 2024 are 500 kr above the state's
/// for a single person.
fn book_with_profile() -> utmaling::domain::RateBook {
    let mut book = book();
    let text = r#"Profile(
        id: "testby",
        name: "Testby kommune",
        rates: [(
            effective: "2024-01-01",
            rates: (enslige: "8350", ektepar_samboere: "13600", bofellesskap: "7100",
                    barn_0_5: "3850", barn_6_10: "3950", barn_11_17: "5150"),
            note: "kommunens egne satser",
            status: Unverified,
            published: "fiktivt eksempel",
        )],
    )"#;
    let parsed = utmaling::domain::rates::parse_rates_file("testby.ron", text).expect("profile parses");
    book.add_file(std::path::Path::new("testby.ron"), parsed).expect("profile added");
    book
}

fn rate_row(cmp: &utmaling::domain::whatif::Comparison, category: Category) -> &utmaling::domain::whatif::CompareRow {
    cmp.rows.iter().find(|r| r.key.rule == Rule::Rate(category)).unwrap_or_else(|| panic!("row {category:?}"))
}

#[test]
fn next_month_moves_a_child_who_turned_6_to_band_6_10() {
    let book = book();
    let mut a = example("t3-par-med-barn.ron");
    // Emma turns 6 on 20 March 2024: 5 on 1 March (band 0–5), 6 on 1 April (band 6–10).
    a.household.children[0].birth_date = d(2018, 3, 20);
    let b = next_month(&a).expect("April 2024");
    assert_eq!((b.period.from, b.period.to), (d(2024, 4, 1), d(2024, 4, 30)));
    let calc_a = calculate(&a, &book).expect("March");
    let calc_b = calculate(&b, &book).expect("April");
    let cmp = compare((&a, &calc_a), (&b, &calc_b));
    let young = rate_row(&cmp, Category::Child0To5);
    assert_eq!((young.a, young.b, young.difference), (Some(kr("3850")), None, kr("-3850")));
    assert_eq!(young.key.person.as_deref(), Some("Emma"));
    let older = rate_row(&cmp, Category::Child6To10);
    assert_eq!((older.a, older.b, older.difference), (None, Some(kr("3950")), kr("3950")));
    assert_eq!(older.side, Side::B);
    // The new band sits right after the old one for the same child.
    let position = |c: Category| cmp.rows.iter().position(|r| r.key.rule == Rule::Rate(c)).expect("row");
    assert_eq!(position(Category::Child6To10), position(Category::Child0To5) + 1);
    // Everything else is the same line with no difference.
    let couple = rate_row(&cmp, Category::Couple);
    assert_eq!((couple.a, couple.b, couple.difference), (Some(kr("13100")), Some(kr("13100")), Money::ZERO));
    assert_eq!(cmp.total_difference(Total::Need), kr("100"));
    assert_eq!((cmp.a.assistance, cmp.b.assistance), (kr("17450"), kr("17550")));
    assert_eq!(cmp.assistance_difference(), kr("100"));
}

#[test]
fn next_month_keeps_the_last_day_of_the_month() {
    let mut case = example("t1-enslig-full.ron");
    case.period.from = d(2024, 1, 15);
    case.period.to = d(2024, 1, 31);
    let next = next_month(&case).expect("next");
    assert_eq!((next.period.from, next.period.to), (d(2024, 2, 15), d(2024, 2, 29)));
}

#[test]
fn july_2023_raises_a_singles_livsopphold_by_700() {
    let book = book();
    let mut case = example("t1-enslig-full.ron");
    case.period.from = d(2023, 6, 1);
    case.period.to = d(2023, 6, 30);
    assert_eq!(nearest_rate_change(&case, &book), Some(d(2023, 7, 1)));
    let change = around_rate_change(&case, &book).expect("a rate change");
    assert_eq!(change.date, d(2023, 7, 1));
    assert_eq!((change.before.period.from, change.before.period.to), (d(2023, 6, 1), d(2023, 6, 30)));
    assert_eq!((change.after.period.from, change.after.period.to), (d(2023, 7, 1), d(2023, 7, 31)));
    let before = calculate(&change.before, &book).expect("June 2023");
    let after = calculate(&change.after, &book).expect("July 2023");
    let cmp = compare((&change.before, &before), (&change.after, &after));
    let single = rate_row(&cmp, Category::Single);
    assert_eq!((single.a, single.b, single.difference), (Some(kr("6850")), Some(kr("7550")), kr("700")));
    // Rent and electricity are unchanged; the amount to pay rises by the same 700.
    assert!(
        cmp.section(Section::Need)
            .filter(|r| r.key.rule != Rule::Rate(Category::Single))
            .all(|r| r.difference.is_zero())
    );
    assert_eq!((cmp.a.assistance, cmp.b.assistance), (kr("15550"), kr("16250")));
    assert_eq!(cmp.assistance_difference(), kr("700"));
}

#[test]
fn a_60_percent_job_income_lowers_the_amount_to_pay_krone_for_krone() {
    let book = book();
    let a = example("t3-par-med-barn.ron");
    // 60 % of a 22 000 kr net full-time wage.
    let b = with_job_income(&a, kr("13200"));
    let calc_a = calculate(&a, &book).expect("T3");
    let calc_b = calculate(&b, &book).expect("T3 with job");
    let cmp = compare((&a, &calc_a), (&b, &calc_b));
    let job: Vec<_> = cmp.section(Section::Income).collect();
    assert_eq!(job.len(), 2, "{job:?}");
    assert_eq!((job[0].a, job[0].b, job[0].difference), (Some(kr("18000")), Some(kr("18000")), Money::ZERO));
    assert_eq!(job[0].key.person.as_deref(), Some("Kari"));
    assert_eq!((job[1].a, job[1].b, job[1].difference), (None, Some(kr("13200")), kr("13200")));
    assert_eq!(job[1].key.kind, "jobb");
    assert_eq!((cmp.a.outcome, cmp.b.outcome), (Outcome::Supplementary, Outcome::Supplementary));
    assert_eq!((cmp.a.assistance, cmp.b.assistance), (kr("17450"), kr("4250")));
    assert_eq!(cmp.assistance_difference(), kr("-13200"));
    assert_eq!(cmp.total_difference(Total::IncomeCounted), kr("13200"));
    // Past the break-even the outcome turns: 17 450 more makes the household self-supporting.
    let c = with_job_income(&a, kr("17450"));
    let calc_c = calculate(&c, &book).expect("T3 at break-even");
    let cmp = compare((&a, &calc_a), (&c, &calc_c));
    assert_eq!((cmp.b.outcome, cmp.b.assistance), (Outcome::None, Money::ZERO));
}

#[test]
fn state_against_municipal_rates() {
    let book = book_with_profile();
    let a = example("t1-enslig-full.ron");
    let b = with_profile(&a, Some("testby"));
    let calc_a = calculate(&a, &book).expect("state");
    let calc_b = calculate(&b, &book).expect("municipal");
    let cmp = compare((&a, &calc_a), (&b, &calc_b));
    let single = rate_row(&cmp, Category::Single);
    assert_eq!((single.a, single.b, single.difference), (Some(kr("7850")), Some(kr("8350")), kr("500")));
    assert_eq!(cmp.a.profile, None);
    assert_eq!(cmp.b.profile.as_deref(), Some("Testby kommune"));
    assert_eq!(cmp.assistance_difference(), kr("500"));
    // And back: the profile removed gives the state rates again.
    assert_eq!(with_profile(&b, None), a);
}

#[test]
fn the_nearest_rate_change_may_lie_before_the_period() {
    let book = book();
    let mut case = example("t1-enslig-full.ron");
    case.period.from = d(2024, 2, 1);
    case.period.to = d(2024, 2, 29);
    let change = around_rate_change(&case, &book).expect("change");
    assert_eq!(change.date, d(2024, 1, 1));
    assert_eq!(change.before.period.from, d(2023, 12, 1));
    let before = calculate(&change.before, &book).expect("December 2023");
    let after = calculate(&change.after, &book).expect("January 2024");
    let cmp = compare((&change.before, &before), (&change.after, &after));
    assert_eq!(rate_row(&cmp, Category::Single).difference, kr("300"));
}

#[test]
fn the_break_even_sentence_in_the_result_and_the_printed_explanation() {
    use utmaling::domain::report::Report;
    use utmaling::domain::whatif::{BreakEven, break_even_sentence};
    use utmaling::i18n::{Lang, Localizer};
    let book = book();
    let nb = Localizer::new(Lang::Nb);
    let case = example("t3-par-med-barn.ron");
    let calc = calculate(&case, &book).expect("T3");
    let be = break_even(&case, &book).expect("T3");
    assert_eq!(Some(&be), BreakEven::from_calculation(&calc).as_ref(), "the engine check agrees with the totals");
    let sentence = "Husstanden er selvforsørget ved netto inntekt over 35\u{a0}450\u{a0}kr per måned.";
    assert_eq!(break_even_sentence(&nb, &be), sentence);
    let report = Report::build(&case, &calc, &nb, d(2024, 4, 2), "0.1.0");
    assert_eq!(report.outcome.break_even, sentence);
    let text = report.to_text();
    let explanation = text.find(&report.outcome.explanation).expect("explanation in the text");
    assert!(text[explanation..].starts_with(&format!("{}\n{sentence}\n", report.outcome.explanation)), "{text}");
    let nn = break_even_sentence(&Localizer::new(Lang::Nn), &be);
    assert_eq!(nn, "Hushaldet er sjølvforsørgt ved netto inntekt over 35\u{a0}450\u{a0}kr per månad.");
    let en = break_even_sentence(&Localizer::new(Lang::En), &be);
    assert_eq!(en, "The household is self-supporting at a net income above 35\u{a0}450\u{a0}kr a month.");
    // Several months: the highest month, named.
    let m1 = example("m1-flere-maneder-satsendring.ron");
    let be = break_even(&m1, &book).expect("M1");
    let highest = be.summary();
    assert!(!be.is_uniform());
    // July 2023: 7 550 (single) + 3 800 (Sofie, 6–10) + 11 000 rent + 900 electricity + 1 450 SFO;
    // August the same, so the first of the two is named.
    assert_eq!((highest.from, highest.income), (d(2023, 7, 1), kr("24700")));
    assert_eq!(
        break_even_sentence(&nb, &be),
        "Husstanden er selvforsørget i hele perioden ved netto inntekt over 24\u{a0}700\u{a0}kr per måned \
         (grensen er høyest i juli 2023)."
    );
}

fn t3_with_job_report(lang: utmaling::i18n::Lang) -> utmaling::domain::whatif::CompareReport {
    use utmaling::domain::whatif::{CompareReport, Scenario};
    use utmaling::i18n::Localizer;
    let book = book();
    let a = example("t3-par-med-barn.ron");
    let b = with_job_income(&a, kr("13200"));
    let calc_a = calculate(&a, &book).expect("A");
    let calc_b = calculate(&b, &book).expect("B");
    let loc = Localizer::new(lang);
    let changes = [loc.t1("compare-change-job", "amount", kr("13200").format_kroner())];
    CompareReport::build(
        &Scenario { name: loc.t("compare-scenario-a"), case: &a, calc: &calc_a },
        &Scenario { name: loc.t("compare-scenario-b"), case: &b, calc: &calc_b },
        &changes,
        &loc,
        d(2024, 4, 2),
        "0.1.0",
    )
}

#[test]
fn the_printed_comparison_model_and_text() {
    let r = t3_with_job_report(utmaling::i18n::Lang::Nb);
    assert_eq!(r.title, "Sammenligning av to beregninger");
    assert_eq!(r.scenarios[0].name, "A: saken nå");
    assert_eq!(r.scenarios[0].facts[2].value, "2 voksne, 2 barn");
    assert_eq!(r.scenarios[1].facts[3].value, "31\u{a0}200,00\u{a0}kr");
    assert_eq!(r.changes.as_deref(), Some("Endret i B: 13\u{a0}200\u{a0}kr arbeidsinntekt lagt til"));
    let income = r.groups.iter().find(|g| g.heading == "Inntekt som regnes med").expect("income group");
    let job = income.lines.last().expect("the new job income");
    assert_eq!(
        (job.label.as_str(), job.a.as_str(), job.b.as_str(), job.difference.as_str()),
        ("Lønn (netto)", "—", "13\u{a0}200,00\u{a0}kr", "+13\u{a0}200\u{a0}kr")
    );
    assert!(job.changed);
    let to_pay = &r.outcome[1];
    assert_eq!(
        (to_pay.a.as_str(), to_pay.b.as_str(), to_pay.difference.as_str()),
        ("17\u{a0}450\u{a0}kr", "4\u{a0}250\u{a0}kr", "\u{2212}13\u{a0}200\u{a0}kr")
    );
    assert_eq!(r.conclusion, "B gir 13\u{a0}200\u{a0}kr mindre å utbetale enn A.");
    assert_eq!(r.break_even.len(), 2);
    assert!(r.break_even[1].starts_with("B: Husstanden er selvforsørget"), "{:?}", r.break_even);
    let text = r.to_text();
    assert!(text.contains("B gir 13\u{a0}200\u{a0}kr mindre å utbetale enn A."), "{text}");
    assert!(text.contains("* Lønn (netto)"), "{text}");
    // English has no Norwegian left in the words it owns.
    let en = t3_with_job_report(utmaling::i18n::Lang::En);
    assert_eq!(en.conclusion, "B gives 13\u{a0}200\u{a0}kr less to pay than A.");
    assert_eq!(en.columns, ["Item", "A", "B", "Difference"]);
}

#[cfg(feature = "pdf")]
#[test]
fn the_printed_comparison_is_a_one_page_pdf_with_the_figures() {
    let r = t3_with_job_report(utmaling::i18n::Lang::Nb);
    let pages = utmaling::pdf::compare_page_count(&r, d(2024, 4, 2)).expect("layout");
    assert_eq!(pages, 1);
    let bytes = utmaling::pdf::render_compare_pdf(&r, d(2024, 4, 2)).expect("PDF");
    assert!(bytes.starts_with(b"%PDF-"));
    let dir = common::TempDir::new("compare-pdf");
    let path = dir.write("sammenligning.pdf", "");
    std::fs::write(&path, &bytes).expect("write PDF");
    if let Ok(keep) = std::env::var("UTMALING_KEEP_COMPARE_PDF") {
        std::fs::write(keep, &bytes).expect("keep a copy of the PDF");
    }
    let output = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", path.to_str().expect("path"), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    let text = String::from_utf8_lossy(&output.stdout).replace('\u{a0}', " ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Sammenligning av to beregninger",
        "A: saken nå",
        "B: scenario",
        "13 200,00 kr",
        "+13 200 kr",
        "17 450 kr",
        "4 250 kr",
        "B gir 13 200 kr mindre å utbetale enn A.",
        "Husstanden er selvforsørget ved netto inntekt over 35 450 kr per måned.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the PDF:\n{text}");
    }
}

#[test]
fn a_multi_month_comparison_sums_the_period_and_keeps_rate_lines_first() {
    let book = book();
    let a = example("m1-flere-maneder-satsendring.ron");
    let b = with_job_income(&a, kr("5000"));
    let calc_a = calculate(&a, &book).expect("M1");
    let calc_b = calculate(&b, &book).expect("M1 with job");
    let cmp = compare((&a, &calc_a), (&b, &calc_b));
    let need: Vec<_> = cmp.section(Section::Need).map(|r| r.key.rule).collect();
    assert_eq!(
        &need[..3],
        [Rule::Rate(Category::Single), Rule::Rate(Category::Child0To5), Rule::Rate(Category::Child6To10)]
    );
    // Four months of 5 000 kr.
    let job = cmp.section(Section::Income).last().expect("job row");
    assert_eq!((job.a, job.b), (None, Some(kr("20000"))));
    // May (22 of 31 days) had 4 488,71 kr; 5 000 more turns it into a surplus of 511,29 kr, so
    // the amount to pay falls by less than the 20 000: 29 139 (4 488,71 + 7 450 + 8 600 + 8 600)
    // against 9 650 (2 450 + 3 600 + 3 600).
    assert_eq!(calc_b.months[0].result, kr("-511,29"));
    assert_eq!((cmp.a.assistance, cmp.b.assistance), (kr("29139"), kr("9650")));
    assert_eq!(cmp.assistance_difference(), kr("-19489"));
    assert_eq!(cmp.b.surplus, kr("511,29"));
}
