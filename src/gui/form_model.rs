//! The case form as typed: every field kept as text so nothing the caseworker types is lost,
//! converted to a domain `Case` with one problem per field. No egui here.

use std::collections::BTreeMap;

use crate::domain::case::{
    Adult, AdultRate, Assessment, CASE_FORMAT, Case, Child, Expense, FieldProblem, Household, Income, Living,
    NeedAssessment, Origin, Period, Reduction,
};
use crate::domain::date::{format_date, parse_date};
use crate::domain::kinds::ChildNeed;
use crate::domain::money::Money;
use crate::i18n::Localizer;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AdultForm {
    pub name: String,
    pub birth_date: String,
    pub rate: Option<AdultRate>,
}

/// How one item of a child's needs checklist is assessed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NeedState {
    #[default]
    NotAssessed,
    NotRelevant,
    CoveredByRate,
    Granted,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NeedForm {
    pub state: NeedState,
    pub amount: String,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildForm {
    pub name: String,
    pub birth_date: String,
    pub share_percent: String,
    /// One entry per `ChildNeed::ALL` item, in that order.
    pub needs: Vec<NeedForm>,
}

impl Default for ChildForm {
    fn default() -> Self {
        ChildForm {
            name: String::new(),
            birth_date: String::new(),
            share_percent: "100".into(),
            needs: vec![NeedForm::default(); ChildNeed::ALL.len()],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomeForm {
    pub kind: String,
    pub person: Option<String>,
    pub amount: String,
    pub origin: Option<Origin>,
    pub note: String,
    pub shield_reason: String,
}

impl Default for IncomeForm {
    fn default() -> Self {
        IncomeForm {
            kind: "jobb".into(),
            person: None,
            amount: String::new(),
            origin: None,
            note: String::new(),
            shield_reason: String::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpenseForm {
    pub kind: String,
    pub child: Option<String>,
    pub applied: String,
    /// Empty means "as applied".
    pub accepted: String,
    pub reason: String,
    pub origin: Option<Origin>,
    pub note: String,
}

impl Default for ExpenseForm {
    fn default() -> Self {
        ExpenseForm {
            kind: "husleie".into(),
            child: None,
            applied: String::new(),
            accepted: String::new(),
            reason: String::new(),
            origin: None,
            note: String::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReductionForm {
    pub amount: String,
    pub reason: String,
}

/// The whole form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseForm {
    pub profile: Option<String>,
    pub period_from: String,
    pub period_to: String,
    pub living: Living,
    pub adults: Vec<AdultForm>,
    pub children: Vec<ChildForm>,
    pub incomes: Vec<IncomeForm>,
    pub expenses: Vec<ExpenseForm>,
    pub reductions: Vec<ReductionForm>,
    pub assessment: String,
    pub conditions: String,
}

impl Default for CaseForm {
    fn default() -> Self {
        CaseForm {
            profile: None,
            period_from: String::new(),
            period_to: String::new(),
            living: Living::Single,
            adults: vec![AdultForm::default()],
            children: Vec::new(),
            incomes: Vec::new(),
            expenses: Vec::new(),
            reductions: Vec::new(),
            assessment: String::new(),
            conditions: String::new(),
        }
    }
}

/// Problems keyed by field path (`incomes[0].amount`), as the domain names them.
pub type Problems = BTreeMap<String, String>;

fn amount(problems: &mut Problems, loc: &Localizer, field: String, text: &str) -> Option<Money> {
    match Money::parse(text) {
        Ok(m) => Some(m),
        Err(e) => {
            problems.insert(field, e.message(loc));
            None
        }
    }
}

fn date(problems: &mut Problems, loc: &Localizer, field: String, text: &str) -> Option<chrono::NaiveDate> {
    match parse_date(text) {
        Ok(d) => Some(d),
        Err(e) => {
            problems.insert(field, e.message(loc));
            None
        }
    }
}

fn optional(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The case numbers a child's needs by the assessed items only; the form by `ChildNeed::ALL`.
/// Translate `household.children[c].needs[j]...` so a problem shows next to the right row.
fn form_field_path(case: &Case, field: &str) -> String {
    let Some(rest) = field.strip_prefix("household.children[") else { return field.to_string() };
    let Some((child, rest)) = rest.split_once("].needs[") else { return field.to_string() };
    let Some((item, tail)) = rest.split_once(']') else { return field.to_string() };
    let (Ok(c), Ok(j)) = (child.parse::<usize>(), item.parse::<usize>()) else { return field.to_string() };
    let need = case.household.children.get(c).and_then(|ch| ch.needs.get(j)).map(|n| n.need);
    match need.and_then(|n| ChildNeed::ALL.iter().position(|x| *x == n)) {
        Some(row) => format!("household.children[{c}].needs[{row}]{tail}"),
        None => field.to_string(),
    }
}

impl CaseForm {
    /// A new case for the current month.
    pub fn new_for_month(today: chrono::NaiveDate) -> CaseForm {
        let first = crate::domain::date::month_start(today);
        let last = crate::domain::date::month_end(today);
        CaseForm { period_from: format_date(first), period_to: format_date(last), ..CaseForm::default() }
    }

    /// Parse the form into a case. Every problem is reported against its field; the case is
    /// returned only when every field could be read (logical checks come from `Case::validate`).
    /// Messages in bokmål; the window uses `to_case_in` with the user's language.
    pub fn to_case(&self) -> (Option<Case>, Problems) {
        self.to_case_in(crate::i18n::bokmal())
    }

    /// As `to_case`, with the problems in the localizer's language.
    pub fn to_case_in(&self, loc: &Localizer) -> (Option<Case>, Problems) {
        let mut p = Problems::new();
        let from = date(&mut p, loc, "period.from".into(), &self.period_from);
        let to = date(&mut p, loc, "period.to".into(), &self.period_to);
        let adults: Vec<Adult> = self
            .adults
            .iter()
            .enumerate()
            .map(|(i, a)| Adult {
                name: a.name.trim().to_string(),
                birth_date: if a.birth_date.trim().is_empty() {
                    None
                } else {
                    date(&mut p, loc, format!("household.adults[{i}].birth_date"), &a.birth_date)
                },
                // A rate left over from another living situation, hidden in the form, is not
                // part of the case (validation would refuse it for the applicant or couple).
                rate: if i < self.living.adults_rated_by_living() && self.living != Living::SharedHousing {
                    None
                } else {
                    a.rate
                },
            })
            .collect();
        let mut children = Vec::new();
        for (i, c) in self.children.iter().enumerate() {
            let birth = date(&mut p, loc, format!("household.children[{i}].birth_date"), &c.birth_date);
            let share = match crate::domain::percent::parse_percent(&c.share_percent) {
                Ok(v) => Some(v),
                Err(e) => {
                    p.insert(format!("household.children[{i}].share_percent"), e.message(loc));
                    None
                }
            };
            let mut needs = Vec::new();
            for (j, (need, form)) in ChildNeed::ALL.iter().zip(&c.needs).enumerate() {
                let assessment = match form.state {
                    NeedState::NotAssessed => continue,
                    NeedState::NotRelevant => Assessment::NotRelevant,
                    NeedState::CoveredByRate => Assessment::CoveredByRate,
                    NeedState::Granted => {
                        match amount(&mut p, loc, format!("household.children[{i}].needs[{j}].amount"), &form.amount) {
                            Some(m) => Assessment::Granted(m),
                            None => continue,
                        }
                    }
                };
                needs.push(NeedAssessment { need: *need, assessment, note: form.note.trim().to_string() });
            }
            if let (Some(birth_date), Some(share_percent)) = (birth, share) {
                children.push(Child { name: c.name.trim().to_string(), birth_date, share_percent, needs });
            }
        }
        let incomes: Vec<Income> = self
            .incomes
            .iter()
            .enumerate()
            .filter_map(|(i, inc)| {
                let amount = amount(&mut p, loc, format!("incomes[{i}].amount"), &inc.amount)?;
                Some(Income {
                    kind: inc.kind.clone(),
                    person: inc.person.clone(),
                    amount,
                    origin: inc.origin,
                    note: optional(&inc.note),
                    shield_reason: optional(&inc.shield_reason),
                })
            })
            .collect();
        let expenses: Vec<Expense> = self
            .expenses
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let applied = amount(&mut p, loc, format!("expenses[{i}].applied"), &e.applied)?;
                let accepted = if e.accepted.trim().is_empty() {
                    None
                } else {
                    Some(amount(&mut p, loc, format!("expenses[{i}].accepted"), &e.accepted)?)
                };
                Some(Expense {
                    kind: e.kind.clone(),
                    child: e.child.clone(),
                    applied,
                    accepted,
                    reason: optional(&e.reason),
                    origin: e.origin,
                    note: optional(&e.note),
                })
            })
            .collect();
        let reductions: Vec<Reduction> = self
            .reductions
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let amount = amount(&mut p, loc, format!("reductions[{i}].amount"), &r.amount)?;
                Some(Reduction { amount, reason: r.reason.trim().to_string() })
            })
            .collect();
        let (Some(from), Some(to)) = (from, to) else { return (None, p) };
        if !p.is_empty() {
            return (None, p);
        }
        let case = Case {
            format: CASE_FORMAT,
            profile: self.profile.clone(),
            period: Period { from, to },
            household: Household { living: self.living, adults, children },
            incomes,
            expenses,
            reductions,
            assessment: self.assessment.trim().to_string(),
            conditions: self.conditions.trim().to_string(),
        };
        for FieldProblem { field, message } in case.validate_in(loc) {
            p.entry(form_field_path(&case, &field)).or_insert(message);
        }
        (Some(case), p)
    }

    /// The form showing a loaded case.
    pub fn from_case(case: &Case) -> CaseForm {
        let money = |m: Money| m.format_number().replace(",00", "");
        CaseForm {
            profile: case.profile.clone(),
            period_from: format_date(case.period.from),
            period_to: format_date(case.period.to),
            living: case.household.living,
            adults: case
                .household
                .adults
                .iter()
                .map(|a| AdultForm {
                    name: a.name.clone(),
                    birth_date: a.birth_date.map(format_date).unwrap_or_default(),
                    rate: a.rate,
                })
                .collect(),
            children: case
                .household
                .children
                .iter()
                .map(|c| ChildForm {
                    name: c.name.clone(),
                    birth_date: format_date(c.birth_date),
                    share_percent: c.share_percent.to_string(),
                    needs: ChildNeed::ALL
                        .iter()
                        .map(|need| match c.needs.iter().find(|n| n.need == *need) {
                            None => NeedForm::default(),
                            Some(n) => {
                                let (state, amount) = match n.assessment {
                                    Assessment::NotRelevant => (NeedState::NotRelevant, String::new()),
                                    Assessment::CoveredByRate => (NeedState::CoveredByRate, String::new()),
                                    Assessment::Granted(m) => (NeedState::Granted, money(m)),
                                };
                                NeedForm { state, amount, note: n.note.clone() }
                            }
                        })
                        .collect(),
                })
                .collect(),
            incomes: case
                .incomes
                .iter()
                .map(|i| IncomeForm {
                    kind: i.kind.clone(),
                    person: i.person.clone(),
                    amount: money(i.amount),
                    origin: i.origin,
                    note: i.note.clone().unwrap_or_default(),
                    shield_reason: i.shield_reason.clone().unwrap_or_default(),
                })
                .collect(),
            expenses: case
                .expenses
                .iter()
                .map(|e| ExpenseForm {
                    kind: e.kind.clone(),
                    child: e.child.clone(),
                    applied: money(e.applied),
                    accepted: e.accepted.map(money).unwrap_or_default(),
                    reason: e.reason.clone().unwrap_or_default(),
                    origin: e.origin,
                    note: e.note.clone().unwrap_or_default(),
                })
                .collect(),
            reductions: case
                .reductions
                .iter()
                .map(|r| ReductionForm { amount: money(r.amount), reason: r.reason.clone() })
                .collect(),
            assessment: case.assessment.clone(),
            conditions: case.conditions.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_example_round_trips_through_the_form() {
        for entry in std::fs::read_dir("assets/examples").into_iter().flatten().flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "ron") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let case = crate::domain::parse_case("example", &text).unwrap_or_else(|e| panic!("{e}"));
            let (back, problems) = CaseForm::from_case(&case).to_case();
            assert!(problems.is_empty(), "{}: {problems:?}", path.display());
            assert_eq!(back.as_ref(), Some(&case), "{}", path.display());
        }
    }

    #[test]
    fn a_checklist_problem_is_reported_against_the_form_row() {
        let text = std::fs::read_to_string("assets/examples/m1-flere-maneder-satsendring.ron").unwrap_or_default();
        let mut case = crate::domain::parse_case("m1", &text).unwrap_or_else(|e| panic!("{e}"));
        // Granted in the checklist and also as an expense for the same child and item: refused.
        case.expenses.push(Expense {
            kind: "sfo".into(),
            child: Some("Sofie".into()),
            applied: Money::kroner(100),
            accepted: None,
            reason: None,
            origin: None,
            note: None,
        });
        let (_, problems) = CaseForm::from_case(&case).to_case();
        // DaycareSfo is the first checklist row (index 0 in ChildNeed::ALL) and the first assessed item.
        assert!(problems.contains_key("household.children[0].needs[0].assessment"), "{problems:?}");
        // Leisure is the second assessed item but the third row of the form.
        assert_eq!(
            form_field_path(&case, "household.children[0].needs[1].note"),
            "household.children[0].needs[2].note"
        );
    }

    #[test]
    fn a_bad_amount_is_reported_against_its_field() {
        let mut form = CaseForm::new_for_month(chrono::NaiveDate::from_ymd_opt(2024, 3, 5).unwrap_or_default());
        form.adults[0].name = "Kari".into();
        form.incomes.push(IncomeForm { amount: "12x".into(), ..IncomeForm::default() });
        let (case, problems) = form.to_case();
        assert!(case.is_none());
        assert!(problems["incomes[0].amount"].contains("er ikke et beløp"), "{problems:?}");
    }
}
