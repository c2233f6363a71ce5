//! Any bytes as a teacher's exercise file: parsing never panics; an exercise that parses has a
//! key the engine can make (or a calculation error with a problem), and its own case can be
//! checked against it (a badly written narrative may cost points, never a panic).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use utmaling::domain::RateBook;
use utmaling::domain::exercise::parse_exercise;
use utmaling::domain::practice::check_exercise_answer;

fn book() -> &'static RateBook {
    static BOOK: OnceLock<RateBook> = OnceLock::new();
    BOOK.get_or_init(|| RateBook::embedded().expect("embedded rates"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(exercise) = parse_exercise("fuzz.ron", text) else { return };
    match exercise.key(book()) {
        Err(e) => assert!(!e.problems().is_empty(), "an error without a problem: {e}"),
        Ok(_) => {
            let feedback = check_exercise_answer(&exercise.case, &exercise, book()).expect("the key calculates");
            assert!(feedback.correct <= feedback.checked, "more right than checked");
        }
    }
});
