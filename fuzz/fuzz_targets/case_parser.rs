//! Any bytes as a case file: parsing never panics; a case that parses can be validated,
//! calculated on the embedded rates and written back to the same case.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use utmaling::domain::case::case_to_ron;
use utmaling::domain::{RateBook, calculate, parse_case};

fn book() -> &'static RateBook {
    static BOOK: OnceLock<RateBook> = OnceLock::new();
    BOOK.get_or_init(|| RateBook::embedded().expect("embedded rates"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(case) = parse_case("fuzz.ron", text) else { return };
    let _ = case.validate();
    if let Err(e) = calculate(&case, book()) {
        assert!(!e.problems().is_empty(), "an error without a problem: {e}");
    }
    let written = case_to_ron(&case).expect("a parsed case can be written");
    assert_eq!(parse_case("written.ron", &written).as_ref(), Ok(&case), "round trip of:\n{written}");
});
