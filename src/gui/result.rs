//! The live result (right side): outcome, each line with its rule, totals per month,
//! the rate set used, warnings. A click on a line moves the focus to the field it came from.

use eframe::egui::{self, Align, Layout, RichText, Ui};

use super::commands::Command;
use super::form_model::Problems;
use super::theme;
use crate::domain::calc::{FieldRef, Line, Month, Section};
use crate::domain::explain::{line_detail, line_label, note_text, warning_text};
use crate::domain::kinds::ChildNeed;
use crate::domain::{Calculation, Case, RateBook};
use crate::i18n::Localizer;

/// The field path a result line jumps to.
/// The form numbers a child's checklist by `ChildNeed::ALL`; the case lists only assessed items.
pub fn field_path(case: &Case, field: FieldRef) -> String {
    match field {
        FieldRef::Adult(i) => format!("household.adults[{i}].name"),
        FieldRef::Child(i) => format!("household.children[{i}].birth_date"),
        FieldRef::ChildNeed { child, item } => {
            let need = case.household.children.get(child).and_then(|c| c.needs.get(item)).map(|n| n.need);
            let row = need.and_then(|n| ChildNeed::ALL.iter().position(|x| *x == n)).unwrap_or(item);
            format!("household.children[{child}].needs[{row}].state")
        }
        FieldRef::Income(i) => format!("incomes[{i}].amount"),
        FieldRef::Expense(i) => format!("expenses[{i}].applied"),
        FieldRef::Reduction(i) => format!("reductions[{i}].amount"),
    }
}

/// What the result panel shows.
pub struct ResultView<'a> {
    /// The last case that could be calculated, and its calculation.
    pub last_valid: Option<&'a (Case, Calculation)>,
    /// Problems with the form as it is now (empty when the result is current).
    pub problems: &'a Problems,
    pub loc: &'a Localizer,
    pub dark: bool,
    /// For the charts, which recalculate the case at other incomes.
    pub book: &'a RateBook,
}

pub fn result_ui(ui: &mut Ui, view: &ResultView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let loc = view.loc;
    ui.heading(loc.t("result-title"));
    if !view.problems.is_empty() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(loc.ta("result-problems", &[("count", view.problems.len().into())]))
                    .color(theme::error_color(view.dark))
                    .strong(),
            );
            for (field, message) in view.problems.iter().take(8) {
                let text = format!("{}: {message}", human_field(loc, field));
                if ui.link(RichText::new(text).color(theme::error_color(view.dark))).clicked() {
                    commands.push(Command::FocusField(field.clone()));
                }
            }
            if view.last_valid.is_some() {
                ui.label(RichText::new(loc.t("result-showing-last-valid")).weak().small());
            }
        });
        ui.add_space(6.0);
    }
    let Some((case, calc)) = view.last_valid else {
        ui.label(RichText::new(loc.t("result-empty")).weak());
        return commands;
    };
    outcome_badge(ui, calc, view.dark, loc);
    if let Some(be) = crate::domain::whatif::BreakEven::from_calculation(calc) {
        ui.label(crate::domain::whatif::break_even_sentence(loc, &be));
    }
    ui.add_space(4.0);
    for warning in &calc.warnings {
        ui.label(
            RichText::new(format!("⚠ {}", warning_text(loc, case, calc, warning)))
                .color(theme::warning_color(view.dark)),
        );
    }
    for note in &calc.notes {
        ui.label(RichText::new(format!("{} {}", loc.t("result-note-prefix"), note_text(loc, case, calc, note))));
    }
    ui.add_space(6.0);
    let several = calc.months.len() > 1;
    for (index, month) in calc.months.iter().enumerate() {
        let title = format!(
            "{} ({}–{})",
            capitalize(&crate::domain::date::month_name(loc, month.from)),
            crate::domain::date::format_date(month.from),
            crate::domain::date::format_date(month.to)
        );
        if several {
            egui::CollapsingHeader::new(RichText::new(format!("{title}: {}", month.result.format())).strong())
                .id_salt(("month", index))
                .default_open(index == 0)
                .show(ui, |ui| month_ui(ui, case, calc, month, loc, &mut commands));
        } else {
            ui.label(RichText::new(title).strong());
            month_ui(ui, case, calc, month, loc, &mut commands);
        }
    }
    if several {
        ui.separator();
        ui.label(RichText::new(loc.t("result-period-total")).strong());
        egui::Grid::new("period-totals").num_columns(2).striped(true).show(ui, |ui| {
            for (key, amount) in [
                ("result-sum-need", calc.need),
                ("result-sum-income", calc.income_counted),
                ("result-sum-shielded", calc.income_shielded),
                ("result-need-minus-income", calc.result),
            ] {
                ui.label(loc.t(key));
                amount_cell(ui, &amount.format(), false);
                ui.end_row();
            }
        });
    }
    ui.separator();
    ui.label(RichText::new(loc.t("result-rate-sets")).strong());
    for set in &calc.rate_sets {
        ui.label(format!("{} — {}", set.source_label(loc), loc.t(set.status.key())));
        ui.label(RichText::new(&set.published).weak().small());
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(loc.t("cmd-copy-text")).clicked() {
            commands.push(Command::CopyExplanation);
        }
        if ui.button(loc.t("cmd-print")).clicked() {
            commands.push(Command::Print);
        }
        if ui.button(loc.t("compare-open")).on_hover_text(loc.t("compare-open-hover")).clicked() {
            commands.push(Command::ShowView(super::commands::View::Compare));
        }
    });
    super::charts::result_charts_ui(ui, case, calc, view.book, loc, view.dark);
    commands
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().collect::<String>() + chars.as_str())
}

/// "Inntekt 2: beløp" for `incomes[1].amount`; the raw path when it is not a form field.
fn human_field(loc: &Localizer, field: &str) -> String {
    let index = |prefix: &str| -> Option<usize> { field.strip_prefix(prefix)?.split(']').next()?.parse().ok() };
    let n = |i: usize| (i + 1).to_string();
    if let Some(i) = index("incomes[") {
        return loc.t1("form-income-n", "n", n(i));
    }
    if let Some(i) = index("expenses[") {
        return loc.t1("form-expense-n", "n", n(i));
    }
    if let Some(i) = index("household.children[") {
        return loc.t1("form-child-n", "n", n(i));
    }
    if let Some(i) = index("household.adults[") {
        return loc.t1("form-adult-n", "n", n(i));
    }
    if let Some(i) = index("reductions[") {
        return loc.t1("form-reduction-n", "n", n(i));
    }
    match field {
        "period.from" => loc.t("form-period-from"),
        "period.to" => loc.t("form-period-to"),
        "household" | "household.adults" => loc.t("section-household"),
        "profile" => loc.t("form-profile"),
        other => other.to_string(),
    }
}

fn outcome_badge(ui: &mut Ui, calc: &Calculation, dark: bool, loc: &Localizer) {
    let (fill, text) = theme::outcome_colors(calc.outcome, dark);
    egui::Frame::new().fill(fill).corner_radius(6.0).inner_margin(10.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(theme::bold(loc.t(calc.outcome.key())).size(20.0).color(text));
        let detail = match calc.outcome {
            crate::domain::Outcome::None => loc.t1("result-surplus", "amount", calc.surplus.format()),
            _ => loc.t1("result-to-pay", "amount", calc.assistance.format_kroner()),
        };
        ui.label(RichText::new(detail).size(16.0).color(text));
    });
}

/// Room for "−10 000 000,00 kr" in the monospace font.
const AMOUNT_COLUMN: f32 = 160.0;

fn amount_cell(ui: &mut Ui, text: &str, weak: bool) {
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        let rich = RichText::new(text).monospace();
        ui.label(if weak { rich.weak() } else { rich });
    });
}

fn month_ui(ui: &mut Ui, case: &Case, calc: &Calculation, month: &Month, loc: &Localizer, commands: &mut Vec<Command>) {
    let set = calc.rate_sets.get(month.rate_set).map(|s| s.source_label(loc)).unwrap_or_default();
    ui.label(RichText::new(set).weak().small());
    let grid_id = ("month-grid", month.from);
    // The label column takes what the amount column does not need.
    // Also leave room for the grid spacing and the scroll bar.
    let label_width = (ui.available_width() - AMOUNT_COLUMN - 40.0).max(160.0);
    egui::Grid::new(grid_id).num_columns(2).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
        for (section, title_key, total_key, total) in [
            (Section::Need, "result-need", "result-sum-need", month.need),
            (Section::Income, "result-income", "result-sum-income", month.income_counted),
            (Section::Shielded, "result-shielded", "result-sum-shielded", month.income_shielded),
            (Section::Reduction, "result-reduction", "result-sum-reduction", month.reductions),
        ] {
            let lines: Vec<&Line> = month.lines.iter().filter(|l| l.section == section).collect();
            if lines.is_empty() && matches!(section, Section::Shielded | Section::Reduction) {
                continue;
            }
            ui.label(theme::bold(loc.t(title_key)));
            ui.end_row();
            for line in lines {
                ui.vertical(|ui| {
                    ui.set_min_width(label_width);
                    let label = line_label(loc, case, line);
                    let rule = loc.t(line.rule.key());
                    let response = ui.link(&label).on_hover_text(&rule);
                    if response.clicked() {
                        commands.push(Command::FocusField(field_path(case, line.field)));
                    }
                    if let Some(detail) = line_detail(loc, case, line) {
                        ui.label(RichText::new(detail).weak().small());
                    }
                    if section == Section::Shielded {
                        ui.label(RichText::new(rule).small());
                    }
                });
                amount_cell(ui, &line.amount.format(), section == Section::Shielded);
                ui.end_row();
            }
            ui.label(RichText::new(loc.t(total_key)).strong());
            amount_cell(ui, &total.format(), false);
            ui.end_row();
        }
        let key = if month.result.is_negative() { "result-month-surplus" } else { "result-month-result" };
        ui.label(theme::bold(loc.t(key)));
        amount_cell(ui, &month.result.abs().format(), false);
        ui.end_row();
    });
    ui.add_space(6.0);
}
