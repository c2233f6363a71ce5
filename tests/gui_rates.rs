//! The "Satser" view: a caseworker adds the rates for a year the program does not know.
#![cfg(feature = "gui")]

mod common;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use utmaling::domain::RateBook;
use utmaling::domain::calc::Warning;
use utmaling::gui::app::AppState;
use utmaling::gui::prefs::Prefs;

use common::gui::fill;

#[test]
fn a_new_rate_set_is_validated_saved_to_the_user_folder_and_used() {
    let dir = std::env::temp_dir().join(format!("utmaling-gui-rates-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let book = RateBook::embedded().expect("embedded rates");
    let mut state = AppState::new(book, Vec::new(), Some(dir.clone()), Prefs::default());
    let case = utmaling::cli::read_case(std::path::Path::new("assets/examples/t1-enslig-full.ron")).expect("T1");
    let mut case_2025 = case.clone();
    case_2025.period.from = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("date");
    case_2025.period.to = chrono::NaiveDate::from_ymd_opt(2025, 3, 31).expect("date");
    state.load_case(&case_2025);
    let warned = |s: &AppState| {
        s.last_valid
            .as_ref()
            .is_some_and(|(_, c)| c.warnings.iter().any(|w| matches!(w, Warning::NewerThanNewestSet { .. })))
    };
    assert!(warned(&state), "2025 is later than the newest embedded set");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_max_steps(16)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state);
    h.run();
    // The banner says so (and the result panel repeats it as a warning); the banner leads to the rates view.
    assert_eq!(h.query_all_by_label_contains("nyere enn de nyeste satsene").count(), 2);
    h.get_by_label("Legg til satser …").click();
    h.run();
    h.get_by_label("Legg til nye satser");

    // A bad amount is refused with a message, and nothing is written.
    fill(&mut h, "Gjelder fra", "01.01.2025");
    for (label, amount) in [
        ("Enslige", "8 000"),
        ("Ektepar/samboere", "13 400"),
        ("Person i bofellesskap", "6 750"),
        ("Barn 0–5 år", "3 950"),
        ("Barn 6–10 år", "4 050"),
        ("Barn 11–17 år", "5 300x"),
    ] {
        fill(&mut h, label, amount);
    }
    fill(&mut h, "Rundskriv", "A-1/2024");
    fill(&mut h, "Publisert", "regjeringen.no, A-1/2024 (test)");
    h.get_by_label("Lagre satssettet").click();
    h.run();
    h.get_by_label_contains("er ikke et beløp");
    assert!(!dir.join("2025-01-01.ron").exists());

    fill(&mut h, "Barn 11–17 år", "5 300");
    h.get_by_label("Lagre satssettet").click();
    h.run();
    let text = std::fs::read_to_string(dir.join("2025-01-01.ron")).expect("the set was written");
    assert!(text.contains("enslige: \"8000\""), "{text}");
    assert_eq!(h.state().book.state_sets().len(), 22);
    // The case is recalculated with the new set: 8 000 + rent 8 000 + electricity 700.
    let (_, calc) = h.state().last_valid.as_ref().expect("result");
    assert_eq!(calc.need, utmaling::domain::Money::kroner(16_700));
    assert!(!warned(h.state()));

    // The same date again is refused as a duplicate.
    fill(&mut h, "Gjelder fra", "01.01.2025");
    for label in
        ["Enslige", "Ektepar/samboere", "Person i bofellesskap", "Barn 0–5 år", "Barn 6–10 år", "Barn 11–17 år"]
    {
        fill(&mut h, label, "1");
    }
    fill(&mut h, "Rundskriv", "A-9/2024");
    fill(&mut h, "Publisert", "test");
    h.get_by_label("Lagre satssettet").click();
    h.run();
    h.get_by_label_contains("det finnes allerede en statlig sats fra 01.01.2025");
    let _ = std::fs::remove_dir_all(&dir);
}
