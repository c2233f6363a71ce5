//! "Skriv ut / PDF" (Ctrl+P) in the window: the preview of the printable explanation, its
//! language choice, and the menu entry. Driven through AccessKit labels (no GPU needed).
#![cfg(feature = "gui")]

mod common;

use eframe::egui;
use egui_kittest::kittest::Queryable;

use common::gui::{harness, t3_state};

#[test]
fn ctrl_p_opens_the_preview_with_the_same_lines_as_the_printout() {
    let mut h = harness(t3_state());
    h.run();
    assert!(h.query_by_label("Beregningsvedlegg").is_none(), "the print window starts closed");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run();
    assert!(h.state().print.open, "Ctrl+P opens the print window");
    h.get_by_label("Beregning av økonomisk stønad");
    h.get_by_label("Lagre som PDF …");
    h.get_by_label("Åpne for utskrift");
    h.get_by_label("Vurdering av barnas behov");
    // The preview's amount to pay, as in the PDF.
    assert!(h.query_all_by_label("17\u{a0}450\u{a0}kr").count() >= 1);
    assert!(h.query_by_label("Du kan klage").is_some());
}

#[test]
fn the_printout_language_is_chosen_in_the_window() {
    let mut h = harness(t3_state());
    h.run();
    h.state_mut().apply(&egui::Context::default(), utmaling::gui::commands::Command::Print);
    h.run();
    h.get_by_label("Nynorsk").click();
    h.run();
    h.get_by_label("Utrekning av økonomisk stønad");
    assert!(h.query_by_label("Beregning av økonomisk stønad").is_none());
    // The window's own buttons stay in the window's language.
    h.get_by_label("Lagre som PDF …");
}

#[test]
fn the_file_menu_has_print() {
    let mut h = harness(t3_state());
    h.run();
    h.get_by_label("Fil").click();
    h.run();
    // The menu entry shows its shortcut; the result panel has a plain button too.
    h.get_by_label("Skriv ut / PDF … Ctrl+P").click();
    h.run();
    assert!(h.state().print.open);
}
