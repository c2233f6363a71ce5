//! Exercises for trainee mode (Øving): a narrative as a caseworker would read the application,
//! the facts as a case, and the rules the exercise drills. The answer key is never stored: it is
//! the engine's calculation of `case`, so an exercise cannot drift from the rules.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::calc::{CalcError, Calculation, calculate};
use super::case::{CASE_FORMAT, Case};
use super::error::FileError;
use super::rates::RateBook;

/// The exercise format version this program reads.
pub const EXERCISE_FORMAT: u32 = 1;

/// A rule from `rules.md` that an exercise drills. Progress is kept per rule, and a test maps
/// every rule to at least one shipped exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RuleTag {
    /// Enslige: one adult alone.
    RateSingle,
    /// Ektepar/samboere: one amount for the couple.
    RateCouple,
    /// Person i bofellesskap.
    RateSharedHousing,
    /// Couple versus bofellesskap: choosing the right category.
    CoupleVsSharedHousing,
    RateChild0to5,
    RateChild6to10,
    RateChild11to17,
    /// A child changes age band inside the period (band from the month after the birthday).
    AgeBandChange,
    /// Barnetrygd shielded from 1 Sep 2022 (§ 18 third paragraph).
    BarnetrygdShielded,
    /// Barnetrygd before 1 Sep 2022: counted or shielded by municipal choice.
    BarnetrygdBefore2022,
    /// Children's own work income in leisure time and holidays is shielded.
    ChildWorkIncomeShielded,
    KontantstotteCounted,
    BostotteCounted,
    /// The spouse's or cohabitant's income counts.
    SpouseIncomeCounted,
    /// Housing accepted below the amount applied for, with a reason.
    HousingAcceptedBelowApplied,
    /// Children's needs assessed and granted beyond the rate.
    ChildrenNeedsAssessed,
    /// Partial month: rates pro rata by calendar days.
    PartialMonth,
    /// A rate change inside the period (e.g. 1 July 2023).
    RateChangeJuly,
    /// Shared residence (delt bosted) or samvær: the child's rate pro rata.
    SharedResidence,
    /// Full assistance: no income.
    FullAssistance,
    /// Supplementary assistance: income below the need.
    SupplementaryAssistance,
    /// No entitlement: income above the need, surplus shown.
    NoEntitlementSurplus,
    /// An old case (e.g. 2009), with the rates then in force.
    OldCase,
    /// A reduction for breach of a § 20 condition.
    Reduction,
}

impl RuleTag {
    pub const ALL: [RuleTag; 24] = [
        RuleTag::RateSingle,
        RuleTag::RateCouple,
        RuleTag::RateSharedHousing,
        RuleTag::CoupleVsSharedHousing,
        RuleTag::RateChild0to5,
        RuleTag::RateChild6to10,
        RuleTag::RateChild11to17,
        RuleTag::AgeBandChange,
        RuleTag::BarnetrygdShielded,
        RuleTag::BarnetrygdBefore2022,
        RuleTag::ChildWorkIncomeShielded,
        RuleTag::KontantstotteCounted,
        RuleTag::BostotteCounted,
        RuleTag::SpouseIncomeCounted,
        RuleTag::HousingAcceptedBelowApplied,
        RuleTag::ChildrenNeedsAssessed,
        RuleTag::PartialMonth,
        RuleTag::RateChangeJuly,
        RuleTag::SharedResidence,
        RuleTag::FullAssistance,
        RuleTag::SupplementaryAssistance,
        RuleTag::NoEntitlementSurplus,
        RuleTag::OldCase,
        RuleTag::Reduction,
    ];

    /// Stable id (for progress files and tests), e.g. `barnetrygd-shielded`.
    pub fn id(self) -> &'static str {
        match self {
            RuleTag::RateSingle => "rate-single",
            RuleTag::RateCouple => "rate-couple",
            RuleTag::RateSharedHousing => "rate-shared-housing",
            RuleTag::CoupleVsSharedHousing => "couple-vs-shared-housing",
            RuleTag::RateChild0to5 => "rate-child-0-5",
            RuleTag::RateChild6to10 => "rate-child-6-10",
            RuleTag::RateChild11to17 => "rate-child-11-17",
            RuleTag::AgeBandChange => "age-band-change",
            RuleTag::BarnetrygdShielded => "barnetrygd-shielded",
            RuleTag::BarnetrygdBefore2022 => "barnetrygd-before-2022",
            RuleTag::ChildWorkIncomeShielded => "child-work-income-shielded",
            RuleTag::KontantstotteCounted => "kontantstotte-counted",
            RuleTag::BostotteCounted => "bostotte-counted",
            RuleTag::SpouseIncomeCounted => "spouse-income-counted",
            RuleTag::HousingAcceptedBelowApplied => "housing-accepted-below-applied",
            RuleTag::ChildrenNeedsAssessed => "children-needs-assessed",
            RuleTag::PartialMonth => "partial-month",
            RuleTag::RateChangeJuly => "rate-change-july",
            RuleTag::SharedResidence => "shared-residence",
            RuleTag::FullAssistance => "full-assistance",
            RuleTag::SupplementaryAssistance => "supplementary-assistance",
            RuleTag::NoEntitlementSurplus => "no-entitlement-surplus",
            RuleTag::OldCase => "old-case",
            RuleTag::Reduction => "reduction",
        }
    }

    /// The rule with this [`RuleTag::id`].
    pub fn from_id(id: &str) -> Option<RuleTag> {
        RuleTag::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The Fluent id of the rule's short name, e.g. `rule-tag-barnetrygd-shielded`.
    pub fn key(self) -> &'static str {
        match self {
            RuleTag::RateSingle => "rule-tag-rate-single",
            RuleTag::RateCouple => "rule-tag-rate-couple",
            RuleTag::RateSharedHousing => "rule-tag-rate-shared-housing",
            RuleTag::CoupleVsSharedHousing => "rule-tag-couple-vs-shared-housing",
            RuleTag::RateChild0to5 => "rule-tag-rate-child-0-5",
            RuleTag::RateChild6to10 => "rule-tag-rate-child-6-10",
            RuleTag::RateChild11to17 => "rule-tag-rate-child-11-17",
            RuleTag::AgeBandChange => "rule-tag-age-band-change",
            RuleTag::BarnetrygdShielded => "rule-tag-barnetrygd-shielded",
            RuleTag::BarnetrygdBefore2022 => "rule-tag-barnetrygd-before-2022",
            RuleTag::ChildWorkIncomeShielded => "rule-tag-child-work-income-shielded",
            RuleTag::KontantstotteCounted => "rule-tag-kontantstotte-counted",
            RuleTag::BostotteCounted => "rule-tag-bostotte-counted",
            RuleTag::SpouseIncomeCounted => "rule-tag-spouse-income-counted",
            RuleTag::HousingAcceptedBelowApplied => "rule-tag-housing-accepted-below-applied",
            RuleTag::ChildrenNeedsAssessed => "rule-tag-children-needs-assessed",
            RuleTag::PartialMonth => "rule-tag-partial-month",
            RuleTag::RateChangeJuly => "rule-tag-rate-change-july",
            RuleTag::SharedResidence => "rule-tag-shared-residence",
            RuleTag::FullAssistance => "rule-tag-full-assistance",
            RuleTag::SupplementaryAssistance => "rule-tag-supplementary-assistance",
            RuleTag::NoEntitlementSurplus => "rule-tag-no-entitlement-surplus",
            RuleTag::OldCase => "rule-tag-old-case",
            RuleTag::Reduction => "rule-tag-reduction",
        }
    }

    /// The Fluent id of the rule's legal basis or source, e.g. `rule-law-barnetrygd-shielded`
    /// ("sosialtjenesteloven § 18 tredje ledd").
    pub fn law_key(self) -> &'static str {
        match self {
            RuleTag::RateSingle => "rule-law-rate-single",
            RuleTag::RateCouple => "rule-law-rate-couple",
            RuleTag::RateSharedHousing => "rule-law-rate-shared-housing",
            RuleTag::CoupleVsSharedHousing => "rule-law-couple-vs-shared-housing",
            RuleTag::RateChild0to5 => "rule-law-rate-child-0-5",
            RuleTag::RateChild6to10 => "rule-law-rate-child-6-10",
            RuleTag::RateChild11to17 => "rule-law-rate-child-11-17",
            RuleTag::AgeBandChange => "rule-law-age-band-change",
            RuleTag::BarnetrygdShielded => "rule-law-barnetrygd-shielded",
            RuleTag::BarnetrygdBefore2022 => "rule-law-barnetrygd-before-2022",
            RuleTag::ChildWorkIncomeShielded => "rule-law-child-work-income-shielded",
            RuleTag::KontantstotteCounted => "rule-law-kontantstotte-counted",
            RuleTag::BostotteCounted => "rule-law-bostotte-counted",
            RuleTag::SpouseIncomeCounted => "rule-law-spouse-income-counted",
            RuleTag::HousingAcceptedBelowApplied => "rule-law-housing-accepted-below-applied",
            RuleTag::ChildrenNeedsAssessed => "rule-law-children-needs-assessed",
            RuleTag::PartialMonth => "rule-law-partial-month",
            RuleTag::RateChangeJuly => "rule-law-rate-change-july",
            RuleTag::SharedResidence => "rule-law-shared-residence",
            RuleTag::FullAssistance => "rule-law-full-assistance",
            RuleTag::SupplementaryAssistance => "rule-law-supplementary-assistance",
            RuleTag::NoEntitlementSurplus => "rule-law-no-entitlement-surplus",
            RuleTag::OldCase => "rule-law-old-case",
            RuleTag::Reduction => "rule-law-reduction",
        }
    }
}

/// One exercise file (`assets/exercises/*.ron`, or the user's exercise folder).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Exercise", deny_unknown_fields)]
pub struct Exercise {
    pub format: u32,
    /// Stable id (the file stem for shipped exercises); progress is stored under it.
    pub id: String,
    /// Norwegian (bokmål) title.
    pub title: String,
    /// 1 (first steps) to 3 (hard).
    pub difficulty: u8,
    pub rules: Vec<RuleTag>,
    /// The application as a caseworker would read it, in Norwegian.
    pub narrative: String,
    /// The facts; the key is `calculate(&case, book)`.
    pub case: Case,
}

impl Exercise {
    /// The answer key: the engine's calculation of the exercise's case. Never stored or typed.
    pub fn key(&self, book: &RateBook) -> Result<Calculation, CalcError> {
        calculate(&self.case, book)
    }
}

/// Only the format number, read first so that a file from a newer program is named as such.
#[derive(Deserialize)]
#[serde(rename = "Exercise")]
struct FormatProbe {
    format: u32,
}

/// Parse and check an exercise file's text. `file` names it in errors. The first problem is
/// returned; [`check_exercise`] returns all of them.
pub fn parse_exercise(file: &str, text: &str) -> Result<Exercise, FileError> {
    check_exercise(file, text).map_err(|errors| {
        errors.into_iter().next().unwrap_or_else(|| FileError::whole_file(file, "oppgaven kunne ikke leses"))
    })
}

/// Parse and check an exercise file's text, returning every problem found (at least one on
/// `Err`): a syntax error with line:col, or each semantic problem naming its field (with the
/// line:col of the top-level field when it can be found).
pub fn check_exercise(file: &str, text: &str) -> Result<Exercise, Vec<FileError>> {
    let exercise: Exercise = match ron::from_str(text) {
        Ok(exercise) => exercise,
        Err(e) => {
            if let Ok(probe) = ron::from_str::<FormatProbe>(text)
                && probe.format > EXERCISE_FORMAT
            {
                return Err(vec![newer_format(file, text, probe.format)]);
            }
            return Err(vec![FileError::from_ron_in(file, text, &e)]);
        }
    };
    let problems = problems_of(&exercise);
    if problems.is_empty() {
        return Ok(exercise);
    }
    Err(problems
        .into_iter()
        .map(|(field, message)| {
            let top = field.split(['.', '[']).next().unwrap_or_default();
            let position = if top == "case" && field != "case" { None } else { top_level_position(text, top) };
            FileError { file: file.to_string(), position, field: Some(field), message }
        })
        .collect())
}

fn newer_format(file: &str, text: &str, format: u32) -> FileError {
    FileError {
        file: file.to_string(),
        position: top_level_position(text, "format"),
        field: Some("format".to_string()),
        message: format!(
            "oppgaven har format {format}, men dette programmet kan bare lese format {EXERCISE_FORMAT}; oppdater programmet"
        ),
    }
}

/// The semantic problems of a parsed exercise: (field path, message in bokmål).
fn problems_of(exercise: &Exercise) -> Vec<(String, String)> {
    let mut p: Vec<(String, String)> = Vec::new();
    if exercise.format != EXERCISE_FORMAT {
        p.push(("format".into(), format!("forventet format {EXERCISE_FORMAT}, fant {}", exercise.format)));
    }
    if exercise.id.is_empty() {
        p.push(("id".into(), "id kan ikke være tom; bruk filnavnet uten .ron, for eksempel \"41-enslig-mor\"".into()));
    } else if !exercise.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        p.push((
            "id".into(),
            format!(
                "id «{}» kan bare ha små bokstaver a–z, sifre og bindestrek (ikke æ, ø, å eller mellomrom)",
                exercise.id
            ),
        ));
    }
    if exercise.title.trim().is_empty() {
        p.push(("title".into(), "oppgaven mangler tittel".into()));
    }
    if !(1..=3).contains(&exercise.difficulty) {
        p.push(("difficulty".into(), format!("vanskelighetsgrad må være 1, 2 eller 3, fant {}", exercise.difficulty)));
    }
    if exercise.rules.is_empty() {
        p.push((
            "rules".into(),
            format!(
                "oppgaven må øve minst én regel; kjente regler er: {}",
                RuleTag::ALL.iter().map(|t| format!("{t:?}")).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    for (i, tag) in exercise.rules.iter().enumerate() {
        if exercise.rules[..i].contains(tag) {
            p.push((format!("rules[{i}]"), format!("regelen {tag:?} står to ganger")));
        }
    }
    if exercise.narrative.trim().is_empty() {
        p.push(("narrative".into(), "oppgaven mangler fortelling (søknaden slik saksbehandleren leser den)".into()));
    }
    if exercise.case.format != CASE_FORMAT {
        p.push(("case.format".into(), format!("forventet format {CASE_FORMAT}, fant {}", exercise.case.format)));
    }
    for problem in exercise.case.validate() {
        p.push((format!("case.{}", problem.field), problem.message));
    }
    p
}

/// The 1-based line:col (in characters) of the value of a field written directly inside the
/// outermost parentheses (`difficulty: 5` in `Exercise(..., difficulty: 5, ...)`), skipping
/// strings and comments. None when it is not there.
fn top_level_position(text: &str, field: &str) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut depth = 0usize;
    let mut i = 0;
    let (mut line, mut col) = (1usize, 1usize);
    // Advance one character, keeping line and column.
    let step = |i: &mut usize, line: &mut usize, col: &mut usize| {
        if chars[*i] == '\n' {
            *line += 1;
            *col = 1;
        } else {
            *col += 1;
        }
        *i += 1;
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '"' {
            step(&mut i, &mut line, &mut col);
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' && i + 1 < chars.len() {
                    step(&mut i, &mut line, &mut col);
                }
                step(&mut i, &mut line, &mut col);
            }
            if i < chars.len() {
                step(&mut i, &mut line, &mut col);
            }
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                step(&mut i, &mut line, &mut col);
            }
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                step(&mut i, &mut line, &mut col);
            }
            for _ in 0..2 {
                if i < chars.len() {
                    step(&mut i, &mut line, &mut col);
                }
            }
            continue;
        }
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let starts_word = i == 0 || !(chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '_');
        if depth == 1 && starts_word && chars[i..].starts_with(&field.chars().collect::<Vec<_>>()) {
            let mut j = i + field.chars().count();
            let (mut l, mut k) = (line, col + field.chars().count());
            while j < chars.len() && chars[j].is_whitespace() && chars[j] != '\n' {
                j += 1;
                k += 1;
            }
            if chars.get(j) == Some(&':') {
                j += 1;
                k += 1;
                while j < chars.len() && chars[j].is_whitespace() {
                    if chars[j] == '\n' {
                        l += 1;
                        k = 1;
                    } else {
                        k += 1;
                    }
                    j += 1;
                }
                return Some((l, k));
            }
        }
        step(&mut i, &mut line, &mut col);
    }
    None
}

/// Everything the library checks for one file: [`check_exercise`], the id equal to the file
/// stem `stem`, the id not `taken` by another exercise, and (with a `book`) that the key can be
/// calculated. Every problem names the file and its place.
pub fn check_exercise_file(
    label: &str,
    stem: &str,
    text: &str,
    book: Option<&RateBook>,
    taken: impl Fn(&str) -> bool,
) -> Result<Exercise, Vec<FileError>> {
    let exercise = check_exercise(label, text)?;
    let at_id = |message: String| FileError {
        file: label.to_string(),
        position: top_level_position(text, "id"),
        field: Some("id".to_string()),
        message,
    };
    if exercise.id != stem {
        return Err(vec![at_id(format!(
            "id «{}» må være lik filnavnet uten .ron («{stem}»); gi filen nytt navn eller rett id",
            exercise.id
        ))]);
    }
    if taken(&exercise.id) {
        return Err(vec![at_id(format!(
            "det finnes allerede en oppgave med id «{}»; gi oppgaven en annen id og et annet filnavn",
            exercise.id
        ))]);
    }
    if let Some(book) = book
        && let Err(e) = exercise.key(book)
    {
        return Err(e
            .problems()
            .into_iter()
            .map(|problem| FileError {
                file: label.to_string(),
                position: None,
                field: (!problem.field.is_empty()).then(|| format!("case.{}", problem.field)),
                message: format!("fasiten kan ikke regnes ut: {}", problem.message),
            })
            .collect());
    }
    Ok(exercise)
}

/// The exercises shipped with the program: (file name, text). The id is the file stem.
pub const EMBEDDED_EXERCISE_FILES: &[(&str, &str)] = &[
    ("01-enslig-full-stonad.ron", include_str!("../../assets/exercises/01-enslig-full-stonad.ron")),
    ("02-barnetrygd-holdes-utenfor.ron", include_str!("../../assets/exercises/02-barnetrygd-holdes-utenfor.ron")),
    ("03-enslig-aap-supplerende.ron", include_str!("../../assets/exercises/03-enslig-aap-supplerende.ron")),
    ("04-ektepar-uten-inntekt.ron", include_str!("../../assets/exercises/04-ektepar-uten-inntekt.ron")),
    ("05-bofellesskap-kollektiv.ron", include_str!("../../assets/exercises/05-bofellesskap-kollektiv.ron")),
    ("06-enslig-overskudd.ron", include_str!("../../assets/exercises/06-enslig-overskudd.ron")),
    ("07-far-med-tenaring.ron", include_str!("../../assets/exercises/07-far-med-tenaring.ron")),
    ("08-bostotte-regnes-med.ron", include_str!("../../assets/exercises/08-bostotte-regnes-med.ron")),
    ("09-far-med-barnehagebarn.ron", include_str!("../../assets/exercises/09-far-med-barnehagebarn.ron")),
    ("10-samboer-inntekt-regnes-med.ron", include_str!("../../assets/exercises/10-samboer-inntekt-regnes-med.ron")),
    ("11-mor-med-sfo-barn.ron", include_str!("../../assets/exercises/11-mor-med-sfo-barn.ron")),
    ("12-kontantstotte-regnes-med.ron", include_str!("../../assets/exercises/12-kontantstotte-regnes-med.ron")),
    ("13-sommerjobb-16-aring.ron", include_str!("../../assets/exercises/13-sommerjobb-16-aring.ron")),
    ("14-husleie-godkjent-lavere.ron", include_str!("../../assets/exercises/14-husleie-godkjent-lavere.ron")),
    ("15-del-av-maned.ron", include_str!("../../assets/exercises/15-del-av-maned.ron")),
    ("16-fyller-6-i-perioden.ron", include_str!("../../assets/exercises/16-fyller-6-i-perioden.ron")),
    ("17-bofellesskap-ikke-par.ron", include_str!("../../assets/exercises/17-bofellesskap-ikke-par.ron")),
    ("18-samboere-ikke-bofellesskap.ron", include_str!("../../assets/exercises/18-samboere-ikke-bofellesskap.ron")),
    ("19-delt-bosted.ron", include_str!("../../assets/exercises/19-delt-bosted.ron")),
    ("20-barnetrygd-2021-regnes-med.ron", include_str!("../../assets/exercises/20-barnetrygd-2021-regnes-med.ron")),
    ("21-reduksjon-aktivitetsplikt.ron", include_str!("../../assets/exercises/21-reduksjon-aktivitetsplikt.ron")),
    ("22-eldre-sak-2009.ron", include_str!("../../assets/exercises/22-eldre-sak-2009.ron")),
    ("23-satsendring-juli-2023.ron", include_str!("../../assets/exercises/23-satsendring-juli-2023.ron")),
    (
        "24-satsendring-juli-2022-barnetrygd.ron",
        include_str!("../../assets/exercises/24-satsendring-juli-2022-barnetrygd.ron"),
    ),
    ("25-storfamilie-mange-feller.ron", include_str!("../../assets/exercises/25-storfamilie-mange-feller.ron")),
    ("26-delt-bosted-fyller-11.ron", include_str!("../../assets/exercises/26-delt-bosted-fyller-11.ron")),
    ("27-samvaer-del-av-maned.ron", include_str!("../../assets/exercises/27-samvaer-del-av-maned.ron")),
    ("28-familie-overskudd.ron", include_str!("../../assets/exercises/28-familie-overskudd.ron")),
    ("29-eldre-sak-2010-fyller-11.ron", include_str!("../../assets/exercises/29-eldre-sak-2010-fyller-11.ron")),
    ("30-reduksjon-og-hoy-husleie.ron", include_str!("../../assets/exercises/30-reduksjon-og-hoy-husleie.ron")),
    ("31-del-av-maned-og-satsendring.ron", include_str!("../../assets/exercises/31-del-av-maned-og-satsendring.ron")),
    ("32-voksent-barn-hjemme.ron", include_str!("../../assets/exercises/32-voksent-barn-hjemme.ron")),
];

/// Every exercise the program knows: the shipped ones and the user's folder.
#[derive(Clone, Debug, Default)]
pub struct ExerciseLibrary {
    /// Sorted by difficulty, then id.
    pub exercises: Vec<Exercise>,
    /// Files that could not be used, each naming its place.
    pub errors: Vec<FileError>,
    /// The user folder that was read, if any.
    pub user_dir: Option<PathBuf>,
}

impl ExerciseLibrary {
    /// The shipped exercises only.
    pub fn embedded() -> ExerciseLibrary {
        ExerciseLibrary::embedded_with(RateBook::embedded().ok().as_ref())
    }

    /// The shipped exercises, each key checked with `book` (when there is one).
    fn embedded_with(book: Option<&RateBook>) -> ExerciseLibrary {
        let mut library = ExerciseLibrary::default();
        for (name, text) in EMBEDDED_EXERCISE_FILES {
            let label = format!("assets/exercises/{name}");
            library.add(&label, name.strip_suffix(".ron").unwrap_or(name), text, book);
        }
        library.sort();
        library
    }

    /// The shipped exercises and every `*.ron` file in `user_dir`. A broken file, a file whose
    /// id differs from its name, or an id already taken becomes an entry in `errors`; the others
    /// still load. A missing folder is not an error.
    pub fn load(user_dir: Option<&Path>) -> ExerciseLibrary {
        let book = RateBook::embedded().ok();
        let mut library = ExerciseLibrary::embedded_with(book.as_ref());
        let Some(dir) = user_dir else { return library };
        library.user_dir = Some(dir.to_path_buf());
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return library,
            Err(e) => {
                library
                    .errors
                    .push(FileError::whole_file(&dir.display().to_string(), format!("kan ikke lese mappen: {e}")));
                return library;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        for path in paths {
            let label = path.display().to_string();
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            match std::fs::read_to_string(&path) {
                Ok(text) => library.add(&label, &stem, &text, book.as_ref()),
                Err(e) => library.errors.push(FileError::unreadable(&label, &e)),
            }
        }
        library.sort();
        library
    }

    /// Check one file and add it, or record why not.
    fn add(&mut self, label: &str, stem: &str, text: &str, book: Option<&RateBook>) {
        let taken = |id: &str| self.exercises.iter().any(|e| e.id == id);
        match check_exercise_file(label, stem, text, book, taken) {
            Ok(exercise) => self.exercises.push(exercise),
            Err(errors) => self.errors.extend(errors),
        }
    }

    fn sort(&mut self) {
        self.exercises.sort_by(|a, b| (a.difficulty, &a.id).cmp(&(b.difficulty, &b.id)));
    }

    pub fn get(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// True when the exercise came with the program (not from the user folder).
    pub fn is_shipped(id: &str) -> bool {
        EMBEDDED_EXERCISE_FILES.iter().any(|(name, _)| name.strip_suffix(".ron") == Some(id))
    }
}

/// The user exercise folder: `$UTMALING_EXERCISES_DIR`, else next to the user rates folder
/// (`~/.config/utmaling/exercises` on Linux, `%APPDATA%\utmaling\exercises` on Windows,
/// `~/Library/Application Support/utmaling/exercises` on macOS).
pub fn default_user_exercises_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("UTMALING_EXERCISES_DIR").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    super::rates::config_dir().map(|d| d.join("utmaling").join("exercises"))
}

#[cfg(test)]
mod tests {
    use super::top_level_position;

    #[test]
    fn finds_top_level_fields_only() {
        let text = "// id: no\nExercise(\n  format: 1,\n  id: \"a\", title: \"x: y\",\n  case: Case(format: 1),\n  difficulty:\n    5,\n)";
        assert_eq!(top_level_position(text, "format"), Some((3, 11)));
        assert_eq!(top_level_position(text, "id"), Some((4, 7)));
        assert_eq!(top_level_position(text, "difficulty"), Some((7, 5)));
        assert_eq!(top_level_position(text, "y"), None, "inside a string");
        assert_eq!(top_level_position(text, "rules"), None);
    }
}
