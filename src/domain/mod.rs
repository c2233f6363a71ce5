//! The domain core: money, dates, rate sets, the case, the calculation and its explanation.
//! Nothing here knows about windows, fonts or PDF; `cargo check --no-default-features` proves it.

pub mod calc;
pub mod case;
pub mod chart_data;
pub mod date;
pub mod error;
pub mod exercise;
pub mod exercise_gen;
pub mod explain;
pub mod generate;
pub mod json;
pub mod kinds;
pub mod money;
pub mod percent;
pub mod practice;
pub mod progress;
pub mod rates;
pub mod report;
pub mod rule_evidence;
pub mod whatif;

pub use calc::{CalcError, Calculation, Outcome, calculate};
pub use case::{Case, parse_case};
pub use error::FileError;
pub use money::Money;
pub use rates::RateBook;
