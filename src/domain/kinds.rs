//! The income and expense kinds a case may use, with NAV's codes. Their names are in the
//! translation files (`income-<code>`, `expense-<code>`, `need-<code>`).
//! NAV's codes (soknadsosialhjelp-filformat) are used where one exists; our own fill the gaps.

/// How an income is treated by the calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncomeTreatment {
    /// Counted as net income.
    Counted,
    /// Barnetrygd: shielded from 2022-09-01 by § 18 third paragraph; before, the profile's policy.
    Barnetrygd,
    /// Barnetrygd from another country: not covered by the shield; counted unless the office
    /// chooses to shield it and gives a reason.
    ForeignBarnetrygd,
    /// A child's own income from work in leisure time and holidays: always shielded.
    ChildWork,
}

/// An income kind. Its name is in the translation files under `income-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeKind {
    /// Code used in case files.
    pub code: &'static str,
    /// NAV's category code underneath (for import and familiarity).
    pub nav_code: &'static str,
    pub treatment: IncomeTreatment,
}

impl IncomeKind {
    /// The Fluent id of the kind's name: "income-<code>".
    pub fn key(&self) -> String {
        format!("income-{}", self.code)
    }
}

const fn income(code: &'static str, nav_code: &'static str, treatment: IncomeTreatment) -> IncomeKind {
    IncomeKind { code, nav_code, treatment }
}

use IncomeTreatment::{Barnetrygd, ChildWork, Counted, ForeignBarnetrygd};

pub const INCOME_KINDS: &[IncomeKind] = &[
    income("jobb", "jobb", Counted),
    income("sykepenger", "navytelse", Counted),
    income("dagpenger", "navytelse", Counted),
    income("aap", "navytelse", Counted),
    income("uforetrygd", "navytelse", Counted),
    income("alderspensjon", "navytelse", Counted),
    income("kvalifiseringsstonad", "navytelse", Counted),
    income("introduksjonsstonad", "navytelse", Counted),
    income("overgangsstonad", "navytelse", Counted),
    income("kontantstotte", "navytelse", Counted),
    income("navytelse", "navytelse", Counted),
    income("bostotte", "bostotte", Counted),
    income("husbanken", "husbanken", Counted),
    income("barnebidrag", "barnebidrag", Counted),
    income("studielanOgStipend", "studielanOgStipend", Counted),
    income("skatteetaten", "skatteetaten", Counted),
    income("sluttoppgjoer", "sluttoppgjoer", Counted),
    income("utbytte", "utbytte", Counted),
    income("salg", "salg", Counted),
    income("forsikring", "forsikring", Counted),
    income("annen", "annen", Counted),
    income("barnetrygd", "navytelse", Barnetrygd),
    income("barnetrygd_utland", "annen", ForeignBarnetrygd),
    income("barns_arbeidsinntekt", "jobb", ChildWork),
];

/// Which part of the need an expense belongs to; each has its own rule and explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExpenseGroup {
    Housing,
    Energy,
    Insurance,
    Children,
    Other,
}

/// An expense kind. Its name is in the translation files under `expense-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpenseKind {
    pub code: &'static str,
    pub nav_code: &'static str,
    pub group: ExpenseGroup,
    /// Accepted only by the caseworker's explicit choice with a reason (mortgage instalments).
    pub needs_reason: bool,
    /// The children's-needs checklist item this expense answers, if any.
    pub child_need: Option<ChildNeed>,
}

impl ExpenseKind {
    /// The Fluent id of the kind's name: "expense-<code>".
    pub fn key(&self) -> String {
        format!("expense-{}", self.code)
    }
}

const fn expense(
    code: &'static str,
    nav_code: &'static str,
    group: ExpenseGroup,
    child_need: Option<ChildNeed>,
) -> ExpenseKind {
    ExpenseKind { code, nav_code, group, needs_reason: false, child_need }
}

pub const EXPENSE_KINDS: &[ExpenseKind] = &[
    expense("husleie", "husleie", ExpenseGroup::Housing, None),
    expense("boliglanRenter", "boliglanRenter", ExpenseGroup::Housing, None),
    ExpenseKind {
        code: "boliglanAvdrag",
        nav_code: "boliglanAvdrag",
        group: ExpenseGroup::Housing,
        needs_reason: true,
        child_need: None,
    },
    expense("kommunalAvgift", "kommunalAvgift", ExpenseGroup::Housing, None),
    expense("felleskostnader", "annenBoutgift", ExpenseGroup::Housing, None),
    expense("annenBoutgift", "annenBoutgift", ExpenseGroup::Housing, None),
    expense("strom", "strom", ExpenseGroup::Energy, None),
    expense("oppvarming", "oppvarming", ExpenseGroup::Energy, None),
    expense("innboforsikring", "annenBoutgift", ExpenseGroup::Insurance, None),
    expense("barnehage", "barnehage", ExpenseGroup::Children, Some(ChildNeed::DaycareSfo)),
    expense("sfo", "sfo", ExpenseGroup::Children, Some(ChildNeed::DaycareSfo)),
    expense("barnFritidsaktiviteter", "barnFritidsaktiviteter", ExpenseGroup::Children, Some(ChildNeed::Leisure)),
    expense("barnTannregulering", "barnTannregulering", ExpenseGroup::Children, Some(ChildNeed::Health)),
    expense("annenBarneutgift", "annenBarneutgift", ExpenseGroup::Children, None),
    expense("barnebidrag", "barnebidrag", ExpenseGroup::Other, None),
    expense("annen", "annen", ExpenseGroup::Other, None),
];

/// The items of the children's-needs checklist (rules.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum ChildNeed {
    DaycareSfo,
    School,
    Leisure,
    ClothesEquipment,
    InternetPhone,
    Health,
    Contact,
}

impl ChildNeed {
    pub const ALL: [ChildNeed; 7] = [
        ChildNeed::DaycareSfo,
        ChildNeed::School,
        ChildNeed::Leisure,
        ChildNeed::ClothesEquipment,
        ChildNeed::InternetPhone,
        ChildNeed::Health,
        ChildNeed::Contact,
    ];

    /// The Fluent id of the item's name: "need-<code>".
    pub fn key(self) -> String {
        format!("need-{}", self.code())
    }

    /// The name in bokmål, for validation messages (which are bokmål only).
    pub fn name_nb(self) -> &'static str {
        match self {
            ChildNeed::DaycareSfo => "Barnehage/SFO",
            ChildNeed::School => "Skolesituasjon og skoleutstyr",
            ChildNeed::Leisure => "Fritidsaktiviteter",
            ChildNeed::ClothesEquipment => "Klær og utstyr (PC, telefon)",
            ChildNeed::InternetPhone => "Internett og mobilabonnement",
            ChildNeed::Health => "Helse og særlige behov",
            ChildNeed::Contact => "Samvær med den andre forelderen",
        }
    }

    /// Code used as the line kind when an amount is granted for this item.
    pub fn code(self) -> &'static str {
        match self {
            ChildNeed::DaycareSfo => "barn_barnehage_sfo",
            ChildNeed::School => "barn_skole",
            ChildNeed::Leisure => "barn_fritid",
            ChildNeed::ClothesEquipment => "barn_klaer_utstyr",
            ChildNeed::InternetPhone => "barn_internett_mobil",
            ChildNeed::Health => "barn_helse",
            ChildNeed::Contact => "barn_samvaer",
        }
    }
}

pub fn income_kind(code: &str) -> Option<&'static IncomeKind> {
    INCOME_KINDS.iter().find(|k| k.code == code)
}

pub fn expense_kind(code: &str) -> Option<&'static ExpenseKind> {
    EXPENSE_KINDS.iter().find(|k| k.code == code)
}

pub fn income_codes() -> String {
    INCOME_KINDS.iter().map(|k| k.code).collect::<Vec<_>>().join(", ")
}

pub fn expense_codes() -> String {
    EXPENSE_KINDS.iter().map(|k| k.code).collect::<Vec<_>>().join(", ")
}
