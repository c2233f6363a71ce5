//! Trainee progress: recording attempts, tallies per exercise and per rule, the session summary
//! (text and PDF), and progress kept in the preferences file (old files without it still load).

mod common;

use chrono::NaiveDate;
use utmaling::domain::exercise::{Exercise, RuleTag};
use utmaling::domain::exercise_gen::generate_exercise;
use utmaling::domain::progress::{
    MissedRule, PracticeMode, Progress, Score, SummaryModel, rule_results, session_summary, summary_text,
};
use utmaling::i18n::{Lang, Localizer};

use RuleTag::*;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or(NaiveDate::MIN)
}

/// Four attempts on three exercises; "b" twice, the second time fully right.
fn progress() -> Progress {
    let mut p = Progress::default();
    p.record(
        "a",
        "Enslig uten inntekt",
        &[(RateSingle, true), (FullAssistance, true)],
        8,
        8,
        PracticeMode::Form,
        day(),
    );
    p.record(
        "b",
        "Par med barn og barnetrygd",
        &rule_results(
            &[RateCouple, BarnetrygdShielded, SupplementaryAssistance],
            &[BarnetrygdShielded, SupplementaryAssistance],
        ),
        9,
        12,
        PracticeMode::Form,
        day(),
    );
    p.record(
        "b",
        "Par med barn og barnetrygd",
        &rule_results(&[RateCouple, BarnetrygdShielded, SupplementaryAssistance], &[]),
        12,
        12,
        PracticeMode::ByHand,
        day(),
    );
    p.record(
        "c",
        "Sommerjobb og barnetrygd",
        &rule_results(&[BarnetrygdShielded], &[BarnetrygdShielded, ChildWorkIncomeShielded]),
        3,
        6,
        PracticeMode::Form,
        day(),
    );
    p
}

/// Exercises for suggestions: generated cases under hand-set ids, titles and rules.
fn library() -> Vec<Exercise> {
    let make = |seed: u64, id: &str, title: &str, difficulty: u8, rules: &[RuleTag]| Exercise {
        id: id.to_string(),
        title: title.to_string(),
        difficulty,
        rules: rules.to_vec(),
        ..generate_exercise(seed)
    };
    vec![
        make(1, "a", "Enslig uten inntekt", 1, &[RateSingle, FullAssistance]),
        make(2, "b", "Par med barn og barnetrygd", 2, &[RateCouple, BarnetrygdShielded, SupplementaryAssistance]),
        make(3, "c", "Sommerjobb og barnetrygd", 2, &[BarnetrygdShielded, ChildWorkIncomeShielded]),
        make(4, "d", "Tenåring med helgejobb", 3, &[ChildWorkIncomeShielded, RateChild11to17]),
        make(5, "e", "Barnetrygd i 2024", 1, &[BarnetrygdShielded, RateSingle]),
        make(6, "f", "Bofellesskap", 1, &[RateSharedHousing]),
        make(7, "g", "Gammel sak fra 2009", 3, &[OldCase, BarnetrygdBefore2022]),
    ]
}

#[test]
fn rule_results_take_each_rule_once() {
    assert_eq!(
        rule_results(&[RateCouple, BarnetrygdShielded], &[BarnetrygdShielded, ChildWorkIncomeShielded]),
        vec![(RateCouple, true), (BarnetrygdShielded, false), (ChildWorkIncomeShielded, false)]
    );
}

#[test]
fn recording_keeps_best_and_last_per_exercise() {
    let mut p = progress();
    let b = &p.exercises["b"];
    assert_eq!(
        (b.attempts, b.best, b.last, b.last_mode),
        (2, Score::new(12, 12), Score::new(12, 12), PracticeMode::ByHand)
    );
    let c = &p.exercises["c"];
    assert_eq!((c.attempts, c.best, c.last), (1, Score::new(3, 6), Score::new(3, 6)));
    // A worse attempt changes the last score, never the best.
    p.record(
        "a",
        "Enslig uten inntekt",
        &[(RateSingle, false), (FullAssistance, true)],
        4,
        8,
        PracticeMode::ByHand,
        day(),
    );
    let a = &p.exercises["a"];
    assert_eq!((a.attempts, a.best, a.last), (2, Score::new(8, 8), Score::new(4, 8)));
    assert_eq!(p.session.len(), 5);
    assert_eq!(p.rule(RateSingle), Score::new(1, 2));
    // Mistakes without a rule named as missed (every line left empty): the exercise counts,
    // the rules do not.
    p.record(
        "a",
        "Enslig uten inntekt",
        &rule_results(&[RateSingle, FullAssistance], &[]),
        0,
        5,
        PracticeMode::ByHand,
        day(),
    );
    assert_eq!((p.exercises["a"].attempts, p.exercises["a"].last), (3, Score::new(0, 5)));
    assert_eq!((p.rule(RateSingle), p.rule(FullAssistance)), (Score::new(1, 2), Score::new(2, 2)));
    // The same share with more items checked is better; a higher share is better.
    assert!(Score::new(6, 6).better_than(Score::new(3, 3)));
    assert!(Score::new(2, 3).better_than(Score::new(9, 14)));
    assert!(!Score::new(1, 2).better_than(Score::new(2, 4)));
    assert_eq!([Score::new(1, 3).percent(), Score::new(2, 3).percent(), Score::new(0, 0).percent()], [33, 67, 0]);
}

#[test]
fn tallies_per_rule_with_the_weakest_first() {
    let p = progress();
    assert_eq!(p.rule(RateCouple), Score::new(2, 2));
    assert_eq!(p.rule(BarnetrygdShielded), Score::new(1, 3));
    assert_eq!(p.rule(SupplementaryAssistance), Score::new(1, 2));
    assert_eq!(p.rule(ChildWorkIncomeShielded), Score::new(0, 1));
    assert_eq!(p.rule(RateSingle), Score::new(1, 1));
    assert_eq!(p.rule(OldCase), Score::new(0, 0));
    assert_eq!(
        p.weakest_rules(),
        vec![
            (ChildWorkIncomeShielded, Score::new(0, 1)),
            (BarnetrygdShielded, Score::new(1, 3)),
            (SupplementaryAssistance, Score::new(1, 2)),
            (RateCouple, Score::new(2, 2)),
            (RateSingle, Score::new(1, 1)),
            (FullAssistance, Score::new(1, 1)),
        ]
    );
    let mut reset = p.clone();
    reset.reset();
    assert!(reset.is_empty());
}

#[test]
fn session_summary_names_the_rules_missed_most_and_suggests_exercises_for_them() {
    let summary: SummaryModel = session_summary(&progress(), &library(), day());
    assert_eq!(summary.attempts, 4);
    assert_eq!(summary.total, Score::new(32, 38));
    assert_eq!(
        summary.exercises.iter().map(|e| (e.exercise_id.as_str(), e.attempts, e.first, e.last)).collect::<Vec<_>>(),
        vec![
            ("a", 1, Score::new(8, 8), Score::new(8, 8)),
            ("b", 2, Score::new(9, 12), Score::new(12, 12)),
            ("c", 1, Score::new(3, 6), Score::new(3, 6)),
        ]
    );
    assert_eq!(summary.exercises[1].modes, vec![PracticeMode::Form, PracticeMode::ByHand]);
    assert_eq!(
        summary.practised,
        vec![
            RateSingle,
            RateCouple,
            BarnetrygdShielded,
            ChildWorkIncomeShielded,
            FullAssistance,
            SupplementaryAssistance
        ]
    );
    assert_eq!(
        summary.missed,
        vec![
            MissedRule { rule: BarnetrygdShielded, missed: 2, checked: 3 },
            MissedRule { rule: ChildWorkIncomeShielded, missed: 1, checked: 1 },
            MissedRule { rule: SupplementaryAssistance, missed: 1, checked: 2 },
        ]
    );
    // "c" (barnetrygd and a child's work income, both missed) is not solved yet and drills the
    // two weakest rules; then "d" (child's work income) and "e" (barnetrygd), easier first.
    // "a" and "b" are solved fully; "f" and "g" drill nothing missed.
    let ids: Vec<&str> = summary.suggestions.iter().map(|s| s.exercise_id.as_str()).collect();
    assert_eq!(ids, vec!["c", "e", "d"]);
    assert_eq!(summary.suggestions[0].rules, vec![BarnetrygdShielded, ChildWorkIncomeShielded]);

    let nb = summary_text(&summary, &Localizer::new(Lang::Nb));
    for expected in [
        "Øktoppsummering – øving i utmåling",
        "Dato: 26.11.2026",
        "Resultat: 32 av 38 (84 %) riktige i 4 forsøk på 3 oppgaver",
        "- Par med barn og barnetrygd (Fyll ut skjemaet, Regn selv): forsøk 2, første 9 av 12 (75 %), siste 12 av 12 (100 %), beste 12 av 12 (100 %)",
        "Regler du bommet på oftest",
        "- Barnetrygd holdes utenfor (sosialtjenesteloven § 18 tredje ledd): 2 av 3 ganger",
        "- Sommerjobb og barnetrygd (nivå 2) – øver på: Barnetrygd holdes utenfor,",
    ] {
        assert!(nb.contains(expected), "missing «{expected}» in:\n{nb}");
    }
    let en = summary_text(&summary, &Localizer::new(Lang::En));
    assert!(en.contains("Rules you missed most"), "{en}");
    assert!(en.contains("2 of 3 times"), "{en}");
}

#[test]
fn a_session_without_mistakes_suggests_the_next_level() {
    let mut p = Progress::default();
    p.record("f", "Bofellesskap", &[(RateSharedHousing, true)], 5, 5, PracticeMode::Form, day());
    let summary = session_summary(&p, &library(), day());
    assert!(summary.missed.is_empty());
    // Level 1 done without a mistake: level 2 first, then the nearest levels, never "f" again.
    let ids: Vec<&str> = summary.suggestions.iter().map(|s| s.exercise_id.as_str()).collect();
    assert_eq!(ids, vec!["b", "c", "a"]);
    let text = summary_text(&summary, &Localizer::new(Lang::Nb));
    assert!(text.contains("Du bommet ikke på noen regel i denne økten."), "{text}");

    let empty = session_summary(&Progress::default(), &library(), day());
    let text = summary_text(&empty, &Localizer::new(Lang::Nn));
    assert!(text.contains("Ingen oppgåver er sjekka i denne økta enno."), "{text}");
}

#[cfg(feature = "gui")]
mod prefs {
    use super::*;
    use common::TempDir;
    use utmaling::gui::prefs::Prefs;

    #[test]
    fn progress_survives_a_prefs_round_trip_and_holds_no_case_data() {
        let dir = TempDir::new("progress-prefs");
        let path = dir.path().join("prefs.ron");
        let mut prefs = Prefs::default();
        let generated = generate_exercise(7);
        prefs.practice = progress();
        prefs.practice.record(
            &generated.id,
            &generated.title,
            &rule_results(&generated.rules, &[]),
            20,
            20,
            PracticeMode::Form,
            day(),
        );
        prefs.save(&path);
        let loaded = Prefs::load(&path);
        assert_eq!(loaded.practice.exercises, prefs.practice.exercises);
        assert_eq!(loaded.practice.rules, prefs.practice.rules);
        assert_eq!(loaded.practice.rule(BarnetrygdShielded), Score::new(1, 3));
        // The session is one run of the program; it is not stored.
        assert!(loaded.practice.session.is_empty());
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(text.contains("\"tilfeldig-7\""), "{text}");
        assert!(text.contains("\"barnetrygd-shielded\""), "{text}");
        for name in generated.case.person_names() {
            assert!(!text.contains(name), "the name {name} is in the preferences:\n{text}");
        }
    }

    #[test]
    fn old_prefs_without_progress_still_load() {
        let dir = TempDir::new("progress-old-prefs");
        let path = dir.write("prefs.ron", "(\n    lang: Nn,\n    theme: Dark,\n    zoom: 1.25,\n    recent: [],\n)\n");
        let prefs = Prefs::load(&path);
        assert_eq!(prefs.lang, Lang::Nn);
        assert_eq!(prefs.zoom, 1.25);
        assert!(prefs.practice.is_empty());
        // A rule this program does not know (from a newer one) is kept, not an error.
        let path = dir.write(
            "newer.ron",
            "(lang: Nb, practice: (rules: {\"rule-from-the-future\": (correct: 1, total: 2), \"old-case\": (correct: 0, total: 1)}))",
        );
        let prefs = Prefs::load(&path);
        assert_eq!(prefs.practice.rule(OldCase), Score::new(0, 1));
        assert_eq!(prefs.practice.weakest_rules(), vec![(OldCase, Score::new(0, 1))]);
    }
}

#[cfg(feature = "pdf")]
mod pdf {
    use super::*;
    use common::TempDir;
    use std::process::Command;
    use utmaling::domain::progress::summary_print;
    use utmaling::pdf::practice_summary::render_summary_pdf;

    fn poppler(tool: &str, path: &std::path::Path) -> String {
        let output = Command::new(tool)
            .args(if tool == "pdftotext" { vec!["-enc", "UTF-8"] } else { vec![] })
            .arg(path)
            .args(if tool == "pdftotext" { vec!["-"] } else { vec![] })
            .output()
            .unwrap_or_else(|e| panic!("{tool} is needed (poppler-utils): {e}"));
        assert!(output.status.success(), "{tool}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout)
            .split(|c: char| c.is_whitespace() || c == '\u{a0}')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_summary_pdf_shows_titles_scores_and_missed_rules() {
        let dir = TempDir::new("progress-pdf");
        let summary = session_summary(&progress(), &library(), day());
        // The missed rule and its legal basis are checked apart: table cells may come out of
        // pdftotext in any order.
        for (lang, expected) in [
            (
                Lang::Nb,
                [
                    "Øktoppsummering – øving i utmåling",
                    "9 av 12 (75 %)",
                    "Barnetrygd holdes utenfor",
                    "sosialtjenesteloven § 18 tredje ledd",
                    "2 av 3 ganger",
                ],
            ),
            (
                Lang::En,
                [
                    "Session summary – practising utmåling",
                    "3 of 6 (50 %)",
                    "Child benefit (barnetrygd) is kept outside",
                    "Score per exercise",
                    "2 of 3 times",
                ],
            ),
        ] {
            let print = summary_print(&summary, &Localizer::new(lang));
            let bytes = render_summary_pdf(&print, day()).unwrap_or_else(|e| panic!("{e}"));
            let path = dir.path().join(format!("summary-{}.pdf", lang.tag()));
            std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
            // UTMALING_KEEP_PDF=dir keeps a copy to look at.
            if let Some(keep) = std::env::var_os("UTMALING_KEEP_PDF") {
                let _ = std::fs::copy(&path, std::path::Path::new(&keep).join(path.file_name().unwrap_or_default()));
            }
            let text = poppler("pdftotext", &path);
            for title in ["Enslig uten inntekt", "Par med barn og barnetrygd", "Sommerjobb og barnetrygd"] {
                assert!(text.contains(title), "{lang:?}: {title} missing in {text}");
            }
            // The missed rule with its legal basis (table cells may come out in any order).
            for e in expected {
                assert!(text.contains(e), "{lang:?}: «{e}» missing in {text}");
            }
            let info = poppler("pdfinfo", &path);
            assert!(info.contains("Tagged: yes"), "not tagged: {info}");
            assert!(info.contains("Pages: 1"), "{info}");
        }
    }
}

#[cfg(feature = "gui")]
mod panel {
    use super::*;
    use common::TempDir;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use utmaling::gui::practice::progress_panel::{ProgressAction, progress_ui, write_summary};

    struct PanelState {
        progress: Progress,
        loc: Localizer,
        actions: Vec<ProgressAction>,
    }

    fn panel(progress: Progress) -> Harness<'static, PanelState> {
        let state = PanelState { progress, loc: Localizer::new(Lang::Nb), actions: Vec::new() };
        Harness::builder().with_size(eframe::egui::vec2(700.0, 700.0)).with_max_steps(8).build_ui_state(
            |ui, s: &mut PanelState| {
                utmaling::gui::theme::install_fonts(ui.ctx());
                if let Some(action) = progress_ui(ui, &s.progress, &s.loc) {
                    s.actions.push(action);
                    if action == ProgressAction::Reset {
                        s.progress.reset();
                    }
                }
            },
            state,
        )
    }

    #[test]
    fn the_panel_lists_rules_weakest_first_and_resets_only_after_confirmation() {
        let mut h = panel(progress());
        h.run();
        h.get_by_label("3 oppgaver forsøkt, 2 løst helt riktig.");
        // Weakest first: a child's work income (0 of 1) above barnetrygd (1 of 3) above the couple rate.
        let y = |h: &Harness<'_, PanelState>, label: &str| h.get_by_label(label).rect().top();
        assert!(y(&h, "0 av 1 (0 %)") < y(&h, "1 av 3 (33 %)"));
        assert!(y(&h, "1 av 3 (33 %)") < y(&h, "2 av 2 (100 %)"));
        assert!(y(&h, "Barns arbeidsinntekt holdes utenfor") < y(&h, "Barnetrygd holdes utenfor"));

        h.get_by_label("Skriv ut øktoppsummering").click();
        h.run();
        assert_eq!(h.state().actions, vec![ProgressAction::PrintSummary]);

        // Reset asks first; "Avbryt" keeps everything.
        h.get_by_label("Nullstill fremgang").click();
        h.run();
        h.get_by_label("Avbryt").click();
        h.run();
        assert!(h.query_by_label("Ja, slett fremgangen").is_none());
        assert_eq!(h.state().actions.len(), 1);
        h.get_by_label("Nullstill fremgang").click();
        h.run();
        h.get_by_label("Ja, slett fremgangen").click();
        h.run();
        assert_eq!(h.state().actions, vec![ProgressAction::PrintSummary, ProgressAction::Reset]);
        assert!(h.state().progress.is_empty());
        h.get_by_label(
            "Du har ikke sjekket noen oppgaver ennå. Løs en oppgave og trykk «Sjekk», så ser du her hvilke regler du kan og hvilke du bør øve mer på.",
        );
    }

    #[test]
    fn the_summary_is_written_as_pdf_or_as_text() {
        let dir = TempDir::new("progress-write");
        let summary = session_summary(&progress(), &library(), day());
        let loc = Localizer::new(Lang::Nb);
        let txt = dir.path().join("okt.txt");
        write_summary(&summary, &loc, &txt).unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(&txt).unwrap_or_default();
        assert!(text.starts_with("Øktoppsummering – øving i utmåling\n"), "{text}");
        let pdf = dir.path().join("okt.pdf");
        write_summary(&summary, &loc, &pdf).unwrap_or_else(|e| panic!("{e}"));
        let bytes = std::fs::read(&pdf).unwrap_or_default();
        if cfg!(feature = "pdf") {
            assert!(bytes.starts_with(b"%PDF-"));
        } else {
            assert!(bytes.starts_with("Øktoppsummering".as_bytes()));
        }
    }
}
