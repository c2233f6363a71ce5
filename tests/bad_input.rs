//! Bad input: every mistake gives a clear error that names its place (file, line:col or field
//! path) and says what is wrong — never a panic. Case files are read through the CLI's own
//! `read_case`, rate files through `parse_rates_file`.

mod common;

use proptest::prelude::*;
use utmaling::cli::read_case;
use utmaling::domain::calc::CalcError;
use utmaling::domain::case::parse_case;
use utmaling::domain::date::parse_date;
use utmaling::domain::kinds::{EXPENSE_KINDS, INCOME_KINDS};
use utmaling::domain::rates::parse_rates_file;
use utmaling::domain::{FileError, Money, calculate};

use common::{TempDir, book, d, example_path};

fn example_text(name: &str) -> String {
    std::fs::read_to_string(example_path(name)).expect("read example")
}

fn rate_text(name: &str) -> String {
    std::fs::read_to_string(common::manifest_dir().join("rates").join(name)).expect("read rate file")
}

/// What RON's "Expected string" says in this program.
const EXPECTED_STRING: &str =
    "forventet tekst i anførselstegn; beløp og datoer skrives som tekst, for eksempel \"12000\" og \"2024-03-01\"";

/// 1-based line and column (in characters) of the first occurrence of `needle`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// The error points at `needle`: same line, and a column at the value or the space just before it.
fn assert_points_at(error: &FileError, text: &str, needle: &str) {
    let (line, col) = position_of(text, needle);
    let (eline, ecol) = error.position.unwrap_or_else(|| panic!("no position in {error}"));
    assert_eq!(eline, line, "line of {needle:?} in: {error}");
    assert!(
        (col.saturating_sub(1)..=col + needle.chars().count()).contains(&ecol),
        "column {ecol} is not at {needle:?} (column {col}): {error}"
    );
}

/// Write `text` as a case file and read it back as the CLI does.
fn read_case_text(dir: &TempDir, name: &str, text: &str) -> (String, Result<utmaling::domain::Case, FileError>) {
    let path = dir.write(name, text);
    (path.display().to_string(), read_case(&path))
}

#[test]
fn float_amount_in_a_case_names_file_line_and_column() {
    let dir = TempDir::new("float");
    let text = example_text("t2-enslig-aap-supplerende.ron").replace("amount: \"12000\"", "amount: 8000.5");
    let (file, result) = read_case_text(&dir, "sak-flyttall.ron", &text);
    let error = result.expect_err("a float amount is refused");
    assert_eq!(error.file, file);
    assert_points_at(&error, &text, "8000.5");
    let shown = error.to_string();
    let (line, col) = error.position.expect("position");
    assert!(shown.starts_with(&format!("{file}:{line}:{col}: ")), "{shown}");
    // Names the field and says what is expected: amounts are strings.
    assert_eq!(error.field.as_deref(), Some("amount"));
    assert!(shown.ends_with(&format!(": amount: {EXPECTED_STRING}")), "{shown}");
}

#[test]
fn whole_number_without_quotes_is_refused_too() {
    let text = example_text("t3-par-med-barn.ron").replace("amount: \"18000\"", "amount: 18000");
    let error = parse_case("sak.ron", &text).expect_err("numbers without quotes are refused");
    assert_points_at(&error, &text, "18000");
    assert_eq!(error.field.as_deref(), Some("amount"));
    assert_eq!(error.message, EXPECTED_STRING);
}

#[test]
fn unknown_income_kind_lists_the_known_kinds() {
    let text = example_text("t2-enslig-aap-supplerende.ron").replace("kind: \"aap\"", "kind: \"lotto\"");
    let case = parse_case("sak.ron", &text).expect("kinds are checked after parsing");
    let CalcError::Invalid(problems) = calculate(&case, &book()).expect_err("unknown kind") else {
        panic!("expected CalcError::Invalid")
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "incomes[0].kind");
    assert!(problems[0].message.starts_with("ukjent inntektstype «lotto»; kjente typer er: "), "{}", problems[0]);
    for kind in INCOME_KINDS {
        assert!(problems[0].message.contains(kind.code), "{} missing from: {}", kind.code, problems[0].message);
    }
    assert_eq!(
        problems[0].in_file("sak.ron").to_string(),
        format!("sak.ron: incomes[0].kind: {}", problems[0].message)
    );
}

#[test]
fn unknown_expense_kind_lists_the_known_kinds() {
    let text = example_text("t1-enslig-full.ron").replace("kind: \"strom\"", "kind: \"strøm\"");
    let case = parse_case("sak.ron", &text).expect("parses");
    let error = calculate(&case, &book()).expect_err("unknown kind");
    let problems = error.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "expenses[1].kind");
    assert!(problems[0].message.starts_with("ukjent utgiftstype «strøm»; kjente typer er: "), "{}", problems[0]);
    for kind in EXPENSE_KINDS {
        assert!(problems[0].message.contains(kind.code), "{} missing from: {}", kind.code, problems[0].message);
    }
}

#[test]
fn missing_field_is_named() {
    let dir = TempDir::new("missing");
    let text: String = example_text("t1-enslig-full.ron")
        .lines()
        .filter(|l| !l.trim_start().starts_with("period:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let (file, result) = read_case_text(&dir, "uten-periode.ron", &text);
    let error = result.expect_err("period is required");
    assert_eq!(error.message, "feltet `period` mangler i `Case`");
    assert!(error.to_string().starts_with(&format!("{file}:")), "{error}");
    assert!(error.position.is_some(), "{error}");

    // A missing field inside a child names the field and the child structure.
    let text = example_text("t3-par-med-barn.ron").replace("birth_date: \"2012-01-30\",", "");
    let error = parse_case("sak.ron", &text).expect_err("a child needs a birth date");
    assert_eq!(error.message, "feltet `birth_date` mangler i `Child`");
    assert!(error.position.is_some(), "{error}");
}

#[test]
fn unknown_field_and_value_list_what_is_allowed() {
    let text = example_text("t1-enslig-full.ron").replace("living: Single", "living: Single, husdyr: 2");
    let error = parse_case("sak.ron", &text).expect_err("unknown field");
    assert_eq!(error.message, "ukjent felt `husdyr`; kjente felt er: living, adults, children");
    assert_points_at(&error, &text, "husdyr");

    let text = example_text("t1-enslig-full.ron").replace("living: Single", "living: Alene");
    let error = parse_case("sak.ron", &text).expect_err("unknown living");
    assert_eq!(error.message, "ukjent verdi `Alene`; gyldige verdier er: Single, Couple, SharedHousing");
    assert_points_at(&error, &text, "Alene");
}

#[test]
fn impossible_date_is_named_with_its_place() {
    let text = example_text("t3-par-med-barn.ron").replace("2019-09-14", "2019-02-30");
    let error = parse_case("sak.ron", &text).expect_err("30 February");
    assert_eq!(error.message, "«2019-02-30» finnes ikke i kalenderen");
    assert_points_at(&error, &text, "\"2019-02-30\"");
}

#[test]
fn date_before_2002_is_refused_with_before_oldest_set() {
    let text =
        example_text("t1-enslig-full.ron").replace("2024-03-01", "2001-12-01").replace("2024-03-31", "2001-12-31");
    let case = parse_case("sak.ron", &text).expect("parses");
    let error = calculate(&case, &book()).expect_err("no rates before 2002");
    assert_eq!(error, CalcError::BeforeOldestSet { date: d(2001, 12, 1), oldest: d(2002, 1, 1) });
    assert_eq!(
        error.to_string(),
        "period.from: datoen 01.12.2001 er før den eldste kjente satsen (01.01.2002); programmet har ingen satser før det"
    );
    let problems = error.problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field, "period.from");
}

#[test]
fn huge_amount_is_too_large_not_a_crash() {
    let huge = "1000000000000000000000000000000"; // 10^30
    assert_eq!(huge.len(), 31);
    let dir = TempDir::new("huge");
    let text = example_text("t2-enslig-aap-supplerende.ron").replace("\"12000\"", &format!("\"{huge}\""));
    let (file, result) = read_case_text(&dir, "stor.ron", &text);
    let error = result.expect_err("10^30 is refused");
    assert_eq!(error.file, file);
    assert_eq!(error.message, format!("«{huge}» er for stort; høyeste beløp er 10 000 000 kr per måned"));
    assert_points_at(&error, &text, &format!("\"{huge}\""));
    // Just above the ceiling, and the ceiling itself.
    let text = example_text("t2-enslig-aap-supplerende.ron").replace("\"12000\"", "\"10000000,01\"");
    assert!(parse_case("sak.ron", &text).expect_err("above the ceiling").message.contains("for stort"));
    let text = example_text("t2-enslig-aap-supplerende.ron").replace("\"12000\"", "\"10 000 000\"");
    assert!(parse_case("sak.ron", &text).is_ok());
}

#[test]
fn negative_amount_names_the_field() {
    let text = example_text("t1-enslig-full.ron").replace("applied: \"8000\"", "applied: \"-8000\"");
    let case = parse_case("sak.ron", &text).expect("a minus sign parses");
    let problems = calculate(&case, &book()).expect_err("negative rent").problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].to_string(), "expenses[0].applied: beløpet kan ikke være negativt");
}

#[test]
fn a_rate_on_the_couple_is_refused_not_ignored() {
    // Before, the calculation ignored it silently: the couple always gets one couple amount.
    let text = example_text("t3-par-med-barn.ron").replace(
        r#"(name: "Ola", birth_date: "1988-11-02")"#,
        r#"(name: "Ola", birth_date: "1988-11-02", rate: Some(Single))"#,
    );
    let case = parse_case("sak.ron", &text).expect("the field parses");
    let problems = calculate(&case, &book()).expect_err("a rate on the couple").problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].to_string(),
        "household.adults[1].rate: søkeren og en ektefelle/samboer får sats etter bosituasjonen; sats kan bare \
         settes for voksne utover dem (fjern «rate»)"
    );
}

#[test]
fn rates_file_with_a_float_literal_is_refused() {
    let text = rate_text("2024-01-01.ron").replace("enslige: \"7850\"", "enslige: 7850.0");
    let error = parse_rates_file("rates/ny.ron", &text).expect_err("a float rate is refused");
    assert_eq!(error.file, "rates/ny.ron");
    assert_points_at(&error, &text, "7850.0");
    assert_eq!(error.field.as_deref(), Some("enslige"));
    assert_eq!(error.message, EXPECTED_STRING);
    let (line, col) = error.position.expect("position");
    assert!(error.to_string().starts_with(&format!("rates/ny.ron:{line}:{col}: ")), "{error}");
}

#[test]
fn rates_file_missing_a_category_names_it_with_line_and_column() {
    let text: String =
        rate_text("2024-01-01.ron").lines().filter(|l| !l.contains("barn_6_10")).map(|l| format!("{l}\n")).collect();
    let error = parse_rates_file("rates/ny.ron", &text).expect_err("barn_6_10 is required");
    assert_eq!(error.message, "feltet `barn_6_10` mangler i `Rates`");
    // ron reports it where the `rates: ( ... )` block closes, the line after barn_11_17.
    let (line, _) = position_of(&text, "barn_11_17");
    assert_eq!(error.position, Some((line + 1, 5)), "{error}");
    assert_eq!(error.to_string(), format!("rates/ny.ron:{}:5: feltet `barn_6_10` mangler i `Rates`", line + 1));
}

#[test]
fn rates_file_with_a_negative_rate_names_the_field() {
    let text = rate_text("2024-01-01.ron").replace("barn_0_5: \"3850\"", "barn_0_5: \"-3850\"");
    let error = parse_rates_file("rates/ny.ron", &text).expect_err("negative rate");
    assert_eq!(error.to_string(), "rates/ny.ron: rates.barn_0_5: satsen kan ikke være negativ");
}

#[test]
fn newer_case_format_is_refused_and_says_to_update() {
    let text = example_text("t1-enslig-full.ron").replace("format: 1,", "format: 2,");
    let error = parse_case("sak.ron", &text).expect_err("format 2 is refused");
    assert_eq!(error.field.as_deref(), Some("format"));
    assert_eq!(
        error.to_string(),
        "sak.ron: format: filen har format 2, men dette programmet kan bare lese format 1; oppdater programmet"
    );
    // A newer file with fields this version does not know still gets the update message,
    // not a confusing "unknown field".
    let text = example_text("t1-enslig-full.ron").replace("format: 1,", "format: 2, nytt_felt: (a: 1),");
    let error = parse_case("sak.ron", &text).expect_err("format 2 is refused");
    assert!(error.message.ends_with("oppdater programmet"), "{error}");
    // An older, unknown format is refused too.
    let text = example_text("t1-enslig-full.ron").replace("format: 1,", "format: 0,");
    let error = parse_case("sak.ron", &text).expect_err("format 0 is refused");
    assert_eq!(error.to_string(), "sak.ron: format: forventet format 1, fant 0");
}

#[test]
fn unreadable_case_file_names_the_file() {
    let dir = TempDir::new("unreadable");
    let path = dir.path().join("finnes-ikke.ron");
    let error = read_case(&path).expect_err("no such file");
    assert_eq!(error.file, path.display().to_string());
    assert!(error.message.starts_with("kan ikke lese filen: "), "{error}");
}

/// A small random edit of a text: delete, duplicate or replace one character.
fn mutate(text: &str, at: usize, op: u8, with: char) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = at % chars.len().max(1);
    let mut out: Vec<char> = chars.clone();
    match op % 3 {
        0 => {
            out.remove(at);
        }
        1 => out.insert(at, chars[at]),
        _ => out[at] = with,
    }
    out.into_iter().collect()
}

const EXAMPLES: [&str; 6] = [
    "t1-enslig-full.ron",
    "t2-enslig-aap-supplerende.ron",
    "t3-par-med-barn.ron",
    "t4-par-med-barn-arbeidsinntekt.ron",
    "t5-enslig-overskudd.ron",
    "m1-flere-maneder-satsendring.ron",
];

fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        Just('"'),
        Just('('),
        Just(')'),
        Just(','),
        Just(':'),
        Just('9'),
        Just('0'),
        Just('-'),
        Just('.'),
        Just(' '),
        Just('\n'),
        Just('ø'),
        any::<char>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any small edit of an example either parses and calculates, or gives an error that
    /// names the file; nothing panics.
    #[test]
    fn edited_case_files_never_panic(example in 0..EXAMPLES.len(), at in any::<usize>(), op in any::<u8>(), with in interesting_char()) {
        let text = mutate(&example_text(EXAMPLES[example]), at, op, with);
        match parse_case("sak.ron", &text) {
            Ok(case) => {
                if let Err(e) = calculate(&case, &book()) {
                    prop_assert!(!e.to_string().is_empty());
                    prop_assert!(!e.problems().is_empty());
                }
            }
            Err(e) => {
                prop_assert_eq!(&e.file, "sak.ron");
                prop_assert!(!e.message.is_empty());
                prop_assert!(e.position.is_some() || e.field.is_some(), "no place named: {}", e);
            }
        }
    }

    #[test]
    fn edited_rate_files_never_panic(at in any::<usize>(), op in any::<u8>(), with in interesting_char()) {
        let text = mutate(&rate_text("2024-01-01.ron"), at, op, with);
        if let Err(e) = parse_rates_file("rates/ny.ron", &text) {
            prop_assert_eq!(&e.file, "rates/ny.ron");
            prop_assert!(e.position.is_some() || e.field.is_some(), "no place named: {}", e);
        }
    }

    #[test]
    fn any_text_as_amount_or_date_never_panics(text in ".{0,40}") {
        if let Ok(m) = Money::parse(&text) {
            prop_assert!(m.abs() <= utmaling::domain::money::MAX_MONTHLY_AMOUNT);
        }
        let _ = parse_date(&text);
    }

    #[test]
    fn digit_strings_as_amounts_are_parsed_or_refused(digits in "[0-9]{1,40}", frac in prop::option::of("[0-9]{0,3}")) {
        let text = match &frac { Some(f) => format!("{digits},{f}"), None => digits.clone() };
        match Money::parse(&text) {
            Ok(m) => prop_assert!(m.abs() <= utmaling::domain::money::MAX_MONTHLY_AMOUNT),
            Err(e) => {
                let message = e.to_string();
                prop_assert!(message.contains("for stort") || message.contains("desimaler"), "{}", message);
            }
        }
    }
}

/// Every shipped file a parser reads: the example cases, every embedded rate set and the
/// example municipal profile, as (is a case, path).
fn shipped_files() -> Vec<(bool, std::path::PathBuf)> {
    let mut files: Vec<_> = EXAMPLES.iter().map(|name| (true, example_path(name))).collect();
    let rates = common::manifest_dir().join("rates");
    let mut rate_files: Vec<_> = std::fs::read_dir(&rates)
        .expect("rates folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    rate_files.sort();
    files.extend(rate_files.into_iter().map(|p| (false, p)));
    files.push((false, example_path("profiles/eksempel-kommune.ron")));
    files
}

/// Apply byte edits: (position, operation, byte). Operations: delete, insert, replace, flip a bit.
fn mutate_bytes(mut bytes: Vec<u8>, edits: &[(usize, u8, u8)]) -> Vec<u8> {
    for &(at, op, byte) in edits {
        let at = at % (bytes.len() + 1);
        match op % 4 {
            0 if at < bytes.len() => {
                bytes.remove(at);
            }
            1 => bytes.insert(at, byte),
            2 if at < bytes.len() => bytes[at] = byte,
            3 if at < bytes.len() => bytes[at] ^= 1 << (byte % 8),
            _ => {}
        }
    }
    bytes
}

/// Parse bytes as the program would read that file; errors must name a place.
fn parse_shipped(is_case: bool, bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        // Not UTF-8: the file layer refuses it with a message (checked in the gallery).
        return Ok(());
    };
    if is_case {
        match parse_case("sak.ron", text) {
            Ok(case) => {
                if let Err(e) = calculate(&case, &book()) {
                    prop_assert!(!e.problems().is_empty());
                }
            }
            Err(e) => prop_assert!(e.position.is_some() || e.field.is_some(), "no place named: {}", e),
        }
    } else if let Err(e) = parse_rates_file("satser.ron", text) {
        prop_assert!(e.position.is_some() || e.field.is_some(), "no place named: {}", e);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any text at all, into every parser of typed or file input.
    #[test]
    fn any_text_into_every_parser_never_panics(text in any::<String>()) {
        let _ = Money::parse(&text);
        let _ = parse_date(&text);
        let _ = utmaling::domain::percent::parse_percent(&text);
        let _ = utmaling::domain::case::case_format_of(&text);
        if let Err(e) = parse_case("sak.ron", &text) {
            prop_assert!(e.position.is_some() || e.field.is_some(), "no place named: {}", e);
        }
        if let Err(e) = parse_rates_file("satser.ron", &text) {
            prop_assert!(e.position.is_some() || e.field.is_some(), "no place named: {}", e);
        }
    }

    /// Text made of RON's own characters after a `Case(` or `RateSet(` opening, to get past
    /// the first token and into the fields.
    #[test]
    fn ron_like_text_never_panics(body in "[a-z_ ]{0,12}(: ?)?[-\"()\\[\\],:0-9a-zA-Z_. \n]{0,120}") {
        for opening in ["Case(", "Case(format: 1, ", "RateSet(", "Profile(id: \"x\", "] {
            let text = format!("{opening}{body}");
            if let Err(e) = parse_case("sak.ron", &text) {
                prop_assert!(e.position.is_some() || e.field.is_some(), "no place named: {}", e);
            }
            if let Err(e) = parse_rates_file("satser.ron", &text) {
                prop_assert!(e.position.is_some() || e.field.is_some(), "no place named: {}", e);
            }
        }
    }

    /// Up to eight byte edits of any shipped case, rate set or profile file.
    #[test]
    fn byte_mutations_of_every_shipped_file_never_panic(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..8),
    ) {
        let files = shipped_files();
        let (is_case, path) = &files[pick.index(files.len())];
        let bytes = mutate_bytes(std::fs::read(path).expect("read shipped file"), &edits);
        parse_shipped(*is_case, &bytes)?;
    }
}

#[test]
fn the_byte_mutation_test_sees_every_shipped_file() {
    let files = shipped_files();
    assert_eq!(files.iter().filter(|(is_case, _)| *is_case).count(), EXAMPLES.len());
    // Every embedded rate set and the example profile.
    let embedded = utmaling::domain::rates::EMBEDDED_RATE_FILES.len();
    assert_eq!(files.iter().filter(|(is_case, _)| !*is_case).count(), embedded + 1, "{files:?}");
    for (is_case, path) in &files {
        parse_shipped(*is_case, &std::fs::read(path).expect("read")).expect("unedited files parse");
    }
}
