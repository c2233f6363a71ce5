//! Trainee feedback (src/domain/practice.rs): the form check and the hand calculation, with
//! exact figures from the T1 and T3 examples (March 2024 state rates).

use chrono::NaiveDate;
use utmaling::domain::case::{Case, Expense, Living};
use utmaling::domain::exercise::{Exercise, RuleTag};
use utmaling::domain::practice::{
    Mark, SheetRow, Value, calculation_lines, check_case, check_exercise_answer, check_hand, difference_text,
    feedback_lines, hand_sheet, same_to_the_krone, score_line,
};
use utmaling::domain::{Money, RateBook, calculate};
use utmaling::i18n::{Lang, Localizer};

fn example(name: &str) -> Case {
    utmaling::cli::read_case(std::path::Path::new(&format!("assets/examples/{name}"))).expect("example loads")
}

fn book() -> RateBook {
    RateBook::embedded().expect("embedded rates")
}

fn nb() -> Localizer {
    Localizer::new(Lang::Nb)
}

fn kr(n: i64) -> Money {
    Money::kroner(n)
}

#[test]
fn the_key_itself_is_all_correct_with_every_item_counted() {
    let t3 = example("t3-par-med-barn.ron");
    let feedback = check_case(&t3, &t3, &book()).expect("key calculates");
    // Period 2, living 1, adults 1, two children × (birth date, share) 4, their six assessed
    // needs 6, two incomes × (kind, amount) 4, three expenses × (kind, applied, accepted) 9,
    // the result 1.
    assert_eq!((feedback.correct, feedback.checked), (28, 28));
    assert!(feedback.all_correct());
    assert!(feedback.lines.is_empty());
    assert_eq!(score_line(28, 28, &nb()), "Alle riktige (28 av 28)");
}

#[test]
fn barnetrygd_entered_as_another_income_names_section_18_third_paragraph() {
    let key = example("t3-par-med-barn.ron");
    let mut answer = key.clone();
    answer.incomes[1].kind = "annen".into();
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    assert_eq!((feedback.correct, feedback.checked), (26, 28));
    let kind = &feedback.differences[0];
    assert_eq!(kind.field, "incomes[1].kind");
    assert_eq!(kind.rule, Some(RuleTag::BarnetrygdShielded));
    assert_eq!(kind.expected, Value::IncomeKind("barnetrygd".into()));
    assert_eq!(kind.given, Value::IncomeKind("annen".into()));
    let text = difference_text(kind, &nb());
    assert!(
        text.starts_with(
            "Inntekt 2: type: riktig er Barnetrygd (også utvidet og småbarnstillegg), du har Annen inntekt."
        ),
        "{text}"
    );
    assert!(text.contains("Barnetrygd skal holdes utenfor — sosialtjenesteloven § 18 tredje ledd."), "{text}");
    // The result: 17 450 kr in the key; 35 450 − 18 000 − 3 276 = 14 174 kr with barnetrygd counted.
    let result = &feedback.differences[1];
    assert_eq!(result.expected, Value::Result { pay: kr(17_450), surplus: Money::ZERO });
    assert_eq!(result.given, Value::Result { pay: kr(14_174), surplus: Money::ZERO });
    assert_eq!(
        difference_text(result, &nb()),
        "Resultat for perioden: riktig er 17\u{a0}450\u{a0}kr å utbetale, du har 14\u{a0}174\u{a0}kr å utbetale. Når alle \
         feltene over er riktige, blir også resultatet riktig."
    );
    // Line by line: barnetrygd is missing from "holdt utenfor" and extra as counted income.
    let lines = calculation_lines(&feedback, &nb());
    assert_eq!(
        lines,
        vec![
            "mars 2024 – Barnetrygd (også utvidet og småbarnstillegg): fasit 3\u{a0}276,00\u{a0}kr, ditt skjema ingen linje",
            "mars 2024 – Annen inntekt: fasit ingen linje, ditt skjema 3\u{a0}276,00\u{a0}kr",
        ]
    );
    assert_eq!(feedback_lines(&feedback, &nb())[0], "26 av 28 riktige");
}

#[test]
fn incomes_are_matched_by_kind_not_position() {
    let key = example("t3-par-med-barn.ron");
    let mut answer = key.clone();
    answer.incomes.reverse();
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    assert_eq!((feedback.correct, feedback.checked), (28, 28), "{:?}", feedback.differences);
}

#[test]
fn a_couple_entered_as_bofellesskap_teaches_the_couple_rule() {
    let key = example("t3-par-med-barn.ron");
    let mut answer = key.clone();
    answer.household.living = Living::SharedHousing;
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    let living = &feedback.differences[0];
    assert_eq!(living.field, "household.living");
    assert_eq!(living.rule, Some(RuleTag::CoupleVsSharedHousing));
    let text = difference_text(living, &nb());
    assert!(text.starts_with("Boform: riktig er Ektepar eller samboere, du har Bofellesskap."), "{text}");
    assert!(text.contains("Et par får én felles sats for ektepar/samboere"), "{text}");
    // Two bofellesskap rates instead of one couple rate change the result, so it is wrong too.
    assert_eq!((feedback.correct, feedback.checked), (26, 28));
}

#[test]
fn a_wrong_birth_date_names_the_band_it_gives() {
    let key = example("t3-par-med-barn.ron");
    let mut answer = key.clone();
    // Emma born 14.09.2019 is 4 on 1 March 2024 (0–5); born 2017 she would be 6 (6–10).
    answer.household.children[0].birth_date = NaiveDate::from_ymd_opt(2017, 9, 14).expect("date");
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    let birth = &feedback.differences[0];
    assert_eq!(birth.field, "household.children[0].birth_date");
    assert_eq!(birth.rule, Some(RuleTag::RateChild0to5));
    let text = difference_text(birth, &nb());
    assert!(
        text.contains(
            "Emma er 4 år 1. mars 2024 og hører til Barn 0–5 år; med datoen du skrev, blir det Barn 6–10 år."
        ),
        "{text}"
    );
}

#[test]
fn housing_accepted_below_applied_needs_the_accepted_amount_and_a_reason() {
    let mut key = example("t3-par-med-barn.ron");
    key.expenses[0].accepted = Some(kr(10_500));
    key.expenses[0].reason = Some("over kommunens boutgiftsnorm for fire personer".into());
    let answer = example("t3-par-med-barn.ron");
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    // One more item (the reason); accepted, reason and result are wrong.
    assert_eq!((feedback.correct, feedback.checked), (26, 29));
    let accepted = &feedback.differences[0];
    assert_eq!(accepted.field, "expenses[0].accepted");
    assert_eq!(accepted.rule, Some(RuleTag::HousingAcceptedBelowApplied));
    assert_eq!(accepted.expected, Value::Money(kr(10_500)));
    assert_eq!(accepted.given, Value::Money(kr(12_000)));
    let text = difference_text(accepted, &nb());
    assert!(
        text.contains(
            "Her godtar kontoret bare 10\u{a0}500,00\u{a0}kr av 12\u{a0}000,00\u{a0}kr for «Husleie». Begrunnelsen i saken: \
             «over kommunens boutgiftsnorm for fire personer»"
        ),
        "{text}"
    );
    let reason = &feedback.differences[1];
    assert_eq!(reason.field, "expenses[0].reason");
    // The reason is asked for, not the key's words: "riktig er en begrunnelse".
    assert_eq!(
        difference_text(reason, &nb()),
        "Utgift 1 (Husleie): begrunnelse: riktig er en begrunnelse, du har ingenting. Når godtatt beløp er lavere enn \
         søkt, skal begrunnelsen stå i vedtaket (forvaltningsloven §§ 24–25). Skriv den i feltet «Begrunnelse» under \
         beløpet, med egne ord eller med ordene fra saken."
    );
    // The rule comes first: housing is covered as far as it is necessary and reasonable.
    assert!(text.starts_with(
        "Utgift 1 (Husleie): godtatt beløp: riktig er 10\u{a0}500,00\u{a0}kr, du har 12\u{a0}000,00\u{a0}kr. \
         Boutgifter dekkes bare så langt de er nødvendige og rimelige."
    ));
}

#[test]
fn a_missing_spouse_income_and_an_extra_expense_are_named() {
    let mut key = example("t3-par-med-barn.ron");
    key.incomes.push(utmaling::domain::case::Income {
        kind: "dagpenger".into(),
        person: Some("Ola".into()),
        amount: kr(9_000),
        origin: None,
        note: None,
        shield_reason: None,
    });
    let mut answer = example("t3-par-med-barn.ron");
    answer.expenses.push(Expense {
        kind: "annen".into(),
        child: None,
        applied: kr(500),
        accepted: None,
        reason: None,
        origin: None,
        note: None,
    });
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    let missing = &feedback.differences[0];
    assert_eq!(missing.rule, Some(RuleTag::SpouseIncomeCounted));
    assert!(difference_text(missing, &nb()).contains(
        "Et par regnes som én husstand: ektefeller har plikt til å forsørge hverandre, og samboere har felles \
             økonomi. Derfor regnes begges inntekter med."
    ));
    let extra = &feedback.differences[1];
    assert_eq!(extra.field, "expenses[3].kind");
    // 28 + 2 (the missing income's kind and amount) + 1 (the extra expense) items; wrong: the
    // missing income (2), the extra expense and the result.
    assert_eq!((feedback.correct, feedback.checked), (27, 31));
}

#[test]
fn a_childs_needs_the_case_speaks_of_must_be_assessed() {
    let key = example("t3-par-med-barn.ron");
    let mut answer = key.clone();
    answer.household.children[0].needs.clear();
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    // Emma's three assessed items (barnehage, fritid, helse) are not assessed; the result is right.
    assert_eq!((feedback.correct, feedback.checked), (25, 28));
    let first = &feedback.differences[0];
    assert_eq!(first.field, "household.children[0].needs[0].state");
    assert_eq!(first.rule, Some(RuleTag::ChildrenNeedsAssessed));
    assert_eq!(
        difference_text(first, &nb()),
        "Emma: Barnehage/SFO: riktig er et valg for punktet (fasiten har «Dekket av satsen»), du har ikke vurdert. \
         Saken sier noe om «Barnehage/SFO» for Emma. Barnas behov skal kartlegges og vurderes for hvert barn (rundskriv 35, punkt 4.18.2.6): velg «Ikke \
         relevant», «Dekket av satsen» eller «Innvilget kr» for punktet. Helsetilsynet har funnet at mange kontorer ikke \
         gjør dette."
    );
}

#[test]
fn the_narrative_sentence_with_the_fact_is_quoted() {
    let case = example("t3-par-med-barn.ron");
    let exercise = Exercise {
        format: 1,
        id: "test".into(),
        title: "Par med to barn".into(),
        difficulty: 1,
        rules: vec![RuleTag::BarnetrygdShielded],
        narrative: "Kari (34) og samboeren Ola søker for mars 2024. De har to barn, Emma og Noah. \
                    Kari tjener 18 000 kr netto. Familien mottar barnetrygd 3 276 kr i måneden."
            .into(),
        case: case.clone(),
    };
    let mut answer = case.clone();
    answer.incomes[1].kind = "annen".into();
    answer.incomes[1].amount = kr(3_000);
    answer.household.children[1].share_percent = 50;
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    let share = feedback.differences.iter().find(|d| d.field == "household.children[1].share_percent").expect("share");
    assert_eq!(share.quote.as_deref(), Some("De har to barn, Emma og Noah."));
    let amount = feedback.differences.iter().find(|d| d.field == "incomes[1].amount").expect("amount");
    assert_eq!(amount.quote.as_deref(), Some("Familien mottar barnetrygd 3 276 kr i måneden."));
    assert!(
        difference_text(amount, &nb()).ends_with("I saken står det: «Familien mottar barnetrygd 3 276 kr i måneden.»")
    );
}

fn t3_sheet() -> (Case, utmaling::domain::Calculation, utmaling::domain::practice::HandSheet) {
    let case = example("t3-par-med-barn.ron");
    let calc = calculate(&case, &book()).expect("T3 calculates");
    let sheet = hand_sheet(&calc, 0).expect("one month");
    (case, calc, sheet)
}

/// The right answers of the T3 sheet, as a trainee would type them.
const T3_RIGHT: [&str; 11] =
    ["13 100", "3850", "5 150,00", "12 000", "1 200", "150", "35 450", "18 000", "0", "18000", "17 450"];

#[test]
fn the_t3_hand_sheet_has_every_line_of_march() {
    let (_, _, sheet) = t3_sheet();
    let expected: Vec<Money> = sheet.items.iter().map(|i| i.expected).collect();
    assert_eq!(
        expected,
        [13_100, 3_850, 5_150, 12_000, 1_200, 150, 35_450, 18_000, 0, 18_000, 17_450].map(kr).to_vec()
    );
    assert_eq!(sheet.items[6].row, SheetRow::NeedTotal);
    assert_eq!(sheet.items[9].row, SheetRow::IncomeTotal);
    assert_eq!(sheet.items[10].row, SheetRow::Pay);
}

#[test]
fn right_answers_in_norwegian_notation_score_full() {
    let (case, calc, sheet) = t3_sheet();
    let answers: Vec<String> = T3_RIGHT.iter().map(|s| s.to_string()).collect();
    let feedback = check_hand(&sheet, &case, &calc, &book(), &answers);
    assert_eq!((feedback.correct, feedback.checked), (11, 11));
    assert!(feedback.all_correct());
}

#[test]
fn barnetrygd_counted_by_hand_gets_the_section_18_hint() {
    let (case, calc, sheet) = t3_sheet();
    let mut answers: Vec<String> = T3_RIGHT.iter().map(|s| s.to_string()).collect();
    answers[8] = "3 276".into(); // barnetrygd counted
    answers[9] = "21 276".into(); // 18 000 + 3 276
    answers[10] = "14 174".into(); // 35 450 − 21 276
    let feedback = check_hand(&sheet, &case, &calc, &book(), &answers);
    assert_eq!((feedback.correct, feedback.checked), (8, 11));
    let loc = nb();
    let hint = |i: usize| match &feedback.marks[i] {
        Mark::Wrong { hint, rule } => (hint.render(&loc), *rule),
        other => panic!("row {i}: {other:?}"),
    };
    assert_eq!(
        hint(8),
        (
            "Barnetrygd holdes utenfor — sosialtjenesteloven § 18 tredje ledd. Fra 1. september 2022 regnes den ikke som inntekt. Skriv 0."
                .to_string(),
            Some(RuleTag::BarnetrygdShielded)
        )
    );
    let (total, rule) = hint(9);
    assert!(total.starts_with("Du har tatt med barnetrygden (3\u{a0}276,00\u{a0}kr)."), "{total}");
    assert!(total.contains("§ 18 tredje ledd"));
    assert_eq!(rule, Some(RuleTag::BarnetrygdShielded));
    let (pay, rule) = hint(10);
    assert!(pay.contains("§ 18 tredje ledd"), "{pay}");
    assert_eq!(rule, Some(RuleTag::BarnetrygdShielded));
    assert_eq!(feedback.first_wrong(), Some(8));
}

#[test]
fn a_wrong_band_by_hand_says_how_old_the_child_is_on_the_first() {
    let (case, calc, sheet) = t3_sheet();
    let mut answers: Vec<String> = T3_RIGHT.iter().map(|s| s.to_string()).collect();
    let six_to_ten = calc.rate_sets[0].rates.barn_6_10;
    answers[1] = six_to_ten.format_number();
    let feedback = check_hand(&sheet, &case, &calc, &book(), &answers);
    let Mark::Wrong { hint, rule } = &feedback.marks[1] else { panic!("{:?}", feedback.marks[1]) };
    assert_eq!(*rule, Some(RuleTag::RateChild0to5));
    assert_eq!(
        hint.render(&nb()),
        "Du har brukt satsen for Barn 6–10 år. Barnets alder den første dagen i måneden avgjør aldersgruppen: \
         Emma (født 14.09.2019) er 4 år den 01.03.2024 og hører til Barn 0–5 år."
    );
    // The need total follows the trainee's own lines: say the lines are wrong, not the sum.
    answers[6] = Money::checked_sum([13_100, 12_000, 1_200, 150, 5_150].map(kr).into_iter().chain([six_to_ten]))
        .expect("sum")
        .format_number();
    let feedback = check_hand(&sheet, &case, &calc, &book(), &answers);
    let Mark::Wrong { hint, .. } = &feedback.marks[6] else { panic!("{:?}", feedback.marks[6]) };
    assert_eq!(hint.id, "practice-hint-total-follows");
}

#[test]
fn a_partial_month_full_rate_gets_the_days_hint() {
    let mut case = example("t1-enslig-full.ron");
    case.period.from = NaiveDate::from_ymd_opt(2024, 3, 10).expect("date");
    let calc = calculate(&case, &book()).expect("T1 calculates");
    let sheet = hand_sheet(&calc, 0).expect("one month");
    // 7 850 × 22 / 31 = 5 570,97; rent and electricity as entered; 14 270,97 → 14 271 kr.
    let expected: Vec<Money> = sheet.items.iter().map(|i| i.expected).collect();
    assert_eq!(expected, vec![Money::from_ore(557_097), kr(8_000), kr(700), Money::from_ore(1_427_097), kr(14_271)]);
    let answers: Vec<String> = ["7 850", "8000", "700", "14 270,97", "14271"].iter().map(|s| s.to_string()).collect();
    let feedback = check_hand(&sheet, &case, &calc, &book(), &answers);
    let Mark::Wrong { hint, rule } = &feedback.marks[0] else { panic!("{:?}", feedback.marks[0]) };
    assert_eq!(*rule, Some(RuleTag::PartialMonth));
    assert_eq!(
        hint.render(&nb()),
        "Du har brukt hele månedssatsen (7\u{a0}850,00\u{a0}kr), men perioden er bare 22 av 31 dager denne måneden. \
         Satsen regnes forholdsmessig etter kalenderdager: 7\u{a0}850,00\u{a0}kr × 22 / 31."
    );
    // To the krone: 5 571 is right for 5 570,97; 5 570 is not.
    assert!(same_to_the_krone(kr(5_571), Money::from_ore(557_097)));
    assert!(!same_to_the_krone(kr(5_570), Money::from_ore(557_097)));
}

#[test]
fn empty_and_unreadable_amounts_are_marked_not_panicked_on() {
    let (case, calc, sheet) = t3_sheet();
    let mut answers: Vec<String> = T3_RIGHT.iter().map(|s| s.to_string()).collect();
    answers[0] = String::new();
    answers[1] = "3 85x".into();
    answers.truncate(5); // fewer answers than rows
    let feedback = check_hand(&sheet, &case, &calc, &book(), &answers);
    assert_eq!(feedback.marks[0], Mark::Empty);
    assert!(matches!(&feedback.marks[1], Mark::Invalid(e) if e.to_string().contains("er ikke et beløp")));
    let Mark::Invalid(error) = &feedback.marks[1] else { unreachable!() };
    let english = utmaling::i18n::Localizer::new(utmaling::i18n::Lang::En);
    assert!(error.message(&english).contains("is not an amount"), "{}", error.message(&english));
    assert_eq!(feedback.marks[10], Mark::Empty);
    assert_eq!((feedback.correct, feedback.checked), (3, 11));
}

#[test]
fn a_surplus_month_asks_for_zero_and_the_surplus() {
    let case = example("t5-enslig-overskudd.ron");
    let calc = calculate(&case, &book()).expect("T5 calculates");
    let sheet = hand_sheet(&calc, 0).expect("one month");
    let rows: Vec<SheetRow> = sheet.items.iter().map(|i| i.row).collect();
    assert_eq!(rows.last(), Some(&SheetRow::Surplus));
    assert_eq!(sheet.items[sheet.items.len() - 2].expected, Money::ZERO);
    assert_eq!(sheet.items[sheet.items.len() - 1].expected, calc.surplus);
}

#[test]
fn every_message_id_used_exists_in_bokmal() {
    // Rendering a difference with an unknown id would show the id itself.
    let key = example("t3-par-med-barn.ron");
    let mut answer = key.clone();
    answer.incomes[1].kind = "jobb".into();
    answer.household.living = Living::Single;
    answer.household.children.pop();
    answer.expenses.remove(1);
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    for line in feedback_lines(&feedback, &nb()) {
        assert!(!line.contains("practice-"), "{line}");
    }
}

#[test]
fn less_than_a_krone_off_is_a_rounding_hint() {
    let mut case = example("t1-enslig-full.ron");
    case.period.from = NaiveDate::from_ymd_opt(2024, 3, 10).expect("date");
    let calc = calculate(&case, &book()).expect("T1 calculates");
    let sheet = hand_sheet(&calc, 0).expect("one month");
    // 5 570,97 truncated to 5 570 instead of rounded to 5 571.
    let answers: Vec<String> = ["5 570", "8000", "700", "14 270,97", "14271"].iter().map(|s| s.to_string()).collect();
    let feedback = check_hand(&sheet, &case, &calc, &book(), &answers);
    let Mark::Wrong { hint, rule } = &feedback.marks[0] else { panic!("{:?}", feedback.marks[0]) };
    assert_eq!(*rule, None);
    assert_eq!(
        hint.render(&nb()),
        "Nesten: du er under én krone unna. Regn med øre (to desimaler) og rund av til nærmeste hele krone, der 50 \
         øre rundes opp – eller skriv beløpet med øre."
    );
    assert_eq!((feedback.correct, feedback.checked), (4, 5));
}

#[test]
fn a_childs_rate_from_nowhere_says_the_age_on_the_first_and_the_band() {
    let (case, calc, sheet) = t3_sheet();
    let mut answers: Vec<String> = T3_RIGHT.iter().map(|s| s.to_string()).collect();
    answers[2] = "4 123".into(); // Noah: no rate of any category or year
    let feedback = check_hand(&sheet, &case, &calc, &book(), &answers);
    let Mark::Wrong { hint, rule } = &feedback.marks[2] else { panic!("{:?}", feedback.marks[2]) };
    assert_eq!(*rule, Some(RuleTag::RateChild11to17));
    assert_eq!(
        hint.render(&nb()),
        "Noah (født 30.01.2012) er 12 år den 01.03.2024, så kategorien er Barn 11–17 år: barnets alder den første \
         dagen i måneden avgjør aldersgruppen. Finn satsen i tabellen (satser fra 01.01.2024)."
    );
}

#[test]
fn every_message_id_in_the_feedback_engine_exists_in_every_language() {
    let source = std::fs::read_to_string("src/domain/practice.rs").expect("source");
    // Every string literal that names a message: "practice-…", "need-state-…", "living-…".
    let mut ids: Vec<&str> = source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|lit| ["practice-", "need-state-", "living-"].iter().any(|p| lit.starts_with(p)))
        .filter(|lit| lit.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .collect();
    ids.sort();
    ids.dedup();
    assert!(ids.len() > 120, "{}", ids.len());
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        let known = utmaling::i18n::message_ids(lang).expect("ids");
        for id in &ids {
            assert!(known.iter().any(|k| k == id), "{}: {id} missing", lang.tag());
            assert!(!loc.t(id).is_empty());
        }
    }
}

#[test]
fn a_result_of_another_kind_names_the_outcome_rule() {
    // T5: sick pay above the need, no entitlement. Leaving the income out pays assistance.
    let key = example("t5-enslig-overskudd.ron");
    let mut answer = key.clone();
    answer.incomes.clear();
    let feedback = check_case(&answer, &key, &book()).expect("key calculates");
    let result = feedback.differences.iter().find(|d| d.field.is_empty()).expect("result");
    assert_eq!(result.rule, Some(RuleTag::NoEntitlementSurplus));
    let text = difference_text(result, &nb());
    assert!(text.contains("riktig er ingen utbetaling (overskudd"), "{text}");
}

#[test]
fn a_needs_item_quotes_the_sentence_about_that_child_and_that_need() {
    let library = utmaling::domain::exercise::ExerciseLibrary::embedded();
    let exercise = library.get("25-storfamilie-mange-feller").expect("exercise 25");
    let mut answer = exercise.case.clone();
    answer.household.children[2].needs.clear();
    let feedback = check_exercise_answer(&answer, exercise, &book()).expect("key calculates");
    let need = feedback.differences.iter().find(|d| d.field == "household.children[2].needs[0].state").expect("Adam");
    assert_eq!(need.quote.as_deref(), Some("Adam er hjemme med mor og går ikke i barnehage."));
}

fn shipped(id: &str) -> Exercise {
    let library = utmaling::domain::exercise::ExerciseLibrary::embedded();
    library.get(id).cloned().unwrap_or_else(|| panic!("exercise {id}"))
}

#[test]
fn children_in_another_order_quote_the_sentence_about_the_right_child() {
    // Exercise 23: Jakob is the key's first child, Maja the second. The trainee enters Maja first
    // and leaves her health item unassessed: the quote is about Maja, not about Jakob.
    let exercise = shipped("23-satsendring-juli-2023");
    let mut answer = exercise.case.clone();
    answer.household.children.reverse();
    answer.household.children[0].needs.clear();
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    assert_eq!(feedback.differences.len(), 1, "{:?}", feedback.differences);
    let health = &feedback.differences[0];
    assert_eq!(health.field, "household.children[0].needs[5].state");
    assert_eq!(health.key_child, Some(1));
    assert_eq!(health.quote.as_deref(), Some("Maja har ingen særlige helsebehov."));
    // A birth date typed wrong for the child entered second (Jakob) quotes Jakob's birth date.
    let mut answer = exercise.case.clone();
    answer.household.children.reverse();
    answer.household.children[1].birth_date = NaiveDate::from_ymd_opt(2013, 10, 8).expect("date");
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    let birth = &feedback.differences[0];
    assert_eq!(birth.field, "household.children[1].birth_date");
    assert_eq!(birth.key_child, Some(0));
    assert_eq!(
        birth.quote.as_deref(),
        Some("Sofie (35) er alene med to barn: Jakob, født 8. oktober 2012, og Maja, født 17. februar 2020.")
    );
}

#[test]
fn a_wrong_income_kind_quotes_the_sentence_with_that_income() {
    // Exercise 12: kontantstøtte entered as barnetrygd. Before, no sentence was quoted (the
    // expected value is a kind, not an amount); now the sentence with the key's 7 500 kr.
    let exercise = shipped("12-kontantstotte-regnes-med");
    let mut answer = exercise.case.clone();
    answer.incomes[1].kind = "barnetrygd".into();
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    let kind = &feedback.differences[0];
    assert_eq!(kind.field, "incomes[1].kind");
    assert_eq!(kind.rule, Some(RuleTag::KontantstotteCounted));
    assert_eq!(
        kind.quote.as_deref(),
        Some(
            "Hanne får overgangsstønad 11 900 kr netto i måneden, kontantstøtte 7 500 kr i måneden og barnetrygd \
             1 766 kr i måneden."
        )
    );
    // The calculation pairs the key's barnetrygd with the answer's barnetrygd of the same amount:
    // only kontantstøtte is missing and a second barnetrygd is extra.
    assert_eq!(
        calculation_lines(&feedback, &nb()),
        vec![
            "april 2024 – Kontantstøtte (Hanne): fasit 7\u{a0}500,00\u{a0}kr, ditt skjema ingen linje",
            "april 2024 – Barnetrygd (også utvidet og småbarnstillegg) (Hanne): fasit ingen linje, ditt skjema \
             7\u{a0}500,00\u{a0}kr",
        ]
    );
}

#[test]
fn the_living_situation_quotes_what_the_adults_are_to_each_other() {
    // Exercise 18: a couple entered as bofellesskap.
    let exercise = shipped("18-samboere-ikke-bofellesskap");
    let mut answer = exercise.case.clone();
    answer.household.living = Living::SharedHousing;
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    let living = &feedback.differences[0];
    assert_eq!(living.field, "household.living");
    assert_eq!(
        living.quote.as_deref(),
        Some(
            "I samtalen kommer det fram at de er kjærester og har bodd sammen i tre år, med felles kjøkken, felles \
             innkjøp og felles konto til regninger."
        )
    );
    // Exercise 5: a collective entered as enslig quotes what makes it a bofellesskap.
    let exercise = shipped("05-bofellesskap-kollektiv");
    let mut answer = exercise.case.clone();
    answer.household.living = Living::Single;
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    assert_eq!(
        feedback.differences[0].quote.as_deref(),
        Some("Hun er ikke kjæreste med noen av dem, og de har hver sin økonomi, men de deler kjøkken og stue.")
    );
    // Exercise 17: the flatmate entered as the applicant's partner.
    let exercise = shipped("17-bofellesskap-ikke-par");
    let mut answer = exercise.case.clone();
    answer.household.living = Living::Couple;
    answer.household.adults.push(utmaling::domain::case::Adult {
        name: "Henrik".into(),
        birth_date: None,
        rate: Default::default(),
    });
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    assert_eq!(
        feedback.differences[0].quote.as_deref(),
        Some("De er ikke kjærester, har hvert sitt soverom og hver sin økonomi, men deler kjøkken og stue.")
    );
    let adults = &feedback.differences[1];
    assert_eq!(adults.field, "household.adults[1].name");
    assert_eq!(adults.rule, Some(RuleTag::CoupleVsSharedHousing));
    assert_eq!(
        difference_text(adults, &nb()),
        "Antall voksne: riktig er 1, du har 2. I et bofellesskap hører bare de voksne som søker, med i saken. De andre \
         som bor der, har ikke plikt til å forsørge søkeren, så verken de eller inntektene deres skal føres inn. I \
         saken står det: «Henrik har fast jobb og tjener 31 000 kr netto i måneden, men han søker ikke og har ingen forsørgelsesplikt for Mina.»"
    );
    // 10 000 kr more: 13 100 (couple) − 6 600 (bofellesskap) = 6 500 → 3 800 + 6 500 = 10 300.
    assert_eq!(
        feedback.differences[2].given,
        Value::Result { pay: kr(10_300), surplus: Money::ZERO },
        "{:?}",
        feedback.differences
    );
}

#[test]
fn a_whole_month_for_a_partial_one_compares_the_same_calendar_month() {
    // Exercise 15: from 12 March; the trainee enters 1 March. The rate line is compared with the
    // trainee's (5 064,52 = 7 850 × 20 / 31 against 7 850), and the rent is the same in both.
    let exercise = shipped("15-del-av-maned");
    let mut answer = exercise.case.clone();
    answer.period.from = NaiveDate::from_ymd_opt(2024, 3, 1).expect("date");
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    assert_eq!(
        calculation_lines(&feedback, &nb()),
        vec!["mars 2024 – Livsopphold, enslig (Ali): fasit 5\u{a0}064,52\u{a0}kr, ditt skjema 7\u{a0}850,00\u{a0}kr"]
    );
}

#[test]
fn a_band_change_by_hand_names_the_birthday_and_the_month_the_new_band_starts() {
    // Exercise 16: Ida turns 6 on 14 March 2024, so Barn 6–10 år counts from April. The trainee
    // keeps the 0–5 rate in April: the missed rule is the band change, not just the rate.
    let exercise = shipped("16-fyller-6-i-perioden");
    let calc = calculate(&exercise.case, &book()).expect("key calculates");
    let sheet = hand_sheet(&calc, 2).expect("April");
    let mut answers = vec![String::new(); sheet.items.len()];
    let ida = sheet.items.iter().position(|i| matches!(i.row, SheetRow::Need(1))).expect("Ida's row");
    answers[ida] = "3 850".into();
    let feedback = check_hand(&sheet, &exercise.case, &calc, &book(), &answers);
    let Mark::Wrong { hint, rule } = &feedback.marks[ida] else { panic!("{:?}", feedback.marks[ida]) };
    assert_eq!(*rule, Some(RuleTag::AgeBandChange));
    assert_eq!(
        hint.render(&nb()),
        "Du har brukt satsen for Barn 0–5 år. Ida fyller 6 år 14.03.2024, men barnets alder den første dagen i \
         måneden avgjør aldersgruppen: Ida er 6 år den 01.04.2024 og hører til Barn 6–10 år. Satsen for Barn 6–10 \
         år gjelder fra april 2024."
    );
    // March, the birthday month: the 6–10 rate is one month early.
    let sheet = hand_sheet(&calc, 1).expect("March");
    let mut answers = vec![String::new(); sheet.items.len()];
    answers[ida] = "3 950".into();
    let feedback = check_hand(&sheet, &exercise.case, &calc, &book(), &answers);
    let Mark::Wrong { hint, .. } = &feedback.marks[ida] else { panic!("{:?}", feedback.marks[ida]) };
    assert_eq!(
        hint.render(&nb()),
        "Du har brukt satsen for Barn 6–10 år. Ida fyller 6 år 14.03.2024, men barnets alder den første dagen i \
         måneden avgjør aldersgruppen: Ida er 5 år den 01.03.2024 og hører til Barn 0–5 år. Satsen for Barn 6–10 \
         år gjelder fra april 2024."
    );
}

#[test]
fn a_date_written_without_its_year_in_the_narrative_is_quoted() {
    // Exercise 31: "fra og med 15. juni til og med 31. juli 2023" writes the year once.
    let exercise = shipped("31-del-av-maned-og-satsendring");
    let mut answer = exercise.case.clone();
    answer.period.from = NaiveDate::from_ymd_opt(2023, 6, 1).expect("date");
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    let from = &feedback.differences[0];
    assert_eq!(from.field, "period.from");
    assert_eq!(from.rule, Some(RuleTag::PartialMonth));
    assert_eq!(from.quote.as_deref(), Some("Han søker økonomisk stønad fra og med 15. juni til og med 31. juli 2023."));
    // June: 6 850 × 16 / 30 = 3 653,33 in the key against the full 6 850.
    assert_eq!(
        calculation_lines(&feedback, &nb()),
        vec!["juni 2023 – Livsopphold, enslig (Lars): fasit 3\u{a0}653,33\u{a0}kr, ditt skjema 6\u{a0}850,00\u{a0}kr"]
    );
}

#[test]
fn bostotte_left_out_by_hand_says_why_it_counts() {
    // Exercise 30: Oda's bostøtte 2 200 kr typed as 0.
    let exercise = shipped("30-reduksjon-og-hoy-husleie");
    let calc = calculate(&exercise.case, &book()).expect("key calculates");
    let sheet = hand_sheet(&calc, 0).expect("February");
    let row = sheet.items.iter().position(|i| matches!(i.row, SheetRow::Income(_))).expect("income row");
    let mut answers = vec![String::new(); sheet.items.len()];
    answers[row] = "0".into();
    let feedback = check_hand(&sheet, &exercise.case, &calc, &book(), &answers);
    let Mark::Wrong { hint, rule } = &feedback.marks[row] else { panic!("{:?}", feedback.marks[row]) };
    assert_eq!(*rule, Some(RuleTag::BostotteCounted));
    assert_eq!(
        hint.render(&nb()),
        "Bostøtte fra Husbanken regnes som inntekt: den gis til boutgiftene, og de godtatte boutgiftene er allerede \
         med i behovet. Skriv beløpet."
    );
}

#[test]
fn a_couple_given_two_rates_by_hand_and_a_spouse_income_left_out_are_named() {
    // Exercise 18: Marius and Ingrid are a couple (13 100 kr in 2024); Ingrid earns 14 600 kr.
    let exercise = shipped("18-samboere-ikke-bofellesskap");
    let calc = calculate(&exercise.case, &book()).expect("key calculates");
    let sheet = hand_sheet(&calc, 0).expect("August");
    let rate = sheet.items.iter().position(|i| matches!(i.row, SheetRow::Need(_))).expect("rate row");
    let income = sheet.items.iter().position(|i| matches!(i.row, SheetRow::Income(_))).expect("income row");
    let hint_for = |rate_answer: &str| {
        let mut answers = vec![String::new(); sheet.items.len()];
        answers[rate] = rate_answer.into();
        answers[income] = "0".into();
        let feedback = check_hand(&sheet, &exercise.case, &calc, &book(), &answers);
        let Mark::Wrong { hint: rate_hint, rule: rate_rule } = &feedback.marks[rate] else { panic!("{feedback:?}") };
        let Mark::Wrong { hint: income_hint, rule: income_rule } = &feedback.marks[income] else {
            panic!("{feedback:?}")
        };
        ((rate_hint.render(&nb()), *rate_rule), (income_hint.render(&nb()), *income_rule))
    };
    // 2 × 6 600 (bofellesskap): before, only "Finn satsen … i tabellen".
    let ((text, rule), (income_text, income_rule)) = hint_for("13 200");
    assert_eq!(rule, Some(RuleTag::CoupleVsSharedHousing));
    assert_eq!(
        text,
        "Du har lagt sammen to satser for Person i bofellesskap (13\u{a0}200,00\u{a0}kr). De to er et par, ikke et \
         bofellesskap: ektepar og samboere får én felles sats for Ektepar/samboere, 13\u{a0}100,00\u{a0}kr i måneden, \
         uansett hvor mye de deler."
    );
    assert_eq!(income_rule, Some(RuleTag::SpouseIncomeCounted));
    assert_eq!(
        income_text,
        "Ingrid er søkerens ektefelle eller samboer. Et par regnes som én husstand, så begges inntekter regnes med – \
         også når bare den ene søker. Skriv netto månedsbeløp for «Lønn (netto)»."
    );
    // 2 × 7 850 (enslige).
    let ((text, rule), _) = hint_for("15700");
    assert_eq!(rule, Some(RuleTag::RateCouple));
    assert!(text.starts_with("Du har lagt sammen to satser for Enslige (15\u{a0}700,00\u{a0}kr)."), "{text}");
}

#[test]
fn an_old_case_dated_today_and_a_grown_son_entered_as_a_child_are_explained() {
    // Exercise 22 (March 2009) entered as March 2019: the old case's rule, not just "the period".
    let exercise = shipped("22-eldre-sak-2009");
    let mut answer = exercise.case.clone();
    answer.period.from = NaiveDate::from_ymd_opt(2019, 3, 1).expect("date");
    answer.period.to = NaiveDate::from_ymd_opt(2019, 3, 31).expect("date");
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    let from = &feedback.differences[0];
    assert_eq!(from.rule, Some(RuleTag::OldCase));
    assert_eq!(
        difference_text(from, &nb()),
        "Periode fra: riktig er 01.03.2009, du har 01.03.2019. Saken er gammel: perioden er 01.03.2009–31.03.2009. \
         Satsene den gang var mye lavere enn i dag, og hver måned regnes med satsene som gjaldt da. Skriv perioden \
         slik den står i saken; med et annet år blir alle satsene feil."
    );

    // Exercise 32: Mathias (19) lives with his parents and is an adult of the case with the
    // bofellesskap rate. Before, entered as a child he was "not mentioned in the case".
    let exercise = shipped("32-voksent-barn-hjemme");
    let mut answer = exercise.case.clone();
    answer.household.adults.pop();
    answer.household.children.push(utmaling::domain::case::Child {
        name: "Mathias".into(),
        birth_date: NaiveDate::from_ymd_opt(2005, 1, 20).expect("date"),
        share_percent: 100,
        needs: Vec::new(),
    });
    let feedback = check_exercise_answer(&answer, &exercise, &book()).expect("key calculates");
    let adults = feedback.differences.iter().find(|d| d.field.starts_with("household.adults")).expect("adults");
    assert_eq!(adults.why.id, "practice-why-adults", "a couple with a grown son is three adults");
    let son = feedback.differences.iter().find(|d| d.field == "household.children[0].name").expect("son");
    assert_eq!(son.rule, Some(RuleTag::RateSharedHousing));
    assert_eq!(
        son.why.render(&nb()),
        "Mathias er 18 år eller eldre og er ikke barn i saken: barnesatsene gjelder bare barn under 18 år. Saken \
         fører Mathias som voksen i husstanden, med egen sats for voksne. Legg til Mathias under «Voksne» i stedet."
    );
}
