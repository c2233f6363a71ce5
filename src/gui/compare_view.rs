//! "Sammenlign": the current case as scenario A beside an editable scenario B, line by line
//! with the difference, and presets for the common what-if questions.
//!
//! B has its own form (`CaseForm`) and its own problems and focus: nothing done here touches the
//! caseworker's case, its form or its unsaved-changes flag.

use chrono::NaiveDate;
use eframe::egui::{self, Align, Layout, RichText, Ui};

use super::app::AppState;
use super::commands::{Command, View};
use super::form::form_ui;
use super::form_model::{CaseForm, Problems};
use super::theme;
use super::widgets::FieldCtx;
use crate::domain::calc::Section;
use crate::domain::date::format_date;
use crate::domain::explain::outcome_sentence;
use crate::domain::whatif::{
    self, BreakEven, CompareReport, Comparison, Scenario, Total, around_rate_change, break_even_sentence, compare,
    difference_text, row_label, scenario_facts, section_key, total_key,
};
use crate::domain::{Calculation, Case, Money, RateBook, calculate};
use crate::i18n::Localizer;

/// What was done to B, for the line "Endret i B: …" and the printout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    NextMonth,
    Job(Money),
    StateRates,
    Profile(String),
    RateChange(NaiveDate),
    Edited,
}

impl Change {
    fn text(&self, loc: &Localizer) -> String {
        match self {
            Change::NextMonth => loc.t("compare-change-next-month"),
            Change::Job(amount) => loc.t1("compare-change-job", "amount", whatif::amount_text(*amount)),
            Change::StateRates => loc.t("compare-change-state"),
            Change::Profile(name) => loc.t1("compare-change-profile", "name", name.as_str()),
            Change::RateChange(date) => loc.t1("compare-change-rate-change", "date", format_date(*date)),
            Change::Edited => loc.t("compare-change-edited"),
        }
    }
}

/// A preset button's request, applied after the frame's drawing.
enum Action {
    NextMonth,
    Job,
    Profile(Option<String>),
    RateChange,
    Reset,
    Print,
    SavePdf,
    Copy,
}

#[derive(Default)]
pub struct CompareState {
    /// The caseworker's case the comparison was started from; a different case starts it again.
    origin: Option<Case>,
    /// Scenario A (read-only here) and, after "Før / etter satsendring", the change's date.
    pub a: Option<(Case, Calculation)>,
    a_before_change: Option<NaiveDate>,
    /// Scenario B's own form, problems, focus and last calculable state.
    pub b_form: CaseForm,
    b_problems: Problems,
    b_focus: Option<String>,
    pub b: Option<(Case, Calculation)>,
    pub changes: Vec<Change>,
    /// The amount typed for "Legg til arbeidsinntekt".
    pub job_text: String,
    job_error: bool,
    /// A message under the presets (e.g. no rate change found).
    message: Option<String>,
}

impl CompareState {
    /// Start again: A = the case, B = a copy of it.
    pub fn start(&mut self, case: &Case, calc: &Calculation, book: &RateBook, loc: &Localizer) {
        self.origin = Some(case.clone());
        self.a = Some((case.clone(), calc.clone()));
        self.a_before_change = None;
        self.changes.clear();
        self.message = None;
        self.set_b(case, book, loc);
    }

    fn set_b(&mut self, case: &Case, book: &RateBook, loc: &Localizer) {
        self.b_form = CaseForm::from_case(case);
        self.recalculate_b(book, loc);
    }

    fn recalculate_b(&mut self, book: &RateBook, loc: &Localizer) {
        let (case, mut problems) = self.b_form.to_case_in(loc);
        if let (Some(case), true) = (case, problems.is_empty()) {
            match calculate(&case, book) {
                Ok(calc) => self.b = Some((case, calc)),
                Err(e) => {
                    for p in e.problems() {
                        problems.entry(p.field).or_insert(p.message);
                    }
                }
            }
        }
        self.b_problems = problems;
    }

    /// B as a case to apply a preset to: the form if it reads, else the last calculable B.
    fn b_case(&self) -> Option<Case> {
        match self.b_form.to_case() {
            (Some(case), problems) if problems.is_empty() => Some(case),
            _ => self.b.as_ref().map(|(case, _)| case.clone()),
        }
    }

    fn note(&mut self, change: Change) {
        if change == Change::Edited && self.changes.last() == Some(&Change::Edited) {
            return;
        }
        self.changes.push(change);
    }

    /// The names of A and B in the window's language.
    fn names(&self, loc: &Localizer) -> (String, String) {
        let a = match self.a_before_change {
            Some(date) => loc.t1("compare-scenario-a-before", "date", format_date(date)),
            None => loc.t("compare-scenario-a"),
        };
        (a, loc.t("compare-scenario-b"))
    }

    /// The printable comparison in `loc`'s language, if both scenarios are calculated.
    pub fn report(&self, loc: &Localizer, today: NaiveDate) -> Option<CompareReport> {
        let ((case_a, calc_a), (case_b, calc_b)) = (self.a.as_ref()?, self.b.as_ref()?);
        let (name_a, name_b) = self.names(loc);
        let changes: Vec<String> = self.changes.iter().map(|c| c.text(loc)).collect();
        Some(CompareReport::build(
            &Scenario { name: name_a, case: case_a, calc: calc_a },
            &Scenario { name: name_b, case: case_b, calc: calc_b },
            &changes,
            loc,
            today,
            env!("CARGO_PKG_VERSION"),
        ))
    }

    fn apply(&mut self, action: Action, book: &RateBook, loc: &Localizer) -> Option<(String, bool)> {
        self.message = None;
        match action {
            Action::NextMonth => {
                let next = self.b_case().and_then(|case| whatif::next_month(&case));
                if let Some(next) = next {
                    self.set_b(&next, book, loc);
                    self.note(Change::NextMonth);
                }
            }
            Action::Job => match Money::parse(&self.job_text) {
                Ok(amount) if amount.is_positive() => {
                    self.job_error = false;
                    if let Some(case) = self.b_case() {
                        self.set_b(&whatif::with_job_income(&case, amount), book, loc);
                        self.note(Change::Job(amount));
                        // Emptied so that a second press does not add the same income again.
                        self.job_text.clear();
                    }
                }
                _ => self.job_error = true,
            },
            Action::Profile(profile) => {
                if let Some(case) = self.b_case() {
                    self.set_b(&whatif::with_profile(&case, profile.as_deref()), book, loc);
                    let change = match profile.and_then(|id| book.profile(&id).map(|p| p.name.clone())) {
                        Some(name) => Change::Profile(name),
                        None => Change::StateRates,
                    };
                    self.note(change);
                }
            }
            Action::RateChange => {
                let (case, _) = self.a.clone()?;
                // From the caseworker's case, so that pressing it twice gives the same pair.
                let base = self.origin.clone().unwrap_or(case);
                match around_rate_change(&base, book) {
                    Some(change) => match calculate(&change.before, book) {
                        Ok(calc) => {
                            self.a = Some((change.before.clone(), calc));
                            self.a_before_change = Some(change.date);
                            self.changes.clear();
                            self.set_b(&change.after, book, loc);
                            self.note(Change::RateChange(change.date));
                        }
                        Err(e) => self.message = Some(e.to_string()),
                    },
                    None => self.message = Some(loc.t("compare-no-rate-change")),
                }
            }
            Action::Reset => {
                if let Some(case) = self.origin.clone()
                    && let Ok(calc) = calculate(&case, book)
                {
                    self.start(&case, &calc, book, loc);
                }
            }
            Action::Print => return self.report(loc, today()).map(|r| print_pdf(loc, &r, self.pdf_name())),
            Action::SavePdf => return self.report(loc, today()).and_then(|r| save_pdf(loc, &r, self.pdf_name())),
            // Needs the egui context: done by the view.
            Action::Copy => {}
        }
        None
    }

    /// "sammenligning-2024-03.pdf", after A's first month.
    fn pdf_name(&self) -> String {
        match &self.a {
            Some((_, calc)) => format!("sammenligning-{}.pdf", whatif::year_month(calc.from)),
            None => "sammenligning.pdf".to_string(),
        }
    }
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[cfg(feature = "pdf")]
fn print_pdf(loc: &Localizer, report: &CompareReport, name: String) -> (String, bool) {
    super::report_view::open_printout(loc, &name, crate::pdf::render_compare_pdf(report, today()))
}

#[cfg(not(feature = "pdf"))]
fn print_pdf(loc: &Localizer, _report: &CompareReport, _name: String) -> (String, bool) {
    (loc.t1("status-pdf-failed", "error", "pdf"), true)
}

#[cfg(feature = "pdf")]
fn save_pdf(loc: &Localizer, report: &CompareReport, name: String) -> Option<(String, bool)> {
    let path = rfd::FileDialog::new().add_filter("PDF", &["pdf"]).set_file_name(name).save_file()?;
    Some(super::report_view::save_printout(loc, &path, crate::pdf::render_compare_pdf(report, today())))
}

#[cfg(not(feature = "pdf"))]
fn save_pdf(_loc: &Localizer, _report: &CompareReport, _name: String) -> Option<(String, bool)> {
    None
}

/// Room for "−10 000 000,00 kr" in the monospace font.
const AMOUNT_COLUMN: f32 = 120.0;

fn amount_cell(ui: &mut Ui, text: &str, accessible: String, rich: impl FnOnce(RichText) -> RichText) {
    ui.allocate_ui_with_layout(egui::vec2(AMOUNT_COLUMN, 18.0), Layout::right_to_left(Align::Center), |ui| {
        ui.set_width(AMOUNT_COLUMN);
        ui.label(rich(RichText::new(text).monospace())).accessible_name(accessible);
    });
}

/// One row: label, A, B, difference; each cell named "<column>, <row>: <value>" for screen readers.
#[allow(clippy::too_many_arguments)]
fn table_row(
    ui: &mut Ui,
    loc: &Localizer,
    label: &str,
    a: &str,
    b: &str,
    difference: &str,
    strong: bool,
    changed: bool,
    dark: bool,
) {
    let text = RichText::new(label);
    ui.add(egui::Label::new(if strong { text.strong() } else { text }).wrap());
    let cell = |column: &str, value: &str| {
        loc.ta(
            "compare-cell",
            &[
                ("column", column.to_string().into()),
                ("row", label.to_string().into()),
                ("value", value.to_string().into()),
            ],
        )
    };
    let emphasis = |r: RichText| if strong { r.strong() } else { r };
    amount_cell(ui, a, cell(&loc.t("compare-col-a"), a), emphasis);
    amount_cell(ui, b, cell(&loc.t("compare-col-b"), b), emphasis);
    let difference_style = |r: RichText| if changed { r.strong().color(theme::warning_color(dark)) } else { r.weak() };
    amount_cell(ui, difference, cell(&loc.t("compare-col-difference"), difference), difference_style);
    ui.end_row();
}

fn money_text(amount: Option<Money>) -> String {
    amount.map_or_else(|| "—".to_string(), |m| m.format())
}

fn facts_ui(ui: &mut Ui, loc: &Localizer, name: &str, case: &Case, calc: &Calculation, dark: bool) {
    let (fill, text) = theme::outcome_colors(calc.outcome, dark);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // Left-aligned text: in the columns' justified layout egui spreads wrapped lines out.
        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
            ui.label(theme::bold(name).size(16.0));
            for fact in scenario_facts(loc, case, calc).into_iter().take(4) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("{}:", fact.label)).weak());
                    ui.label(fact.value);
                });
            }
            egui::Frame::new().fill(fill).corner_radius(4.0).inner_margin(6.0).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(theme::bold(outcome_sentence(loc, calc)).color(text));
            });
            if let Some(be) = BreakEven::from_calculation(calc) {
                ui.label(RichText::new(break_even_sentence(loc, &be)).small());
            }
        });
    });
}

fn table_ui(ui: &mut Ui, loc: &Localizer, a: &Case, b: &Case, cmp: &Comparison, dark: bool) {
    // The label column takes what the three amount columns and the spacing leave.
    let label_width = (ui.available_width() - 3.0 * (AMOUNT_COLUMN + 12.0) - 72.0).max(180.0);
    egui::Grid::new("compare-table").num_columns(4).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
        ui.allocate_ui(egui::vec2(label_width, 18.0), |ui| {
            ui.set_width(label_width);
            ui.label(theme::bold(loc.t("compare-col-item")));
        });
        for key in ["compare-col-a", "compare-col-b", "compare-col-difference"] {
            ui.allocate_ui_with_layout(egui::vec2(AMOUNT_COLUMN, 18.0), Layout::right_to_left(Align::Center), |ui| {
                ui.set_width(AMOUNT_COLUMN);
                ui.label(theme::bold(loc.t(key)));
            });
        }
        ui.end_row();
        for section in [Section::Need, Section::Income, Section::Shielded, Section::Reduction] {
            let rows: Vec<_> = cmp.section(section).collect();
            if rows.is_empty() {
                continue;
            }
            ui.label(theme::bold(loc.t(section_key(section))).color(ui.visuals().strong_text_color()));
            ui.end_row();
            for row in rows {
                let label = row_label(loc, a, b, row);
                let changed = !row.difference.is_zero() || row.a.is_none() != row.b.is_none();
                let difference = difference_text(row.difference);
                table_row(ui, loc, &label, &money_text(row.a), &money_text(row.b), &difference, false, changed, dark);
            }
        }
        ui.separator();
        ui.end_row();
        for total in Total::ALL {
            if total == Total::Assistance
                || (total == Total::Reductions && cmp.a.reductions.is_zero() && cmp.b.reductions.is_zero())
            {
                continue;
            }
            let difference = cmp.total_difference(total);
            table_row(
                ui,
                loc,
                &loc.t(total_key(total)),
                &total.of(&cmp.a).format(),
                &total.of(&cmp.b).format(),
                &difference_text(difference),
                true,
                !difference.is_zero(),
                dark,
            );
        }
        // The outcome in words, in the text font: it may be wider than an amount.
        let outcome_label = loc.t("compare-row-outcome");
        ui.label(RichText::new(&outcome_label).strong());
        for (column, outcome) in [("compare-col-a", cmp.a.outcome), ("compare-col-b", cmp.b.outcome)] {
            let text = loc.t(outcome.key());
            let name = loc.ta(
                "compare-cell",
                &[
                    ("column", loc.t(column).into()),
                    ("row", outcome_label.clone().into()),
                    ("value", text.clone().into()),
                ],
            );
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.add(egui::Label::new(RichText::new(text).strong()).wrap()).accessible_name(name);
            });
        }
        ui.label("");
        ui.end_row();
        let difference = cmp.assistance_difference();
        table_row(
            ui,
            loc,
            &loc.t("compare-row-to-pay"),
            &cmp.a.assistance.format_kroner(),
            &cmp.b.assistance.format_kroner(),
            &difference_text(difference),
            true,
            !difference.is_zero(),
            dark,
        );
    });
}

impl AppState {
    pub(super) fn compare_view(&mut self, ui: &mut Ui, dark: bool, commands: &mut Vec<Command>) {
        // Start (again) from the caseworker's case when it is new or has changed since.
        if let Some((case, calc)) = &self.last_valid
            && self.compare.origin.as_ref() != Some(case)
        {
            self.compare.start(case, calc, &self.book, &self.loc);
        }
        let loc = &self.loc;
        let state = &mut self.compare;
        if state.a.is_none() {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading(loc.t("compare-title"));
                ui.label(loc.t("compare-no-case"));
                if ui.button(loc.t("compare-go-to-case")).clicked() {
                    commands.push(Command::ShowView(View::Case));
                }
            });
            return;
        }
        let mut action = None;
        let mut b_changed = false;
        egui::Panel::left("compare-b-form").resizable(true).default_size(610.0).min_size(360.0).show(ui, |ui| {
            ui.heading(loc.t("compare-b-form"));
            if !state.changes.is_empty() {
                let list: Vec<String> = state.changes.iter().map(|c| c.text(loc)).collect();
                ui.add(
                    egui::Label::new(RichText::new(loc.t1("compare-changes", "list", list.join("; "))).weak()).wrap(),
                );
            }
            if !state.b_problems.is_empty() {
                ui.label(
                    RichText::new(loc.ta("compare-b-problems", &[("count", state.b_problems.len().into())]))
                        .color(theme::error_color(dark)),
                );
            }
            ui.separator();
            egui::ScrollArea::both().id_salt("compare-b-scroll").show(ui, |ui| {
                // The form keeps its open/closed sections by id; B's live under their own.
                ui.push_id("compare-b", |ui| {
                    let mut fc =
                        FieldCtx { loc, problems: &state.b_problems, focus: &mut state.b_focus, changed: false, dark };
                    form_ui(ui, &mut state.b_form, &self.book, &mut fc);
                    b_changed = fc.changed;
                });
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("compare-scroll").show(ui, |ui| {
                ui.heading(loc.t("compare-title"));
                ui.label(RichText::new(loc.t("compare-intro")).weak());
                ui.add_space(6.0);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(theme::bold(loc.t("compare-presets")));
                    ui.horizontal_wrapped(|ui| {
                        if ui
                            .button(loc.t("compare-next-month"))
                            .on_hover_text(loc.t("compare-next-month-hover"))
                            .clicked()
                        {
                            action = Some(Action::NextMonth);
                        }
                        ui.separator();
                        let label = loc.t("compare-job-amount");
                        ui.label(&label);
                        let field = ui
                            .add(egui::TextEdit::singleline(&mut state.job_text).desired_width(100.0))
                            .on_hover_text(loc.t("compare-job-amount-hover"))
                            .accessible_name(label);
                        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui.button(loc.t("compare-add-job")).clicked() || enter {
                            action = Some(Action::Job);
                        }
                    });
                    if state.job_error {
                        ui.label(RichText::new(loc.t("compare-job-invalid")).small().color(theme::error_color(dark)));
                    }
                    ui.horizontal_wrapped(|ui| {
                        if ui.button(loc.t("compare-state-rates")).clicked() {
                            action = Some(Action::Profile(None));
                        }
                        for profile in self.book.profiles() {
                            if ui.button(loc.t1("compare-municipal-rates", "name", profile.name.as_str())).clicked() {
                                action = Some(Action::Profile(Some(profile.id.clone())));
                            }
                        }
                        ui.separator();
                        if ui
                            .button(loc.t("compare-rate-change"))
                            .on_hover_text(loc.t("compare-rate-change-hover"))
                            .clicked()
                        {
                            action = Some(Action::RateChange);
                        }
                        ui.separator();
                        if ui.button(loc.t("compare-reset")).on_hover_text(loc.t("compare-reset-hover")).clicked() {
                            action = Some(Action::Reset);
                        }
                    });
                    if self.book.profiles().is_empty() {
                        ui.label(RichText::new(loc.t("compare-no-profiles")).weak().small());
                    }
                    if let Some(message) = &state.message {
                        ui.label(RichText::new(message).color(theme::warning_color(dark)));
                    }
                });
                ui.add_space(8.0);
                let (Some((case_a, calc_a)), Some((case_b, calc_b))) = (&state.a, &state.b) else {
                    return;
                };
                let (name_a, name_b) = state.names(loc);
                ui.scope(|ui| {
                    // Leave room for the frames' margins and the scroll bar.
                    ui.set_max_width(ui.available_width() - 16.0);
                    ui.columns(2, |columns| {
                        facts_ui(&mut columns[0], loc, &name_a, case_a, calc_a, dark);
                        facts_ui(&mut columns[1], loc, &name_b, case_b, calc_b, dark);
                    });
                });
                let cmp = compare((case_a, calc_a), (case_b, calc_b));
                ui.add_space(8.0);
                egui::Frame::new().fill(ui.visuals().faint_bg_color).corner_radius(6.0).inner_margin(10.0).show(
                    ui,
                    |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(
                            theme::bold(whatif::conclusion(loc, &cmp))
                                .size(18.0)
                                .color(ui.visuals().strong_text_color()),
                        );
                    },
                );
                ui.add_space(8.0);
                if let Some(note) = whatif::period_note(loc, calc_a, calc_b) {
                    ui.label(RichText::new(note).weak());
                }
                table_ui(ui, loc, case_a, case_b, &cmp, dark);
                ui.add_space(10.0);
                ui.horizontal_wrapped(|ui| {
                    if ui.button(loc.t("compare-print")).on_hover_text(loc.t("compare-print-hover")).clicked() {
                        action = Some(Action::Print);
                    }
                    if ui.button(loc.t("compare-save-pdf")).clicked() {
                        action = Some(Action::SavePdf);
                    }
                    if ui.button(loc.t("compare-copy")).clicked() {
                        action = Some(Action::Copy);
                    }
                });
            });
        });
        if b_changed {
            state.recalculate_b(&self.book, loc);
            state.note(Change::Edited);
        }
        match action {
            Some(Action::Copy) => {
                if let Some(report) = state.report(loc, today()) {
                    ui.ctx().copy_text(report.to_text());
                    self.status = Some((loc.t("compare-copied"), false));
                }
            }
            Some(action) => {
                if let Some(status) = state.apply(action, &self.book, loc) {
                    self.status = Some(status);
                }
            }
            None => {}
        }
    }
}
