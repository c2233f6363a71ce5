//! Errors that name their place: a file with line and column, or a field path.

use std::fmt;

/// A problem in a file (case, rate set, profile) or in one of its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// File name as the user knows it ("case.ron", "rates/2024-01-01.ron").
    pub file: String,
    /// 1-based line and column, when the problem is at a known position.
    pub position: Option<(usize, usize)>,
    /// Field path such as `household.children[1].share_percent`, when known.
    pub field: Option<String>,
    pub message: String,
}

impl FileError {
    pub fn at_field(file: &str, field: impl Into<String>, message: impl Into<String>) -> FileError {
        FileError { file: file.to_string(), position: None, field: Some(field.into()), message: message.into() }
    }

    pub fn whole_file(file: &str, message: impl Into<String>) -> FileError {
        FileError { file: file.to_string(), position: None, field: None, message: message.into() }
    }

    /// A file that could not be read as text: not found, no permission, or not UTF-8.
    pub fn unreadable(file: &str, error: &std::io::Error) -> FileError {
        let message = if error.kind() == std::io::ErrorKind::InvalidData {
            "filen er ikke UTF-8-tekst; lagre den som UTF-8 og prøv igjen".to_string()
        } else {
            format!("kan ikke lese filen: {error}")
        };
        FileError::whole_file(file, message)
    }

    /// Wrap a RON parse error, keeping its line:col and saying in Norwegian what was expected.
    pub fn from_ron(file: &str, error: &ron::error::SpannedError) -> FileError {
        let start = error.span.start;
        FileError {
            file: file.to_string(),
            position: Some((start.line, start.col)),
            field: None,
            message: ron_message(&error.code),
        }
    }
}

impl FileError {
    /// [`FileError::from_ron`], also naming the field whose value is wrong when the error points
    /// at a value (`amount` in `amount: 8000.5`). `text` is the text that was parsed.
    pub fn from_ron_in(file: &str, text: &str, error: &ron::error::SpannedError) -> FileError {
        let mut result = FileError::from_ron(file, error);
        result.field = field_before(text, error.span.start.line, error.span.start.col);
        result
    }
}

/// The field name written just before 1-based `line:col` (in characters), as in `name: value`.
fn field_before(text: &str, line: usize, col: usize) -> Option<String> {
    let line_start = if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2).map(|(at, _)| at + 1)? };
    let rest = text.get(line_start..)?;
    let offset = line_start + rest.char_indices().nth(col.checked_sub(1)?).map_or(rest.len(), |(at, _)| at);
    // ron points at the value, or just inside it: after an opening quote, a sign or `Some(`.
    let mut before = text.get(..offset)?.trim_end();
    for prefix in ["\"", "-", "+", "Some("] {
        before = before.strip_suffix(prefix).unwrap_or(before).trim_end();
    }
    let before = before.strip_suffix(':')?.trim_end();
    let name_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_')
        .last()
        .map(|(at, _)| at)?;
    let name = &before[name_start..];
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_').then(|| name.to_string())
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.position {
            write!(f, ":{line}:{col}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for FileError {}

/// The common RON errors in Norwegian; the rest keep ron's own (English) wording.
fn ron_message(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("feltet `{field}` mangler i `{outer}`"),
            None => format!("feltet `{field}` mangler"),
        },
        E::NoSuchStructField { expected, found, .. } => {
            format!("ukjent felt `{found}`; kjente felt er: {}", expected.join(", "))
        }
        E::DuplicateStructField { field, .. } => format!("feltet `{field}` står to ganger"),
        E::NoSuchEnumVariant { expected, found, .. } => {
            format!("ukjent verdi `{found}`; gyldige verdier er: {}", expected.join(", "))
        }
        E::InvalidValueForType { expected, found } => format!("forventet {expected}, fant {found}"),
        E::Message(message) => message.clone(),
        E::ExpectedDifferentStructName { expected, found } => {
            format!("forventet `{expected}(...)`, fant `{found}(...)`")
        }
        E::Eof => "filen slutter for tidlig; mangler en avsluttende parentes?".to_string(),
        E::ExpectedString => {
            "forventet tekst i anførselstegn; beløp og datoer skrives som tekst, for eksempel \"12000\" og \"2024-03-01\""
                .to_string()
        }
        E::ExpectedInteger => "forventet et helt tall uten anførselstegn, for eksempel 100".to_string(),
        E::IntegerOutOfBounds => "tallet er utenfor det som er lov her (negativt eller altfor stort)".to_string(),
        E::InvalidIntegerDigit { digit, .. } => format!("«{digit}» hører ikke hjemme i et helt tall"),
        E::ExpectedBoolean => "forventet true eller false".to_string(),
        E::ExpectedOption => "forventet Some(...) eller None, for eksempel Some(\"Kari\")".to_string(),
        E::ExpectedArray => "forventet en liste i hakeparenteser: [...]".to_string(),
        E::ExpectedArrayEnd => "forventet `]` som avslutter listen, eller et komma før neste element".to_string(),
        E::ExpectedComma => "forventet et komma mellom feltene".to_string(),
        E::ExpectedStructLike => "forventet en gruppe i parenteser: (...)".to_string(),
        E::ExpectedNamedStructLike(name) => format!("forventet `{name}(...)`"),
        E::ExpectedStructLikeEnd => "forventet `)` som avslutter gruppen, eller et komma før neste felt".to_string(),
        E::ExpectedStructName(name) => format!("forventet navnet `{name}` foran parentesen"),
        E::ExpectedMapColon => "forventet `:` mellom feltnavn og verdi".to_string(),
        E::ExpectedStringEnd => "teksten mangler avsluttende anførselstegn".to_string(),
        E::ExpectedIdentifier => "forventet et feltnavn eller en verdi, for eksempel `living: Single`".to_string(),
        E::ExpectedUnit => "forventet ()".to_string(),
        E::ExpectedFloat | E::FloatUnderscore => "forventet et tall".to_string(),
        E::ExpectedDifferentLength { expected, found } => format!("forventet {expected}, fant {found} elementer"),
        E::InvalidEscape(what) => format!("ugyldig tegnsekvens med \\ i teksten: {what}"),
        E::UnexpectedChar(c) => format!("tegnet «{c}» hører ikke hjemme her"),
        E::TrailingCharacters => "uventet tekst etter slutten; står det noe etter siste parentes?".to_string(),
        E::UnclosedBlockComment => "kommentaren /* ... */ er ikke avsluttet".to_string(),
        E::UnclosedLineComment => "kommentaren er ikke avsluttet med linjeskift".to_string(),
        E::Utf8Error(_) => "filen er ikke gyldig UTF-8-tekst".to_string(),
        E::ExceededRecursionLimit => "filen har for mange parenteser inni hverandre".to_string(),
        E::InvalidIdentifier(name) | E::SuggestRawIdentifier(name) => format!("ugyldig navn «{name}»"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::field_before;

    #[test]
    fn names_the_field_written_before_a_value() {
        let text = "Case(\n    amount: 8000.5,\n  navn: \"Søker\", x: Some(\"ø\"), n: -5)";
        assert_eq!(field_before(text, 2, 13), Some("amount".into()), "at the value");
        assert_eq!(field_before(text, 2, 12), Some("amount".into()), "at the space before it");
        assert_eq!(field_before(text, 3, 10), Some("navn".into()), "just inside the quotes");
        assert_eq!(field_before(text, 3, 26), Some("x".into()), "inside Some(\"");
        assert_eq!(field_before(text, 3, 36), Some("n".into()), "after a minus sign");
        assert_eq!(field_before(text, 2, 5), None, "at a field name, not a value");
        assert_eq!(field_before(text, 1, 1), None);
        assert_eq!(field_before(text, 9, 1), None, "no such line");
        assert_eq!(field_before(text, 2, 0), None, "columns start at 1");
        assert_eq!(field_before("1: 2", 1, 4), None, "a name starts with a letter");
        assert_eq!(field_before("(a: 1)", 1, 500), None, "past the end of the line");
    }
}
