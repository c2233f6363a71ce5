//! Helpers shared by the integration tests: paths, the embedded rate book, small case builders
//! and a temporary folder that cleans up after itself.
#![allow(dead_code)]

#[cfg(feature = "gui")]
pub mod gui;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use utmaling::domain::case::{Adult, Case, Child, Expense, Household, Income, Living, Period};
use utmaling::domain::{Money, RateBook};

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn example_path(name: &str) -> PathBuf {
    manifest_dir().join("assets").join("examples").join(name)
}

/// A shipped example case, read through the same function the CLI uses.
pub fn example(name: &str) -> Case {
    let path = example_path(name);
    utmaling::cli::read_case(&path).unwrap_or_else(|e| panic!("{name} should parse: {e}"))
}

/// Run the built `utmaling` binary in the crate folder, without a user rates folder from the
/// environment (each test passes `--no-user-rates` or `--rates-dir` as it needs).
pub fn run_utmaling(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_utmaling"))
        .args(args)
        .current_dir(manifest_dir())
        .env_remove("UTMALING_RATES_DIR")
        .output()
        .expect("run the utmaling binary")
}

pub fn book() -> RateBook {
    RateBook::embedded().expect("embedded rate sets load")
}

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// An amount as a caseworker writes it ("5 570,97").
pub fn kr(text: &str) -> Money {
    Money::parse(text).unwrap_or_else(|e| panic!("test amount {text:?}: {e}"))
}

/// The text with amounts as the program writes them: "17 450 kr" with NBSP between the
/// groups and before "kr" (a space between two digits or before "kr" becomes NBSP).
pub fn nb(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        let next_kr = chars.get(i + 1) == Some(&'k') && chars.get(i + 2) == Some(&'r');
        out.push(if c == ' ' && prev_digit && (next_digit || next_kr) { utmaling::domain::money::NBSP } else { c });
    }
    out
}

pub fn adult(name: &str) -> Adult {
    Adult { name: name.to_string(), birth_date: Some(d(1980, 1, 1)), rate: None }
}

pub fn child(name: &str, birth_date: NaiveDate) -> Child {
    Child { name: name.to_string(), birth_date, share_percent: 100, needs: Vec::new() }
}

pub fn income(kind: &str, person: Option<&str>, amount: Money) -> Income {
    Income {
        kind: kind.to_string(),
        person: person.map(str::to_string),
        amount,
        origin: None,
        note: None,
        shield_reason: None,
    }
}

pub fn expense(kind: &str, applied: Money) -> Expense {
    Expense { kind: kind.to_string(), child: None, applied, accepted: None, reason: None, origin: None, note: None }
}

/// A household of one adult living alone, with nothing else, for the period.
pub fn single_case(from: NaiveDate, to: NaiveDate) -> Case {
    Case {
        format: 1,
        profile: None,
        period: Period { from, to },
        household: Household { living: Living::Single, adults: vec![adult("Søker")], children: Vec::new() },
        incomes: Vec::new(),
        expenses: Vec::new(),
        reductions: Vec::new(),
        assessment: String::new(),
        conditions: String::new(),
    }
}

/// A temporary folder under the system temp dir, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let path = std::env::temp_dir().join(format!("utmaling-test-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Write `text` to `name` inside the folder and return its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write temp file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
