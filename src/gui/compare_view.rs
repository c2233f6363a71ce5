//! "Sammenlign": the current case as scenario A beside an editable scenario B, line by line
//! with the difference, and presets for the common what-if questions.

use eframe::egui::{self, Ui};

use super::app::AppState;
use super::commands::Command;

#[derive(Default)]
pub struct CompareState {}

impl AppState {
    pub(super) fn compare_view(&mut self, ui: &mut Ui, _dark: bool, _commands: &mut Vec<Command>) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(self.loc.t("view-compare"));
        });
    }
}
