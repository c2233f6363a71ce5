//! Everything the user can ask the app to do, with its keyboard shortcut. Panels return
//! commands; the app applies them in one place.

use std::path::PathBuf;

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Case,
    Rates,
    /// Trainee mode: exercises with feedback (gui/practice/).
    Practice,
    /// Scenario A beside scenario B (gui/compare_view.rs).
    Compare,
}

impl View {
    /// The views in menu-bar order, with the translation key of their name.
    pub const ALL: [(View, &'static str); 4] = [
        (View::Case, "view-case"),
        (View::Compare, "view-compare"),
        (View::Rates, "view-rates"),
        (View::Practice, "view-practice"),
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    NewCase,
    OpenDialog,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    Quit,
    ShowView(View),
    SetLang(Lang),
    SetTheme(ThemeChoice),
    ToggleHelp,
    /// Move the keyboard focus to a form field (path as the domain names it).
    FocusField(String),
    /// Copy the explanation as plain text.
    CopyExplanation,
    /// "Skriv ut / PDF": the printable explanation, previewed, saved as PDF or opened to print.
    Print,
}

impl Command {
    /// The commands with a keyboard shortcut, for the input handler and the help panel.
    pub const WITH_SHORTCUTS: [Command; 7] = [
        Command::NewCase,
        Command::OpenDialog,
        Command::Save,
        Command::SaveAs,
        Command::Print,
        Command::Quit,
        Command::ToggleHelp,
    ];

    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        Some(match self {
            Command::NewCase => KeyboardShortcut::new(cmd, Key::N),
            Command::OpenDialog => KeyboardShortcut::new(cmd, Key::O),
            Command::Save => KeyboardShortcut::new(cmd, Key::S),
            Command::SaveAs => KeyboardShortcut::new(cmd_shift, Key::S),
            Command::Quit => KeyboardShortcut::new(cmd, Key::Q),
            Command::Print => KeyboardShortcut::new(cmd, Key::P),
            Command::ToggleHelp => KeyboardShortcut::new(Modifiers::NONE, Key::F1),
            _ => return None,
        })
    }

    /// The translation key of the command's menu text.
    pub fn label_key(&self) -> &'static str {
        match self {
            Command::NewCase => "cmd-new",
            Command::OpenDialog => "cmd-open",
            Command::OpenPath(_) => "cmd-open",
            Command::Save => "cmd-save",
            Command::SaveAs => "cmd-save-as",
            Command::Quit => "cmd-quit",
            Command::ShowView(View::Case) => "view-case",
            Command::ShowView(View::Rates) => "view-rates",
            Command::ShowView(View::Practice) => "view-practice",
            Command::ShowView(View::Compare) => "view-compare",
            Command::SetLang(_) => "menu-language",
            Command::SetTheme(_) => "menu-theme",
            Command::ToggleHelp => "cmd-help",
            Command::FocusField(_) => "cmd-focus",
            Command::CopyExplanation => "cmd-copy-text",
            Command::Print => "cmd-print",
        }
    }
}
