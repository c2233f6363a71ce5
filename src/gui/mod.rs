//! The desktop window. For now a read-only viewer: it shows the rate sets in use and, when a
//! case file is given on the command line, that case's explanation. The full case form is
//! built on top of this in the GUI issue.

use std::process::ExitCode;

use eframe::egui;

use crate::cli::{Cli, load_rate_book, read_case};
use crate::domain::explain::explain_text;
use crate::domain::{RateBook, calculate};

struct ViewerApp {
    title: String,
    body: String,
}

impl ViewerApp {
    fn new(
        book: &RateBook,
        user_errors: &[crate::domain::FileError],
        case_path: Option<&std::path::Path>,
    ) -> ViewerApp {
        let newest = book.newest_state_set().map_or_else(String::new, |s| s.source_label());
        let mut body = format!("{} statlige satssett er lastet. Nyeste: {newest}.\n", book.state_sets().len());
        for error in user_errors {
            body.push_str(&format!("Advarsel: {error}\n"));
        }
        let mut title = "utmaling".to_string();
        if let Some(path) = case_path {
            title = format!(
                "{} — utmaling",
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
            );
            body.push('\n');
            match read_case(path) {
                Err(e) => body.push_str(&format!("Kan ikke åpne saken: {e}\n")),
                Ok(case) => match calculate(&case, book) {
                    Ok(calc) => body.push_str(&explain_text(&case, &calc)),
                    Err(e) => {
                        for p in e.problems() {
                            body.push_str(&format!("Feil: {}: {}\n", p.field, p.message));
                        }
                    }
                },
            }
        } else {
            body.push_str("\nÅpne en sak ved å starte programmet med filen: utmaling SAK.ron\n");
        }
        ViewerApp { title, body }
    }
}

impl eframe::App for ViewerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Beregning av økonomisk stønad");
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add(egui::Label::new(egui::RichText::new(&self.body).monospace()).selectable(true));
            });
        });
    }
}

/// Open the window; returns when it is closed.
pub fn run(cli: &Cli) -> ExitCode {
    let (book, user_errors) = match load_rate_book(cli.user_rates_dir().as_deref()) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("feil i innebygde satser: {e}");
            return ExitCode::FAILURE;
        }
    };
    let app = ViewerApp::new(&book, &user_errors, cli.case.as_deref());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title(app.title.clone()).with_inner_size([900.0, 700.0]),
        ..Default::default()
    };
    match eframe::run_native("utmaling", options, Box::new(|_cc| Ok(Box::new(app)))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kan ikke åpne vinduet: {e}");
            ExitCode::FAILURE
        }
    }
}
