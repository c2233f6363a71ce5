//! The calculation in words: labels for each line, warnings and notes as sentences, and the
//! plain-text explanation printed by `utmaling calc`. Every word comes from the translation
//! files through the `Localizer` passed in (JSON always passes bokmål). Screens and printouts
//! use these same functions so they cannot disagree.

use fluent_bundle::FluentValue;

use super::calc::{Calculation, Line, Note, Outcome, PersonRef, Rule, Section, Warning, barnetrygd_shield_date};
use super::case::Case;
use super::date::{format_date, month_name};
use super::kinds::{ChildNeed, expense_kind, income_kind};
use super::rates::{BarnetrygdPolicy, Category, default_user_rates_dir};
use super::report::Report;
use crate::i18n::Localizer;

/// A text argument for a message.
fn arg<'a>(text: impl Into<String>) -> FluentValue<'a> {
    FluentValue::from(text.into())
}

/// The name of a person reference, from the case ("Kari og Ola" for a couple).
pub fn person_name(loc: &Localizer, case: &Case, person: PersonRef) -> String {
    let adult = |i: usize| case.household.adults.get(i).map_or("?", |a| a.name.as_str());
    match person {
        PersonRef::Adult(i) => adult(i).to_string(),
        PersonRef::Child(i) => case.household.children.get(i).map_or("?", |c| c.name.as_str()).to_string(),
        PersonRef::Couple(a, b) => loc.ta("explain-couple", &[("first", adult(a).into()), ("second", adult(b).into())]),
    }
}

/// What the line is, e.g. "Livsopphold, barn 6–10 år (Emma)" or "Husleie".
pub fn line_label(loc: &Localizer, case: &Case, line: &Line) -> String {
    let what = match line.rule {
        Rule::Rate(category) => match category {
            Category::Single => loc.t("explain-line-rate-single"),
            Category::Couple => loc.t("explain-line-rate-couple"),
            Category::SharedHousing => loc.t("explain-line-rate-shared-housing"),
            child => loc.t1("explain-line-rate-child", "band", child.band_label()),
        },
        Rule::ChildNeedGranted => {
            let item = ChildNeed::ALL.iter().find(|n| n.code() == line.kind);
            let need = item.map_or_else(|| line.kind.to_string(), |n| loc.t(&n.key()));
            loc.t1("explain-line-child-need", "need", need)
        }
        Rule::Reduction => loc.t("explain-line-reduction"),
        _ => match line.section {
            Section::Need => expense_kind(line.kind).map_or_else(|| line.kind.to_string(), |k| loc.t(&k.key())),
            _ => income_kind(line.kind).map_or_else(|| line.kind.to_string(), |k| loc.t(&k.key())),
        },
    };
    match line.person {
        Some(person) => format!("{what} ({})", person_name(loc, case, person)),
        None => what,
    }
}

/// Extra facts about the line: pro rata, applied vs accepted with the reason, the note.
pub fn line_detail(loc: &Localizer, case: &Case, line: &Line) -> Option<String> {
    use super::calc::FieldRef;
    let mut parts: Vec<String> = Vec::new();
    let reason = |reason: &str| loc.t1("explain-detail-reason", "reason", reason);
    if let Some(p) = line.pro_rata {
        if p.days != p.days_in_month {
            parts.push(loc.ta(
                "explain-detail-days",
                &[("days", arg(p.days.to_string())), ("total", arg(p.days_in_month.to_string()))],
            ));
        }
        if p.share_percent != 100 {
            parts.push(loc.t1("explain-detail-share", "percent", p.share_percent.to_string()));
        }
        parts.push(loc.t1("explain-detail-full-rate", "amount", line.base.format()));
    }
    match line.field {
        FieldRef::Expense(i) => {
            if let Some(expense) = case.expenses.get(i) {
                if expense.accepted_amount() != expense.applied {
                    parts.push(loc.ta(
                        "explain-detail-applied-accepted",
                        &[
                            ("applied", arg(expense.applied.format())),
                            ("accepted", arg(expense.accepted_amount().format())),
                        ],
                    ));
                }
                if let Some(text) = expense.reason.as_deref().filter(|r| !r.trim().is_empty()) {
                    parts.push(reason(text));
                }
                if let Some(note) = expense.note.as_deref().filter(|r| !r.trim().is_empty()) {
                    parts.push(note.to_string());
                }
            }
        }
        FieldRef::Income(i) => {
            if let Some(income) = case.incomes.get(i) {
                if let Some(text) = income.shield_reason.as_deref() {
                    parts.push(reason(text));
                }
                if let Some(note) = income.note.as_deref().filter(|r| !r.trim().is_empty()) {
                    parts.push(note.to_string());
                }
            }
        }
        FieldRef::ChildNeed { child, item } => {
            if let Some(need) = case.household.children.get(child).and_then(|c| c.needs.get(item))
                && !need.note.trim().is_empty()
            {
                parts.push(need.note.clone());
            }
        }
        FieldRef::Reduction(i) => {
            if let Some(r) = case.reductions.get(i) {
                parts.push(reason(&r.reason));
            }
        }
        FieldRef::Adult(_) | FieldRef::Child(_) => {}
    }
    if parts.is_empty() { None } else { Some(parts.join("; ")) }
}

/// Where the line's figure comes from: the rate set, or the case's document/application.
pub fn line_source(loc: &Localizer, case: &Case, calc: &Calculation, line: &Line) -> String {
    use super::calc::FieldRef;
    use super::case::Origin;
    if let Some(set) = line.rate_set.and_then(|i| calc.rate_sets.get(i)) {
        return set.source_label(loc);
    }
    let origin = match line.field {
        FieldRef::Expense(i) => case.expenses.get(i).and_then(|e| e.origin),
        FieldRef::Income(i) => case.incomes.get(i).and_then(|e| e.origin),
        _ => Some(Origin::Caseworker),
    };
    loc.t(match origin {
        Some(Origin::Application) => "explain-source-application",
        Some(Origin::Documented) => "explain-source-documented",
        Some(Origin::Caseworker) => "explain-source-caseworker",
        None => "explain-source-registered",
    })
}

pub fn warning_text(loc: &Localizer, case: &Case, calc: &Calculation, warning: &Warning) -> String {
    let child = |i: usize| arg(case.household.children.get(i).map_or("?", |c| c.name.as_str()));
    let month = |date| arg(month_name(loc, date));
    match warning {
        Warning::NewerThanNewestSet { first_month, used } => {
            let used = calc.rate_sets.get(*used).map_or_else(String::new, |s| s.source_label(loc));
            let folder = default_user_rates_dir()
                .map_or_else(|| loc.t("explain-user-rates-folder"), |d| d.display().to_string());
            loc.ta(
                "explain-warning-newer-than-newest-set",
                &[("month", month(*first_month)), ("used", arg(used)), ("folder", arg(folder))],
            )
        }
        Warning::ChildNotAssessed { child: i } => loc.ta("explain-warning-child-not-assessed", &[("child", child(*i))]),
        Warning::BarnetrygdShieldedByPolicy { months } => {
            // A number, so that a language can choose singular or plural.
            loc.ta("explain-warning-barnetrygd-shielded-by-policy", &[("months", FluentValue::from(*months))])
        }
        Warning::ProfileFellBackToState { profile, first_month } => loc.ta(
            "explain-warning-profile-fell-back",
            &[("profile", arg(profile.as_str())), ("month", month(*first_month))],
        ),
        Warning::HousingAboveNorm { norm, persons, accepted } => loc.ta(
            "explain-warning-housing-above-norm",
            &[
                ("accepted", arg(accepted.format())),
                ("persons", arg(persons.to_string())),
                ("norm", arg(norm.format())),
            ],
        ),
        Warning::ChildTurns18 { child: i, from_month } => {
            loc.ta("explain-warning-child-turns-18", &[("child", child(*i)), ("month", month(*from_month))])
        }
        Warning::ChildBornDuringPeriod { child: i, from_month } => {
            loc.ta("explain-warning-child-born", &[("child", child(*i)), ("month", month(*from_month))])
        }
    }
}

pub fn note_text(loc: &Localizer, case: &Case, calc: &Calculation, note: &Note) -> String {
    match note {
        Note::BandChange { child, birthday, band, from_month } => {
            let name = case.household.children.get(*child).map_or("?", |c| c.name.as_str());
            let age =
                super::date::age_on(case.household.children.get(*child).map_or(*birthday, |c| c.birth_date), *birthday);
            loc.ta(
                "explain-note-band-change",
                &[
                    ("child", arg(name)),
                    ("age", arg(age.to_string())),
                    ("birthday", arg(format_date(*birthday))),
                    ("band", arg(band.band_label())),
                    ("month", arg(month_name(loc, *from_month))),
                ],
            )
        }
        Note::BarnetrygdCountedBeforeShield => {
            let policy = loc.t(match calc.barnetrygd_policy {
                BarnetrygdPolicy::Count => "explain-policy-count",
                BarnetrygdPolicy::Shield => "explain-policy-shield",
            });
            loc.ta(
                "explain-note-barnetrygd-counted",
                &[("date", arg(format_date(barnetrygd_shield_date()))), ("policy", arg(policy))],
            )
        }
    }
}

/// "Supplerende stønad: 16 550 kr å utbetale", "Ikke rett til stønad etter § 18 — … 3 450,00 kr".
pub fn outcome_sentence(loc: &Localizer, calc: &Calculation) -> String {
    match calc.outcome {
        Outcome::Full => loc.t1("explain-outcome-full", "amount", calc.assistance.format_kroner()),
        Outcome::Supplementary => loc.t1("explain-outcome-supplementary", "amount", calc.assistance.format_kroner()),
        Outcome::None => loc.t1("explain-outcome-none", "amount", calc.surplus.format()),
    }
}

/// The plain-text explanation: the whole calculation, line by line, in the localizer's language.
/// Drawn from the same report model as the PDF and the preview (`report::Report`), dated today.
pub fn explain_text(loc: &Localizer, case: &Case, calc: &Calculation) -> String {
    let today = chrono::Local::now().date_naive();
    Report::build(case, calc, loc, today, env!("CARGO_PKG_VERSION")).to_text()
}
