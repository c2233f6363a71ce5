//! Money: exact decimal kroner, Norwegian parsing and formatting, checked arithmetic.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The largest monthly amount a case line may hold. Anything above is a typing error
/// (ten million kroner a month is far beyond any household on social assistance).
pub const MAX_MONTHLY_AMOUNT: Money = Money(Decimal::from_parts(10_000_000, 0, 0, false, 0));

/// Non-breaking space, used between thousands groups.
pub const NBSP: char = '\u{a0}';
/// Narrow non-breaking space, which some programs paste as a group separator.
const NARROW_NBSP: char = '\u{202f}';
/// The typographic minus sign used when formatting negative amounts.
pub const MINUS: char = '\u{2212}';

/// An amount of Norwegian kroner, exact to the øre (never floating point).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

/// Why a text is not an amount, or why arithmetic on amounts failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    NotANumber(String),
    AmbiguousSeparators(String),
    BadGrouping(String),
    TooManyDecimals(String),
    TooLarge(String),
    Overflow,
}

impl MoneyError {
    /// The message in the localizer's language (`Display` gives bokmål).
    pub fn message(&self, loc: &crate::i18n::Localizer) -> String {
        match self {
            MoneyError::Empty => loc.t("problem-amount-empty"),
            MoneyError::NotANumber(text) => loc.t1("problem-amount-not-a-number", "text", text.as_str()),
            MoneyError::AmbiguousSeparators(text) => loc.t1("problem-amount-both-separators", "text", text.as_str()),
            MoneyError::BadGrouping(text) => loc.t1("problem-amount-bad-grouping", "text", text.as_str()),
            MoneyError::TooManyDecimals(text) => loc.t1("problem-amount-too-many-decimals", "text", text.as_str()),
            MoneyError::TooLarge(text) => loc.t1("problem-amount-text-too-large", "text", text.as_str()),
            MoneyError::Overflow => loc.t("problem-amount-overflow"),
        }
    }
}

impl std::fmt::Display for MoneyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::bokmal()))
    }
}

impl std::error::Error for MoneyError {}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Whole kroner.
    pub fn kroner(kr: i64) -> Money {
        Money(Decimal::from(kr))
    }

    /// Amount in øre (hundredths of a krone).
    pub fn from_ore(ore: i64) -> Money {
        Money(Decimal::new(ore, 2))
    }

    pub fn from_decimal(d: Decimal) -> Money {
        Money(d)
    }

    pub fn as_decimal(self) -> Decimal {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn is_positive(self) -> bool {
        self.0.is_sign_positive() && !self.0.is_zero()
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.0.checked_add(other.0).map(Money).ok_or(MoneyError::Overflow)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.0.checked_sub(other.0).map(Money).ok_or(MoneyError::Overflow)
    }

    /// `self × numerator / denominator`, rounded half up to whole øre.
    /// Used for pro rata shares (days of a month, share of residence).
    pub fn pro_rata(self, numerator: Decimal, denominator: Decimal) -> Result<Money, MoneyError> {
        if denominator.is_zero() {
            return Err(MoneyError::Overflow);
        }
        let product = self.0.checked_mul(numerator).ok_or(MoneyError::Overflow)?;
        let quotient = product.checked_div(denominator).ok_or(MoneyError::Overflow)?;
        Ok(Money(quotient).round_to_ore())
    }

    pub fn round_to_ore(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// Rounded to whole kroner, half up (away from zero), as the amount to pay is.
    pub fn round_to_kroner(self) -> Money {
        Money(self.0.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
    }

    pub fn max(self, other: Money) -> Money {
        if self >= other { self } else { other }
    }

    pub fn negate(self) -> Money {
        Money(-self.0)
    }

    pub fn abs(self) -> Money {
        Money(self.0.abs())
    }

    /// Sum of many amounts, checked.
    pub fn checked_sum<I: IntoIterator<Item = Money>>(items: I) -> Result<Money, MoneyError> {
        items.into_iter().try_fold(Money::ZERO, Money::checked_add)
    }

    /// Parse what a caseworker types: "12 345,50", "12345.50", "12 345", "12 345 kr",
    /// "-200" or "−200". Spaces (also NBSP) separate thousands; comma or point separate øre.
    pub fn parse(input: &str) -> Result<Money, MoneyError> {
        let original = input.trim();
        if original.is_empty() {
            return Err(MoneyError::Empty);
        }
        let mut text = original;
        for suffix in [",-", "kr.", "kr", "NOK"] {
            if let Some(stripped) = text.strip_suffix(suffix) {
                text = stripped.trim_end();
                break;
            }
        }
        let (negative, text) = match text.chars().next() {
            Some('-') | Some(MINUS) => (true, text[text.chars().next().map_or(0, char::len_utf8)..].trim_start()),
            _ => (false, text),
        };
        let bad = || MoneyError::NotANumber(original.to_string());
        if text.is_empty() {
            return Err(bad());
        }
        if text.contains(',') && text.contains('.') {
            return Err(MoneyError::AmbiguousSeparators(original.to_string()));
        }
        let (int_part, frac_part) = match text.find([',', '.']) {
            Some(pos) => (&text[..pos], Some(&text[pos + 1..])),
            None => (text, None),
        };
        let is_space = |c: char| c == ' ' || c == NBSP || c == NARROW_NBSP;
        let groups: Vec<&str> = int_part.split(is_space).collect();
        if groups.iter().any(|g| g.is_empty() && groups.len() > 1) {
            return Err(MoneyError::BadGrouping(original.to_string()));
        }
        if !groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit())) {
            return Err(bad());
        }
        if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
            return Err(MoneyError::BadGrouping(original.to_string()));
        }
        let digits: String = groups.concat();
        let frac = frac_part.unwrap_or("");
        if !frac.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        if digits.is_empty() && frac.is_empty() {
            return Err(bad());
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooManyDecimals(original.to_string()));
        }
        let digits = digits.trim_start_matches('0');
        // Anything with more than eight integer digits is above the ceiling; checking the
        // length first keeps Decimal from overflowing on absurd input such as 10^30.
        if digits.len() > 8 {
            return Err(MoneyError::TooLarge(original.to_string()));
        }
        let canonical =
            format!("{}.{}", if digits.is_empty() { "0" } else { digits }, if frac.is_empty() { "0" } else { frac });
        let value = Decimal::from_str(&canonical).map_err(|_| bad())?;
        let money = Money(if negative { -value } else { value });
        if money.abs() > MAX_MONTHLY_AMOUNT {
            return Err(MoneyError::TooLarge(original.to_string()));
        }
        Ok(money)
    }

    /// "12 345,50 kr" with NBSP between groups, decimal comma and U+2212 for minus.
    pub fn format(self) -> String {
        format!("{}{NBSP}kr", self.format_number())
    }

    /// "12 345,50" without the currency.
    pub fn format_number(self) -> String {
        self.format_with_decimals(2)
    }

    /// "16 550 kr": whole kroner (the value is rounded half up first).
    pub fn format_kroner(self) -> String {
        format!("{}{NBSP}kr", self.round_to_kroner().format_with_decimals(0))
    }

    fn format_with_decimals(self, decimals: u32) -> String {
        let rounded = self.0.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
        let negative = rounded.is_sign_negative() && !rounded.is_zero();
        let plain = format!("{:.*}", decimals as usize, rounded.abs());
        let (int_part, frac_part) = match plain.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (plain.as_str(), None),
        };
        let mut out = String::new();
        if negative {
            out.push(MINUS);
        }
        let len = int_part.len();
        for (i, c) in int_part.chars().enumerate() {
            if i > 0 && (len - i) % 3 == 0 {
                out.push(NBSP);
            }
            out.push(c);
        }
        if let Some(frac) = frac_part {
            out.push(',');
            out.push_str(frac);
        }
        out
    }

    /// Machine form for JSON and files: "16550.00" (always two decimals, ASCII minus).
    pub fn to_plain_string(self) -> String {
        format!("{:.2}", self.0)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format())
    }
}

impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Money::parse(s)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Written as in the case files: a plain string, whole kroner without decimals.
        let normalized = self.0.normalize();
        serializer.serialize_str(&normalized.to_string())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AmountVisitor;
        impl serde::de::Visitor<'_> for AmountVisitor {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount as a string, e.g. \"12345.50\" (numbers without quotes are not accepted)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Money, E> {
                Money::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(AmountVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_norwegian_forms() {
        let expected = Money::from_ore(1_234_550);
        for text in ["12 345,50", "12345.50", "12345,50", "12\u{a0}345,50", "12 345,50 kr", " 12345,5 "] {
            assert_eq!(Money::parse(text), Ok(expected), "{text}");
        }
        assert_eq!(Money::parse("12 345"), Ok(Money::kroner(12_345)));
        assert_eq!(Money::parse("−200"), Ok(Money::kroner(-200)));
        assert_eq!(Money::parse("-200,-"), Ok(Money::kroner(-200)));
        assert_eq!(Money::parse(",50"), Ok(Money::from_ore(50)));
        assert_eq!(Money::parse("10000000"), Ok(MAX_MONTHLY_AMOUNT));
    }

    #[test]
    fn rejects_garbage_with_its_reason() {
        assert_eq!(Money::parse(""), Err(MoneyError::Empty));
        assert!(matches!(Money::parse("abc"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(Money::parse("12.345,50"), Err(MoneyError::AmbiguousSeparators(_))));
        assert!(matches!(Money::parse("12 34"), Err(MoneyError::BadGrouping(_))));
        assert!(matches!(Money::parse("1,234"), Err(MoneyError::TooManyDecimals(_))));
        assert!(matches!(Money::parse("10000000.01"), Err(MoneyError::TooLarge(_))));
        assert!(matches!(Money::parse("1000000000000000000000000000000"), Err(MoneyError::TooLarge(_))));
        assert!(matches!(Money::parse("-"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(Money::parse("1e5"), Err(MoneyError::NotANumber(_))));
    }

    #[test]
    fn formats_with_nbsp_comma_and_minus() {
        assert_eq!(Money::from_ore(1_234_550).format(), "12\u{a0}345,50\u{a0}kr");
        assert_eq!(Money::kroner(-3450).format(), "\u{2212}3\u{a0}450,00\u{a0}kr");
        assert_eq!(Money::kroner(950).format(), "950,00\u{a0}kr");
        assert_eq!(Money::kroner(1_000_000).format_number(), "1\u{a0}000\u{a0}000,00");
        assert_eq!(Money::from_ore(1_655_050).format_kroner(), "16\u{a0}551\u{a0}kr");
        assert_eq!(Money::from_ore(-50).format_kroner(), "\u{2212}1\u{a0}kr");
    }

    #[test]
    fn rounds_half_up_and_checks_overflow() {
        assert_eq!(Money::from_ore(1050).round_to_kroner(), Money::kroner(11));
        assert_eq!(Money::from_ore(1049).round_to_kroner(), Money::kroner(10));
        let big = Money::from_decimal(Decimal::MAX);
        assert_eq!(big.checked_add(Money::kroner(1)), Err(MoneyError::Overflow));
        assert_eq!(Money::kroner(7850).pro_rata(Decimal::from(22), Decimal::from(31)), Ok(Money::from_ore(557_097)));
    }
}
