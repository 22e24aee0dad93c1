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
    let (headers, rows) = read(&export::to_csv(&t, &all, export::CsvCells::Exact).expect("csv"));
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
            rows[0][at],
            legal.get(field).expect("the fixture fills every field"),
            "{}",
            field.key()
        );
        assert_eq!(rows[1][at], "", "an event without a legal table");
    }
}

/// OWASP "CSV injection": a cell that starts with one of these is a formula (or a DDE call) to
/// a spreadsheet (Excel, `LibreOffice`).
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `timeline export --format csv FILE ARGS`, which must succeed; its standard output.
fn export_csv(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(["export", "--format", "csv", FILE])
        .args(args)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn cells_a_spreadsheet_would_run_get_a_quote_unless_the_exact_text_is_asked_for() {
    let t = formulas();
    let (headers, safe) = read(&export_csv(&[]));
    let (exact_headers, exact) = read(&export_csv(&["--csv-exact"]));
    assert_eq!(headers, exact_headers);
    let column = |name: &str| headers.iter().position(|h| h == name).expect("column");
    // The exact export holds the file's text, formulas and all.
    let e = &t.events[0];
    assert_eq!(exact[0][column("title")], *e.title);
    assert_eq!(exact[0][column("summary")], *e.summary);
    assert_eq!(exact[0][column("place")], "-3");
    // The default export differs from it only by a `'` before each cell that would run.
    let mut quoted = 0;
    for (safe_row, exact_row) in safe.iter().zip(&exact) {
        for (s, x) in safe_row.iter().zip(exact_row) {
            if x.starts_with(TRIGGERS) {
                assert_eq!(*s, format!("'{x}"));
                quoted += 1;
            } else {
                assert_eq!(s, x);
            }
        }
    }
    // title, summary, place, tags, case, the six legal fields and disputed.
    assert_eq!(quoted, 12);
    assert!(
        safe.iter()
            .flatten()
            .all(|cell| !cell.starts_with(TRIGGERS))
    );
}

#[test]
fn the_explorer_writes_the_safe_form() {
    use crate::common::pty::Session;
    let dir = tempfile::tempdir().expect("a scratch directory");
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    let mut s = Session::start_in(dir.path(), &[file.to_str().expect("utf-8")], (120, 40), &[]);
    s.wait_text("Chronology");
    s.send("x");
    s.wait_text("iCalendar");
    // The formats are listed Markdown, HTML, CSV, JSON, iCalendar.
    s.send("jj\r");
    s.wait_text("timeline-view.csv");
    let text = std::fs::read_to_string(dir.path().join("timeline-view.csv")).expect("written");
    s.send("q");
    assert_eq!(s.finish(), 0);
    let (headers, rows) = read(&text);
    let title = headers.iter().position(|h| h == "title").expect("column");
    assert_eq!(rows[0][title], format!("'{}", *formulas().events[0].title));
}

#[test]
fn the_exact_text_is_asked_for_with_csv_only() {
    for (lang, said) in [
        ("en", "timeline: --csv-exact is for --format csv only\n"),
        (
            "ru",
            "timeline: --csv-exact действует только вместе с --format csv\n",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_timeline"))
            .args([
                "--lang",
                lang,
                "export",
                "--format",
                "json",
                "--csv-exact",
                FILE,
            ])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        assert_eq!(String::from_utf8_lossy(&out.stderr), said);
    }
}
