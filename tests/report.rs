//! The report model behind the printable explanation (beregningsvedlegg): the T3 family as an
//! insta snapshot, and the text explanation drawn from the same model in every language.

mod common;

use common::{book, d, example};
use utmaling::domain::calculate;
use utmaling::domain::explain::explain_text;
use utmaling::domain::report::Report;
use utmaling::i18n::{Lang, Localizer, message_ids};

fn t3_report(lang: Lang) -> Report {
    let case = example("t3-par-med-barn.ron");
    let calc = calculate(&case, &book()).expect("T3 calculates");
    Report::build(&case, &calc, &Localizer::new(lang), d(2024, 4, 2), "0.1.0")
}

#[test]
fn t3_report_model_matches_the_snapshot() {
    insta::assert_yaml_snapshot!("t3_report_nb", t3_report(Lang::Nb));
}

#[test]
fn t3_report_has_every_part_of_the_printed_explanation() {
    let r = t3_report(Lang::Nb);
    assert_eq!(r.title, "Beregning av økonomisk stønad");
    assert_eq!(r.facts[0].value, "01.03.2024–31.03.2024");
    assert!(r.rate_sets.sets[0].source.contains("01.01.2024"), "{:?}", r.rate_sets);
    assert!(r.rate_sets.sets[0].source.contains("rundskriv A-3/2023"), "{:?}", r.rate_sets);
    let people: Vec<(&str, &str, &str)> =
        r.household.people.iter().map(|p| (p.name.as_str(), p.born.as_str(), p.rate.as_str())).collect();
    assert_eq!(
        people,
        [
            ("Kari", "", "Ektepar/samboere"),
            ("Ola", "", "Ektepar/samboere"),
            ("Emma", "14.09.2019", "Barn 0–5 år"),
            ("Noah", "30.01.2012", "Barn 11–17 år")
        ]
    );
    let month = &r.months[0];
    let sections: Vec<&str> = month.groups.iter().map(|g| g.section.as_str()).collect();
    assert_eq!(sections, ["need", "income", "shielded"]);
    let shielded = &month.groups[2];
    assert_eq!(shielded.lines[0].amount, "3\u{a0}276,00\u{a0}kr");
    assert!(shielded.lines[0].details.iter().any(|d| d.contains("§ 18 tredje ledd")), "{shielded:?}");
    assert_eq!(month.result.amount, "17\u{a0}450,00\u{a0}kr");
    assert_eq!(r.outcome.amount, "17\u{a0}450\u{a0}kr");
    assert!(r.summary.is_none(), "one month: no summary table");
    let children = r.children.as_ref().expect("children's needs");
    assert_eq!(children.children.len(), 2);
    assert_eq!(children.children[0].items[0].note.as_deref(), Some("Gratis kjernetid i barnehagen"));
    assert!(r.appeal.paragraphs[0].contains("tre uker") && r.appeal.paragraphs[0].contains("Statsforvalteren"));
    assert_eq!(r.footer.generated, "Beregnet 02.04.2024 med utmaling 0.1.0");
    assert_eq!(r.footer.page, "Side {page} av {total}");
}

#[test]
fn several_months_get_a_summary_and_a_band_change_in_the_household() {
    let case = example("m1-flere-maneder-satsendring.ron");
    let calc = calculate(&case, &book()).expect("M1 calculates");
    let r = Report::build(&case, &calc, &Localizer::new(Lang::Nb), d(2023, 9, 1), "0.1.0");
    assert_eq!(r.months.len(), 4);
    let summary = r.summary.as_ref().expect("several months: a summary");
    assert_eq!(summary.rows.len(), 4);
    assert_eq!(summary.columns.len(), summary.total.amounts.len() + 1);
    assert_eq!(r.rate_sets.sets.len(), 2);
    let sofie = r.household.people.iter().find(|p| p.name == "Sofie").expect("Sofie");
    assert_eq!(sofie.rate, "Barn 0–5 år; Barn 6–10 år fra juli 2023");
    assert!(r.conditions.is_some() && r.assessment.is_some());
    let granted = &r.children.as_ref().expect("children").children[0].items[0];
    assert_eq!(granted.amount.as_deref(), Some("1\u{a0}450,00\u{a0}kr"));
}

#[test]
fn the_text_explanation_is_the_model_as_text() {
    let case = example("t3-par-med-barn.ron");
    let calc = calculate(&case, &book()).expect("T3 calculates");
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        let today = chrono::Local::now().date_naive();
        let from_model = Report::build(&case, &calc, &loc, today, env!("CARGO_PKG_VERSION")).to_text();
        let text = explain_text(&loc, &case, &calc);
        // The same text, unless the day changed between the two calls.
        if !text.contains(&utmaling::domain::date::format_date(today)) {
            continue;
        }
        assert_eq!(text, from_model, "{}", lang.tag());
    }
}

#[test]
fn nynorsk_and_english_reports_have_no_message_ids_and_differ_from_bokmal() {
    let nb = t3_report(Lang::Nb);
    let ids = message_ids(Lang::Nb).expect("bokmål parses");
    for lang in [Lang::Nn, Lang::En] {
        let report = t3_report(lang);
        let json = String::from_utf8(report.to_json()).expect("utf-8 JSON");
        let leaked: Vec<&String> = ids.iter().filter(|id| json.contains(id.as_str())).collect();
        assert!(leaked.is_empty(), "{}: message ids in the report: {leaked:?}", lang.tag());
        assert_ne!(report.title, nb.title);
        assert_ne!(report.appeal, nb.appeal);
        assert_ne!(report.method, nb.method);
        assert_eq!(report.months[0].result.amount, nb.months[0].result.amount);
    }
    assert_eq!(t3_report(Lang::Nn).title, "Utrekning av økonomisk stønad");
}
