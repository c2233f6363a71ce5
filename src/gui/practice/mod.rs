//! Trainee mode (Øving): choose an exercise, enter it in the form or calculate it by hand,
//! and get feedback that names the rule. The key is always the engine's calculation.

use eframe::egui::{self, Ui};

use super::app::AppState;
use super::commands::Command;

#[derive(Default)]
pub struct PracticeState {}

impl AppState {
    pub(super) fn practice_view(&mut self, ui: &mut Ui, _dark: bool, _commands: &mut Vec<Command>) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(self.loc.t("view-practice"));
        });
    }
}
