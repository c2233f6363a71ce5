//! Data safety in the window: a file that changed on disk since it was opened is not
//! overwritten without asking, a file from a newer program is never rewritten, unsaved work is
//! copied to the recovery file a few seconds after each edit, and a copy left by a crash is
//! offered back at the next start. The file work itself is in `crate::storage` and
//! `crate::recovery`; this is the glue to `AppState`.

use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use eframe::egui::{self, RichText};
use fluent_bundle::FluentValue;

use super::app::AppState;
use super::form_model::CaseForm;
use crate::cli::read_case;
use crate::domain::case::{CASE_FORMAT, case_format_of};
use crate::recovery::{Autosave, CrashReport, Recovered, RecoveryStore, Snapshot, set_last_known};
use crate::storage::{DiskState, FileStamp};

/// The data-safety part of the app state.
#[derive(Default)]
pub struct Safety {
    /// The open file and what it held when it was opened or last saved.
    pub disk_stamp: Option<(PathBuf, FileStamp)>,
    /// A save waiting for the answer to "the file changed on disk; overwrite it?".
    pub overwrite_prompt: Option<PathBuf>,
    overwrite_confirmed: Option<PathBuf>,
    /// Where recovery copies are written; None (no copies) unless `enable_recovery` was called.
    pub store: Option<RecoveryStore>,
    pub autosave: Autosave,
    /// The form as of the last edit noticed.
    seen_form: Option<CaseForm>,
    /// The unsaved case as last readable, ready to write.
    snapshot: Option<Snapshot>,
    /// Whether a recovery copy this session is responsible for is on disk.
    pub recovery_written: bool,
    /// A copy found at start-up, waiting for the user's answer.
    pub offer: Option<Recovered>,
    /// What the panic hook recorded in the previous run, shown once.
    pub crash: Option<CrashReport>,
    /// Whether to keep the panic hook's copy of the unsaved case up to date.
    pub feed_panic_hook: bool,
}

/// "14.03.2024 10:42".
pub fn local_time(time: SystemTime) -> String {
    chrono::DateTime::<chrono::Local>::from(time).format("%d.%m.%Y %H:%M").to_string()
}

impl AppState {
    /// Keep recovery copies in `store`. A copy left by an earlier run is offered back, and what
    /// the panic hook recorded then is shown. `feed_panic_hook`: the real app, where
    /// `recovery::install_panic_hook` has been called.
    pub fn enable_recovery(&mut self, store: RecoveryStore, feed_panic_hook: bool) {
        self.safety.offer = store.read();
        self.safety.crash = store.take_crash();
        self.safety.store = Some(store);
        self.safety.feed_panic_hook = feed_panic_hook;
    }

    /// Remember what the file held when it was opened.
    pub(super) fn note_opened(&mut self, path: &Path) {
        self.safety.disk_stamp = FileStamp::read(path).ok().map(|stamp| (path.to_path_buf(), stamp));
    }

    /// Whether the case may be written to `path` now. A file written by a newer version of the
    /// program is refused; when the open file changed on disk since it was opened or saved, the
    /// user is asked first (and this returns false until they agree).
    pub(super) fn may_overwrite(&mut self, path: &Path) -> bool {
        if let Ok(text) = std::fs::read_to_string(path)
            && case_format_of(&text).is_some_and(|format| format > CASE_FORMAT)
        {
            tracing::info!("save refused: the file on disk has a newer case format");
            self.status = Some((self.loc.t1("status-newer-format", "file", path.display().to_string()), true));
            return false;
        }
        if self.safety.overwrite_confirmed.as_deref() == Some(path) {
            return true;
        }
        if let Some((open, stamp)) = &self.safety.disk_stamp
            && open == path
            && stamp.compare(path) == DiskState::Changed
        {
            tracing::info!("the open file changed on disk; asking before overwriting it");
            self.safety.overwrite_prompt = Some(path.to_path_buf());
            return false;
        }
        true
    }

    /// The case was written to `path`: remember what the file holds and drop the recovery copy.
    pub(super) fn note_saved(&mut self, path: &Path, bytes: &[u8]) {
        self.safety.disk_stamp = Some((path.to_path_buf(), FileStamp::of_bytes(bytes)));
        self.safety.overwrite_confirmed = None;
        self.drop_recovery_copy();
    }

    /// Nothing is unsaved any more (saved, discarded or edited back): remove the copy.
    fn drop_recovery_copy(&mut self) {
        self.safety.autosave.cancel();
        self.safety.snapshot = None;
        self.safety.seen_form = None;
        if self.safety.feed_panic_hook {
            set_last_known(None);
        }
        if self.safety.recovery_written
            && let Some(store) = &self.safety.store
            && store.remove().is_ok()
        {
            tracing::debug!("recovery copy removed");
            self.safety.recovery_written = false;
        }
    }

    /// Once per frame (and after anything that may save or discard): notice edits, write the
    /// copy when it is due, remove it when nothing is unsaved. `ctx` is asked to repaint when
    /// the next write is due, so the copy is written even if the user stops typing.
    pub fn autosave_tick(&mut self, ctx: Option<&egui::Context>, now: Instant) {
        if self.safety.store.is_none() && !self.safety.feed_panic_hook {
            return;
        }
        // Do not replace a copy from an earlier run before the user has answered the offer.
        if self.safety.offer.is_some() {
            return;
        }
        if !self.is_dirty() {
            if self.safety.snapshot.is_some() || self.safety.recovery_written || self.safety.autosave.is_pending() {
                self.drop_recovery_copy();
            }
            return;
        }
        if self.safety.seen_form.as_ref() != Some(&self.form) {
            self.safety.seen_form = Some(self.form.clone());
            // A form with an unreadable amount or date is not a case: the last readable state
            // stays in the copy until the field is fixed.
            if let (Some(case), _) = self.form.to_case()
                && let Ok(snapshot) = Snapshot::of_case(&case, self.path.as_deref())
                && self.safety.snapshot.as_ref() != Some(&snapshot)
            {
                if self.safety.feed_panic_hook {
                    set_last_known(Some(snapshot.clone()));
                }
                self.safety.snapshot = Some(snapshot);
                self.safety.autosave.edited(now);
            }
        }
        if self.safety.autosave.take_due(now) {
            if let (Some(store), Some(snapshot)) = (&self.safety.store, &self.safety.snapshot) {
                match store.write(snapshot) {
                    Ok(()) => {
                        tracing::debug!("recovery copy written");
                        self.safety.recovery_written = true;
                    }
                    Err(e) => {
                        tracing::warn!(kind = ?e.kind(), "recovery copy could not be written");
                        self.status = Some((self.loc.t1("status-recovery-failed", "error", e.to_string()), true));
                    }
                }
            }
        } else if let (Some(ctx), Some(wait)) = (ctx, self.safety.autosave.wait(now)) {
            ctx.request_repaint_after(wait);
        }
    }

    /// Put the offered copy in the form. It stays on disk until the case is saved or discarded.
    pub fn restore_recovery(&mut self) {
        let Some(recovered) = self.safety.offer.take() else { return };
        let case = match recovered.case {
            Ok(case) => case,
            Err(e) => {
                self.status = Some((self.loc.t1("restore-unreadable", "error", e.to_string()), true));
                return;
            }
        };
        // Compare with the file it was a copy of, so the title marks the changes and Lagre
        // writes to that file; without one, it is a new, unsaved case.
        match recovered.source.as_ref().and_then(|path| read_case(path).ok().map(|saved| (path, saved))) {
            Some((path, saved)) => {
                self.load_case(&saved);
                self.path = Some(path.clone());
                self.note_opened(path);
            }
            None => {
                self.load_case(&case);
                self.saved_form = CaseForm::default();
                self.path = None;
                self.safety.disk_stamp = None;
            }
        }
        self.form = CaseForm::from_case(&case);
        self.last_valid = None;
        self.recalculate();
        self.safety.recovery_written = true;
        self.safety.crash = None;
        tracing::info!("recovery copy restored");
        self.status = Some((self.loc.t("status-restored"), false));
    }

    /// Throw the offered copy away.
    pub fn discard_recovery(&mut self) {
        tracing::info!("recovery copy discarded");
        self.safety.offer = None;
        self.safety.crash = None;
        if let Some(store) = &self.safety.store
            && let Err(e) = store.remove()
        {
            self.status = Some((self.loc.t1("status-recovery-failed", "error", e.to_string()), true));
        }
    }

    /// Overwrite the file that changed on disk, as the user agreed; then carry on with what
    /// was waiting for the save (new case, open, quit).
    pub fn confirm_overwrite(&mut self, ctx: &egui::Context) {
        let Some(path) = self.safety.overwrite_prompt.take() else { return };
        self.safety.overwrite_confirmed = Some(path.clone());
        let saved = self.save_to(&path);
        self.safety.overwrite_confirmed = None;
        if saved && let Some(pending) = self.pending.take() {
            self.run_pending(ctx, pending);
        }
    }

    /// Whether a data-safety question is on screen (the "save changes?" prompt waits for it).
    pub fn safety_question_open(&self) -> bool {
        self.safety.overwrite_prompt.is_some() || self.safety.offer.is_some() || self.safety.crash.is_some()
    }

    pub(super) fn safety_modals(&mut self, ctx: &egui::Context) {
        if self.safety.offer.is_some() {
            self.restore_modal(ctx);
        } else if self.safety.crash.is_some() {
            self.crash_modal(ctx);
        } else if self.safety.overwrite_prompt.is_some() {
            self.overwrite_modal(ctx);
        }
    }

    fn crash_lines(&self, ui: &mut egui::Ui) {
        if let Some(crash) = &self.safety.crash {
            let when = crash.saved_at.map(local_time).unwrap_or_default();
            ui.label(RichText::new(self.loc.t1("crash-title", "time", when)).strong());
            ui.label(self.loc.ta(
                "crash-body",
                &[
                    ("message", FluentValue::from(crash.message.clone())),
                    ("location", FluentValue::from(crash.location.clone())),
                ],
            ));
            ui.add_space(8.0);
        }
    }

    fn restore_modal(&mut self, ctx: &egui::Context) {
        let Some(offer) = &self.safety.offer else { return };
        let loc = &self.loc;
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("restore-recovery")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(loc.t("restore-title"));
            self.crash_lines(ui);
            let when = offer.saved_at.map(local_time).unwrap_or_default();
            ui.label(loc.t1("restore-body", "time", when));
            match &offer.source {
                Some(source) => ui.label(loc.t1("restore-source", "file", source.display().to_string())),
                None => ui.label(loc.t("restore-no-source")),
            };
            if let Err(e) = &offer.case {
                ui.label(RichText::new(loc.t1("restore-unreadable", "error", e.to_string())).strong());
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if offer.case.is_ok() && ui.button(loc.t("restore-restore")).clicked() {
                    choice = Some(0);
                }
                if ui.button(loc.t("restore-discard")).clicked() {
                    choice = Some(1);
                }
                if offer.case.is_err() && ui.button(loc.t("restore-keep")).clicked() {
                    choice = Some(2);
                }
            });
        });
        match choice {
            Some(0) => self.restore_recovery(),
            Some(1) => self.discard_recovery(),
            Some(_) => {
                // Keep the unreadable file for someone to rescue by hand; do not ask again now.
                self.safety.offer = None;
                self.safety.crash = None;
            }
            None => {}
        }
    }

    fn crash_modal(&mut self, ctx: &egui::Context) {
        let mut close = false;
        egui::Modal::new(egui::Id::unique("crash-report")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            self.crash_lines(ui);
            close = ui.button(self.loc.t("crash-ok")).clicked();
        });
        if close {
            self.safety.crash = None;
        }
    }

    fn overwrite_modal(&mut self, ctx: &egui::Context) {
        let Some(path) = &self.safety.overwrite_prompt else { return };
        let loc = &self.loc;
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("overwrite-changed-file")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(loc.t("conflict-title"));
            ui.label(loc.t1("conflict-body", "file", path.display().to_string()));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(loc.t("conflict-overwrite")).clicked() {
                    choice = Some(0);
                }
                if ui.button(loc.t("conflict-save-as")).clicked() {
                    choice = Some(1);
                }
                if ui.button(loc.t("conflict-cancel")).clicked() {
                    choice = Some(2);
                }
            });
        });
        match choice {
            Some(0) => self.confirm_overwrite(ctx),
            Some(1) => {
                self.safety.overwrite_prompt = None;
                self.save_as_dialog();
                if !self.is_dirty()
                    && let Some(pending) = self.pending.take()
                {
                    self.run_pending(ctx, pending);
                }
            }
            Some(_) => self.safety.overwrite_prompt = None,
            None => {}
        }
    }
}
