//! Small building blocks shared by the panels: a labelled field with its inline error.

use eframe::egui::{self, Response, RichText, TextEdit, Ui};

use super::form_model::Problems;
use super::theme;
use crate::i18n::Localizer;

/// What a panel needs while it draws the form, and what it reports back.
pub struct FieldCtx<'a> {
    pub loc: &'a Localizer,
    pub problems: &'a Problems,
    /// A field to move the keyboard focus to (set by a click on a result line).
    pub focus: &'a mut Option<String>,
    pub changed: bool,
    pub dark: bool,
}

impl FieldCtx<'_> {
    /// Give focus to `response` if the app asked for `path`, and note edits.
    pub fn track(&mut self, response: &Response, path: &str) {
        if self.focus.as_deref() == Some(path) {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            *self.focus = None;
        }
        if response.changed() {
            self.changed = true;
        }
    }

    /// The inline error under a field, if the field has one.
    pub fn error_below(&self, ui: &mut Ui, path: &str) {
        if let Some(message) = self.problems.get(path) {
            ui.label(RichText::new(message).small().color(theme::error_color(self.dark)));
        }
    }

    pub fn has_problem(&self, path: &str) -> bool {
        self.problems.contains_key(path)
    }
}

/// The narrowest column a field's message wraps in.
const MESSAGE_MIN_WIDTH: f32 = 190.0;

/// A single-line text field with a visible label above, an accessible name that says which
/// row it belongs to, and its error below.
pub fn text_field(
    ui: &mut Ui,
    fc: &mut FieldCtx<'_>,
    label: &str,
    accessible_name: &str,
    path: &str,
    text: &mut String,
    width: f32,
) -> Response {
    ui.vertical(|ui| {
        // A message under a narrow field (a date) wraps within a column a little wider than the
        // field, instead of stretching the row and squeezing the widgets beside it.
        ui.set_max_width(width.max(MESSAGE_MIN_WIDTH));
        ui.label(RichText::new(label).small());
        let mut edit = TextEdit::singleline(text).desired_width(width);
        if fc.has_problem(path) {
            edit = edit.text_color(theme::error_color(fc.dark));
        }
        let response = ui.add(edit).accessible_name(accessible_name);
        fc.track(&response, path);
        fc.error_below(ui, path);
        response
    })
    .inner
}

/// A multi-line text field with a label.
pub fn text_area(ui: &mut Ui, fc: &mut FieldCtx<'_>, label: &str, path: &str, text: &mut String) -> Response {
    let label_response = ui.label(label);
    let response =
        ui.add(TextEdit::multiline(text).desired_rows(3).desired_width(f32::INFINITY)).labelled_by(label_response.id);
    fc.track(&response, path);
    fc.error_below(ui, path);
    response
}

/// One entry of a drop-down: the value, its text, and an optional hover text (e.g. NAV's code).
pub struct Choice<T> {
    pub value: T,
    pub text: String,
    pub hover: Option<String>,
}

impl<T> Choice<T> {
    pub fn new(value: T, text: impl Into<String>) -> Choice<T> {
        Choice { value, text: text.into(), hover: None }
    }

    pub fn with_hover(mut self, hover: impl Into<String>) -> Choice<T> {
        self.hover = Some(hover.into());
        self
    }
}

/// A drop-down with a small label above, an accessible name, focus tracking and its error.
#[allow(clippy::too_many_arguments)]
pub fn choice_field<T: PartialEq + Clone>(
    ui: &mut Ui,
    fc: &mut FieldCtx<'_>,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    accessible_name: &str,
    path: &str,
    width: f32,
    value: &mut T,
    choices: &[Choice<T>],
) {
    ui.vertical(|ui| {
        ui.label(RichText::new(label).small());
        let selected = choices.iter().find(|c| c.value == *value).map(|c| c.text.clone()).unwrap_or_default();
        let inner = egui::ComboBox::from_id_salt(id_salt).width(width).selected_text(selected).show_ui(ui, |ui| {
            let mut changed = false;
            for choice in choices {
                let mut response = ui.selectable_value(value, choice.value.clone(), &choice.text);
                if let Some(hover) = &choice.hover {
                    response = response.on_hover_text(hover);
                }
                changed |= response.changed();
            }
            changed
        });
        let response = inner.response.accessible_name(accessible_name);
        fc.track(&response, path);
        if inner.inner == Some(true) {
            fc.changed = true;
        }
        fc.error_below(ui, path);
    });
}
