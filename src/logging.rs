//! Logging with `tracing`: what the program did, never what the case says.
//!
//! Logged: a case file was read (its size in bytes) or refused (the field path and line:col of
//! the problem, never the message, which may quote a name or an amount); a calculation was done
//! (number of months, the effective dates of the rate sets used, the profile id); a case was
//! saved (size) or could not be (the kind of I/O error); the recovery copy was written or
//! removed; a panic (its place in the program).
//!
//! Never logged: names, birth dates, amounts, free text, and file paths (a case file is often
//! named after the person it is about).
//!
//! Logs go to stderr. The level comes from `UTMALING_LOG` (`error`, `warn`, `info`, `debug`,
//! `trace` or `off`); the default is `warn`, so an ordinary run prints nothing. Other crates'
//! events are shown up to `warn` only, whatever the level (see [`subscriber`]).

use tracing::level_filters::LevelFilter;

use crate::domain::{Calculation, FileError};

/// The environment variable that sets the log level.
pub const LOG_ENV: &str = "UTMALING_LOG";

/// The level named by `value` (case-insensitive); `warn` when unset or not understood.
pub fn level_from(value: Option<&str>) -> LevelFilter {
    match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
        Some("off") => LevelFilter::OFF,
        Some("error") => LevelFilter::ERROR,
        Some("info") => LevelFilter::INFO,
        Some("debug") => LevelFilter::DEBUG,
        Some("trace") => LevelFilter::TRACE,
        _ => LevelFilter::WARN,
    }
}

/// The log format, writing to `writer` (stderr in the program, a buffer in tests).
///
/// `level` applies to this program's own events. Other crates (the window system, the GPU
/// drivers, AccessKit) log at most their warnings: at debug level they log window titles, which
/// hold the case file's name, and could log text from the form.
pub fn subscriber<W>(writer: W, level: LevelFilter) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    use tracing_subscriber::layer::SubscriberExt;
    let targets = tracing_subscriber::filter::Targets::new()
        .with_target(env!("CARGO_CRATE_NAME"), level)
        .with_default(level.min(LevelFilter::WARN));
    tracing_subscriber::fmt().with_writer(writer).with_max_level(level).with_ansi(false).finish().with(targets)
}

/// Send log events to stderr at the level `UTMALING_LOG` asks for. Called once, first in main.
pub fn init() {
    let level = level_from(std::env::var(LOG_ENV).ok().as_deref());
    let _ = tracing::subscriber::set_global_default(subscriber(std::io::stderr, level));
}

/// A case file was read and parsed (or refused): size, and where the problem is. Info, not a
/// warning: the user is shown the error itself, and a default run prints nothing else.
pub fn case_read(bytes: usize, result: Result<(), &FileError>) {
    match result {
        Ok(()) => tracing::info!(bytes, "case file read"),
        Err(e) => tracing::info!(
            bytes,
            field = e.field.as_deref().unwrap_or(""),
            position = ?e.position,
            "case file refused"
        ),
    }
}

/// A calculation was done: how many months, with which rate sets (public data).
pub fn calculation_done(calc: &Calculation, level: tracing::Level) {
    let rate_sets: Vec<String> = calc.rate_sets.iter().map(|s| crate::domain::date::iso(s.effective)).collect();
    let rate_sets = rate_sets.join(",");
    let profile = calc.profile.as_ref().map_or("stat", |(id, _)| id.as_str());
    let months = calc.months.len();
    if level == tracing::Level::INFO {
        tracing::info!(months, rate_sets, profile, warnings = calc.warnings.len(), "calculation done");
    } else {
        tracing::debug!(months, rate_sets, profile, warnings = calc.warnings.len(), "calculation done");
    }
}

/// A case was saved (size), or could not be (the kind of error, not its text with the path).
pub fn case_saved(result: Result<usize, &std::io::Error>) {
    match result {
        Ok(bytes) => tracing::info!(bytes, "case saved"),
        Err(e) => tracing::info!(kind = ?e.kind(), "case could not be saved"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_comes_from_the_variable_and_defaults_to_warn() {
        assert_eq!(level_from(None), LevelFilter::WARN);
        assert_eq!(level_from(Some("debug")), LevelFilter::DEBUG);
        assert_eq!(level_from(Some(" INFO ")), LevelFilter::INFO);
        assert_eq!(level_from(Some("off")), LevelFilter::OFF);
        assert_eq!(level_from(Some("trace")), LevelFilter::TRACE);
        assert_eq!(level_from(Some("error")), LevelFilter::ERROR);
        assert_eq!(level_from(Some("mye")), LevelFilter::WARN);
    }
}
