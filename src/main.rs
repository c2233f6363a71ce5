use std::process::ExitCode;

use clap::Parser;
use utmaling::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(command) => run(&cli, command),
        None => open_window(&cli),
    }
}

#[cfg(feature = "gui")]
fn open_window(cli: &Cli) -> ExitCode {
    utmaling::gui::run(cli)
}

#[cfg(not(feature = "gui"))]
fn open_window(_cli: &Cli) -> ExitCode {
    eprintln!("Dette programmet er bygd uten vindu (feature «gui»); bruk en underkommando, se --help.");
    ExitCode::FAILURE
}
