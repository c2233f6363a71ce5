//! The caseworker's window, driven through AccessKit labels (no GPU needed).
#![cfg(feature = "gui")]

mod common;

use std::collections::BTreeSet;

use eframe::egui::{self, accesskit::Role};
use egui_kittest::kittest::{NodeT, Queryable};
use utmaling::domain::{Money, Outcome};
use utmaling::gui::app::AppState;
use utmaling::i18n::Lang;

use common::gui::{choose, click, fill, harness};

fn t3_case() -> utmaling::domain::Case {
    utmaling::cli::read_case(std::path::Path::new("assets/examples/t3-par-med-barn.ron")).expect("T3 example loads")
}

#[test]
fn t3_family_entered_through_the_form_gives_17_450_supplementary() {
    let mut h = harness(AppState::for_tests());
    h.run();
    fill(&mut h, "Fra dato", "01.03.2024");
    fill(&mut h, "Til dato", "31.03.2024");
    click(&mut h, "Ektepar eller samboere");
    fill(&mut h, "Voksen 1: Navn eller rolle", "Kari");
    click(&mut h, "+ Legg til voksen");
    fill(&mut h, "Voksen 2: Navn eller rolle", "Ola");
    click(&mut h, "+ Legg til barn");
    click(&mut h, "+ Legg til barn");
    fill(&mut h, "Barn 1: Navn eller rolle", "Emma");
    fill(&mut h, "Barn 1: Fødselsdato", "14.09.2019");
    fill(&mut h, "Barn 2: Navn eller rolle", "Noah");
    fill(&mut h, "Barn 2: Fødselsdato", "30.01.2012");
    click(&mut h, "+ Legg til inntekt");
    fill(&mut h, "Inntekt 1: Beløp per måned", "18 000");
    click(&mut h, "+ Legg til inntekt");
    choose(&mut h, "Inntekt 2: Type", "Barnetrygd (også utvidet og småbarnstillegg)");
    fill(&mut h, "Inntekt 2: Beløp per måned", "3 276");
    click(&mut h, "+ Legg til boutgift");
    fill(&mut h, "Utgift 1: Søkt beløp", "12000");
    click(&mut h, "+ Legg til boutgift");
    choose(&mut h, "Utgift 2: Type", "Strøm");
    fill(&mut h, "Utgift 2: Søkt beløp", "1 200");
    click(&mut h, "+ Legg til boutgift");
    choose(&mut h, "Utgift 3: Type", "Innbo- og husforsikring");
    fill(&mut h, "Utgift 3: Søkt beløp", "150");

    assert!(h.state().problems.is_empty(), "form problems: {:?}", h.state().problems);
    h.get_by_label("Supplerende stønad");
    h.get_by_label("17\u{a0}450\u{a0}kr å utbetale");
    // Barnetrygd is shown under "holdt utenfor", with the rule that shields it.
    h.get_by_label("Holdt utenfor (regnes ikke med)");
    h.get_by_label("Barnetrygd holdes utenfor fra 1. september 2022 (sosialtjenesteloven § 18 tredje ledd)");
    let (_, calc) = h.state().last_valid.as_ref().expect("a result");
    assert_eq!(calc.outcome, Outcome::Supplementary);
    assert_eq!(calc.assistance, Money::kroner(17_450));
    assert_eq!(calc.income_shielded, Money::kroner(3_276));
}

#[test]
fn an_invalid_amount_shows_inline_and_keeps_the_last_valid_result() {
    let mut state = AppState::for_tests();
    state.load_case(&t3_case());
    let mut h = harness(state);
    h.run();
    h.get_by_label("17\u{a0}450\u{a0}kr å utbetale");
    fill(&mut h, "Inntekt 1: Beløp per måned", "18 000 x");
    // The message sits under the field, and the result of the last valid case stays.
    // Once under the field, once in the result panel's list of fields to fix.
    let field = h.get_by_role_and_label(Role::TextInput, "Inntekt 1: Beløp per måned").rect();
    let under_field = h.get_all_by_label_contains("er ikke et beløp").any(|n| {
        let r = n.rect();
        r.min.y >= field.max.y - 1.0 && r.min.y <= field.max.y + 30.0 && r.min.x < field.max.x && r.max.x > field.min.x
    });
    assert!(under_field, "the message sits right under the field");
    h.get_by_label("17\u{a0}450\u{a0}kr å utbetale");
    h.get_by_label_contains("Under vises siste gyldige beregning");
    assert!(h.state().problems.contains_key("incomes[0].amount"));
    // Fixing the field brings the result back in line with the form.
    fill(&mut h, "Inntekt 1: Beløp per måned", "20 000");
    assert!(h.state().problems.is_empty());
    h.get_by_label("15\u{a0}450\u{a0}kr å utbetale");
}

#[test]
fn tab_reaches_every_text_input() {
    let mut state = AppState::for_tests();
    state.load_case(&t3_case());
    let mut h = harness(state);
    h.run();
    let inputs: BTreeSet<String> =
        h.get_all_by_role(Role::TextInput).filter_map(|n| n.accesskit_node().label()).collect();
    assert!(inputs.len() >= 15, "the T3 form has many inputs: {inputs:?}");
    h.get_by_role_and_label(Role::TextInput, "Fra dato").focus();
    h.run();
    let mut reached = BTreeSet::new();
    for _ in 0..300 {
        if let Some(label) = h.query_by(|n| n.is_focused()).and_then(|n| n.accesskit_node().label()) {
            reached.insert(label);
        }
        if inputs.is_subset(&reached) {
            break;
        }
        h.key_press(egui::Key::Tab);
        h.run();
    }
    let missed: Vec<&String> = inputs.difference(&reached).collect();
    assert!(missed.is_empty(), "Tab never reached: {missed:?}");
}

#[test]
fn every_language_renders_the_form_without_raw_keys() {
    for lang in Lang::ALL {
        let mut state = AppState::for_tests();
        state.load_case(&t3_case());
        state.set_lang(lang);
        let mut h = harness(state);
        h.run();
        let raw: Vec<String> = h
            .query_all_by(|n| {
                let text = n.label().or_else(|| n.value()).unwrap_or_default();
                ["form-", "section-", "menu-", "cmd-", "result-", "income-", "expense-", "need-", "outcome-", "status-"]
                    .iter()
                    .any(|prefix| text.starts_with(prefix))
            })
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        assert!(raw.is_empty(), "{lang:?} shows untranslated keys: {raw:?}");
        let nodes = h.get_all_by(|_| true).count();
        assert!(nodes > 100, "{lang:?}: the form rendered ({nodes} nodes)");
    }
}

#[test]
fn save_then_open_round_trips_a_case() {
    let dir = std::env::temp_dir().join(format!("utmaling-gui-roundtrip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("t3.ron");
    let mut state = AppState::for_tests();
    state.load_case(&t3_case());
    state.form.assessment = "Vurdert i samtale 4. mars.".into();
    state.recalculate();
    assert!(state.is_dirty());
    assert!(state.save_to(&path), "saved: {:?}", state.status);
    assert!(!state.is_dirty());
    assert!(state.window_title().starts_with("t3.ron — "));
    let mut reopened = AppState::for_tests();
    reopened.open_path(&path);
    assert_eq!(reopened.form, state.form);
    let (case_a, calc_a) = state.last_valid.as_ref().expect("result before");
    let (case_b, calc_b) = reopened.last_valid.as_ref().expect("result after");
    assert_eq!(case_a, case_b);
    assert_eq!(calc_a, calc_b);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unsaved_changes_are_marked_in_the_title() {
    let mut state = AppState::for_tests();
    state.load_case(&t3_case());
    let mut h = harness(state);
    h.run();
    assert!(!h.state().window_title().contains('●'));
    fill(&mut h, "Voksen 1: Navn eller rolle", "Kari Nordmann");
    assert!(h.state().window_title().contains('●'));
}

#[test]
fn a_rate_chosen_for_an_extra_adult_is_dropped_when_the_adult_becomes_part_of_the_couple() {
    let mut h = harness(AppState::for_tests());
    h.run();
    fill(&mut h, "Fra dato", "01.03.2024");
    fill(&mut h, "Til dato", "31.03.2024");
    fill(&mut h, "Voksen 1: Navn eller rolle", "Kari");
    click(&mut h, "+ Legg til voksen");
    fill(&mut h, "Voksen 2: Navn eller rolle", "Ola");
    // As a single applicant, Ola is an extra adult and needs a rate (the drop-down's «Enslig»
    // has the same name as the radio button, so it is set as the drop-down would).
    assert!(h.state().problems.contains_key("household.adults[1].rate"));
    h.state_mut().form.adults[1].rate = Some(utmaling::domain::case::AdultRate::Single);
    h.state_mut().recalculate();
    h.run();
    assert!(h.state().problems.is_empty(), "{:?}", h.state().problems);
    click(&mut h, "Ektepar eller samboere");
    // The rate field is gone with the new living situation; its old value does not block the case.
    assert!(h.state().problems.is_empty(), "{:?}", h.state().problems);
    let (case, _) = h.state().last_valid.clone().expect("a result");
    assert_eq!(case.household.adults[1].rate, None);
    h.get_by_label("13\u{a0}100\u{a0}kr å utbetale");
}

#[test]
fn the_status_line_is_never_left_in_the_previous_language() {
    let mut state = AppState::for_tests();
    state.open_path(std::path::Path::new("assets/examples/t3-par-med-barn.ron"));
    let opened = state.status.clone().map(|(text, _)| text).unwrap_or_default();
    assert!(opened.starts_with("Åpnet"), "{opened}");
    state.set_lang(Lang::En);
    let mut h = harness(state);
    h.run();
    assert!(h.query_by_label_contains("Åpnet").is_none(), "no bokmål message left");
    h.get_by_label("Ready.");
}

#[test]
fn problems_under_the_fields_are_in_the_users_language() {
    let expected = [
        (Lang::Nb, "«18 000 x» er ikke et beløp", "ektepar/samboere krever to voksne"),
        (Lang::Nn, "«18 000 x» er ikkje eit beløp", "ektepar/sambuarar krev to vaksne"),
        (Lang::En, "«18 000 x» is not an amount", "a married or cohabiting couple needs two adults"),
    ];
    for (lang, amount_message, couple_message) in expected {
        let mut state = AppState::for_tests();
        state.load_case(&t3_case());
        state.set_lang(lang);
        state.form.incomes[0].amount = "18 000 x".into();
        state.recalculate();
        let shown = state.problems.get("incomes[0].amount").cloned().unwrap_or_default();
        assert!(shown.starts_with(amount_message), "{lang:?}: {shown}");
        let mut h = harness(state);
        h.run();
        assert!(h.get_all_by_label_contains(amount_message).count() >= 1, "{lang:?}: shown in the window");
        // A logical problem from the case's validation, not from parsing a field.
        let mut state = AppState::for_tests();
        state.load_case(&t3_case());
        state.form.adults.truncate(1);
        state.set_lang(lang);
        let shown: Vec<&String> = state.problems.values().collect();
        assert!(shown.iter().any(|m| m.starts_with(couple_message)), "{lang:?}: {shown:?}");
    }
}
