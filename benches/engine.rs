//! Engine throughput and the batch: `cargo bench --no-default-features --bench engine`
//! (the domain core needs neither the window nor PDF, so no Typst in release).
//! Figures and the machine they ran on are recorded in BENCHMARKS.md.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use utmaling::batch::{Totals, calculate_many};
use utmaling::domain::generate::generate_cases;
use utmaling::domain::{RateBook, calculate, parse_case};

mod cases;
use cases::{FAMILY_ONE_MONTH, SINGLE_ONE_MONTH, TWELVE_MONTHS};

fn engine(c: &mut Criterion) {
    let book = match RateBook::embedded() {
        Ok(book) => book,
        Err(e) => panic!("embedded rates: {e}"),
    };
    let single = parse_case("single", SINGLE_ONE_MONTH).unwrap_or_else(|e| panic!("{e}"));
    let family = parse_case("family", FAMILY_ONE_MONTH).unwrap_or_else(|e| panic!("{e}"));
    let year = parse_case("twelve", TWELVE_MONTHS).unwrap_or_else(|e| panic!("{e}"));
    let mut group = c.benchmark_group("calculate");
    group.throughput(Throughput::Elements(1));
    group.bench_function("one_month_single", |b| b.iter(|| calculate(black_box(&single), black_box(&book))));
    group.bench_function("one_month_family_4_children_12_lines", |b| {
        b.iter(|| calculate(black_box(&family), black_box(&book)))
    });
    group.bench_function("twelve_months_two_rate_changes_band_change", |b| {
        b.iter(|| calculate(black_box(&year), black_box(&book)))
    });
    group.finish();
}

/// 100 000 generated cases (seed 1) in memory, calculated on 1 and 2 threads, with the
/// summary totals; reading and parsing files is measured separately (BENCHMARKS.md).
fn batch(c: &mut Criterion) {
    const COUNT: usize = 100_000;
    let book = RateBook::embedded().unwrap_or_else(|e| panic!("embedded rates: {e}"));
    let cases = generate_cases(1, COUNT);
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Elements(COUNT as u64));
    group.sample_size(10);
    for threads in [1, 2] {
        group.bench_function(format!("generated_100000_cases_{threads}_threads"), |b| {
            b.iter(|| {
                let results = calculate_many(black_box(&cases), &book, threads);
                let mut totals = Totals::default();
                results.iter().for_each(|r| totals.add(r));
                totals
            })
        });
    }
    group.finish();
}

criterion_group!(benches, engine, batch);
criterion_main!(benches);
