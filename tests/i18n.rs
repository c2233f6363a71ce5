//! The translation files: each parses, all three define the same message ids, and every key
//! the program asks for exists in the bokmål file (the default and the fallback).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use utmaling::domain::kinds::{ChildNeed, EXPENSE_KINDS, INCOME_KINDS};
use utmaling::i18n::{Lang, message_ids};

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
