//! `utmaling pdf`: the printable explanation as PDF, run as the built binary and read back with
//! poppler's `pdftotext` and `pdfinfo` (installed by `.ci/run` with poppler-utils).
#![cfg(feature = "pdf")]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{TempDir, book, example_path, manifest_dir};
use utmaling::domain::{Calculation, Case, calculate};
use utmaling::i18n::{Lang, message_ids};

fn run(args: &[&str]) -> Output {
    common::run_utmaling(args)
}

/// Write the PDF of `case` in `lang` to `out`; panics with the program's message on failure.
fn pdf(case: &Path, out: &Path, lang: &str) {
    let output = run(&[
        "--no-user-rates",
        "pdf",
        case.to_str().expect("utf-8 path"),
        "-o",
        out.to_str().expect("utf-8 path"),
        "--lang",
        lang,
    ]);
    assert!(output.status.success(), "utmaling pdf failed: {}", String::from_utf8_lossy(&output.stderr));
    let bytes = std::fs::read(out).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF: {:?}", &bytes[..bytes.len().min(16)]);
}

fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (poppler-utils; .ci/run installs it): {e}"));
    assert!(output.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("utf-8 output")
}

/// The PDF's text in reading order, every run of white space (NBSP too) as one space.
fn pdf_text(path: &Path) -> String {
    let text = poppler("pdftotext", &["-enc", "UTF-8", path.to_str().expect("path"), "-"]);
    squash(&text)
}

fn squash(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn pdf_info(path: &Path) -> String {
    poppler("pdfinfo", &[path.to_str().expect("path")])
}

fn pages(info: &str) -> usize {
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo:\n{info}"))
}

/// Every amount of the calculation as the explanation formats it.
fn amounts(calc: &Calculation) -> Vec<String> {
    let mut out = Vec::new();
    for month in &calc.months {
        out.extend(month.lines.iter().map(|l| l.amount.format()));
        out.extend([month.need, month.income_counted].map(|m| m.format()));
        if !month.income_shielded.is_zero() {
            out.push(month.income_shielded.format());
        }
        if month.reductions.is_positive() {
            out.push(month.reductions.format());
        }
        out.push(month.result.abs().format());
    }
    if calc.months.len() > 1 {
        out.extend([calc.need, calc.income_counted, calc.result].map(|m| m.format()));
    }
    if calc.assistance.is_positive() {
        out.push(calc.assistance.format_kroner());
    } else {
        out.push(calc.surplus.format());
    }
    out
}

fn examples() -> Vec<PathBuf> {
    let dir = manifest_dir().join("assets").join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "expected the shipped examples in {}", dir.display());
    files
}

fn case_at(path: &Path) -> Case {
    utmaling::cli::read_case(path).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_example_gives_a_tagged_pdf_with_every_amount_the_rate_set_and_the_appeal() {
    let dir = TempDir::new("pdf-examples");
    let book = book();
    for case_path in examples() {
        let name = case_path.file_stem().expect("name").to_string_lossy().into_owned();
        let out = dir.path().join(format!("{name}.pdf"));
        pdf(&case_path, &out, "nb");
        let text = pdf_text(&out);
        let case = case_at(&case_path);
        let calc = calculate(&case, &book).expect("the example calculates");
        for amount in amounts(&calc) {
            assert!(text.contains(&squash(&amount)), "{name}: amount {amount} missing from the PDF:\n{text}");
        }
        for set in &calc.rate_sets {
            let date = utmaling::domain::date::format_date(set.effective);
            assert!(text.contains(&date), "{name}: rate set date {date} missing:\n{text}");
        }
        assert!(text.contains("Beregning av økonomisk stønad"), "{name}: title missing");
        assert!(text.to_lowercase().contains("holdt utenfor"), "{name}: 'holdt utenfor' missing:\n{text}");
        assert!(text.contains("tre uker") && text.contains("Statsforvalteren"), "{name}: appeal text missing:\n{text}");
        assert!(text.contains("Side 1 av"), "{name}: page numbers missing");
        let info = pdf_info(&out);
        assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "{name}: not tagged:\n{info}");
        assert!(info.contains("Title:") && info.contains("Beregning av økonomisk stønad"), "{name}:\n{info}");
    }
}

#[test]
fn nynorsk_pdf_differs_from_bokmal_and_shows_no_message_ids() {
    let dir = TempDir::new("pdf-nn");
    let case = example_path("t3-par-med-barn.ron");
    let (nb, nn, en) = (dir.path().join("nb.pdf"), dir.path().join("nn.pdf"), dir.path().join("en.pdf"));
    pdf(&case, &nb, "nb");
    pdf(&case, &nn, "nn");
    pdf(&case, &en, "en");
    let (nb, nn, en) = (pdf_text(&nb), pdf_text(&nn), pdf_text(&en));
    assert_ne!(nb, nn);
    assert!(nn.contains("Utrekning av økonomisk stønad"), "{nn}");
    assert!(nn.contains("Halde utanfor"), "{nn}");
    assert!(nn.contains("tre veker") && nn.contains("Statsforvaltaren"), "{nn}");
    assert!(en.contains("within three weeks"), "{en}");
    let ids = message_ids(Lang::Nb).expect("bokmål parses");
    for (lang, text) in [("nb", &nb), ("nn", &nn), ("en", &en)] {
        let leaked: Vec<&String> = ids.iter().filter(|id| text.contains(id.as_str())).collect();
        assert!(leaked.is_empty(), "{lang}: message ids in the PDF: {leaked:?}");
        assert!(text.contains("17 450 kr"), "{lang}: the amount to pay is missing");
    }
    for word in ["Beregning", "regnes", "utenfor", "måneden"] {
        assert!(!nn.contains(word), "bokmål word {word:?} in the nynorsk PDF:\n{nn}");
    }
}

/// A household of a couple and eight children, with 30 lines in the month.
fn big_family() -> String {
    let names = ["Anna", "Bjørn", "Cecilie", "David", "Eline", "Filip", "Guro", "Henrik"];
    let births = [
        "2008-02-11",
        "2009-06-30",
        "2011-03-03",
        "2012-12-24",
        "2014-05-17",
        "2016-08-08",
        "2019-01-20",
        "2022-10-01",
    ];
    let children: Vec<String> = names
        .iter()
        .zip(births)
        .map(|(name, born)| {
            format!(
                r#"(name: "{name}", birth_date: "{born}", needs: [(need: Leisure, assessment: Granted("350"), note: "Idrettslag, kontingent og utstyr for {name}"), (need: School, assessment: CoveredByRate)])"#
            )
        })
        .collect();
    // One couple rate, 8 child rates, 8 granted needs, 8 expenses and 5 incomes: 30 lines.
    let child_expenses: Vec<String> = names[..4]
        .iter()
        .map(|name| {
            format!(r#"(kind: "barnTannregulering", child: Some("{name}"), applied: "480", origin: Some(Documented))"#)
        })
        .collect();
    format!(
        r#"Case(
    format: 1,
    period: (from: "2024-05-01", to: "2024-05-31"),
    household: (
        living: Couple,
        adults: [(name: "Mor"), (name: "Far")],
        children: [{children}],
    ),
    incomes: [
        (kind: "jobb", person: Some("Mor"), amount: "21000", origin: Some(Documented)),
        (kind: "aap", person: Some("Far"), amount: "14500", origin: Some(Documented)),
        (kind: "barnetrygd", amount: "13104", origin: Some(Documented)),
        (kind: "bostotte", amount: "2100", origin: Some(Documented)),
        (kind: "barns_arbeidsinntekt", person: Some("Anna"), amount: "1800", origin: Some(Documented)),
    ],
    expenses: [
        (kind: "husleie", applied: "24000", accepted: Some("21000"), reason: Some("Husleien er over det som er rimelig for en familie på ti i kommunen; godkjent etter normen for store husstander."), origin: Some(Documented)),
        (kind: "strom", applied: "2600", origin: Some(Documented)),
        (kind: "innboforsikring", applied: "310", origin: Some(Documented)),
        (kind: "kommunalAvgift", applied: "1150", origin: Some(Documented)),
        {child_expenses}
    ],
    assessment: "Familien har vært i kontakt med kontoret over lang tid. Alle barnas behov er gjennomgått med begge foreldrene.",
    conditions: "Far skal delta i arbeidsrettet aktivitet etter avtale med veileder.",
)"#,
        children = children.join(",\n            "),
        child_expenses = child_expenses.join(",\n        "),
    )
}

#[test]
fn eight_children_and_thirty_lines_paginate_without_clipping() {
    let dir = TempDir::new("pdf-big");
    let case_path = dir.write("stor-familie.ron", &big_family());
    let case = case_at(&case_path);
    let calc = calculate(&case, &book()).expect("the big family calculates");
    assert_eq!(calc.months[0].lines.len(), 30, "the test case should have 30 lines");
    let out = dir.path().join("stor-familie.pdf");
    pdf(&case_path, &out, "nb");
    let text = pdf_text(&out);
    let loc = utmaling::i18n::Localizer::new(Lang::Nb);
    for line in &calc.months[0].lines {
        let label = utmaling::domain::explain::line_label(&loc, &case, line);
        assert!(text.contains(&squash(&label)), "line {label:?} missing from the PDF:\n{text}");
    }
    for amount in amounts(&calc) {
        assert!(text.contains(&squash(&amount)), "amount {amount} missing from the PDF:\n{text}");
    }
    for child in &case.household.children {
        assert!(text.contains(&format!("Idrettslag, kontingent og utstyr for {}", child.name)), "{}", child.name);
    }
    let pages = pages(&pdf_info(&out));
    assert!(pages >= 2, "30 lines and 8 children should take more than one page, got {pages}");
    assert!(text.contains(&format!("Side {pages} av {pages}")), "last page number missing:\n{text}");
    assert!(text.contains("Statsforvalteren"), "the appeal text (last) is missing: clipped?");
}

#[test]
fn the_t3_attachment_takes_at_most_two_pages_in_every_language() {
    let case = case_at(&example_path("t3-par-med-barn.ron"));
    let calc = calculate(&case, &book()).expect("T3 calculates");
    let today = common::d(2024, 4, 2);
    for lang in Lang::ALL {
        let report = utmaling::domain::report::Report::build(
            &case,
            &calc,
            &utmaling::i18n::Localizer::new(lang),
            today,
            env!("CARGO_PKG_VERSION"),
        );
        let pages = utmaling::pdf::page_count(&report, today).expect("T3 typesets");
        assert!((1..=2).contains(&pages), "{}: T3 takes {pages} pages", lang.tag());
    }
}

#[test]
fn pdf_refuses_a_bad_case_and_an_unknown_language() {
    let dir = TempDir::new("pdf-bad");
    let bad = dir.write("feil.ron", "Case(format: 1)");
    let out = dir.path().join("ut.pdf");
    let output = run(&["--no-user-rates", "pdf", bad.to_str().expect("path"), "-o", out.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.lines().any(|l| l.starts_with("feil: ")), "{stderr}");
    assert!(!out.exists(), "no PDF for a case that cannot be calculated");
    let t3 = example_path("t3-par-med-barn.ron");
    let output = run(&["pdf", t3.to_str().expect("path"), "-o", out.to_str().expect("path"), "--lang", "de"]);
    assert!(!output.status.success());
    assert!(!out.exists());
}
