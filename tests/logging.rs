//! Logs hold no personal data: a full session, through the real CLI binary and through the
//! window's state (open, edit, autosave, save, a refused file), logs its events and none of the
//! names, birth dates or amounts of the cases.

mod common;

use std::io::Write;
use std::process::Command;
use std::sync::{Arc, Mutex};

use common::{TempDir, book, example, example_path};
use utmaling::domain::date::{format_date, iso};
use utmaling::domain::{Case, Money, calculate};

const EXAMPLES: [&str; 6] = [
    "t1-enslig-full.ron",
    "t2-enslig-aap-supplerende.ron",
    "t3-par-med-barn.ron",
    "t4-par-med-barn-arbeidsinntekt.ron",
    "t5-enslig-overskudd.ron",
    "m1-flere-maneder-satsendring.ron",
];

/// Every amount of a case and its calculation: what was typed and what was worked out.
fn amounts(case: &Case) -> Vec<Money> {
    let mut all: Vec<Money> = case.incomes.iter().map(|i| i.amount).collect();
    for e in &case.expenses {
        all.push(e.applied);
        all.extend(e.accepted);
    }
    all.extend(case.reductions.iter().map(|r| r.amount));
    if let Ok(calc) = calculate(case, &book()) {
        all.extend([calc.need, calc.income_counted, calc.income_shielded, calc.result, calc.assistance, calc.surplus]);
        for month in &calc.months {
            all.extend([month.need, month.income_counted, month.income_shielded, month.result]);
            all.extend(month.lines.iter().flat_map(|l| [l.amount, l.base]));
        }
    }
    // Zero and one-digit amounts would match any count in the log; they identify no one.
    all.retain(|m| m.abs() >= Money::kroner(10));
    all
}

/// The personal data of a case as it could appear in text.
fn personal_strings(case: &Case) -> Vec<String> {
    let mut out: Vec<String> = case.person_names().map(str::to_string).collect();
    let births = case
        .household
        .adults
        .iter()
        .filter_map(|a| a.birth_date)
        .chain(case.household.children.iter().map(|c| c.birth_date));
    for birth in births {
        out.push(iso(birth));
        out.push(format_date(birth));
    }
    for amount in amounts(case) {
        out.push(amount.format_number()); // "12 000,00"
        out.push(amount.format_kroner()); // "12 000 kr"
        out.push(amount.abs().to_plain_string()); // "12000.00"
    }
    if !case.assessment.is_empty() {
        out.push(case.assessment.clone());
    }
    out
}

/// The numbers in the log, each run of digits with `,`/`.` decimals, as amounts; the
/// timestamp at the start of each line is left out.
fn numbers_in(log: &str) -> Vec<Money> {
    let mut found = Vec::new();
    for line in log.lines() {
        let body: Vec<char> = line.split_once(' ').map_or(line, |(_, rest)| rest).chars().collect();
        // "17 450,00" is one number: drop a space between a digit and a group of three digits.
        let joined: Vec<char> = (0..body.len())
            .filter(|&i| {
                let space = matches!(body[i], ' ' | '\u{a0}' | '\u{202f}');
                let group = |j: usize| body.get(j).is_some_and(char::is_ascii_digit);
                !(space && i > 0 && group(i - 1) && group(i + 1) && group(i + 2) && group(i + 3) && !group(i + 4))
            })
            .map(|i| body[i])
            .collect();
        let mut digits = String::new();
        for c in joined.into_iter().chain([' ']) {
            if c.is_ascii_digit() || (!digits.is_empty() && (c == '.' || c == ',')) {
                digits.push(c);
            } else if !digits.is_empty() {
                let text = digits.trim_end_matches(['.', ',']).replace(',', ".");
                if let Ok(m) = Money::parse(&text) {
                    found.push(m);
                }
                digits.clear();
            }
        }
    }
    found
}

fn assert_no_personal_data(log: &str, cases: &[Case]) {
    for case in cases {
        for text in personal_strings(case) {
            assert!(!log.contains(&text), "the log contains {text:?}:\n{log}");
        }
        let numbers = numbers_in(log);
        for amount in amounts(case) {
            assert!(!numbers.contains(&amount.abs()), "the log contains the amount {amount:?}:\n{log}");
        }
    }
}

#[test]
fn the_cli_logs_events_but_no_names_dates_or_amounts() {
    let data = TempDir::new("log-cli");
    let mut cases = Vec::new();
    let mut log = String::new();
    for name in EXAMPLES {
        for json in [false, true] {
            let mut command = Command::new(env!("CARGO_BIN_EXE_utmaling"));
            command.env("UTMALING_LOG", "trace").env("UTMALING_DATA_DIR", data.path()).arg("--no-user-rates");
            command.arg("calc").arg(example_path(name));
            if json {
                command.arg("--json");
            }
            let output = command.output().expect("run utmaling");
            assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
            log.push_str(&String::from_utf8_lossy(&output.stderr));
        }
        cases.push(example(name));
    }
    // The events are there (so the check below is not vacuous) ...
    assert_eq!(log.matches("case file read").count(), 12, "{log}");
    assert!(log.contains("calculation done months=1 rate_sets=\"2024-01-01\" profile=\"stat\""), "{log}");
    assert!(log.contains("months=4 rate_sets=\"2023-01-01,2023-07-01\""), "m1 spans a rate change: {log}");
    assert!(log.contains("rate book loaded"), "{log}");
    // ... and no personal data.
    assert_no_personal_data(&log, &cases);
}

#[test]
fn the_default_level_prints_nothing_on_success() {
    let output = Command::new(env!("CARGO_BIN_EXE_utmaling"))
        .env_remove("UTMALING_LOG")
        .args(["--no-user-rates", "calc"])
        .arg(example_path("t3-par-med-barn.ron"))
        .output()
        .expect("run utmaling");
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn a_refused_case_file_is_logged_by_place_not_by_content() {
    let dir = TempDir::new("log-refused");
    let text = std::fs::read_to_string(example_path("t3-par-med-barn.ron"))
        .expect("read")
        .replace("\"18000\"", "\"12 345 678\"")
        .replace("Kari\"", "Kari Nordmann\"");
    let path = dir.path().join("kari-nordmann.ron");
    std::fs::write(&path, text).expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_utmaling"))
        .env("UTMALING_LOG", "debug")
        .args(["--no-user-rates", "calc"])
        .arg(&path)
        .output()
        .expect("run utmaling");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let (log, shown): (Vec<&str>, Vec<&str>) = stderr.lines().partition(|l| !l.starts_with("feil: "));
    let log = log.join("\n");
    // The user is told what is wrong (with the amount) on the error line, not in the log.
    assert!(shown.iter().any(|l| l.contains("«12 345 678» er for stort")), "{stderr}");
    assert!(log.contains("case file refused"), "{log}");
    assert!(log.contains("field=\"amount\"") || log.contains("field=amount"), "{log}");
    for secret in ["12 345 678", "12345678", "Kari", "Nordmann", "kari-nordmann"] {
        assert!(!log.contains(secret), "the log contains {secret:?}:\n{log}");
    }
}

/// A log buffer for a subscriber in this thread.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[cfg(feature = "gui")]
#[test]
fn a_window_session_logs_events_but_no_personal_data() {
    use std::time::{Duration, Instant};

    use utmaling::gui::app::AppState;
    use utmaling::recovery::RecoveryStore;

    let dir = TempDir::new("log-gui");
    let path = dir.write("t3.ron", &std::fs::read_to_string(example_path("t3-par-med-barn.ron")).expect("read"));
    let captured = Captured::default();
    let subscriber = utmaling::logging::subscriber(captured.clone(), tracing::level_filters::LevelFilter::TRACE);
    let saved_case = tracing::subscriber::with_default(subscriber, || {
        let mut state = AppState::for_tests();
        state.enable_recovery(RecoveryStore::new(dir.path().join("data")), false);
        state.open_path(&path);
        // Edits: a full name, a new amount, a note; the recovery copy is written.
        state.form.adults[0].name = "Kari Nordmann".into();
        state.form.incomes[0].amount = "18 123".into();
        state.form.assessment = "Samtale med Kari 4. mars.".into();
        state.recalculate();
        let t0 = Instant::now();
        state.autosave_tick(None, t0);
        state.autosave_tick(None, t0 + Duration::from_secs(3));
        assert!(state.save_to(&path), "{:?}", state.status);
        // A file that cannot be read, with a name and an amount in the problem.
        let bad = dir
            .write("feil.ron", &std::fs::read_to_string(&path).expect("read").replace("\"18123\"", "\"99 999 999\""));
        state.open_path(&bad);
        state.last_valid.clone().expect("a result").0
    });
    let log = String::from_utf8(captured.0.lock().expect("log").clone()).expect("utf-8 log");
    for event in [
        "case file read",
        "calculation done",
        "recovery copy written",
        "case saved",
        "recovery copy removed",
        "case file refused",
    ] {
        assert!(log.contains(event), "{event:?} missing from:\n{log}");
    }
    assert_no_personal_data(&log, &[example("t3-par-med-barn.ron"), saved_case]);
    for secret in ["Kari Nordmann", "99 999 999", "99999999", "18 123", "18123", "t3.ron", "feil.ron"] {
        assert!(!log.contains(secret), "the log contains {secret:?}:\n{log}");
    }
}

#[test]
fn the_check_finds_a_name_a_birth_date_or_an_amount() {
    let t3 = example("t3-par-med-barn.ron");
    let clean = "2026-01-01T10:00:00.150000Z  INFO utmaling: calculation done months=1 bytes=1234";
    assert_no_personal_data(clean, std::slice::from_ref(&t3));
    for leak in ["person=Kari", "born=14.05.1990", "amount=18000", "amount=17450.00", "sum=\"17 450,00\"", "rent=12000"]
    {
        let log = format!("{clean}\n2026-01-01T10:00:01Z  INFO utmaling: {leak}");
        let caught = std::panic::catch_unwind(|| assert_no_personal_data(&log, std::slice::from_ref(&t3)));
        assert!(caught.is_err(), "{leak:?} was not caught");
    }
}

#[test]
fn other_crates_log_only_their_warnings() {
    let captured = Captured::default();
    let subscriber = utmaling::logging::subscriber(captured.clone(), tracing::level_filters::LevelFilter::TRACE);
    tracing::subscriber::with_default(subscriber, || {
        // What winit logs at debug level when it creates the window.
        tracing::debug!(target: "winit::platform_impl::linux::x11::window", title = "kari-nordmann.ron — utmaling", "create_window");
        tracing::info!(target: "accesskit_unix", value = "Kari Nordmann", "node changed");
        tracing::warn!(target: "wgpu_hal", "adapter lost");
        tracing::debug!(target: "utmaling::gui::safety", "recovery copy written");
    });
    let log = String::from_utf8(captured.0.lock().expect("log").clone()).expect("utf-8 log");
    assert!(log.contains("adapter lost"), "{log}");
    assert!(log.contains("recovery copy written"), "{log}");
    assert!(!log.contains("Kari") && !log.contains("kari"), "{log}");
}

#[test]
fn the_default_level_adds_nothing_to_an_error() {
    let dir = TempDir::new("log-default-refused");
    let text = std::fs::read_to_string(example_path("t1-enslig-full.ron"))
        .expect("read")
        .replace("\"8000\"", "\"8000 kroner\"");
    let path = dir.write("sak.ron", &text);
    let output = Command::new(env!("CARGO_BIN_EXE_utmaling"))
        .env_remove("UTMALING_LOG")
        .args(["--no-user-rates", "calc"])
        .arg(&path)
        .output()
        .expect("run utmaling");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with(&format!("feil: {}:", path.display())), "{stderr}");
}
