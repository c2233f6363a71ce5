//! The command line, run as the built binary: `calc --json` on every example, `rates`,
//! `rates --json`, `check-rates`, the user rates folder and the exit codes for bad input.
//! Every run passes `--no-user-rates` (or an explicit `--rates-dir`) so that a user's own rates
//! folder cannot change the figures.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

use common::{TempDir, example_path, manifest_dir};

fn run(args: &[&str]) -> Output {
    common::run_utmaling(args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("utf-8 stderr")
}

fn calc_json(case: &Path, extra: &[&str]) -> Value {
    let path = case.to_str().expect("utf-8 path");
    let mut args = vec!["calc", "--json", path];
    args.extend_from_slice(extra);
    let output = run(&args);
    assert!(output.status.success(), "calc failed: {}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("calc --json prints JSON")
}

fn s(value: &Value) -> &str {
    value.as_str().unwrap_or_else(|| panic!("expected a string, found {value}"))
}

const S2024: &str = "statlige veiledende satser fra 01.01.2024 (rundskriv A-3/2023; 3,8 % økning)";
const S2023_01: &str = "statlige veiledende satser fra 01.01.2023 (rundskrivnummer ikke funnet; brev fra departementet (nummer ikke funnet))";
const S2023_07: &str =
    "statlige veiledende satser fra 01.07.2023 (rundskrivnummer ikke funnet; ekstraordinær økning på 10 %)";
const DOC: &str = "dokumentert";

/// month, section, kind, person, amount, rule, source
type LineRow<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, &'a str, &'a str, &'a str);

struct Expected<'a> {
    outcome: &'a str,
    /// need, income_counted, income_shielded, result, assistance, surplus
    totals: [&'a str; 6],
    /// from, to, rate_set, need, income_counted, result
    months: Vec<[&'a str; 6]>,
    lines: Vec<LineRow<'a>>,
}

fn check(file: &str, expected: Expected) {
    let j = calc_json(&example_path(file), &["--no-user-rates"]);
    assert_eq!(s(&j["outcome"]), expected.outcome, "{file}: outcome");
    let totals = ["need", "income_counted", "income_shielded", "result", "assistance", "surplus"].map(|k| s(&j[k]));
    assert_eq!(totals, expected.totals, "{file}: need, income_counted, income_shielded, result, assistance, surplus");
    let months: Vec<[&str; 6]> = j["months"]
        .as_array()
        .expect("months")
        .iter()
        .map(|m| ["from", "to", "rate_set", "need", "income_counted", "result"].map(|k| s(&m[k])))
        .collect();
    assert_eq!(months, expected.months, "{file}: months");
    let lines: Vec<LineRow> = j["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| {
            (
                s(&l["month"]),
                s(&l["section"]),
                s(&l["kind"]),
                l["person"].as_str(),
                s(&l["amount"]),
                s(&l["rule"]),
                s(&l["source"]),
            )
        })
        .collect();
    assert_eq!(lines, expected.lines, "{file}: lines");
    assert_eq!(j["warnings"], Value::Array(Vec::new()), "{file}: no warnings");
}

const MAR: &str = "2024-03-01";

fn march_2024(need: &'static str, counted: &'static str, result: &'static str) -> Vec<[&'static str; 6]> {
    vec![[MAR, "2024-03-31", "2024-01-01", need, counted, result]]
}

fn single_lines() -> Vec<LineRow<'static>> {
    vec![
        (MAR, "need", "enslige", Some("Søker"), "7850.00", "rate.single", S2024),
        (MAR, "need", "husleie", None, "8000.00", "expense.housing", DOC),
        (MAR, "need", "strom", None, "700.00", "expense.energy", DOC),
    ]
}

fn couple_lines() -> Vec<LineRow<'static>> {
    vec![
        (MAR, "need", "ektepar_samboere", Some("Kari og Ola"), "13100.00", "rate.couple", S2024),
        (MAR, "need", "barn_0_5", Some("Emma"), "3850.00", "rate.child_0_5", S2024),
        (MAR, "need", "barn_11_17", Some("Noah"), "5150.00", "rate.child_11_17", S2024),
        (MAR, "need", "husleie", None, "12000.00", "expense.housing", DOC),
        (MAR, "need", "strom", None, "1200.00", "expense.energy", DOC),
        (MAR, "need", "innboforsikring", None, "150.00", "expense.insurance", DOC),
        (MAR, "income", "jobb", Some("Kari"), "18000.00", "income.counted", DOC),
        (MAR, "shielded", "barnetrygd", None, "3276.00", "income.barnetrygd_shielded_by_law", DOC),
    ]
}

#[test]
fn calc_json_t1() {
    check(
        "t1-enslig-full.ron",
        Expected {
            outcome: "full",
            totals: ["16550.00", "0.00", "0.00", "16550.00", "16550", "0.00"],
            months: march_2024("16550.00", "0.00", "16550.00"),
            lines: single_lines(),
        },
    );
}

#[test]
fn calc_json_t2() {
    let mut lines = single_lines();
    lines.push((MAR, "income", "aap", Some("Søker"), "12000.00", "income.counted", DOC));
    check(
        "t2-enslig-aap-supplerende.ron",
        Expected {
            outcome: "supplementary",
            totals: ["16550.00", "12000.00", "0.00", "4550.00", "4550", "0.00"],
            months: march_2024("16550.00", "12000.00", "4550.00"),
            lines,
        },
    );
}

#[test]
fn calc_json_t3() {
    check(
        "t3-par-med-barn.ron",
        Expected {
            outcome: "supplementary",
            totals: ["35450.00", "18000.00", "3276.00", "17450.00", "17450", "0.00"],
            months: march_2024("35450.00", "18000.00", "17450.00"),
            lines: couple_lines(),
        },
    );
}

#[test]
fn calc_json_t4() {
    let mut lines = couple_lines();
    lines.push((MAR, "shielded", "barns_arbeidsinntekt", Some("Noah"), "2000.00", "income.child_work_shielded", DOC));
    check(
        "t4-par-med-barn-arbeidsinntekt.ron",
        Expected {
            outcome: "supplementary",
            totals: ["35450.00", "18000.00", "5276.00", "17450.00", "17450", "0.00"],
            months: march_2024("35450.00", "18000.00", "17450.00"),
            lines,
        },
    );
}

#[test]
fn calc_json_t5() {
    let mut lines = single_lines();
    lines.push((MAR, "income", "jobb", Some("Søker"), "20000.00", "income.counted", DOC));
    check(
        "t5-enslig-overskudd.ron",
        Expected {
            outcome: "none",
            totals: ["16550.00", "20000.00", "0.00", "-3450.00", "0", "3450.00"],
            months: march_2024("16550.00", "20000.00", "-3450.00"),
            lines,
        },
    );
}

#[test]
fn calc_json_m1() {
    // Figures worked out by hand in tests/engine_cases.rs (m1_several_months_with_rate_and_band_change).
    let months = vec![
        ["2023-05-10", "2023-05-31", "2023-01-01", "20588.71", "16100.00", "4488.71"],
        ["2023-06-01", "2023-06-30", "2023-01-01", "23550.00", "16100.00", "7450.00"],
        ["2023-07-01", "2023-07-31", "2023-07-01", "24700.00", "16100.00", "8600.00"],
        ["2023-08-01", "2023-08-31", "2023-07-01", "24700.00", "16100.00", "8600.00"],
    ];
    let rates = [
        ("2023-05-10", "4861.29", "barn_0_5", "2377.42", "rate.child_0_5", S2023_01),
        ("2023-06-01", "6850.00", "barn_0_5", "3350.00", "rate.child_0_5", S2023_01),
        ("2023-07-01", "7550.00", "barn_6_10", "3800.00", "rate.child_6_10", S2023_07),
        ("2023-08-01", "7550.00", "barn_6_10", "3800.00", "rate.child_6_10", S2023_07),
    ];
    let mut lines = Vec::new();
    for (month, single, band, child, rule, source) in rates {
        lines.extend([
            (month, "need", "enslige", Some("Lina"), single, "rate.single", source),
            (month, "need", band, Some("Sofie"), child, rule, source),
            (month, "need", "husleie", None, "11000.00", "expense.housing", DOC),
            (month, "need", "strom", None, "900.00", "expense.energy", "oppgitt i søknaden"),
            (
                month,
                "need",
                "barn_barnehage_sfo",
                Some("Sofie"),
                "1450.00",
                "children.need_granted",
                "vurdert av saksbehandler",
            ),
            (month, "income", "overgangsstonad", Some("Lina"), "14200.00", "income.counted", DOC),
            (month, "shielded", "barnetrygd", None, "1766.00", "income.barnetrygd_shielded_by_law", DOC),
            (month, "income", "bostotte", Some("Lina"), "1900.00", "income.counted", DOC),
        ]);
    }
    check(
        "m1-flere-maneder-satsendring.ron",
        Expected {
            outcome: "supplementary",
            totals: ["93538.71", "64400.00", "7064.00", "29138.71", "29139", "0.00"],
            months,
            lines,
        },
    );
    let j = calc_json(&example_path("m1-flere-maneder-satsendring.ron"), &["--no-user-rates"]);
    let notes: Vec<(&str, &str)> =
        j["notes"].as_array().expect("notes").iter().map(|n| (s(&n["code"]), s(&n["text"]))).collect();
    assert_eq!(notes, [("band_change", "Sofie fyller 6 år 14.06.2023 — sats 6–10 år fra juli 2023.")]);
    let sets: Vec<&str> = j["rate_sets"].as_array().expect("rate_sets").iter().map(|r| s(&r["effective"])).collect();
    assert_eq!(sets, ["2023-01-01", "2023-07-01"]);
}

#[test]
fn calc_text_states_the_outcome() {
    let output = run(&["calc", "--no-user-rates", example_path("t1-enslig-full.ron").to_str().expect("path")]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("Utfall: Full stønad: 16\u{a0}550\u{a0}kr å utbetale"), "{text}");
    assert!(text.contains("Satssett brukt: statlige veiledende satser fra 01.01.2024"), "{text}");
    let output = run(&["calc", "--no-user-rates", example_path("t5-enslig-overskudd.ron").to_str().expect("path")]);
    let text = stdout(&output);
    assert!(text.contains("overskudd på 3\u{a0}450,00\u{a0}kr"), "{text}");
}

#[test]
fn rates_lists_21_sets() {
    let output = run(&["rates", "--no-user-rates"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.lines().last(), Some("21 satssett."));
    let row = text.lines().find(|l| l.starts_with("01.01.2024")).expect("a row for 2024");
    // Columns are separated by ASCII spaces; thousands inside an amount by NBSP.
    let figures: Vec<&str> = row.split(' ').filter(|f| !f.is_empty()).collect();
    assert_eq!(
        figures,
        ["01.01.2024", "stat", "7\u{a0}850", "13\u{a0}100", "6\u{a0}600", "3\u{a0}850", "3\u{a0}950", "5\u{a0}150"]
    );
}

#[test]
fn global_flag_before_the_subcommand_works() {
    // `--no-user-rates` is a global option; it must not turn the subcommand into a case file name.
    let output = run(&["--no-user-rates", "rates"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).lines().last(), Some("21 satssett."));
    let j: Value = {
        let output =
            run(&["--no-user-rates", "calc", "--json", example_path("t1-enslig-full.ron").to_str().expect("path")]);
        assert!(output.status.success(), "{}", stderr(&output));
        serde_json::from_str(&stdout(&output)).expect("json")
    };
    assert_eq!(s(&j["assistance"]), "16550");
}

#[test]
fn rates_json_has_21_entries() {
    let output = run(&["rates", "--json", "--no-user-rates"]);
    assert!(output.status.success());
    let list: Value = serde_json::from_str(&stdout(&output)).expect("rates --json prints JSON");
    let list = list.as_array().expect("a list");
    assert_eq!(list.len(), 21);
    assert_eq!(s(&list[0]["effective"]), "2002-01-01");
    assert_eq!(s(&list[0]["status"]), "secondary");
    assert_eq!(s(&list[0]["rates"]["enslige"]), "4000.00");
    let newest = &list[20];
    assert_eq!(s(&newest["effective"]), "2024-01-01");
    assert_eq!(s(&newest["status"]), "confirmed");
    assert_eq!(s(&newest["rundskriv"]), "A-3/2023");
    assert_eq!(newest["profile"], Value::Null);
    let rates: Vec<&str> = ["enslige", "ektepar_samboere", "bofellesskap", "barn_0_5", "barn_6_10", "barn_11_17"]
        .map(|k| s(&newest["rates"][k]))
        .to_vec();
    assert_eq!(rates, ["7850.00", "13100.00", "6600.00", "3850.00", "3950.00", "5150.00"]);
    assert_eq!(s(&newest["origin"]), "innebygd (2024-01-01.ron)");
}

#[test]
fn check_rates_refuses_a_duplicate_of_an_embedded_set() {
    let output = run(&["check-rates", "--no-user-rates", "rates/2024-01-01.ron"]);
    assert!(!output.status.success());
    assert_eq!(
        stderr(&output).trim_end(),
        "feil: rates/2024-01-01.ron: effective: det finnes allerede en statlig sats fra 01.01.2024 (innebygd (2024-01-01.ron))"
    );
    assert!(stdout(&output).is_empty());
}

fn rate_set_2025() -> String {
    std::fs::read_to_string(manifest_dir().join("rates/2024-01-01.ron"))
        .expect("read 2024 set")
        .replace("effective: \"2024-01-01\"", "effective: \"2025-01-01\"")
        .replace("enslige: \"7850\"", "enslige: \"8150\"")
        .replace("status: Confirmed", "status: Unverified")
}

#[test]
fn check_rates_accepts_a_new_set() {
    let dir = TempDir::new("check-rates");
    let path = dir.write("2025-01-01.ron", &rate_set_2025());
    let output = run(&["check-rates", "--no-user-rates", path.to_str().expect("path")]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("OK: {}: satssett fra 2025-01-01\n", path.display()));
}

#[test]
fn check_rates_names_a_missing_category() {
    let dir = TempDir::new("check-rates-missing");
    let text: String = rate_set_2025().lines().filter(|l| !l.contains("barn_6_10")).map(|l| format!("{l}\n")).collect();
    let path = dir.write("2025-01-01.ron", &text);
    let output = run(&["check-rates", "--no-user-rates", path.to_str().expect("path")]);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.starts_with(&format!("feil: {}:", path.display())), "{err}");
    assert!(err.contains("feltet `barn_6_10` mangler i `Rates`"), "{err}");
}

#[test]
fn user_rates_folder_is_used_unless_switched_off() {
    let dir = TempDir::new("user-rates");
    dir.write("2025-01-01.ron", &rate_set_2025());
    let folder = dir.path().to_str().expect("path");
    let case = dir.write(
        "sak-2025.ron",
        r#"Case(format: 1, period: (from: "2025-03-01", to: "2025-03-31"),
            household: (living: Single, adults: [(name: "Søker")]))"#,
    );
    let case = case.to_str().expect("path");

    let with = run(&["rates", "--rates-dir", folder]);
    assert!(with.status.success(), "{}", stderr(&with));
    assert_eq!(stdout(&with).lines().last(), Some("22 satssett."));
    let j: Value = serde_json::from_str(&stdout(&run(&["calc", "--json", case, "--rates-dir", folder]))).expect("json");
    assert_eq!(s(&j["need"]), "8150.00");
    assert_eq!(s(&j["months"][0]["rate_set"]), "2025-01-01");
    assert_eq!(j["warnings"], Value::Array(Vec::new()));

    // --no-user-rates wins over both --rates-dir and UTMALING_RATES_DIR.
    let without = Command::new(env!("CARGO_BIN_EXE_utmaling"))
        .args(["calc", "--json", case, "--rates-dir", folder, "--no-user-rates"])
        .env("UTMALING_RATES_DIR", folder)
        .output()
        .expect("run");
    assert!(without.status.success(), "{}", stderr(&without));
    let j: Value = serde_json::from_str(&stdout(&without)).expect("json");
    assert_eq!(s(&j["need"]), "7850.00");
    assert_eq!(s(&j["months"][0]["rate_set"]), "2024-01-01");
    let codes: Vec<&str> = j["warnings"].as_array().expect("warnings").iter().map(|w| s(&w["code"])).collect();
    assert_eq!(codes, ["newer_than_newest_rate_set"]);
}

#[test]
fn bad_case_exits_non_zero_naming_the_place() {
    let dir = TempDir::new("bad-case");
    let text = std::fs::read_to_string(example_path("t2-enslig-aap-supplerende.ron"))
        .expect("read t2")
        .replace("amount: \"12000\"", "amount: 8000.5");
    let path = dir.write("sak.ron", &text);
    let output = run(&["calc", "--json", "--no-user-rates", path.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty());
    let err = stderr(&output);
    assert!(err.starts_with(&format!("feil: {}:13:", path.display())), "{err}");

    let text = std::fs::read_to_string(example_path("t2-enslig-aap-supplerende.ron"))
        .expect("read t2")
        .replace("kind: \"aap\"", "kind: \"lotto\"");
    let path = dir.write("sak2.ron", &text);
    let output = run(&["calc", "--no-user-rates", path.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.starts_with(&format!(
            "feil: {}: incomes[0].kind: ukjent inntektstype «lotto»; kjente typer er: jobb,",
            path.display()
        )),
        "{err}"
    );

    let text = std::fs::read_to_string(example_path("t1-enslig-full.ron"))
        .expect("read t1")
        .replace("2024-03-01", "2001-12-01")
        .replace("2024-03-31", "2001-12-31");
    let path = dir.write("sak3.ron", &text);
    let output = run(&["calc", "--no-user-rates", path.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("period.from: datoen 01.12.2001 er før den eldste kjente satsen (01.01.2002)"), "{err}");

    let output = run(&["calc", "--no-user-rates", dir.path().join("finnes-ikke.ron").to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("kan ikke lese filen"), "{}", stderr(&output));
}
