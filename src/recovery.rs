//! Recovery: while a case has unsaved changes, a copy of it is kept in the user's data folder
//! (`recovery.ron`, an ordinary case file readable only by the owner), so that a crash, a power
//! cut or a killed process does not cost the caseworker what was typed. A panic hook writes the
//! copy from the last known form and records what happened (`crash.txt`: message and place in
//! the program, no case data) for the next start to show.
//!
//! Nothing here knows about the window: the GUI tells it when the form changed
//! ([`Autosave`], [`set_last_known`]) and asks it to write or remove the copy.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use crate::domain::{Case, FileError, parse_case};

/// Overrides the data folder (tests and CI set it so they never touch the real home folder).
pub const DATA_DIR_ENV: &str = "UTMALING_DATA_DIR";
pub const RECOVERY_FILE: &str = "recovery.ron";
pub const CRASH_FILE: &str = "crash.txt";
/// How long after an edit the copy is written at the latest.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);

const HEADER: &str = "// utmaling: gjenopprettingskopi av en sak som ikke var lagret (vanlig saksfil).\n";
const SOURCE_PREFIX: &str = "// kilde: ";

/// The user's data folder for utmaling: `$UTMALING_DATA_DIR`, else `$XDG_DATA_HOME/utmaling`
/// or `~/.local/share/utmaling` (Linux), `%LOCALAPPDATA%\utmaling` (Windows),
/// `~/Library/Application Support/utmaling` (macOS).
pub fn default_data_dir() -> Option<PathBuf> {
    data_dir_from(|name| std::env::var_os(name))
}

/// [`default_data_dir`] over any source of environment variables (so it can be tested without
/// changing the process environment).
pub fn data_dir_from(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Option<PathBuf> {
    let var = |name: &str| var(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = var(DATA_DIR_ENV) {
        return Some(dir);
    }
    if cfg!(windows) {
        return var("LOCALAPPDATA").or_else(|| var("APPDATA")).map(|d| d.join("utmaling"));
    }
    if cfg!(target_os = "macos") {
        return var("HOME").map(|h| h.join("Library/Application Support/utmaling"));
    }
    var("XDG_DATA_HOME")
        .filter(|d| d.is_absolute())
        .or_else(|| var("HOME").map(|h| h.join(".local/share")))
        .map(|d| d.join("utmaling"))
}

/// What the recovery file holds: the case as RON text and the file it was opened from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// The case in the case-file format (`case_to_ron`).
    pub case_ron: String,
    /// The case file the caseworker was working on, if it had been saved or opened.
    pub source: Option<PathBuf>,
}

impl Snapshot {
    pub fn of_case(case: &Case, source: Option<&Path>) -> Result<Snapshot, String> {
        Ok(Snapshot { case_ron: crate::domain::case::case_to_ron(case)?, source: source.map(Path::to_path_buf) })
    }

    /// The file's text: a comment header, then the case.
    fn file_text(&self) -> String {
        let mut text = HEADER.to_string();
        // A path with a line break cannot be written in a comment; the case itself still is.
        if let Some(source) = self.source.as_ref().map(|s| s.display().to_string())
            && !source.contains(['\n', '\r'])
        {
            text.push_str(SOURCE_PREFIX);
            text.push_str(&source);
            text.push('\n');
        }
        text.push_str(&self.case_ron);
        text
    }
}

/// A recovery file found on disk.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The case, or why the file could not be read (it is then kept, not deleted).
    pub case: Result<Case, FileError>,
    /// When the copy was written (the file's modification time).
    pub saved_at: Option<SystemTime>,
    /// The case file it was a copy of.
    pub source: Option<PathBuf>,
}

/// What the panic hook recorded: the panic message and where in the program it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrashReport {
    pub message: String,
    pub location: String,
    pub saved_at: Option<SystemTime>,
}

/// The recovery and crash files in one data folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    pub fn new(dir: impl Into<PathBuf>) -> RecoveryStore {
        RecoveryStore { dir: dir.into() }
    }

    /// The store in [`default_data_dir`], if there is a home folder to put it in.
    pub fn from_env() -> Option<RecoveryStore> {
        default_data_dir().map(RecoveryStore::new)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn recovery_path(&self) -> PathBuf {
        self.dir.join(RECOVERY_FILE)
    }

    pub fn crash_path(&self) -> PathBuf {
        self.dir.join(CRASH_FILE)
    }

    /// Create the data folder, readable by the owner only on Unix.
    fn ensure_dir(&self) -> io::Result<()> {
        crate::storage::create_private_dir(&self.dir)
    }

    /// Write (or replace) the recovery file atomically, mode 0600 on Unix.
    pub fn write(&self, snapshot: &Snapshot) -> io::Result<()> {
        self.ensure_dir()?;
        crate::storage::write_atomically(&self.recovery_path(), snapshot.file_text().as_bytes())
    }

    pub fn exists(&self) -> bool {
        self.recovery_path().is_file()
    }

    /// Read the recovery file, if there is one.
    pub fn read(&self) -> Option<Recovered> {
        let path = self.recovery_path();
        let label = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(e) => {
                return Some(Recovered {
                    case: Err(FileError::whole_file(&label, format!("kan ikke lese filen: {e}"))),
                    saved_at: None,
                    source: None,
                });
            }
        };
        let source = text
            .lines()
            .take_while(|line| line.starts_with("//"))
            .find_map(|line| line.strip_prefix(SOURCE_PREFIX))
            .map(PathBuf::from);
        let saved_at = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        Some(Recovered { case: parse_case(&label, &text), saved_at, source })
    }

    /// Remove the recovery file (a missing file is not an error).
    pub fn remove(&self) -> io::Result<()> {
        remove_if_present(&self.recovery_path())
    }

    /// Record a crash: message and location only, mode 0600.
    pub fn write_crash(&self, message: &str, location: &str) -> io::Result<()> {
        self.ensure_dir()?;
        let text = format!("message: {}\nlocation: {}\n", one_line(message), one_line(location));
        crate::storage::write_atomically(&self.crash_path(), text.as_bytes())
    }

    /// The crash report left by the last run, removed once read.
    pub fn take_crash(&self) -> Option<CrashReport> {
        let path = self.crash_path();
        let text = std::fs::read_to_string(&path).ok()?;
        let saved_at = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        let _ = remove_if_present(&path);
        let field = |name: &str| {
            text.lines().find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_string())).unwrap_or_default()
        };
        Some(CrashReport { message: field("message:"), location: field("location:"), saved_at })
    }
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// At most 500 characters on one line.
fn one_line(text: &str) -> String {
    let flat: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    match flat.char_indices().nth(500) {
        Some((at, _)) => format!("{}…", &flat[..at]),
        None => flat,
    }
}

/// When to write the copy: at most [`AUTOSAVE_DELAY`] after an edit. Typing on does not
/// postpone it (a caseworker who types for an hour still has a copy at most two seconds old),
/// and nothing is written on frames without edits.
#[derive(Clone, Debug)]
pub struct Autosave {
    delay: Duration,
    due: Option<Instant>,
}

impl Default for Autosave {
    fn default() -> Self {
        Autosave::new(AUTOSAVE_DELAY)
    }
}

impl Autosave {
    pub fn new(delay: Duration) -> Autosave {
        Autosave { delay, due: None }
    }

    /// The form changed at `now`.
    pub fn edited(&mut self, now: Instant) {
        if self.due.is_none() {
            self.due = Some(now + self.delay);
        }
    }

    /// Whether a write is waiting.
    pub fn is_pending(&self) -> bool {
        self.due.is_some()
    }

    /// Whether the copy should be written at `now`; if so, the wait is over.
    pub fn take_due(&mut self, now: Instant) -> bool {
        match self.due {
            Some(due) if due <= now => {
                self.due = None;
                true
            }
            _ => false,
        }
    }

    /// How long until the next write, if one is waiting (to ask for a repaint then).
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.due.map(|due| due.saturating_duration_since(now))
    }

    /// Forget a waiting write (the case was saved or discarded).
    pub fn cancel(&mut self) {
        self.due = None;
    }
}

static HOOK_STORE: OnceLock<RecoveryStore> = OnceLock::new();
static LAST_KNOWN: Mutex<Option<Snapshot>> = Mutex::new(None);

/// Tell the panic hook what to write if the program panics now: the case with unsaved
/// changes, or None when there is nothing unsaved.
pub fn set_last_known(snapshot: Option<Snapshot>) {
    *LAST_KNOWN.lock().unwrap_or_else(|e| e.into_inner()) = snapshot;
}

/// The message of a panic, whatever its payload type.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(ukjent feil)".to_string())
}

/// What the hook does, apart from being a hook: write the copy (if there is unsaved work) and
/// the crash report. Returns whether a copy was written.
pub fn record_panic(store: &RecoveryStore, last_known: Option<&Snapshot>, message: &str, location: &str) -> bool {
    let wrote = last_known.is_some_and(|s| store.write(s).is_ok());
    let _ = store.write_crash(message, location);
    wrote
}

/// Install a panic hook that writes the recovery file from the last known form and records the
/// crash in `store`, then runs the previous hook (which prints the message to stderr).
/// Installed once, before the window opens; later calls only keep the first store.
pub fn install_panic_hook(store: RecoveryStore) {
    if HOOK_STORE.set(store).is_err() {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Some(store) = HOOK_STORE.get() {
            // try_lock: never wait on a lock the panicking code may hold.
            let snapshot = match LAST_KNOWN.try_lock() {
                Ok(guard) => guard.clone(),
                Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner().clone(),
                Err(std::sync::TryLockError::WouldBlock) => None,
            };
            let location = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
            // The place only: a panic message may quote what was typed.
            tracing::error!(location = location.as_deref().unwrap_or(""), "panic");
            record_panic(store, snapshot.as_ref(), &panic_message(info.payload()), &location.unwrap_or_default());
        }
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_store(label: &str) -> RecoveryStore {
        let dir = std::env::temp_dir().join(format!("utmaling-recovery-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        RecoveryStore::new(dir)
    }

    fn example_case() -> Case {
        let text = include_str!("../assets/examples/t3-par-med-barn.ron");
        parse_case("t3", text).expect("example parses")
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    #[test]
    fn writes_reads_back_and_removes_a_copy() {
        let store = temp_store("roundtrip");
        assert_eq!(store.read(), None, "no copy yet");
        let case = example_case();
        let source = PathBuf::from("/saker/familien.ron");
        let snapshot = Snapshot::of_case(&case, Some(&source)).expect("serialize");
        store.write(&snapshot).expect("write copy");
        let text = std::fs::read_to_string(store.recovery_path()).expect("read copy");
        assert!(text.starts_with(HEADER), "{text}");
        // Still an ordinary case file.
        assert_eq!(parse_case("copy", &text), Ok(case.clone()));
        let recovered = store.read().expect("a copy is found");
        assert_eq!(recovered.case, Ok(case));
        assert_eq!(recovered.source, Some(source));
        let age = recovered.saved_at.and_then(|t| t.elapsed().ok()).expect("saved time");
        assert!(age < Duration::from_secs(60), "{age:?}");
        #[cfg(unix)]
        {
            assert_eq!(mode(&store.recovery_path()), 0o600);
            assert_eq!(mode(store.dir()), 0o700);
        }
        store.remove().expect("remove");
        assert!(!store.exists());
        store.remove().expect("removing twice is fine");
        let _ = std::fs::remove_dir_all(store.dir());
    }

    #[test]
    fn a_copy_without_source_or_with_a_broken_case_is_reported_not_deleted() {
        let store = temp_store("broken");
        let snapshot = Snapshot { case_ron: "Case(format: 1, period: (".into(), source: None };
        store.write(&snapshot).expect("write");
        let recovered = store.read().expect("found");
        assert_eq!(recovered.source, None);
        let error = recovered.case.expect_err("unreadable");
        assert_eq!(error.file, store.recovery_path().display().to_string());
        assert!(error.position.is_some(), "{error}");
        assert!(store.exists(), "reading never deletes");
        let _ = std::fs::remove_dir_all(store.dir());
    }

    #[test]
    fn a_path_with_a_line_break_is_left_out_of_the_header() {
        let snapshot = Snapshot { case_ron: "Case()".into(), source: Some(PathBuf::from("a\nb.ron")) };
        assert_eq!(snapshot.file_text(), format!("{HEADER}Case()"));
    }

    #[test]
    fn crash_report_holds_message_and_location_and_is_taken_once() {
        let store = temp_store("crash");
        assert_eq!(store.take_crash(), None);
        let wrote = record_panic(&store, None, "indeks utenfor\nområdet", "src/gui/form.rs:10:5");
        assert!(!wrote, "no unsaved case, no copy");
        assert!(!store.exists());
        #[cfg(unix)]
        assert_eq!(mode(&store.crash_path()), 0o600);
        let report = store.take_crash().expect("report");
        assert_eq!(report.message, "indeks utenfor området");
        assert_eq!(report.location, "src/gui/form.rs:10:5");
        assert!(report.saved_at.is_some());
        assert_eq!(store.take_crash(), None, "shown once");

        let snapshot = Snapshot::of_case(&example_case(), None).expect("serialize");
        assert!(record_panic(&store, Some(&snapshot), "x", "y"));
        assert_eq!(store.read().map(|r| r.case), Some(Ok(example_case())));
        let _ = std::fs::remove_dir_all(store.dir());
    }

    #[test]
    fn long_messages_are_cut() {
        let long = "å".repeat(600);
        let cut = one_line(&long);
        assert_eq!(cut.chars().count(), 501);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn autosave_writes_at_most_the_delay_after_the_first_unsaved_edit() {
        let start = Instant::now();
        let at = |ms: u64| start + Duration::from_millis(ms);
        let mut autosave = Autosave::new(Duration::from_secs(2));
        assert!(!autosave.is_pending());
        assert!(!autosave.take_due(at(10_000)), "nothing to write without an edit");
        assert_eq!(autosave.wait(at(0)), None);
        autosave.edited(at(0));
        autosave.edited(at(1_500)); // typing on does not postpone the copy
        assert_eq!(autosave.wait(at(500)), Some(Duration::from_millis(1_500)));
        assert!(!autosave.take_due(at(1_999)));
        assert!(autosave.take_due(at(2_000)));
        assert!(!autosave.take_due(at(2_001)), "written once");
        autosave.edited(at(3_000));
        assert_eq!(autosave.wait(at(6_000)), Some(Duration::ZERO), "overdue: repaint now");
        autosave.cancel();
        assert!(!autosave.take_due(at(10_000)));
    }

    #[test]
    fn data_dir_follows_the_override_then_xdg_then_home() {
        fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<std::ffi::OsString> + 'a {
            move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| std::ffi::OsString::from(v))
        }
        let home = ("HOME", "/home/saksbehandler");
        assert_eq!(
            data_dir_from(env(&[(DATA_DIR_ENV, "/tmp/utmaling-data"), home])),
            Some(PathBuf::from("/tmp/utmaling-data"))
        );
        assert_eq!(data_dir_from(env(&[])), None, "no home folder, no data folder");
        if cfg!(all(unix, not(target_os = "macos"))) {
            assert_eq!(
                data_dir_from(env(&[(DATA_DIR_ENV, ""), ("XDG_DATA_HOME", "/x/data"), home])),
                Some(PathBuf::from("/x/data/utmaling"))
            );
            let fallback = Some(PathBuf::from("/home/saksbehandler/.local/share/utmaling"));
            assert_eq!(data_dir_from(env(&[("XDG_DATA_HOME", "relativ"), home])), fallback, "relative XDG is ignored");
            assert_eq!(data_dir_from(env(&[home])), fallback);
        }
    }
}
