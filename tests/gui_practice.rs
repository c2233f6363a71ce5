//! The Øving view driven through AccessKit labels: a trainee solves the barnetrygd exercise
//! wrongly (barnetrygd counted), reads the rule, and solves it rightly.
#![cfg(feature = "gui")]

mod common;

use egui_kittest::kittest::Queryable;
use utmaling::domain::exercise::{ExerciseLibrary, RuleTag};
use utmaling::domain::progress::{PracticeMode, Score};
use utmaling::gui::app::AppState;
use utmaling::gui::commands::View;

use common::gui::{choose, click, fill, harness};

const EXERCISE: &str = "02-barnetrygd-holdes-utenfor";
const TITLE: &str = "Enslig mor med overgangsstønad og barnetrygd";

fn practice_state() -> AppState {
    let mut state = AppState::for_tests();
    // The shipped exercises only (not whatever a user folder on this machine holds).
    state.practice.library = Some(ExerciseLibrary::embedded());
    state
}

#[test]
fn regn_selv_barnetrygd_counted_names_section_18_then_full_score() {
    let mut h = harness(practice_state());
    h.run();
    click(&mut h, "Øving");
    assert_eq!(h.state().view, View::Practice);
    assert!(h.get_all_by_label("Nivå 1").count() >= 5);
    click(&mut h, TITLE);
    click(&mut h, "Regn selv");
    h.get_by_label_contains("Regn ut stønaden for april 2024 selv.");
    // April 2024, state rates from 1 January 2024: Enslige 7 850, Barn 0–5 år 3 850.
    h.get_by_label("Satser fra 01.01.2024 (statlige veiledende satser per måned)");
    fill(&mut h, "Livsopphold: Kari", "7 850");
    fill(&mut h, "Livsopphold: Emma", "3850");
    fill(&mut h, "Husleie", "9 800,00");
    fill(&mut h, "Sum behov", "21 500");
    fill(&mut h, "Overgangsstønad (Kari)", "14 200");
    // The trap: barnetrygd counted as income.
    fill(&mut h, "Barnetrygd (også utvidet og småbarnstillegg) (Kari)", "1 766");
    fill(&mut h, "Sum inntekt som regnes med", "15 966");
    fill(&mut h, "Til utbetaling for april 2024 (hele kroner)", "5 534");
    click(&mut h, "Sjekk");
    h.get_by_label("5 av 8 riktige");
    h.get_by_label("Forsøket er lagret i fremgangen din.");
    h.get_by_label(
        "Barnetrygd holdes utenfor — sosialtjenesteloven § 18 tredje ledd. Fra 1. september 2022 regnes den ikke som \
         inntekt. Skriv 0.",
    );
    // On the income total and on the amount to pay.
    assert_eq!(
        h.get_all_by_label(
        "Du har tatt med barnetrygden (1\u{a0}766,00\u{a0}kr). Barnetrygd holdes utenfor — sosialtjenesteloven § 18 \
         tredje ledd — og skal ikke trekkes fra behovet.",
        )
        .count(),
        2
    );
    assert!(h.get_all_by_label("Regel: Barnetrygd holdes utenfor (sosialtjenesteloven § 18 tredje ledd)").count() >= 3);
    {
        let record = &h.state().prefs.practice.exercises[EXERCISE];
        assert_eq!((record.attempts, record.best, record.last_mode), (1, Score::new(5, 8), PracticeMode::ByHand));
        assert_eq!(h.state().prefs.practice.rule(RuleTag::BarnetrygdShielded), Score::new(0, 1));
    }

    // Right this time.
    fill(&mut h, "Barnetrygd (også utvidet og småbarnstillegg) (Kari)", "0");
    fill(&mut h, "Sum inntekt som regnes med", "14 200");
    fill(&mut h, "Til utbetaling for april 2024 (hele kroner)", "7300");
    click(&mut h, "Sjekk");
    h.get_by_label("Alle riktige (8 av 8)");
    assert_eq!(h.get_all_by_label("Riktig").count(), 8);
    assert_eq!(h.query_all_by_label_contains("§ 18 tredje ledd").count(), 0);
    let record = &h.state().prefs.practice.exercises[EXERCISE];
    assert_eq!((record.attempts, record.best, record.last), (2, Score::new(8, 8), Score::new(8, 8)));
    assert_eq!(h.state().prefs.practice.rule(RuleTag::BarnetrygdShielded), Score::new(1, 2));

    // "Vis løsning": the key with its explanation.
    click(&mut h, "Vis løsning");
    h.get_by_label("Løsning: fasiten med forklaring");
    h.get_by_label_contains("Supplerende stønad: 7\u{a0}300\u{a0}kr å utbetale");

    click(&mut h, "← Alle oppgaver");
    // The progress panel: the score left of the rule, on its row, inside the window (before, a
    // long rule name pushed the score column past the panel's right edge).
    let rule = h.get_by_label("Barnetrygd holdes utenfor").rect();
    let score = h
        .get_all_by_label("1 av 2 (50 %)")
        .map(|n| n.rect())
        .find(|r| (r.center().y - rule.center().y).abs() < 8.0)
        .expect("the rule's score on its row");
    assert!(score.right() < rule.left() && rule.right() <= 1400.0, "{score:?} {rule:?}");
}

/// Enter the exercise's application in the practice form as a trainee reads it, with the
/// 1 766 kr of barnetrygd entered as `second_income_kind` (the trap or the right kind).
fn enter_the_application(h: &mut egui_kittest::Harness<'_, AppState>, second_income_kind: &str) {
    fill(h, "Fra dato", "01.04.2024");
    fill(h, "Til dato", "30.04.2024");
    fill(h, "Voksen 1: Navn eller rolle", "Kari");
    click(h, "+ Legg til barn");
    fill(h, "Barn 1: Navn eller rolle", "Emma");
    fill(h, "Barn 1: Fødselsdato", "03.05.2019");
    click(h, "+ Legg til inntekt");
    choose(h, "Inntekt 1: Type", "Overgangsstønad");
    fill(h, "Inntekt 1: Beløp per måned", "14 200");
    click(h, "+ Legg til inntekt");
    choose(h, "Inntekt 2: Type", second_income_kind);
    fill(h, "Inntekt 2: Beløp per måned", "1 766");
    click(h, "+ Legg til boutgift");
    fill(h, "Utgift 1: Søkt beløp", "9 800");
}

#[test]
fn form_with_barnetrygd_as_other_income_names_section_18_then_full_score() {
    let mut h = harness(practice_state());
    h.run();
    click(&mut h, "Øving");
    click(&mut h, TITLE);
    enter_the_application(&mut h, "Annen inntekt");
    choose(&mut h, "Emma: Barnehage/SFO", "Dekket av satsen");
    click(&mut h, "Sjekk");
    // Period 2, living, adults, Emma's birth date, share and barnehage 3, two incomes 4,
    // rent 3, the result: 15 items; the income kind and the result are wrong.
    h.get_by_label("13 av 15 riktige");
    let feedback = h.get_by_label_contains("1. Inntekt 2: type: riktig er Barnetrygd");
    let text = format!("{feedback:?}");
    assert!(text.contains("Barnetrygd skal holdes utenfor — sosialtjenesteloven § 18 tredje ledd."), "{text}");
    h.get_by_label("2. Resultat for perioden: riktig er 7\u{a0}300\u{a0}kr å utbetale, du har 5\u{a0}534\u{a0}kr å utbetale. Når alle \
         feltene over er riktige, blir også resultatet riktig.");
    // Under the field: a short pointer to the feedback, with the rule.
    h.get_by_label("Feil – se punkt 1: Barnetrygd holdes utenfor");

    choose(&mut h, "Inntekt 2: Type", "Barnetrygd (også utvidet og småbarnstillegg)");
    click(&mut h, "Sjekk");
    h.get_by_label("Alle riktige (15 av 15)");
    h.get_by_label("Beregningen din er lik fasiten linje for linje.");
    let state = h.state();
    assert_eq!(state.prefs.practice.exercises[EXERCISE].best, Score::new(15, 15));
    // The caseworker's own case was never touched: not dirty, nothing to recover.
    assert!(!state.is_dirty());
    assert_eq!(state.form.adults[0].name, "");
}

#[test]
fn the_list_is_sorted_by_level_and_shows_the_best_score_and_a_seed() {
    let mut state = practice_state();
    state.prefs.practice.record(
        EXERCISE,
        TITLE,
        &[(RuleTag::BarnetrygdShielded, false)],
        5,
        8,
        PracticeMode::ByHand,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default(),
    );
    let mut h = harness(state);
    h.run();
    click(&mut h, "Øving");
    h.get_by_label("Beste resultat: 5 av 8 (63 %)");
    let levels: Vec<u8> = h
        .state()
        .practice
        .library
        .as_ref()
        .map(|l| l.exercises.iter().map(|e| e.difficulty).collect())
        .unwrap_or_default();
    assert!(levels.len() >= 30 && levels.windows(2).all(|w| w[0] <= w[1]), "{levels:?}");
    assert!(h.get_all_by_label("Nivå 3").count() >= 1);
    // A seed is shown before anything is opened; the same seed gives the same exercise.
    let seed = h.state().practice.seed.clone();
    assert!(seed.parse::<u64>().is_ok(), "{seed}");
    fill(&mut h, "Frø", "4242");
    click(&mut h, "Åpne oppgaven for dette frøet");
    let first = h.state().practice.open.as_ref().map(|o| o.exercise.clone()).expect("opened");
    click(&mut h, "← Alle oppgaver");
    click(&mut h, "Åpne oppgaven for dette frøet");
    let second = h.state().practice.open.as_ref().map(|o| o.exercise.clone()).expect("opened");
    assert_eq!(first, second);
    h.get_by_label(first.title.as_str());
}

#[test]
fn a_bad_seed_and_bad_amounts_are_shown_inline_not_panicked_on() {
    let mut h = harness(practice_state());
    h.run();
    click(&mut h, "Øving");
    fill(&mut h, "Frø", "12 ab");
    h.get_by_label("Frøet må være et helt tall, for eksempel 20240301.");
    click(&mut h, "Åpne oppgaven for dette frøet");
    assert!(h.state().practice.open.is_none());
    click(&mut h, TITLE);
    click(&mut h, "Regn selv");
    fill(&mut h, "Livsopphold: Kari", "7 85x");
    click(&mut h, "Sjekk");
    h.get_by_label_contains("«7 85x» er ikke et beløp");
    h.get_by_label("0 av 8 riktige");
    // The form mode with an empty form: input problems, no grade.
    click(&mut h, "Fyll ut skjemaet");
    click(&mut h, "Sjekk");
    h.get_by_label("Skjemaet har felt som må rettes før det kan sjekkes (se de røde meldingene).");
    // "Begynn på nytt": the same exercise and mode, empty again.
    click(&mut h, "Begynn på nytt");
    assert!(h.query_by_label("Skjemaet har felt som må rettes før det kan sjekkes (se de røde meldingene).").is_none());
    click(&mut h, "Regn selv");
    assert!(h.query_by_label("0 av 8 riktige").is_none());
    let open = h.state().practice.open.as_ref().expect("still open");
    assert_eq!(open.exercise.id, EXERCISE);
    assert!(open.hand_answers.iter().all(String::is_empty));
}

#[test]
fn the_list_keeps_an_exercises_rules_hidden_until_it_is_tried_or_asked_for() {
    let mut h = harness(practice_state());
    h.run();
    click(&mut h, "Øving");
    // Before trying: the trap ("Barnetrygd holdes utenfor") is not announced in the list.
    assert_eq!(h.query_all_by_label_contains("Øver på:").count(), 0);
    click(&mut h, "Vis hvilke regler hver oppgave øver på (også før du har prøvd den)");
    let shown = h.query_all_by_label_contains("Øver på:").count();
    let exercises = ExerciseLibrary::embedded().exercises.len();
    assert_eq!(shown, exercises, "every exercise shows its rules");
}

#[test]
fn a_wrong_living_situation_is_pointed_at_under_the_radio_buttons() {
    let mut h = harness(practice_state());
    h.run();
    click(&mut h, "Øving");
    // Far down the list: bring it into view first.
    h.get_by_label("Venner som deler bolig").scroll_to_me();
    h.run();
    click(&mut h, "Venner som deler bolig");
    // Mina shares a house with a friend; the trainee leaves «Enslig» chosen.
    fill(&mut h, "Fra dato", "01.06.2024");
    fill(&mut h, "Til dato", "30.06.2024");
    fill(&mut h, "Voksen 1: Navn eller rolle", "Mina");
    click(&mut h, "+ Legg til inntekt");
    choose(&mut h, "Inntekt 1: Type", "Dagpenger");
    fill(&mut h, "Inntekt 1: Beløp per måned", "9 800");
    click(&mut h, "+ Legg til boutgift");
    fill(&mut h, "Utgift 1: Søkt beløp", "6 400");
    click(&mut h, "+ Legg til boutgift");
    choose(&mut h, "Utgift 2: Type", "Strøm");
    fill(&mut h, "Utgift 2: Søkt beløp", "600");
    click(&mut h, "Sjekk");
    // Period 2, living, adults, income 2, two expenses 6, the result: 13 items.
    h.get_by_label("11 av 13 riktige");
    let living = format!("{:?}", h.get_by_label_contains("1. Boform: riktig er Bofellesskap, du har Enslig."));
    assert!(
        living.contains(
            "I saken står det: «De er ikke kjærester, har hvert sitt soverom og hver sin økonomi, men deler kjøkken \
             og stue.»"
        ),
        "{living}"
    );
    // 6 600 + 6 400 + 600 − 9 800 = 3 800 kr; as enslig 7 850: 5 050 kr.
    h.get_by_label_contains(
        "2. Resultat for perioden: riktig er 3\u{a0}800\u{a0}kr å utbetale, du har 5\u{a0}050\u{a0}kr",
    );
    // Under the radio buttons (before, the form had no place for it): the pointer with the rule.
    h.get_by_label("Feil – se punkt 1: Sats for person i bofellesskap");

    click(&mut h, "Bofellesskap");
    assert_eq!(h.query_all_by_label("Feil – se punkt 1: Sats for person i bofellesskap").count(), 0);
    click(&mut h, "Sjekk");
    h.get_by_label("Alle riktige (13 av 13)");
}

#[test]
fn sjekk_on_an_empty_sheet_is_no_attempt() {
    let mut h = harness(practice_state());
    h.run();
    click(&mut h, "Øving");
    click(&mut h, TITLE);
    click(&mut h, "Regn selv");
    click(&mut h, "Sjekk");
    // Before, this was saved as an attempt with 0 of 8 right.
    h.get_by_label("8 linjer er ikke fylt ut ennå.");
    assert_eq!(h.query_all_by_label("Forsøket er lagret i fremgangen din.").count(), 0);
    assert!(!h.state().prefs.practice.exercises.contains_key(EXERCISE));
    // One amount typed: that is an attempt.
    fill(&mut h, "Livsopphold: Kari", "7 850");
    click(&mut h, "Sjekk");
    h.get_by_label("7 linjer er ikke fylt ut ennå.");
    assert_eq!(h.state().prefs.practice.exercises[EXERCISE].attempts, 1);
}

#[test]
fn a_childs_need_left_unassessed_is_pointed_at_under_its_row() {
    let mut h = harness(practice_state());
    h.run();
    click(&mut h, "Øving");
    click(&mut h, TITLE);
    enter_the_application(&mut h, "Barnetrygd (også utvidet og småbarnstillegg)");
    // Emma's barnehage is left «Ikke vurdert».
    click(&mut h, "Sjekk");
    h.get_by_label("14 av 15 riktige");
    h.get_by_label_contains(
        "1. Emma: Barnehage/SFO: riktig er et valg for punktet (fasiten har «Dekket av satsen»), du har ikke vurdert.",
    );
    // Under the row (before, the form had no place for it and nothing showed).
    h.get_by_label("Feil – se punkt 1: Barnas behov kartlagt og vurdert");
    choose(&mut h, "Emma: Barnehage/SFO", "Ikke relevant");
    click(&mut h, "Sjekk");
    h.get_by_label("Alle riktige (15 av 15)");
}
