//! "Satser": every known rate set with status and source, and a form to add a new state set
//! (this is how a caseworker adds the 2025 or 2026 rates without a new release).

use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText, Ui};

use super::widgets::{FieldCtx, text_field};
use crate::domain::FileError;
use crate::domain::date::{format_date, iso, parse_date};
use crate::domain::money::Money;
use crate::domain::rates::{Category, RateBook, RateSetFile, Rates, Status, parse_rates_file, rate_set_file_text};
use crate::i18n::Localizer;

/// The add-a-rate-set form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RateSetForm {
    pub effective: String,
    /// In `Category::ALL` order.
    pub amounts: [String; 6],
    pub rundskriv: String,
    pub note: String,
    pub published: String,
    pub problems: super::form_model::Problems,
    pub saved_message: Option<String>,
}

impl RateSetForm {
    /// Parse and validate into a rate set file, with one problem per field.
    pub fn to_file(&self, loc: &Localizer) -> Result<RateSetFile, super::form_model::Problems> {
        let mut problems = super::form_model::Problems::new();
        let effective =
            parse_date(&self.effective).map_err(|e| problems.insert("effective".into(), e.message(loc))).ok();
        let mut amounts = [Money::ZERO; 6];
        for (i, category) in Category::ALL.iter().enumerate() {
            match Money::parse(&self.amounts[i]) {
                Ok(m) if m.is_negative() => {
                    problems.insert(format!("rates.{}", category.id()), loc.t("problem-rate-negative"));
                }
                Ok(m) => amounts[i] = m,
                Err(e) => {
                    problems.insert(format!("rates.{}", category.id()), e.message(loc));
                }
            }
        }
        if self.rundskriv.trim().is_empty() {
            problems.insert("rundskriv".into(), loc.t("problem-rundskriv-empty"));
        }
        if self.published.trim().is_empty() {
            problems.insert("published".into(), loc.t("problem-published-empty"));
        }
        let Some(effective) = effective else { return Err(problems) };
        if !problems.is_empty() {
            return Err(problems);
        }
        let [enslige, ektepar_samboere, bofellesskap, barn_0_5, barn_6_10, barn_11_17] = amounts;
        Ok(RateSetFile {
            effective,
            rates: Rates { enslige, ektepar_samboere, bofellesskap, barn_0_5, barn_6_10, barn_11_17 },
            rundskriv: Some(self.rundskriv.trim().to_string()),
            note: self.note.trim().to_string(),
            status: Status::Unverified,
            published: self.published.trim().to_string(),
        })
    }
}

/// Validate the set against the book and write it to `dir` as `<date>.ron`. Returns the path.
pub fn save_rate_set(book: &RateBook, dir: &Path, set: &RateSetFile) -> Result<PathBuf, FileError> {
    let path = dir.join(format!("{}.ron", iso(set.effective)));
    let label = path.display().to_string();
    let text = rate_set_file_text(set).map_err(|e| FileError::whole_file(&label, e))?;
    // Read back what we are about to write, so the file on disk is exactly what the loader accepts.
    let parsed = parse_rates_file(&label, &text)?;
    let mut trial = book.clone();
    trial.add_file(&path, parsed)?;
    std::fs::create_dir_all(dir).map_err(|e| FileError::whole_file(&label, format!("kan ikke lage mappen: {e}")))?;
    crate::storage::write_atomically(&path, text.as_bytes())
        .map_err(|e| FileError::whole_file(&label, format!("kan ikke skrive filen: {e}")))?;
    Ok(path)
}

/// What the rates view asks the app to do.
pub enum RatesAction {
    /// A set was saved to the user folder: reload the rate book.
    Reload,
}

pub fn rates_ui(
    ui: &mut Ui,
    book: &RateBook,
    book_errors: &[FileError],
    user_dir: Option<&Path>,
    form: &mut RateSetForm,
    fc: &mut FieldCtx<'_>,
) -> Option<RatesAction> {
    let loc = fc.loc;
    let mut action = None;
    ui.heading(loc.t("rates-title"));
    ui.label(RichText::new(loc.t("rates-intro")).weak());
    for error in book_errors {
        ui.label(RichText::new(format!("⚠ {error}")).color(super::theme::warning_color(fc.dark)));
    }
    ui.add_space(6.0);
    egui::ScrollArea::horizontal().id_salt("rates-table").show(ui, |ui| {
        egui::Grid::new("rates-grid").striped(true).spacing([14.0, 4.0]).show(ui, |ui| {
            ui.label(RichText::new(loc.t("rates-effective")).strong());
            ui.label(RichText::new(loc.t("rates-profile")).strong());
            for c in Category::ALL {
                ui.label(RichText::new(loc.t(c.key())).strong());
            }
            ui.label(RichText::new(loc.t("rates-reference")).strong());
            ui.label(RichText::new(loc.t("rates-status")).strong());
            ui.label(RichText::new(loc.t("rates-published")).strong());
            ui.end_row();
            let sets = book.state_sets().iter().rev().chain(book.profiles().iter().flat_map(|p| p.sets.iter().rev()));
            for set in sets {
                ui.label(format_date(set.effective));
                ui.label(set.profile.as_deref().unwrap_or("stat"));
                for c in Category::ALL {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(RichText::new(set.rates.get(c).format_number().replace(",00", "")).monospace());
                    });
                }
                ui.label(set.reference(loc));
                ui.label(loc.t(set.status.key()));
                ui.label(RichText::new(format!("{} · {}", set.published, set.origin.describe())).small());
                ui.end_row();
            }
        });
    });
    ui.add_space(10.0);
    ui.separator();
    ui.heading(loc.t("rates-add-title"));
    let Some(dir) = user_dir else {
        ui.label(loc.t("rates-no-user-folder"));
        super::charts::rates_chart_ui(ui, book, loc, fc.dark);
        return None;
    };
    ui.label(RichText::new(loc.t1("rates-add-intro", "folder", dir.display().to_string())).weak());
    let problems = form.problems.clone();
    let mut inner = FieldCtx { loc, problems: &problems, focus: fc.focus, changed: false, dark: fc.dark };
    ui.horizontal_wrapped(|ui| {
        let label = loc.t("rates-effective");
        text_field(ui, &mut inner, &label, &label, "effective", &mut form.effective, 100.0);
        for (i, c) in Category::ALL.iter().enumerate() {
            let name = loc.t(c.key());
            text_field(ui, &mut inner, &name, &name, &format!("rates.{}", c.id()), &mut form.amounts[i], 80.0);
        }
    });
    ui.horizontal_wrapped(|ui| {
        let rundskriv = loc.t("rates-rundskriv");
        text_field(ui, &mut inner, &rundskriv, &rundskriv, "rundskriv", &mut form.rundskriv, 110.0);
        let note = loc.t("rates-note");
        text_field(ui, &mut inner, &note, &note, "note", &mut form.note, 180.0);
        let published = loc.t("rates-published");
        text_field(ui, &mut inner, &published, &published, "published", &mut form.published, 260.0);
    });
    if inner.changed {
        form.saved_message = None;
    }
    if ui.button(loc.t("rates-save")).clicked() {
        match form.to_file(loc) {
            Err(problems) => form.problems = problems,
            Ok(set) => match save_rate_set(book, dir, &set) {
                Ok(path) => {
                    form.problems.clear();
                    *form = RateSetForm {
                        saved_message: Some(loc.t1("rates-saved", "path", path.display().to_string())),
                        ..RateSetForm::default()
                    };
                    action = Some(RatesAction::Reload);
                }
                Err(e) => {
                    form.problems.clear();
                    form.problems.insert(e.field.clone().unwrap_or_else(|| "effective".into()), e.message.clone());
                }
            },
        }
    }
    if let Some(message) = &form.saved_message {
        ui.label(RichText::new(message).strong());
    }
    // The history last: the table and the form are what the view is for.
    super::charts::rates_chart_ui(ui, book, loc, fc.dark);
    action
}
