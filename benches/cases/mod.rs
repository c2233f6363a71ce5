//! The cases the engine benchmark calculates, shared by benches/engine.rs and
//! examples/engine_loop.rs (which counts instructions and CPU time per calculation).
#![allow(dead_code)]

/// A one-month single adult with rent, electricity and one income.
pub const SINGLE_ONE_MONTH: &str = r#"Case(
    format: 1,
    period: (from: "2024-03-01", to: "2024-03-31"),
    household: (living: Single, adults: [(name: "Kari")]),
    incomes: [(kind: "aap", person: Some("Kari"), amount: "12000")],
    expenses: [(kind: "husleie", applied: "9000"), (kind: "strom", applied: "900")],
)"#;

/// A one-month family: couple, four children in all three bands, 12 income and expense lines.
pub const FAMILY_ONE_MONTH: &str = r#"Case(
    format: 1,
    period: (from: "2024-03-01", to: "2024-03-31"),
    household: (
        living: Couple,
        adults: [(name: "Kari"), (name: "Ola")],
        children: [
            (name: "Emma", birth_date: "2020-03-14", needs: [(need: Leisure, assessment: CoveredByRate)]),
            (name: "Noah", birth_date: "2016-08-30", share_percent: 60),
            (name: "Ida", birth_date: "2012-01-02"),
            (name: "Jon", birth_date: "2009-05-05"),
        ],
    ),
    incomes: [
        (kind: "jobb", person: Some("Kari"), amount: "18000"),
        (kind: "aap", person: Some("Ola"), amount: "9000"),
        (kind: "barnetrygd", amount: "6040"),
        (kind: "barns_arbeidsinntekt", person: Some("Jon"), amount: "1500"),
        (kind: "bostotte", amount: "1200"),
    ],
    expenses: [
        (kind: "husleie", applied: "14500", accepted: Some("13000"), reason: Some("Over normen")),
        (kind: "strom", applied: "1400"),
        (kind: "innboforsikring", applied: "190"),
        (kind: "kommunalAvgift", applied: "600"),
        (kind: "barnehage", child: Some("Emma"), applied: "1500"),
        (kind: "sfo", child: Some("Noah"), applied: "1900"),
        (kind: "barnFritidsaktiviteter", child: Some("Ida"), applied: "450"),
    ],
)"#;

/// Twelve months over two rate changes (2023-07-01 and 2024-01-01) with a band change
/// (Emma turns 6 on 14 October 2023).
pub const TWELVE_MONTHS: &str = r#"Case(
    format: 1,
    period: (from: "2023-03-01", to: "2024-02-29"),
    household: (
        living: Single,
        adults: [(name: "Lina")],
        children: [(name: "Emma", birth_date: "2017-10-14", needs: [(need: School, assessment: CoveredByRate)])],
    ),
    incomes: [
        (kind: "overgangsstonad", person: Some("Lina"), amount: "14200"),
        (kind: "barnetrygd", amount: "1766"),
    ],
    expenses: [
        (kind: "husleie", applied: "11000"),
        (kind: "strom", applied: "900"),
    ],
)"#;
