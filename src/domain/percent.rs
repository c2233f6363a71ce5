//! Percentages as a caseworker types them: a child's share of the month in the household.

/// Why a text is not a share from 0 to 100 %.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PercentError {
    #[error("andelen er tom; skriv et helt tall fra 0 til 100, for eksempel «50»")]
    Empty,
    #[error("«{0}» er ikke en andel; skriv et helt tall fra 0 til 100, for eksempel «50»")]
    NotANumber(String),
    #[error("«{0}» har desimaler; skriv andelen som et helt tall fra 0 til 100")]
    Fraction(String),
    #[error("andelen må være mellom 0 og 100 %, fant «{0}»")]
    OutOfRange(String),
}

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
