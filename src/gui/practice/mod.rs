//! Trainee mode (Øving): choose an exercise, enter it in the form or calculate it by hand,
//! and get feedback that names the rule. The key is always the engine's calculation.
//!
//! The practice form is a separate `CaseForm` owned here: it never touches the caseworker's
//! case, its recovery file or its unsaved-changes state.

pub mod progress_panel;

use eframe::egui::{self, Color32, RichText, TextEdit, Ui};

use super::app::AppState;
use super::commands::Command;
use super::form::form_ui;
use super::form_model::{CaseForm, Problems};
use super::theme;
use super::widgets::FieldCtx;
use crate::domain::calc::Calculation;
use crate::domain::case::Case;
use crate::domain::date::format_date;
use crate::domain::exercise::RuleTag as Rule;
use crate::domain::exercise::{Exercise, ExerciseLibrary, RuleTag, default_user_exercises_dir};
use crate::domain::exercise_gen::generate_exercise;
use crate::domain::explain::explain_text;
use crate::domain::practice::{
    FormFeedback, HandFeedback, HandSheet, Mark, calculation_lines, check_exercise_answer, check_hand, difference_text,
    hand_sheet, score_line, sheet_label,
};
use crate::domain::progress::{PracticeMode, format_score, rule_results};
use crate::domain::rates::Category;
use crate::domain::{RateBook, calculate};
use crate::i18n::Localizer;

/// The two ways to practise an exercise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Enter the case in the normal form, then "Sjekk".
    #[default]
    Form,
    /// Type each line of one month's calculation.
    Hand,
}

/// One exercise being worked on.
pub struct OpenExercise {
    pub exercise: Exercise,
    /// The key calculation, or why it could not be made (a teacher's broken file).
    pub key: Result<Calculation, String>,
    pub mode: Mode,
    /// The trainee's own form (never the caseworker's case).
    pub form: CaseForm,
    /// Fields that cannot be read yet, as in the normal form.
    pub form_problems: Problems,
    /// The last "Sjekk" of the form.
    pub form_feedback: Option<FormFeedback>,
    /// Feedback shown under the fields, by field path (cleared when the form is edited).
    pub inline: Problems,
    /// The month of the key calculation being calculated by hand.
    pub month: usize,
    pub hand_answers: Vec<String>,
    pub hand_feedback: Option<HandFeedback>,
    /// Rows typed in since the last check: their mark belongs to the old answer and is hidden.
    pub hand_edited: std::collections::BTreeSet<usize>,
    pub show_solution: bool,
    /// A field to move the focus to (the first wrong one).
    pub focus: Option<String>,
    /// A "Sjekk" with input problems: say so above the button.
    pub blocked: bool,
    /// Input problems ("the date is empty") are shown once the trainee has pressed "Sjekk":
    /// an empty practice form would otherwise open covered in red.
    pub checked_once: bool,
}

impl OpenExercise {
    pub fn new(exercise: Exercise, book: &RateBook) -> OpenExercise {
        let key = calculate(&exercise.case, book).map_err(|e| e.to_string());
        let mut open = OpenExercise {
            exercise,
            key,
            mode: Mode::Form,
            form: CaseForm::default(),
            form_problems: Problems::new(),
            form_feedback: None,
            inline: Problems::new(),
            month: 0,
            hand_answers: Vec::new(),
            hand_feedback: None,
            hand_edited: Default::default(),
            show_solution: false,
            focus: None,
            blocked: false,
            checked_once: false,
        };
        open.reset_hand();
        open
    }

    pub fn sheet(&self) -> Option<HandSheet> {
        self.key.as_ref().ok().and_then(|calc| hand_sheet(calc, self.month))
    }

    fn reset_hand(&mut self) {
        let rows = self.sheet().map_or(0, |s| s.items.len());
        self.hand_answers = vec![String::new(); rows];
        self.hand_feedback = None;
        self.hand_edited.clear();
    }

    /// Check the form against the key. Returns the grade when the attempt could be graded.
    pub fn check_form(&mut self, book: &RateBook, loc: &Localizer) -> Option<Graded> {
        let (case, problems) = self.form.to_case();
        self.form_problems = problems;
        self.inline.clear();
        self.checked_once = true;
        let case = match case {
            Some(case) if self.form_problems.is_empty() => case,
            _ => {
                self.blocked = true;
                self.form_feedback = None;
                self.focus = self.form_problems.keys().next().cloned();
                return None;
            }
        };
        self.blocked = false;
        match check_exercise_answer(&case, &self.exercise, book) {
            Ok(feedback) => {
                // Under the field only a short pointer: a long text would widen the form's rows.
                for (i, d) in feedback.differences.iter().enumerate() {
                    if !d.field.is_empty() {
                        let n = (i + 1).to_string();
                        let text = match d.rule {
                            Some(rule) => {
                                loc.ta("practice-inline-rule", &[("n", n.into()), ("rule", loc.t(rule.key()).into())])
                            }
                            None => loc.t1("practice-inline", "n", n),
                        };
                        self.inline.entry(d.field.clone()).or_insert(text);
                    }
                }
                self.focus = feedback.first_field().map(str::to_string);
                let graded = Graded {
                    correct: feedback.correct,
                    total: feedback.checked,
                    missed: feedback.missed_rules(),
                    mode: PracticeMode::Form,
                };
                self.form_feedback = Some(feedback);
                Some(graded)
            }
            Err(e) => {
                self.key = Err(e.to_string());
                None
            }
        }
    }

    /// Grade the amounts typed by hand. Returns the grade when the attempt could be graded.
    pub fn check_hand(&mut self, book: &RateBook) -> Option<Graded> {
        let (Some(sheet), Ok(calc)) = (self.sheet(), self.key.as_ref()) else { return None };
        let feedback = check_hand(&sheet, &self.exercise.case, calc, book, &self.hand_answers);
        self.focus = feedback.first_wrong().map(|i| format!("hand[{i}]"));
        self.hand_edited.clear();
        let graded = Graded {
            correct: feedback.correct,
            total: feedback.checked,
            missed: feedback.missed_rules(),
            mode: PracticeMode::ByHand,
        };
        // «Sjekk» on an empty sheet (a month just chosen) is no attempt: it says how many rows are
        // left and records nothing, so the progress is not charged with "0 av 9".
        let nothing_typed = feedback.marks.iter().all(|m| *m == Mark::Empty);
        self.hand_feedback = Some(feedback);
        if nothing_typed { None } else { Some(graded) }
    }
}

/// A graded attempt, to record in the progress.
pub struct Graded {
    pub correct: usize,
    pub total: usize,
    pub missed: Vec<Rule>,
    pub mode: PracticeMode,
}

#[derive(Default)]
pub struct PracticeState {
    /// Loaded when the view is first shown (tests may set it).
    pub library: Option<ExerciseLibrary>,
    pub open: Option<OpenExercise>,
    /// The seed field for "Ny tilfeldig oppgave", as typed.
    pub seed: String,
    /// Show the rules of exercises not yet tried: a teacher choosing a topic wants them, but to a
    /// trainee they give away the trap ("Barnetrygd holdes utenfor") before the case is read.
    pub show_all_rules: bool,
}

impl PracticeState {
    fn library(&mut self) -> &ExerciseLibrary {
        self.library.get_or_insert_with(|| ExerciseLibrary::load(default_user_exercises_dir().as_deref()))
    }

    pub fn open_exercise(&mut self, exercise: Exercise, book: &RateBook) {
        self.open = Some(OpenExercise::new(exercise, book));
    }

    /// Open the generated exercise for the seed in the field. False if the field is not a number.
    pub fn open_seed(&mut self, book: &RateBook) -> bool {
        match self.seed.trim().replace([' ', '\u{a0}'], "").parse::<u64>() {
            Ok(seed) => {
                self.open_exercise(generate_exercise(seed), book);
                true
            }
            Err(_) => false,
        }
    }
}

/// A new seed from the clock: six digits, easy to read aloud to a class.
fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    (nanos % 900_000) as u64 + 100_000
}

fn ok_color(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(120, 200, 130) } else { Color32::from_rgb(20, 110, 40) }
}

fn rule_text(loc: &Localizer, rule: RuleTag) -> String {
    loc.ta("practice-rule", &[("rule", loc.t(rule.key()).into()), ("law", loc.t(rule.law_key()).into())])
}

impl AppState {
    /// Record a graded attempt in the progress (the preferences) and save it. Only scores and
    /// rule ids are kept: never the trainee's answers.
    fn record_attempt(&mut self, graded: Graded) {
        let Some(open) = &self.practice.open else { return };
        let exercise = &open.exercise;
        let rules = rule_results(&exercise.rules, &graded.missed);
        let today = chrono::Local::now().date_naive();
        let (correct, total) = (graded.correct as u32, graded.total as u32);
        self.prefs.practice.record(&exercise.id, &exercise.title, &rules, correct, total, graded.mode, today);
        if let Some(path) = &self.prefs_path {
            self.prefs.save(path);
        }
        self.status = Some((self.loc.t("practice-attempt-saved"), false));
    }

    pub(in crate::gui) fn practice_view(&mut self, ui: &mut Ui, dark: bool, _commands: &mut Vec<Command>) {
        let _ = self.practice.library();
        if self.practice.seed.is_empty() {
            // Shown from the start, so a teacher can read it out before anyone opens it.
            self.practice.seed = fresh_seed().to_string();
        }
        if self.practice.open.is_some() {
            self.exercise_ui(ui, dark);
        } else {
            self.exercise_list_ui(ui, dark);
        }
    }

    fn exercise_list_ui(&mut self, ui: &mut Ui, dark: bool) {
        let loc = &self.loc;
        let mut chosen: Option<Exercise> = None;
        let mut open_seed = false;
        let mut progress_action = None;
        egui::Panel::right("practice-progress").resizable(true).default_size(360.0).min_size(260.0).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("practice-progress-scroll").show(ui, |ui| {
                progress_action = progress_panel::progress_ui(ui, &self.prefs.practice, loc);
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("practice-list").show(ui, |ui| {
                ui.heading(loc.t("practice-heading"));
                ui.label(loc.t("practice-intro"));
                ui.add_space(8.0);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(theme::bold(loc.t("practice-random-heading")));
                    ui.label(RichText::new(loc.t("practice-random-intro")).weak());
                    ui.horizontal(|ui| {
                        let label = ui.label(loc.t("practice-seed"));
                        let seed_valid = self.practice.seed.trim().is_empty()
                            || self.practice.seed.trim().replace([' ', '\u{a0}'], "").parse::<u64>().is_ok();
                        let mut edit = TextEdit::singleline(&mut self.practice.seed).desired_width(140.0);
                        if !seed_valid {
                            edit = edit.text_color(theme::error_color(dark));
                        }
                        ui.add(edit).labelled_by(label.id);
                        if ui.button(loc.t("practice-open-seed")).clicked() && seed_valid {
                            open_seed = !self.practice.seed.trim().is_empty();
                        }
                        if ui.button(loc.t("practice-new-random")).clicked() {
                            self.practice.seed = fresh_seed().to_string();
                            open_seed = true;
                        }
                        if !seed_valid {
                            ui.label(RichText::new(loc.t("practice-seed-invalid")).color(theme::error_color(dark)));
                        }
                    });
                });
                ui.add_space(8.0);
                ui.heading(loc.t("practice-list-heading"));
                ui.checkbox(&mut self.practice.show_all_rules, loc.t("practice-show-all-rules"));
                let library = self.practice.library.as_ref();
                let exercises = library.map_or(&[][..], |l| l.exercises.as_slice());
                if exercises.is_empty() {
                    ui.label(RichText::new(loc.t("practice-list-empty")).weak());
                }
                for exercise in exercises {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            ui.label(
                                RichText::new(loc.t1("practice-level", "level", exercise.difficulty.to_string()))
                                    .strong(),
                            );
                            if ui.button(&exercise.title).clicked() {
                                chosen = Some(exercise.clone());
                            }
                        });
                        let tried = self.prefs.practice.exercises.contains_key(&exercise.id);
                        if tried || self.practice.show_all_rules {
                            let rules: Vec<String> = exercise.rules.iter().map(|r| loc.t(r.key())).collect();
                            let text = loc.t1("practice-rules-drilled", "rules", rules.join(", "));
                            ui.label(RichText::new(text).weak());
                        }
                        match self.prefs.practice.exercises.get(&exercise.id) {
                            Some(record) => ui.label(RichText::new(loc.t1(
                                "practice-best-score",
                                "score",
                                format_score(loc, record.best),
                            ))),
                            None => ui.label(RichText::new(loc.t("practice-not-tried")).weak()),
                        };
                    });
                }
                if let Some(library) = library {
                    for error in &library.errors {
                        ui.label(RichText::new(error.to_string()).color(theme::error_color(dark)));
                    }
                }
            });
        });
        if let Some(exercise) = chosen {
            self.practice.open_exercise(exercise, &self.book);
        } else if open_seed {
            self.practice.open_seed(&self.book);
        }
        if let Some(action) = progress_action {
            let ctx = ui.ctx().clone();
            let library = self.practice.library.as_ref().map_or(&[][..], |l| l.exercises.as_slice());
            if let Some(status) =
                progress_panel::apply_progress_action(&ctx, action, &mut self.prefs.practice, library, &self.loc)
            {
                self.status = Some(status);
            }
            if action == progress_panel::ProgressAction::Reset
                && let Some(path) = &self.prefs_path
            {
                self.prefs.save(path);
            }
        }
    }

    fn exercise_ui(&mut self, ui: &mut Ui, dark: bool) {
        let loc = &self.loc;
        let book = &self.book;
        let Some(open) = self.practice.open.as_mut() else { return };
        let mut back = false;
        let mut restart = false;
        egui::Panel::top("practice-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(loc.t("practice-back")).clicked() {
                    back = true;
                }
                ui.label(
                    RichText::new(loc.t1("practice-level", "level", open.exercise.difficulty.to_string())).strong(),
                );
                ui.heading(&open.exercise.title);
                // A generated exercise: its seed, so a teacher can give the class the same case.
                if let Some(seed) = crate::domain::exercise_gen::seed_of(&open.exercise.id) {
                    ui.label(RichText::new(loc.t1("practice-seed-shown", "seed", seed.to_string())).weak());
                }
            });
            // The modes above the narrative, so a long narrative never pushes them out of view.
            ui.horizontal(|ui| {
                for (mode, key) in [(Mode::Form, "practice-mode-form"), (Mode::Hand, "practice-mode-hand")] {
                    if ui.selectable_label(open.mode == mode, loc.t(key)).clicked() {
                        open.mode = mode;
                    }
                }
                ui.separator();
                let key = if open.show_solution { "practice-hide-solution" } else { "practice-show-solution" };
                if ui.button(loc.t(key)).clicked() {
                    open.show_solution = !open.show_solution;
                }
                if ui.button(loc.t("practice-start-over")).clicked() {
                    restart = true;
                }
            });
            ui.label(theme::bold(loc.t("practice-narrative")));
            egui::ScrollArea::vertical()
                .id_salt("practice-narrative")
                .max_height(150.0)
                .min_scrolled_height(150.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(keep_amounts_together(&open.exercise.narrative));
                });
            ui.add_space(4.0);
        });
        let graded = match open.mode {
            Mode::Form => form_mode_ui(ui, open, book, loc, dark),
            Mode::Hand => hand_mode_ui(ui, open, book, loc, dark),
        };
        if let Some(graded) = graded {
            self.record_attempt(graded);
        }
        if back {
            self.practice.open = None;
        } else if restart && let Some(open) = self.practice.open.take() {
            // The same exercise, empty again (the progress keeps the attempts already checked).
            let mode = open.mode;
            let mut fresh = OpenExercise::new(open.exercise, &self.book);
            fresh.mode = mode;
            fresh.month = open.month.min(fresh.key.as_ref().map_or(0, |c| c.months.len().saturating_sub(1)));
            fresh.reset_hand();
            self.practice.open = Some(fresh);
        }
    }
}

fn solution_ui(ui: &mut Ui, open: &OpenExercise, loc: &Localizer, dark: bool) {
    if !open.show_solution {
        return;
    }
    ui.add_space(8.0);
    ui.heading(loc.t("practice-solution-heading"));
    match &open.key {
        Ok(calc) => {
            ui.label(RichText::new(explain_text(loc, &open.exercise.case, calc)).monospace());
        }
        Err(e) => {
            ui.label(RichText::new(loc.t1("practice-key-failed", "error", e.clone())).color(theme::error_color(dark)));
        }
    }
}

/// The narrative with no-break spaces inside amounts and before "kr" ("1 510 kr"), so a line
/// never breaks between "1" and "510".
fn keep_amounts_together(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let after_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let rest = &chars[(i + 1).min(chars.len())..];
        let group = rest.len() >= 3
            && rest[..3].iter().all(char::is_ascii_digit)
            && rest.get(3).is_none_or(|c| !c.is_ascii_digit());
        let kr = rest.starts_with(&['k', 'r']) && rest.get(2).is_none_or(|c| !c.is_alphanumeric());
        out.push(if c == ' ' && after_digit && (group || kr) { '\u{a0}' } else { c });
    }
    out
}

fn form_mode_ui(ui: &mut Ui, open: &mut OpenExercise, book: &RateBook, loc: &Localizer, dark: bool) -> Option<Graded> {
    let mut changed = false;
    let mut graded = None;
    // Scroll positions per exercise: the next exercise starts at the top, not where the last
    // one was left.
    let scroll_id = |name: &'static str, open: &OpenExercise| (name, open.exercise.id.clone());
    egui::Panel::left("practice-form").resizable(true).default_size(620.0).min_size(420.0).max_size(760.0).show(
        ui,
        |ui| {
            egui::ScrollArea::vertical().id_salt(scroll_id("practice-form-scroll", open)).show(ui, |ui| {
                ui.label(RichText::new(loc.t("practice-form-intro")).weak());
                let mut shown = if open.checked_once { open.form_problems.clone() } else { Problems::new() };
                for (field, message) in &open.inline {
                    shown.entry(field.clone()).or_insert_with(|| message.clone());
                }
                let mut fc = FieldCtx { loc, problems: &shown, focus: &mut open.focus, changed: false, dark };
                form_ui(ui, &mut open.form, book, &mut fc);
                changed = fc.changed;
            });
        },
    );
    if changed {
        // Feedback under the fields belongs to the last check; input problems are shown at once.
        open.inline.clear();
        open.form_problems = open.form.to_case().1;
        open.blocked = false;
    }
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt(scroll_id("practice-feedback-scroll", open)).show(ui, |ui| {
            if ui.button(theme::bold(loc.t("practice-check"))).clicked() {
                graded = open.check_form(book, loc);
            }
            if open.blocked {
                ui.label(RichText::new(loc.t("practice-form-has-problems")).color(theme::error_color(dark)));
            }
            if let Some(feedback) = &open.form_feedback {
                ui.add_space(6.0);
                ui.heading(loc.t("practice-feedback-heading"));
                let score = score_line(feedback.correct, feedback.checked, loc);
                let color = if feedback.all_correct() { ok_color(dark) } else { theme::error_color(dark) };
                ui.label(RichText::new(score).strong().size(16.0).color(color));
                for (i, d) in feedback.differences.iter().enumerate() {
                    ui.add_space(4.0);
                    ui.label(format!("{}. {}", i + 1, difference_text(d, loc)));
                    if let Some(rule) = d.rule {
                        ui.label(RichText::new(rule_text(loc, rule)).weak());
                    }
                }
                let lines = calculation_lines(feedback, loc);
                ui.add_space(6.0);
                ui.label(theme::bold(loc.t("practice-calc-heading")));
                if lines.is_empty() {
                    ui.label(RichText::new(loc.t("practice-calc-same")).color(ok_color(dark)));
                }
                for line in lines {
                    ui.label(RichText::new(line).weak());
                }
            }
            solution_ui(ui, open, loc, dark);
        });
    });
    graded
}

/// The facts of the case, as the trainee needs them to calculate by hand.
fn facts_ui(ui: &mut Ui, case: &Case, loc: &Localizer) {
    let money = |m: crate::domain::Money| m.format();
    ui.label(theme::bold(loc.t("practice-facts-heading")));
    let period = loc.ta(
        "practice-facts-period",
        &[("from", format_date(case.period.from).into()), ("to", format_date(case.period.to).into())],
    );
    ui.label(period);
    let living = match case.household.living {
        crate::domain::case::Living::Single => "living-single",
        crate::domain::case::Living::Couple => "living-couple",
        crate::domain::case::Living::SharedHousing => "living-shared",
    };
    ui.label(loc.t1("practice-facts-living", "living", loc.t(living)));
    for adult in &case.household.adults {
        ui.label(match adult.birth_date {
            Some(date) => loc.ta(
                "practice-facts-adult-born",
                &[("name", adult.name.clone().into()), ("date", format_date(date).into())],
            ),
            None => loc.t1("practice-facts-adult", "name", adult.name.clone()),
        });
    }
    for child in &case.household.children {
        ui.label(loc.ta(
            "practice-facts-child",
            &[
                ("name", child.name.clone().into()),
                ("date", format_date(child.birth_date).into()),
                ("percent", format!("{}\u{a0}%", child.share_percent).into()),
            ],
        ));
        for need in &child.needs {
            if let crate::domain::case::Assessment::Granted(amount) = need.assessment {
                ui.label(loc.ta(
                    "practice-facts-need",
                    &[
                        ("name", child.name.clone().into()),
                        ("need", loc.t(&need.need.key()).into()),
                        ("amount", money(amount).into()),
                    ],
                ));
            }
        }
    }
    for income in &case.incomes {
        let kind = crate::domain::kinds::income_kind(&income.kind).map_or(income.kind.clone(), |k| loc.t(&k.key()));
        ui.label(match &income.person {
            Some(person) => loc.ta(
                "practice-facts-income-person",
                &[("kind", kind.into()), ("person", person.clone().into()), ("amount", money(income.amount).into())],
            ),
            None => loc.ta("practice-facts-income", &[("kind", kind.into()), ("amount", money(income.amount).into())]),
        });
    }
    for expense in &case.expenses {
        let kind = crate::domain::kinds::expense_kind(&expense.kind).map_or(expense.kind.clone(), |k| loc.t(&k.key()));
        let kind = match &expense.child {
            Some(child) => format!("{kind} ({child})"),
            None => kind,
        };
        ui.label(if expense.accepted_amount() != expense.applied {
            loc.ta(
                "practice-facts-expense-accepted",
                &[
                    ("kind", kind.into()),
                    ("applied", money(expense.applied).into()),
                    ("accepted", money(expense.accepted_amount()).into()),
                    ("reason", expense.reason.clone().unwrap_or_default().into()),
                ],
            )
        } else {
            loc.ta("practice-facts-expense", &[("kind", kind.into()), ("amount", money(expense.applied).into())])
        });
    }
    for reduction in &case.reductions {
        ui.label(loc.ta(
            "practice-facts-reduction",
            &[("amount", money(reduction.amount).into()), ("reason", reduction.reason.clone().into())],
        ));
    }
}

/// The rate table of the month's rate set(s): the trainee looks the categories up here.
fn rates_ui(ui: &mut Ui, calc: &Calculation, month: usize, loc: &Localizer) {
    let Some(m) = calc.months.get(month) else { return };
    let mut sets: Vec<usize> = m.lines.iter().filter_map(|l| l.rate_set).collect();
    sets.dedup();
    if sets.is_empty() {
        sets.push(m.rate_set);
    }
    for index in sets {
        let Some(set) = calc.rate_sets.get(index) else { continue };
        ui.add_space(6.0);
        let heading = match &calc.profile {
            Some((_, name)) if set.profile.is_some() => loc.ta(
                "practice-rates-profile-heading",
                &[("date", format_date(set.effective).into()), ("profile", name.clone().into())],
            ),
            _ => loc.t1("practice-rates-heading", "date", format_date(set.effective)),
        };
        ui.label(theme::bold(heading));
        egui::Grid::new(("practice-rates", index)).striped(true).show(ui, |ui| {
            for category in Category::ALL {
                ui.label(loc.t(category.key()));
                ui.label(set.rates.get(category).format());
                ui.end_row();
            }
        });
    }
}

fn hand_mode_ui(ui: &mut Ui, open: &mut OpenExercise, book: &RateBook, loc: &Localizer, dark: bool) -> Option<Graded> {
    let mut graded = None;
    // Scroll positions per exercise (see form_mode_ui).
    let scroll_id = |name: &'static str, open: &OpenExercise| (name, open.exercise.id.clone());
    egui::Panel::left("practice-facts").resizable(true).default_size(460.0).min_size(320.0).show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt(scroll_id("practice-facts-scroll", open)).show(ui, |ui| {
            facts_ui(ui, &open.exercise.case, loc);
            if let Ok(calc) = &open.key {
                rates_ui(ui, calc, open.month, loc);
            }
        });
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt(scroll_id("practice-hand-scroll", open)).show(ui, |ui| {
            let Ok(calc) = open.key.clone() else {
                solution_ui(ui, open, loc, dark);
                return;
            };
            if calc.months.len() > 1 {
                ui.horizontal_wrapped(|ui| {
                    ui.label(loc.t("practice-hand-intro-months"));
                    let mut month = open.month;
                    for (i, m) in calc.months.iter().enumerate() {
                        ui.selectable_value(&mut month, i, crate::domain::date::month_name(loc, m.from));
                    }
                    if month != open.month {
                        open.month = month;
                        open.reset_hand();
                    }
                });
            }
            let Some(sheet) = open.sheet() else { return };
            let month_from = calc.months.get(open.month).map(|m| m.from).unwrap_or(calc.from);
            ui.label(loc.t1("practice-hand-intro", "month", crate::domain::date::month_name(loc, month_from)));
            if sheet.items.iter().any(|i| matches!(i.row, crate::domain::practice::SheetRow::Income(_))) {
                ui.label(RichText::new(loc.t("practice-hand-income-note")).weak());
            }
            ui.add_space(6.0);
            if open.hand_answers.len() != sheet.items.len() {
                open.hand_answers.resize(sheet.items.len(), String::new());
            }
            let mut edited = Vec::new();
            // One row per line: label, amount, a short mark; a hint below it, wrapped to the panel.
            for (i, item) in sheet.items.iter().enumerate() {
                let label = sheet_label(loc, &open.exercise.case, &calc, &sheet, item.row);
                let total = matches!(
                    item.row,
                    crate::domain::practice::SheetRow::NeedTotal
                        | crate::domain::practice::SheetRow::IncomeTotal
                        | crate::domain::practice::SheetRow::Pay
                );
                let mark =
                    open.hand_feedback.as_ref().and_then(|f| f.marks.get(i)).filter(|_| !open.hand_edited.contains(&i));
                let wrong = matches!(mark, Some(Mark::Wrong { .. } | Mark::Invalid(_)));
                ui.horizontal(|ui| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(360.0, 22.0),
                        egui::Layout::left_to_right(egui::Align::Center),
                        |ui| {
                            ui.set_min_width(360.0);
                            ui.add(
                                egui::Label::new(if total {
                                    theme::bold(label.clone())
                                } else {
                                    RichText::new(label.clone())
                                })
                                .truncate(),
                            )
                        },
                    );
                    let mut edit = TextEdit::singleline(&mut open.hand_answers[i]);
                    if wrong {
                        edit = edit.text_color(theme::error_color(dark));
                    }
                    let response = ui.add_sized([120.0, 22.0], edit).accessible_name(label.clone());
                    let path = format!("hand[{i}]");
                    if open.focus.as_deref() == Some(path.as_str()) {
                        response.request_focus();
                        response.scroll_to_me(Some(egui::Align::Center));
                        open.focus = None;
                    }
                    if response.changed() {
                        edited.push(i);
                    }
                    match mark {
                        Some(Mark::Correct) => {
                            ui.label(RichText::new(loc.t("practice-mark-correct")).color(ok_color(dark)));
                        }
                        Some(Mark::Wrong { .. } | Mark::Invalid(_)) => {
                            ui.label(RichText::new(loc.t("practice-mark-wrong")).color(theme::error_color(dark)));
                        }
                        _ => {}
                    }
                });
                let indent = |ui: &mut Ui, add: &mut dyn FnMut(&mut Ui)| {
                    ui.horizontal(|ui| {
                        ui.add_space(16.0);
                        ui.vertical(|ui| add(ui));
                    });
                };
                match mark {
                    None | Some(Mark::Correct) | Some(Mark::Empty) => {}
                    Some(Mark::Invalid(error)) => indent(ui, &mut |ui| {
                        ui.label(RichText::new(error.message(loc)).color(theme::error_color(dark)));
                    }),
                    Some(Mark::Wrong { hint, rule }) => indent(ui, &mut |ui| {
                        ui.label(RichText::new(hint.render(loc)).color(theme::error_color(dark)));
                        if let Some(rule) = rule {
                            ui.label(RichText::new(rule_text(loc, *rule)).weak());
                        }
                    }),
                }
                ui.add_space(2.0);
            }
            open.hand_edited.extend(edited);
            ui.add_space(8.0);
            if ui.button(theme::bold(loc.t("practice-check"))).clicked() {
                graded = open.check_hand(book);
            }
            if let Some(feedback) = &open.hand_feedback {
                let score = score_line(feedback.correct, feedback.checked, loc);
                let color = if feedback.all_correct() { ok_color(dark) } else { theme::error_color(dark) };
                ui.label(RichText::new(score).strong().size(16.0).color(color));
                // Rows left empty get no hint each: one line says how many are left.
                let empty = feedback.marks.iter().filter(|m| **m == Mark::Empty).count();
                if empty > 0 {
                    ui.label(RichText::new(loc.t1("practice-empty-rows", "count", empty.to_string())).weak());
                }
            }
            solution_ui(ui, open, loc, dark);
        });
    });
    graded
}

#[cfg(test)]
mod tests {
    use super::keep_amounts_together;

    #[test]
    fn amounts_in_a_narrative_do_not_break() {
        assert_eq!(
            keep_amounts_together("barnetrygd 1 510 kr i måneden, 14 200 kr netto, født 2016 i Kristiansand, kryss"),
            "barnetrygd 1\u{a0}510\u{a0}kr i måneden, 14\u{a0}200\u{a0}kr netto, født 2016 i Kristiansand, kryss"
        );
        // A number before a word other than "kr" keeps its ordinary space.
        assert_eq!(keep_amounts_together("for 3 barn i 2024 og 12 krydder"), "for 3 barn i 2024 og 12 krydder");
    }
}
