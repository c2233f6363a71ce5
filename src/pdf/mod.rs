//! The printable explanation as PDF, typeset in-process by Typst. The template
//! (`assets/report.typ`) reads the report model as JSON from a virtual file and lays it out; it
//! computes no figure and translates no word: both come ready from `domain::report::Report`.
//! The only font is the bundled Inter (the same as the window's); no system font and no
//! package is ever looked up. The PDF is tagged and checked against PDF/UA-1 by typst-pdf.

pub mod practice_summary;

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::domain::report::Report;
use crate::domain::whatif::CompareReport;

/// The layout of the explanation, in Typst markup.
pub const TEMPLATE: &str = include_str!("../../assets/report.typ");

/// The layout of the printed comparison of two scenarios (`domain::whatif::CompareReport`).
pub const COMPARE_TEMPLATE: &str = include_str!("../../assets/compare.typ");

static INTER_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
static INTER_BOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-Bold.otf");

/// The path every template reads its model from.
const MODEL_PATH: &str = "/report.json";
const MAIN_PATH: &str = "/report.typ";

/// What does not change between documents: the standard library and the fonts.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> =
        [INTER_REGULAR, INTER_BOLD].into_iter().flat_map(|data| Font::iter(Bytes::new(data))).collect();
    Shared { library: LazyHash::new(Library::default()), book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

fn file_id(path: &str) -> Option<FileId> {
    VirtualPath::new(path).ok().map(|vpath| RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// A Typst world with two files: the template and the model.
struct ReportWorld {
    main: FileId,
    model: Option<FileId>,
    source: Source,
    json: Bytes,
    today: NaiveDate,
}

impl ReportWorld {
    fn new(report: &Report, today: NaiveDate) -> Result<ReportWorld, String> {
        ReportWorld::with_template(TEMPLATE, report.to_json(), today)
    }

    /// A world for any template that reads its model from `/report.json`.
    fn with_template(template: &str, json: Vec<u8>, today: NaiveDate) -> Result<ReportWorld, String> {
        let main = file_id(MAIN_PATH).ok_or("ugyldig filsti for malen")?;
        Ok(ReportWorld {
            main,
            model: file_id(MODEL_PATH),
            source: Source::new(main, template.to_string()),
            json: Bytes::new(json),
            today,
        })
    }
}

impl World for ReportWorld {
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

/// The diagnostics in words, each with its line in the template when it has one.
fn describe(world: &ReportWorld, diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| {
            let mut text = d.message.to_string();
            if let Some(range) = world.range(d.span) {
                let line = world.source.text().get(..range.start).map_or(0, |t| t.lines().count());
                text = format!("report.typ:{line}: {text}");
            }
            for hint in &d.hints {
                text.push_str(" (");
                text.push_str(&hint.v);
                text.push(')');
            }
            text
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Typeset the report: the laid-out pages (for tests and the page count).
pub fn layout(report: &Report, today: NaiveDate) -> Result<PagedDocument, String> {
    let world = ReportWorld::new(report, today)?;
    typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| format!("PDF-malen feilet: {}", describe(&world, &errors)))
}

/// The report as a tagged PDF (PDF/UA-1). `today` is the document's creation date.
pub fn render_pdf(report: &Report, today: NaiveDate) -> Result<Vec<u8>, String> {
    render_world(&ReportWorld::new(report, today)?, today)
}

/// The printed comparison of two scenarios as a tagged PDF (PDF/UA-1).
pub fn render_compare_pdf(report: &CompareReport, today: NaiveDate) -> Result<Vec<u8>, String> {
    render_template(COMPARE_TEMPLATE, report.to_json(), today)
}

/// Any template that reads its model from `/report.json`, as a tagged PDF (PDF/UA-1).
fn render_template(template: &str, json: Vec<u8>, today: NaiveDate) -> Result<Vec<u8>, String> {
    render_world(&ReportWorld::with_template(template, json, today)?, today)
}

/// Number of pages the printed comparison takes.
pub fn compare_page_count(report: &CompareReport, today: NaiveDate) -> Result<usize, String> {
    let world = ReportWorld::with_template(COMPARE_TEMPLATE, report.to_json(), today)?;
    typst::compile::<PagedDocument>(&world)
        .output
        .map(|d| d.pages().len())
        .map_err(|errors| format!("PDF-malen feilet: {}", describe(&world, &errors)))
}

fn render_world(world: &ReportWorld, today: NaiveDate) -> Result<Vec<u8>, String> {
    let document = typst::compile::<PagedDocument>(world)
        .output
        .map_err(|errors| format!("PDF-malen feilet: {}", describe(world, &errors)))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| e.message().to_string())?;
    let timestamp = Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8).map(Timestamp::new_utc);
    let options = PdfOptions {
        creator: typst::foundations::Smart::Custom(Some(format!("utmaling {}", env!("CARGO_PKG_VERSION")))),
        timestamp,
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| format!("kunne ikke lage PDF: {}", describe(world, &errors)))
}

/// Number of pages the report takes.
pub fn page_count(report: &Report, today: NaiveDate) -> Result<usize, String> {
    layout(report, today).map(|d| d.pages().len())
}
