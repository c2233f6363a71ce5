//! The command line: `utmaling calc`, `utmaling pdf`, `utmaling rates`, `utmaling check-rates`.
//! Without a subcommand the binary opens the window (see main.rs).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde_json::json;

use crate::domain::date::iso;
use crate::domain::explain::explain_text;
use crate::domain::json::calculation_json;
use crate::domain::rates::{Category, RatesFile, default_user_rates_dir, parse_rates_file};
#[cfg(feature = "pdf")]
use crate::domain::report::Report;
use crate::domain::{Case, FileError, RateBook, calculate, parse_case};
use crate::i18n::{Lang, Localizer};

#[derive(Debug, Parser)]
#[command(
    name = "utmaling",
    version,
    about = "Utmåling av økonomisk stønad (sosialtjenesteloven § 18) med statlige veiledende satser"
)]
pub struct Cli {
    /// Folder with extra rate sets and municipal profiles (default: the user rates folder).
    #[arg(long, global = true, value_name = "MAPPE")]
    pub rates_dir: Option<PathBuf>,
    /// Use only the rate sets built into the program.
    #[arg(long, global = true)]
    pub no_user_rates: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A case file to open in the window.
    #[arg(value_name = "SAK.ron")]
    pub case: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Calculate a case and print the explanation (or JSON).
    Calc {
        #[arg(value_name = "SAK.ron")]
        case: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Language of the text explanation: nb (bokmål), nn (nynorsk) or en (English).
        /// JSON is always bokmål.
        #[arg(long, value_name = "nb|nn|en", default_value = "nb", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Calculate a case and write the printable explanation (beregningsvedlegg) as PDF.
    #[cfg(feature = "pdf")]
    Pdf {
        #[arg(value_name = "SAK.ron")]
        case: PathBuf,
        /// The PDF file to write.
        #[arg(short, long, value_name = "UT.pdf")]
        output: PathBuf,
        /// Language of the explanation: nb (bokmål), nn (nynorsk) or en (English).
        #[arg(long, value_name = "nb|nn|en", default_value = "nb", value_parser = parse_lang)]
        lang: Lang,
    },
    /// List every rate set the program knows (built in and from the user folder).
    Rates {
        #[arg(long)]
        json: bool,
    },
    /// Check a rates file (a RateSet or a municipal Profile) without installing it.
    CheckRates {
        #[arg(value_name = "FIL.ron")]
        file: PathBuf,
    },
    /// Calculate many cases in parallel: case files, folders (searched for *.ron) and list
    /// files `[Case(...), ...]`. Prints one JSON line per case and a summary line; a broken
    /// file gets an error line and the run goes on. Exit code 1 only if no case could be read.
    Batch {
        #[arg(value_name = "STI", required = true)]
        paths: Vec<PathBuf>,
        /// Number of threads (default: one per core).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        threads: Option<u16>,
    },
    /// Exercises for trainee mode (Øving): check exercise files, or list the library.
    Exercise {
        #[command(subcommand)]
        action: ExerciseCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExerciseCommand {
    /// Check exercise files: syntax (line:col), fields, the case, and that the key can be
    /// calculated. Prints the id, title, rules and the key; exit code 1 if any file has an error.
    Check {
        #[arg(value_name = "OPPGAVE.ron", required = true)]
        files: Vec<PathBuf>,
    },
    /// List the exercises: those shipped with the program and those in the user folder.
    List {
        /// The user exercise folder (default: $UTMALING_EXERCISES_DIR or …/utmaling/exercises).
        #[arg(long, value_name = "MAPPE")]
        dir: Option<PathBuf>,
    },
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_short(code).ok_or_else(|| format!("ukjent språk «{code}»; bruk nb, nn eller en"))
}

impl Cli {
    /// The user rates folder this run reads, if any.
    pub fn user_rates_dir(&self) -> Option<PathBuf> {
        if self.no_user_rates {
            return None;
        }
        self.rates_dir.clone().or_else(default_user_rates_dir)
    }
}

/// The embedded sets plus the user folder. Problems in user files are returned, not fatal:
/// the program still runs on the embedded rates.
pub fn load_rate_book(user_dir: Option<&Path>) -> Result<(RateBook, Vec<FileError>), FileError> {
    let mut book = RateBook::embedded()?;
    let errors = match user_dir {
        Some(dir) => book.load_user_folder(dir),
        None => Vec::new(),
    };
    tracing::info!(
        state_sets = book.state_sets().len(),
        profiles = book.profiles().len(),
        skipped_files = errors.len(),
        "rate book loaded"
    );
    Ok((book, errors))
}

/// Read and parse a case file, naming the file in every error.
pub fn read_case(path: &Path) -> Result<Case, FileError> {
    let label = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| FileError::unreadable(&label, &e))?;
    let result = parse_case(&label, &text);
    crate::logging::case_read(text.len(), result.as_ref().map(|_| ()));
    result
}

/// Run a subcommand; returns the process exit code.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    let (book, user_errors) = match load_rate_book(cli.user_rates_dir().as_deref()) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("feil i innebygde satser: {e}");
            return ExitCode::FAILURE;
        }
    };
    for error in &user_errors {
        eprintln!("advarsel: hoppet over en fil i brukermappen for satser: {error}");
    }
    match command {
        Command::Calc { case, json, lang } => calc(&book, case, *json, *lang),
        #[cfg(feature = "pdf")]
        Command::Pdf { case, output, lang } => pdf(&book, case, output, *lang),
        Command::Rates { json } => rates(&book, *json),
        Command::CheckRates { file } => check_rates(&book, file),
        Command::Batch { paths, threads } => crate::batch::run(paths, &book, threads.map(usize::from)),
        Command::Exercise { action: ExerciseCommand::Check { files } } => exercise_check(&book, files),
        Command::Exercise { action: ExerciseCommand::List { dir } } => exercise_list(dir.as_deref()),
    }
}

fn calc(book: &RateBook, path: &Path, as_json: bool, lang: Lang) -> ExitCode {
    let case = match read_case(path) {
        Ok(case) => case,
        Err(e) => {
            eprintln!("feil: {e}");
            return ExitCode::FAILURE;
        }
    };
    let calculation = match calculate(&case, book) {
        Ok(c) => {
            crate::logging::calculation_done(&c, tracing::Level::INFO);
            c
        }
        Err(e) => {
            let label = path.display();
            for problem in e.problems() {
                if problem.field.is_empty() {
                    eprintln!("feil: {label}: {}", problem.message);
                } else {
                    eprintln!("feil: {label}: {}: {}", problem.field, problem.message);
                }
            }
            return ExitCode::FAILURE;
        }
    };
    if as_json {
        let value = calculation_json(&case, &calculation);
        emit(&(serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"));
    } else {
        emit(&explain_text(&Localizer::new(lang), &case, &calculation));
    }
    ExitCode::SUCCESS
}

#[cfg(feature = "pdf")]
fn pdf(book: &RateBook, path: &Path, output: &Path, lang: Lang) -> ExitCode {
    let Some((case, calculation)) = read_and_calculate(book, path) else {
        return ExitCode::FAILURE;
    };
    let today = chrono::Local::now().date_naive();
    let report = Report::build(&case, &calculation, &Localizer::new(lang), today, env!("CARGO_PKG_VERSION"));
    let bytes = match crate::pdf::render_pdf(&report, today) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("feil: {e}");
            return ExitCode::FAILURE;
        }
    };
    match crate::storage::write_atomically(output, &bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("feil: kan ikke skrive {}: {e}", output.display());
            ExitCode::FAILURE
        }
    }
}

/// Read and calculate a case; errors are printed, naming the file and the field.
#[cfg(feature = "pdf")]
fn read_and_calculate(book: &RateBook, path: &Path) -> Option<(Case, crate::domain::Calculation)> {
    let case = match read_case(path) {
        Ok(case) => case,
        Err(e) => {
            eprintln!("feil: {e}");
            return None;
        }
    };
    match calculate(&case, book) {
        Ok(calculation) => Some((case, calculation)),
        Err(e) => {
            for problem in e.problems() {
                if problem.field.is_empty() {
                    eprintln!("feil: {}: {}", path.display(), problem.message);
                } else {
                    eprintln!("feil: {}: {}: {}", path.display(), problem.field, problem.message);
                }
            }
            None
        }
    }
}

/// Write to stdout; a closed pipe (`utmaling rates | head`) ends quietly instead of panicking.
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

fn rates(book: &RateBook, as_json: bool) -> ExitCode {
    use std::fmt::Write as _;
    let sets: Vec<_> = book.state_sets().iter().chain(book.profiles().iter().flat_map(|p| p.sets.iter())).collect();
    if as_json {
        let list: Vec<_> = sets
            .iter()
            .map(|s| {
                let mut rates = serde_json::Map::new();
                for c in Category::ALL {
                    rates.insert(c.id().to_string(), json!(s.rates.get(c).to_plain_string()));
                }
                json!({
                    "effective": iso(s.effective),
                    "profile": s.profile,
                    "rates": rates,
                    "rundskriv": s.rundskriv,
                    "note": s.note,
                    "status": s.status.id(),
                    "published": s.published,
                    "origin": s.origin.describe(),
                })
            })
            .collect();
        emit(&(serde_json::to_string_pretty(&list).unwrap_or_default() + "\n"));
        return ExitCode::SUCCESS;
    }
    // The rates listing is bokmål, like its column headings.
    let loc = Localizer::new(Lang::Nb);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<12} {:<8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "Fra dato", "Profil", "Enslige", "Par", "Bofell.", "Barn 0–5", "Barn 6–10", "Barn 11–17"
    );
    for s in &sets {
        let amount = |c: Category| s.rates.get(c).format_number().trim_end_matches(",00").to_string();
        let _ = writeln!(
            out,
            "{:<12} {:<8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            crate::domain::date::format_date(s.effective),
            s.profile.as_deref().unwrap_or("stat"),
            amount(Category::Single),
            amount(Category::Couple),
            amount(Category::SharedHousing),
            amount(Category::Child0To5),
            amount(Category::Child6To10),
            amount(Category::Child11To17),
        );
        let _ = writeln!(out, "             {} · {} · {}", s.reference(&loc), loc.t(s.status.key()), s.published);
    }
    let _ = writeln!(out, "{} satssett.", sets.len());
    emit(&out);
    ExitCode::SUCCESS
}

fn check_rates(book: &RateBook, path: &Path) -> ExitCode {
    let label = path.display().to_string();
    let result = std::fs::read_to_string(path)
        .map_err(|e| FileError::unreadable(&label, &e))
        .and_then(|text| parse_rates_file(&label, &text))
        .and_then(|parsed| {
            // Check it against what is already known (e.g. a duplicate date) without keeping it.
            let mut trial = book.clone();
            let summary = match &parsed {
                RatesFile::RateSet(s) => format!("satssett fra {}", iso(s.effective)),
                RatesFile::Profile(p) => format!("kommuneprofil «{}» med {} satssett", p.id, p.rates.len()),
            };
            let already_loaded = book
                .state_sets()
                .iter()
                .any(|s| s.origin == crate::domain::rates::Origin::UserFile(path.to_path_buf()))
                || book
                    .profiles()
                    .iter()
                    .any(|p| p.origin == crate::domain::rates::Origin::UserFile(path.to_path_buf()));
            if !already_loaded {
                trial.add_file(path, parsed)?;
            }
            Ok(summary)
        });
    match result {
        Ok(summary) => {
            emit(&format!("OK: {label}: {summary}\n"));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("feil: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The key of an exercise in one line: outcome and amount (or surplus) for the period.
fn exercise_key_line(loc: &Localizer, calc: &crate::domain::Calculation) -> String {
    use crate::domain::date::format_date;
    use fluent_bundle::FluentValue;
    let (id, amount) = match calc.outcome {
        crate::domain::Outcome::None => ("exercise-cli-key-none", calc.surplus.format()),
        _ => ("exercise-cli-key-paid", calc.assistance.format_kroner()),
    };
    loc.ta(
        id,
        &[
            ("outcome", FluentValue::from(loc.t(calc.outcome.key()))),
            ("amount", FluentValue::from(amount)),
            ("from", FluentValue::from(format_date(calc.from))),
            ("to", FluentValue::from(format_date(calc.to))),
        ],
    )
}

fn exercise_summary(loc: &Localizer, ex: &crate::domain::exercise::Exercise) -> String {
    use fluent_bundle::FluentValue;
    let rules: Vec<String> = ex.rules.iter().map(|r| loc.t(r.key())).collect();
    format!(
        "{}\n  {}",
        loc.ta(
            "exercise-cli-exercise",
            &[
                ("id", FluentValue::from(ex.id.as_str())),
                ("difficulty", FluentValue::from(ex.difficulty.to_string())),
                ("title", FluentValue::from(ex.title.as_str())),
            ],
        ),
        loc.t1("exercise-cli-rules", "rules", rules.join(", "))
    )
}

/// `utmaling exercise check FILE...`: every problem with its place; the key of each good file.
fn exercise_check(book: &RateBook, files: &[PathBuf]) -> ExitCode {
    use crate::domain::exercise::{EMBEDDED_EXERCISE_FILES, check_exercise_file};
    let loc = Localizer::new(Lang::Nb);
    let mut ok = 0;
    for path in files {
        let label = path.display().to_string();
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let result =
            std::fs::read_to_string(path).map_err(|e| vec![FileError::unreadable(&label, &e)]).and_then(|text| {
                // A shipped id is taken, unless this file is that shipped exercise itself.
                let taken = |id: &str| {
                    EMBEDDED_EXERCISE_FILES
                        .iter()
                        .any(|(name, shipped)| name.strip_suffix(".ron") == Some(id) && *shipped != text)
                };
                check_exercise_file(&label, &stem, &text, Some(book), taken)
            });
        // `check_exercise_file` has calculated the key already; this cannot fail, but is reported if it does.
        let keyed = result.and_then(|ex| match ex.key(book) {
            Ok(calc) => Ok((ex, calc)),
            Err(e) => Err(vec![FileError::whole_file(&label, format!("{}: {e}", loc.t("exercise-cli-key-failed")))]),
        });
        match keyed {
            Ok((ex, calc)) => {
                ok += 1;
                emit(&format!(
                    "{}\n  {}\n  {}\n",
                    loc.t1("exercise-cli-ok", "file", label.as_str()),
                    exercise_summary(&loc, &ex),
                    exercise_key_line(&loc, &calc)
                ));
            }
            Err(errors) => {
                for error in errors {
                    eprintln!("feil: {error}");
                }
            }
        }
    }
    emit(&format!(
        "{}\n",
        loc.ta("exercise-cli-checked", &[("ok", ok.to_string().into()), ("total", files.len().to_string().into())])
    ));
    if ok == files.len() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// `utmaling exercise list`: the shipped exercises and the user folder's, then the files skipped.
fn exercise_list(dir: Option<&Path>) -> ExitCode {
    use crate::domain::exercise::{ExerciseLibrary, default_user_exercises_dir};
    use std::fmt::Write as _;
    let loc = Localizer::new(Lang::Nb);
    let dir = dir.map(Path::to_path_buf).or_else(default_user_exercises_dir);
    let library = ExerciseLibrary::load(dir.as_deref());
    let mut out = String::new();
    match &dir {
        Some(dir) => {
            let _ = writeln!(out, "{}", loc.t1("exercise-cli-user-dir", "dir", dir.display().to_string()));
        }
        None => {
            let _ = writeln!(out, "{}", loc.t("exercise-cli-no-user-dir"));
        }
    }
    let shipped = library.exercises.iter().filter(|e| ExerciseLibrary::is_shipped(&e.id)).count();
    let _ = writeln!(
        out,
        "{}",
        loc.ta(
            "exercise-cli-list-count",
            &[
                ("count", library.exercises.len().to_string().into()),
                ("shipped", shipped.to_string().into()),
                ("user", (library.exercises.len() - shipped).to_string().into()),
            ]
        )
    );
    for ex in &library.exercises {
        let mark = if ExerciseLibrary::is_shipped(&ex.id) {
            String::new()
        } else {
            format!(" {}", loc.t("exercise-cli-user-mark"))
        };
        let _ = writeln!(out, "{} {}  {}{mark}", ex.difficulty, ex.id, ex.title);
    }
    emit(&out);
    if !library.errors.is_empty() {
        eprintln!("{}", loc.t1("exercise-cli-skipped", "count", library.errors.len().to_string()));
        for error in &library.errors {
            eprintln!("feil: {error}");
        }
    }
    ExitCode::SUCCESS
}
