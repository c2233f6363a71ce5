//! The application state and the one place where commands are applied.

use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText, Ui};

use super::commands::{Command, ThemeChoice, View};
use super::form::form_ui;
use super::form_model::{CaseForm, Problems};
use super::prefs::Prefs;
use super::rates_view::{RateSetForm, RatesAction, rates_ui};
use super::result::{ResultView, result_ui};
use super::safety::Safety;
use super::widgets::FieldCtx;
use crate::cli::{load_rate_book, read_case};
use crate::domain::calc::Warning;
use crate::domain::case::case_to_ron;
use crate::domain::explain::explain_text;
use crate::domain::{Calculation, Case, FileError, RateBook, calculate};
use crate::i18n::{Lang, Localizer};

/// An action waiting for the answer to "save changes?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    NewCase,
    OpenDialog,
    OpenPath(PathBuf),
    Quit,
}

pub struct AppState {
    pub loc: Localizer,
    pub prefs: Prefs,
    /// Where preferences are saved; None in tests.
    pub prefs_path: Option<PathBuf>,
    pub book: RateBook,
    pub book_errors: Vec<FileError>,
    pub user_rates_dir: Option<PathBuf>,
    pub form: CaseForm,
    /// The form as last opened or saved, to tell whether there are unsaved changes.
    pub saved_form: CaseForm,
    pub path: Option<PathBuf>,
    pub problems: Problems,
    pub last_valid: Option<(Case, Calculation)>,
    pub focus: Option<String>,
    pub view: View,
    pub show_help: bool,
    pub pending: Option<Pending>,
    /// A message for the status line, and whether it is an error.
    pub status: Option<(String, bool)>,
    pub rate_form: RateSetForm,
    /// Set once the user has agreed to close; the next close request goes through.
    pub close_confirmed: bool,
    /// Changed-on-disk checks and recovery copies (gui/safety.rs).
    pub safety: Safety,
    /// The printable explanation: preview, PDF, print (gui/report_view.rs).
    pub print: super::report_view::PrintWindow,
    /// Trainee mode (gui/practice/).
    pub practice: super::practice::PracticeState,
    /// Scenario comparison (gui/compare_view.rs).
    pub compare: super::compare_view::CompareState,
    sent_title: String,
    fonts_installed: bool,
    /// Set when `UTMALING_FRAME_STATS` is in the environment: each frame is reported on
    /// stderr (number and wall-clock microseconds since the Unix epoch) for the start-up and
    /// idle measurements (scripts/measure-startup.sh).
    pub frame_stats: Option<FrameStats>,
}

#[derive(Default)]
pub struct FrameStats {
    pub frames: u64,
}

impl AppState {
    pub fn new(book: RateBook, book_errors: Vec<FileError>, user_rates_dir: Option<PathBuf>, prefs: Prefs) -> AppState {
        let form = CaseForm::new_for_month(chrono::Local::now().date_naive());
        let mut state = AppState {
            loc: Localizer::new(prefs.lang),
            prefs,
            prefs_path: None,
            book,
            book_errors,
            user_rates_dir,
            saved_form: form.clone(),
            form,
            path: None,
            problems: Problems::new(),
            last_valid: None,
            focus: None,
            view: View::Case,
            show_help: false,
            pending: None,
            status: None,
            rate_form: RateSetForm::default(),
            close_confirmed: false,
            safety: Safety::default(),
            print: Default::default(),
            practice: Default::default(),
            compare: Default::default(),
            sent_title: String::new(),
            fonts_installed: false,
            frame_stats: None,
        };
        state.recalculate();
        state
    }

    /// The embedded rates only, default preferences: what tests start from.
    pub fn for_tests() -> AppState {
        let book = RateBook::embedded().unwrap_or_default();
        AppState::new(book, Vec::new(), None, Prefs::default())
    }

    pub fn is_dirty(&self) -> bool {
        self.form != self.saved_form
    }

    /// Recalculate from the form. Keeps the last valid result when the form has problems.
    pub fn recalculate(&mut self) {
        let (case, mut problems) = self.form.to_case_in(&self.loc);
        if let (Some(case), true) = (case, problems.is_empty()) {
            match calculate(&case, &self.book) {
                Ok(calc) => {
                    crate::logging::calculation_done(&calc, tracing::Level::DEBUG);
                    self.last_valid = Some((case, calc));
                }
                Err(e) => {
                    for p in e.problems_in(&self.loc) {
                        problems.entry(p.field).or_insert(p.message);
                    }
                }
            }
        }
        self.problems = problems;
    }

    pub fn window_title(&self) -> String {
        let name = self
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.loc.t("title-untitled"));
        let marker = if self.is_dirty() { " ●" } else { "" };
        format!("{name}{marker} — utmaling")
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.prefs.lang = lang;
        self.loc = Localizer::new(lang);
        self.save_prefs();
        // The problems under the fields are in the language they were made in; so is the
        // status line's last message, which is dropped rather than shown in the old language.
        self.recalculate();
        self.status = None;
    }

    fn save_prefs(&self) {
        if let Some(path) = &self.prefs_path {
            self.prefs.save(path);
        }
    }

    /// Replace the form with a case read from `path`.
    pub fn open_path(&mut self, path: &Path) {
        match read_case(path) {
            Ok(case) => {
                self.load_case(&case);
                self.path = Some(path.to_path_buf());
                self.note_opened(path);
                self.prefs.add_recent(path);
                self.save_prefs();
                self.status = Some((self.loc.t1("status-opened", "file", path.display().to_string()), false));
            }
            Err(e) => self.status = Some((self.loc.t1("status-open-failed", "error", e.to_string()), true)),
        }
    }

    pub fn load_case(&mut self, case: &Case) {
        self.form = CaseForm::from_case(case);
        self.saved_form = self.form.clone();
        self.last_valid = None;
        self.recalculate();
    }

    /// Save the case to `path` (atomically). The form must be a valid case.
    pub fn save_to(&mut self, path: &Path) -> bool {
        // Logical problems may be saved and fixed later; unreadable amounts or dates may not.
        let (case, _problems) = self.form.to_case();
        let Some(case) = case else {
            self.status = Some((self.loc.t("status-save-invalid"), true));
            return false;
        };
        let text = match case_to_ron(&case) {
            Ok(text) => text,
            Err(e) => {
                self.status = Some((self.loc.t1("status-save-failed", "error", e), true));
                return false;
            }
        };
        if !self.may_overwrite(path) {
            return false;
        }
        match crate::storage::write_atomically(path, text.as_bytes()) {
            Ok(()) => {
                self.path = Some(path.to_path_buf());
                self.saved_form = self.form.clone();
                self.note_saved(path, text.as_bytes());
                crate::logging::case_saved(Ok(text.len()));
                self.prefs.add_recent(path);
                self.save_prefs();
                self.status = Some((self.loc.t1("status-saved", "file", path.display().to_string()), false));
                true
            }
            Err(e) => {
                crate::logging::case_saved(Err(&e));
                self.status = Some((self.loc.t1("status-save-failed", "error", e.to_string()), true));
                false
            }
        }
    }

    /// Apply one command. `ctx` is needed for window commands and the clipboard.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewCase => self.guard(Pending::NewCase),
            Command::OpenDialog => self.guard(Pending::OpenDialog),
            Command::OpenPath(path) => self.guard(Pending::OpenPath(path)),
            Command::Quit => self.guard(Pending::Quit),
            Command::Save => match self.path.clone() {
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.save_as_dialog(),
            },
            Command::SaveAs => self.save_as_dialog(),
            Command::ShowView(view) => self.view = view,
            Command::SetLang(lang) => self.set_lang(lang),
            Command::SetTheme(theme) => {
                self.prefs.theme = theme;
                apply_theme(ctx, theme);
                self.save_prefs();
            }
            Command::ToggleHelp => self.show_help = !self.show_help,
            Command::FocusField(path) => {
                self.view = View::Case;
                self.focus = Some(path);
            }
            Command::Print => self.print.open_in(self.prefs.lang),
            Command::CopyExplanation => {
                if let Some((case, calc)) = &self.last_valid {
                    ctx.copy_text(explain_text(&self.loc, case, calc));
                    self.status = Some((self.loc.t("status-copied"), false));
                }
            }
        }
        // Carry out a pending action right away when nothing would be lost.
        if !self.is_dirty()
            && let Some(pending) = self.pending.take()
        {
            self.run_pending(ctx, pending);
        }
    }

    /// Ask "save changes?" before an action that replaces or closes the case.
    fn guard(&mut self, action: Pending) {
        self.pending = Some(action);
    }

    pub(super) fn run_pending(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::NewCase => {
                self.load_case_form(CaseForm::new_for_month(chrono::Local::now().date_naive()));
                self.path = None;
            }
            Pending::OpenDialog => {
                if let Some(path) = rfd::FileDialog::new().add_filter("Sak (RON)", &["ron"]).pick_file() {
                    self.open_path(&path);
                }
            }
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Quit => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn load_case_form(&mut self, form: CaseForm) {
        self.form = form;
        self.saved_form = self.form.clone();
        self.last_valid = None;
        self.recalculate();
    }

    pub(super) fn save_as_dialog(&mut self) {
        let name = self
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "sak.ron".into());
        if let Some(path) = rfd::FileDialog::new().add_filter("Sak (RON)", &["ron"]).set_file_name(name).save_file() {
            self.save_to(&path);
        }
    }

    fn reload_rates(&mut self) {
        match load_rate_book(self.user_rates_dir.as_deref()) {
            Ok((book, errors)) => {
                self.book = book;
                self.book_errors = errors;
                self.recalculate();
            }
            Err(e) => self.status = Some((e.to_string(), true)),
        }
    }

    fn dark(ui: &Ui) -> bool {
        ui.visuals().dark_mode
    }

    /// Draw the whole window and apply what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_installed {
            // Here rather than at start-up so the tests draw with the same font as the app.
            super::theme::install_fonts(&ctx);
            self.fonts_installed = true;
        }
        let mut commands = Vec::new();
        // Keyboard shortcuts (consumed so a text field does not also see them).
        for command in Command::WITH_SHORTCUTS {
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                commands.push(command.clone());
            }
        }
        // A case file dropped on the window.
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().find_map(|f| {
                let path = f.path();
                (!path.as_os_str().is_empty()).then(|| path.to_path_buf())
            })
        });
        if let Some(path) = dropped {
            commands.push(Command::OpenPath(path));
        }
        // The window's close button: ask first when there are unsaved changes.
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed && self.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Pending::Quit);
        }
        // Ctrl +/- zoom is egui's own; remember the level the user chose.
        let zoom = ctx.zoom_factor();
        if (zoom - self.prefs.zoom).abs() > 0.001 {
            self.prefs.zoom = zoom;
            self.save_prefs();
        }
        if let Some(stats) = &mut self.frame_stats {
            stats.frames += 1;
            let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            eprintln!("utmaling-frame {} {}", stats.frames, since_epoch.as_micros());
        }
        let title = self.window_title();
        if title != self.sent_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.sent_title = title;
        }
        let dark = Self::dark(ui);
        egui::Panel::top("menu").show(ui, |ui| commands.extend(self.menu_ui(ui)));
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| match &self.status {
                Some((message, is_error)) => {
                    let text = RichText::new(message);
                    ui.label(if *is_error { text.color(super::theme::error_color(dark)) } else { text });
                }
                None => {
                    ui.label(RichText::new(self.loc.t("status-ready")).weak());
                }
            });
        });
        match self.view {
            View::Case => self.case_view(ui, dark, &mut commands),
            View::Practice => self.practice_view(ui, dark, &mut commands),
            View::Compare => self.compare_view(ui, dark, &mut commands),
            View::Rates => {
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical().id_salt("rates-scroll").show(ui, |ui| {
                        let mut fc = FieldCtx {
                            loc: &self.loc,
                            problems: &Problems::new(),
                            focus: &mut self.focus,
                            changed: false,
                            dark,
                        };
                        let action = rates_ui(
                            ui,
                            &self.book,
                            &self.book_errors,
                            self.user_rates_dir.as_deref(),
                            &mut self.rate_form,
                            &mut fc,
                        );
                        if let Some(RatesAction::Reload) = action {
                            self.reload_rates();
                        }
                    });
                });
            }
        }
        if self.show_help {
            self.help_window(&ctx);
        }
        let print = super::report_view::PrintInput {
            loc: &self.loc,
            last_valid: self.last_valid.as_ref(),
            case_path: self.path.as_deref(),
            dark,
        };
        if let Some(status) = self.print.show(&ctx, &print) {
            self.status = Some(status);
        }
        self.safety_modals(&ctx);
        if self.pending.is_some() && self.is_dirty() && !self.safety_question_open() {
            self.save_changes_modal(&ctx);
        }
        for command in commands {
            self.apply(&ctx, command);
        }
        self.autosave_tick(Some(&ctx), std::time::Instant::now());
    }

    fn case_view(&mut self, ui: &mut Ui, dark: bool, commands: &mut Vec<Command>) {
        let newer = self
            .last_valid
            .as_ref()
            .and_then(|(case, calc)| {
                calc.warnings.iter().find(|w| matches!(w, Warning::NewerThanNewestSet { .. })).map(|w| (case, calc, w))
            })
            .map(|(case, calc, w)| crate::domain::explain::warning_text(&self.loc, case, calc, w));
        if let Some(text) = newer {
            egui::Panel::top("newer-rates-banner").show(ui, |ui| {
                egui::Frame::new()
                    .fill(super::theme::outcome_colors(crate::domain::Outcome::None, dark).0)
                    .inner_margin(8.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(text).strong());
                        if ui.button(self.loc.t("banner-open-rates")).clicked() {
                            commands.push(Command::ShowView(View::Rates));
                        }
                    });
            });
        }
        let mut changed = false;
        egui::Panel::left("form").resizable(true).default_size(620.0).min_size(420.0).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("form-scroll").show(ui, |ui| {
                let mut fc =
                    FieldCtx { loc: &self.loc, problems: &self.problems, focus: &mut self.focus, changed: false, dark };
                form_ui(ui, &mut self.form, &self.book, &mut fc);
                changed = fc.changed;
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("result-scroll").auto_shrink([false, false]).show(ui, |ui| {
                // egui's scroll bar floats over the content when the pointer is on the panel;
                // keep the amounts at the right edge clear of it.
                let scroll = ui.spacing().scroll;
                let bar = scroll.bar_inner_margin + scroll.bar_width + scroll.bar_outer_margin;
                ui.set_max_width(ui.available_width() - bar);
                let view = ResultView {
                    last_valid: self.last_valid.as_ref(),
                    problems: &self.problems,
                    loc: &self.loc,
                    dark,
                    book: &self.book,
                };
                commands.extend(result_ui(ui, &view));
            });
        });
        if changed {
            self.recalculate();
        }
    }

    fn menu_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let loc = &self.loc;
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(loc.t("menu-file"), |ui| {
                for command in [Command::NewCase, Command::OpenDialog, Command::Save, Command::SaveAs, Command::Print] {
                    let mut button = egui::Button::new(loc.t(command.label_key()));
                    if let Some(shortcut) = command.shortcut() {
                        button = button.shortcut_text(ctx.format_shortcut(&shortcut));
                    }
                    if ui.add(button).clicked() {
                        commands.push(command);
                    }
                }
                ui.menu_button(loc.t("menu-recent"), |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label(RichText::new(loc.t("menu-recent-none")).weak());
                    }
                    for path in &self.prefs.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            commands.push(Command::OpenPath(path.clone()));
                        }
                    }
                });
                ui.separator();
                let quit = Command::Quit;
                let mut button = egui::Button::new(loc.t(quit.label_key()));
                if let Some(shortcut) = quit.shortcut() {
                    button = button.shortcut_text(ctx.format_shortcut(&shortcut));
                }
                if ui.add(button).clicked() {
                    commands.push(quit);
                }
            });
            ui.menu_button(loc.t("menu-view"), |ui| {
                ui.label(RichText::new(loc.t("menu-language")).weak());
                for lang in Lang::ALL {
                    if ui.radio(self.prefs.lang == lang, lang.native_name()).clicked() {
                        commands.push(Command::SetLang(lang));
                    }
                }
                ui.separator();
                ui.label(RichText::new(loc.t("menu-theme")).weak());
                for (theme, key) in [
                    (ThemeChoice::System, "theme-system"),
                    (ThemeChoice::Light, "theme-light"),
                    (ThemeChoice::Dark, "theme-dark"),
                ] {
                    if ui.radio(self.prefs.theme == theme, loc.t(key)).clicked() {
                        commands.push(Command::SetTheme(theme));
                    }
                }
                ui.separator();
                ui.label(RichText::new(loc.t("menu-zoom-hint")).weak().small());
            });
            ui.menu_button(loc.t("menu-help"), |ui| {
                let help = Command::ToggleHelp;
                let mut button = egui::Button::new(loc.t(help.label_key()));
                if let Some(shortcut) = help.shortcut() {
                    button = button.shortcut_text(ctx.format_shortcut(&shortcut));
                }
                if ui.add(button).clicked() {
                    commands.push(help);
                }
            });
            ui.separator();
            for (view, key) in View::ALL {
                if ui.selectable_label(self.view == view, loc.t(key)).clicked() {
                    commands.push(Command::ShowView(view));
                }
            }
        });
        commands
    }

    fn help_window(&mut self, ctx: &egui::Context) {
        let loc = &self.loc;
        let mut open = true;
        egui::Window::new(loc.t("help-title")).open(&mut open).collapsible(false).show(ctx, |ui| {
            ui.label(loc.t("help-intro"));
            ui.add_space(6.0);
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for command in Command::WITH_SHORTCUTS {
                    if let Some(shortcut) = command.shortcut() {
                        ui.label(loc.t(command.label_key()));
                        ui.label(RichText::new(ctx.format_shortcut(&shortcut)).monospace());
                        ui.end_row();
                    }
                }
                for (key, keys) in [("help-tab", "Tab / Shift+Tab"), ("help-zoom", "Ctrl + / Ctrl − / Ctrl 0")] {
                    ui.label(loc.t(key));
                    ui.label(RichText::new(keys).monospace());
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new(format!("utmaling {}", env!("CARGO_PKG_VERSION"))).weak());
        });
        if !open {
            self.show_help = false;
        }
    }

    fn save_changes_modal(&mut self, ctx: &egui::Context) {
        let loc = &self.loc;
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("save-changes")).show(ctx, |ui| {
            ui.heading(loc.t("unsaved-title"));
            ui.label(loc.t("unsaved-body"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(loc.t("unsaved-save")).clicked() {
                    choice = Some(0);
                }
                if ui.button(loc.t("unsaved-discard")).clicked() {
                    choice = Some(1);
                }
                if ui.button(loc.t("unsaved-cancel")).clicked() {
                    choice = Some(2);
                }
            });
        });
        match choice {
            Some(0) => {
                let saved = match self.path.clone() {
                    Some(path) => self.save_to(&path),
                    None => {
                        self.save_as_dialog();
                        !self.is_dirty()
                    }
                };
                if saved && let Some(pending) = self.pending.take() {
                    self.run_pending(ctx, pending);
                }
            }
            Some(1) => {
                if let Some(pending) = self.pending.take() {
                    self.saved_form = self.form.clone();
                    self.run_pending(ctx, pending);
                }
            }
            Some(_) => self.pending = None,
            None => {}
        }
    }
}

pub fn apply_theme(ctx: &egui::Context, theme: ThemeChoice) {
    ctx.set_theme(match theme {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    });
}
