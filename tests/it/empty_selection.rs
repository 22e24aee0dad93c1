//! Selections that cannot or do not match: a `--from` later than the `--to` is a usage error
//! (exit status 2, one sentence naming both dates); a selection that matches no event keeps
//! standard output as it would be (nothing from `list`, the valid empty document from
//! `export`) and says so in one line on standard error, in the chosen language.

use crate::common::{self, Run};

use timeline::words::Lang;

/// What a run gave: exit status, standard output, standard error.
/// Runs the binary in a language.
fn run(lang: &str, args: &[&str]) -> Run {
    common::run(&[&["--lang", lang][..], args].concat(), &[])
}

const LANGS: [(&str, Lang); 2] = [("en", Lang::En), ("ru", Lang::Ru)];

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

#[test]
fn a_reversed_range_is_a_usage_error_naming_both_dates() {
    for (from, to) in [("2024", "2023"), ("2023-08", "2023-07-31")] {
        let mut said = Vec::new();
        for (code, lang) in LANGS {
            for command in [&["list"][..], &["export", "--format", "json"]] {
                let args = [command, &["--from", from, "--to", to]].concat();
                let r = run(code, &args);
                assert_eq!(r.code, 2, "{args:?}: {}", r.err);
                assert!(r.out.is_empty(), "{args:?} wrote {}", r.out);
                let expected = lang.words().reversed_range(from, to);
                assert_eq!(r.err, format!("timeline: {expected}\n"), "{args:?}");
                assert!(
                    expected.contains(from) && expected.contains(to),
                    "{expected}"
                );
                assert_eq!(cyrillic(&r.err), code == "ru", "{code}: {}", r.err);
                said.push(r.err);
            }
        }
        assert_ne!(said[0], said[2], "the two languages say it differently");
    }
}

#[test]
fn ranges_that_overlap_are_not_reversed() {
    // A month and a day in it, either way round, share days.
    for (from, to) in [("2023-07-20", "2023-07"), ("2023-07", "2023-07-25")] {
        let r = run("en", &["list", "--from", from, "--to", to]);
        assert_eq!(r.code, 0, "{from}..{to}: {}", r.err);
        assert!(r.out.contains("arrest-2023"), "{from}..{to}: {}", r.out);
        assert!(r.err.is_empty(), "{from}..{to}: {}", r.err);
    }
}

#[test]
fn list_says_on_standard_error_that_no_event_matches() {
    let t = common::shipped();
    let last = t
        .events
        .iter()
        .map(timeline::model::Event::last_day)
        .max()
        .expect("events");
    assert!(
        last < chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"),
        "the chronology ends before 2025, so --from 2025 matches nothing"
    );
    for (code, lang) in LANGS {
        let note = format!("timeline: {}\n", lang.words().no_events_match());
        for select in [&["--from", "2025"][..], &["--search", "no-such-words-zqx"]] {
            let r = run(code, &[&["list"], select].concat());
            assert_eq!(r.code, 0, "{select:?}: {}", r.err);
            assert!(r.out.is_empty(), "{select:?} wrote {}", r.out);
            assert_eq!(r.err, note, "{code} {select:?}");
            assert_eq!(cyrillic(&r.err), code == "ru", "{}", r.err);
            let json = run(code, &[&["list", "--format", "json"], select].concat());
            assert_eq!((json.code, json.err), (0, note.clone()), "{select:?}");
            let v: serde_json::Value = serde_json::from_str(&json.out).expect("JSON");
            assert_eq!(v["events"].as_array().map(Vec::len), Some(0));
        }
        let some = run(code, &["list", "--from", "2024"]);
        assert!(!some.out.is_empty() && some.err.is_empty(), "{}", some.err);
    }
}

#[test]
fn an_export_of_no_events_writes_the_empty_document_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (code, lang) in LANGS {
        let note = format!("timeline: {}\n", lang.words().export_empty());
        for format in timeline::export::Format::ALL.iter().map(|f| f.keyword()) {
            let args = ["export", "--format", format, "--from", "2025"];
            let r = run(code, &args);
            assert_eq!(r.code, 0, "{args:?}: {}", r.err);
            assert_eq!(r.err, note, "{code} {format}");
            assert!(!r.out.is_empty(), "{format} still writes its document");
            let path = dir.path().join(format!("{code}.{format}"));
            let path = path.to_str().expect("UTF-8 path");
            let to_file = run(code, &[&args[..], &["-o", path]].concat());
            assert_eq!((to_file.code, to_file.err), (0, note.clone()), "{format}");
            assert_eq!(std::fs::read_to_string(path).expect("written"), r.out);
        }
        let json = run(code, &["export", "--format", "json", "--from", "2025"]);
        let v: serde_json::Value = serde_json::from_str(&json.out).expect("JSON");
        assert_eq!(v["events"].as_array().map(Vec::len), Some(0));
        let csv = run(code, &["export", "--format", "csv", "--from", "2025"]);
        assert_eq!(csv.out.lines().count(), 1, "the header only: {}", csv.out);
        let some = run(code, &["export", "--format", "json", "--from", "2024"]);
        assert!(some.err.is_empty(), "{}", some.err);
    }
}
