//! Exercises for trainee mode (Øving): a narrative as a caseworker would read the application,
//! the facts as a case, and the rules the exercise drills. The answer key is never stored: it is
//! the engine's calculation of `case`, so an exercise cannot drift from the rules.

use serde::{Deserialize, Serialize};

use super::case::Case;

/// The exercise format version this program reads.
pub const EXERCISE_FORMAT: u32 = 1;

/// A rule from `rules.md` that an exercise drills. Progress is kept per rule, and a test maps
/// every rule to at least one shipped exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RuleTag {
    /// Enslige: one adult alone.
    RateSingle,
    /// Ektepar/samboere: one amount for the couple.
    RateCouple,
    /// Person i bofellesskap.
    RateSharedHousing,
    /// Couple versus bofellesskap: choosing the right category.
    CoupleVsSharedHousing,
    RateChild0to5,
    RateChild6to10,
    RateChild11to17,
    /// A child changes age band inside the period (band from the month after the birthday).
    AgeBandChange,
    /// Barnetrygd shielded from 1 Sep 2022 (§ 18 third paragraph).
    BarnetrygdShielded,
    /// Barnetrygd before 1 Sep 2022: counted or shielded by municipal choice.
    BarnetrygdBefore2022,
    /// Children's own work income in leisure time and holidays is shielded.
    ChildWorkIncomeShielded,
    KontantstotteCounted,
    BostotteCounted,
    /// The spouse's or cohabitant's income counts.
    SpouseIncomeCounted,
    /// Housing accepted below the amount applied for, with a reason.
    HousingAcceptedBelowApplied,
    /// Children's needs assessed and granted beyond the rate.
    ChildrenNeedsAssessed,
    /// Partial month: rates pro rata by calendar days.
    PartialMonth,
    /// A rate change inside the period (e.g. 1 July 2023).
    RateChangeJuly,
    /// Shared residence (delt bosted) or samvær: the child's rate pro rata.
    SharedResidence,
    /// Full assistance: no income.
    FullAssistance,
    /// Supplementary assistance: income below the need.
    SupplementaryAssistance,
    /// No entitlement: income above the need, surplus shown.
    NoEntitlementSurplus,
    /// An old case (e.g. 2009), with the rates then in force.
    OldCase,
    /// A reduction for breach of a § 20 condition.
    Reduction,
}

impl RuleTag {
    pub const ALL: [RuleTag; 24] = [
        RuleTag::RateSingle,
        RuleTag::RateCouple,
        RuleTag::RateSharedHousing,
        RuleTag::CoupleVsSharedHousing,
        RuleTag::RateChild0to5,
        RuleTag::RateChild6to10,
        RuleTag::RateChild11to17,
        RuleTag::AgeBandChange,
        RuleTag::BarnetrygdShielded,
        RuleTag::BarnetrygdBefore2022,
        RuleTag::ChildWorkIncomeShielded,
        RuleTag::KontantstotteCounted,
        RuleTag::BostotteCounted,
        RuleTag::SpouseIncomeCounted,
        RuleTag::HousingAcceptedBelowApplied,
        RuleTag::ChildrenNeedsAssessed,
        RuleTag::PartialMonth,
        RuleTag::RateChangeJuly,
        RuleTag::SharedResidence,
        RuleTag::FullAssistance,
        RuleTag::SupplementaryAssistance,
        RuleTag::NoEntitlementSurplus,
        RuleTag::OldCase,
        RuleTag::Reduction,
    ];
}

/// One exercise file (`assets/exercises/*.ron`, or the user's exercise folder).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Exercise", deny_unknown_fields)]
pub struct Exercise {
    pub format: u32,
    /// Stable id (the file stem for shipped exercises); progress is stored under it.
    pub id: String,
    /// Norwegian (bokmål) title.
    pub title: String,
    /// 1 (first steps) to 3 (hard).
    pub difficulty: u8,
    pub rules: Vec<RuleTag>,
    /// The application as a caseworker would read it, in Norwegian.
    pub narrative: String,
    /// The facts; the key is `calculate(&case, book)`.
    pub case: Case,
}
