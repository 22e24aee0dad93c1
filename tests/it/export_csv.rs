//! The CSV export in a spreadsheet's hands: every legal field has its column, and cells a
//! spreadsheet would take for formulas (OWASP "CSV injection") are neutralised by default.

use timeline::export;
use timeline::model::{LegalField, Timeline};

const FILE: &str = "tests/fixtures/formulas.toml";

fn formulas() -> Timeline {
    let text = std::fs::read_to_string(FILE).expect("fixture");
    timeline::load::parse(FILE, &text).expect("the fixture is valid")
}

/// The header and the rows of a CSV text.
fn read(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = r
        .records()
        .map(|row| row.expect("a row").iter().map(str::to_owned).collect())
        .collect();
    (headers, rows)
}

#[test]
fn every_legal_field_has_a_column_named_by_its_key() {
    let t = formulas();
    let all: Vec<_> = t.indices().collect();
    let (headers, rows) = read(&export::to_csv(&t, &all).expect("csv"));
    let legal = t.events[0]
        .legal
        .as_deref()
        .expect("the ruling's legal table");
    for field in LegalField::ALL {
        let at = headers
            .iter()
            .position(|h| h == field.key())
            .unwrap_or_else(|| panic!("no column {} in {headers:?}", field.key()));
        assert_eq!(
            rows[0][at].trim_start_matches('\''),
            legal.get(field).expect("the fixture fills every field"),
            "{}",
            field.key()
        );
        assert_eq!(rows[1][at], "", "an event without a legal table");
    }
}
