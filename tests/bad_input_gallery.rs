//! A gallery of bad input, one row per mistake: amounts, dates and percentages as typed in the
//! form, case files, rate set files and municipal profiles. Each row says where the error must
//! point (a field path, or `line:col` for a file that cannot be read as RON) and the words it
//! must contain. Every row is checked even when an earlier one fails, and all failures are
//! listed together.

mod common;

use utmaling::domain::date::parse_date;
use utmaling::domain::percent::parse_percent;
use utmaling::domain::rates::parse_rates_file;
use utmaling::domain::{FileError, Money, calculate, parse_case};

use common::{book, example_path, manifest_dir};

/// What is typed or read.
enum Input {
    /// An amount field in the form.
    Amount(&'static str),
    /// A date field in the form.
    Date(&'static str),
    /// A child's share of the month in the form.
    Percent(&'static str),
    /// A shipped example case with `find` replaced by `replace` (the first occurrence).
    Case { file: &'static str, find: &'static str, replace: &'static str },
    /// Raw text as a case file.
    CaseText(&'static str),
    /// The 2024 state rate set with one replacement.
    Rates { find: &'static str, replace: &'static str },
    /// The example municipal profile with one replacement.
    Profile { find: &'static str, replace: &'static str },
}

use Input::*;

/// Where the error must point: a field path (`Field`), a position only (`Position`), or nothing
/// beyond the message itself (`Text`, for what is typed into one form field).
enum Place {
    Field(&'static str),
    /// A line:col, and the field written just before the bad value when there is one.
    Position(Option<&'static str>),
    Text,
}

use Place::*;

struct Bad {
    what: &'static str,
    input: Input,
    place: Place,
    message: &'static str,
}

const fn bad(what: &'static str, input: Input, place: Place, message: &'static str) -> Bad {
    Bad { what, input, place, message }
}

const T1: &str = "t1-enslig-full.ron";
const T3: &str = "t3-par-med-barn.ron";
const T4: &str = "t4-par-med-barn-arbeidsinntekt.ron";

const GALLERY: &[Bad] = &[
    // Amounts as typed.
    bad("empty amount", Amount(""), Text, "beløpet er tomt; skriv et beløp"),
    bad("letters", Amount("tolv tusen"), Text, "«tolv tusen» er ikke et beløp; skriv kroner med desimalkomma"),
    bad("comma and point", Amount("12.345,50"), Text, "«12.345,50» har både komma og punktum"),
    bad("bad grouping", Amount("12 34"), Text, "«12 34» har feil gruppering; tusengrupper skal ha tre sifre"),
    bad("three decimals", Amount("12,345"), Text, "«12,345» har mer enn to desimaler"),
    bad("above the ceiling", Amount("10 000 000,01"), Text, "er for stort; høyeste beløp er 10 000 000 kr per måned"),
    bad("only a minus", Amount("-"), Text, "«-» er ikke et beløp"),
    bad("exponent", Amount("1e5"), Text, "«1e5» er ikke et beløp"),
    bad("fraction sign", Amount("½"), Text, "«½» er ikke et beløp"),
    // Dates as typed.
    bad("empty date", Date(""), Text, "datoen er tom; skriv dd.mm.åååå"),
    bad("30 February", Date("30.02.2024"), Text, "«30.02.2024» finnes ikke i kalenderen"),
    bad("slashes", Date("14/03/2024"), Text, "«14/03/2024» er ikke en dato; skriv dd.mm.åååå"),
    bad("two-digit year", Date("14.03.24"), Text, "«14.03.24» er ikke en dato"),
    bad("month 13", Date("2024-13-01"), Text, "«2024-13-01» finnes ikke i kalenderen"),
    bad("words", Date("i morgen"), Text, "«i morgen» er ikke en dato"),
    // Percentages as typed.
    bad("empty share", Percent(""), Text, "andelen er tom; skriv et helt tall fra 0 til 100"),
    bad("word share", Percent("halv"), Text, "«halv» er ikke en andel; skriv et helt tall fra 0 til 100"),
    bad("share above 100", Percent("150"), Text, "andelen må være mellom 0 og 100 %, fant «150»"),
    bad("negative share", Percent("-10 %"), Text, "andelen må være mellom 0 og 100 %, fant «-10 %»"),
    bad("decimal share", Percent("33,3"), Text, "«33,3» har desimaler; skriv andelen som et helt tall"),
    // Case files that cannot be read.
    bad(
        "amount as a float",
        Case { file: T3, find: "amount: \"18000\"", replace: "amount: 18000.5" },
        Position(Some("amount")),
        "forventet tekst i anførselstegn; beløp og datoer skrives som tekst",
    ),
    bad(
        "amount too large in a file",
        Case { file: T3, find: "\"18000\"", replace: "\"12 000 000\"" },
        Position(Some("amount")),
        "«12 000 000» er for stort",
    ),
    bad(
        "amount with letters in a file",
        Case { file: T1, find: "\"8000\"", replace: "\"8000 kroner\"" },
        Position(Some("applied")),
        "«8000 kroner» er ikke et beløp",
    ),
    bad(
        "impossible birth date",
        Case { file: T3, find: "2019-09-14", replace: "2019-02-30" },
        Position(Some("birth_date")),
        "«2019-02-30» finnes ikke i kalenderen",
    ),
    bad(
        "date with slashes in a file",
        Case { file: T1, find: "\"2024-03-01\"", replace: "\"01/03/2024\"" },
        Position(Some("from")),
        "«01/03/2024» er ikke en dato",
    ),
    bad(
        "unknown living situation",
        Case { file: T1, find: "living: Single", replace: "living: Alene" },
        Position(Some("living")),
        "ukjent verdi `Alene`; gyldige verdier er: Single, Couple, SharedHousing",
    ),
    bad(
        "unknown field",
        Case { file: T1, find: "living: Single", replace: "living: Single, husdyr: 2" },
        Position(None),
        "ukjent felt `husdyr`; kjente felt er: living, adults, children",
    ),
    bad(
        "missing period",
        Case { file: T1, find: "period: (from: \"2024-03-01\", to: \"2024-03-31\"),", replace: "" },
        Position(None),
        "feltet `period` mangler i `Case`",
    ),
    bad(
        "newer format",
        Case { file: T1, find: "format: 1,", replace: "format: 3," },
        Field("format"),
        "filen har format 3, men dette programmet kan bare lese format 1; oppdater programmet",
    ),
    bad(
        "share as text",
        Case { file: T3, find: "share_percent: 100", replace: "share_percent: \"50\"" },
        Position(Some("share_percent")),
        "forventet et helt tall uten anførselstegn, for eksempel 100",
    ),
    bad(
        "negative share in a file",
        Case { file: T3, find: "share_percent: 100", replace: "share_percent: -50" },
        Position(Some("share_percent")),
        "tallet er utenfor det som er lov her",
    ),
    bad(
        "option without Some",
        Case { file: T3, find: "person: Some(\"Kari\")", replace: "person: \"Kari\"" },
        Position(Some("person")),
        "forventet Some(...) eller None",
    ),
    bad(
        "missing comma",
        Case { file: T1, find: "format: 1,", replace: "format: 1" },
        Position(None),
        "forventet et komma mellom feltene",
    ),
    bad("cut off", CaseText("Case(format: 1, period: (from: \"2024-03-01\", to: \"2024-03-31\"), household: ("), Position(Some("household")), "filen slutter for tidlig"),
    bad(
        "text after the end",
        Case { file: T1, find: "ettromsleilighet.\",\n)", replace: "ettromsleilighet.\",\n) Case()" },
        Position(None),
        "uventet tekst etter slutten",
    ),
    bad(
        "unterminated text",
        CaseText("Case(format: 1, profile: None, assessment: \"uten slutt"),
        Position(Some("assessment")),
        "teksten mangler avsluttende anførselstegn",
    ),
    bad("empty file", CaseText(""), Position(None), "forventet `Case(...)`"),
    bad("a rate set given as a case", CaseText("RateSet(effective: \"2024-01-01\")"), Position(None), "forventet `Case(...)`, fant `RateSet(...)`"),
    // Case files that can be read but do not make sense (Case::validate through the engine).
    bad(
        "period ends before it starts",
        Case { file: T1, find: "to: \"2024-03-31\"", replace: "to: \"2024-02-15\"" },
        Field("period.to"),
        "perioden slutter (15.02.2024) før den begynner (01.03.2024)",
    ),
    bad(
        "child born after the period",
        Case { file: T3, find: "2019-09-14", replace: "2024-05-01" },
        Field("household.children[0].birth_date"),
        "barnet er født (01.05.2024) etter at perioden slutter",
    ),
    bad(
        "child aged 18 on the first day",
        Case { file: T3, find: "2012-01-30", replace: "2006-03-01" },
        Field("household.children[1].birth_date"),
        "barnet er 18 år eller eldre ved periodens start",
    ),
    bad(
        "share above 100 in a file",
        Case { file: T3, find: "share_percent: 100", replace: "share_percent: 150" },
        Field("household.children[0].share_percent"),
        "andelen må være mellom 0 og 100 %, fant 150",
    ),
    bad(
        "negative rent",
        Case { file: T1, find: "applied: \"8000\"", replace: "applied: \"-8000\"" },
        Field("expenses[0].applied"),
        "beløpet kan ikke være negativt",
    ),
    bad(
        "accepted above applied without a reason",
        Case { file: T1, find: "applied: \"700\"", replace: "applied: \"700\", accepted: Some(\"900\")" },
        Field("expenses[1].reason"),
        "godkjent beløp er høyere enn søkt beløp; skriv en begrunnelse",
    ),
    bad(
        "accepted below applied without a reason",
        Case { file: T1, find: "applied: \"8000\"", replace: "applied: \"8000\", accepted: Some(\"7000\")" },
        Field("expenses[0].reason"),
        "godkjent beløp er lavere enn søkt beløp; skriv en begrunnelse",
    ),
    bad(
        "the same name twice",
        Case { file: T3, find: "name: \"Noah\"", replace: "name: \"Emma\"" },
        Field("household"),
        "navnet «Emma» står to ganger",
    ),
    bad(
        "no adults",
        Case { file: T1, find: "adults: [(name: \"Søker\", birth_date: \"1985-06-02\")]", replace: "adults: []" },
        Field("household.adults"),
        "husstanden har ingen voksne; legg inn søkeren",
    ),
    bad(
        "a couple of one",
        Case { file: T3, find: ", (name: \"Ola\", birth_date: \"1988-11-02\")", replace: "" },
        Field("household.adults"),
        "ektepar/samboere krever to voksne",
    ),
    bad(
        "blank name",
        Case { file: T1, find: "name: \"Søker\"", replace: "name: \"  \"" },
        Field("household.adults[0].name"),
        "skriv et navn eller en rolle",
    ),
    bad(
        "adult born after the period starts",
        Case { file: T1, find: "1985-06-02", replace: "2024-03-15" },
        Field("household.adults[0].birth_date"),
        "fødselsdatoen er etter periodens start",
    ),
    bad(
        "unknown income kind",
        Case { file: T3, find: "kind: \"jobb\"", replace: "kind: \"lotto\"" },
        Field("incomes[0].kind"),
        "ukjent inntektstype «lotto»; kjente typer er: jobb,",
    ),
    bad(
        "income of someone outside the household",
        Case { file: T3, find: "person: Some(\"Kari\")", replace: "person: Some(\"Per\")" },
        Field("incomes[0].person"),
        "«Per» er ikke med i husstanden",
    ),
    bad(
        "expense for a child not in the household",
        Case { file: T1, find: "kind: \"strom\",", replace: "kind: \"strom\", child: Some(\"Lise\")," },
        Field("expenses[1].child"),
        "«Lise» er ikke et av barna i husstanden",
    ),
    bad(
        "period longer than five years",
        Case { file: T1, find: "to: \"2024-03-31\"", replace: "to: \"2030-03-31\"" },
        Field("period.to"),
        "perioden er lengre enn fem år",
    ),
    bad(
        "reduction without a reason",
        Case { file: T1, find: "incomes: [],", replace: "incomes: [], reductions: [(amount: \"500\", reason: \" \")]," },
        Field("reductions[0].reason"),
        "en reduksjon for brudd på vilkår krever begrunnelse",
    ),
    bad(
        "child's work income on an adult",
        Case { file: T4, find: "kind: \"jobb\"", replace: "kind: \"barns_arbeidsinntekt\"" },
        Field("incomes[0].person"),
        "barns arbeidsinntekt må knyttes til et av barna i husstanden",
    ),
    // Rate set files.
    bad(
        "rate as a float",
        Rates { find: "enslige: \"7850\"", replace: "enslige: 7850.0" },
        Position(Some("enslige")),
        "forventet tekst i anførselstegn",
    ),
    bad(
        "rate category missing",
        Rates { find: "barn_6_10: \"3950\",", replace: "" },
        Position(None),
        "feltet `barn_6_10` mangler i `Rates`",
    ),
    bad(
        "negative rate",
        Rates { find: "barn_0_5: \"3850\"", replace: "barn_0_5: \"-3850\"" },
        Field("rates.barn_0_5"),
        "satsen kan ikke være negativ",
    ),
    bad(
        "rate with letters",
        Rates { find: "\"13100\"", replace: "\"13 100 kroner\"" },
        Position(Some("ektepar_samboere")),
        "«13 100 kroner» er ikke et beløp",
    ),
    bad("no source", Rates { find: "published: \"regjeringen.no", replace: "published: \"  \", x: \"" }, Position(None), "ukjent felt `x`"),
    bad(
        "empty source",
        Rates { find: "\"regjeringen.no, A-3/2023; Statsforvalteren i Agder\"", replace: "\" \"" },
        Field("published"),
        "skriv hvor satsene er publisert",
    ),
    bad(
        "empty rundskriv",
        Rates { find: "Some(\"A-3/2023\")", replace: "Some(\"\")" },
        Field("rundskriv"),
        "skriv rundskrivets nummer",
    ),
    bad(
        "effective before 2001",
        Rates { find: "effective: \"2024-01-01\"", replace: "effective: \"1999-01-01\"" },
        Field("effective"),
        "statlige veiledende satser finnes først fra 2001",
    ),
    bad(
        "impossible effective date",
        Rates { find: "effective: \"2024-01-01\"", replace: "effective: \"2024-02-30\"" },
        Position(Some("effective")),
        "«2024-02-30» finnes ikke i kalenderen",
    ),
    bad(
        "unknown status",
        Rates { find: "status: Confirmed", replace: "status: Sikker" },
        Position(Some("status")),
        "ukjent verdi `Sikker`; gyldige verdier er: Confirmed",
    ),
    // Municipal profiles.
    bad(
        "profile id with spaces",
        Profile { find: "id: \"eksempelkommune\"", replace: "id: \"Eksempel kommune\"" },
        Field("id"),
        "profil-id skal være små bokstaver a–z, sifre, - eller _",
    ),
    bad(
        "profile id stat",
        Profile { find: "id: \"eksempelkommune\"", replace: "id: \"stat\"" },
        Field("id"),
        "\"stat\" er reservert for de statlige satsene",
    ),
    bad(
        "housing norm for 0 persons",
        Profile { find: "(persons: 1, max: \"9000\")", replace: "(persons: 0, max: \"9000\")" },
        Field("housing_norm[0].persons"),
        "antall personer må være minst 1",
    ),
    bad(
        "negative housing norm",
        Profile { find: "max: \"9000\"", replace: "max: \"-9000\"" },
        Field("housing_norm[0].max"),
        "normen kan ikke være negativ",
    ),
    bad(
        "housing norm without Some",
        Profile { find: "housing_norm: Some([", replace: "housing_norm: ([" },
        Position(Some("housing_norm")),
        "forventet",
    ),
    bad(
        "unknown barnetrygd policy",
        Profile { find: "barnetrygd_before_2022_09: Shield", replace: "barnetrygd_before_2022_09: Skjerm" },
        Position(Some("barnetrygd_before_2022_09")),
        "ukjent verdi `Skjerm`; gyldige verdier er: Count, Shield",
    ),
    bad(
        "two sets with the same date",
        Profile {
            find: "rates: [],",
            replace: "rates: [
                (effective: \"2024-01-01\", rates: (enslige: \"8000\", ektepar_samboere: \"13000\", bofellesskap: \"7000\", barn_0_5: \"4000\", barn_6_10: \"4000\", barn_11_17: \"5000\"), rundskriv: None, status: Confirmed, published: \"vedtak\"),
                (effective: \"2024-01-01\", rates: (enslige: \"8100\", ektepar_samboere: \"13000\", bofellesskap: \"7000\", barn_0_5: \"4000\", barn_6_10: \"4000\", barn_11_17: \"5000\"), rundskriv: None, status: Confirmed, published: \"vedtak\"),
            ],",
        },
        Field("rates[1].effective"),
        "to satser har samme dato 01.01.2024 (se også rates[0])",
    ),
];

fn replaced(text: &str, find: &str, replace: &str) -> String {
    assert!(text.contains(find), "{find:?} is not in the file");
    text.replacen(find, replace, 1)
}

fn read(path: std::path::PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The error for one row as (field, has a position, message), or why there was none.
fn error_for(input: &Input, place: &Place) -> Result<(Option<String>, bool, String), String> {
    let from_file = |e: FileError| (e.field, e.position.is_some(), e.message);
    match input {
        Amount(text) => {
            Money::parse(text).map(|m| format!("read as {m:?}")).map_or_else(|e| Ok((None, false, e.to_string())), Err)
        }
        Date(text) => {
            parse_date(text).map(|d| format!("read as {d}")).map_or_else(|e| Ok((None, false, e.to_string())), Err)
        }
        Percent(text) => {
            parse_percent(text).map(|p| format!("read as {p}")).map_or_else(|e| Ok((None, false, e.to_string())), Err)
        }
        Case { .. } | CaseText(_) => {
            let text = match input {
                Case { file, find, replace } => replaced(&read(example_path(file)), find, replace),
                CaseText(text) => text.to_string(),
                _ => unreachable!(),
            };
            let case = match parse_case("sak.ron", &text) {
                Err(e) => return Ok(from_file(e)),
                Ok(case) => case,
            };
            let Err(error) = calculate(&case, &book()) else { return Err("the case was accepted".into()) };
            let problems = error.problems();
            // Several problems may be found; the row's field must be among them.
            let wanted = match place {
                Field(field) => *field,
                _ => return Err(format!("parsed, then: {problems:?}")),
            };
            problems
                .iter()
                .find(|p| p.field == wanted)
                .map(|p| (Some(p.field.clone()), false, p.message.clone()))
                .ok_or_else(|| format!("no problem at {wanted}: {problems:?}"))
        }
        Rates { find, replace } => {
            let text = replaced(&read(manifest_dir().join("rates/2024-01-01.ron")), find, replace);
            parse_rates_file("ny.ron", &text).map(|_| "accepted".to_string()).map_or_else(|e| Ok(from_file(e)), Err)
        }
        Profile { find, replace } => {
            let text = replaced(&read(example_path("profiles/eksempel-kommune.ron")), find, replace);
            parse_rates_file("kommune.ron", &text)
                .map(|_| "accepted".to_string())
                .map_or_else(|e| Ok(from_file(e)), Err)
        }
    }
}

#[test]
fn every_bad_input_gets_its_own_message_at_its_place() {
    assert!(GALLERY.len() >= 40, "the gallery has {} rows", GALLERY.len());
    let mut failures = Vec::new();
    for row in GALLERY {
        let (field, positioned, message) = match error_for(&row.input, &row.place) {
            Ok(found) => found,
            Err(why) => {
                failures.push(format!("{}: no error ({why})", row.what));
                continue;
            }
        };
        if !message.contains(row.message) {
            failures.push(format!("{}: message {message:?} lacks {:?}", row.what, row.message));
        }
        let place_ok = match &row.place {
            Field(wanted) => field.as_deref() == Some(*wanted),
            Position(wanted) => positioned && field.as_deref() == *wanted,
            Text => field.is_none(),
        };
        if !place_ok {
            failures.push(format!("{}: place is field {field:?}, position {positioned}", row.what));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), GALLERY.len(), failures.join("\n"));
}

#[test]
fn the_gallery_covers_every_kind_of_input() {
    let count = |f: fn(&Input) -> bool| GALLERY.iter().filter(|b| f(&b.input)).count();
    assert!(count(|i| matches!(i, Amount(_))) >= 5);
    assert!(count(|i| matches!(i, Date(_))) >= 5);
    assert!(count(|i| matches!(i, Percent(_))) >= 5);
    assert!(count(|i| matches!(i, Case { .. } | CaseText(_))) >= 20);
    assert!(count(|i| matches!(i, Rates { .. })) >= 5);
    assert!(count(|i| matches!(i, Profile { .. })) >= 5);
}

#[test]
fn a_case_file_that_is_not_utf8_says_so() {
    let dir = common::TempDir::new("not-utf8");
    let path = dir.path().join("latin1.ron");
    let mut bytes = read(example_path(T1)).into_bytes();
    bytes.extend_from_slice(b"// S\xf8ker\n"); // "Søker" in Latin-1
    std::fs::write(&path, bytes).expect("write");
    let error = utmaling::cli::read_case(&path).expect_err("not UTF-8");
    assert_eq!(
        error.to_string(),
        format!("{}: filen er ikke UTF-8-tekst; lagre den som UTF-8 og prøv igjen", path.display())
    );
}
