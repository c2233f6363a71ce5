//! The trainee's session summary as PDF: `assets/practice_summary.typ` lays out the worded
//! summary (`domain::progress::SummaryPrint`, passed as JSON). Same fonts, the same tagging and
//! PDF/UA-1 check as the explanation (see the parent module).

use chrono::NaiveDate;

use crate::domain::progress::SummaryPrint;

/// The layout of the session summary, in Typst markup.
pub const TEMPLATE: &str = include_str!("../../assets/practice_summary.typ");

/// The session summary as a tagged PDF (PDF/UA-1). `today` is the document's creation date.
pub fn render_summary_pdf(summary: &SummaryPrint, today: NaiveDate) -> Result<Vec<u8>, String> {
    super::render_template(TEMPLATE, summary.to_json(), today)
}
