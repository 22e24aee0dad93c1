//! The documented shapes of the CSV and JSON exports: the CSV columns as docs/FORMAT.md
//! lists them, each field compared with the data, and a reviewed golden JSON document.
//!
//! Regenerate the golden file after an intended change with
//! `UPDATE_GOLDEN=1 cargo test --test it export_shape::`, then review its diff by hand.

use crate::common;

use timeline::export;
use timeline::model::{Fact, LegalField, Timeline};

/// The CSV columns, in order, as docs/FORMAT.md ("Exports") documents them.
const DOCUMENTED_COLUMNS: [&str; 21] = [
    "id",
    "date",
    "end",
    "precision",
    "kind",
    "title",
    "summary",
    "place",
    "tags",
    "case",
    "charge",
    "court",
    "instance",
    "outcome",
    "penalty_faced",
    "sentence",
    "disputed",
    "sources",
    "urls",
    "earliest",
    "latest",
];

fn all(t: &Timeline) -> Vec<timeline::model::EventIx> {
    t.indices().collect()
}

#[test]
fn the_documented_columns_are_the_ones_in_format_md() {
    let doc = std::fs::read_to_string("docs/FORMAT.md").expect("docs/FORMAT.md");
    let listed = format!(
        "`{}`",
        DOCUMENTED_COLUMNS
            .join("`, `")
            .replace(", `latest", ", and `latest")
    );
    assert!(
        doc.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains(&listed),
        "docs/FORMAT.md lists the CSV columns as {listed}"
    );
}

/// OWASP "CSV injection": a cell that starts with one of these gets a `'` before it unless
/// the exact text is asked for.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn check_csv(t: &Timeline, cells: export::CsvCells) {
    let text = export::to_csv(t, &all(t), cells).expect("csv");
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = r
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(headers, DOCUMENTED_COLUMNS);
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("records");
    assert_eq!(rows.len(), t.events.len());
    for (row, e) in rows.iter().zip(&t.events) {
        let field = |name: &str| {
            let at = DOCUMENTED_COLUMNS
                .iter()
                .position(|c| *c == name)
                .expect("column");
            row[at].to_owned()
        };
        let opt =
            |v: Option<&timeline::model::Text>| v.map(ToString::to_string).unwrap_or_default();
        let legal = e.legal.clone().unwrap_or_default();
        let d = e.date.earliest();
        let precision = match (e.date.is_window(), d.month(), d.day()) {
            (true, _, _) => "window",
            (false, _, Some(_)) => "day",
            (false, Some(_), None) => "month",
            (false, None, None) => "year",
        };
        let mut sources: Vec<&str> = Vec::new();
        for x in &e.excerpts {
            if !sources.contains(&x.source.as_str()) {
                sources.push(&x.source);
            }
        }
        let law = |f| legal.get(f).unwrap_or_default().to_owned();
        let expected = [
            ("id", e.id.to_string()),
            ("date", e.date.to_string()),
            ("end", e.end.map(|d| d.to_string()).unwrap_or_default()),
            ("precision", precision.to_owned()),
            ("kind", e.kind.as_str().to_owned()),
            ("title", e.title.to_string()),
            ("summary", e.summary.to_string()),
            (
                "place",
                e.facts.get(Fact::Place).unwrap_or_default().to_owned(),
            ),
            ("tags", e.tags.join("; ")),
            ("case", opt(e.case.as_ref())),
            ("charge", law(LegalField::Charge)),
            ("court", law(LegalField::Court)),
            ("instance", law(LegalField::Instance)),
            ("outcome", law(LegalField::Outcome)),
            ("penalty_faced", law(LegalField::PenaltyFaced)),
            ("sentence", law(LegalField::Sentence)),
            ("disputed", opt(e.disputed.as_ref())),
            ("sources", sources.join("; ")),
            (
                "urls",
                sources
                    .iter()
                    .filter_map(|id| t.source(id).and_then(|s| s.url.as_deref()))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            (
                "earliest",
                if e.date.is_window() {
                    d.to_string()
                } else {
                    String::new()
                },
            ),
            (
                "latest",
                e.date
                    .latest()
                    .filter(|_| e.date.is_window())
                    .map(|l| l.to_string())
                    .unwrap_or_default(),
            ),
        ];
        for (name, value) in expected {
            let value = match cells {
                export::CsvCells::Safe if value.starts_with(FORMULA_STARTS) => format!("'{value}"),
                _ => value,
            };
            assert_eq!(field(name), value, "{name} of {}", e.id);
        }
    }
}

#[test]
fn csv_rows_hold_the_data_of_each_event() {
    for cells in [export::CsvCells::Safe, export::CsvCells::Exact] {
        check_csv(&common::mini(), cells);
        check_csv(&common::shipped(), cells);
        let hostile = std::fs::read_to_string("tests/fixtures/hostile.toml").expect("fixture");
        check_csv(
            &timeline::load::parse("hostile.toml", &hostile).expect("valid"),
            cells,
        );
        let formulas = std::fs::read_to_string("tests/fixtures/formulas.toml").expect("fixture");
        check_csv(
            &timeline::load::parse("formulas.toml", &formulas).expect("valid"),
            cells,
        );
    }
}

#[test]
fn the_json_export_of_mini_matches_the_reviewed_golden_file() {
    let t = common::mini();
    let fresh = export::to_json(&t, &all(&t)).expect("json");
    let path = "tests/golden/mini.json";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &fresh).expect("write the golden file");
    }
    let golden = std::fs::read_to_string(path).expect("tests/golden/mini.json");
    assert!(
        golden == fresh,
        "the JSON export of mini.toml differs from {path}; if the change is intended, run \
         `UPDATE_GOLDEN=1 cargo test --test it export_shape::` and review the diff.\n{fresh}"
    );
}
