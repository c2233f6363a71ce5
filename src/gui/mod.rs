//! The desktop window (egui/eframe). Panels are functions over `&mut egui::Ui` and the
//! state they show; they return commands that `AppState::apply` carries out. No domain rule
//! lives here: the form becomes a `Case`, the engine calculates, the panels show the result.

pub mod app;
pub mod charts;
pub mod commands;
pub mod compare_view;
pub mod form;
pub mod form_model;
pub mod practice;
pub mod prefs;
pub mod rates_view;
pub mod report_view;
pub mod result;
pub mod safety;
pub mod theme;
pub mod widgets;

use std::process::ExitCode;

use eframe::egui;

use crate::cli::{Cli, load_rate_book};
use app::AppState;
use prefs::Prefs;

struct UtmalingApp {
    state: AppState,
}

impl eframe::App for UtmalingApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.ui(ui);
    }

    /// egui's memory is not saved: it could hold text from the case form.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// Open the window; returns when it is closed.
pub fn run(cli: &Cli) -> ExitCode {
    let user_dir = cli.user_rates_dir();
    let (book, book_errors) = match load_rate_book(user_dir.as_deref()) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("feil i innebygde satser: {e}");
            return ExitCode::FAILURE;
        }
    };
    let prefs_path = Prefs::default_path();
    let prefs = prefs_path.as_deref().map(Prefs::load).unwrap_or_default();
    let mut state = AppState::new(book, book_errors, user_dir, prefs);
    state.prefs_path = prefs_path;
    if std::env::var_os("UTMALING_FRAME_STATS").is_some() {
        state.frame_stats = Some(app::FrameStats::default());
    }
    if let Some(path) = &cli.case {
        state.open_path(path);
    }
    // Recovery copies of unsaved work; a copy left by a crash is offered back (main.rs has
    // installed the panic hook that writes it).
    if let Some(store) = crate::recovery::RecoveryStore::from_env() {
        state.enable_recovery(store, true);
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(state.window_title())
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "utmaling",
        options,
        Box::new(move |cc| {
            app::apply_theme(&cc.egui_ctx, state.prefs.theme);
            cc.egui_ctx.set_zoom_factor(state.prefs.zoom.clamp(0.5, 3.0));
            Ok(Box::new(UtmalingApp { state }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kan ikke åpne vinduet: {e}");
            ExitCode::FAILURE
        }
    }
}
