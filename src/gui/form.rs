//! The case form (left side): period, household, incomes, expenses, children's needs,
//! conditions and the individual assessment.

use eframe::egui::{self, ComboBox, RichText, Ui};

use super::form_model::{AdultForm, CaseForm, ChildForm, ExpenseForm, IncomeForm, NeedState, ReductionForm};
use super::widgets::{Choice, FieldCtx, choice_field, text_area, text_field};
use crate::domain::case::{AdultRate, Living};
use crate::domain::date::{age_on, parse_date};
use crate::domain::kinds::{ChildNeed, EXPENSE_KINDS, ExpenseGroup, INCOME_KINDS};
use crate::domain::rates::{Category, RateBook};

const AMOUNT_WIDTH: f32 = 110.0;
const NAME_WIDTH: f32 = 150.0;
const DATE_WIDTH: f32 = 100.0;

fn section(ui: &mut Ui, title: &str, id: &str, add: impl FnOnce(&mut Ui)) {
    egui::CollapsingHeader::new(RichText::new(title).heading().size(17.0)).id_salt(id).default_open(true).show(
        ui,
        |ui| {
            ui.add_space(2.0);
            add(ui);
            ui.add_space(6.0);
        },
    );
}

fn remove_button(ui: &mut Ui, fc: &FieldCtx<'_>, what: &str) -> bool {
    ui.add_space(14.0);
    let accessible = fc.loc.t1("form-remove-row", "what", what);
    ui.button(fc.loc.t("form-remove")).on_hover_text(&accessible).accessible_name(accessible).clicked()
}

/// Draw the form. Returns true when anything was edited.
pub fn form_ui(ui: &mut Ui, form: &mut CaseForm, book: &RateBook, fc: &mut FieldCtx<'_>) {
    let loc = fc.loc;
    section(ui, &loc.t("section-period"), "period", |ui| period_ui(ui, form, book, fc));
    section(ui, &loc.t("section-household"), "household", |ui| household_ui(ui, form, fc));
    section(ui, &loc.t("section-incomes"), "incomes", |ui| incomes_ui(ui, form, fc));
    section(ui, &loc.t("section-housing"), "housing", |ui| expenses_ui(ui, form, fc, true));
    section(ui, &loc.t("section-children-needs"), "children-needs", |ui| children_needs_ui(ui, form, fc));
    section(ui, &loc.t("section-other-expenses"), "other-expenses", |ui| expenses_ui(ui, form, fc, false));
    section(ui, &loc.t("section-assessment"), "assessment", |ui| assessment_ui(ui, form, fc));
}

fn date_field(ui: &mut Ui, fc: &mut FieldCtx<'_>, label: &str, accessible: &str, path: &str, text: &mut String) {
    ui.horizontal_top(|ui| {
        text_field(ui, fc, label, accessible, path, text, DATE_WIDTH);
        ui.vertical(|ui| {
            ui.label(RichText::new(" ").small());
            let chosen = parse_date(text).unwrap_or_else(|_| chrono::Local::now().date_naive());
            let mut date = to_jiff(chosen);
            let before = date;
            ui.add(
                egui_extras::DatePickerButton::new(&mut date)
                    .id_salt(path)
                    .show_icon(false)
                    .format(fc.loc.t("form-calendar").replace('%', "")),
            )
            .accessible_name(fc.loc.t1("form-pick-date", "field", accessible));
            if date != before {
                let picked =
                    chrono::NaiveDate::from_ymd_opt(date.year().into(), date.month() as u32, date.day() as u32)
                        .unwrap_or(chosen);
                *text = crate::domain::date::format_date(picked);
                fc.changed = true;
            }
        });
    });
}

fn to_jiff(date: chrono::NaiveDate) -> jiff::civil::Date {
    use chrono::Datelike;
    jiff::civil::Date::new(date.year() as i16, date.month() as i8, date.day() as i8).unwrap_or_default()
}

fn period_ui(ui: &mut Ui, form: &mut CaseForm, book: &RateBook, fc: &mut FieldCtx<'_>) {
    let loc = fc.loc;
    ui.horizontal_top(|ui| {
        let from = loc.t("form-period-from");
        let to = loc.t("form-period-to");
        date_field(ui, fc, &from, &from, "period.from", &mut form.period_from);
        ui.add_space(12.0);
        date_field(ui, fc, &to, &to, "period.to", &mut form.period_to);
    });
    ui.horizontal(|ui| {
        let label = ui.label(loc.t("form-profile"));
        let state = loc.t("form-profile-state");
        let selected = form.profile.clone().unwrap_or_else(|| state.clone());
        let response = ComboBox::from_id_salt("profile").selected_text(selected).show_ui(ui, |ui| {
            let mut changed = ui.selectable_value(&mut form.profile, None, state.clone()).changed();
            for profile in book.profiles() {
                changed |= ui
                    .selectable_value(
                        &mut form.profile,
                        Some(profile.id.clone()),
                        format!("{} ({})", profile.name, profile.id),
                    )
                    .changed();
            }
            changed
        });
        response.response.clone().labelled_by(label.id);
        if response.inner == Some(true) {
            fc.changed = true;
        }
        fc.track(&response.response, "profile");
    });
    fc.error_below(ui, "profile");
}

fn household_ui(ui: &mut Ui, form: &mut CaseForm, fc: &mut FieldCtx<'_>) {
    let loc = fc.loc;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(loc.t("form-living"));
        for (value, key) in [
            (Living::Single, "living-single"),
            (Living::Couple, "living-couple"),
            (Living::SharedHousing, "living-shared"),
        ] {
            let r = ui.radio_value(&mut form.living, value, loc.t(key));
            if value == Living::Single {
                // A message about the living situation (trainee feedback) moves the focus here.
                fc.track(&r, "household.living");
            }
            if r.changed() {
                fc.changed = true;
            }
            let _ = label.id;
        }
    });
    fc.error_below(ui, "household.living");
    ui.add_space(4.0);
    ui.label(RichText::new(loc.t("form-adults")).strong());
    let mut remove = None;
    let main_adults = form.living.adults_rated_by_living();
    for (i, adult) in form.adults.iter_mut().enumerate() {
        let n = (i + 1).to_string();
        ui.horizontal_top(|ui| {
            let row = loc.t1("form-adult-n", "n", n.clone());
            text_field(
                ui,
                fc,
                &loc.t("form-name"),
                &format!("{row}: {}", loc.t("form-name")),
                &format!("household.adults[{i}].name"),
                &mut adult.name,
                NAME_WIDTH,
            );
            text_field(
                ui,
                fc,
                &loc.t("form-birth-date-optional"),
                &format!("{row}: {}", loc.t("form-birth-date")),
                &format!("household.adults[{i}].birth_date"),
                &mut adult.birth_date,
                DATE_WIDTH,
            );
            if i >= main_adults {
                let rates = [
                    Choice::new(None, loc.t("form-choose")),
                    Choice::new(Some(AdultRate::Single), loc.t("living-single")),
                    Choice::new(Some(AdultRate::SharedHousing), loc.t("living-shared")),
                ];
                let label = loc.t("form-adult-rate");
                let path = format!("household.adults[{i}].rate");
                choice_field(
                    ui,
                    fc,
                    ("adult-rate", i),
                    &label,
                    &format!("{row}: {label}"),
                    &path,
                    150.0,
                    &mut adult.rate,
                    &rates,
                );
            }
            if form_len_guard(i, 1) && remove_button(ui, fc, &row) {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        form.adults.remove(i);
        fc.changed = true;
    }
    fc.error_below(ui, "household.adults");
    if ui.button(loc.t("form-add-adult")).clicked() {
        form.adults.push(AdultForm::default());
        fc.changed = true;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(loc.t("form-children")).strong());
    let period_start = parse_date(&form.period_from).ok();
    let mut remove = None;
    for (i, child) in form.children.iter_mut().enumerate() {
        let row = loc.t1("form-child-n", "n", (i + 1).to_string());
        ui.horizontal_top(|ui| {
            text_field(
                ui,
                fc,
                &loc.t("form-name"),
                &format!("{row}: {}", loc.t("form-name")),
                &format!("household.children[{i}].name"),
                &mut child.name,
                NAME_WIDTH,
            );
            text_field(
                ui,
                fc,
                &loc.t("form-birth-date"),
                &format!("{row}: {}", loc.t("form-birth-date")),
                &format!("household.children[{i}].birth_date"),
                &mut child.birth_date,
                DATE_WIDTH,
            );
            text_field(
                ui,
                fc,
                &loc.t("form-share"),
                &format!("{row}: {}", loc.t("form-share")),
                &format!("household.children[{i}].share_percent"),
                &mut child.share_percent,
                44.0,
            );
            if let (Some(start), Ok(birth)) = (period_start, parse_date(&child.birth_date)) {
                let first = crate::domain::date::month_start(start);
                let age = if birth > first { -1 } else { age_on(birth, first) };
                let text = match Category::child_band(age) {
                    Some(band) => loc.ta(
                        "form-child-age-band",
                        &[("age", age.into()), ("band", band.band_label().to_string().into())],
                    ),
                    None if age < 0 => loc.t("form-child-not-born"),
                    None => loc.t("form-child-adult"),
                };
                ui.vertical(|ui| {
                    ui.label(RichText::new(" ").small());
                    ui.label(RichText::new(text).weak());
                });
            }
            if remove_button(ui, fc, &row) {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        let name = form.children.remove(i).name;
        // Lines tied to the removed child no longer point anywhere.
        for e in &mut form.expenses {
            if e.child.as_deref() == Some(name.as_str()) {
                e.child = None;
            }
        }
        fc.changed = true;
    }
    fc.error_below(ui, "household");
    if ui.button(loc.t("form-add-child")).clicked() {
        form.children.push(ChildForm::default());
        fc.changed = true;
    }
}

/// The first adult cannot be removed (a case always has an applicant).
fn form_len_guard(index: usize, keep: usize) -> bool {
    index >= keep
}

fn person_names(form: &CaseForm) -> Vec<String> {
    form.adults
        .iter()
        .map(|a| a.name.trim().to_string())
        .chain(form.children.iter().map(|c| c.name.trim().to_string()))
        .filter(|n| !n.is_empty())
        .collect()
}

fn incomes_ui(ui: &mut Ui, form: &mut CaseForm, fc: &mut FieldCtx<'_>) {
    let loc = fc.loc;
    let names = person_names(form);
    // The drop-down lists are the same for every row: built once per frame, not per row.
    let kinds: Vec<Choice<String>> = INCOME_KINDS
        .iter()
        .map(|k| Choice::new(k.code.to_string(), loc.t(&k.key())).with_hover(format!("NAV: {}", k.nav_code)))
        .collect();
    let people: Vec<Choice<Option<String>>> = std::iter::once(Choice::new(None, loc.t("form-household")))
        .chain(names.iter().map(|n| Choice::new(Some(n.clone()), n.clone())))
        .collect();
    let mut remove = None;
    for (i, income) in form.incomes.iter_mut().enumerate() {
        let row = loc.t1("form-income-n", "n", (i + 1).to_string());
        ui.horizontal_top(|ui| {
            let label = loc.t("form-kind");
            let path = format!("incomes[{i}].kind");
            choice_field(
                ui,
                fc,
                ("income-kind", i),
                &label,
                &format!("{row}: {label}"),
                &path,
                210.0,
                &mut income.kind,
                &kinds,
            );
            let label = loc.t("form-person");
            let path = format!("incomes[{i}].person");
            choice_field(
                ui,
                fc,
                ("income-person", i),
                &label,
                &format!("{row}: {label}"),
                &path,
                110.0,
                &mut income.person,
                &people,
            );
            text_field(
                ui,
                fc,
                &loc.t("form-amount-month"),
                &format!("{row}: {}", loc.t("form-amount-month")),
                &format!("incomes[{i}].amount"),
                &mut income.amount,
                AMOUNT_WIDTH,
            );
            if remove_button(ui, fc, &row) {
                remove = Some(i);
            }
        });
        if income.kind == "barnetrygd_utland" || !income.shield_reason.is_empty() {
            text_field(
                ui,
                fc,
                &loc.t("form-shield-reason"),
                &format!("{row}: {}", loc.t("form-shield-reason")),
                &format!("incomes[{i}].shield_reason"),
                &mut income.shield_reason,
                420.0,
            );
        }
    }
    if let Some(i) = remove {
        form.incomes.remove(i);
        fc.changed = true;
    }
    if ui.button(loc.t("form-add-income")).clicked() {
        form.incomes.push(IncomeForm::default());
        fc.changed = true;
    }
}

fn is_housing_group(code: &str) -> bool {
    EXPENSE_KINDS
        .iter()
        .find(|k| k.code == code)
        .is_some_and(|k| matches!(k.group, ExpenseGroup::Housing | ExpenseGroup::Energy | ExpenseGroup::Insurance))
}

fn expenses_ui(ui: &mut Ui, form: &mut CaseForm, fc: &mut FieldCtx<'_>, housing: bool) {
    let loc = fc.loc;
    let child_names: Vec<String> =
        form.children.iter().map(|c| c.name.trim().to_string()).filter(|n| !n.is_empty()).collect();
    // The drop-down lists are the same for every row: built once per frame, not per row.
    let kinds: Vec<Choice<String>> = EXPENSE_KINDS
        .iter()
        .filter(|k| is_housing_group(k.code) == housing)
        .map(|k| Choice::new(k.code.to_string(), loc.t(&k.key())).with_hover(format!("NAV: {}", k.nav_code)))
        .collect();
    let children: Vec<Choice<Option<String>>> = std::iter::once(Choice::new(None, loc.t("form-none")))
        .chain(child_names.iter().map(|n| Choice::new(Some(n.clone()), n.clone())))
        .collect();
    let mut remove = None;
    for (i, expense) in form.expenses.iter_mut().enumerate() {
        if is_housing_group(&expense.kind) != housing {
            continue;
        }
        let row = loc.t1("form-expense-n", "n", (i + 1).to_string());
        ui.horizontal_top(|ui| {
            let label = loc.t("form-kind");
            let path = format!("expenses[{i}].kind");
            choice_field(
                ui,
                fc,
                ("expense-kind", i),
                &label,
                &format!("{row}: {label}"),
                &path,
                190.0,
                &mut expense.kind,
                &kinds,
            );
            if !housing {
                let label = loc.t("form-child");
                let path = format!("expenses[{i}].child");
                choice_field(
                    ui,
                    fc,
                    ("expense-child", i),
                    &label,
                    &format!("{row}: {label}"),
                    &path,
                    100.0,
                    &mut expense.child,
                    &children,
                );
            }
            text_field(
                ui,
                fc,
                &loc.t("form-applied"),
                &format!("{row}: {}", loc.t("form-applied")),
                &format!("expenses[{i}].applied"),
                &mut expense.applied,
                AMOUNT_WIDTH,
            );
            text_field(
                ui,
                fc,
                &loc.t("form-accepted"),
                &format!("{row}: {}", loc.t("form-accepted")),
                &format!("expenses[{i}].accepted"),
                &mut expense.accepted,
                AMOUNT_WIDTH,
            );
            if remove_button(ui, fc, &row) {
                remove = Some(i);
            }
        });
        let needs_reason =
            !expense.accepted.trim().is_empty() || expense.kind == "boliglanAvdrag" || !expense.reason.is_empty();
        if needs_reason || fc.has_problem(&format!("expenses[{i}].reason")) {
            text_field(
                ui,
                fc,
                &loc.t("form-reason"),
                &format!("{row}: {}", loc.t("form-reason")),
                &format!("expenses[{i}].reason"),
                &mut expense.reason,
                440.0,
            );
        }
    }
    if let Some(i) = remove {
        form.expenses.remove(i);
        fc.changed = true;
    }
    let (key, kind) = if housing { ("form-add-housing", "husleie") } else { ("form-add-other", "annen") };
    if ui.button(loc.t(key)).clicked() {
        form.expenses.push(ExpenseForm { kind: kind.into(), ..ExpenseForm::default() });
        fc.changed = true;
    }
}

fn children_needs_ui(ui: &mut Ui, form: &mut CaseForm, fc: &mut FieldCtx<'_>) {
    let loc = fc.loc;
    if form.children.is_empty() {
        ui.label(RichText::new(loc.t("form-no-children")).weak());
        return;
    }
    ui.label(RichText::new(loc.t("form-needs-help")).weak().small());
    for (c, child) in form.children.iter_mut().enumerate() {
        let name = if child.name.trim().is_empty() {
            loc.t1("form-child-n", "n", (c + 1).to_string())
        } else {
            child.name.clone()
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(theme::bold_label(&name));
            for (j, (need, item)) in ChildNeed::ALL.iter().zip(child.needs.iter_mut()).enumerate() {
                let item_name = loc.t(&format!("need-{}", need.code()));
                let path = format!("household.children[{c}].needs[{j}]");
                ui.horizontal(|ui| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(190.0, 20.0),
                        egui::Layout::left_to_right(egui::Align::Center),
                        |ui| {
                            ui.set_min_width(190.0);
                            ui.add(egui::Label::new(&item_name).truncate());
                        },
                    );
                    let selected = need_state_text(loc, item.state);
                    let r =
                        ComboBox::from_id_salt(("need", c, j)).width(130.0).selected_text(selected).show_ui(ui, |ui| {
                            let mut changed = false;
                            for state in [
                                NeedState::NotAssessed,
                                NeedState::NotRelevant,
                                NeedState::CoveredByRate,
                                NeedState::Granted,
                            ] {
                                changed |=
                                    ui.selectable_value(&mut item.state, state, need_state_text(loc, state)).changed();
                            }
                            changed
                        });
                    let response = r.response.accessible_name(format!("{name}: {item_name}"));
                    fc.track(&response, &format!("{path}.state"));
                    if r.inner == Some(true) {
                        fc.changed = true;
                    }
                    if item.state == NeedState::Granted {
                        let label = loc.t("form-granted-amount");
                        let response = ui
                            .add(egui::TextEdit::singleline(&mut item.amount).desired_width(90.0).hint_text("kr"))
                            .accessible_name(format!("{name}: {item_name}: {label}"));
                        fc.track(&response, &format!("{path}.amount"));
                    }
                    let note_label = loc.t("form-note");
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(&mut item.note)
                                .desired_width(f32::INFINITY)
                                .hint_text(&note_label),
                        )
                        .accessible_name(format!("{name}: {item_name}: {note_label}"));
                    fc.track(&response, &format!("{path}.note"));
                });
                fc.error_below(ui, &format!("{path}.state"));
                fc.error_below(ui, &format!("{path}.amount"));
                fc.error_below(ui, &format!("{path}.assessment"));
                fc.error_below(ui, &format!("{path}.need"));
            }
        });
    }
}

fn need_state_text(loc: &crate::i18n::Localizer, state: NeedState) -> String {
    loc.t(match state {
        NeedState::NotAssessed => "need-state-not-assessed",
        NeedState::NotRelevant => "need-state-not-relevant",
        NeedState::CoveredByRate => "need-state-covered",
        NeedState::Granted => "need-state-granted",
    })
}

fn assessment_ui(ui: &mut Ui, form: &mut CaseForm, fc: &mut FieldCtx<'_>) {
    let loc = fc.loc;
    text_area(ui, fc, &loc.t("form-assessment"), "assessment", &mut form.assessment);
    ui.add_space(4.0);
    text_area(ui, fc, &loc.t("form-conditions"), "conditions", &mut form.conditions);
    ui.add_space(4.0);
    ui.label(RichText::new(loc.t("form-reductions")).strong());
    let mut remove = None;
    for (i, reduction) in form.reductions.iter_mut().enumerate() {
        let row = loc.t1("form-reduction-n", "n", (i + 1).to_string());
        ui.horizontal_top(|ui| {
            text_field(
                ui,
                fc,
                &loc.t("form-amount-month"),
                &format!("{row}: {}", loc.t("form-amount-month")),
                &format!("reductions[{i}].amount"),
                &mut reduction.amount,
                AMOUNT_WIDTH,
            );
            text_field(
                ui,
                fc,
                &loc.t("form-reason"),
                &format!("{row}: {}", loc.t("form-reason")),
                &format!("reductions[{i}].reason"),
                &mut reduction.reason,
                330.0,
            );
            if remove_button(ui, fc, &row) {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        form.reductions.remove(i);
        fc.changed = true;
    }
    if ui.button(loc.t("form-add-reduction")).clicked() {
        form.reductions.push(ReductionForm::default());
        fc.changed = true;
    }
}

use super::theme;
