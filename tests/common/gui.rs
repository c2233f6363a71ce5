//! Driving the window in tests through AccessKit labels (egui_kittest, no GPU needed).
#![allow(dead_code)]

use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use utmaling::gui::app::AppState;

/// The whole window at a desktop size, drawn by `AppState::ui` as the app draws it.
pub fn harness(state: AppState) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_max_steps(16)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state)
}

/// The app with the T3 example (couple with two children, March 2024) loaded.
pub fn t3_state() -> AppState {
    let mut state = AppState::for_tests();
    state.load_case(&super::example("t3-par-med-barn.ron"));
    state
}

/// Type into the text input with this accessible name, replacing what it held.
pub fn fill(h: &mut Harness<'_, AppState>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).set_text_value_accesskit(text);
    h.run();
}

/// Click the widget with this accessible name.
pub fn click(h: &mut Harness<'_, AppState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Open a combo box and pick an entry.
pub fn choose(h: &mut Harness<'_, AppState>, combo: &str, option: &str) {
    h.get_by_label(combo).click();
    h.run();
    // Long lists scroll inside the popup; bring the entry into view first.
    h.get_by_label(option).scroll_to_me();
    h.run();
    h.get_by_label(option).click();
    h.run();
}
