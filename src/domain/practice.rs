//! Feedback for trainee mode (Øving): the trainee's answer is compared with the key — the
//! exercise's case and the engine's calculation of it — and every difference is returned as data
//! that names the field, what was expected and given, the rule it breaks and a message that
//! teaches the rule. Two ways to practise:
//!
//! - *fill the form* ([`check_case`]): the trainee's case against the key case, field by field,
//!   and both calculations line by line;
//! - *regn selv* ([`hand_sheet`], [`check_hand`]): the trainee types each line of one month's
//!   calculation by hand; each wrong line gets a hint that names the rule.
//!
//! Pure: no windows here. Every text shown is a Fluent id in `practice.ftl`.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;

use super::CalcError;
use super::calc::{Calculation, Line, Month, Note, PersonRef, Rule, Section, barnetrygd_shield_date, calculate};
use super::case::{Assessment, Case, Expense, Income, Living};
use super::date::{age_on, format_date, month_end, month_name, month_start};
use super::exercise::{Exercise, RuleTag};
use super::explain::line_label;
use super::kinds::{ChildNeed, ExpenseGroup, IncomeTreatment, expense_kind, income_kind};
use super::money::Money;
use super::rates::{Category, RateBook};
use crate::i18n::Localizer;

/// A value in a message: rendered in the trainee's language when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Nothing was entered.
    Missing,
    Text(String),
    Money(Money),
    Date(NaiveDate),
    Month(NaiveDate),
    Percent(u32),
    Count(usize),
    /// A Fluent id, shown translated.
    Key(&'static str),
    IncomeKind(String),
    ExpenseKind(String),
    Living(Living),
    Category(Category),
    ChildNeed(ChildNeed),
    /// A child's needs item: granted amount or not granted.
    Granted(Option<Money>),
    /// A child's needs item that must be assessed: any assessment is right; the key's (a Fluent
    /// id such as `need-state-covered`) is named as the example.
    Assessed(&'static str),
    /// The result of a calculation: the amount to pay, or the surplus when there is none.
    Result {
        pay: Money,
        surplus: Money,
    },
}

impl Value {
    pub fn render(&self, loc: &Localizer) -> String {
        match self {
            Value::Missing => loc.t("practice-value-missing"),
            Value::Text(text) => text.clone(),
            Value::Money(m) => m.format(),
            Value::Date(d) => format_date(*d),
            Value::Month(d) => month_name(loc, *d),
            Value::Percent(p) => format!("{p}\u{a0}%"),
            Value::Count(n) => n.to_string(),
            Value::Key(id) => loc.t(id),
            Value::IncomeKind(code) => income_kind(code).map_or_else(|| code.clone(), |k| loc.t(&k.key())),
            Value::ExpenseKind(code) => expense_kind(code).map_or_else(|| code.clone(), |k| loc.t(&k.key())),
            Value::Living(living) => loc.t(living_key(*living)),
            Value::Category(category) => loc.t(category.key()),
            Value::ChildNeed(need) => loc.t(&need.key()),
            Value::Granted(Some(m)) => m.format(),
            Value::Granted(None) => loc.t("practice-value-not-granted"),
            Value::Assessed(state) => loc.t1("practice-value-assessed", "state", loc.t(state)),
            Value::Result { pay, .. } if pay.is_positive() => {
                loc.t1("practice-value-pay", "amount", pay.format_kroner())
            }
            Value::Result { surplus, .. } => loc.t1("practice-value-surplus", "amount", surplus.format()),
        }
    }
}

fn living_key(living: Living) -> &'static str {
    match living {
        Living::Single => "living-single",
        Living::Couple => "living-couple",
        Living::SharedHousing => "living-shared",
    }
}

/// A message: a Fluent id and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg { id, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: Value) -> Msg {
        self.args.push((name, value));
        self
    }

    pub fn render(&self, loc: &Localizer) -> String {
        let rendered: Vec<(&str, FluentValue<'_>)> =
            self.args.iter().map(|(name, value)| (*name, FluentValue::from(value.render(loc)))).collect();
        loc.ta(self.id, &rendered)
    }
}

/// One item of the trainee's case that differs from the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// The form field to move the focus to (`incomes[1].kind`), as the form names it.
    pub field: String,
    /// What the item is ("Inntekt 2: type").
    pub what: Msg,
    pub expected: Value,
    pub given: Value,
    /// The rule the difference breaks, when it is about one.
    pub rule: Option<RuleTag>,
    /// Why: the rule in words and where the fact is.
    pub why: Msg,
    /// The sentence of the exercise's narrative that states the fact, when one is found.
    pub quote: Option<String>,
    /// The key's child the item is about (index into the key case's children): the answer's
    /// children may be entered in another order, so the field's index is not the key's.
    pub key_child: Option<usize>,
    /// An amount of the key that finds the narrative's sentence when the expected value is not
    /// one (an income's kind: the sentence with that income's amount).
    pub key_amount: Option<Money>,
}

/// A line of one calculation that the other lacks or has with another amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineDiff {
    /// Index into the key calculation's months.
    pub month: usize,
    /// Index into that month's lines in the key calculation.
    pub key_line: Option<usize>,
    /// Index into the same month's lines in the answer's calculation.
    pub answer_line: Option<usize>,
}

/// The result of checking a filled-in form against the key.
#[derive(Clone, Debug)]
pub struct FormFeedback {
    /// Items checked and items right (the score is `correct / checked`).
    pub checked: usize,
    pub correct: usize,
    pub differences: Vec<Difference>,
    pub key_case: Case,
    pub key_calc: Calculation,
    pub answer_case: Case,
    /// The answer's calculation, or why it could not be made.
    pub answer_calc: Result<Calculation, CalcError>,
    /// The two calculations compared line by line (only lines that differ).
    pub lines: Vec<LineDiff>,
}

impl FormFeedback {
    pub fn all_correct(&self) -> bool {
        self.differences.is_empty() && self.correct == self.checked
    }

    /// The field of the first difference, for the focus.
    pub fn first_field(&self) -> Option<&str> {
        self.differences.iter().map(|d| d.field.as_str()).find(|f| !f.is_empty())
    }

    /// Rules with at least one difference, and rules of the exercise checked without one.
    pub fn missed_rules(&self) -> Vec<RuleTag> {
        let mut rules: Vec<RuleTag> = self.differences.iter().filter_map(|d| d.rule).collect();
        rules.sort();
        rules.dedup();
        rules
    }
}

struct Checker {
    checked: usize,
    correct: usize,
    diffs: Vec<Difference>,
}

impl Checker {
    /// One item: right, or a difference.
    fn item(&mut self, ok: bool, diff: impl FnOnce() -> Difference) {
        self.checked += 1;
        if ok {
            self.correct += 1;
        } else {
            self.diffs.push(diff());
        }
    }

    /// `n` items that could not be checked because their row is missing: all wrong, one message.
    fn missing(&mut self, n: usize, diff: Difference) {
        self.checked += n;
        self.diffs.push(diff);
    }
}

fn diff(
    field: impl Into<String>,
    what: Msg,
    expected: Value,
    given: Value,
    rule: Option<RuleTag>,
    why: Msg,
) -> Difference {
    Difference { field: field.into(), what, expected, given, rule, why, quote: None, key_child: None, key_amount: None }
}

fn n(i: usize) -> Value {
    Value::Count(i + 1)
}

fn category_tag(category: Category) -> RuleTag {
    match category {
        Category::Single => RuleTag::RateSingle,
        Category::Couple => RuleTag::RateCouple,
        Category::SharedHousing => RuleTag::RateSharedHousing,
        Category::Child0To5 => RuleTag::RateChild0to5,
        Category::Child6To10 => RuleTag::RateChild6to10,
        Category::Child11To17 => RuleTag::RateChild11to17,
    }
}

fn outcome_tag(outcome: super::calc::Outcome) -> RuleTag {
    match outcome {
        super::calc::Outcome::Full => RuleTag::FullAssistance,
        super::calc::Outcome::Supplementary => RuleTag::SupplementaryAssistance,
        super::calc::Outcome::None => RuleTag::NoEntitlementSurplus,
    }
}

fn is_partial(case: &Case) -> bool {
    case.period.from != month_start(case.period.from) || case.period.to != month_end(case.period.to)
}

/// Compare the trainee's case with the key case, field by field, and both calculations line by
/// line. Incomes and expenses are matched by kind (and amount), not by position; children by
/// name, then by order. Err only when the key itself cannot be calculated.
pub fn check_case(answer: &Case, key: &Case, book: &RateBook) -> Result<FormFeedback, CalcError> {
    let key_calc = calculate(key, book)?;
    let answer_calc = calculate(answer, book);
    let mut c = Checker { checked: 0, correct: 0, diffs: Vec::new() };
    check_period(&mut c, answer, key, &key_calc);
    check_household(&mut c, answer, key, &key_calc);
    check_incomes(&mut c, answer, key);
    check_expenses(&mut c, answer, key);
    check_reductions(&mut c, answer, key);
    // The result: the amount to pay (or the surplus) and its kind.
    let given_result = answer_calc.as_ref().ok().map(|a| (a.outcome, a.assistance, a.surplus));
    let ok = given_result == Some((key_calc.outcome, key_calc.assistance, key_calc.surplus));
    c.item(ok, || {
        let result_value = |calc: &Calculation| Value::Result { pay: calc.assistance, surplus: calc.surplus };
        diff(
            "",
            Msg::new("practice-what-result"),
            result_value(&key_calc),
            answer_calc.as_ref().map_or(Value::Key("practice-value-no-result"), result_value),
            // A different kind of result (full, supplementary, none) misses that outcome's rule.
            answer_calc.as_ref().ok().filter(|a| a.outcome != key_calc.outcome).map(|_| outcome_tag(key_calc.outcome)),
            Msg::new("practice-why-result"),
        )
    });
    let lines = match &answer_calc {
        Ok(a) => compare_lines(key, &key_calc, answer, a),
        Err(_) => Vec::new(),
    };
    Ok(FormFeedback {
        checked: c.checked,
        correct: c.correct,
        differences: c.diffs,
        key_case: key.clone(),
        key_calc,
        answer_case: answer.clone(),
        answer_calc,
        lines,
    })
}

/// [`check_case`] for an exercise: each difference also quotes the narrative's sentence with
/// the fact, when one is found.
pub fn check_exercise_answer(answer: &Case, exercise: &Exercise, book: &RateBook) -> Result<FormFeedback, CalcError> {
    let mut feedback = check_case(answer, &exercise.case, book)?;
    for d in &mut feedback.differences {
        d.quote = quote_for(&exercise.narrative, d, &exercise.case);
    }
    Ok(feedback)
}

/// The sentences of a narrative (split after . ! ? and line breaks, keeping "1.3" and "14.03.2024").
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, ch)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, c)| c);
        let end = match ch {
            '\n' => true,
            // "født 20. juni 2010": a period after a one- or two-digit number is an ordinal,
            // not a sentence end ("i mars 2024. De har" ends one).
            '.' => {
                let digits = chars[..k].iter().rev().take_while(|&&(_, c)| c.is_ascii_digit()).count();
                next.is_none_or(char::is_whitespace) && !((1..=2).contains(&digits) && next != Some('\n'))
            }
            '!' | '?' => next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if end {
            let piece = text[start..i + ch.len_utf8()].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
            start = i + ch.len_utf8();
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The narrative's sentence that states the fact of a difference: its expected amount ("1 766",
/// "1766") or the key's amount behind it, a date, for a child the child's name, for the living
/// situation the words that decide it ("kjærester", "venn").
fn quote_for(narrative: &str, d: &Difference, key: &Case) -> Option<String> {
    let field = d.field.as_str();
    let normalized = narrative.replace(['\u{a0}', '\u{202f}'], " ");
    // The living situation (and how many adults it has): the sentence that tells what the adults
    // are to each other, else the one that says who lives there.
    if field == "household.living" || field.starts_with("household.adults") {
        let adults = field.starts_with("household.adults");
        let words: &[&str] = match key.household.living {
            // A flatmate entered in the case: the sentence that says he is not part of it.
            Living::SharedHousing if adults => {
                &["forsørgelsesplikt", "søker ikke", "ikke kjæreste", "venn", "kollektiv", "bofellesskap", "deler"]
            }
            Living::Couple => &["kjæreste", "samboer", "gift", "ektefelle", "ektemann", "kone", "sammen"],
            Living::SharedHousing => &["ikke kjæreste", "venn", "kollektiv", "bofellesskap", "deler", "sammen"],
            Living::Single => &["alene", "bor hos", "sammen"],
        };
        let all = sentences(&normalized);
        for word in words {
            if let Some(sentence) = all.iter().find(|s| s.to_lowercase().contains(word)) {
                return Some(sentence.to_string());
            }
        }
        return None;
    }
    let mut needles: Vec<String> = Vec::new();
    let amount = match &d.expected {
        Value::Money(m) | Value::Granted(Some(m)) => Some(*m),
        _ => d.key_amount,
    };
    if let Some(m) = amount {
        let whole = m.round_to_kroner();
        if whole == m {
            let grouped = whole.format_number().replace(",00", "");
            needles.push(grouped.replace('\u{a0}', " "));
            needles.push(grouped.replace('\u{a0}', ""));
        } else {
            needles.push(m.format_number().replace('\u{a0}', " "));
        }
    }
    if let Value::Date(d) = &d.expected {
        needles.push(format_date(*d));
        needles.push(format!("{}.{}.{}", d.day(), d.month(), d.year()));
        // As a narrative writes it: "3. mai 2019".
        if let Some(month) = super::date::MONTH_NAMES_NB.get(d.month0() as usize) {
            needles.push(format!("{}. {month} {}", d.day(), d.year()));
            // "fra og med 15. juni til og med 31. juli 2023": the year only once.
            needles.push(format!("{}. {month}", d.day()));
        }
    }
    // A child's fields: the child's name finds the sentence about the child.
    if let Some(rest) = field.strip_prefix("household.children")
        && let Some(child) = d.key_child.and_then(|i| key.household.children.get(i))
    {
        // A needs item: the sentence about this child and this need ("Adam … går ikke i barnehage").
        let row =
            rest.split_once("].needs[").and_then(|(_, r)| r.split_once(']')).and_then(|(r, _)| r.parse::<usize>().ok());
        if let Some(need) = row.and_then(|r| ChildNeed::ALL.get(r)) {
            let words = need_words(*need);
            let found = sentences(&normalized).into_iter().find(|sentence| {
                let lower = sentence.to_lowercase();
                contains_token(sentence, &child.name) && words.iter().any(|w| lower.contains(w))
            });
            if let Some(sentence) = found {
                return Some(sentence.to_string());
            }
        }
        needles.push(child.name.clone());
    }
    for needle in needles.iter().filter(|n| n.chars().any(|c| c.is_ascii_digit() || c.is_alphabetic())) {
        // An amount must stand alone ("1 766", not "21 766").
        for sentence in sentences(&normalized) {
            if contains_token(sentence, needle) {
                return Some(sentence.to_string());
            }
        }
    }
    None
}

/// Words a narrative uses for a children's-needs item (bokmål, lower case).
fn need_words(need: ChildNeed) -> &'static [&'static str] {
    match need {
        ChildNeed::DaycareSfo => &["barnehage", "sfo", "aks"],
        ChildNeed::School => &["skole"],
        ChildNeed::Leisure => &["fritid", "kontingent", "korps", "fotball", "klubb", "trening"],
        ChildNeed::ClothesEquipment => &["klær", "utstyr", "pc", "telefon"],
        ChildNeed::InternetPhone => &["internett", "mobil", "abonnement"],
        ChildNeed::Health => &["helse", "lege", "tannlege", "tannregulering", "behov"],
        ChildNeed::Contact => &["samvær"],
    }
}

/// `needle` occurs in `haystack` as a whole number: "1 766" is found in "barnetrygd 1 766 kr",
/// not in "21 766" or "1 766 000".
fn contains_token(haystack: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = haystack[from..].find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let digit_before = haystack[..start].chars().next_back().is_some_and(|c| c.is_ascii_digit());
        let after = &haystack[end..];
        let digit_after = after.chars().next().is_some_and(|c| c.is_ascii_digit())
            || (after.starts_with(' ') && after[1..].chars().take(3).filter(char::is_ascii_digit).count() == 3);
        if !digit_before && !digit_after {
            return true;
        }
        from = end;
    }
    false
}

fn check_period(c: &mut Checker, answer: &Case, key: &Case, key_calc: &Calculation) {
    let partial = is_partial(key);
    let rate_change = key_calc.rate_sets.len() > 1;
    let (rule, why) = if partial {
        (Some(RuleTag::PartialMonth), "practice-why-period-partial")
    } else if rate_change {
        (Some(RuleTag::RateChangeJuly), "practice-why-period-rate-change")
    } else if key.period.from < super::rule_evidence::old_case_limit() {
        (Some(RuleTag::OldCase), "practice-why-period-old")
    } else {
        (None, "practice-why-period")
    };
    let why_msg = || {
        Msg::new(why)
            .arg("from", Value::Date(key.period.from))
            .arg("to", Value::Date(key.period.to))
            .arg("days", Value::Count(((key.period.to - key.period.from).num_days() + 1).max(0) as usize))
    };
    c.item(answer.period.from == key.period.from, || {
        diff(
            "period.from",
            Msg::new("practice-what-period-from"),
            Value::Date(key.period.from),
            Value::Date(answer.period.from),
            rule,
            why_msg(),
        )
    });
    c.item(answer.period.to == key.period.to, || {
        diff(
            "period.to",
            Msg::new("practice-what-period-to"),
            Value::Date(key.period.to),
            Value::Date(answer.period.to),
            rule,
            why_msg(),
        )
    });
}

fn check_household(c: &mut Checker, answer: &Case, key: &Case, key_calc: &Calculation) {
    let (kh, ah) = (&key.household, &answer.household);
    let (rule, why) = match (kh.living, ah.living) {
        (Living::Couple, Living::SharedHousing) => (RuleTag::CoupleVsSharedHousing, "practice-why-couple-not-shared"),
        (Living::SharedHousing, Living::Couple) => (RuleTag::CoupleVsSharedHousing, "practice-why-shared-not-couple"),
        (Living::Couple, _) => (RuleTag::RateCouple, "practice-why-couple"),
        (Living::SharedHousing, _) => (RuleTag::RateSharedHousing, "practice-why-shared"),
        (Living::Single, _) => (RuleTag::RateSingle, "practice-why-single"),
    };
    c.item(kh.living == ah.living, || {
        diff(
            "household.living",
            Msg::new("practice-what-living"),
            Value::Living(kh.living),
            Value::Living(ah.living),
            Some(rule),
            Msg::new(why),
        )
    });
    c.item(kh.adults.len() == ah.adults.len(), || {
        let (rule, why) = match kh.living {
            // Just the couple (a grown child at home with them is a third adult: the general message).
            Living::Couple if kh.adults.len() == 2 => (Some(RuleTag::RateCouple), "practice-why-adults-couple"),
            // A flatmate entered in the applicant's case: in bofellesskap each adult is a case.
            Living::SharedHousing if ah.adults.len() > kh.adults.len() => {
                (Some(RuleTag::CoupleVsSharedHousing), "practice-why-adults-shared")
            }
            _ => (None, "practice-why-adults"),
        };
        diff(
            // An adult too many: the first extra one; one too few: the last one entered.
            if ah.adults.len() > kh.adults.len() {
                format!("household.adults[{}].name", kh.adults.len())
            } else {
                format!("household.adults[{}].name", ah.adults.len().saturating_sub(1))
            },
            Msg::new("practice-what-adults"),
            Value::Count(kh.adults.len()),
            Value::Count(ah.adults.len()),
            rule,
            Msg::new(why),
        )
    });
    // Children: by name first (trimmed, any case), then the rest in order.
    let norm = |s: &str| s.trim().to_lowercase();
    let mut used = vec![false; ah.children.len()];
    let mut pairs: Vec<Option<usize>> = kh
        .children
        .iter()
        .map(|k| {
            let found = ah.children.iter().enumerate().position(|(j, a)| !used[j] && norm(&a.name) == norm(&k.name));
            if let Some(j) = found {
                used[j] = true;
            }
            found
        })
        .collect();
    for pair in pairs.iter_mut().filter(|p| p.is_none()) {
        if let Some(j) = used.iter().position(|u| !u) {
            used[j] = true;
            *pair = Some(j);
        }
    }
    for (i, (kc, pair)) in kh.children.iter().zip(&pairs).enumerate() {
        let granted_items = kc.needs.len();
        // Every difference about this child names the key's child, whatever the answer's order.
        let first_diff = c.diffs.len();
        let Some(j) = *pair else {
            c.missing(
                2 + granted_items,
                diff(
                    "household.children",
                    Msg::new("practice-what-child").arg("name", Value::Text(kc.name.clone())),
                    Value::Text(kc.name.clone()),
                    Value::Missing,
                    None,
                    Msg::new("practice-why-child-missing").arg("name", Value::Text(kc.name.clone())),
                ),
            );
            for d in &mut c.diffs[first_diff..] {
                d.key_child = Some(i);
            }
            continue;
        };
        let ac = &ah.children[j];
        let name = || Value::Text(kc.name.clone());
        c.item(ac.birth_date == kc.birth_date, || {
            // The first month where the band differs, if any.
            let band_on = |birth: NaiveDate, first: NaiveDate| {
                if birth > first { None } else { Category::child_band(age_on(birth, first)) }
            };
            let band_diff = key_calc.months.iter().find_map(|m| {
                let first = month_start(m.from);
                let (kb, ab) = (band_on(kc.birth_date, first), band_on(ac.birth_date, first));
                (kb != ab).then_some((first, kb, ab))
            });
            let changes = key_calc.months.windows(2).any(|w| {
                band_on(kc.birth_date, month_start(w[0].from)) != band_on(kc.birth_date, month_start(w[1].from))
            });
            let first_band = key_calc.months.first().and_then(|m| band_on(kc.birth_date, month_start(m.from)));
            let rule = if changes { Some(RuleTag::AgeBandChange) } else { first_band.map(category_tag) };
            let why = match band_diff {
                Some((month, Some(kb), ab)) => Msg::new("practice-why-child-band")
                    .arg("name", name())
                    .arg("month", Value::Month(month))
                    .arg("age", Value::Count(age_on(kc.birth_date, month).max(0) as usize))
                    .arg("band", Value::Category(kb))
                    .arg("given", ab.map_or(Value::Key("practice-value-no-band"), Value::Category)),
                _ => Msg::new("practice-why-child-birth").arg("name", name()),
            };
            diff(
                format!("household.children[{j}].birth_date"),
                Msg::new("practice-what-child-birth").arg("name", name()),
                Value::Date(kc.birth_date),
                Value::Date(ac.birth_date),
                rule,
                why,
            )
        });
        c.item(ac.share_percent == kc.share_percent, || {
            diff(
                format!("household.children[{j}].share_percent"),
                Msg::new("practice-what-child-share").arg("name", name()),
                Value::Percent(kc.share_percent),
                Value::Percent(ac.share_percent),
                Some(RuleTag::SharedResidence),
                Msg::new("practice-why-child-share")
                    .arg("name", name())
                    .arg("percent", Value::Percent(kc.share_percent)),
            )
        });
        for (row, need) in ChildNeed::ALL.iter().enumerate() {
            let (kg, ag) = (granted(kc, *need), granted(ac, *need));
            if kg.is_none() && ag.is_none() {
                // An item the case speaks of must be assessed, even when nothing is granted.
                let Some(key_state) = assessment_key(kc, *need) else { continue };
                let given_state = assessment_key(ac, *need);
                c.item(given_state.is_some(), || {
                    diff(
                        format!("household.children[{j}].needs[{row}].state"),
                        Msg::new("practice-what-need").arg("name", name()).arg("need", Value::ChildNeed(*need)),
                        Value::Assessed(key_state),
                        Value::Key("practice-value-not-assessed"),
                        Some(RuleTag::ChildrenNeedsAssessed),
                        Msg::new("practice-why-need-not-assessed")
                            .arg("name", name())
                            .arg("need", Value::ChildNeed(*need)),
                    )
                });
                continue;
            }
            c.item(kg == ag, || {
                let why = match kg {
                    Some(amount) => Msg::new("practice-why-need-granted")
                        .arg("name", name())
                        .arg("need", Value::ChildNeed(*need))
                        .arg("amount", Value::Money(amount)),
                    None => Msg::new("practice-why-need-not-granted")
                        .arg("name", name())
                        .arg("need", Value::ChildNeed(*need)),
                };
                diff(
                    format!("household.children[{j}].needs[{row}].{}", if ag.is_some() { "amount" } else { "state" }),
                    Msg::new("practice-what-need").arg("name", name()).arg("need", Value::ChildNeed(*need)),
                    Value::Granted(kg),
                    Value::Granted(ag),
                    Some(RuleTag::ChildrenNeedsAssessed),
                    why,
                )
            });
        }
        for d in &mut c.diffs[first_diff..] {
            d.key_child = Some(i);
        }
    }
    for (j, ac) in ah.children.iter().enumerate() {
        if !used[j] {
            // A grown child the case has as an adult (Mathias, 19, in his parents' household).
            let as_adult = kh.adults.iter().find(|a| norm(&a.name) == norm(&ac.name));
            c.item(false, || {
                let (rule, why) = match as_adult {
                    Some(adult) => (
                        adult.rate.map(|r| match r {
                            super::case::AdultRate::Single => RuleTag::RateSingle,
                            super::case::AdultRate::SharedHousing => RuleTag::RateSharedHousing,
                        }),
                        Msg::new("practice-why-child-is-adult").arg("name", Value::Text(ac.name.clone())),
                    ),
                    None => (None, Msg::new("practice-why-child-extra").arg("name", Value::Text(ac.name.clone()))),
                };
                diff(
                    format!("household.children[{j}].name"),
                    Msg::new("practice-what-child").arg("name", Value::Text(ac.name.clone())),
                    Value::Missing,
                    Value::Text(ac.name.clone()),
                    rule,
                    why,
                )
            });
        }
    }
}

/// The Fluent id of how a child's needs item is assessed (None: not assessed).
fn assessment_key(child: &super::case::Child, need: ChildNeed) -> Option<&'static str> {
    child.needs.iter().find(|n| n.need == need).map(|n| match n.assessment {
        Assessment::NotRelevant => "need-state-not-relevant",
        Assessment::CoveredByRate => "need-state-covered",
        Assessment::Granted(_) => "need-state-granted",
    })
}

fn granted(child: &super::case::Child, need: ChildNeed) -> Option<Money> {
    child.needs.iter().find(|n| n.need == need).and_then(|n| match n.assessment {
        Assessment::Granted(m) => Some(m),
        _ => None,
    })
}

/// Pair each key row with an answer row: same kind and amount, then same kind, then same amount,
/// then what is left in order (a row with both kind and amount wrong is still the trainee's try).
fn pair_rows<K, A>(
    key: &[K],
    answer: &[A],
    kind_k: impl Fn(&K) -> &str,
    kind_a: impl Fn(&A) -> &str,
    amount_k: impl Fn(&K) -> Money,
    amount_a: impl Fn(&A) -> Money,
) -> (Vec<Option<usize>>, Vec<bool>) {
    let mut used = vec![false; answer.len()];
    let mut pairs: Vec<Option<usize>> = vec![None; key.len()];
    type Pass<'a, K, A> = &'a dyn Fn(&K, &A) -> bool;
    let passes: [Pass<K, A>; 4] = [
        &|k, a| kind_k(k) == kind_a(a) && amount_k(k) == amount_a(a),
        &|k, a| kind_k(k) == kind_a(a),
        &|k, a| amount_k(k) == amount_a(a),
        &|_, _| true,
    ];
    for pass in passes {
        for (i, k) in key.iter().enumerate() {
            if pairs[i].is_some() {
                continue;
            }
            if let Some(j) = answer.iter().enumerate().position(|(j, a)| !used[j] && pass(k, a)) {
                used[j] = true;
                pairs[i] = Some(j);
            }
        }
    }
    (pairs, used)
}

/// Why an income's kind matters: the rule that the wrong kind breaks.
fn income_kind_why(key: &Case, k: &Income, given_kind: &str) -> (Option<RuleTag>, Msg) {
    let treatment = |code: &str| income_kind(code).map(|kind| kind.treatment);
    let before_shield = key.period.from < barnetrygd_shield_date();
    let given = Value::IncomeKind(given_kind.to_string());
    match (k.kind.as_str(), treatment(&k.kind)) {
        (_, Some(IncomeTreatment::Barnetrygd)) if before_shield => {
            (Some(RuleTag::BarnetrygdBefore2022), Msg::new("practice-why-barnetrygd-before-2022").arg("given", given))
        }
        (_, Some(IncomeTreatment::Barnetrygd)) => {
            (Some(RuleTag::BarnetrygdShielded), Msg::new("practice-why-barnetrygd-shielded").arg("given", given))
        }
        (_, Some(IncomeTreatment::ChildWork)) => {
            (Some(RuleTag::ChildWorkIncomeShielded), Msg::new("practice-why-child-work").arg("given", given))
        }
        (_, Some(IncomeTreatment::ForeignBarnetrygd)) => (None, Msg::new("practice-why-foreign-barnetrygd")),
        ("kontantstotte", _) => (Some(RuleTag::KontantstotteCounted), Msg::new("practice-why-kontantstotte")),
        ("bostotte", _) => (Some(RuleTag::BostotteCounted), Msg::new("practice-why-bostotte")),
        (code, _) => {
            let shielded_given = matches!(
                treatment(given_kind),
                Some(IncomeTreatment::Barnetrygd | IncomeTreatment::ChildWork | IncomeTreatment::ForeignBarnetrygd)
            );
            let expected = Value::IncomeKind(code.to_string());
            if shielded_given {
                let rule = is_spouse_income(key, k).then_some(RuleTag::SpouseIncomeCounted);
                (rule, Msg::new("practice-why-counted-not-shielded").arg("kind", expected).arg("given", given))
            } else {
                (None, Msg::new("practice-why-income-kind").arg("kind", expected).arg("given", given))
            }
        }
    }
}

/// The income belongs to the second adult of a couple (the spouse or cohabitant).
fn is_spouse_income(key: &Case, income: &Income) -> bool {
    key.household.living == Living::Couple
        && income.person.as_deref().is_some_and(|p| key.household.adults.get(1).is_some_and(|a| a.name == p))
}

fn check_incomes(c: &mut Checker, answer: &Case, key: &Case) {
    let (pairs, used) = pair_rows(&key.incomes, &answer.incomes, |k| &k.kind, |a| &a.kind, |k| k.amount, |a| a.amount);
    for (k, pair) in key.incomes.iter().zip(&pairs) {
        let kind = || Value::IncomeKind(k.kind.clone());
        let Some(j) = *pair else {
            let treatment = income_kind(&k.kind).map(|kind| kind.treatment);
            let (rule, why) = if is_spouse_income(key, k) {
                (Some(RuleTag::SpouseIncomeCounted), Msg::new("practice-why-income-missing-spouse"))
            } else if matches!(treatment, Some(IncomeTreatment::Barnetrygd)) {
                (Some(RuleTag::BarnetrygdShielded), Msg::new("practice-why-income-missing-shielded"))
            } else if matches!(treatment, Some(IncomeTreatment::ChildWork)) {
                (Some(RuleTag::ChildWorkIncomeShielded), Msg::new("practice-why-income-missing-shielded"))
            } else if k.kind == "kontantstotte" {
                (Some(RuleTag::KontantstotteCounted), Msg::new("practice-why-kontantstotte"))
            } else if k.kind == "bostotte" {
                (Some(RuleTag::BostotteCounted), Msg::new("practice-why-bostotte"))
            } else {
                (None, Msg::new("practice-why-income-missing"))
            };
            c.missing(
                2,
                diff(
                    format!("incomes[{}].kind", answer.incomes.len()),
                    Msg::new("practice-what-income-missing").arg("kind", kind()),
                    Value::Money(k.amount),
                    Value::Missing,
                    rule,
                    why.arg("kind", kind()).arg("amount", Value::Money(k.amount)),
                ),
            );
            continue;
        };
        let a = &answer.incomes[j];
        c.item(a.kind == k.kind, || {
            let (rule, why) = income_kind_why(key, k, &a.kind);
            Difference {
                key_amount: Some(k.amount),
                ..diff(
                    format!("incomes[{j}].kind"),
                    Msg::new("practice-what-income-kind").arg("n", n(j)),
                    kind(),
                    Value::IncomeKind(a.kind.clone()),
                    rule,
                    why,
                )
            }
        });
        c.item(a.amount == k.amount, || {
            diff(
                format!("incomes[{j}].amount"),
                Msg::new("practice-what-income-amount").arg("n", n(j)).arg("kind", kind()),
                Value::Money(k.amount),
                Value::Money(a.amount),
                None,
                Msg::new("practice-why-income-amount").arg("kind", kind()),
            )
        });
    }
    for (j, a) in answer.incomes.iter().enumerate() {
        if !used[j] {
            c.item(false, || {
                diff(
                    format!("incomes[{j}].kind"),
                    Msg::new("practice-what-income-extra").arg("n", n(j)),
                    Value::Missing,
                    Value::Money(a.amount),
                    None,
                    Msg::new("practice-why-income-extra").arg("kind", Value::IncomeKind(a.kind.clone())),
                )
            });
        }
    }
}

fn expense_rule(expense: &Expense) -> Option<RuleTag> {
    match expense_kind(&expense.kind).map(|k| k.group) {
        Some(ExpenseGroup::Children) => Some(RuleTag::ChildrenNeedsAssessed),
        _ => None,
    }
}

fn check_expenses(c: &mut Checker, answer: &Case, key: &Case) {
    let (pairs, used) =
        pair_rows(&key.expenses, &answer.expenses, |k| &k.kind, |a| &a.kind, |k| k.applied, |a| a.applied);
    for (k, pair) in key.expenses.iter().zip(&pairs) {
        let kind = || Value::ExpenseKind(k.kind.clone());
        let group = expense_kind(&k.kind).map(|x| x.group);
        let below = k.accepted_amount() < k.applied;
        let items = 3 + usize::from(below) + usize::from(k.child.is_some());
        let Some(j) = *pair else {
            let why = match group {
                Some(ExpenseGroup::Housing) => "practice-why-expense-missing-housing",
                Some(ExpenseGroup::Energy) => "practice-why-expense-missing-energy",
                Some(ExpenseGroup::Children) => "practice-why-expense-missing-children",
                _ => "practice-why-expense-missing",
            };
            c.missing(
                items,
                diff(
                    format!("expenses[{}].kind", answer.expenses.len()),
                    Msg::new("practice-what-expense-missing").arg("kind", kind()),
                    Value::Money(k.applied),
                    Value::Missing,
                    expense_rule(k),
                    Msg::new(why).arg("kind", kind()).arg("amount", Value::Money(k.applied)),
                ),
            );
            continue;
        };
        let a = &answer.expenses[j];
        c.item(a.kind == k.kind, || Difference {
            key_amount: Some(k.applied),
            ..diff(
                format!("expenses[{j}].kind"),
                Msg::new("practice-what-expense-kind").arg("n", n(j)),
                kind(),
                Value::ExpenseKind(a.kind.clone()),
                expense_rule(k),
                Msg::new("practice-why-expense-kind").arg("kind", kind()),
            )
        });
        c.item(a.applied == k.applied, || {
            diff(
                format!("expenses[{j}].applied"),
                Msg::new("practice-what-expense-applied").arg("n", n(j)).arg("kind", kind()),
                Value::Money(k.applied),
                Value::Money(a.applied),
                None,
                Msg::new("practice-why-expense-applied").arg("kind", kind()),
            )
        });
        c.item(a.accepted_amount() == k.accepted_amount(), || {
            let housing = group == Some(ExpenseGroup::Housing);
            let (rule, why) = if below {
                (
                    housing.then_some(RuleTag::HousingAcceptedBelowApplied),
                    Msg::new("practice-why-accepted-below")
                        .arg("kind", kind())
                        .arg("applied", Value::Money(k.applied))
                        .arg("accepted", Value::Money(k.accepted_amount()))
                        .arg("reason", Value::Text(k.reason.clone().unwrap_or_default())),
                )
            } else {
                (None, Msg::new("practice-why-accepted-full").arg("kind", kind()))
            };
            diff(
                format!("expenses[{j}].accepted"),
                Msg::new("practice-what-expense-accepted").arg("n", n(j)).arg("kind", kind()),
                Value::Money(k.accepted_amount()),
                Value::Money(a.accepted_amount()),
                rule,
                why,
            )
        });
        if below {
            let has_reason = a.reason.as_deref().is_some_and(|r| !r.trim().is_empty());
            c.item(has_reason, || {
                diff(
                    format!("expenses[{j}].reason"),
                    Msg::new("practice-what-expense-reason").arg("n", n(j)).arg("kind", kind()),
                    Value::Key("practice-value-a-reason"),
                    Value::Missing,
                    (group == Some(ExpenseGroup::Housing)).then_some(RuleTag::HousingAcceptedBelowApplied),
                    Msg::new("practice-why-reason-missing"),
                )
            });
        }
        if let Some(child) = &k.child {
            let same = a.child.as_deref().is_some_and(|x| x.trim().eq_ignore_ascii_case(child.trim()));
            c.item(same, || {
                diff(
                    format!("expenses[{j}].child"),
                    Msg::new("practice-what-expense-child").arg("n", n(j)).arg("kind", kind()),
                    Value::Text(child.clone()),
                    a.child.clone().map_or(Value::Missing, Value::Text),
                    Some(RuleTag::ChildrenNeedsAssessed),
                    Msg::new("practice-why-expense-child").arg("name", Value::Text(child.clone())),
                )
            });
        }
    }
    for (j, a) in answer.expenses.iter().enumerate() {
        if !used[j] {
            c.item(false, || {
                diff(
                    format!("expenses[{j}].kind"),
                    Msg::new("practice-what-expense-extra").arg("n", n(j)),
                    Value::Missing,
                    Value::Money(a.applied),
                    None,
                    Msg::new("practice-why-expense-extra").arg("kind", Value::ExpenseKind(a.kind.clone())),
                )
            });
        }
    }
}

fn check_reductions(c: &mut Checker, answer: &Case, key: &Case) {
    for (i, k) in key.reductions.iter().enumerate() {
        let given = answer.reductions.get(i).map(|r| r.amount);
        c.item(given == Some(k.amount), || {
            diff(
                format!("reductions[{}].amount", i.min(answer.reductions.len())),
                Msg::new("practice-what-reduction").arg("n", n(i)),
                Value::Money(k.amount),
                given.map_or(Value::Missing, Value::Money),
                Some(RuleTag::Reduction),
                Msg::new("practice-why-reduction").arg("amount", Value::Money(k.amount)),
            )
        });
    }
    for i in key.reductions.len()..answer.reductions.len() {
        c.item(false, || {
            diff(
                format!("reductions[{i}].amount"),
                Msg::new("practice-what-reduction").arg("n", n(i)),
                Value::Missing,
                Value::Money(answer.reductions[i].amount),
                Some(RuleTag::Reduction),
                Msg::new("practice-why-reduction-extra"),
            )
        });
    }
}

/// A line's identity across two cases: section, kind and the person's name.
fn line_identity(case: &Case, line: &Line) -> (Section, &'static str, String) {
    let adult = |i: usize| case.household.adults.get(i).map_or(String::new(), |a| a.name.trim().to_lowercase());
    // Who an income is entered for does not change the calculation: compare incomes by kind.
    let person = match line.person {
        _ if matches!(line.section, Section::Income | Section::Shielded) => String::new(),
        None => String::new(),
        Some(PersonRef::Adult(i)) => adult(i),
        Some(PersonRef::Child(i)) => {
            case.household.children.get(i).map_or(String::new(), |c| c.name.trim().to_lowercase())
        }
        // The couple's shared rate: one line whoever is named first.
        Some(PersonRef::Couple(..)) => "couple".to_string(),
    };
    (line.section, line.kind, person)
}

fn compare_lines(key: &Case, key_calc: &Calculation, answer: &Case, answer_calc: &Calculation) -> Vec<LineDiff> {
    let mut out = Vec::new();
    for (m, km) in key_calc.months.iter().enumerate() {
        // The same calendar month, even when the answer's period starts on another day.
        let am = answer_calc.months.iter().find(|x| month_start(x.from) == month_start(km.from));
        let mut used = vec![false; am.map_or(0, |x| x.lines.len())];
        let mut key_used = vec![false; km.lines.len()];
        // Same section, kind and person: compare the amounts. Same amount first, so that two
        // lines of one kind (a second «Barnetrygd» for kontantstøtte) pair with the right one.
        for same_amount in [true, false] {
            for (i, kl) in km.lines.iter().enumerate() {
                if key_used[i] {
                    continue;
                }
                let id = line_identity(key, kl);
                let found = am.and_then(|am| {
                    am.lines.iter().enumerate().position(|(j, al)| {
                        !used[j] && line_identity(answer, al) == id && (!same_amount || al.amount == kl.amount)
                    })
                });
                if let Some(j) = found {
                    used[j] = true;
                    key_used[i] = true;
                    if am.map(|x| x.lines[j].amount) != Some(kl.amount) {
                        out.push(LineDiff { month: m, key_line: Some(i), answer_line: Some(j) });
                    }
                }
            }
        }
        if let Some(am) = am {
            // Another kind in the same section with the same amount (e.g. «Annen inntekt» for
            // «Lønn»): the field difference says so; the calculation is the same.
            for (i, kl) in km.lines.iter().enumerate() {
                if key_used[i] {
                    continue;
                }
                let same = am.lines.iter().enumerate().position(|(j, al)| {
                    !used[j] && al.section == kl.section && al.amount == kl.amount && al.section != Section::Need
                });
                if let Some(j) = same {
                    used[j] = true;
                    key_used[i] = true;
                }
            }
            // A person's rate in another category: one line with both amounts.
            for (i, kl) in km.lines.iter().enumerate() {
                if key_used[i] || !matches!(kl.rule, Rule::Rate(_)) {
                    continue;
                }
                let person = line_identity(key, kl).2;
                let same = am.lines.iter().enumerate().position(|(j, al)| {
                    !used[j] && matches!(al.rule, Rule::Rate(_)) && line_identity(answer, al).2 == person
                });
                if let Some(j) = same {
                    used[j] = true;
                    key_used[i] = true;
                    out.push(LineDiff { month: m, key_line: Some(i), answer_line: Some(j) });
                }
            }
        }
        for (i, u) in key_used.iter().enumerate() {
            if !u {
                out.push(LineDiff { month: m, key_line: Some(i), answer_line: None });
            }
        }
        for (j, u) in used.iter().enumerate() {
            if !u {
                out.push(LineDiff { month: m, key_line: None, answer_line: Some(j) });
            }
        }
    }
    out
}

/// The feedback as sentences, one per difference, then the calculation's differing lines.
pub fn feedback_lines(feedback: &FormFeedback, loc: &Localizer) -> Vec<String> {
    let mut out = vec![score_line(feedback.correct, feedback.checked, loc)];
    for d in &feedback.differences {
        out.push(difference_text(d, loc));
    }
    out.extend(calculation_lines(feedback, loc));
    out
}

/// "8 av 10 riktige" or "Alle riktige (10 av 10)".
pub fn score_line(correct: usize, checked: usize, loc: &Localizer) -> String {
    let args =
        [("correct", FluentValue::from(correct.to_string())), ("checked", FluentValue::from(checked.to_string()))];
    if correct == checked { loc.ta("practice-score-all", &args) } else { loc.ta("practice-score", &args) }
}

/// "Inntekt 2: type — riktig: Barnetrygd, du valgte: Annen inntekt. <why> I oppgaven: «…»"
pub fn difference_text(d: &Difference, loc: &Localizer) -> String {
    let mut text = loc.ta(
        "practice-diff",
        &[
            ("what", FluentValue::from(d.what.render(loc))),
            ("expected", FluentValue::from(d.expected.render(loc))),
            ("given", FluentValue::from(d.given.render(loc))),
        ],
    );
    text.push(' ');
    text.push_str(&d.why.render(loc));
    if let Some(quote) = &d.quote {
        text.push(' ');
        text.push_str(&loc.t1("practice-quote", "quote", quote.clone()));
    }
    text
}

/// The calculation's lines that differ, as sentences ("mars 2024 — Husleie: fasit …, ditt skjema …").
pub fn calculation_lines(feedback: &FormFeedback, loc: &Localizer) -> Vec<String> {
    let Ok(answer_calc) = &feedback.answer_calc else {
        return vec![loc.t("practice-calc-failed")];
    };
    let mut out = Vec::new();
    for ld in &feedback.lines {
        let Some(km) = feedback.key_calc.months.get(ld.month) else { continue };
        // The same calendar month, even when the answer's period starts on another day.
        let am = answer_calc.months.iter().find(|x| month_start(x.from) == month_start(km.from));
        let key_line = ld.key_line.and_then(|i| km.lines.get(i));
        let answer_line = ld.answer_line.and_then(|j| am.and_then(|m| m.lines.get(j)));
        let label = match (key_line, answer_line) {
            (Some(l), _) => line_label(loc, &feedback.key_case, l),
            (None, Some(l)) => line_label(loc, &feedback.answer_case, l),
            (None, None) => continue,
        };
        let amount = |l: Option<&Line>| l.map_or_else(|| loc.t("practice-value-no-line"), |l| l.amount.format());
        out.push(loc.ta(
            "practice-calc-line",
            &[
                ("month", FluentValue::from(month_name(loc, km.from))),
                ("line", FluentValue::from(label)),
                ("expected", FluentValue::from(amount(key_line))),
                ("given", FluentValue::from(amount(answer_line))),
            ],
        ));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Regn selv: the trainee calculates one month by hand.

/// What a row of the hand calculation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetRow {
    /// A need line of the month (index into the month's lines): a rate, an expense, a child's need.
    Need(usize),
    NeedTotal,
    /// An income line of the month (counted or shielded); the trainee types what is counted (0 if shielded).
    Income(usize),
    IncomeTotal,
    Reduction(usize),
    /// The amount to pay for the month (0 when there is a surplus), whole kroner.
    Pay,
    /// The surplus (only when income exceeds the need).
    Surplus,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetItem {
    pub row: SheetRow,
    pub expected: Money,
}

/// The answer sheet for one month of the key calculation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandSheet {
    /// Index into the calculation's months.
    pub month: usize,
    pub items: Vec<SheetItem>,
}

/// The sheet for month `month` of `calc` (None if there is no such month).
pub fn hand_sheet(calc: &Calculation, month: usize) -> Option<HandSheet> {
    let m = calc.months.get(month)?;
    let mut items = Vec::new();
    for (i, line) in m.lines.iter().enumerate() {
        if line.section == Section::Need {
            items.push(SheetItem { row: SheetRow::Need(i), expected: line.amount });
        }
    }
    items.push(SheetItem { row: SheetRow::NeedTotal, expected: m.need });
    let mut any_income = false;
    for (i, line) in m.lines.iter().enumerate() {
        match line.section {
            Section::Income => items.push(SheetItem { row: SheetRow::Income(i), expected: line.amount }),
            Section::Shielded => items.push(SheetItem { row: SheetRow::Income(i), expected: Money::ZERO }),
            _ => continue,
        }
        any_income = true;
    }
    if any_income {
        items.push(SheetItem { row: SheetRow::IncomeTotal, expected: m.income_counted });
    }
    for (i, line) in m.lines.iter().enumerate() {
        if line.section == Section::Reduction {
            items.push(SheetItem { row: SheetRow::Reduction(i), expected: line.amount });
        }
    }
    items.push(SheetItem { row: SheetRow::Pay, expected: m.result.max(Money::ZERO).round_to_kroner() });
    if m.result.is_negative() {
        items.push(SheetItem { row: SheetRow::Surplus, expected: m.result.negate() });
    }
    Some(HandSheet { month, items })
}

/// The label of a sheet row. Rate lines name the person only (finding the category is the exercise).
pub fn sheet_label(loc: &Localizer, case: &Case, calc: &Calculation, sheet: &HandSheet, row: SheetRow) -> String {
    let month = calc.months.get(sheet.month);
    let line = |i: usize| month.and_then(|m| m.lines.get(i));
    match row {
        SheetRow::Need(i) => match line(i) {
            Some(l) => match (l.rule, l.person) {
                (Rule::Rate(_), Some(person)) => {
                    loc.t1("practice-row-rate", "person", super::explain::person_name(loc, case, person))
                }
                _ => line_label(loc, case, l),
            },
            None => String::new(),
        },
        SheetRow::NeedTotal => loc.t("practice-row-need-total"),
        SheetRow::Income(i) => line(i).map_or_else(String::new, |l| line_label(loc, case, l)),
        SheetRow::IncomeTotal => loc.t("practice-row-income-total"),
        SheetRow::Reduction(_) => loc.t("practice-row-reduction"),
        SheetRow::Pay => {
            loc.t1("practice-row-pay", "month", month.map_or_else(String::new, |m| month_name(loc, m.from)))
        }
        SheetRow::Surplus => loc.t("practice-row-surplus"),
    }
}

/// How one typed amount was marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    Correct,
    /// Nothing typed.
    Empty,
    /// Not an amount: why, shown under the field in the user's language (`MoneyError::message`).
    Invalid(super::money::MoneyError),
    /// Wrong: a hint that names the rule.
    Wrong {
        hint: Msg,
        rule: Option<RuleTag>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandFeedback {
    pub marks: Vec<Mark>,
    pub correct: usize,
    pub checked: usize,
}

impl HandFeedback {
    pub fn all_correct(&self) -> bool {
        self.correct == self.checked
    }

    /// The index of the first row that is not right.
    pub fn first_wrong(&self) -> Option<usize> {
        self.marks.iter().position(|m| *m != Mark::Correct)
    }

    pub fn missed_rules(&self) -> Vec<RuleTag> {
        let mut rules: Vec<RuleTag> = self
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Wrong { rule, .. } => *rule,
                _ => None,
            })
            .collect();
        rules.sort();
        rules.dedup();
        rules
    }
}

/// Right to the krone: the same amount, or the same when both are rounded to whole kroner.
pub fn same_to_the_krone(given: Money, expected: Money) -> bool {
    given == expected || given.round_to_kroner() == expected.round_to_kroner()
}

/// Grade the typed amounts (one per sheet item, Norwegian input such as "1 766" or "1766,00").
pub fn check_hand(
    sheet: &HandSheet,
    case: &Case,
    calc: &Calculation,
    book: &RateBook,
    answers: &[String],
) -> HandFeedback {
    let parsed: Vec<Option<Money>> =
        sheet.items.iter().enumerate().map(|(i, _)| answers.get(i).and_then(|t| Money::parse(t).ok())).collect();
    let mut marks = Vec::with_capacity(sheet.items.len());
    let mut correct = 0;
    for (i, item) in sheet.items.iter().enumerate() {
        let text = answers.get(i).map(|s| s.trim()).unwrap_or("");
        let mark = if text.is_empty() {
            Mark::Empty
        } else {
            match Money::parse(text) {
                Err(e) => Mark::Invalid(e),
                Ok(given) if same_to_the_krone(given, item.expected) => Mark::Correct,
                Ok(given) if given.checked_sub(item.expected).is_ok_and(|d| d.abs() < Money::kroner(1)) => {
                    // Less than a krone off: the method is right, the rounding is not.
                    let hint = Msg::new("practice-hint-rounding");
                    Mark::Wrong { hint, rule: None }
                }
                Ok(given) => {
                    let (hint, rule) = hint_for(sheet, case, calc, book, &parsed, item, given);
                    Mark::Wrong { hint, rule }
                }
            }
        };
        if mark == Mark::Correct {
            correct += 1;
        }
        marks.push(mark);
    }
    HandFeedback { marks, correct, checked: sheet.items.len() }
}

fn sum_rows(sheet: &HandSheet, parsed: &[Option<Money>], pick: impl Fn(SheetRow) -> bool) -> Option<Money> {
    let values: Option<Vec<Money>> =
        sheet.items.iter().zip(parsed).filter(|(item, _)| pick(item.row)).map(|(_, v)| *v).collect();
    values.and_then(|v| Money::checked_sum(v).ok())
}

fn rule_tag_of(rule: Rule) -> Option<RuleTag> {
    Some(match rule {
        Rule::Rate(category) => category_tag(category),
        Rule::BarnetrygdShieldedByLaw => RuleTag::BarnetrygdShielded,
        Rule::BarnetrygdShieldedByPolicy | Rule::BarnetrygdCountedByPolicy => RuleTag::BarnetrygdBefore2022,
        Rule::ChildWorkShielded => RuleTag::ChildWorkIncomeShielded,
        Rule::ChildExpense | Rule::ChildNeedGranted => RuleTag::ChildrenNeedsAssessed,
        Rule::Reduction => RuleTag::Reduction,
        _ => return None,
    })
}

fn hint_for(
    sheet: &HandSheet,
    case: &Case,
    calc: &Calculation,
    book: &RateBook,
    parsed: &[Option<Money>],
    item: &SheetItem,
    given: Money,
) -> (Msg, Option<RuleTag>) {
    let Some(month) = calc.months.get(sheet.month) else { return (Msg::new("practice-hint-generic"), None) };
    let loc_free_line = |i: usize| month.lines.get(i);
    match item.row {
        SheetRow::Need(i) => match loc_free_line(i) {
            Some(line) => need_hint(case, calc, book, month, line, given),
            None => (Msg::new("practice-hint-generic"), None),
        },
        SheetRow::Income(i) => match loc_free_line(i) {
            Some(line) => income_hint(case, line, item.expected, given),
            None => (Msg::new("practice-hint-generic"), None),
        },
        SheetRow::Reduction(_) => (Msg::new("practice-hint-reduction"), Some(RuleTag::Reduction)),
        SheetRow::NeedTotal => {
            let own = sum_rows(sheet, parsed, |r| matches!(r, SheetRow::Need(_)));
            if own.is_some_and(|s| same_to_the_krone(given, s)) {
                (Msg::new("practice-hint-total-follows"), None)
            } else {
                (Msg::new("practice-hint-need-total"), None)
            }
        }
        SheetRow::IncomeTotal => {
            if let Some(hint) = total_with_shielded(month, item.expected, given) {
                return hint;
            }
            // A counted income left out.
            for line in month.lines.iter().filter(|l| l.section == Section::Income) {
                if item.expected.checked_sub(line.amount).is_ok_and(|x| same_to_the_krone(given, x)) {
                    return (
                        Msg::new("practice-hint-total-omitted").arg("kind", Value::IncomeKind(line.kind.to_string())),
                        rule_tag_of(line.rule).or(match line.kind {
                            "kontantstotte" => Some(RuleTag::KontantstotteCounted),
                            "bostotte" => Some(RuleTag::BostotteCounted),
                            _ => None,
                        }),
                    );
                }
            }
            let own = sum_rows(sheet, parsed, |r| matches!(r, SheetRow::Income(_)));
            if own.is_some_and(|s| same_to_the_krone(given, s)) {
                (Msg::new("practice-hint-total-follows"), None)
            } else {
                (Msg::new("practice-hint-income-total"), None)
            }
        }
        SheetRow::Pay => {
            let exact = month.result;
            // Barnetrygd (or another shielded income) subtracted from the need.
            if let Some((hint, rule)) = total_with_shielded(month, exact.negate(), given.negate()) {
                return (hint, rule);
            }
            if given.is_negative() {
                return (Msg::new("practice-hint-pay-negative"), Some(RuleTag::NoEntitlementSurplus));
            }
            let own = (|| {
                let need = sum_rows(sheet, parsed, |r| r == SheetRow::NeedTotal)?;
                let income = sum_rows(sheet, parsed, |r| r == SheetRow::IncomeTotal).unwrap_or(Money::ZERO);
                let reductions =
                    sum_rows(sheet, parsed, |r| matches!(r, SheetRow::Reduction(_))).unwrap_or(Money::ZERO);
                need.checked_sub(income).ok()?.checked_sub(reductions).ok()
            })();
            if exact.is_negative() {
                (Msg::new("practice-hint-pay-surplus"), Some(RuleTag::NoEntitlementSurplus))
            } else if own.is_some_and(|s| same_to_the_krone(given, s.max(Money::ZERO))) {
                (Msg::new("practice-hint-total-follows"), None)
            } else {
                (Msg::new("practice-hint-pay"), None)
            }
        }
        SheetRow::Surplus => (Msg::new("practice-hint-surplus"), Some(RuleTag::NoEntitlementSurplus)),
    }
}

/// The given total equals the right one plus the shielded incomes (or plus one of them).
fn total_with_shielded(month: &Month, expected: Money, given: Money) -> Option<(Msg, Option<RuleTag>)> {
    let shielded: Vec<&Line> = month.lines.iter().filter(|l| l.section == Section::Shielded).collect();
    let all = Money::checked_sum(shielded.iter().map(|l| l.amount)).ok()?;
    let mut candidates: Vec<(Money, Option<&Line>)> = vec![(all, None)];
    candidates.extend(shielded.iter().map(|l| (l.amount, Some(*l))));
    for (extra, line) in candidates {
        if extra.is_zero() {
            continue;
        }
        if expected.checked_add(extra).is_ok_and(|x| same_to_the_krone(given, x)) {
            let rule = line.or(shielded.first().copied()).map(|l| l.rule);
            return Some(match rule {
                Some(Rule::ChildWorkShielded) => {
                    (Msg::new("practice-hint-total-child-work"), Some(RuleTag::ChildWorkIncomeShielded))
                }
                Some(Rule::BarnetrygdShieldedByPolicy) => {
                    (Msg::new("practice-hint-barnetrygd-policy"), Some(RuleTag::BarnetrygdBefore2022))
                }
                Some(Rule::ForeignBarnetrygdShieldedByChoice) => (Msg::new("practice-hint-foreign-shielded"), None),
                _ => (
                    Msg::new("practice-hint-total-barnetrygd").arg("amount", Value::Money(extra)),
                    Some(RuleTag::BarnetrygdShielded),
                ),
            });
        }
    }
    None
}

fn income_hint(case: &Case, line: &Line, expected: Money, given: Money) -> (Msg, Option<RuleTag>) {
    let kind = Value::IncomeKind(line.kind.to_string());
    if expected.is_zero() {
        let id = match line.rule {
            Rule::BarnetrygdShieldedByLaw => "practice-hint-barnetrygd",
            Rule::BarnetrygdShieldedByPolicy => "practice-hint-barnetrygd-policy",
            Rule::ChildWorkShielded => "practice-hint-child-work",
            Rule::ForeignBarnetrygdShieldedByChoice => "practice-hint-foreign-shielded",
            _ => "practice-hint-income-shielded",
        };
        return (Msg::new(id).arg("kind", kind), rule_tag_of(line.rule));
    }
    if given.is_zero() {
        let (id, rule) = match (line.rule, line.kind) {
            (Rule::BarnetrygdCountedByPolicy, _) => {
                ("practice-hint-barnetrygd-counted-before", Some(RuleTag::BarnetrygdBefore2022))
            }
            (Rule::ForeignBarnetrygdCounted, _) => ("practice-hint-foreign-counted", None),
            (_, "kontantstotte") => ("practice-hint-kontantstotte", Some(RuleTag::KontantstotteCounted)),
            (_, "bostotte") => ("practice-hint-bostotte", Some(RuleTag::BostotteCounted)),
            // The second adult of a couple: the spouse's or cohabitant's income counts.
            _ if case.household.living == Living::Couple && line.person == Some(PersonRef::Adult(1)) => {
                ("practice-hint-spouse-income", Some(RuleTag::SpouseIncomeCounted))
            }
            _ => ("practice-hint-income-counted", None),
        };
        let person = line.person.map_or(Value::Missing, |p| Value::Text(person_text(case, p)));
        return (Msg::new(id).arg("kind", kind).arg("person", person), rule);
    }
    (Msg::new("practice-hint-income-amount").arg("kind", kind).arg("amount", Value::Money(expected)), None)
}

fn need_hint(
    case: &Case,
    calc: &Calculation,
    book: &RateBook,
    month: &Month,
    line: &Line,
    given: Money,
) -> (Msg, Option<RuleTag>) {
    let Rule::Rate(category) = line.rule else {
        return expense_hint(case, month, line, given);
    };
    let set = line.rate_set.and_then(|i| calc.rate_sets.get(i));
    let pro = line.pro_rata;
    let scale = |rate: Money| -> Money {
        match pro {
            Some(p) => rate
                .pro_rata(
                    rust_decimal::Decimal::from(p.days * p.share_percent),
                    rust_decimal::Decimal::from(p.days_in_month * 100),
                )
                .unwrap_or(rate),
            None => rate,
        }
    };
    let person = line.person.map_or(Value::Missing, |p| Value::Text(person_text(case, p)));
    // The full rate where only part of the month (or a share) counts.
    if let Some(p) = pro
        && same_to_the_krone(given, line.base)
    {
        return if p.days != p.days_in_month {
            (
                Msg::new("practice-hint-pro-rata-days")
                    .arg("rate", Value::Money(line.base))
                    .arg("days", Value::Count(p.days as usize))
                    .arg("total", Value::Count(p.days_in_month as usize))
                    .arg("amount", Value::Money(line.amount)),
                Some(RuleTag::PartialMonth),
            )
        } else {
            (
                Msg::new("practice-hint-share")
                    .arg("person", person)
                    .arg("rate", Value::Money(line.base))
                    .arg("percent", Value::Percent(p.share_percent))
                    .arg("amount", Value::Money(line.amount)),
                Some(RuleTag::SharedResidence),
            )
        };
    }
    // A couple's row with two rates added up: two bofellesskap rates, or two single rates.
    if let (Category::Couple, Some(set)) = (category, set) {
        for (other, id, rule) in [
            (Category::SharedHousing, "practice-hint-couple-two-shared", RuleTag::CoupleVsSharedHousing),
            (Category::Single, "practice-hint-couple-two-single", RuleTag::RateCouple),
        ] {
            let two = set.rates.get(other).checked_add(set.rates.get(other));
            if let Ok(two) = two
                && (same_to_the_krone(given, scale(two)) || same_to_the_krone(given, two))
            {
                return (
                    Msg::new(id)
                        .arg("used", Value::Category(other))
                        .arg("given", Value::Money(two))
                        .arg("category", Value::Category(category))
                        .arg("rate", Value::Money(set.rates.get(category))),
                    Some(rule),
                );
            }
        }
    }
    // Another category's rate from the same set.
    if let Some(set) = set {
        for other in Category::ALL.iter().copied().filter(|c| *c != category) {
            let rate = set.rates.get(other);
            if same_to_the_krone(given, scale(rate)) || same_to_the_krone(given, rate) {
                let (id, rule) = match (category, other) {
                    (Category::Couple, Category::SharedHousing) | (Category::SharedHousing, Category::Couple) => {
                        ("practice-hint-couple-vs-shared", RuleTag::CoupleVsSharedHousing)
                    }
                    (Category::Couple, Category::Single) => ("practice-hint-couple-one-rate", RuleTag::RateCouple),
                    (c, _) if c.band_label() != c.id() => ("practice-hint-child-band", category_tag(c)),
                    (c, _) => ("practice-hint-wrong-category", category_tag(c)),
                };
                let mut msg = Msg::new(id)
                    .arg("person", person.clone())
                    .arg("used", Value::Category(other))
                    .arg("category", Value::Category(category));
                let mut rule = rule;
                if let Some(PersonRef::Child(i)) = line.person
                    && let Some(child) = case.household.children.get(i)
                {
                    let first = month_start(month.from);
                    // The child changes band inside the period: that is the rule missed, and the
                    // hint says when the birthday is and from which month the new band counts.
                    let change = calc.notes.iter().find_map(|n| match n {
                        Note::BandChange { child, birthday, band, from_month } if *child == i => {
                            Some((*birthday, *band, *from_month))
                        }
                        _ => None,
                    });
                    if let (Some((birthday, band, from_month)), "practice-hint-child-band") = (change, id) {
                        msg = Msg::new("practice-hint-child-band-change")
                            .arg("person", person.clone())
                            .arg("used", Value::Category(other))
                            .arg("category", Value::Category(category))
                            .arg("birthday", Value::Date(birthday))
                            .arg("turns", Value::Count(age_on(child.birth_date, birthday).max(0) as usize))
                            .arg("band", Value::Category(band))
                            .arg("from", Value::Month(from_month));
                        rule = RuleTag::AgeBandChange;
                    }
                    msg = msg
                        .arg("age", Value::Count(age_on(child.birth_date, first).max(0) as usize))
                        .arg("date", Value::Date(first))
                        .arg("birth", Value::Date(child.birth_date));
                }
                return (msg, Some(rule));
            }
        }
    }
    // The same category from another year's set.
    for other in book.state_sets() {
        if set.is_some_and(|s| s.effective == other.effective) {
            continue;
        }
        let rate = other.rates.get(category);
        if same_to_the_krone(given, scale(rate)) || same_to_the_krone(given, rate) {
            return (
                Msg::new("practice-hint-wrong-set")
                    .arg("used", Value::Date(other.effective))
                    .arg("month", Value::Month(month.from))
                    .arg("set", set.map_or(Value::Missing, |s| Value::Date(s.effective))),
                Some(RuleTag::RateChangeJuly),
            );
        }
    }
    let prorated = pro.is_some_and(|p| !p.is_full());
    let child = match line.person {
        Some(PersonRef::Child(i)) => case.household.children.get(i),
        _ => None,
    };
    let id = match (child.is_some(), prorated) {
        (true, false) => "practice-hint-rate-child",
        (true, true) => "practice-hint-rate-child-prorated",
        (false, false) => "practice-hint-rate",
        (false, true) => "practice-hint-rate-prorated",
    };
    let mut msg = Msg::new(id)
        .arg("person", person)
        .arg("set", set.map_or(Value::Missing, |s| Value::Date(s.effective)))
        .arg("category", Value::Category(category));
    if let Some(child) = child {
        let first = month_start(month.from);
        msg = msg
            .arg("age", Value::Count(age_on(child.birth_date, first).max(0) as usize))
            .arg("date", Value::Date(first))
            .arg("birth", Value::Date(child.birth_date));
    }
    (msg, Some(category_tag(category)))
}

fn person_text(case: &Case, person: PersonRef) -> String {
    let adult = |i: usize| case.household.adults.get(i).map_or("?", |a| a.name.as_str());
    match person {
        PersonRef::Adult(i) => adult(i).to_string(),
        PersonRef::Child(i) => case.household.children.get(i).map_or("?", |c| c.name.as_str()).to_string(),
        PersonRef::Couple(a, b) => format!("{} + {}", adult(a), adult(b)),
    }
}

fn expense_hint(case: &Case, month: &Month, line: &Line, given: Money) -> (Msg, Option<RuleTag>) {
    let kind = Value::ExpenseKind(line.kind.to_string());
    if line.rule == Rule::ChildNeedGranted {
        return (
            Msg::new("practice-hint-child-need").arg("amount", Value::Money(line.amount)),
            Some(RuleTag::ChildrenNeedsAssessed),
        );
    }
    if line.base != line.amount && same_to_the_krone(given, line.base) {
        let reason = match line.field {
            super::calc::FieldRef::Expense(i) => {
                case.expenses.get(i).and_then(|e| e.reason.clone()).unwrap_or_default()
            }
            _ => String::new(),
        };
        let rule = (line.rule == Rule::Housing).then_some(RuleTag::HousingAcceptedBelowApplied);
        return (
            Msg::new("practice-hint-accepted")
                .arg("kind", kind)
                .arg("accepted", Value::Money(line.amount))
                .arg("reason", Value::Text(reason)),
            rule,
        );
    }
    // Pro rata by days, as the rates are: expenses count as entered.
    let days = ((month.to - month.from).num_days() + 1).max(0);
    let dim = super::date::days_in_month(month.from);
    if days != dim
        && line
            .amount
            .pro_rata(rust_decimal::Decimal::from(days), rust_decimal::Decimal::from(dim))
            .is_ok_and(|x| same_to_the_krone(given, x))
    {
        return (Msg::new("practice-hint-expense-not-prorated").arg("kind", kind), Some(RuleTag::PartialMonth));
    }
    (
        Msg::new("practice-hint-expense").arg("kind", kind).arg("amount", Value::Money(line.amount)),
        rule_tag_of(line.rule),
    )
}
