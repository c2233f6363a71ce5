//! Any bytes as a rate set or municipal profile file: parsing never panics; a file that parses
//! can be added to a copy of the embedded rate book.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use utmaling::domain::RateBook;
use utmaling::domain::rates::parse_rates_file;

fn book() -> &'static RateBook {
    static BOOK: OnceLock<RateBook> = OnceLock::new();
    BOOK.get_or_init(|| RateBook::embedded().expect("embedded rates"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match parse_rates_file("fuzz.ron", text) {
        Ok(parsed) => {
            let _ = book().clone().add_file(Path::new("fuzz.ron"), parsed);
        }
        Err(e) => assert!(e.position.is_some() || e.field.is_some(), "no place named: {e}"),
    }
});
