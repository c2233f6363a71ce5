//! Look: the bundled OFL font (Inter) and the few colour tokens the panels share.

use std::sync::Arc;

use eframe::egui::{self, Color32, FontData, FontDefinitions, FontFamily};

/// Install Inter as the proportional font (it has æ, ø, å and the Norwegian punctuation);
/// egui's own monospace font stays for monospace.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "inter".to_owned(),
        Arc::new(FontData::from_static(include_bytes!("../../assets/fonts/Inter-Regular.otf"))),
    );
    fonts.font_data.insert(
        "inter-bold".to_owned(),
        Arc::new(FontData::from_static(include_bytes!("../../assets/fonts/Inter-Bold.otf"))),
    );
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, "inter".to_owned());
    }
    fonts.families.insert(FontFamily::Name("bold".into()), vec!["inter-bold".to_owned(), "inter".to_owned()]);
    ctx.set_fonts(fonts);
    // egui's small text is 9 pt: field labels, messages under fields and notes use it, and a
    // caseworker reads them all day. Inter is legible a little larger.
    ctx.all_styles_mut(|style| {
        style.text_styles.insert(egui::TextStyle::Small, egui::FontId::proportional(SMALL_TEXT_SIZE));
    });
}

/// The size of small text (labels above fields, messages under them, notes), in points.
pub const SMALL_TEXT_SIZE: f32 = 10.5;

/// The outcome badge colours (background, text), chosen for contrast in light and dark themes.
pub fn outcome_colors(outcome: crate::domain::Outcome, dark: bool) -> (Color32, Color32) {
    use crate::domain::Outcome;
    match (outcome, dark) {
        (Outcome::Full, false) => (Color32::from_rgb(0xd8, 0xf0, 0xdc), Color32::from_rgb(0x0b, 0x4d, 0x1c)),
        (Outcome::Full, true) => (Color32::from_rgb(0x12, 0x45, 0x22), Color32::from_rgb(0xd8, 0xf5, 0xdf)),
        (Outcome::Supplementary, false) => (Color32::from_rgb(0xdc, 0xe8, 0xfa), Color32::from_rgb(0x0d, 0x33, 0x6e)),
        (Outcome::Supplementary, true) => (Color32::from_rgb(0x17, 0x33, 0x5e), Color32::from_rgb(0xdc, 0xe8, 0xfa)),
        (Outcome::None, false) => (Color32::from_rgb(0xfb, 0xe7, 0xd0), Color32::from_rgb(0x6b, 0x33, 0x00)),
        (Outcome::None, true) => (Color32::from_rgb(0x5c, 0x33, 0x0d), Color32::from_rgb(0xfb, 0xe7, 0xd0)),
    }
}

/// Text colour for inline errors.
pub fn error_color(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0xff, 0x8a, 0x80) } else { Color32::from_rgb(0xb0, 0x1c, 0x12) }
}

/// Text colour for warnings.
pub fn warning_color(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0xff, 0xcc, 0x66) } else { Color32::from_rgb(0x7a, 0x4a, 0x00) }
}

pub fn bold(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).family(FontFamily::Name("bold".into()))
}

/// A bold label text for card titles.
pub fn bold_label(text: &str) -> egui::RichText {
    bold(text).size(15.0)
}
