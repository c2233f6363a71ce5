//! The case file: one household's application, as typed by the caseworker (RON, `format: 1`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::date::{
    age_on, deserialize_date, deserialize_optional_date, format_date, serialize_date, serialize_optional_date,
};
use super::error::FileError;
use super::kinds::{ChildNeed, IncomeTreatment, expense_codes, expense_kind, income_codes, income_kind};
use super::money::{MAX_MONTHLY_AMOUNT, Money};
use crate::i18n::Localizer;

/// The case format version this program reads and writes.
pub const CASE_FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Case", deny_unknown_fields)]
pub struct Case {
    pub format: u32,
    /// Municipal profile id, or None for the state guideline rates.
    #[serde(default)]
    pub profile: Option<String>,
    pub period: Period,
    pub household: Household,
    #[serde(default)]
    pub incomes: Vec<Income>,
    #[serde(default)]
    pub expenses: Vec<Expense>,
    /// Reductions for breach of a § 20 condition; each needs a reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reductions: Vec<Reduction>,
    /// The caseworker's individual assessment (individuell vurdering).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assessment: String,
    /// Conditions (vilkår, § 20) and the activity duty (§ 20 a), as text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conditions: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(deserialize_with = "deserialize_date", serialize_with = "serialize_date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "deserialize_date", serialize_with = "serialize_date")]
    pub to: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Living {
    /// One adult alone (Enslige).
    Single,
    /// Married or cohabiting couple: one Ektepar/samboere amount for both.
    Couple,
    /// Sharing a dwelling with other adults without being a couple (Person i bofellesskap).
    SharedHousing,
}

impl Living {
    /// How many adults, from the first, get their rate from the living situation and need no
    /// `rate` of their own: the applicant, the couple, or every adult in a bofellesskap (where
    /// an adult may still be given the single rate). Validation and the form both use it.
    pub fn adults_rated_by_living(self) -> usize {
        match self {
            Living::Single => 1,
            Living::Couple => 2,
            Living::SharedHousing => usize::MAX,
        }
    }
}

/// The rate an extra adult gets (e.g. an adult child living with a couple).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AdultRate {
    Single,
    SharedHousing,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    pub living: Living,
    pub adults: Vec<Adult>,
    #[serde(default)]
    pub children: Vec<Child>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adult {
    pub name: String,
    #[serde(
        default,
        deserialize_with = "deserialize_optional_date",
        serialize_with = "serialize_optional_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub birth_date: Option<NaiveDate>,
    /// Only for adults beyond the single applicant or the couple: which rate they get.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<AdultRate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    pub name: String,
    #[serde(deserialize_with = "deserialize_date", serialize_with = "serialize_date")]
    pub birth_date: NaiveDate,
    /// Share of the month the child lives in the household (delt bosted, samvær), 0-100.
    #[serde(default = "full_share")]
    pub share_percent: u32,
    /// The caseworker's assessment of this child's needs (rules.md §5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<NeedAssessment>,
}

fn full_share() -> u32 {
    100
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedAssessment {
    pub need: ChildNeed,
    pub assessment: Assessment,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Assessment {
    /// Assessed: not relevant for this child.
    NotRelevant,
    /// Assessed: covered by the guideline rate.
    CoveredByRate,
    /// Granted this monthly amount on top of the rate.
    Granted(Money),
}

/// Where a figure came from (as NAV's application format records `kilde`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// Stated in the application.
    Application,
    /// Documented (payslip, invoice, contract).
    Documented,
    /// Entered by the caseworker.
    Caseworker,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Income {
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// Net monthly amount.
    pub amount: Money,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Only for `barnetrygd_utland`: the office's reason for keeping it outside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expense {
    pub kind: String,
    /// The child the expense is for (children's needs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<String>,
    /// Monthly amount applied for or documented.
    pub applied: Money,
    /// Monthly amount the caseworker accepts; None means the applied amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Money>,
    /// Why the accepted amount differs from the applied one (required then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Expense {
    pub fn accepted_amount(&self) -> Money {
        self.accepted.unwrap_or(self.applied)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reduction {
    /// Monthly reduction.
    pub amount: Money,
    pub reason: String,
}

/// Only the format number, read first so that a newer file is refused before its
/// unknown fields produce confusing messages.
#[derive(Deserialize)]
#[serde(rename = "Case")]
struct FormatProbe {
    format: u32,
}

/// The `format` number of a case file's text, if it can be read; used before overwriting a
/// file so that a file from a newer program is never rewritten in this program's format.
pub fn case_format_of(text: &str) -> Option<u32> {
    ron::from_str::<FormatProbe>(text).ok().map(|probe| probe.format)
}

/// Parse a case file's text. `file` names it in errors.
pub fn parse_case(file: &str, text: &str) -> Result<Case, FileError> {
    let newer = |format: u32| {
        FileError::at_field(
            file,
            "format",
            format!(
                "filen har format {format}, men dette programmet kan bare lese format {CASE_FORMAT}; oppdater programmet"
            ),
        )
    };
    // One parse for a good file; the format probe (a second parse) only when it fails, so
    // that a file from a newer program is named as such rather than by its unknown fields.
    let case: Case = match ron::from_str(text) {
        Ok(case) => case,
        Err(e) => {
            if let Ok(probe) = ron::from_str::<FormatProbe>(text)
                && probe.format > CASE_FORMAT
            {
                return Err(newer(probe.format));
            }
            return Err(FileError::from_ron_in(file, text, &e));
        }
    };
    if case.format > CASE_FORMAT {
        return Err(newer(case.format));
    }
    if case.format != CASE_FORMAT {
        return Err(FileError::at_field(
            file,
            "format",
            format!("forventet format {CASE_FORMAT}, fant {}", case.format),
        ));
    }
    Ok(case)
}

/// The case as RON text, ready to save.
pub fn case_to_ron(case: &Case) -> Result<String, String> {
    let pretty = ron::ser::PrettyConfig::new().struct_names(true);
    ron::ser::to_string_pretty(case, pretty).map(|s| s + "\n").map_err(|e| e.to_string())
}

/// A problem with a field of the case (after parsing): the field path and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

impl FieldProblem {
    fn new(field: impl Into<String>, message: impl Into<String>) -> FieldProblem {
        FieldProblem { field: field.into(), message: message.into() }
    }

    /// A problem for `field` whose message may start with "field: " (as `CalcError`'s do).
    pub fn without_prefix(field: &str, message: String) -> FieldProblem {
        let message = message.strip_prefix(&format!("{field}: ")).map(str::to_string).unwrap_or(message);
        FieldProblem { field: field.to_string(), message }
    }

    pub fn in_file(&self, file: &str) -> FileError {
        FileError::at_field(file, self.field.clone(), self.message.clone())
    }
}

impl std::fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// A field path such as `incomes[2]`, formatted only when a problem is reported: `validate`
/// runs on every keystroke and in batches, and most cases have no problems.
struct At(&'static str, usize);

impl std::fmt::Display for At {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// `household.children[child].needs[item]`, formatted only when needed.
struct NeedAt(usize, usize);

impl std::fmt::Display for NeedAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "household.children[{}].needs[{}]", self.0, self.1)
    }
}

fn check_amount(problems: &mut Vec<FieldProblem>, loc: &Localizer, field: impl FnOnce() -> String, amount: Money) {
    if amount.is_negative() {
        problems.push(FieldProblem::new(field(), loc.t("problem-amount-negative")));
    // A mantissa up to 10 000 000 is at most that many kroner at any scale: the common case
    // skips Decimal's comparison of different scales (~100 instructions, 13 per family case).
    } else if amount.as_decimal().mantissa() > 10_000_000 && amount > MAX_MONTHLY_AMOUNT {
        problems.push(FieldProblem::new(field(), loc.t("problem-amount-too-large")));
    }
}

/// Empty or only whitespace; stops at the first other character (unlike `trim`).
fn is_blank(text: &str) -> bool {
    match text.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii_graphic() => false,
        _ => text.chars().all(char::is_whitespace),
    }
}

fn blank(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(is_blank)
}

impl Case {
    /// Every person's name, adults first.
    pub fn person_names(&self) -> impl Iterator<Item = &str> {
        self.household
            .adults
            .iter()
            .map(|a| a.name.as_str())
            .chain(self.household.children.iter().map(|c| c.name.as_str()))
    }

    pub fn child_index(&self, name: &str) -> Option<usize> {
        self.household.children.iter().position(|c| c.name == name)
    }

    /// All problems that make the case impossible to calculate, each naming its field, in
    /// bokmål. Checks that need the rate book (dates before the oldest set) live in the calculation.
    pub fn validate(&self) -> Vec<FieldProblem> {
        self.validate_in(crate::i18n::bokmal())
    }

    /// As `validate`, with the messages in the localizer's language.
    pub fn validate_in(&self, loc: &Localizer) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let p = &mut problems;
        let h = &self.household;
        if self.period.to < self.period.from {
            p.push(FieldProblem::new(
                "period.to",
                loc.ta(
                    "problem-period-reversed",
                    &[("to", format_date(self.period.to).into()), ("from", format_date(self.period.from).into())],
                ),
            ));
        }
        if (self.period.to - self.period.from).num_days() > 366 * 5 {
            p.push(FieldProblem::new("period.to", loc.t("problem-period-too-long")));
        }
        match (h.living, h.adults.len()) {
            (_, 0) => p.push(FieldProblem::new("household.adults", loc.t("problem-no-adults"))),
            (Living::Couple, 1) => p.push(FieldProblem::new("household.adults", loc.t("problem-couple-needs-two"))),
            _ => {}
        }
        let main_adults = h.living.adults_rated_by_living();
        for (i, adult) in h.adults.iter().enumerate() {
            let field = At("household.adults", i);
            if is_blank(&adult.name) {
                p.push(FieldProblem::new(format!("{field}.name"), loc.t("problem-adult-name")));
            }
            if i >= main_adults && adult.rate.is_none() {
                p.push(FieldProblem::new(format!("{field}.rate"), loc.t("problem-adult-rate")));
            }
            // The applicant's or the couple's category comes from `living`; a rate here would be
            // ignored by the calculation, so it is refused rather than silently dropped.
            if i < main_adults && h.living != Living::SharedHousing && adult.rate.is_some() {
                p.push(FieldProblem::new(format!("{field}.rate"), loc.t("problem-adult-rate-not-used")));
            }
            if let Some(birth) = adult.birth_date
                && birth > self.period.from
            {
                p.push(FieldProblem::new(format!("{field}.birth_date"), loc.t("problem-adult-born-after")));
            }
        }
        for (i, child) in h.children.iter().enumerate() {
            let field = At("household.children", i);
            if is_blank(&child.name) {
                p.push(FieldProblem::new(format!("{field}.name"), loc.t("problem-child-name")));
            }
            if child.share_percent > 100 {
                p.push(FieldProblem::new(
                    format!("{field}.share_percent"),
                    loc.t1("problem-child-share", "share", child.share_percent.to_string()),
                ));
            }
            if child.birth_date > self.period.to {
                p.push(FieldProblem::new(
                    format!("{field}.birth_date"),
                    loc.t1("problem-child-born-after", "date", format_date(child.birth_date)),
                ));
            }
            if age_on(child.birth_date, self.period.from) >= 18 {
                p.push(FieldProblem::new(format!("{field}.birth_date"), loc.t("problem-child-adult")));
            }
            // The needs seen so far, one bit each (no allocation: this runs on every keystroke).
            let mut seen = 0u32;
            for (j, need) in child.needs.iter().enumerate() {
                let nfield = NeedAt(i, j);
                let bit = 1u32 << (need.need as u32);
                if seen & bit != 0 {
                    p.push(FieldProblem::new(
                        format!("{nfield}.need"),
                        loc.t1("problem-need-twice", "need", loc.t(&need.need.key())),
                    ));
                }
                seen |= bit;
                if let Assessment::Granted(amount) = need.assessment {
                    check_amount(p, loc, || format!("{nfield}.assessment"), amount);
                    let dup = self.expenses.iter().any(|e| {
                        e.child.as_deref() == Some(child.name.as_str())
                            && expense_kind(&e.kind).and_then(|k| k.child_need) == Some(need.need)
                    });
                    if dup {
                        p.push(FieldProblem::new(
                            format!("{nfield}.assessment"),
                            loc.ta(
                                "problem-need-also-expense",
                                &[("need", loc.t(&need.need.key()).into()), ("child", child.name.as_str().into())],
                            ),
                        ));
                    }
                }
            }
        }
        // Households are small: comparing with the names before is cheaper than a set.
        let known = |name: &str| !is_blank(name) && self.person_names().any(|n| n == name);
        for (k, name) in self.person_names().enumerate() {
            if !is_blank(name) && self.person_names().take(k).any(|n| n == name) {
                p.push(FieldProblem::new("household", loc.t1("problem-name-twice", "name", name)));
            }
        }
        for (i, income) in self.incomes.iter().enumerate() {
            let field = At("incomes", i);
            check_amount(p, loc, || format!("{field}.amount"), income.amount);
            let kind = income_kind(&income.kind);
            if kind.is_none() {
                p.push(FieldProblem::new(
                    format!("{field}.kind"),
                    loc.ta(
                        "problem-unknown-income-kind",
                        &[("kind", income.kind.as_str().into()), ("known", income_codes().into())],
                    ),
                ));
            }
            if let Some(person) = &income.person
                && !known(person)
            {
                p.push(FieldProblem::new(
                    format!("{field}.person"),
                    loc.t1("problem-unknown-person", "person", person.as_str()),
                ));
            }
            if let Some(kind) = kind {
                if kind.treatment == IncomeTreatment::ChildWork
                    && income.person.as_deref().and_then(|n| self.child_index(n)).is_none()
                {
                    p.push(FieldProblem::new(format!("{field}.person"), loc.t("problem-child-work-needs-child")));
                }
                if income.shield_reason.is_some() && kind.treatment != IncomeTreatment::ForeignBarnetrygd {
                    p.push(FieldProblem::new(format!("{field}.shield_reason"), loc.t("problem-shield-only-foreign")));
                }
                if kind.treatment == IncomeTreatment::ForeignBarnetrygd
                    && income.shield_reason.is_some()
                    && blank(&income.shield_reason)
                {
                    p.push(FieldProblem::new(format!("{field}.shield_reason"), loc.t("problem-reason-empty")));
                }
            }
        }
        for (i, expense) in self.expenses.iter().enumerate() {
            let field = At("expenses", i);
            check_amount(p, loc, || format!("{field}.applied"), expense.applied);
            if let Some(accepted) = expense.accepted {
                check_amount(p, loc, || format!("{field}.accepted"), accepted);
                if accepted != expense.applied && blank(&expense.reason) {
                    let message = if accepted > expense.applied {
                        loc.t("problem-accepted-above")
                    } else {
                        loc.t("problem-accepted-below")
                    };
                    p.push(FieldProblem::new(format!("{field}.reason"), message));
                }
            }
            match expense_kind(&expense.kind) {
                None => p.push(FieldProblem::new(
                    format!("{field}.kind"),
                    loc.ta(
                        "problem-unknown-expense-kind",
                        &[("kind", expense.kind.as_str().into()), ("known", expense_codes().into())],
                    ),
                )),
                Some(kind) => {
                    if kind.needs_reason && expense.accepted_amount().is_positive() && blank(&expense.reason) {
                        p.push(FieldProblem::new(format!("{field}.reason"), loc.t("problem-instalment-reason")));
                    }
                }
            }
            if let Some(child) = &expense.child
                && self.child_index(child).is_none()
            {
                p.push(FieldProblem::new(
                    format!("{field}.child"),
                    loc.t1("problem-not-a-child", "child", child.as_str()),
                ));
            }
        }
        for (i, reduction) in self.reductions.iter().enumerate() {
            check_amount(p, loc, || format!("reductions[{i}].amount"), reduction.amount);
            if is_blank(&reduction.reason) {
                p.push(FieldProblem::new(format!("reductions[{i}].reason"), loc.t("problem-reduction-reason")));
            }
        }
        problems
    }
}
