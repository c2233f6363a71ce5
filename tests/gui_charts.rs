//! The charts and their text alternatives, found through AccessKit labels; one image snapshot
//! of the result panel's charts (wgpu; skipped without a renderer outside CI).
#![cfg(feature = "gui")]

mod common;

use eframe::egui;
use egui_kittest::SnapshotError;
use egui_kittest::kittest::Queryable;
use utmaling::gui::app::AppState;
use utmaling::gui::commands::View;
use utmaling::i18n::Lang;

use common::gui::{fill, harness, t3_state};
use common::nb;

#[test]
fn t3_result_panel_has_the_curve_and_the_need_split_with_text() {
    let mut h = harness(t3_state());
    h.run();
    h.get_by_label("Diagrammer");
    h.get_by_label("Stønad etter inntekt");
    h.get_by_label(&nb("Stønaden synker med 1 kr for hver krone husstanden får i netto inntekt, og blir 0 ved \
                        inntekt over 35 450 kr i måneden. Nå: inntekt 18 000 kr, stønad 17 450 kr."));
    h.get_by_label("Behovet fordelt");
    for value in ["13 100 kr (37 %)", "13 350 kr (38 %)", "9 000 kr (25 %)", "0 kr (0 %)"] {
        h.get_by_label(&nb(value));
    }
    // The total row ("Sum behov" is also a line of the result table above).
    h.get_by_label(&nb("35 450 kr"));
    // One month: no per-month chart.
    assert!(h.query_by_label("Resultat per måned").is_none());
}

#[test]
fn the_text_follows_the_form() {
    let mut h = harness(t3_state());
    h.run();
    fill(&mut h, "Inntekt 1: Beløp per måned", "20 000");
    h.get_by_label(&nb("Stønaden synker med 1 kr for hver krone husstanden får i netto inntekt, og blir 0 ved \
                        inntekt over 35 450 kr i måneden. Nå: inntekt 20 000 kr, stønad 15 450 kr."));
}

#[test]
fn m1_shows_the_result_per_month() {
    let mut state = AppState::for_tests();
    state.load_case(&common::example("m1-flere-maneder-satsendring.ron"));
    let mut h = harness(state);
    h.run();
    h.get_by_label("Resultat per måned");
    h.get_by_label("mai 2023 (10.05.2023–31.05.2023)");
    h.get_by_label(&nb("20 589 kr"));
    h.get_by_label(&nb("4 489 kr"));
    h.get_by_label("august 2023");
    h.get_by_label("Behovet fordelt, hele perioden");
    h.get_by_label(&nb("47 600 kr (51 %)"));
    h.get_by_label(&nb("Stønaden for hele perioden (4 måneder) synker med inntil 4 kr for hver krone i netto \
                        inntekt per måned, og blir 0 ved inntekt over 24 700 kr i måneden. Nå: inntekt 16 100 kr \
                        i måneden, stønad 29 139 kr for perioden."));
}

#[test]
fn satser_view_has_the_rates_over_time() {
    let mut state = AppState::for_tests();
    state.view = View::Rates;
    let mut h = harness(state);
    h.run();
    h.get_by_label("Satsene over tid");
    h.get_by_label(&nb("Enslige: 4 000 kr fra 01.01.2002, 7 850 kr fra 01.01.2024 (+96 %), 18 endringer."));
    h.get_by_label(&nb("Ektepar/samboere: 6 660 kr fra 01.01.2002, 13 100 kr fra 01.01.2024 (+97 %), 18 endringer."));
    h.get_by_label(&nb("Barn 0–5 år: 1 530 kr fra 01.01.2002, 3 850 kr fra 01.01.2024 (+152 %), 20 endringer."));
}

#[test]
fn charts_speak_english_too() {
    let mut state = t3_state();
    state.set_lang(Lang::En);
    let mut h = harness(state);
    h.run();
    h.get_by_label("Charts");
    h.get_by_label("Assistance by income");
    h.get_by_label("The need, by part");
    h.get_by_label(&nb("Living expenses"));
}

#[test]
fn result_charts_snapshot() {
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_theme(egui::Theme::Light)
        .with_max_steps(16)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), t3_state());
    h.run();
    h.get_by_label("Stønad etter inntekt").scroll_to_me();
    h.run();
    match h.try_snapshot("result_charts_light") {
        Ok(()) => {}
        Err(SnapshotError::RenderError { err }) if std::env::var_os("CI").is_none() => {
            eprintln!("skipping snapshot result_charts_light: no renderer ({err})");
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn axis_numbers_are_norwegian_kroner() {
    use utmaling::gui::charts::{kroner_axis, kroner_text};
    assert_eq!(kroner_axis(0.0), "0");
    assert_eq!(kroner_axis(950.0), "950");
    assert_eq!(kroner_axis(12_345.4), nb("12 345"));
    assert_eq!(kroner_axis(10_000.0), nb("10 000"));
    assert_eq!(kroner_axis(1_000_000.0), nb("1 000 000"));
    assert_eq!(kroner_axis(-3_000.0), nb("\u{2212}3 000"));
    assert_eq!(kroner_axis(f64::NAN), "");
    assert_eq!(kroner_text(17_450.0), nb("17 450 kr"));
}

#[test]
fn charts_are_made_once_per_calculation() {
    use std::sync::Arc;
    use utmaling::gui::charts::ResultCharts;
    let state = t3_state();
    let ctx = egui::Context::default();
    let (case, calc) = state.last_valid.clone().expect("T3 calculates");
    let first = ResultCharts::cached(&ctx, &case, &calc, &state.book, &state.loc);
    let again = ResultCharts::cached(&ctx, &case, &calc, &state.book, &state.loc);
    assert!(Arc::ptr_eq(&first, &again), "the same calculation reuses its charts");
    let m1 = common::example("m1-flere-maneder-satsendring.ron");
    let m1_calc = utmaling::domain::calculate(&m1, &state.book).expect("M1 calculates");
    let other = ResultCharts::cached(&ctx, &m1, &m1_calc, &state.book, &state.loc);
    assert!(!Arc::ptr_eq(&first, &other));
    assert_eq!(other.curve().map(|c| c.break_even), Some(utmaling::domain::Money::kroner(24_700)));
    let english = utmaling::i18n::Localizer::new(Lang::En);
    let in_english = ResultCharts::cached(&ctx, &m1, &m1_calc, &state.book, &english);
    assert!(!Arc::ptr_eq(&other, &in_english), "a new language makes new texts");
}
