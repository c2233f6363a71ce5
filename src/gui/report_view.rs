//! "Skriv ut / PDF" (Ctrl+P): a window with the printable explanation (beregningsvedlegg) as it
//! will be printed, in the language chosen for the printout, and the buttons to save it as PDF,
//! open it in the system's PDF viewer for printing, or copy it as text. The preview draws the
//! same report model (`domain::report::Report`) as the PDF template and the text, line by line.

use std::path::Path;

use eframe::egui::{self, Align, Layout, RichText, Ui};

use super::theme;
use crate::domain::report::{AmountRow, Report, TextPart};
use crate::domain::{Calculation, Case};
use crate::i18n::{Lang, Localizer};

/// The print window's state.
#[derive(Debug, Default)]
pub struct PrintWindow {
    pub open: bool,
    /// The language of the printout (may differ from the window's).
    pub lang: Lang,
}

/// What the window needs from the app.
pub struct PrintInput<'a> {
    /// The window's own language (for the buttons).
    pub loc: &'a Localizer,
    pub last_valid: Option<&'a (Case, Calculation)>,
    /// The case file, to name the PDF after it.
    pub case_path: Option<&'a Path>,
    pub dark: bool,
}

impl PrintWindow {
    /// Open the window, printing in `lang` to begin with.
    pub fn open_in(&mut self, lang: Lang) {
        if !self.open {
            self.lang = lang;
        }
        self.open = true;
    }

    /// Draw the window when open. Returns a status message (text, is it an error).
    pub fn show(&mut self, ctx: &egui::Context, input: &PrintInput<'_>) -> Option<(String, bool)> {
        if !self.open {
            return None;
        }
        let loc = input.loc;
        let mut open = true;
        let mut status = None;
        egui::Window::new(loc.t("print-title"))
            .open(&mut open)
            .default_pos([48.0, 40.0])
            .default_size([800.0, 760.0])
            .vscroll(false)
            .collapsible(false)
            .show(ctx, |ui| {
                let Some((case, calc)) = input.last_valid else {
                    ui.label(RichText::new(loc.t("print-no-result")).weak());
                    return;
                };
                let print_loc = Localizer::new(self.lang);
                let today = chrono::Local::now().date_naive();
                let report = Report::build(case, calc, &print_loc, today, env!("CARGO_PKG_VERSION"));
                ui.horizontal_wrapped(|ui| {
                    ui.label(loc.t("print-lang"));
                    for lang in Lang::ALL {
                        ui.radio_value(&mut self.lang, lang, lang.native_name());
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    #[cfg(feature = "pdf")]
                    {
                        if ui.button(loc.t("print-save")).clicked() {
                            status = save_pdf(loc, &report, input.case_path);
                        }
                        if ui.button(loc.t("print-open")).clicked() {
                            status = Some(open_pdf(loc, &report, input.case_path));
                        }
                    }
                    if ui.button(loc.t("cmd-copy-text")).clicked() {
                        ctx.copy_text(report.to_text());
                        status = Some((loc.t("status-copied"), false));
                    }
                });
                ui.label(RichText::new(loc.t("print-preview-note")).weak().small());
                ui.separator();
                egui::ScrollArea::vertical().id_salt("print-preview").auto_shrink([false, false]).show(ui, |ui| {
                    report_ui(ui, &report, input.dark);
                });
            });
        if !open {
            self.open = false;
        }
        status
    }
}

/// "t3-par-med-barn-beregning.pdf" for a case file, "beregning-2024-03.pdf" otherwise.
pub fn pdf_file_name(case_path: Option<&Path>, calc: Option<&Calculation>) -> String {
    match case_path.and_then(|p| p.file_stem()) {
        Some(stem) => format!("{}-beregning.pdf", stem.to_string_lossy()),
        None => match calc {
            Some(c) => format!("beregning-{}.pdf", c.from.format("%Y-%m")),
            None => "beregning.pdf".to_string(),
        },
    }
}

#[cfg(feature = "pdf")]
fn render(report: &Report) -> Result<Vec<u8>, String> {
    crate::pdf::render_pdf(report, chrono::Local::now().date_naive())
}

#[cfg(feature = "pdf")]
fn save_pdf(loc: &Localizer, report: &Report, case_path: Option<&Path>) -> Option<(String, bool)> {
    let mut dialog = rfd::FileDialog::new().add_filter("PDF", &["pdf"]).set_file_name(pdf_file_name(case_path, None));
    if let Some(dir) = case_path.and_then(Path::parent).filter(|d| !d.as_os_str().is_empty()) {
        dialog = dialog.set_directory(dir);
    }
    let path = dialog.save_file()?;
    Some(save_printout(loc, &path, render(report)))
}

#[cfg(feature = "pdf")]
fn open_pdf(loc: &Localizer, report: &Report, case_path: Option<&Path>) -> (String, bool) {
    open_printout(loc, &pdf_file_name(case_path, None), render(report))
}

/// Write a rendered printout where the user chose; the status line's message.
#[cfg(feature = "pdf")]
pub(super) fn save_printout(loc: &Localizer, path: &Path, pdf: Result<Vec<u8>, String>) -> (String, bool) {
    match pdf.and_then(|bytes| write(path, &bytes)) {
        Ok(()) => (loc.t1("status-pdf-saved", "file", path.display().to_string()), false),
        Err(e) => (loc.t1("status-pdf-failed", "error", e), true),
    }
}

/// Write a rendered printout to the user's own data folder (`…/utmaling/utskrift`, mode 0700 —
/// not the shared /tmp, where other users could see the file name) and open it in the system's
/// viewer to print; the status line's message.
#[cfg(feature = "pdf")]
pub(super) fn open_printout(loc: &Localizer, file_name: &str, pdf: Result<Vec<u8>, String>) -> (String, bool) {
    let dir =
        crate::recovery::default_data_dir().unwrap_or_else(|| std::env::temp_dir().join("utmaling")).join("utskrift");
    let path = dir.join(file_name);
    let result = pdf
        .and_then(|bytes| {
            crate::storage::create_private_dir(&dir).map_err(|e| e.to_string())?;
            write(&path, &bytes)
        })
        .and_then(|()| opener::open(&path).map_err(|e| e.to_string()));
    match result {
        Ok(()) => (loc.t1("status-pdf-opened", "file", path.display().to_string()), false),
        Err(e) => (loc.t1("status-pdf-failed", "error", e), true),
    }
}

#[cfg(feature = "pdf")]
fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    crate::storage::write_atomically(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn amount(ui: &mut Ui, text: &str, strong: bool) {
    ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
        let rich = RichText::new(text).monospace();
        ui.label(if strong { rich.strong() } else { rich });
    });
}

fn heading(ui: &mut Ui, text: &str) {
    ui.add_space(10.0);
    ui.label(theme::bold(text).size(16.0).color(ui.visuals().strong_text_color()));
    ui.add_space(2.0);
}

fn text_part(ui: &mut Ui, part: &TextPart) {
    heading(ui, &part.heading);
    for paragraph in &part.paragraphs {
        ui.label(paragraph);
    }
}

fn total_row(ui: &mut Ui, row: &AmountRow) {
    ui.label(theme::bold(&row.label));
    ui.label("");
    amount(ui, &row.amount, true);
    ui.end_row();
}

/// The report as it is printed: the same parts in the same order as `assets/report.typ`.
pub fn report_ui(ui: &mut Ui, report: &Report, dark: bool) {
    ui.label(theme::bold(&report.title).size(22.0).color(ui.visuals().strong_text_color()));
    ui.label(RichText::new(&report.subtitle).weak());
    ui.add_space(6.0);
    egui::Grid::new("report-facts").num_columns(2).spacing([14.0, 3.0]).show(ui, |ui| {
        for fact in &report.facts {
            ui.label(theme::bold(&fact.label));
            ui.label(&fact.value);
            ui.end_row();
        }
    });

    heading(ui, &report.rate_sets.heading);
    for set in &report.rate_sets.sets {
        ui.label(&set.source);
        ui.label(RichText::new(format!("{} · {}", set.status, set.published)).weak().small());
    }

    heading(ui, &report.household.heading);
    egui::Grid::new("report-household").num_columns(5).striped(true).spacing([14.0, 3.0]).show(ui, |ui| {
        for column in &report.household.columns {
            ui.label(theme::bold(column));
        }
        ui.end_row();
        for person in &report.household.people {
            for cell in [&person.name, &person.role, &person.born, &person.rate, &person.share] {
                ui.label(cell);
            }
            ui.end_row();
        }
    });

    for (index, month) in report.months.iter().enumerate() {
        heading(ui, &month.heading);
        ui.label(RichText::new(&month.rate_set).weak().small());
        // Room for the basis and the amount ("−10 000 000,00 kr" in monospace) and the spacing.
        let label_width = (ui.available_width() - 420.0).max(220.0);
        egui::Grid::new(("report-month", index)).num_columns(3).striped(true).spacing([12.0, 3.0]).show(ui, |ui| {
            ui.label(theme::bold(&report.columns.item));
            ui.label(theme::bold(&report.columns.basis));
            ui.with_layout(Layout::right_to_left(Align::Min), |ui| ui.label(theme::bold(&report.columns.amount)));
            ui.end_row();
            for group in &month.groups {
                ui.label(theme::bold(&group.heading).color(ui.visuals().hyperlink_color));
                ui.end_row();
                if let Some(empty) = &group.empty {
                    ui.label(RichText::new(empty).weak());
                    ui.end_row();
                }
                for line in &group.lines {
                    ui.vertical(|ui| {
                        ui.set_max_width(label_width);
                        ui.label(&line.label);
                        for detail in &line.details {
                            ui.label(RichText::new(detail).weak().small());
                        }
                    });
                    ui.label(RichText::new(&line.basis).weak());
                    amount(ui, &line.amount, false);
                    ui.end_row();
                }
                if let Some(total) = &group.total {
                    total_row(ui, total);
                }
            }
            total_row(ui, &month.result);
        });
    }

    if let Some(summary) = &report.summary {
        heading(ui, &summary.heading);
        egui::Grid::new("report-summary").num_columns(summary.columns.len()).striped(true).spacing([14.0, 3.0]).show(
            ui,
            |ui| {
                for column in &summary.columns {
                    ui.label(theme::bold(column));
                }
                ui.end_row();
                for (row, strong) in summary.rows.iter().map(|r| (r, false)).chain([(&summary.total, true)]) {
                    ui.label(if strong { theme::bold(&row.label) } else { RichText::new(&row.label) });
                    for cell in &row.amounts {
                        amount(ui, cell, strong);
                    }
                    ui.end_row();
                }
            },
        );
    }

    heading(ui, &report.outcome.heading);
    let outcome = match report.outcome.kind.as_str() {
        "full" => crate::domain::Outcome::Full,
        "supplementary" => crate::domain::Outcome::Supplementary,
        _ => crate::domain::Outcome::None,
    };
    let (fill, text) = theme::outcome_colors(outcome, dark);
    egui::Frame::new().fill(fill).corner_radius(4.0).inner_margin(10.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(theme::bold(&report.outcome.headline).size(18.0).color(text));
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.label(theme::bold(&report.outcome.amount).size(18.0).color(text));
                ui.label(RichText::new(&report.outcome.amount_label).color(text));
            });
        });
        ui.label(RichText::new(&report.outcome.explanation).color(text));
        if !report.outcome.break_even.is_empty() {
            ui.label(RichText::new(&report.outcome.break_even).color(text));
        }
    });

    if let Some(notes) = &report.notes {
        text_part(ui, notes);
    }
    if let Some(warnings) = &report.warnings {
        heading(ui, &warnings.heading);
        for warning in &warnings.paragraphs {
            ui.label(RichText::new(format!("⚠ {warning}")).color(theme::warning_color(dark)));
        }
    }
    if let Some(assessment) = &report.assessment {
        text_part(ui, assessment);
    }
    if let Some(children) = &report.children {
        heading(ui, &children.heading);
        ui.label(&children.intro);
        for (index, child) in children.children.iter().enumerate() {
            ui.add_space(4.0);
            ui.label(theme::bold(&child.name));
            if let Some(empty) = &child.empty {
                ui.label(RichText::new(empty).weak());
                continue;
            }
            egui::Grid::new(("report-child", index)).num_columns(3).striped(true).spacing([14.0, 3.0]).show(ui, |ui| {
                for column in &children.columns {
                    ui.label(theme::bold(column));
                }
                ui.end_row();
                for item in &child.items {
                    ui.label(&item.label);
                    match &item.amount {
                        Some(amount) => ui.label(format!("{} {amount}", item.assessment)),
                        None => ui.label(&item.assessment),
                    };
                    ui.label(item.note.as_deref().unwrap_or(""));
                    ui.end_row();
                }
            });
        }
    }
    if let Some(conditions) = &report.conditions {
        text_part(ui, conditions);
    }
    for part in [&report.method, &report.legal_basis, &report.appeal] {
        text_part(ui, part);
    }
    ui.add_space(10.0);
    ui.separator();
    ui.label(RichText::new(&report.footer.generated).weak().small());
}
