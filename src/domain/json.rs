//! The calculation as JSON (`utmaling calc --json`): amounts as decimal strings.

use serde_json::{Value, json};

use super::calc::{Calculation, Note, Warning};
use super::case::Case;
use super::date::iso;
use super::explain::{line_detail, line_label, line_source, note_text, person_name, warning_text};
use crate::i18n::{Lang, Localizer};

/// The stable code of a warning, as `calc --json` and `batch` print it.
pub fn warning_code(warning: &Warning) -> &'static str {
    match warning {
        Warning::NewerThanNewestSet { .. } => "newer_than_newest_rate_set",
        Warning::ChildNotAssessed { .. } => "child_needs_not_assessed",
        Warning::BarnetrygdShieldedByPolicy { .. } => "barnetrygd_shielded_before_2022_09_by_policy",
        Warning::ProfileFellBackToState { .. } => "profile_fell_back_to_state_rates",
        Warning::HousingAboveNorm { .. } => "housing_above_norm",
        Warning::ChildTurns18 { .. } => "child_turns_18",
        Warning::ChildBornDuringPeriod { .. } => "child_born_during_period",
    }
}

fn note_code(note: &Note) -> &'static str {
    match note {
        Note::BandChange { .. } => "band_change",
        Note::BarnetrygdCountedBeforeShield => "barnetrygd_counted_before_2022_09",
    }
}

/// The calculation as JSON. Its texts (labels, rule texts, warnings) are always bokmål, so
/// the output does not depend on anyone's language setting.
pub fn calculation_json(case: &Case, calc: &Calculation) -> Value {
    let loc = &Localizer::new(Lang::Nb);
    let rate_set_date = |i: usize| calc.rate_sets.get(i).map(|s| iso(s.effective));
    json!({
        "period": { "from": iso(calc.from), "to": iso(calc.to) },
        "profile": calc.profile.as_ref().map(|(id, _)| id),
        "outcome": calc.outcome.id(),
        "need": calc.need.to_plain_string(),
        "income_counted": calc.income_counted.to_plain_string(),
        "income_shielded": calc.income_shielded.to_plain_string(),
        "reductions": calc.reductions.to_plain_string(),
        "result": calc.result.to_plain_string(),
        "assistance": format!("{:.0}", calc.assistance.as_decimal()),
        "surplus": calc.surplus.to_plain_string(),
        "rate_sets": calc.rate_sets.iter().map(|s| json!({
            "effective": iso(s.effective),
            "rundskriv": s.rundskriv,
            "reference": s.reference(loc),
            "status": s.status.id(),
            "published": s.published,
            "profile": s.profile,
        })).collect::<Vec<_>>(),
        "months": calc.months.iter().map(|m| json!({
            "from": iso(m.from),
            "to": iso(m.to),
            "rate_set": rate_set_date(m.rate_set),
            "need": m.need.to_plain_string(),
            "income_counted": m.income_counted.to_plain_string(),
            "income_shielded": m.income_shielded.to_plain_string(),
            "reductions": m.reductions.to_plain_string(),
            "result": m.result.to_plain_string(),
        })).collect::<Vec<_>>(),
        "lines": calc.lines().map(|(m, l)| json!({
            "month": iso(m.from),
            "section": l.section.id(),
            "kind": l.kind,
            "person": l.person.map(|p| person_name(loc, case, p)),
            "amount": l.amount.to_plain_string(),
            "label": line_label(loc, case, l),
            "detail": line_detail(loc, case, l),
            "rule": l.rule.id(),
            "rule_text": loc.t(l.rule.key()),
            "source": line_source(loc, case, calc, l),
        })).collect::<Vec<_>>(),
        "warnings": calc.warnings.iter().map(|w| json!({
            "code": warning_code(w),
            "text": warning_text(loc, case, calc, w),
        })).collect::<Vec<_>>(),
        "notes": calc.notes.iter().map(|n| json!({
            "code": note_code(n),
            "text": note_text(loc, case, calc, n),
        })).collect::<Vec<_>>(),
    })
}
