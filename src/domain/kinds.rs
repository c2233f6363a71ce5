//! The income and expense kinds a case may use, with Norwegian names and NAV's codes.
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeKind {
    /// Code used in case files.
    pub code: &'static str,
    pub name_nb: &'static str,
    /// NAV's category code underneath (for import and familiarity).
    pub nav_code: &'static str,
    pub treatment: IncomeTreatment,
}

const fn income(
    code: &'static str,
    name_nb: &'static str,
    nav_code: &'static str,
    treatment: IncomeTreatment,
) -> IncomeKind {
    IncomeKind { code, name_nb, nav_code, treatment }
}

use IncomeTreatment::{Barnetrygd, ChildWork, Counted, ForeignBarnetrygd};

pub const INCOME_KINDS: &[IncomeKind] = &[
    income("jobb", "Lønn (netto)", "jobb", Counted),
    income("sykepenger", "Sykepenger", "navytelse", Counted),
    income("dagpenger", "Dagpenger", "navytelse", Counted),
    income("aap", "Arbeidsavklaringspenger (AAP)", "navytelse", Counted),
    income("uforetrygd", "Uføretrygd", "navytelse", Counted),
    income("alderspensjon", "Alderspensjon", "navytelse", Counted),
    income("kvalifiseringsstonad", "Kvalifiseringsstønad", "navytelse", Counted),
    income("introduksjonsstonad", "Introduksjonsstønad", "navytelse", Counted),
    income("overgangsstonad", "Overgangsstønad", "navytelse", Counted),
    income("kontantstotte", "Kontantstøtte", "navytelse", Counted),
    income("navytelse", "Annen ytelse fra NAV", "navytelse", Counted),
    income("bostotte", "Bostøtte (Husbanken)", "bostotte", Counted),
    income("husbanken", "Annen utbetaling fra Husbanken", "husbanken", Counted),
    income("barnebidrag", "Barnebidrag (mottatt)", "barnebidrag", Counted),
    income("studielanOgStipend", "Studielån og stipend", "studielanOgStipend", Counted),
    income("skatteetaten", "Skatteoppgjør (tilbakebetalt skatt)", "skatteetaten", Counted),
    income("sluttoppgjoer", "Sluttoppgjør", "sluttoppgjoer", Counted),
    income("utbytte", "Utbytte", "utbytte", Counted),
    income("salg", "Salg av eiendeler", "salg", Counted),
    income("forsikring", "Forsikringsutbetaling", "forsikring", Counted),
    income("annen", "Annen inntekt", "annen", Counted),
    income("barnetrygd", "Barnetrygd (også utvidet og småbarnstillegg)", "navytelse", Barnetrygd),
    income("barnetrygd_utland", "Barnetrygd fra et annet land", "annen", ForeignBarnetrygd),
    income("barns_arbeidsinntekt", "Barns arbeidsinntekt (fritid og ferie)", "jobb", ChildWork),
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpenseKind {
    pub code: &'static str,
    pub name_nb: &'static str,
    pub nav_code: &'static str,
    pub group: ExpenseGroup,
    /// Accepted only by the caseworker's explicit choice with a reason (mortgage instalments).
    pub needs_reason: bool,
    /// The children's-needs checklist item this expense answers, if any.
    pub child_need: Option<ChildNeed>,
}

const fn expense(
    code: &'static str,
    name_nb: &'static str,
    nav_code: &'static str,
    group: ExpenseGroup,
    child_need: Option<ChildNeed>,
) -> ExpenseKind {
    ExpenseKind { code, name_nb, nav_code, group, needs_reason: false, child_need }
}

pub const EXPENSE_KINDS: &[ExpenseKind] = &[
    expense("husleie", "Husleie", "husleie", ExpenseGroup::Housing, None),
    expense("boliglanRenter", "Renter på boliglån", "boliglanRenter", ExpenseGroup::Housing, None),
    ExpenseKind {
        code: "boliglanAvdrag",
        name_nb: "Avdrag på boliglån",
        nav_code: "boliglanAvdrag",
        group: ExpenseGroup::Housing,
        needs_reason: true,
        child_need: None,
    },
    expense("kommunalAvgift", "Kommunale avgifter", "kommunalAvgift", ExpenseGroup::Housing, None),
    expense("felleskostnader", "Felleskostnader", "annenBoutgift", ExpenseGroup::Housing, None),
    expense("annenBoutgift", "Annen boutgift", "annenBoutgift", ExpenseGroup::Housing, None),
    expense("strom", "Strøm", "strom", ExpenseGroup::Energy, None),
    expense("oppvarming", "Oppvarming", "oppvarming", ExpenseGroup::Energy, None),
    expense("innboforsikring", "Innbo- og husforsikring", "annenBoutgift", ExpenseGroup::Insurance, None),
    expense("barnehage", "Barnehage", "barnehage", ExpenseGroup::Children, Some(ChildNeed::DaycareSfo)),
    expense("sfo", "SFO/AKS", "sfo", ExpenseGroup::Children, Some(ChildNeed::DaycareSfo)),
    expense(
        "barnFritidsaktiviteter",
        "Barns fritidsaktiviteter",
        "barnFritidsaktiviteter",
        ExpenseGroup::Children,
        Some(ChildNeed::Leisure),
    ),
    expense(
        "barnTannregulering",
        "Tannregulering",
        "barnTannregulering",
        ExpenseGroup::Children,
        Some(ChildNeed::Health),
    ),
    expense("annenBarneutgift", "Annen utgift til barn", "annenBarneutgift", ExpenseGroup::Children, None),
    expense("barnebidrag", "Barnebidrag (betalt)", "barnebidrag", ExpenseGroup::Other, None),
    expense("annen", "Annen nødvendig utgift", "annen", ExpenseGroup::Other, None),
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
