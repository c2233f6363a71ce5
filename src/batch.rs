//! `utmaling batch PATH...`: recalculate many cases at once, in parallel, one JSON line each.
//!
//! Inputs are case files, folders (searched recursively for `*.ron`, hidden entries skipped)
//! and list files, a RON list of cases `[Case(...), Case(...)]`. Files are read and split on
//! all cores, then every case is parsed and calculated on all cores; the lines come out in a
//! fixed order (the arguments in the order given, a folder's files sorted by path, a list's
//! cases by index) whatever the number of threads. A file that cannot be read or parsed gets
//! an error line and the run goes on; rate files (`RateSet(...)`, `Profile(...)`) met in a
//! folder get a `skipped` line. The last line is the summary.
//!
//! The calculation itself is the pure `domain::calculate`; threads and files live here.

use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;

use crate::domain::calc::Warning;
use crate::domain::json::warning_code;
use crate::domain::{CalcError, Calculation, Case, FileError, Money, Outcome, RateBook, calculate, parse_case};

/// What a batch needs to know about one calculated case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseSummary {
    pub outcome: Outcome,
    pub need: Money,
    pub income_counted: Money,
    pub assistance: Money,
    /// Warning codes as in `calc --json` (`warnings[].code`), in the calculation's order.
    pub warnings: Vec<&'static str>,
}

impl CaseSummary {
    pub fn of(calc: &Calculation) -> CaseSummary {
        CaseSummary {
            outcome: calc.outcome,
            need: calc.need,
            income_counted: calc.income_counted,
            assistance: calc.assistance,
            warnings: calc.warnings.iter().map(|w: &Warning| warning_code(w)).collect(),
        }
    }
}

/// A calculation error as one line: `field: message; field: message`.
pub fn calc_error_text(error: &CalcError) -> String {
    error
        .problems()
        .iter()
        .map(|p| if p.field.is_empty() { p.message.clone() } else { format!("{}: {}", p.field, p.message) })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Calculate one case for a batch.
pub fn calculate_one(case: &Case, book: &RateBook) -> Result<CaseSummary, String> {
    calculate(case, book).map(|c| CaseSummary::of(&c)).map_err(|e| calc_error_text(&e))
}

/// Calculate cases already in memory on `threads` threads; results in the cases' order.
pub fn calculate_many(cases: &[Case], book: &RateBook, threads: usize) -> Vec<Result<CaseSummary, String>> {
    par_map(cases, threads, |case| calculate_one(case, book))
}

/// The summary line's figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Cases met (calculated or failed), not counting skipped files.
    pub count: usize,
    pub calculated: usize,
    /// Cases or files that could not be read, parsed or calculated.
    pub errors: usize,
    /// Files that are not cases (rate sets, profiles).
    pub skipped: usize,
    /// The sum of every calculated case's assistance.
    pub total_assistance: Money,
    /// Calculated cases by outcome, in `Outcome::ALL` order (full, supplementary, none).
    pub by_outcome: [usize; 3],
}

impl Totals {
    pub fn add(&mut self, result: &Result<CaseSummary, String>) {
        self.count += 1;
        match result {
            Ok(summary) => {
                self.calculated += 1;
                // Saturates instead of failing: 10^28 kroner is far beyond any batch.
                self.total_assistance = self.total_assistance.checked_add(summary.assistance).unwrap_or(Money::ZERO);
                let at = Outcome::ALL.iter().position(|o| *o == summary.outcome).unwrap_or(0);
                self.by_outcome[at] += 1;
            }
            Err(_) => self.errors += 1,
        }
    }

    pub fn summary_json(&self) -> String {
        #[derive(Serialize)]
        struct ByOutcome {
            full: usize,
            supplementary: usize,
            none: usize,
        }
        #[derive(Serialize)]
        struct Summary {
            count: usize,
            calculated: usize,
            errors: usize,
            skipped: usize,
            total_assistance: String,
            by_outcome: ByOutcome,
        }
        #[derive(Serialize)]
        struct Line {
            summary: Summary,
        }
        let [full, supplementary, none] = self.by_outcome;
        let line = Line {
            summary: Summary {
                count: self.count,
                calculated: self.calculated,
                errors: self.errors,
                skipped: self.skipped,
                total_assistance: kroner(self.total_assistance),
                by_outcome: ByOutcome { full, supplementary, none },
            },
        };
        serde_json::to_string(&line).unwrap_or_default()
    }
}

/// Whole kroner as `calc --json` writes `assistance`.
fn kroner(amount: Money) -> String {
    format!("{:.0}", amount.as_decimal())
}

/// Map `items` on `threads` threads (scoped, no pool), keeping the order. Work is handed out
/// in small chunks so that a slow case does not hold up a whole share.
pub fn par_map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    const CHUNK: usize = 64;
    let threads = threads.clamp(1, items.len().div_ceil(CHUNK).max(1));
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let chunks = items.len().div_ceil(CHUNK);
    let mut done: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let chunk = next.fetch_add(1, Ordering::Relaxed);
                        if chunk >= chunks {
                            break;
                        }
                        let part = &items[chunk * CHUNK..((chunk + 1) * CHUNK).min(items.len())];
                        mine.push((chunk, part.iter().map(&f).collect::<Vec<R>>()));
                    }
                    mine
                })
            })
            .collect();
        // A panic in a worker is a bug in the calculation: pass it on.
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    done.sort_unstable_by_key(|(chunk, _)| *chunk);
    done.into_iter().flat_map(|(_, part)| part).collect()
}

/// The number of threads to use when none is asked for: every core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

// ---------------------------------------------------------------------------------------------
// Files

/// One input file, read and split into its cases.
struct Source {
    label: String,
    text: String,
    content: Content,
}

enum Content {
    /// One case: the whole text.
    Single,
    /// A list of cases: each element's byte range and the 1-based line and column it starts at.
    List(Vec<(Range<usize>, (usize, usize))>),
    /// Not a case (a rate set or profile), with the reason.
    Skipped(String),
    /// Unreadable or not RON at all.
    Broken(String),
}

/// One case to parse and calculate: its file, the index within a list file, its text range
/// and where that starts in the file.
struct Unit<'a> {
    source: &'a Source,
    index: Option<usize>,
    range: Range<usize>,
    at: (usize, usize),
}

/// The files named by `paths`: files as given, folders searched for `*.ron` (sorted). A path
/// that cannot be found or a folder that cannot be read is returned as an error.
fn collect_files(paths: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, String)>> {
    let mut out = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                walk(path, &mut found, &mut out);
                found.sort();
                out.extend(found.into_iter().map(Ok));
            }
            Ok(_) => out.push(Ok(path.clone())),
            Err(e) => out.push(Err((path.clone(), FileError::unreadable(&path.display().to_string(), &e).to_string()))),
        }
    }
    out
}

/// Add the `*.ron` files under `dir` to `found`; symbolic links to folders are not followed
/// (no loops), hidden files and folders are skipped.
fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<Result<PathBuf, (PathBuf, String)>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            let label = dir.display().to_string();
            errors.push(Err((
                dir.to_path_buf(),
                FileError::whole_file(&label, format!("kan ikke lese mappen: {e}")).to_string(),
            )));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            walk(&path, found, errors);
        } else if path.extension().is_some_and(|x| x.eq_ignore_ascii_case("ron")) && (kind.is_file() || path.is_file())
        {
            found.push(path);
        }
    }
}

fn read_source(path: &Path) -> Source {
    let label = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            let message = FileError::unreadable(&label, &e).to_string();
            return Source { label, text: String::new(), content: Content::Broken(message) };
        }
    };
    let content = classify(&label, &text);
    Source { label, text, content }
}

/// A case, a list of cases, or a rate file.
fn classify(label: &str, text: &str) -> Content {
    let start = skip_trivia(text.as_bytes(), 0);
    let rest = &text[start.min(text.len())..];
    if rest.starts_with('[') {
        return match split_list(text, start) {
            Some(ranges) => Content::List(with_positions(text, ranges)),
            // Unbalanced: let ron say what is wrong, with line and column.
            None => Content::Broken(match ron::from_str::<Vec<Case>>(text) {
                Err(e) => FileError::from_ron_in(label, text, &e).to_string(),
                Ok(_) => format!("{label}: listen kan ikke deles opp i saker"),
            }),
        };
    }
    for (name, what) in [("RateSet", "et satssett"), ("Profile", "en kommuneprofil")] {
        if rest.strip_prefix(name).is_some_and(|after| after.trim_start().starts_with('(')) {
            return Content::Skipped(format!("filen er {what}, ikke en sak"));
        }
    }
    Content::Single
}

/// Skip whitespace and comments (`// ...`, nested `/* ... */`) from `at`.
fn skip_trivia(b: &[u8], mut at: usize) -> usize {
    loop {
        while at < b.len() && b[at].is_ascii_whitespace() {
            at += 1;
        }
        if b[at..].starts_with(b"//") {
            while at < b.len() && b[at] != b'\n' {
                at += 1;
            }
        } else if b[at..].starts_with(b"/*") {
            let mut depth = 0usize;
            while at < b.len() {
                if b[at..].starts_with(b"/*") {
                    depth += 1;
                    at += 2;
                } else if b[at..].starts_with(b"*/") {
                    depth -= 1;
                    at += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    at += 1;
                }
            }
        } else {
            return at;
        }
    }
}

/// Skip a string literal starting at `at` (`"..."`, `r"..."`, `r#"..."#`, `'c'`); returns the
/// index after it, or None if it does not end.
fn skip_string(b: &[u8], at: usize) -> Option<usize> {
    match b[at] {
        b'"' | b'\'' => {
            let quote = b[at];
            let mut i = at + 1;
            while i < b.len() {
                match b[i] {
                    b'\\' => i += 2,
                    c if c == quote => return Some(i + 1),
                    _ => i += 1,
                }
            }
            None
        }
        b'r' => {
            let hashes = b[at + 1..].iter().take_while(|c| **c == b'#').count();
            let open = at + 1 + hashes;
            if b.get(open) != Some(&b'"') {
                return Some(at + 1);
            }
            let mut close = vec![b'"'];
            close.extend(std::iter::repeat_n(b'#', hashes));
            b[open + 1..].windows(close.len()).position(|w| w == close.as_slice()).map(|p| open + 1 + p + close.len())
        }
        _ => Some(at + 1),
    }
}

/// The bytes `split_list` must look at; everything else is skipped in a tight loop.
static SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let special = b"()[]{}\"'/,#";
    let mut i = 0;
    while i < special.len() {
        table[special[i] as usize] = true;
        i += 1;
    }
    table
};

/// Whether the `"` or `#` at `at` opens a raw string: an `r` just before it that does not end
/// a name (`r"..."`, `r#"..."#`).
fn raw_string_at(b: &[u8], at: usize) -> bool {
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    at >= 1 && b[at - 1] == b'r' && (at == 1 || !ident(b[at - 2]))
}

/// The byte ranges of the elements of the top-level list that opens at `open` (`[`).
/// None when brackets, strings or comments do not balance or text follows the list.
fn split_list(text: &str, open: usize) -> Option<Vec<Range<usize>>> {
    let b = text.as_bytes();
    let mut ranges = Vec::new();
    let mut at = open + 1;
    loop {
        at = skip_trivia(b, at);
        if *b.get(at)? == b']' {
            break;
        }
        let start = at;
        let mut depth = 0usize;
        loop {
            // Most bytes are letters, digits and spaces: skip them in a tight loop.
            while b.get(at).is_some_and(|c| !SPECIAL[*c as usize]) {
                at += 1;
            }
            let c = *b.get(at)?;
            match c {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    at += 1;
                }
                b')' | b']' | b'}' if depth > 0 => {
                    depth -= 1;
                    at += 1;
                }
                b']' | b',' if depth == 0 => break,
                b')' | b'}' => return None,
                // A raw string r"..." or r#"..."#: the `r` just before, not the end of a name.
                b'"' | b'#' if raw_string_at(b, at) => at = skip_string(b, at - 1)?,
                b'"' | b'\'' => at = skip_string(b, at)?,
                b'/' if matches!(b.get(at + 1), Some(b'/' | b'*')) => {
                    let after = skip_trivia(b, at);
                    if after == at {
                        return None;
                    }
                    at = after;
                }
                _ => at += 1,
            }
        }
        ranges.push(start..at);
        if b[at] == b']' {
            break;
        }
        at += 1; // the comma
    }
    // `at` is at the closing bracket; nothing but trivia may follow.
    (skip_trivia(b, at + 1) == b.len()).then_some(ranges)
}

/// Each range with the 1-based line and column (in characters) its text starts at.
fn with_positions(text: &str, ranges: Vec<Range<usize>>) -> Vec<(Range<usize>, (usize, usize))> {
    let mut line = 1;
    let mut line_start = 0;
    let mut cursor = 0;
    ranges
        .into_iter()
        .map(|range| {
            let gap = &text[cursor..range.start];
            let newlines = gap.bytes().filter(|c| *c == b'\n').count();
            if newlines > 0 {
                line += newlines;
                line_start = cursor + gap.rfind('\n').map_or(0, |i| i + 1);
            }
            cursor = range.start;
            let col = text[line_start..range.start].chars().count() + 1;
            (range, (line, col))
        })
        .collect()
}

/// Parse one case of a source; positions in errors are the file's, not the element's.
fn parse_unit(unit: &Unit) -> Result<Case, String> {
    let source = unit.source;
    let text = &source.text[unit.range.clone()];
    parse_case(&source.label, text).map_err(|mut e| {
        if let Some((line, col)) = e.position {
            let (start_line, start_col) = unit.at;
            e.position = Some(if line == 1 { (start_line, start_col + col - 1) } else { (start_line + line - 1, col) });
        }
        e.to_string()
    })
}

#[derive(Serialize)]
struct CaseLine<'a> {
    file: &'a str,
    index: Option<usize>,
    status: &'static str,
    outcome: &'static str,
    need: String,
    income_counted: String,
    assistance: String,
    warnings: &'a [&'static str],
}

#[derive(Serialize)]
struct ProblemLine<'a> {
    file: &'a str,
    index: Option<usize>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
}

/// A case's JSON line.
pub fn case_line(file: &str, index: Option<usize>, result: &Result<CaseSummary, String>) -> String {
    let json = match result {
        Ok(s) => serde_json::to_string(&CaseLine {
            file,
            index,
            status: "ok",
            outcome: s.outcome.id(),
            need: s.need.to_plain_string(),
            income_counted: s.income_counted.to_plain_string(),
            assistance: kroner(s.assistance),
            warnings: &s.warnings,
        }),
        Err(message) => {
            serde_json::to_string(&ProblemLine { file, index, status: "error", error: Some(message), reason: None })
        }
    };
    json.unwrap_or_default()
}

fn skipped_line(file: &str, reason: &str) -> String {
    serde_json::to_string(&ProblemLine { file, index: None, status: "skipped", error: None, reason: Some(reason) })
        .unwrap_or_default()
}

/// What the batch printed, for the exit code and for callers.
#[derive(Debug, Default)]
pub struct Report {
    pub lines: Vec<String>,
    pub totals: Totals,
    /// Cases that could be read (parsed), whether or not they calculated.
    pub read: usize,
}

/// Run a batch over `paths` on `threads` threads and return its lines (the summary last).
pub fn run_batch(paths: &[PathBuf], book: &RateBook, threads: usize) -> Report {
    let files = collect_files(paths);
    let sources: Vec<Result<Source, (String, String)>> = par_map(&files, threads, |file| match file {
        Ok(path) => Ok(read_source(path)),
        Err((path, message)) => Err((path.display().to_string(), message.clone())),
    });

    // Every case to calculate, in output order; lines for whole files in between.
    enum Slot {
        Case,
        Line(String, Result<CaseSummary, String>),
        Skipped(String),
    }
    let mut units = Vec::new();
    let mut slots = Vec::new();
    for source in &sources {
        match source {
            Err((label, message)) => {
                let result = Err(message.clone());
                slots.push(Slot::Line(case_line(label, None, &result), result));
            }
            Ok(source) => match &source.content {
                Content::Single => {
                    slots.push(Slot::Case);
                    units.push(Unit { source, index: None, range: 0..source.text.len(), at: (1, 1) });
                }
                Content::List(elements) => {
                    for (index, (range, at)) in elements.iter().enumerate() {
                        slots.push(Slot::Case);
                        units.push(Unit { source, index: Some(index), range: range.clone(), at: *at });
                    }
                }
                Content::Skipped(reason) => slots.push(Slot::Skipped(skipped_line(&source.label, reason))),
                Content::Broken(message) => {
                    let result = Err(message.clone());
                    slots.push(Slot::Line(case_line(&source.label, None, &result), result));
                }
            },
        }
    }

    let results: Vec<(String, Result<CaseSummary, String>, bool)> = par_map(&units, threads, |unit| {
        let source = unit.source;
        let (result, read) = match parse_unit(unit) {
            Ok(case) => (
                calculate(&case, book)
                    .map(|c| CaseSummary::of(&c))
                    .map_err(|e| format!("{}: {}", source.label, calc_error_text(&e))),
                true,
            ),
            Err(message) => (Err(message), false),
        };
        (case_line(&source.label, unit.index, &result), result, read)
    });

    let mut report = Report::default();
    let mut results = results.into_iter();
    for slot in slots {
        match slot {
            Slot::Case => {
                let Some((line, result, read)) = results.next() else { break };
                report.totals.add(&result);
                report.read += usize::from(read);
                report.lines.push(line);
            }
            Slot::Line(line, result) => {
                report.totals.add(&result);
                report.lines.push(line);
            }
            Slot::Skipped(line) => {
                report.totals.skipped += 1;
                report.lines.push(line);
            }
        }
    }
    report.lines.push(report.totals.summary_json());
    report
}

/// `utmaling batch`: print the lines; exit code 0 when at least one case could be read
/// (even if it did not calculate), 1 when nothing could be read.
pub fn run(paths: &[PathBuf], book: &RateBook, threads: Option<usize>) -> ExitCode {
    let report = run_batch(paths, book, threads.unwrap_or_else(default_threads));
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
    for line in &report.lines {
        // A closed pipe (`utmaling batch ... | head`) ends quietly.
        if out.write_all(line.as_bytes()).and_then(|()| out.write_all(b"\n")).is_err() {
            return ExitCode::SUCCESS;
        }
    }
    let _ = out.flush();
    if report.read == 0 {
        eprintln!("feil: ingen saker kunne leses");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_list_at_top_level_commas_only() {
        let text =
            "// saker\n[\n  Case(a: \"x, ]\", b: [1, 2]), /* c, ] */ Case(c: r#\"\"]\"#, d: ','),\n  (e: 1)\n]\n";
        let open = skip_trivia(text.as_bytes(), 0);
        let ranges = split_list(text, open).expect("balanced");
        let parts: Vec<&str> = ranges.iter().map(|r| text[r.clone()].trim()).collect();
        assert_eq!(parts, ["Case(a: \"x, ]\", b: [1, 2])", "Case(c: r#\"\"]\"#, d: ',')", "(e: 1)"]);
        let at: Vec<_> = with_positions(text, ranges).into_iter().map(|(_, at)| at).collect();
        assert_eq!(at, [(3, 3), (3, 42), (4, 3)]);
    }

    #[test]
    fn refuses_unbalanced_lists() {
        for text in ["[Case(a: 1)", "[Case(a: \"1)]", "[Case(a: 1))]", "[Case(a: 1)] x", "[ /* ]"] {
            assert_eq!(split_list(text, 0), None, "{text}");
        }
        assert_eq!(split_list("[]", 0), Some(vec![]));
        let one: Vec<Range<usize>> = std::iter::once(2..8).collect();
        assert_eq!(split_list("[ Case(), ]", 0), Some(one));
    }

    #[test]
    fn par_map_keeps_order_on_any_number_of_threads() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in [1, 2, 3, 8] {
            assert_eq!(par_map(&items, threads, |x| x * 2), items.iter().map(|x| x * 2).collect::<Vec<_>>());
        }
        assert_eq!(par_map(&[] as &[u32], 4, |x| *x), Vec::<u32>::new());
    }
}
