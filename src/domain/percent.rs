//! Percentages as a caseworker types them: a child's share of the month in the household.

/// Why a text is not a share from 0 to 100 %.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentError {
    Empty,
    NotANumber(String),
    Fraction(String),
    OutOfRange(String),
}

impl PercentError {
    /// The message in the localizer's language (`Display` gives bokmål).
    pub fn message(&self, loc: &crate::i18n::Localizer) -> String {
        match self {
            PercentError::Empty => loc.t("problem-share-empty"),
            PercentError::NotANumber(text) => loc.t1("problem-share-not-a-number", "text", text.as_str()),
            PercentError::Fraction(text) => loc.t1("problem-share-fraction", "text", text.as_str()),
            PercentError::OutOfRange(text) => loc.t1("problem-share-out-of-range", "text", text.as_str()),
        }
    }
}

impl std::fmt::Display for PercentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::bokmal()))
    }
}

impl std::error::Error for PercentError {}

/// Parse "100", "50 %", "50%" into a whole percentage from 0 to 100.
pub fn parse_percent(input: &str) -> Result<u32, PercentError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(PercentError::Empty);
    }
    let number = text.strip_suffix('%').unwrap_or(text).trim_end();
    let digits = number.strip_prefix(['-', '\u{2212}']).unwrap_or(number);
    if digits.is_empty() {
        return Err(PercentError::NotANumber(text.to_string()));
    }
    if digits.contains([',', '.']) && digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return Err(PercentError::Fraction(text.to_string()));
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(PercentError::NotANumber(text.to_string()));
    }
    if digits.len() != number.len() {
        return Err(PercentError::OutOfRange(text.to_string())); // negative
    }
    match digits.parse::<u32>() {
        Ok(value) if value <= 100 => Ok(value),
        _ => Err(PercentError::OutOfRange(text.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_percentages_from_0_to_100() {
        assert_eq!(parse_percent("100"), Ok(100));
        assert_eq!(parse_percent(" 50 % "), Ok(50));
        assert_eq!(parse_percent("0%"), Ok(0));
        assert_eq!(parse_percent("007"), Ok(7));
        assert_eq!(parse_percent(""), Err(PercentError::Empty));
        assert_eq!(parse_percent("%"), Err(PercentError::NotANumber("%".into())));
        assert_eq!(parse_percent("halv"), Err(PercentError::NotANumber("halv".into())));
        assert_eq!(parse_percent("50,5"), Err(PercentError::Fraction("50,5".into())));
        assert_eq!(parse_percent("101"), Err(PercentError::OutOfRange("101".into())));
        assert_eq!(parse_percent("-5"), Err(PercentError::OutOfRange("-5".into())));
        assert_eq!(parse_percent("99999999999999999999"), Err(PercentError::OutOfRange("99999999999999999999".into())));
    }
}
