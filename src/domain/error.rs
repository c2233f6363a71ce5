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
        other => other.to_string(),
    }
}
