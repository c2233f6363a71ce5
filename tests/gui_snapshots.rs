//! Image snapshots of the main window (wgpu; on CI through Mesa's lavapipe software Vulkan).
//! Update with `UPDATE_SNAPSHOTS=1 cargo test --test gui_snapshots`.
#![cfg(feature = "gui")]

mod common;

use eframe::egui;
use egui_kittest::{Harness, SnapshotError};
use utmaling::gui::app::AppState;

use common::gui::t3_state;

fn snapshot(theme: egui::Theme, name: &str) {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_theme(theme)
        .with_max_steps(16)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), t3_state());
    h.run();
    match h.try_snapshot(name) {
        Ok(()) => {}
        // Without a GPU adapter (no Vulkan driver on a developer machine) there is nothing to
        // compare; CI installs mesa-vulkan-drivers so it always renders there.
        Err(SnapshotError::RenderError { err }) if std::env::var_os("CI").is_none() => {
            eprintln!("skipping snapshot {name}: no renderer ({err})");
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn main_window_light() {
    snapshot(egui::Theme::Light, "main_window_light");
}

#[test]
fn main_window_dark() {
    snapshot(egui::Theme::Dark, "main_window_dark");
}
