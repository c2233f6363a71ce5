//! The trainee's session summary as PDF: `assets/practice_summary.typ` lays out the worded
//! summary (`domain::progress::SummaryPrint`, passed as JSON). Same fonts, the same tagging and
//! PDF/UA-1 check as the explanation (see the parent module).

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::{SHARED, file_id};
use crate::domain::progress::SummaryPrint;

/// The layout of the session summary, in Typst markup.
pub const TEMPLATE: &str = include_str!("../../assets/practice_summary.typ");

const MODEL_PATH: &str = "/summary.json";
const MAIN_PATH: &str = "/practice_summary.typ";

struct SummaryWorld {
    main: FileId,
    model: Option<FileId>,
    source: Source,
    json: Bytes,
    today: NaiveDate,
}

impl World for SummaryWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main { Ok(self.source.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if Some(id) == self.model {
            Ok(self.json.clone())
        } else if id == self.main {
            Ok(Bytes::from_string(self.source.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.today.year(), self.today.month() as u8, self.today.day() as u8)
    }
}

fn describe(world: &SummaryWorld, diagnostics: &[typst::diag::SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| match world.range(d.span) {
            Some(range) => {
                let line = world.source.text().get(..range.start).map_or(0, |t| t.lines().count());
                format!("practice_summary.typ:{line}: {}", d.message)
            }
            None => d.message.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The session summary as a tagged PDF (PDF/UA-1). `today` is the document's creation date.
pub fn render_summary_pdf(summary: &SummaryPrint, today: NaiveDate) -> Result<Vec<u8>, String> {
    let main = file_id(MAIN_PATH).ok_or("ugyldig filsti for malen")?;
    let world = SummaryWorld {
        main,
        model: file_id(MODEL_PATH),
        source: Source::new(main, TEMPLATE.to_string()),
        json: Bytes::new(summary.to_json()),
        today,
    };
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| format!("PDF-malen feilet: {}", describe(&world, &errors)))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| e.message().to_string())?;
    let timestamp = Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8).map(Timestamp::new_utc);
    let options = PdfOptions {
        creator: typst::foundations::Smart::Custom(Some(format!("utmaling {}", env!("CARGO_PKG_VERSION")))),
        timestamp,
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| format!("kunne ikke lage PDF: {}", describe(&world, &errors)))
}
