//! The translation files: each parses, all three define the same message ids, and every key
//! the program asks for exists in the bokmål file (the default and the fallback). Also the
//! explanation in nynorsk and English.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use utmaling::domain::calc::Rule;
use utmaling::domain::date::month_key;
use utmaling::domain::explain::explain_text;
use utmaling::domain::kinds::{ChildNeed, EXPENSE_KINDS, INCOME_KINDS};
use utmaling::domain::rates::{Category, Status};
use utmaling::domain::{Case, Outcome, RateBook, calculate, parse_case};
use utmaling::i18n::{Lang, Localizer, message_ids};

fn ids(lang: Lang) -> BTreeSet<String> {
    match message_ids(lang) {
        Ok(ids) => ids.into_iter().collect(),
        Err(e) => panic!("{} does not parse: {e}", lang.tag()),
    }
}

#[test]
fn every_language_file_parses() {
    let problems: Vec<String> = Lang::ALL.into_iter().filter_map(|lang| message_ids(lang).err()).collect();
    assert!(problems.is_empty(), "Fluent syntax errors:\n{}", problems.join("\n"));
}

#[test]
fn every_language_has_exactly_the_same_message_ids() {
    let nb = ids(Lang::Nb);
    assert!(!nb.is_empty(), "the bokmål file defines no messages");
    let mut report = Vec::new();
    for lang in [Lang::Nn, Lang::En] {
        let other = ids(lang);
        let missing: Vec<&str> = nb.difference(&other).map(String::as_str).collect();
        let extra: Vec<&str> = other.difference(&nb).map(String::as_str).collect();
        if !missing.is_empty() {
            report.push(format!("{} is missing: {}", lang.tag(), missing.join(", ")));
        }
        if !extra.is_empty() {
            report.push(format!("{} has ids not in nb-NO: {}", lang.tag(), extra.join(", ")));
        }
    }
    assert!(report.is_empty(), "message ids differ between languages:\n{}", report.join("\n"));
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals passed directly as the first argument of `.t(`, `.t1(` and `.ta(`
/// (whitespace and line breaks after the parenthesis allowed). Keys held in variables or
/// built with `format!` are not literals and are skipped here.
fn key_literals(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in [".t(", ".t1(", ".ta("] {
        let mut rest = source;
        while let Some(at) = rest.find(call) {
            rest = &rest[at + call.len()..];
            let args = rest.trim_start();
            if let Some(literal) = args.strip_prefix('"')
                && let Some(end) = literal.find('"')
            {
                keys.push(literal[..end].to_string());
            }
        }
    }
    keys
}

#[test]
fn key_literal_scan_finds_calls_across_lines() {
    let source = "loc.t(\"a-b\"); loc.ta(\n    \"c-d\",\n    &[]); loc.t1(\"e\", \"n\", x); loc.t(key); x.to(\"no\");";
    let mut keys = key_literals(source);
    keys.sort();
    assert_eq!(keys, ["a-b", "c-d", "e"]);
}

#[test]
fn every_key_used_in_the_sources_exists_in_bokmal() {
    let nb = ids(Lang::Nb);
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files.sort();
    let mut used = 0;
    let mut missing = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for key in key_literals(&source) {
            used += 1;
            if !nb.contains(&key) {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    // Keys built with format!: one per income kind, expense kind and children's-needs item.
    let built = INCOME_KINDS
        .iter()
        .map(|k| format!("income-{}", k.code))
        .chain(EXPENSE_KINDS.iter().map(|k| format!("expense-{}", k.code)))
        .chain(ChildNeed::ALL.iter().map(|n| format!("need-{}", n.code())));
    for key in built {
        if !nb.contains(&key) {
            missing.push(format!("(built with format!): {key}"));
        }
    }
    assert!(used > 50, "the scan found only {used} key literals under src/; is the scan broken?");
    assert!(missing.is_empty(), "keys used by the program but not in nb-NO/utmaling.ftl:\n{}", missing.join("\n"));
}

#[test]
fn every_key_named_by_the_domain_exists_in_bokmal() {
    let nb = ids(Lang::Nb);
    let keys: Vec<String> = Rule::ALL_BUT_RATE
        .into_iter()
        .chain(Category::ALL.map(Rule::Rate))
        .map(|r| r.key().to_string())
        .chain(Category::ALL.map(|c| c.key().to_string()))
        .chain(Status::ALL.map(|s| s.key().to_string()))
        .chain(Outcome::ALL.map(|o| o.key().to_string()))
        .chain((1..=12).map(month_key))
        .chain(INCOME_KINDS.iter().map(|k| k.key()))
        .chain(EXPENSE_KINDS.iter().map(|k| k.key()))
        .chain(ChildNeed::ALL.map(ChildNeed::key))
        .collect();
    let missing: Vec<&str> = keys.iter().map(String::as_str).filter(|k| !nb.contains(*k)).collect();
    assert!(missing.is_empty(), "keys named by the domain but not in nb-NO/utmaling.ftl: {}", missing.join(", "));
}

// ---- The explanation in each language ----

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets").join("examples")
}

fn example(name: &str) -> Case {
    let path = examples_dir().join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_case(name, &text).unwrap_or_else(|e| panic!("{name} should parse: {e}"))
}

fn explain(lang: Lang, case: &Case, book: &RateBook) -> String {
    let calc = calculate(case, book).unwrap_or_else(|e| panic!("the case should calculate: {e}"));
    explain_text(&Localizer::new(lang), case, &calc)
}

/// The words of a text, lower case (letters and digits; everything else separates).
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Words that are bokmål but not nynorsk, and that the explanation used to contain.
const BOKMAL_ONLY: [&str; 10] =
    ["ikke", "fra", "regnes", "utenfor", "måned", "måneden", "beregning", "hver", "satser", "inntekten"];

/// "17 450" as the program writes it (no-break space between the groups).
const AMOUNT_17_450: &str = "17\u{a0}450";

#[test]
fn t3_is_explained_in_nynorsk_and_english_with_the_same_amounts() {
    let case = example("t3-par-med-barn.ron");
    let book = RateBook::embedded().expect("embedded rate sets load");

    let nb = explain(Lang::Nb, &case, &book);
    assert!(nb.contains("Utfall: Supplerende stønad: 17\u{a0}450\u{a0}kr å utbetale"), "{nb}");

    let nn = explain(Lang::Nn, &case, &book);
    assert!(nn.contains("Supplerande stønad"), "nynorsk outcome missing:\n{nn}");
    assert!(nn.contains("Utfall: Supplerande stønad: 17\u{a0}450\u{a0}kr å betale ut"), "{nn}");
    assert!(nn.contains("Inntekt som blir rekna med"), "{nn}");
    assert!(nn.contains("Halde utanfor"), "{nn}");
    assert!(nn.contains(AMOUNT_17_450), "{nn}");
    let nn_words = words(&nn);
    let bokmal: Vec<&str> = BOKMAL_ONLY.into_iter().filter(|w| nn_words.contains(*w)).collect();
    assert!(bokmal.is_empty(), "bokmål words {bokmal:?} in the nynorsk explanation:\n{nn}");

    let en = explain(Lang::En, &case, &book);
    assert!(en.contains("Supplementary assistance"), "English outcome missing:\n{en}");
    assert!(en.contains("Outcome: Supplementary assistance (supplerende stønad): 17\u{a0}450\u{a0}kr to pay"), "{en}");
    assert!(en.contains("Income counted"), "{en}");
    assert!(en.contains(AMOUNT_17_450), "{en}");
    assert!(!words(&en).contains("ikke"), "{en}");

    // Same figures, line for line: only the words differ.
    let amounts = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.ends_with(" kr"))
            .map(|l| l.rsplit("  ").next().unwrap_or("").trim().to_string())
            .collect()
    };
    assert_eq!(amounts(&nb), amounts(&nn));
    assert_eq!(amounts(&nb), amounts(&en));
}

/// A case that sets off every warning and note the explanation can give, with a profile
/// that shields barnetrygd before September 2022 and has a housing norm.
const EVERYTHING: &str = r#"Case(
    format: 1,
    profile: Some("eksempelkommune"),
    period: (from: "2022-08-20", to: "2025-01-31"),
    household: (
        living: SharedHousing,
        adults: [(name: "Per"), (name: "Lise", rate: Some(Single))],
        children: [
            (name: "Anna", birth_date: "2006-12-10", share_percent: 50),
            (name: "Bo", birth_date: "2016-09-20", needs: [(need: Health, assessment: Granted("300"), note: "Briller")]),
            (name: "Cecilie", birth_date: "2023-05-02", needs: [(need: DaycareSfo, assessment: CoveredByRate)]),
        ],
    ),
    incomes: [
        (kind: "barnetrygd", amount: "3276", origin: Some(Application)),
        (kind: "barnetrygd_utland", amount: "1000"),
        (kind: "barnetrygd_utland", amount: "500", shield_reason: Some("Kortvarig")),
        (kind: "dagpenger", person: Some("Per"), amount: "9000", origin: Some(Caseworker)),
    ],
    expenses: [
        (kind: "husleie", applied: "20000", accepted: Some("18000"), reason: Some("Normen"), origin: Some(Application)),
        (kind: "sfo", child: Some("Bo"), applied: "1500"),
    ],
    reductions: [(amount: "1000", reason: "Aktivitet")],
)"#;

#[test]
fn every_warning_and_note_is_translated_and_no_message_id_leaks_into_the_text() {
    let mut book = RateBook::embedded().expect("embedded rate sets load");
    let errors = book.load_user_folder(&examples_dir().join("profiles"));
    assert!(errors.is_empty(), "example profile: {errors:?}");
    let with_profile = parse_case("everything.ron", EVERYTHING).expect("the test case parses");
    // Without a profile barnetrygd before September 2022 is counted, which gives a note.
    let without_profile = parse_case("everything.ron", &EVERYTHING.replace(r#"Some("eksempelkommune")"#, "None"))
        .expect("the test case parses");
    let all_ids = ids(Lang::Nb);
    for case in [&with_profile, &without_profile] {
        let calc = calculate(case, &book).expect("the test case calculates");
        assert!(calc.warnings.len() >= 4 && !calc.notes.is_empty(), "{:?} {:?}", calc.warnings, calc.notes);
        let texts: Vec<String> = Lang::ALL.into_iter().map(|lang| explain(lang, case, &book)).collect();
        for (lang, text) in Lang::ALL.into_iter().zip(&texts) {
            let leaked: Vec<&String> = all_ids.iter().filter(|id| text.contains(id.as_str())).collect();
            assert!(leaked.is_empty(), "{}: message ids in the text: {leaked:?}\n{text}", lang.tag());
        }
        // Every warning and note line differs from bokmål in the other two languages.
        let marked = |text: &str| -> Vec<String> {
            text.lines().filter(|l| l.starts_with("  ! ") || l.starts_with("  - ")).map(str::to_string).collect()
        };
        let nb = marked(&texts[0]);
        assert_eq!(nb.len(), calc.warnings.len() + calc.notes.len(), "{}", texts[0]);
        for text in &texts[1..] {
            let other = marked(text);
            assert_eq!(other.len(), nb.len(), "{text}");
            for (a, b) in nb.iter().zip(&other) {
                assert_ne!(a, b, "not translated: {a}");
            }
        }
    }
}

#[test]
fn english_chooses_singular_or_plural_months() {
    let mut book = RateBook::embedded().expect("embedded rate sets load");
    let errors = book.load_user_folder(&examples_dir().join("profiles"));
    assert!(errors.is_empty(), "example profile: {errors:?}");
    let case = parse_case("everything.ron", EVERYTHING).expect("the test case parses");
    // From 20 August 2022: one month before the law shielded barnetrygd.
    let en = explain(Lang::En, &case, &book);
    assert!(en.contains("kept out for 1 month before 1 September 2022"), "{en}");
    let nb = explain(Lang::Nb, &case, &book);
    assert!(nb.contains("holdt utenfor i 1 måned(er) før 1. september 2022"), "{nb}");
}

#[test]
fn calc_prints_the_explanation_in_the_language_asked_for() {
    let path = examples_dir().join("t3-par-med-barn.ron");
    let run = |extra: &[&str]| {
        let mut args = vec!["--no-user-rates", "calc"];
        args.extend_from_slice(extra);
        args.push(path.to_str().expect("path"));
        std::process::Command::new(env!("CARGO_BIN_EXE_utmaling")).args(&args).output().expect("the binary runs")
    };
    let stdout = |o: &std::process::Output| String::from_utf8_lossy(&o.stdout).into_owned();
    let default = run(&[]);
    assert!(default.status.success());
    assert_eq!(stdout(&default), stdout(&run(&["--lang", "nb"])), "bokmål is the default");
    assert!(stdout(&default).contains("Supplerende stønad"));
    let nn = run(&["--lang", "nn"]);
    assert!(nn.status.success() && stdout(&nn).contains("Supplerande stønad"), "{}", stdout(&nn));
    let en = run(&["--lang", "en"]);
    assert!(en.status.success() && stdout(&en).contains("Supplementary assistance"), "{}", stdout(&en));
    // JSON stays bokmål whatever the language.
    let json_nb = run(&["--json"]);
    let json_en = run(&["--json", "--lang", "en"]);
    assert_eq!(stdout(&json_nb), stdout(&json_en));
    let unknown = run(&["--lang", "de"]);
    assert!(!unknown.status.success(), "an unknown language is refused");
}
