//! `timeline check --format json`: every problem and every warning as one JSON object (file,
//! line, column, severity, code, message), in a JSON array on standard output, at the very
//! place and in the very words of the text form, with the same exit statuses.

use crate::common;

use serde_json::Value;
use timeline::words::Lang;

/// Runs the binary with no locale set: (status, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let r = common::run(args, &[]);
    (r.code, r.out, r.err)
}

/// One entry as both forms can say it: line, column, severity and message.
type Entry = (Option<u64>, Option<u64>, String, String);

/// The entries of the text form: each `FILE:LINE:COLUMN: message` line of standard error,
/// a warning being `FILE:LINE:COLUMN: LABEL: message` with the language's label.
fn text_entries(file: &str, stderr: &str, lang: Lang) -> Vec<Entry> {
    let label = format!("{}: ", lang.words().warning_label());
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{file}:")))
        .map(|rest| {
            let mut parts = rest.splitn(3, ':');
            let line = parts.next().and_then(|n| n.parse().ok());
            let column = parts.next().and_then(|n| n.parse().ok());
            let message = parts.next().unwrap_or_default().trim_start();
            match message.strip_prefix(&label) {
                Some(m) => (line, column, "warning".to_owned(), m.to_owned()),
                None => (line, column, "error".to_owned(), message.to_owned()),
            }
        })
        .collect()
}

/// The entries of the JSON form, checking that each object has exactly the six fields, the
/// file as given, and a code in kebab case.
fn json_entries(file: &str, stdout: &str) -> Vec<Entry> {
    let doc: Value = serde_json::from_str(stdout).expect("standard output is one JSON document");
    let items = doc.as_array().expect("a JSON array");
    items
        .iter()
        .map(|o| {
            let o = o.as_object().expect("each entry is an object");
            let mut keys: Vec<&str> = o.keys().map(String::as_str).collect();
            keys.sort_unstable();
            assert_eq!(
                keys,
                ["code", "column", "file", "line", "message", "severity"]
            );
            assert_eq!(o["file"], file);
            let code = o["code"].as_str().expect("code is a string");
            assert!(
                !code.is_empty()
                    && code.split('-').all(|p| {
                        !p.is_empty()
                            && p.bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                    }),
                "{code:?} is not kebab-case"
            );
            (
                o["line"].as_u64(),
                o["column"].as_u64(),
                o["severity"].as_str().expect("severity").to_owned(),
                o["message"].as_str().expect("message").to_owned(),
            )
        })
        .collect()
}

/// The codes of the JSON form, in order.
fn codes(stdout: &str) -> Vec<String> {
    let doc: Value = serde_json::from_str(stdout).expect("JSON");
    doc.as_array()
        .expect("array")
        .iter()
        .map(|o| o["code"].as_str().expect("code").to_owned())
        .collect()
}

#[test]
fn every_bad_file_gives_each_problem_at_the_place_the_text_gives_it() {
    let mut files = crate::common::bad_files();
    files.sort();
    assert!(files.len() >= 20, "{files:?}");
    for name in &files {
        let file = format!("tests/bad/{name}");
        for lang in [Lang::En, Lang::Ru] {
            let code = lang.code();
            let (text_status, _, text_err) = run(&["--lang", code, "check", &file]);
            let (status, out, err) = run(&["--lang", code, "check", "--format", "json", &file]);
            assert_eq!(text_status, 2, "{file}: {text_err}");
            assert_eq!(status, text_status, "{file} ({code}): {out}{err}");
            assert_eq!(err, "", "{file}: nothing but the JSON is written");
            let expected = text_entries(&file, &text_err, lang);
            assert!(!expected.is_empty(), "{file}: {text_err}");
            assert!(expected.iter().all(|(_, _, s, _)| s == "error"));
            assert_eq!(json_entries(&file, &out), expected, "{file} ({code})");
        }
    }
}

#[test]
fn the_codes_name_the_problem() {
    let (_, out, _) = run(&["check", "--format", "json", "tests/bad/unknown-key.toml"]);
    assert_eq!(codes(&out), ["unknown-key"]);
    let (_, out, _) = run(&["check", "--format", "json", "tests/bad/empty.toml"]);
    assert_eq!(codes(&out), ["no-timeline", "no-events"]);
}

#[test]
fn warnings_are_entries_of_severity_warning_and_strict_still_exits_3() {
    let file = "tests/fixtures/markup.toml";
    for lang in [Lang::En, Lang::Ru] {
        let code = lang.code();
        let (text_status, _, text_err) = run(&["--lang", code, "check", file]);
        let (status, out, err) = run(&["--lang", code, "check", "--format", "json", file]);
        assert_eq!((text_status, status), (0, 0), "{err}");
        assert_eq!(err, "");
        let expected = text_entries(file, &text_err, lang);
        assert!(
            expected.iter().all(|(_, _, s, _)| s == "warning") && expected.len() > 2,
            "{text_err}"
        );
        assert_eq!(json_entries(file, &out), expected);
    }
    let (_, out, _) = run(&["check", "--format", "json", file]);
    let found = codes(&out);
    assert!(found.contains(&"one-source".to_owned()), "{found:?}");
    assert!(
        found.contains(&"sentence-not-ruling".to_owned()),
        "{found:?}"
    );
    let (text_status, _, _) = run(&["check", "--strict", file]);
    let (status, _, _) = run(&["check", "--strict", "--format", "json", file]);
    assert_eq!((text_status, status), (3, 3));
}

#[test]
fn a_clean_file_is_an_empty_array() {
    // The shipped chronology, held clean under `--strict`: it names its cases and tags, and
    // its titles hold no remarks (the frozen screen fixture does neither).
    let file = "timeline.toml";
    let (_, _, text_err) = run(&["check", file]);
    assert_eq!(text_err, "", "the shipped file has no warning");
    let (status, out, err) = run(&["check", "--format", "json", "--strict", file]);
    assert_eq!((status, err.as_str()), (0, ""));
    assert_eq!(json_entries(file, &out), []);
}

#[test]
fn an_unreadable_file_is_one_entry_without_a_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("nowhere.toml");
    let missing = missing.to_str().expect("utf-8 path");
    let (text_status, _, text_err) = run(&["check", missing]);
    let (status, out, err) = run(&["check", "--format", "json", missing]);
    assert_eq!((text_status, status), (2, 2), "{out}{err}");
    assert_eq!(err, "");
    let entries = json_entries(missing, &out);
    assert_eq!(
        entries,
        [(
            None,
            None,
            "error".to_owned(),
            // The text form frames the message as the command's own, `timeline: …`.
            text_err
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("timeline: "))
                .expect("the text form names the program")
                .to_owned()
        )]
    );
    assert_eq!(codes(&out), ["no-such-file"]);
}

#[test]
fn excerpts_not_found_in_their_sources_are_not_verbatim_entries_beside_the_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, sources) = crate::common::mini_with_a_stored_source(dir.path());
    let (file, sources) = (file.as_str(), sources.as_str());
    let (text_status, _, text_err) = run(&["check", file, "--sources", sources]);
    let (status, out, _) = run(&["check", "--format", "json", file, "--sources", sources]);
    assert_eq!((text_status, status), (2, 2), "{out}");
    let expected = text_entries(file, &text_err, Lang::En);
    assert!(!expected.is_empty(), "{text_err}");
    let entries = json_entries(file, &out);
    let errors: Vec<&Entry> = entries.iter().filter(|e| e.2 == "error").collect();
    assert_eq!(errors, expected.iter().collect::<Vec<_>>());
    let found = codes(&out);
    assert_eq!(
        found.iter().filter(|c| *c == "not-verbatim").count(),
        expected.len(),
        "{found:?}"
    );
    // The file is valid, so its warnings are there too, after the problems.
    let (_, _, warned) = run(&["check", file]);
    assert_eq!(
        entries.len() - errors.len(),
        text_entries(file, &warned, Lang::En).len()
    );
}

#[test]
fn a_list_cut_at_its_limit_ends_with_how_many_more() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("many.toml");
    let keys = (0..400).fold(String::new(), |mut s, n| {
        use std::fmt::Write as _;
        let _ = writeln!(s, "unknown{n} = 1");
        s
    });
    std::fs::write(
        &path,
        format!(
            "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024\"\n{keys}"
        ),
    )
    .expect("write");
    let file = path.to_str().expect("utf-8");
    let (code, out, _) = run(&["check", "--format", "json", file]);
    assert_eq!(code, 2);
    let doc: Value = serde_json::from_str(&out).expect("one JSON document");
    let items = doc.as_array().expect("an array");
    let last = items.last().expect("entries");
    assert_eq!(last["code"], "more-problems", "{last}");
    assert!(last["line"].is_null() && last["column"].is_null(), "{last}");
    let listed = items.len() - 1;
    let more: usize = last["message"]
        .as_str()
        .and_then(|m| m.split_whitespace().find_map(|w| w.parse().ok()))
        .expect("a count in the message");
    // 400 unknown keys and the one missing `[[event]]`: every problem is listed or counted.
    assert_eq!(listed + more, 401, "{listed} listed, {last}");
}
