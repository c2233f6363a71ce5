//! CPU time of one frame of the full form (6 children, 20 income/expense lines), without a
//! GPU: `cargo bench --no-default-features --features gui --bench gui_frame`.
//!
//! - `frame_full_form_6_children_20_lines`: through the kittest harness, which always builds
//!   the AccessKit tree and runs AccessKit's consumer on it (as with a screen reader active).
//! - `frame_full_form_eframe_path`: what eframe does on the CPU for each frame when no
//!   assistive technology is connected: the egui pass (layout, the app's code) and the
//!   tessellation into meshes; only the GPU upload and drawing are left out.
//! - `frame_full_form_eframe_path_accesskit`: the same with egui's AccessKit output on.

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use egui_kittest::Harness;
use std::hint::black_box;
use utmaling::domain::parse_case;
use utmaling::gui::app::AppState;

const FULL_FORM: &str = r#"Case(
    format: 1,
    period: (from: "2024-01-01", to: "2024-03-31"),
    household: (
        living: Couple,
        adults: [(name: "Kari", birth_date: "1985-01-01"), (name: "Ola", birth_date: "1984-02-02")],
        children: [
            (name: "Emma", birth_date: "2020-03-14", needs: [(need: DaycareSfo, assessment: Granted("1500"))]),
            (name: "Noah", birth_date: "2018-02-10", needs: [(need: Leisure, assessment: CoveredByRate)]),
            (name: "Ida", birth_date: "2016-08-30", share_percent: 60),
            (name: "Jon", birth_date: "2013-05-05", needs: [(need: School, assessment: NotRelevant)]),
            (name: "Liv", birth_date: "2010-11-11"),
            (name: "Per", birth_date: "2008-04-04"),
        ],
    ),
    incomes: [
        (kind: "jobb", person: Some("Kari"), amount: "18000"),
        (kind: "aap", person: Some("Ola"), amount: "9000"),
        (kind: "barnetrygd", amount: "8500"),
        (kind: "barns_arbeidsinntekt", person: Some("Per"), amount: "1500"),
        (kind: "bostotte", amount: "1200"),
        (kind: "barnebidrag", amount: "1800"),
        (kind: "kontantstotte", amount: "1000"),
        (kind: "skatteetaten", amount: "400"),
        (kind: "annen", amount: "250"),
        (kind: "utbytte", amount: "50"),
    ],
    expenses: [
        (kind: "husleie", applied: "16500", accepted: Some("15000"), reason: Some("Over normen")),
        (kind: "strom", applied: "1800"),
        (kind: "oppvarming", applied: "300"),
        (kind: "innboforsikring", applied: "190"),
        (kind: "kommunalAvgift", applied: "600"),
        (kind: "felleskostnader", applied: "900"),
        (kind: "sfo", child: Some("Noah"), applied: "1900"),
        (kind: "barnFritidsaktiviteter", child: Some("Ida"), applied: "450"),
        (kind: "barnTannregulering", child: Some("Liv"), applied: "700"),
        (kind: "annen", applied: "300"),
    ],
)"#;

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

criterion_group!(benches, frame);
criterion_main!(benches);
