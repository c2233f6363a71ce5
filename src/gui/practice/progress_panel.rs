//! The trainee's progress in the Øving view: the score per rule (weakest first), how many
//! exercises were tried, and buttons to print the session summary and to reset the progress
//! (after a confirmation). The panel only reads the progress; the caller applies the action it
//! returns, most simply with [`apply_progress_action`].

use std::path::PathBuf;

use eframe::egui::{self, Color32, RichText, Ui};

use super::super::theme;
use crate::domain::exercise::Exercise;
use crate::domain::progress::{Progress, Score, SummaryModel, format_score, session_summary, summary_text};
use crate::i18n::Localizer;

/// What the trainee asked for in the progress panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressAction {
    /// "Skriv ut øktoppsummering": save the session summary (PDF, or text without PDF support).
    PrintSummary,
    /// Copy the session summary as text.
    CopySummary,
    /// "Nullstill fremgang", confirmed.
    Reset,
}

/// Remembers, per panel, that the reset question is open.
fn confirm_id() -> egui::Id {
    egui::Id::unique("progress-reset-confirm")
}

/// A colour for a share right: red under 50 %, amber under 80 %, green from 80 %.
fn score_color(score: Score, dark: bool) -> Color32 {
    match score.percent() {
        0..=49 => theme::error_color(dark),
        50..=79 => theme::warning_color(dark),
        _ if dark => Color32::from_rgb(0x8f, 0xe3, 0xa4),
        _ => Color32::from_rgb(0x0b, 0x5a, 0x22),
    }
}

/// Width of the score column ("12 av 15 (80 %)").
const SCORE_WIDTH: f32 = 110.0;

/// The progress panel. Returns the action the trainee chose this frame, if any.
pub fn progress_ui(ui: &mut Ui, progress: &Progress, loc: &Localizer) -> Option<ProgressAction> {
    let mut action = None;
    let dark = ui.visuals().dark_mode;
    ui.label(theme::bold_label(&loc.t("progress-heading")));
    if progress.is_empty() {
        ui.label(loc.t("progress-empty"));
    } else {
        let perfect = progress.exercises.values().filter(|r| r.best.is_perfect()).count();
        ui.label(
            loc.ta(
                "progress-exercises-done",
                &[("count", progress.exercises.len().into()), ("perfect", perfect.into())],
            ),
        );
        ui.label(RichText::new(loc.t("progress-intro")).weak());
        ui.add_space(4.0);
        // The score first in a fixed column and the rule after it, wrapped: a long rule name
        // («Inntekta til ektefellen eller sambuaren blir rekna med») pushed the score out of a
        // narrow panel. No Grid: its column widths come from the last frame, and wrapped rows
        // were drawn on top of each other on the first one.
        let score_column = |ui: &mut Ui, text: RichText| {
            ui.allocate_ui_with_layout(
                egui::vec2(SCORE_WIDTH, 18.0),
                egui::Layout::left_to_right(egui::Align::Min),
                |ui| {
                    ui.set_min_width(SCORE_WIDTH);
                    ui.label(text);
                },
            );
        };
        ui.horizontal(|ui| {
            score_column(ui, theme::bold(loc.t("progress-col-right")));
            ui.label(theme::bold(loc.t("progress-col-rule")));
        });
        for (tag, score) in progress.weakest_rules() {
            ui.horizontal(|ui| {
                score_column(ui, RichText::new(format_score(loc, score)).color(score_color(score, dark)));
                ui.add(egui::Label::new(loc.t(tag.key())).wrap()).on_hover_text(loc.t(tag.law_key()));
            });
        }
    }
    ui.add_space(8.0);
    let has_session = !progress.session.is_empty();
    ui.horizontal_wrapped(|ui| {
        let print = ui
            .add_enabled(has_session, egui::Button::new(loc.t("progress-print-summary")))
            .on_hover_text(loc.t("progress-print-summary-hint"))
            .on_disabled_hover_text(loc.t("progress-summary-empty"));
        if print.clicked() {
            action = Some(ProgressAction::PrintSummary);
        }
        if ui.add_enabled(has_session, egui::Button::new(loc.t("progress-copy-summary"))).clicked() {
            action = Some(ProgressAction::CopySummary);
        }
    });
    let confirming = ui.data(|d| d.get_temp::<bool>(confirm_id()).unwrap_or(false));
    if confirming {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(loc.t("progress-reset-question"));
            ui.horizontal(|ui| {
                if ui.button(RichText::new(loc.t("progress-reset-confirm")).color(theme::error_color(dark))).clicked() {
                    action = Some(ProgressAction::Reset);
                    ui.data_mut(|d| d.remove::<bool>(confirm_id()));
                }
                if ui.button(loc.t("progress-reset-cancel")).clicked() {
                    ui.data_mut(|d| d.remove::<bool>(confirm_id()));
                }
            });
        });
    } else if ui.add_enabled(!progress.is_empty(), egui::Button::new(loc.t("progress-reset"))).clicked() {
        ui.data_mut(|d| d.insert_temp(confirm_id(), true));
    }
    action
}

/// Carry out `action`: save or copy the session summary of `progress` (suggestions drawn from
/// `library`), or reset `progress`. Returns a status message and whether it is an error, or
/// None when nothing needs saying (the save dialog was cancelled). The caller saves the
/// preferences after a reset.
pub fn apply_progress_action(
    ctx: &egui::Context,
    action: ProgressAction,
    progress: &mut Progress,
    library: &[Exercise],
    loc: &Localizer,
) -> Option<(String, bool)> {
    let today = chrono::Local::now().date_naive();
    match action {
        ProgressAction::Reset => {
            progress.reset();
            Some((loc.t("progress-reset-done"), false))
        }
        ProgressAction::CopySummary => {
            ctx.copy_text(summary_text(&session_summary(progress, library, today), loc));
            Some((loc.t("progress-summary-copied"), false))
        }
        ProgressAction::PrintSummary => {
            let summary = session_summary(progress, library, today);
            let path = ask_path(&summary, loc)?;
            Some(match write_summary(&summary, loc, &path) {
                Ok(()) => (loc.t1("progress-summary-saved", "file", path.display().to_string()), false),
                Err(e) => (loc.t1("progress-summary-failed", "error", e), true),
            })
        }
    }
}

/// The file name offered: "oktoppsummering-2026-11-26.pdf" (".txt" without PDF support).
pub fn summary_file_name(summary: &SummaryModel, loc: &Localizer) -> String {
    let stem = loc.t1("progress-summary-file", "date", summary.date.format("%Y-%m-%d").to_string());
    if cfg!(feature = "pdf") { format!("{stem}.pdf") } else { format!("{stem}.txt") }
}

fn ask_path(summary: &SummaryModel, loc: &Localizer) -> Option<PathBuf> {
    let dialog = rfd::FileDialog::new().set_file_name(summary_file_name(summary, loc));
    let dialog = if cfg!(feature = "pdf") {
        dialog.add_filter("PDF", &["pdf"])
    } else {
        dialog.add_filter(loc.t("progress-save-summary-text"), &["txt"])
    };
    dialog.save_file()
}

/// Write the summary to `path`: a PDF when the program has PDF support, plain text otherwise
/// (or when the chosen name ends in ".txt").
pub fn write_summary(summary: &SummaryModel, loc: &Localizer, path: &std::path::Path) -> Result<(), String> {
    let text_wanted = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    let bytes = if text_wanted || !cfg!(feature = "pdf") {
        summary_text(summary, loc).into_bytes()
    } else {
        render_pdf(summary, loc)?
    };
    crate::storage::write_atomically(path, &bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(feature = "pdf")]
fn render_pdf(summary: &SummaryModel, loc: &Localizer) -> Result<Vec<u8>, String> {
    let print = crate::domain::progress::summary_print(summary, loc);
    crate::pdf::practice_summary::render_summary_pdf(&print, summary.date)
}

#[cfg(not(feature = "pdf"))]
fn render_pdf(summary: &SummaryModel, loc: &Localizer) -> Result<Vec<u8>, String> {
    Ok(summary_text(summary, loc).into_bytes())
}
