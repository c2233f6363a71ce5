//! utmaling: measure out økonomisk stønad (sosialtjenesteloven § 18) by the guideline rates in
//! force on each date, and explain every line.

pub mod batch;
pub mod cli;
pub mod domain;
#[cfg(feature = "gui")]
pub mod gui;
pub mod i18n;
pub mod logging;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod recovery;
pub mod storage;
