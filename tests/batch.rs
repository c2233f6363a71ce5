//! `utmaling batch`, run as the built binary: the shipped examples, a folder with a broken
//! file, a list file with a broken case, the same output on any number of threads, and the
//! exit codes. Every run passes `--no-user-rates` so that a user's rates cannot change figures.

mod common;

use std::process::{Command, Output};

use common::{TempDir, manifest_dir};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_utmaling"))
        .arg("--no-user-rates")
        .arg("batch")
        .args(args)
        .current_dir(manifest_dir())
        .env_remove("UTMALING_RATES_DIR")
        .output()
        .expect("run the utmaling binary")
}

fn lines(output: &Output) -> Vec<String> {
    String::from_utf8(output.stdout.clone()).expect("utf-8 stdout").lines().map(str::to_string).collect()
}

/// Each line must be one JSON object; returns them parsed, to check the text and the JSON.
fn parse_all(lines: &[String]) {
    for line in lines {
        let value: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(value.is_object(), "{line}");
    }
}

const ONE_MONTH_SINGLE: &str = r#"Case(
    format: 1,
    period: (from: "2024-03-01", to: "2024-03-31"),
    household: (living: Single, adults: [(name: "Kari")]),
    incomes: [(kind: "aap", person: Some("Kari"), amount: "12000")],
    expenses: [(kind: "husleie", applied: "9000")],
)
"#;

#[test]
fn the_examples_one_line_each_and_a_summary() {
    let output = run(&["assets/examples"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let lines = lines(&output);
    parse_all(&lines);
    assert_eq!(
        lines,
        [
            r#"{"file":"assets/examples/m1-flere-maneder-satsendring.ron","index":null,"status":"ok","outcome":"supplementary","need":"93538.71","income_counted":"64400.00","assistance":"29139","warnings":[]}"#,
            r#"{"file":"assets/examples/profiles/eksempel-kommune.ron","index":null,"status":"skipped","reason":"filen er en kommuneprofil, ikke en sak"}"#,
            r#"{"file":"assets/examples/t1-enslig-full.ron","index":null,"status":"ok","outcome":"full","need":"16550.00","income_counted":"0.00","assistance":"16550","warnings":[]}"#,
            r#"{"file":"assets/examples/t2-enslig-aap-supplerende.ron","index":null,"status":"ok","outcome":"supplementary","need":"16550.00","income_counted":"12000.00","assistance":"4550","warnings":[]}"#,
            r#"{"file":"assets/examples/t3-par-med-barn.ron","index":null,"status":"ok","outcome":"supplementary","need":"35450.00","income_counted":"18000.00","assistance":"17450","warnings":[]}"#,
            r#"{"file":"assets/examples/t4-par-med-barn-arbeidsinntekt.ron","index":null,"status":"ok","outcome":"supplementary","need":"35450.00","income_counted":"18000.00","assistance":"17450","warnings":[]}"#,
            r#"{"file":"assets/examples/t5-enslig-overskudd.ron","index":null,"status":"ok","outcome":"none","need":"16550.00","income_counted":"20000.00","assistance":"0","warnings":[]}"#,
            r#"{"summary":{"count":6,"calculated":6,"errors":0,"skipped":1,"total_assistance":"85139","by_outcome":{"full":1,"supplementary":4,"none":1}}}"#,
        ]
    );
}

#[test]
fn a_broken_file_gets_its_line_and_the_run_goes_on() {
    let dir = TempDir::new("batch-broken");
    let d = dir.path().display().to_string();
    dir.write("a-enslig.ron", ONE_MONTH_SINGLE);
    // 8000.5 is a number, not a text amount: a parse error with line, column and field.
    dir.write(
        "b-broken.ron",
        "Case(\n    format: 1,\n    period: (from: \"2024-03-01\", to: \"2024-03-31\"),\n    household: (living: Single, adults: [(name: \"Ola\")]),\n    incomes: [(kind: \"jobb\", amount: 8000.5)],\n)\n",
    );
    // Parses, but cannot be calculated: the couple has one adult.
    dir.write(
        "c-invalid.ron",
        "Case(format: 1, period: (from: \"2024-03-01\", to: \"2024-03-31\"), household: (living: Couple, adults: [(name: \"Per\")]))",
    );
    std::fs::create_dir_all(dir.path().join("sub")).expect("sub folder");
    // A list file: a family, a case with an unknown field, and a child with a 12-month period.
    dir.write(
        "sub/liste.ron",
        r#"// Tre saker i én fil.
[
    Case(
        format: 1,
        period: (from: "2024-03-01", to: "2024-03-31"),
        household: (living: Couple, adults: [(name: "Kari"), (name: "Ola")],
            children: [(name: "Emma", birth_date: "2019-09-14"), (name: "Noah", birth_date: "2012-01-30")]),
        incomes: [(kind: "jobb", person: Some("Kari"), amount: "18000"), (kind: "barnetrygd", amount: "3276")],
        expenses: [(kind: "husleie", applied: "12000"), (kind: "strom", applied: "1200"), (kind: "innboforsikring", applied: "150")],
    ),
    Case(
        format: 1,
        periode: (from: "2024-03-01", to: "2024-03-31"),
    ),
    Case(
        format: 1,
        period: (from: "2023-03-01", to: "2024-02-29"),
        household: (living: Single, adults: [(name: "Lina")],
            children: [(name: "Sofie", birth_date: "2017-10-14", needs: [(need: School, assessment: CoveredByRate)])]),
        incomes: [(kind: "overgangsstonad", person: Some("Lina"), amount: "14200"), (kind: "barnetrygd", amount: "1766")],
        expenses: [(kind: "husleie", applied: "11000"), (kind: "strom", applied: "900")],
    ),
]
"#,
    );
    dir.write("notes.txt", "not a case");
    dir.write(".hidden.ron", "not read");

    let output = run(&[&d]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let lines = lines(&output);
    parse_all(&lines);
    let expected = [
        format!(
            r#"{{"file":"{d}/a-enslig.ron","index":null,"status":"ok","outcome":"supplementary","need":"16850.00","income_counted":"12000.00","assistance":"4850","warnings":[]}}"#
        ),
        format!(
            r#"{{"file":"{d}/b-broken.ron","index":null,"status":"error","error":"{d}/b-broken.ron:5:37: amount: forventet tekst i anførselstegn; beløp og datoer skrives som tekst, for eksempel \"12000\" og \"2024-03-01\""}}"#
        ),
        format!(
            r#"{{"file":"{d}/c-invalid.ron","index":null,"status":"error","error":"{d}/c-invalid.ron: household.adults: ektepar/samboere krever to voksne; legg inn begge eller velg enslig/bofellesskap"}}"#
        ),
        format!(
            r#"{{"file":"{d}/sub/liste.ron","index":0,"status":"ok","outcome":"supplementary","need":"35450.00","income_counted":"18000.00","assistance":"17450","warnings":["child_needs_not_assessed","child_needs_not_assessed"]}}"#
        ),
        format!(
            r#"{{"file":"{d}/sub/liste.ron","index":1,"status":"error","error":"{d}/sub/liste.ron:13:9: ukjent felt `periode`; kjente felt er: format, profile, period, household, incomes, expenses, reductions, assessment, conditions"}}"#
        ),
        format!(
            r#"{{"file":"{d}/sub/liste.ron","index":2,"status":"ok","outcome":"supplementary","need":"274900.00","income_counted":"170400.00","assistance":"104500","warnings":[]}}"#
        ),
        r#"{"summary":{"count":6,"calculated":3,"errors":3,"skipped":0,"total_assistance":"126800","by_outcome":{"full":0,"supplementary":3,"none":0}}}"#
            .to_string(),
    ];
    assert_eq!(lines, expected);

    // The same lines on one thread and on many.
    for threads in ["1", "3"] {
        let again = run(&["--threads", threads, &d]);
        assert_eq!(self::lines(&again), expected, "--threads {threads}");
    }
}

#[test]
fn files_and_folders_in_the_order_given() {
    let output = run(&["assets/examples/t5-enslig-overskudd.ron", "assets/examples/t1-enslig-full.ron"]);
    let files: Vec<String> = lines(&output)
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?["file"].as_str().map(str::to_string))
        .collect();
    assert_eq!(files, ["assets/examples/t5-enslig-overskudd.ron", "assets/examples/t1-enslig-full.ron"]);
}

#[test]
fn exit_code_one_only_when_nothing_could_be_read() {
    let dir = TempDir::new("batch-nothing");
    let d = dir.path().display().to_string();
    let empty = run(&[&d]);
    assert_eq!(empty.status.code(), Some(1));
    assert_eq!(
        lines(&empty),
        [
            r#"{"summary":{"count":0,"calculated":0,"errors":0,"skipped":0,"total_assistance":"0","by_outcome":{"full":0,"supplementary":0,"none":0}}}"#
        ]
    );

    dir.write("broken.ron", "Case(format: 1,");
    let broken = run(&[&d]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("ingen saker kunne leses"));

    // A case that parses but does not calculate was read: exit code 0, with its error line.
    dir.write(
        "invalid.ron",
        "Case(format: 1, period: (from: \"2024-03-31\", to: \"2024-03-01\"), household: (living: Single, adults: [(name: \"A\")]))",
    );
    let invalid = run(&[&d]);
    assert_eq!(invalid.status.code(), Some(0));
    assert_eq!(lines(&invalid).len(), 3);

    let missing = run(&["no/such/folder"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(lines(&missing)[0].starts_with(
        r#"{"file":"no/such/folder","index":null,"status":"error","error":"no/such/folder: kan ikke lese filen"#
    ));
}
