//! A trainee's progress: score per exercise and per rule, kept in the preferences file, and the
//! attempts of the current session with a printable summary (what was practised, the score per
//! exercise, the rules missed most, what to practise next).
//!
//! No personal data: exercises hold no real persons, and only exercise ids and titles, rule
//! tags, scores, practice modes and dates are kept. Rules are stored by their stable id
//! ([`RuleTag::id`]) so that a preferences file written by a newer program, with a rule this
//! one does not know, still loads.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::date::{deserialize_date, format_date, serialize_date};
use super::exercise::{Exercise, RuleTag};
use crate::i18n::Localizer;

/// How the trainee worked the exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PracticeMode {
    /// Entered the case in the normal form from the narrative ("Fyll ut skjemaet").
    Form,
    /// Calculated each line and the total by hand ("Regn selv").
    ByHand,
}

impl PracticeMode {
    /// The Fluent id of the mode's name.
    pub fn key(self) -> &'static str {
        match self {
            PracticeMode::Form => "progress-mode-form",
            PracticeMode::ByHand => "progress-mode-by-hand",
        }
    }
}

/// Items right out of items checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub correct: u32,
    pub total: u32,
}

impl Score {
    pub fn new(correct: u32, total: u32) -> Score {
        Score { correct: correct.min(total), total }
    }

    /// Whole percent, rounded half up; 0 when nothing was checked.
    pub fn percent(self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        let (c, t) = (u64::from(self.correct), u64::from(self.total));
        ((c * 200 + t) / (2 * t)) as u32
    }

    /// A higher share right; for the same share, more items checked. Exact (no floats).
    pub fn better_than(self, other: Score) -> bool {
        let lhs = u64::from(self.correct) * u64::from(other.total);
        let rhs = u64::from(other.correct) * u64::from(self.total);
        lhs > rhs || (lhs == rhs && self.total > other.total)
    }

    pub fn is_perfect(self) -> bool {
        self.total > 0 && self.correct == self.total
    }
}

/// What is kept per exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseRecord {
    pub title: String,
    pub attempts: u32,
    pub best: Score,
    pub last: Score,
    pub last_mode: PracticeMode,
    #[serde(serialize_with = "serialize_date", deserialize_with = "deserialize_date")]
    pub last_date: NaiveDate,
}

/// One attempt of the current session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub exercise_id: String,
    pub title: String,
    pub mode: PracticeMode,
    pub score: Score,
    /// Each rule the attempt touched, and whether the trainee got it right.
    pub rules: Vec<(RuleTag, bool)>,
    pub date: NaiveDate,
}

impl Attempt {
    pub fn missed(&self) -> impl Iterator<Item = RuleTag> + '_ {
        self.rules.iter().filter(|(_, ok)| !ok).map(|(tag, _)| *tag)
    }
}

/// Scores per exercise and per rule (stored in the preferences), and the session's attempts
/// (not stored: a session is one run of the program).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// By exercise id.
    pub exercises: BTreeMap<String, ExerciseRecord>,
    /// By rule id ([`RuleTag::id`]): times the rule was right, out of times it was checked.
    pub rules: BTreeMap<String, Score>,
    #[serde(skip)]
    pub session: Vec<Attempt>,
}

/// Each rule once: the exercise's rules, right unless missed, and missed rules the exercise does
/// not list (a mistake elsewhere that points to a rule) as wrong.
pub fn rule_results(drilled: &[RuleTag], missed: &[RuleTag]) -> Vec<(RuleTag, bool)> {
    let all: BTreeSet<RuleTag> = drilled.iter().chain(missed).copied().collect();
    all.into_iter().map(|tag| (tag, !missed.contains(&tag))).collect()
}

impl Progress {
    /// Record one checked attempt: `correct` of `total` items right, and for each rule it
    /// touched whether it was right (see [`rule_results`]).
    ///
    /// An attempt with mistakes that names no rule as missed (say, every line left empty) says
    /// nothing about which rules the trainee knows: it counts for the exercise, not for the
    /// rules.
    #[allow(clippy::too_many_arguments)]
    pub fn record(
        &mut self,
        exercise_id: &str,
        title: &str,
        rules: &[(RuleTag, bool)],
        correct: u32,
        total: u32,
        mode: PracticeMode,
        date: NaiveDate,
    ) {
        let score = Score::new(correct, total);
        let record = self.exercises.entry(exercise_id.to_string()).or_insert_with(|| ExerciseRecord {
            title: title.to_string(),
            attempts: 0,
            best: score,
            last: score,
            last_mode: mode,
            last_date: date,
        });
        record.title = title.to_string();
        record.attempts = record.attempts.saturating_add(1);
        if score.better_than(record.best) {
            record.best = score;
        }
        record.last = score;
        record.last_mode = mode;
        record.last_date = date;
        let mut seen = BTreeSet::new();
        let rules_unknown = correct < total && rules.iter().all(|(_, ok)| *ok);
        for &(tag, ok) in rules.iter().filter(|_| !rules_unknown) {
            if !seen.insert(tag) {
                continue;
            }
            let tally = self.rules.entry(tag.id().to_string()).or_default();
            tally.total = tally.total.saturating_add(1);
            if ok {
                tally.correct = tally.correct.saturating_add(1);
            }
        }
        self.session.push(Attempt {
            exercise_id: exercise_id.to_string(),
            title: title.to_string(),
            mode,
            score,
            rules: rules.to_vec(),
            date,
        });
    }

    /// The tally of one rule (zero when never checked).
    pub fn rule(&self, tag: RuleTag) -> Score {
        self.rules.get(tag.id()).copied().unwrap_or_default()
    }

    /// Rules checked at least once, weakest first: lowest share right, then most checked, then
    /// the order of [`RuleTag::ALL`].
    pub fn weakest_rules(&self) -> Vec<(RuleTag, Score)> {
        let mut out: Vec<(RuleTag, Score)> =
            RuleTag::ALL.into_iter().map(|tag| (tag, self.rule(tag))).filter(|(_, s)| s.total > 0).collect();
        out.sort_by(|(ta, a), (tb, b)| {
            let lhs = u64::from(a.correct) * u64::from(b.total);
            let rhs = u64::from(b.correct) * u64::from(a.total);
            lhs.cmp(&rhs).then(b.total.cmp(&a.total)).then(ta.cmp(tb))
        });
        out
    }

    /// Forget everything: scores, tallies and the session.
    pub fn reset(&mut self) {
        *self = Progress::default();
    }

    pub fn is_empty(&self) -> bool {
        self.exercises.is_empty() && self.rules.is_empty() && self.session.is_empty()
    }
}

// ---------------------------------------------------------------------------------------------
// Session summary

/// One exercise practised in the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExerciseSummary {
    pub exercise_id: String,
    pub title: String,
    pub attempts: u32,
    /// The session's first and last score on it, and its best ever.
    pub first: Score,
    pub last: Score,
    pub best_ever: Score,
    pub modes: Vec<PracticeMode>,
}

/// A rule missed in the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MissedRule {
    pub rule: RuleTag,
    /// Attempts in the session where it was missed, of attempts that touched it.
    pub missed: u32,
    pub checked: u32,
}

/// An exercise to practise next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub exercise_id: String,
    pub title: String,
    pub difficulty: u8,
    /// The weak rules it drills (all its rules when none is weak).
    pub rules: Vec<RuleTag>,
}

/// What the session summary says, before any wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryModel {
    pub date: NaiveDate,
    pub attempts: usize,
    pub total: Score,
    pub exercises: Vec<ExerciseSummary>,
    /// Rules touched in the session, in [`RuleTag::ALL`] order.
    pub practised: Vec<RuleTag>,
    /// Most missed first.
    pub missed: Vec<MissedRule>,
    pub suggestions: Vec<Suggestion>,
}

/// How many exercises the summary suggests.
pub const SUGGESTIONS: usize = 3;

/// The summary of the session in `progress`, with up to three next exercises from `library`:
/// those not yet solved fully that drill the rules missed most (in the session, then overall),
/// easier first; with nothing missed, the next level up.
pub fn session_summary(progress: &Progress, library: &[Exercise], date: NaiveDate) -> SummaryModel {
    let mut exercises: Vec<ExerciseSummary> = Vec::new();
    let mut total = Score::default();
    let mut touched: BTreeMap<RuleTag, (u32, u32)> = BTreeMap::new();
    for attempt in &progress.session {
        total.correct = total.correct.saturating_add(attempt.score.correct);
        total.total = total.total.saturating_add(attempt.score.total);
        match exercises.iter_mut().find(|e| e.exercise_id == attempt.exercise_id) {
            Some(e) => {
                e.attempts += 1;
                e.last = attempt.score;
                if !e.modes.contains(&attempt.mode) {
                    e.modes.push(attempt.mode);
                }
            }
            None => exercises.push(ExerciseSummary {
                exercise_id: attempt.exercise_id.clone(),
                title: attempt.title.clone(),
                attempts: 1,
                first: attempt.score,
                last: attempt.score,
                best_ever: attempt.score,
                modes: vec![attempt.mode],
            }),
        }
        let mut seen = BTreeSet::new();
        for &(tag, ok) in &attempt.rules {
            if seen.insert(tag) {
                let entry = touched.entry(tag).or_default();
                entry.1 += 1;
                if !ok {
                    entry.0 += 1;
                }
            }
        }
    }
    for e in &mut exercises {
        if let Some(record) = progress.exercises.get(&e.exercise_id) {
            e.best_ever = record.best;
        }
    }
    let practised: Vec<RuleTag> = RuleTag::ALL.into_iter().filter(|t| touched.contains_key(t)).collect();
    let mut missed: Vec<MissedRule> = touched
        .iter()
        .filter(|(_, (m, _))| *m > 0)
        .map(|(&rule, &(missed, checked))| MissedRule { rule, missed, checked })
        .collect();
    missed.sort_by(|a, b| {
        b.missed
            .cmp(&a.missed)
            .then((u64::from(b.missed) * u64::from(a.checked)).cmp(&(u64::from(a.missed) * u64::from(b.checked))))
            .then(a.rule.cmp(&b.rule))
    });
    let suggestions = suggest(progress, library, &missed);
    SummaryModel { date, attempts: progress.session.len(), total, exercises, practised, missed, suggestions }
}

fn suggest(progress: &Progress, library: &[Exercise], missed: &[MissedRule]) -> Vec<Suggestion> {
    let solved = |id: &str| progress.exercises.get(id).is_some_and(|r| r.best.is_perfect());
    // Weight of each weak rule: missed in the session counts most, weak overall counts too.
    let mut weight: BTreeMap<RuleTag, u64> = BTreeMap::new();
    for m in missed {
        *weight.entry(m.rule).or_default() += 100 * u64::from(m.missed);
    }
    for (tag, score) in progress.weakest_rules() {
        if !score.is_perfect() {
            *weight.entry(tag).or_default() += u64::from(100 - score.percent());
        }
    }
    let open: Vec<&Exercise> = library.iter().filter(|e| !solved(&e.id)).collect();
    let mut picked: Vec<(u64, &Exercise)> = if weight.is_empty() {
        // Nothing weak: the next level up from the hardest exercise practised, not yet tried.
        let level = progress
            .session
            .iter()
            .filter_map(|a| library.iter().find(|e| e.id == a.exercise_id))
            .map(|e| e.difficulty)
            .max()
            .map_or(1, |d| (d + 1).min(3));
        let mut untried: Vec<&Exercise> =
            open.iter().copied().filter(|e| !progress.exercises.contains_key(&e.id)).collect();
        untried.sort_by_key(|e| (e.difficulty.abs_diff(level), e.difficulty));
        untried.into_iter().map(|e| (0, e)).collect()
    } else {
        let mut scored: Vec<(u64, &Exercise)> = open
            .iter()
            .map(|e| (e.rules.iter().map(|r| weight.get(r).copied().unwrap_or(0)).sum::<u64>(), *e))
            .filter(|(w, _)| *w > 0)
            .collect();
        scored.sort_by(|(wa, a), (wb, b)| wb.cmp(wa).then(a.difficulty.cmp(&b.difficulty)).then(a.id.cmp(&b.id)));
        scored
    };
    picked.truncate(SUGGESTIONS);
    picked
        .into_iter()
        .map(|(_, e)| {
            let weak: Vec<RuleTag> = e.rules.iter().copied().filter(|r| weight.contains_key(r)).collect();
            Suggestion {
                exercise_id: e.id.clone(),
                title: e.title.clone(),
                difficulty: e.difficulty,
                rules: if weak.is_empty() { e.rules.clone() } else { weak },
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Wording: plain text and the print model for the PDF

/// One row of the per-exercise table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PrintExerciseRow {
    pub title: String,
    pub modes: String,
    pub attempts: String,
    pub first: String,
    pub last: String,
    pub best: String,
}

/// One row of the rules table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PrintRuleRow {
    pub rule: String,
    pub law: String,
    pub missed: String,
}

/// The summary in words, ready for the Typst template (`assets/practice_summary.typ`): every
/// text translated, every score formatted. The template computes nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SummaryPrint {
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    pub date_label: String,
    pub date: String,
    pub total_label: String,
    pub total: String,
    pub empty: Option<String>,
    pub exercises_heading: String,
    pub exercise_columns: Vec<String>,
    pub exercises: Vec<PrintExerciseRow>,
    pub practised_heading: String,
    pub practised: Vec<String>,
    pub missed_heading: String,
    pub missed_columns: Vec<String>,
    pub missed: Vec<PrintRuleRow>,
    pub none_missed: Option<String>,
    pub suggestions_heading: String,
    pub suggestions: Vec<String>,
    pub no_suggestions: Option<String>,
    pub footer: String,
    pub page: String,
}

impl SummaryPrint {
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
}

fn score_text(loc: &Localizer, score: Score) -> String {
    loc.ta(
        "progress-score",
        &[
            ("correct", FluentValue::from(score.correct)),
            ("total", FluentValue::from(score.total)),
            ("percent", FluentValue::from(score.percent())),
        ],
    )
}

/// "3 av 5 (60 %)" in the localizer's language.
pub fn format_score(loc: &Localizer, score: Score) -> String {
    score_text(loc, score)
}

fn suggestion_text(loc: &Localizer, s: &Suggestion) -> String {
    let rules: Vec<String> = s.rules.iter().map(|r| loc.t(r.key())).collect();
    loc.ta(
        "progress-summary-suggestion",
        &[
            ("title", FluentValue::from(s.title.as_str())),
            ("difficulty", FluentValue::from(u32::from(s.difficulty))),
            ("rules", FluentValue::from(rules.join(", "))),
        ],
    )
}

/// The summary worded in the localizer's language, for the PDF template and the text.
pub fn summary_print(summary: &SummaryModel, loc: &Localizer) -> SummaryPrint {
    let date = format_date(summary.date);
    SummaryPrint {
        lang: loc.lang().tag().split('-').next().unwrap_or("nb").to_string(),
        title: loc.t("progress-summary-title"),
        subtitle: loc.t("progress-summary-subtitle"),
        date_label: loc.t("progress-summary-date"),
        date: date.clone(),
        total_label: loc.t("progress-summary-total"),
        total: loc.ta(
            "progress-summary-total-value",
            &[
                ("score", FluentValue::from(score_text(loc, summary.total))),
                ("attempts", FluentValue::from(summary.attempts)),
                ("exercises", FluentValue::from(summary.exercises.len())),
            ],
        ),
        empty: (summary.attempts == 0).then(|| loc.t("progress-summary-empty")),
        exercises_heading: loc.t("progress-summary-exercises"),
        exercise_columns: [
            "progress-col-exercise",
            "progress-col-mode",
            "progress-col-attempts",
            "progress-col-first",
            "progress-col-last",
            "progress-col-best",
        ]
        .iter()
        .map(|k| loc.t(k))
        .collect(),
        exercises: summary
            .exercises
            .iter()
            .map(|e| PrintExerciseRow {
                title: e.title.clone(),
                modes: e.modes.iter().map(|m| loc.t(m.key())).collect::<Vec<_>>().join(", "),
                attempts: e.attempts.to_string(),
                first: score_text(loc, e.first),
                last: score_text(loc, e.last),
                best: score_text(loc, e.best_ever),
            })
            .collect(),
        practised_heading: loc.t("progress-summary-practised"),
        practised: summary.practised.iter().map(|r| loc.t(r.key())).collect(),
        missed_heading: loc.t("progress-summary-missed"),
        missed_columns: ["progress-col-rule", "progress-col-law", "progress-col-missed"]
            .iter()
            .map(|k| loc.t(k))
            .collect(),
        missed: summary
            .missed
            .iter()
            .map(|m| PrintRuleRow {
                rule: loc.t(m.rule.key()),
                law: loc.t(m.rule.law_key()),
                missed: loc.ta(
                    "progress-missed-times",
                    &[("missed", FluentValue::from(m.missed)), ("checked", FluentValue::from(m.checked))],
                ),
            })
            .collect(),
        none_missed: (summary.attempts > 0 && summary.missed.is_empty()).then(|| loc.t("progress-summary-none-missed")),
        suggestions_heading: loc.t("progress-summary-suggestions"),
        suggestions: summary.suggestions.iter().map(|s| suggestion_text(loc, s)).collect(),
        no_suggestions: summary.suggestions.is_empty().then(|| loc.t("progress-summary-no-suggestions")),
        footer: loc.t1("progress-summary-footer", "date", date),
        page: loc.t("progress-summary-page"),
    }
}

/// The summary as plain text (the clipboard, or a file when PDF is not built in).
pub fn summary_text(summary: &SummaryModel, loc: &Localizer) -> String {
    let p = summary_print(summary, loc);
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.title);
    let _ = writeln!(out, "{}", p.subtitle);
    let _ = writeln!(out, "{}: {}", p.date_label, p.date);
    if let Some(empty) = &p.empty {
        let _ = writeln!(out, "\n{empty}");
    } else {
        let _ = writeln!(out, "{}: {}", p.total_label, p.total);
        let _ = writeln!(out, "\n{}", p.exercises_heading);
        for row in &p.exercises {
            let _ = writeln!(
                out,
                "- {} ({}): {} {}, {} {}, {} {}, {} {}",
                row.title,
                row.modes,
                p.exercise_columns[2].to_lowercase(),
                row.attempts,
                p.exercise_columns[3].to_lowercase(),
                row.first,
                p.exercise_columns[4].to_lowercase(),
                row.last,
                p.exercise_columns[5].to_lowercase(),
                row.best
            );
        }
        let _ = writeln!(out, "\n{}", p.practised_heading);
        let _ = writeln!(out, "{}", p.practised.join(", "));
        let _ = writeln!(out, "\n{}", p.missed_heading);
        for row in &p.missed {
            let _ = writeln!(out, "- {} ({}): {}", row.rule, row.law, row.missed);
        }
        if let Some(none) = &p.none_missed {
            let _ = writeln!(out, "{none}");
        }
    }
    let _ = writeln!(out, "\n{}", p.suggestions_heading);
    for s in &p.suggestions {
        let _ = writeln!(out, "- {s}");
    }
    if let Some(none) = &p.no_suggestions {
        let _ = writeln!(out, "{none}");
    }
    let _ = writeln!(out, "\n{}", p.footer);
    out
}
