//! Calendar dates: ISO in files, dd.mm.åååå on screen and paper.

use chrono::{Datelike, NaiveDate};
use serde::{Deserializer, Serializer};

use crate::i18n::Localizer;

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    Malformed(String),
    NoSuchDay(String),
}

impl DateError {
    /// The message in the localizer's language (`Display` gives bokmål).
    pub fn message(&self, loc: &Localizer) -> String {
        match self {
            DateError::Empty => loc.t("problem-date-empty"),
            DateError::Malformed(text) => loc.t1("problem-date-malformed", "text", text.as_str()),
            DateError::NoSuchDay(text) => loc.t1("problem-date-no-such-day", "text", text.as_str()),
        }
    }
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::bokmal()))
    }
}

impl std::error::Error for DateError {}

/// Parse "2024-03-14" (files) or "14.03.2024" (what a caseworker types).
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let malformed = || DateError::Malformed(text.to_string());
    let parts: Vec<&str> = if text.contains('-') {
        text.split('-').collect()
    } else {
        let mut p: Vec<&str> = text.split('.').collect();
        p.reverse();
        p
    };
    // parts is now [year, month, day]
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
        return Err(malformed());
    }
    if parts[0].len() != 4 || parts[1].len() > 2 || parts[2].len() > 2 {
        return Err(malformed());
    }
    let year: i32 = parts[0].parse().map_err(|_| malformed())?;
    let month: u32 = parts[1].parse().map_err(|_| malformed())?;
    let day: u32 = parts[2].parse().map_err(|_| malformed())?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| DateError::NoSuchDay(text.to_string()))
}

/// "14.03.2024".
pub fn format_date(date: NaiveDate) -> String {
    format!("{:02}.{:02}.{:04}", date.day(), date.month(), date.year())
}

/// The months in bokmål, as a narrative or a letter writes them ("mars").
pub const MONTH_NAMES_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// The month's name in bokmål ("mars").
pub fn month_name_nb(date: NaiveDate) -> &'static str {
    MONTH_NAMES_NB[date.month0() as usize]
}

/// "1. mars 2024", as an application or an exercise writes a date.
pub fn long_date_nb(date: NaiveDate) -> String {
    format!("{}. {} {}", date.day(), month_name_nb(date), date.year())
}

/// "2024-03-14".
pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The Fluent id of a month's name, 1 = January: "month-1" … "month-12".
pub fn month_key(month: u32) -> String {
    format!("month-{month}")
}

/// "mars 2024" in bokmål, "March 2024" in English.
pub fn month_name(loc: &Localizer, date: NaiveDate) -> String {
    format!("{} {}", loc.t(&month_key(date.month())), date.year())
}

/// First day of the month `date` is in.
pub fn month_start(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// Last day of the month `date` is in.
pub fn month_end(date: NaiveDate) -> NaiveDate {
    let next = next_month_start(date);
    next.pred_opt().unwrap_or(date)
}

/// First day of the month after `date`'s month (saturates at chrono's last date).
pub fn next_month_start(date: NaiveDate) -> NaiveDate {
    let (y, m) = if date.month() == 12 { (date.year() + 1, 1) } else { (date.year(), date.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MAX)
}

pub fn days_in_month(date: NaiveDate) -> i64 {
    (month_end(date) - month_start(date)).num_days() + 1
}

/// Whole years of age on `on`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

pub(crate) fn deserialize_date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    struct DateVisitor;
    impl serde::de::Visitor<'_> for DateVisitor {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date as a string \"YYYY-MM-DD\"")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NaiveDate, E> {
            parse_date(v).map_err(E::custom)
        }
    }
    d.deserialize_str(DateVisitor)
}

/// An optional date written either plainly ("1990-05-14") or as `Some("1990-05-14")` / `None`.
pub(crate) fn deserialize_optional_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    struct OptionalDateVisitor;
    impl<'de> serde::de::Visitor<'de> for OptionalDateVisitor {
        type Value = Option<NaiveDate>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date as a string \"YYYY-MM-DD\", or None")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            parse_date(v).map(Some).map_err(E::custom)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            deserialize_date(d).map(Some)
        }
    }
    d.deserialize_any(OptionalDateVisitor)
}

pub(crate) fn serialize_date<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&iso(*date))
}

pub(crate) fn serialize_optional_date<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.serialize_str(&iso(*d)),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn parses_both_forms_and_rejects_others() {
        assert_eq!(parse_date("2024-03-14"), Ok(d(2024, 3, 14)));
        assert_eq!(parse_date("14.03.2024"), Ok(d(2024, 3, 14)));
        assert_eq!(parse_date("1.3.2024"), Ok(d(2024, 3, 1)));
        assert_eq!(parse_date(""), Err(DateError::Empty));
        assert!(matches!(parse_date("2024-02-30"), Err(DateError::NoSuchDay(_))));
        assert!(matches!(parse_date("14/03/2024"), Err(DateError::Malformed(_))));
        assert!(matches!(parse_date("14.03.24"), Err(DateError::Malformed(_))));
        assert!(matches!(parse_date("+2024-03-14"), Err(DateError::Malformed(_))));
    }

    #[test]
    fn months_and_ages() {
        assert_eq!(days_in_month(d(2024, 2, 10)), 29);
        assert_eq!(month_end(d(2023, 12, 5)), d(2023, 12, 31));
        assert_eq!(next_month_start(d(2023, 12, 5)), d(2024, 1, 1));
        assert_eq!(age_on(d(2019, 3, 14), d(2025, 3, 1)), 5);
        assert_eq!(age_on(d(2019, 3, 14), d(2025, 4, 1)), 6);
        assert_eq!(age_on(d(2019, 3, 1), d(2025, 3, 1)), 6);
        assert_eq!(format_date(d(2024, 3, 1)), "01.03.2024");
        assert_eq!(month_name(&Localizer::new(crate::i18n::Lang::Nb), d(2024, 3, 1)), "mars 2024");
        assert_eq!(month_name(&Localizer::new(crate::i18n::Lang::En), d(2024, 3, 1)), "March 2024");
    }
}
