//! The shipped state rate sets must equal the published table in docs/rates-history.md.
//! The table is parsed here at test time, independently of the program's own parsers, and
//! compared amount by amount (21 sets × 6 categories = 126 amounts) through the public loader.

mod common;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use utmaling::domain::Money;
use utmaling::domain::rates::{Category, EMBEDDED_RATE_FILES, Origin, Status};

use common::{book, manifest_dir};

/// One row of the markdown table.
#[derive(Debug)]
struct Row {
    effective: NaiveDate,
    /// In the table's column order: Enslige, Ektepar/samboere, Person i bofellesskap,
    /// Barn 0-5, Barn 6-10, Barn 11-17.
    amounts: [i64; 6],
    rundskriv_note: String,
    status: String,
}

/// The categories in the table's column order.
const COLUMNS: [Category; 6] = [
    Category::Single,
    Category::Couple,
    Category::SharedHousing,
    Category::Child0To5,
    Category::Child6To10,
    Category::Child11To17,
];

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_string()).collect()
}

/// "4 000" → 4000, written without the program's Money parser.
fn whole_kroner(cell: &str) -> i64 {
    let digits: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()), "not an amount: {cell:?}");
    digits.parse().expect("digits")
}

fn table() -> Vec<Row> {
    let path = manifest_dir().join("docs").join("rates-history.md");
    let text = std::fs::read_to_string(&path).expect("docs/rates-history.md is in the repo");
    let header = text.lines().find(|l| l.starts_with("| Effective from")).expect("table header row");
    assert_eq!(
        cells(header),
        [
            "Effective from",
            "Enslige",
            "Ektepar/samboere",
            "Person i bofellesskap",
            "Barn 0-5",
            "Barn 6-10",
            "Barn 11-17",
            "Rundskriv / note",
            "Status",
            "Where published",
        ],
        "the table's columns changed; the parser below assumes this order"
    );
    text.lines()
        .filter(|l| l.starts_with('|'))
        .filter_map(|l| {
            let c = cells(l);
            let effective = NaiveDate::parse_from_str(&c[0], "%Y-%m-%d").ok()?;
            assert_eq!(c.len(), 10, "row {l}");
            let mut amounts = [0; 6];
            for (i, amount) in amounts.iter_mut().enumerate() {
                *amount = whole_kroner(&c[1 + i]);
            }
            Some(Row { effective, amounts, rundskriv_note: c[7].clone(), status: c[8].clone() })
        })
        .collect()
}

#[test]
fn table_has_21_rows_in_date_order() {
    let rows = table();
    assert_eq!(rows.len(), 21);
    assert_eq!(rows[0].effective, common::d(2002, 1, 1));
    assert_eq!(rows[20].effective, common::d(2024, 1, 1));
    assert!(rows.windows(2).all(|w| w[0].effective < w[1].effective), "dates strictly increasing");
    // Spot checks that the parsing itself reads the right columns.
    assert_eq!(rows[0].amounts, [4000, 6660, 3330, 1530, 2020, 2550]);
    assert_eq!(rows[20].amounts, [7850, 13100, 6600, 3850, 3950, 5150]);
}

#[test]
fn every_shipped_amount_equals_the_table() {
    let rows = table();
    let book = book();
    let sets = book.state_sets();
    assert_eq!(sets.len(), rows.len(), "one embedded set per table row");
    let mut compared = 0;
    for (row, set) in rows.iter().zip(sets) {
        assert_eq!(set.effective, row.effective);
        assert_eq!(set.profile, None, "embedded sets are state sets");
        for (category, expected) in COLUMNS.iter().zip(row.amounts) {
            assert_eq!(
                set.rates.get(*category),
                Money::kroner(expected),
                "{} {}: file says {}, table says {expected}",
                row.effective,
                category.id(),
                set.rates.get(*category)
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 126);
}

#[test]
fn statuses_follow_the_table() {
    let rows = table();
    let book = book();
    for (row, set) in rows.iter().zip(book.state_sets()) {
        let expected = match row.status.as_str() {
            "P" => Status::Confirmed,
            "S" => Status::Secondary,
            other => panic!("{}: unknown status {other:?} in the table", row.effective),
        };
        assert_eq!(set.status, expected, "{}", row.effective);
    }
    // The two oldest sets are the only secondary ones.
    let secondary: Vec<_> =
        book.state_sets().iter().filter(|s| s.status == Status::Secondary).map(|s| s.effective).collect();
    assert_eq!(secondary, [common::d(2002, 1, 1), common::d(2004, 1, 1)]);
}

#[test]
fn rundskriv_numbers_follow_the_table() {
    // Where the table's note starts with a rundskriv number ("A-3/2023; 3.8 %"), the set names it;
    // where it does not ("(number not found)", "only Barn 0-5 changed"), the set says None.
    let rows = table();
    let book = book();
    for (row, set) in rows.iter().zip(book.state_sets()) {
        let expected = row
            .rundskriv_note
            .starts_with("A-")
            .then(|| row.rundskriv_note.split([';', ' ']).next().unwrap_or_default().to_string());
        assert_eq!(set.rundskriv, expected, "{}", row.effective);
    }
}

#[test]
fn embedded_list_matches_the_rates_folder() {
    let dir = manifest_dir().join("rates");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("rates/ exists")
        .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ron"))
        .collect();
    let listed: BTreeSet<String> = EMBEDDED_RATE_FILES.iter().map(|(name, _)| name.to_string()).collect();
    assert_eq!(listed.len(), EMBEDDED_RATE_FILES.len(), "no file listed twice");
    let missing: Vec<_> = on_disk.difference(&listed).collect();
    assert!(missing.is_empty(), "files in rates/ not in EMBEDDED_RATE_FILES: {missing:?}");
    let stale: Vec<_> = listed.difference(&on_disk).collect();
    assert!(stale.is_empty(), "EMBEDDED_RATE_FILES names files not in rates/: {stale:?}");
    // Each name is paired with that file's own text (the include_str! path and the label agree).
    for (name, text) in EMBEDDED_RATE_FILES {
        let disk = std::fs::read_to_string(dir.join(name)).expect("read rate file");
        assert_eq!(text, disk, "EMBEDDED_RATE_FILES entry {name} embeds another file's text");
    }
}

#[test]
fn each_embedded_set_is_dated_by_its_file_name() {
    let book = book();
    for set in book.state_sets() {
        let Origin::Embedded(name) = &set.origin else { panic!("{}: not embedded", set.effective) };
        assert_eq!(*name, format!("{}.ron", set.effective.format("%Y-%m-%d")));
    }
}
