use std::process::ExitCode;

use clap::Parser;
use utmaling::cli::{Cli, run};

fn main() -> ExitCode {
    utmaling::logging::init();
    let cli = Cli::parse();
    match &cli.command {
        Some(command) => run(&cli, command),
        None => open_window(&cli),
    }
}

#[cfg(feature = "gui")]
fn open_window(cli: &Cli) -> ExitCode {
    // Before the window opens: a panic writes the unsaved case to the recovery file.
    if let Some(store) = utmaling::recovery::RecoveryStore::from_env() {
        utmaling::recovery::install_panic_hook(store);
    }
    utmaling::gui::run(cli)
}

#[cfg(not(feature = "gui"))]
fn open_window(_cli: &Cli) -> ExitCode {
    eprintln!("Dette programmet er bygd uten vindu (feature «gui»); bruk en underkommando, se --help.");
    ExitCode::FAILURE
}
