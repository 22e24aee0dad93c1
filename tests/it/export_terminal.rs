//! Control characters in exports: never raw on a terminal, exact in CSV and JSON files,
//! neutralised in Markdown and iCalendar everywhere. Runs the real binary.

use crate::common;

use std::process::Command;

use common::pty::Session;
use timeline::text::is_hazard;

const HOSTILE: &str = "tests/fixtures/hostile.toml";
const SPANS: &str = "tests/fixtures/spans.toml";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_timeline"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn load(path: &str) -> timeline::model::Timeline {
    let text = std::fs::read_to_string(path).expect("fixture");
    timeline::load::parse(path, &text).expect("the fixture is valid")
}

/// The hazards in text, other than the line ends a terminal or a file needs.
fn hazards(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c != '\n' && c != '\r' && is_hazard(c))
        .collect()
}

/// Runs `timeline export` with its standard output on a pseudo-terminal; returns every byte.
fn on_terminal(format: &str, file: &str) -> String {
    let mut s = Session::start(&["export", "--format", format, file], 200, 50);
    assert_eq!(s.finish(), 0, "{}", s.text());
    String::from_utf8(s.raw.clone()).expect("utf-8")
}

#[test]
fn no_format_writes_raw_control_characters_to_a_terminal() {
    for (format, file) in [
        ("csv", HOSTILE),
        ("json", HOSTILE),
        ("markdown", HOSTILE),
        ("ics", SPANS),
    ] {
        let out = on_terminal(format, file);
        assert!(out.len() > 100, "{format}: {out}");
        assert_eq!(hazards(&out), [], "{format} on a terminal:\n{out}");
    }
}

#[test]
fn csv_on_a_terminal_shows_the_controls_as_stand_ins() {
    let out = on_terminal("csv", HOSTILE);
    let t = load(HOSTILE);
    let title = &t.event("escape").expect("event").title;
    assert!(
        out.contains(&*timeline::text::sanitize(title)),
        "the title with visible stand-ins:\n{out}"
    );
}

#[test]
fn csv_and_json_files_keep_the_exact_text() {
    let t = load(HOSTILE);
    let dir = tempfile::tempdir().expect("temp dir");
    let csv_path = dir.path().join("out.csv");
    let json_path = dir.path().join("out.json");
    for (format, path) in [("csv", &csv_path), ("json", &json_path)] {
        let out = bin()
            .args(["export", HOSTILE, "--format", format, "-o"])
            .arg(path)
            .output()
            .expect("run");
        assert!(out.status.success(), "{format}");
    }
    let mut r = csv::Reader::from_path(&csv_path).expect("csv");
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    for (row, e) in rows.iter().zip(&t.events) {
        assert_eq!(&row[5], *e.title, "CSV title of {}", e.id);
        assert_eq!(&row[6], *e.summary, "CSV summary of {}", e.id);
    }
    let json = std::fs::read_to_string(&json_path).expect("json");
    assert_eq!(hazards(&json), [], "JSON writes every control as an escape");
    let v: serde_json::Value = serde_json::from_str(&json).expect("parse");
    for (j, e) in v["events"]
        .as_array()
        .expect("events")
        .iter()
        .zip(&t.events)
    {
        assert_eq!(j["title"], e.title.as_str(), "JSON title of {}", e.id);
        assert_eq!(j["summary"], e.summary.as_str(), "JSON summary of {}", e.id);
    }
}

#[test]
fn csv_piped_keeps_the_exact_text() {
    let out = bin()
        .args(["export", HOSTILE, "--format", "csv"])
        .output()
        .expect("run");
    let t = load(HOSTILE);
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let first = r.records().next().expect("a row").expect("row");
    assert_eq!(&first[5], *t.events[0].title, "a pipe is not a terminal");
}

#[test]
fn json_escapes_del_c1_and_bidi_and_parses_back_exactly() {
    let t = load(HOSTILE);
    let all: Vec<_> = t.indices().collect();
    let json = timeline::export::to_json(&t, &all).expect("json");
    assert_eq!(hazards(&json), []);
    let v: serde_json::Value = serde_json::from_str(&json).expect("parse");
    assert_eq!(v["timeline"]["title"], t.meta.title.as_str());
    assert_eq!(
        v["sources"][0]["author"],
        t.sources[0].author.as_deref().expect("author")
    );
}

#[test]
fn markdown_and_ics_files_hold_no_raw_controls() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (format, file) in [("markdown", HOSTILE), ("ics", SPANS)] {
        let path = dir.path().join(format);
        let out = bin()
            .args(["export", file, "--format", format, "-o"])
            .arg(&path)
            .output()
            .expect("run");
        assert!(out.status.success(), "{format}");
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(hazards(&text), [], "{format} file");
    }
}
