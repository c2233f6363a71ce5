//! Nothing typed is lost: interrupted saves leave the old file, saved and recovery files are
//! owner-only, a file changed on disk or written by a newer program is not overwritten without
//! asking, and unsaved work is copied to the recovery file and offered back at the next start.

mod common;

use std::path::Path;

use common::{TempDir, example_path};
use utmaling::storage::{write_atomically, write_atomically_with_hook};

fn example_text(name: &str) -> String {
    std::fs::read_to_string(example_path(name)).expect("read example")
}

#[cfg(all(unix, feature = "gui"))]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_save_interrupted_after_the_temp_write_leaves_the_old_file_intact() {
    let dir = TempDir::new("interrupted");
    let old = example_text("t1-enslig-full.ron");
    let path = dir.write("sak.ron", &old);
    let new = example_text("t3-par-med-barn.ron");
    let mut temp_seen = None;
    let result = write_atomically_with_hook(&path, new.as_bytes(), |temp| {
        // The new text is complete and on disk in the temporary file when the failure hits.
        temp_seen = Some((temp.to_path_buf(), std::fs::read_to_string(temp).expect("temp file")));
        Err(std::io::Error::other("strømbrudd"))
    });
    let error = result.expect_err("the save fails");
    assert_eq!(error.to_string(), "strømbrudd");
    let (temp, temp_text) = temp_seen.expect("the hook ran");
    assert_eq!(temp_text, new);
    assert_eq!(temp.parent(), Some(dir.path()), "the temporary file is in the same folder");
    assert_eq!(std::fs::read_to_string(&path).expect("old file"), old, "the old file is untouched");
    assert_eq!(files_in(dir.path()), ["sak.ron"], "the temporary file is cleaned up");
}

#[test]
fn a_rename_that_fails_leaves_the_target_and_no_temp_file() {
    // A real failure at the rename: the target is a folder (with a file in it).
    let dir = TempDir::new("rename-fails");
    let target = dir.path().join("sak.ron");
    std::fs::create_dir(&target).expect("folder in the way");
    std::fs::write(target.join("inni.txt"), "behold meg").expect("file in folder");
    let error = write_atomically(&target, b"Case(format: 1)").expect_err("cannot rename over a folder");
    assert!(!error.to_string().is_empty());
    assert_eq!(std::fs::read_to_string(target.join("inni.txt")).expect("still there"), "behold meg");
    assert_eq!(files_in(dir.path()), ["sak.ron"], "no temporary file is left behind");
}

#[cfg(feature = "gui")]
mod gui {
    use std::path::Path;
    use std::time::{Duration, Instant};

    use eframe::egui;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use utmaling::domain::case::parse_case;
    use utmaling::gui::app::{AppState, Pending};
    use utmaling::gui::commands::Command;
    use utmaling::recovery::RecoveryStore;

    use super::common::{TempDir, example_path};
    use super::{example_text, files_in};

    fn opened(path: &Path) -> AppState {
        let mut state = AppState::for_tests();
        state.open_path(path);
        assert_eq!(state.path.as_deref(), Some(path), "opened: {:?}", state.status);
        state
    }

    fn status(state: &AppState) -> String {
        state.status.as_ref().map(|(text, _)| text.clone()).unwrap_or_default()
    }

    fn harness(state: AppState) -> Harness<'static, AppState> {
        Harness::builder()
            .with_size(egui::vec2(1400.0, 1000.0))
            .with_max_steps(16)
            .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state)
    }

    #[test]
    fn a_failed_save_tells_why_and_keeps_the_case_unsaved() {
        let dir = TempDir::new("save-fails");
        let mut state = opened(&example_path("t1-enslig-full.ron"));
        state.form.assessment = "Endret.".into();
        let target = dir.path().join("mappe.ron");
        std::fs::create_dir(&target).expect("a folder where the file should go");
        assert!(!state.save_to(&target));
        let shown = status(&state);
        assert!(shown.starts_with("Kunne ikke lagre: "), "{shown}");
        assert!(state.status.as_ref().is_some_and(|(_, is_error)| *is_error));
        assert!(state.is_dirty(), "nothing was saved, so the changes are still unsaved");
        assert_eq!(files_in(dir.path()), ["mappe.ron"]);
    }

    #[cfg(unix)]
    #[test]
    fn saved_case_files_are_owner_only() {
        let dir = TempDir::new("mode");
        // Even over a file that was world-readable before.
        let path = dir.write("sak.ron", &example_text("t2-enslig-aap-supplerende.ron"));
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        }
        let mut state = opened(&path);
        state.form.assessment = "Endret.".into();
        assert!(state.save_to(&path), "{:?}", state.status);
        assert_eq!(super::mode(&path), 0o600);
        let fresh = dir.path().join("ny.ron");
        assert!(state.save_to(&fresh));
        assert_eq!(super::mode(&fresh), 0o600);
    }

    #[test]
    fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
        let dir = TempDir::new("changed");
        let path = dir.write("sak.ron", &example_text("t1-enslig-full.ron"));
        let mut state = opened(&path);
        state.form.assessment = "Min vurdering.".into();
        // A colleague saves the same file meanwhile.
        let theirs = example_text("t1-enslig-full.ron").replace("format: 1,", "format: 1, // kollega\n");
        std::fs::write(&path, &theirs).expect("other writer");
        assert!(!state.save_to(&path), "asks first");
        assert_eq!(state.safety.overwrite_prompt.as_deref(), Some(path.as_path()));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs, "their version is untouched");
        assert!(state.is_dirty());
        // The user agrees: now it is written, and later saves do not ask again.
        state.confirm_overwrite(&egui::Context::default());
        assert_eq!(state.safety.overwrite_prompt, None);
        assert!(!state.is_dirty(), "{:?}", state.status);
        let saved = parse_case("sak.ron", &std::fs::read_to_string(&path).expect("read")).expect("parses");
        assert_eq!(saved.assessment, "Min vurdering.");
        state.form.assessment = "Enda en endring.".into();
        assert!(state.save_to(&path), "unchanged on disk since our own save: no question");
    }

    #[test]
    fn a_file_deleted_on_disk_is_written_again_without_asking() {
        let dir = TempDir::new("deleted");
        let path = dir.write("sak.ron", &example_text("t1-enslig-full.ron"));
        let mut state = opened(&path);
        state.form.assessment = "Endret.".into();
        std::fs::remove_file(&path).expect("delete");
        assert!(state.save_to(&path), "{:?}", state.status);
        assert!(path.is_file());
    }

    #[test]
    fn the_overwrite_question_is_a_modal_that_can_be_answered() {
        let dir = TempDir::new("changed-modal");
        let path = dir.write("sak.ron", &example_text("t1-enslig-full.ron"));
        let mut state = opened(&path);
        state.form.assessment = "Min vurdering.".into();
        std::fs::write(&path, example_text("t2-enslig-aap-supplerende.ron")).expect("other writer");
        let mut h = harness(state);
        h.run();
        h.state_mut().apply(&egui::Context::default(), Command::Save);
        h.run();
        h.get_by_label("Filen er endret på disken");
        h.get_by_label("Overskriv").click();
        h.run();
        assert!(!h.state().is_dirty(), "{:?}", h.state().status);
        assert!(h.query_by_label("Filen er endret på disken").is_none(), "the question is gone");
        let saved = parse_case("sak.ron", &std::fs::read_to_string(&path).expect("read")).expect("parses");
        assert_eq!(saved.assessment, "Min vurdering.");
    }

    #[test]
    fn a_file_from_a_newer_program_is_never_rewritten() {
        let dir = TempDir::new("newer");
        let newer = example_text("t1-enslig-full.ron").replace("format: 1,", "format: 2, nytt_felt: true,");
        let path = dir.write("ny-versjon.ron", &newer);
        // Opening it is refused with a message and leaves the window's case as it was.
        let mut state = AppState::for_tests();
        let before = state.form.clone();
        state.open_path(&path);
        assert!(status(&state).contains("filen har format 2, men dette programmet kan bare lese format 1"));
        assert_eq!(state.path, None);
        assert_eq!(state.form, before);
        // Saving over it (Lagre som, or the file replaced after opening) is refused too.
        let mut state = opened(&example_path("t1-enslig-full.ron"));
        assert!(!state.save_to(&path));
        assert_eq!(
            status(&state),
            format!(
                "«{}» er laget av en nyere versjon av programmet og blir ikke overskrevet. Bruk «Lagre som».",
                path.display()
            )
        );
        assert_eq!(std::fs::read_to_string(&path).expect("read"), newer);
    }

    fn with_recovery(dir: &TempDir) -> (AppState, RecoveryStore) {
        let store = RecoveryStore::new(dir.path().join("data"));
        let mut state = AppState::for_tests();
        state.enable_recovery(store.clone(), false);
        (state, store)
    }

    #[test]
    fn unsaved_work_is_copied_two_seconds_after_an_edit_and_removed_on_save() {
        let dir = TempDir::new("autosave");
        let path = dir.write("sak.ron", &example_text("t3-par-med-barn.ron"));
        let (mut state, store) = with_recovery(&dir);
        state.open_path(&path);
        let t0 = Instant::now();
        state.autosave_tick(None, t0);
        assert!(!store.exists(), "nothing unsaved, nothing written");
        state.form.incomes[0].amount = "19 000".into();
        state.recalculate();
        state.autosave_tick(None, t0);
        assert!(!store.exists(), "not on every keystroke");
        state.autosave_tick(None, t0 + Duration::from_millis(1_900));
        assert!(!store.exists());
        state.autosave_tick(None, t0 + Duration::from_secs(2));
        assert!(store.exists(), "written within two seconds of the edit");
        #[cfg(unix)]
        assert_eq!(super::mode(&store.recovery_path()), 0o600);
        let recovered = store.read().expect("copy");
        assert_eq!(recovered.source.as_deref(), Some(path.as_path()));
        let case = recovered.case.expect("the copy is a case file");
        assert_eq!(case.incomes[0].amount, utmaling::domain::Money::kroner(19_000));

        // An unreadable amount keeps the last readable state in the copy.
        state.form.incomes[0].amount = "19 000 og litt".into();
        state.autosave_tick(None, t0 + Duration::from_secs(10));
        state.autosave_tick(None, t0 + Duration::from_secs(20));
        let case = store.read().expect("copy").case.expect("case");
        assert_eq!(case.incomes[0].amount, utmaling::domain::Money::kroner(19_000));

        state.form.incomes[0].amount = "19 500".into();
        assert!(state.save_to(&path), "{:?}", state.status);
        assert!(!store.exists(), "saving removes the copy");
        state.autosave_tick(None, t0 + Duration::from_secs(30));
        assert!(!store.exists());
    }

    /// Exercises hold no real persons, but the trainee's practice form must not leak into the
    /// caseworker's recovery copy either (a restore would offer an exercise as a case).
    #[test]
    fn practice_work_is_never_written_to_the_recovery_copy() {
        let dir = TempDir::new("practice-recovery");
        let (mut state, store) = with_recovery(&dir);
        let library = utmaling::domain::exercise::ExerciseLibrary::embedded();
        let exercise = library.exercises.first().cloned().expect("a shipped exercise");
        state.practice.open_exercise(exercise, &state.book.clone());
        state.view = utmaling::gui::commands::View::Practice;
        let open = state.practice.open.as_mut().expect("the exercise is open");
        open.form.period_from = "01.03.2024".into();
        open.form.period_to = "31.03.2024".into();
        open.form.adults[0].name = "Øvingsperson".into();
        let mut h = harness(state);
        h.run();
        let t0 = Instant::now();
        for seconds in [0, 3, 10] {
            h.state_mut().autosave_tick(None, t0 + Duration::from_secs(seconds));
        }
        assert!(!h.state().is_dirty(), "the caseworker's case is untouched");
        assert!(!store.exists(), "no recovery copy of practice work");
        let data = dir.path().join("data");
        assert!(!data.exists() || files_in(&data).is_empty(), "nothing else in the data folder either");
    }

    #[test]
    fn editing_back_to_the_saved_case_removes_the_copy() {
        let dir = TempDir::new("undo");
        let (mut state, store) = with_recovery(&dir);
        state.open_path(&example_path("t1-enslig-full.ron"));
        let saved = state.form.clone();
        let t0 = Instant::now();
        state.form.assessment = "Midlertidig.".into();
        state.autosave_tick(None, t0);
        state.autosave_tick(None, t0 + Duration::from_secs(3));
        assert!(store.exists());
        state.form = saved;
        state.autosave_tick(None, t0 + Duration::from_secs(4));
        assert!(!store.exists());
    }

    #[test]
    fn discarding_changes_removes_the_copy() {
        let dir = TempDir::new("discard");
        let (mut state, store) = with_recovery(&dir);
        state.open_path(&example_path("t1-enslig-full.ron"));
        state.form.assessment = "Forkastes.".into();
        state.autosave_tick(None, Instant::now() - Duration::from_secs(5));
        state.autosave_tick(None, Instant::now());
        assert!(store.exists());
        let mut h = harness(state);
        h.run();
        h.state_mut().apply(&egui::Context::default(), Command::NewCase);
        assert_eq!(h.state().pending, Some(Pending::NewCase));
        h.run();
        h.get_by_label("Ikke lagre").click();
        h.run();
        assert!(!h.state().is_dirty());
        assert_eq!(h.state().path, None, "a new case replaced it");
        assert!(!store.exists(), "the deliberately discarded work is not kept");
    }

    #[test]
    fn the_next_start_offers_the_copy_and_restores_the_edit() {
        let dir = TempDir::new("restore");
        let path = dir.write("sak.ron", &example_text("t3-par-med-barn.ron"));
        let (mut first, store) = with_recovery(&dir);
        first.open_path(&path);
        first.form.adults[0].name = "Kari Nordmann".into();
        first.autosave_tick(None, Instant::now() - Duration::from_secs(5));
        first.autosave_tick(None, Instant::now());
        let edited = first.form.clone();
        drop(first); // the process dies: no save, no discard

        let (second, _) = with_recovery(&dir);
        let offer = second.safety.offer.as_ref().expect("a copy is offered");
        let age = offer.saved_at.and_then(|t| t.elapsed().ok()).expect("when it was saved");
        assert!(age < Duration::from_secs(60));
        let mut h = harness(second);
        h.run();
        h.get_by_label("Gjenopprette ulagret arbeid?");
        h.get_by_label(&format!("Saken var åpnet fra {}.", path.display()));
        h.get_by_label("Gjenopprett").click();
        h.run();
        let state = h.state();
        assert_eq!(state.form, edited, "the edit is back");
        assert_eq!(state.path.as_deref(), Some(path.as_path()), "Lagre goes to the same file");
        assert!(state.is_dirty(), "and it is marked unsaved");
        assert!(store.exists(), "the copy stays until the case is saved or discarded");
        assert_eq!(status(state), "Saken er gjenopprettet. Lagre den for å beholde endringene.");
    }

    #[test]
    fn a_copy_can_be_discarded_at_start() {
        let dir = TempDir::new("discard-offer");
        let (mut first, store) = with_recovery(&dir);
        first.load_case(&super::common::example("t1-enslig-full.ron"));
        first.form.assessment = "Ny sak, aldri lagret.".into();
        first.autosave_tick(None, Instant::now() - Duration::from_secs(5));
        first.autosave_tick(None, Instant::now());
        assert!(store.exists());
        let (second, _) = with_recovery(&dir);
        let mut h = harness(second);
        h.run();
        h.get_by_label("Saken var ikke lagret i noen fil ennå.");
        h.get_by_label("Forkast kopien").click();
        h.run();
        assert!(!store.exists());
        assert!(h.state().safety.offer.is_none());
        assert_eq!(h.state().form.assessment, "", "the window keeps its own (empty) case");
    }

    #[test]
    fn a_restored_new_case_is_unsaved_and_has_no_file() {
        let dir = TempDir::new("restore-new");
        let (mut first, _store) = with_recovery(&dir);
        first.load_case(&super::common::example("t5-enslig-overskudd.ron"));
        first.form.assessment = "Aldri lagret.".into();
        first.autosave_tick(None, Instant::now() - Duration::from_secs(5));
        first.autosave_tick(None, Instant::now());
        let edited = first.form.clone();
        let (mut second, _) = with_recovery(&dir);
        second.restore_recovery();
        assert_eq!(second.form, edited);
        assert_eq!(second.path, None);
        assert!(second.is_dirty());
        assert!(second.window_title().contains('●'));
    }

    #[test]
    fn the_copy_is_written_when_idle_through_a_requested_repaint() {
        let dir = TempDir::new("idle");
        let (mut state, store) = with_recovery(&dir);
        state.open_path(&example_path("t1-enslig-full.ron"));
        let ctx = egui::Context::default();
        state.form.assessment = "Skrevet, så stille.".into();
        let t0 = Instant::now();
        let mut frame = |tick: bool| {
            let output = ctx.run_ui(egui::RawInput::default(), |_| {
                if tick {
                    state.autosave_tick(Some(&ctx), t0);
                }
            });
            let delay = output.viewport_output.get(&egui::ViewportId::ROOT).expect("root viewport").repaint_delay;
            output.drop_without_applying_deltas();
            delay
        };
        // egui's first frames ask for an immediate repaint; then it would sleep until input.
        for _ in 0..3 {
            frame(false);
        }
        assert_eq!(frame(false), Duration::MAX, "idle: no repaint without a reason");
        // The edit asks egui to wake up when the copy is due (no further input needed).
        let delay = frame(true);
        assert!(delay <= Duration::from_secs(2) && delay > Duration::from_secs(1), "{delay:?}");
        assert!(!store.exists());
        state.autosave_tick(Some(&ctx), t0 + delay);
        assert!(store.exists());
    }
}
