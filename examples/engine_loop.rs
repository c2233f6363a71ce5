//! The engine benchmark's cases in a plain loop, for figures criterion does not give: CPU time
//! per calculation (from /proc, so time the process spent waiting for a core on a busy
//! machine is left out) and, under callgrind, instructions per calculation (independent of
//! the machine's load).
//!
//! ```sh
//! cargo build --release --no-default-features --example engine_loop
//! target/release/examples/engine_loop family 2000000        # wall and CPU time per calculation
//! target/release/examples/engine_loop batch 100000 2        # 100 000 generated cases, 2 threads
//! valgrind --tool=callgrind target/release/examples/engine_loop family 20000   # minus `family 0`
//! ```

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use utmaling::batch::{Totals, calculate_many};
use utmaling::domain::generate::generate_cases;
use utmaling::domain::{RateBook, calculate, parse_case};

#[path = "../benches/cases/mod.rs"]
mod cases;

/// CPU time (user + system) of this process so far, in seconds, from /proc/self/stat
/// (clock ticks of 10 ms: use runs of a second or more).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name (which is in parentheses and may hold spaces).
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks: f64 = [11, 12].iter().filter_map(|&i| fields.get(i)?.parse::<f64>().ok()).sum();
    ticks / 100.0
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let which = args.first().map_or("family", String::as_str);
    let count: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let book = match RateBook::embedded() {
        Ok(book) => book,
        Err(e) => {
            eprintln!("embedded rates: {e}");
            return ExitCode::FAILURE;
        }
    };
    if which == "batch" {
        let threads: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(2);
        let cases = generate_cases(1, count);
        for _ in 0..5 {
            let (cpu, wall) = (cpu_seconds(), Instant::now());
            let results = calculate_many(black_box(&cases), &book, threads);
            let mut totals = Totals::default();
            results.iter().for_each(|r| totals.add(r));
            let (wall, cpu) = (wall.elapsed().as_secs_f64(), cpu_seconds() - cpu);
            println!(
                "batch {count} cases, {threads} threads: {:.1} ms wall, {:.0} ms CPU; {}",
                wall * 1e3,
                cpu * 1e3,
                totals.summary_json()
            );
        }
        return ExitCode::SUCCESS;
    }
    let text = match which {
        "single" => cases::SINGLE_ONE_MONTH,
        "family" => cases::FAMILY_ONE_MONTH,
        "twelve" => cases::TWELVE_MONTHS,
        other => {
            eprintln!("unknown case {other}: single, family, twelve or batch");
            return ExitCode::FAILURE;
        }
    };
    let case = match parse_case(which, text) {
        Ok(case) => case,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    for _ in 0..count {
        if calculate(black_box(&case), black_box(&book)).is_err() {
            return ExitCode::FAILURE;
        }
    }
    let (wall, cpu) = (wall.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    if count > 0 {
        println!(
            "{which}: {count} calculations, {:.3} µs wall and {:.3} µs CPU each ({:.0} per second of CPU)",
            wall * 1e6 / count as f64,
            cpu * 1e6 / count as f64,
            count as f64 / cpu.max(1e-9)
        );
    }
    ExitCode::SUCCESS
}
