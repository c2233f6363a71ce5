//! The panic hook: a panic writes the last known unsaved case to the recovery file and records
//! the message and place (no case data) for the next start. Its own test binary, because the
//! hook is process-wide.

mod common;

use common::{TempDir, example};
use utmaling::recovery::{RecoveryStore, Snapshot, install_panic_hook, set_last_known};

#[test]
fn a_panic_writes_the_recovery_file_and_a_crash_report() {
    let dir = TempDir::new("panic-hook");
    let store = RecoveryStore::new(dir.path().join("data"));
    install_panic_hook(store.clone());
    let case = example("t3-par-med-barn.ron");
    set_last_known(Some(Snapshot::of_case(&case, None).expect("serialize")));
    assert!(!store.exists());

    let line = line!() + 1;
    let result = std::thread::spawn(|| panic!("noe gikk galt i skjemaet")).join();
    assert!(result.is_err(), "the thread panicked");

    let recovered = store.read().expect("the hook wrote a copy");
    assert_eq!(recovered.case, Ok(case));
    let crash = store.take_crash().expect("the hook recorded the crash");
    assert_eq!(crash.message, "noe gikk galt i skjemaet");
    assert!(crash.location.starts_with(&format!("tests/panic_recovery.rs:{line}:")), "{}", crash.location);
    let report = std::fs::read_dir(store.dir()).expect("data dir").count();
    assert_eq!(report, 1, "the crash report is removed once shown; the copy stays");

    // With nothing unsaved, a panic records the crash but writes no copy.
    store.remove().expect("remove copy");
    set_last_known(None);
    let _ = std::thread::spawn(|| panic!("andre gang")).join();
    assert!(!store.exists());
    assert_eq!(store.take_crash().map(|c| c.message), Some("andre gang".to_string()));
}
