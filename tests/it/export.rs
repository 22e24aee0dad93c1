//! Exports parse back and match the loaded timeline; the checked-in Markdown is current;
//! the headless commands behave as documented.

use crate::common;

use std::process::Command;

use timeline::export;
use timeline::model::Timeline;
use timeline::words::Lang;

fn all(t: &Timeline) -> Vec<timeline::model::EventIx> {
    t.indices().collect()
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_timeline"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

#[test]
fn json_parses_back_event_by_event() {
    let t = common::shipped();
    let v: serde_json::Value =
        serde_json::from_str(&export::to_json(&t, &all(&t)).expect("json")).expect("parse");
    assert_eq!(v["format"], "kagarlitsky-timeline/1");
    assert_eq!(v["timeline"]["subject"], t.meta.subject.as_str());
    assert_eq!(
        v["sources"].as_array().expect("sources").len(),
        t.sources.len()
    );
    let events = v["events"].as_array().expect("events");
    assert_eq!(events.len(), t.events.len());
    for (j, e) in events.iter().zip(&t.events) {
        assert_eq!(j["id"], e.id.as_str());
        assert_eq!(j["date"], e.date.to_string().as_str(), "dates as written");
        assert_eq!(j["kind"], e.kind.as_str());
        assert_eq!(j["title"], e.title.as_str());
        assert_eq!(j["summary"], e.summary.as_str());
        assert_eq!(j["precision"], e.date.precision().as_str());
        assert_eq!(j["period"]["start"], e.date.start().to_string().as_str());
        // The last day is unknown for a window open at its end (and no `end`).
        let last = e
            .end
            .map(timeline::model::PartialDate::last_day)
            .or(e.date.latest_day());
        assert_eq!(
            j["period"]["end"],
            serde_json::json!(last.map(|d| d.to_string()))
        );
        assert_eq!(
            j["excerpts"].as_array().map(Vec::len),
            Some(e.excerpts.len())
        );
        for (jx, x) in j["excerpts"]
            .as_array()
            .expect("excerpts")
            .iter()
            .zip(&e.excerpts)
        {
            assert_eq!(jx["text"], x.text.as_str());
            assert_eq!(jx["source"], x.source.as_str());
        }
        if let Some(legal) = &e.legal {
            for (label, value) in legal.given() {
                assert_eq!(j["legal"][label.key()], value);
            }
        }
    }
}

/// Unfolds iCalendar content lines (RFC 5545 §3.1).
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn ics_has_one_event_per_day_precise_date_with_folding_and_escaping() {
    let t = common::shipped();
    let ics = export::to_ics(&t, &all(&t), Lang::En, chrono::DateTime::UNIX_EPOCH);
    let exact: Vec<_> = t
        .events
        .iter()
        .filter(|e| e.date.exact().is_some())
        .collect();
    assert_eq!(ics.skipped, t.events.len() - exact.len());
    assert!(ics.text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ics.text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    for line in ics.text.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
    }
    let lines = unfold(&ics.text);
    assert_eq!(
        lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
        exact.len()
    );
    assert_eq!(
        lines.iter().filter(|l| *l == "END:VEVENT").count(),
        exact.len()
    );
    for e in exact {
        let uid = format!("UID:{}@kagarlitsky-timeline", e.id);
        let at = lines
            .iter()
            .position(|l| *l == uid)
            .expect("a VEVENT per event");
        let start = format!("DTSTART;VALUE=DATE:{}", e.date.start().format("%Y%m%d"));
        assert!(lines[at..at + 4].contains(&start), "{start}");
        let summary = format!("SUMMARY:{}", export_escape(&e.title));
        assert!(lines[at..at + 6].contains(&summary), "{summary}");
    }
}

/// The RFC 5545 TEXT escaping, written out independently of the exporter.
fn export_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

#[test]
fn ics_escapes_hostile_titles() {
    let text = std::fs::read_to_string("tests/fixtures/mini.toml")
        .expect("fixture")
        .replace(
            "\"Arrested with a study group\"",
            "\"Arrested; charged, then \\\\ held\"",
        );
    let t = timeline::load::parse("m.toml", &text).expect("valid");
    let ics = export::to_ics(&t, &all(&t), Lang::En, chrono::DateTime::UNIX_EPOCH);
    assert!(
        unfold(&ics.text).contains(&"SUMMARY:Arrested\\; charged\\, then \\\\ held".to_owned()),
        "{}",
        ics.text
    );
}

#[test]
fn the_checked_in_markdown_chronology_is_current() {
    let t = common::shipped();
    let fresh = export::to_markdown(&t, &all(&t), timeline::words::Lang::En);
    let stored = std::fs::read_to_string("docs/CHRONOLOGY.md").expect("docs/CHRONOLOGY.md");
    assert!(
        stored == fresh,
        "docs/CHRONOLOGY.md is stale: run `cargo run -- export --format markdown -o docs/CHRONOLOGY.md`"
    );
}

#[test]
fn markdown_quotes_every_excerpt_and_lists_each_cited_source_once() {
    let t = common::shipped();
    let md = export::to_markdown(&t, &all(&t), timeline::words::Lang::En);
    let cited: std::collections::BTreeSet<&str> = t
        .events
        .iter()
        .flat_map(|e| e.excerpts.iter().map(|x| x.source.as_str()))
        .collect();
    let refs = md.split("## References").nth(1).expect("a references list");
    assert_eq!(
        refs.lines()
            .filter(|l| l
                .split_once(". ")
                .is_some_and(|(n, _)| n.parse::<usize>().is_ok()))
            .count(),
        cited.len()
    );
    let quotes = md.lines().filter(|l| l.starts_with("> ")).count();
    assert_eq!(
        quotes,
        t.events.iter().map(|e| e.excerpts.len()).sum::<usize>()
    );
    let years: std::collections::BTreeSet<i32> =
        t.events.iter().map(|e| e.date.year_num()).collect();
    assert_eq!(
        md.lines()
            .filter(|l| l.starts_with("## ") && l[3..].parse::<i32>().is_ok())
            .count(),
        years.len()
    );
}

#[test]
fn list_json_is_the_export_json_of_the_same_selection() {
    let listed = bin()
        .args(["list", "--kind", "ruling", "--format", "json"])
        .output()
        .expect("run");
    let exported = bin()
        .args(["export", "--kind", "ruling", "--format", "json"])
        .output()
        .expect("run");
    assert!(listed.status.success());
    assert_eq!(listed.stdout, exported.stdout);
    let v: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
    assert!(
        v["events"]
            .as_array()
            .expect("events")
            .iter()
            .all(|e| e["kind"] == "ruling")
    );
}

#[test]
fn list_prints_aligned_lines_of_the_selection() {
    let args = [
        "list",
        "--from",
        "2023-07",
        "--to",
        "2023-12",
        "--search",
        "SYKTYVKAR",
    ];
    let out = bin().args(args).output().expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let json = bin()
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let events = json["events"].as_array().expect("events");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 2, "{text}");
    assert_eq!(lines.len(), events.len(), "one line per selected event");
    // Each line holds its event's id and ends with its title; both columns start at the same
    // character in every line.
    let column = |line: &str, needle: &str| {
        let at = line
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} in {line:?}"));
        line[..at].chars().count()
    };
    let mut id_cols = Vec::new();
    let mut title_cols = Vec::new();
    for (line, e) in lines.iter().zip(events) {
        let (id, title) = (
            e["id"].as_str().expect("id"),
            e["title"].as_str().expect("title"),
        );
        assert!(
            line.starts_with(e["date"].as_str().expect("date").get(..4).expect("year"))
                || line.starts_with(['~', '≥']),
            "{line}"
        );
        assert!(
            line.contains(&format!(" {} ", e["kind"].as_str().expect("kind"))),
            "{line}"
        );
        assert!(line.ends_with(title), "{line:?} ends with {title:?}");
        id_cols.push(column(line, &format!(" {id} ")));
        title_cols.push(line.chars().count() - title.chars().count());
    }
    assert!(
        id_cols.windows(2).all(|w| w[0] == w[1]),
        "ids align:\n{text}"
    );
    assert!(
        title_cols.windows(2).all(|w| w[0] == w[1]),
        "titles align:\n{text}"
    );
}

#[test]
fn show_prints_an_event_in_full_and_suggests_close_ids() {
    let out = bin().args(["show", "verdict-2023"]).output().expect("run");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    for needle in [
        "Court",
        "Sentence",
        "the procedure",
        "“",
        "— K.M. Seethi, Eurasia Review",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
    let bad = bin().args(["show", "verdict-2024"]).output().expect("run");
    assert!(!bad.status.success());
    let err = String::from_utf8(bad.stderr).expect("utf-8");
    assert!(
        err.contains("no event with id \"verdict-2024\"; closest: verdict-2023"),
        "{err}"
    );
}

#[test]
fn export_to_a_file_replaces_it_only_on_success() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("out.csv");
    std::fs::write(&path, "old").expect("write");
    let failed = bin()
        .args(["export", "--format", "csv", "--kind", "nonsense", "-o"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(!failed.status.success());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "old");
    let ok = bin()
        .args(["export", "--format", "csv", "-o"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(ok.status.success());
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .starts_with("id,date,end")
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("dir").count(),
        1,
        "no temporary file is left behind"
    );
}

#[test]
fn without_a_terminal_the_explorer_gives_a_hint() {
    let out = bin().output().expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.contains("use `timeline list` or `timeline export`"),
        "{err}"
    );
}

#[test]
fn completions_are_printed_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let out = bin().args(["completions", shell]).output().expect("run");
        assert!(out.status.success());
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("export"),
            "{shell}"
        );
    }
}

#[test]
fn list_selects_a_case_and_the_disputed_events() {
    let t = common::shipped();
    let ids = |args: &[&str]| -> Vec<String> {
        let out = bin()
            .arg("list")
            .args(args)
            .args(["--format", "json"])
            .output()
            .expect("run");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        v["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| e["id"].as_str().expect("id").to_owned())
            .collect()
    };
    let case: Vec<String> = t
        .events
        .iter()
        .filter(|e| e.case.as_deref() == Some("justifying-terrorism-2023"))
        .map(|e| e.id.to_string())
        .collect();
    assert!(case.len() > 5);
    assert_eq!(ids(&["--case", "justifying-terrorism-2023"]), case);
    let disputed: Vec<String> = t
        .events
        .iter()
        .filter(|e| e.disputed.is_some())
        .map(|e| e.id.to_string())
        .collect();
    assert_eq!(ids(&["--disputed"]), disputed);
}
