//! The printable explanation of the T3 family: report model, Typst layout and PDF export.
//! `cargo bench --bench pdf`; figures are recorded in BENCHMARKS.md.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use utmaling::domain::report::Report;
use utmaling::domain::{RateBook, calculate, parse_case};
use utmaling::i18n::{Lang, Localizer};

const T3: &str = include_str!("../assets/examples/t3-par-med-barn.ron");

fn bench_pdf(c: &mut Criterion) {
    let book = RateBook::embedded().expect("embedded rates");
    let case = parse_case("t3-par-med-barn.ron", T3).expect("T3 parses");
    let calc = calculate(&case, &book).expect("T3 calculates");
    let loc = Localizer::new(Lang::Nb);
    let today = NaiveDate::from_ymd_opt(2024, 4, 2).expect("date");
    let report = Report::build(&case, &calc, &loc, today, "bench");
    c.bench_function("report_model_t3", |b| {
        b.iter(|| Report::build(black_box(&case), black_box(&calc), &loc, today, "bench"))
    });
    // Typst memoizes across compilations: a repeated print of the same case is "warm"; the
    // first print of a case (cache emptied before each run) is "cold".
    c.bench_function("pdf_t3_warm", |b| b.iter(|| utmaling::pdf::render_pdf(black_box(&report), today).expect("PDF")));
    c.bench_function("pdf_t3_cold", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            utmaling::pdf::render_pdf(black_box(&report), today).expect("PDF")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench_pdf
}
criterion_main!(benches);
