//! A trainee's answer, as any case file and any typed amounts, checked against each shipped
//! exercise: the feedback engine never panics, whatever the trainee typed.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use utmaling::domain::exercise::ExerciseLibrary;
use utmaling::domain::practice::{check_exercise_answer, check_hand, hand_sheet};
use utmaling::domain::{RateBook, calculate, parse_case};

fn book() -> &'static RateBook {
    static BOOK: OnceLock<RateBook> = OnceLock::new();
    BOOK.get_or_init(|| RateBook::embedded().expect("embedded rates"))
}

fn library() -> &'static ExerciseLibrary {
    static LIBRARY: OnceLock<ExerciseLibrary> = OnceLock::new();
    LIBRARY.get_or_init(ExerciseLibrary::embedded)
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let exercises = &library().exercises;
    let exercise = &exercises[usize::from(pick) % exercises.len()];
    let Ok(text) = std::str::from_utf8(rest) else { return };
    // The same text as typed amounts, one per line, for "Regn selv".
    let answers: Vec<String> = text.lines().map(str::to_string).collect();
    let key = calculate(&exercise.case, book()).expect("shipped exercises calculate");
    for month in 0..key.months.len() {
        if let Some(sheet) = hand_sheet(&key, month) {
            let _ = check_hand(&sheet, &exercise.case, &key, book(), &answers);
        }
    }
    if let Ok(answer) = parse_case("fuzz.ron", text) {
        let _ = check_exercise_answer(&answer, exercise, book());
    }
});
