//! Any text as an amount: parsing never panics; an amount that parses is within the ceiling
//! and reads back the same from the way the program shows it and the way it saves it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use utmaling::domain::Money;
use utmaling::domain::money::MAX_MONTHLY_AMOUNT;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Money::parse(text) {
        Ok(amount) => {
            assert!(amount.abs() <= MAX_MONTHLY_AMOUNT, "{text:?} gave {amount:?}");
            assert_eq!(Money::parse(&amount.format_number()), Ok(amount), "shown as {}", amount.format_number());
            assert_eq!(Money::parse(&amount.to_plain_string()), Ok(amount));
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
