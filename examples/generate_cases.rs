//! Write realistic random cases (domain::generate, deterministic from the seed) for batch
//! measurements: one RON list file on stdout, or one case file each in a folder.
//!
//! ```sh
//! cargo run --release --no-default-features --example generate_cases -- --count 100000 > /tmp/cases.ron
//! cargo run --release --no-default-features --example generate_cases -- --count 10000 --dir /tmp/cases
//! ```

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use utmaling::domain::case::case_to_ron;
use utmaling::domain::generate::generate_cases;

fn main() -> ExitCode {
    let mut seed = 1u64;
    let mut count = 1000usize;
    let mut dir: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value) {
            ("--seed", Some(v)) if v.parse::<u64>().is_ok() => seed = v.parse().unwrap_or(1),
            ("--count", Some(v)) if v.parse::<usize>().is_ok() => count = v.parse().unwrap_or(1000),
            ("--dir", Some(v)) => dir = Some(PathBuf::from(v)),
            _ => {
                eprintln!("bruk: generate_cases [--seed N] [--count N] [--dir MAPPE]");
                return ExitCode::FAILURE;
            }
        }
    }
    let cases = generate_cases(seed, count);
    let texts = cases.iter().map(case_to_ron).collect::<Result<Vec<_>, _>>();
    let texts = match texts {
        Ok(texts) => texts,
        Err(e) => {
            eprintln!("feil: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match dir {
        Some(dir) => std::fs::create_dir_all(&dir).and_then(|()| {
            let width = count.to_string().len();
            texts
                .iter()
                .enumerate()
                .try_for_each(|(i, text)| std::fs::write(dir.join(format!("sak-{i:0width$}.ron")), text))
        }),
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            (|| {
                writeln!(out, "// {count} generated cases, seed {seed} (examples/generate_cases.rs)\n[")?;
                for text in &texts {
                    writeln!(out, "{},", text.trim_end())?;
                }
                writeln!(out, "]")?;
                out.flush()
            })()
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("feil: {e}");
            ExitCode::FAILURE
        }
    }
}
