//! CPU time of one frame of the full form (6 children, 20 income/expense lines), without a
//! GPU: `cargo bench --no-default-features --features gui --bench gui_frame`.
//!
//! - `frame_full_form_6_children_20_lines`: through the kittest harness, which always builds
//!   the AccessKit tree and runs AccessKit's consumer on it (as with a screen reader active).
//! - `frame_full_form_eframe_path`: what eframe does on the CPU for each frame when no
//!   assistive technology is connected: the egui pass (layout, the app's code) and the
//!   tessellation into meshes; only the GPU upload and drawing are left out.
//! - `frame_full_form_eframe_path_accesskit`: the same with egui's AccessKit output on.
//! - `frame_eframe_path/<view>`: the eframe path for the other views, at the window's default
//!   size (1280 × 820): `t3_charts_in_view` (the T3 example; the result panel shows the
//!   assistance curve), `t3_charts_below` (the same in a 1280 × 560 window: the charts section
//!   below the fold, laid out but not drawn), `compare` (Sammenlign with T3), `practice_list`
//!   (the Øving list), `practice_open` (exercise 25 open, its form filled in).
//!
//! Instructions per frame for the same scenarios (callgrind, not disturbed by the machine's
//! load): examples/frame_instructions.rs.

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use egui_kittest::Harness;
use std::hint::black_box;
use utmaling::domain::exercise::ExerciseLibrary;
use utmaling::domain::parse_case;
use utmaling::gui::app::AppState;
use utmaling::gui::commands::View;
use utmaling::gui::form_model::CaseForm;

const FULL_FORM: &str = include_str!("gui_frame_full_form.ron");
const T3: &str = include_str!("../assets/examples/t3-par-med-barn.ron");

/// The app with `text` open in `view`.
fn state_with(text: &str, view: View) -> AppState {
    let case = parse_case("bench", text).unwrap_or_else(|e| panic!("{e}"));
    let mut state = AppState::for_tests();
    state.load_case(&case);
    state.view = view;
    state.practice.library = Some(ExerciseLibrary::embedded());
    state.practice.seed = "123456".into();
    state
}

/// One frame as eframe does it on the CPU (egui pass, tessellation), after 30 to settle.
fn bench_eframe_path(c: &mut Criterion, name: &str, mut state: AppState, size: egui::Vec2) {
    let ctx = egui::Context::default();
    let input =
        egui::RawInput { screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)), ..Default::default() };
    let mut frame = || {
        let output = ctx.run_ui(input.clone(), |ui| state.ui(ui));
        ctx.tessellate(output.shapes, output.pixels_per_point)
    };
    for _ in 0..30 {
        black_box(frame());
    }
    c.bench_function(name, |b| b.iter(|| black_box(frame())));
}

fn views(c: &mut Criterion) {
    let window = egui::vec2(1280.0, 820.0);
    bench_eframe_path(c, "frame_eframe_path/t3_charts_in_view", state_with(T3, View::Case), window);
    bench_eframe_path(c, "frame_eframe_path/t3_charts_below", state_with(T3, View::Case), egui::vec2(1280.0, 560.0));
    bench_eframe_path(c, "frame_eframe_path/compare", state_with(T3, View::Compare), window);
    bench_eframe_path(c, "frame_eframe_path/practice_list", state_with(T3, View::Practice), window);
    let mut state = state_with(T3, View::Practice);
    let exercise = state
        .practice
        .library
        .as_ref()
        .and_then(|l| l.exercises.iter().find(|e| e.id == "25-storfamilie-mange-feller"))
        .cloned()
        .unwrap_or_else(|| panic!("exercise 25 is not embedded"));
    state.practice.open_exercise(exercise, &state.book);
    if let Some(open) = &mut state.practice.open {
        open.form = CaseForm::from_case(&open.exercise.case);
    }
    bench_eframe_path(c, "frame_eframe_path/practice_open", state, window);
}

fn frame(c: &mut Criterion) {
    let case = parse_case("bench", FULL_FORM).unwrap_or_else(|e| panic!("{e}"));
    let mut state = AppState::for_tests();
    state.load_case(&case);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_max_steps(64)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state);
    harness.run();
    c.bench_function("frame_full_form_6_children_20_lines", |b| b.iter(|| harness.step()));

    for accesskit in [false, true] {
        let mut state = AppState::for_tests();
        state.load_case(&case);
        let ctx = egui::Context::default();
        if accesskit {
            ctx.enable_accesskit();
        }
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 1000.0))),
            ..Default::default()
        };
        let mut frame = || {
            let output = ctx.run_ui(input.clone(), |ui| state.ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point)
        };
        // Settle: fonts installed, layout sizes remembered, no pending repaint.
        for _ in 0..8 {
            black_box(frame());
        }
        let name = if accesskit { "frame_full_form_eframe_path_accesskit" } else { "frame_full_form_eframe_path" };
        c.bench_function(name, |b| b.iter(|| black_box(frame())));
    }
}

criterion_group!(benches, frame, views);
criterion_main!(benches);
