//! The catalogue of bad files: each gives its message at `FILE:LINE:COLUMN`, exit status 2,
//! and nothing on the terminal's alternate screen, because errors print before the TUI starts.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::pty::Session;

/// Each catalogue file, with the first line `timeline check` must print for it.
const CATALOGUE: &[(&str, &str)] = &[
    (
        "syntax-error.toml",
        "15:17: this string is not closed: end it with `\"` before the line ends",
    ),
    (
        "unquoted-value.toml",
        "14:8: string values must be quoted, expected literal string",
    ),
    (
        "straight-quote.toml",
        "16:33: this straight quote (\") ends the string early; write the quotation as “absurd” or \\\"absurd\\\", or put the whole value between ''' and '''",
    ),
    (
        "line-break-in-string.toml",
        "16:30: the string of `summary` breaks off at the end of this line; put a text of several lines between \"\"\" and \"\"\", or join the lines",
    ),
    (
        "duplicate-key.toml",
        "17:1: `title` is given twice in this table (first on line 15); keep one",
    ),
    (
        "string-for-array.toml",
        "17:8: `tags` must be an array of strings: write tags = [\"protest\"]",
    ),
    (
        "unclosed-header.toml",
        "11:9: the table header [[event] is not closed: write [[event]]",
    ),
    (
        "wrong-type.toml",
        "15:9: `title` must be a string, found integer",
    ),
    (
        "unknown-key.toml",
        "16:1: unknown key `sumary` in [[event]]; did you mean `summary`?",
    ),
    (
        "unknown-kind.toml",
        "14:8: unknown kind `speech` (expected one of: arrest, detention, charge, ruling, release, designation, publication, award, position, activism, statement, interview, other)",
    ),
    (
        "impossible-day.toml",
        "13:8: `date` = \"2023-02-30\" is not a valid date: 2023-02-30 does not exist",
    ),
    (
        "impossible-month.toml",
        "13:8: `date` = \"2023-13\" is not a valid date: month 13 does not exist (expected 01 to 12)",
    ),
    (
        "date-in-words.toml",
        "13:8: `date` = \"July 2023\" is not a valid date: expected a date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"",
    ),
    (
        "window-reversed.toml",
        "13:8: `date` = \"[2024-06-05..2024-03-27]\" is not a valid date: the window ends (2024-03-27) before it begins (2024-06-05); put the earlier date first",
    ),
    (
        "window-empty.toml",
        "13:8: `date` = \"[..]\" is not a valid date: expected a window as \"[EARLIEST..LATEST]\" or \"[EARLIEST..]\", each end a date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"",
    ),
    (
        "window-not-dates.toml",
        "13:8: `date` = \"[spring..summer 2024]\" is not a valid date: expected a window as \"[EARLIEST..LATEST]\" or \"[EARLIEST..]\", each end a date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"",
    ),
    (
        "window-mixed-precision.toml",
        "13:8: `date` = \"[1991-08-22..1991-12]\" is not a valid date: the two ends of a window must be written to the same precision, such as [2024-03-27..2024-06-05] or [2023-12..2024-02]",
    ),
    (
        "window-approximate.toml",
        "13:8: a window is not `approximate`: drop `approximate`, or widen the window",
    ),
    (
        "end-before-date.toml",
        "14:7: `end` 2023-07-01 is before `date` 2023-07-25",
    ),
    (
        "outside-span.toml",
        "13:8: event \"e1\" (2025-01-01) lies outside the timeline's span 1980..2024-11; widen `to` on line 5 of [timeline]",
    ),
    ("duplicate-id.toml", "23:6: duplicate event id \"e1\""),
    (
        "unknown-related.toml",
        "14:12: unknown related event \"e9\"",
    ),
    ("unknown-source.toml", "19:10: unknown source \"nowhere\""),
    (
        "no-excerpt.toml",
        "11:1: event \"e1\" has no excerpt; add at least one [[event.excerpt]]",
    ),
    (
        "arrest-without-legal.toml",
        "11:1: event \"e1\" is of kind `arrest` but has no [event.legal] table",
    ),
    (
        "ruling-without-court.toml",
        "11:1: event \"e1\" is a ruling but its [event.legal] table has no `court`",
    ),
    ("empty-title.toml", "15:9: `title` is empty"),
    (
        "unknown-custody.toml",
        "14:11: unknown custody `jailed` (expected free, detained or imprisoned)",
    ),
    (
        "missing-summary.toml",
        "11:1: missing `summary` in event \"e1\"",
    ),
    (
        "empty.toml",
        "1:1: missing the [timeline] table (title, subject, from, to)",
    ),
    ("bom.toml", "1:1: unknown key `bogus` in the top level"),
];

fn check(path: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .arg("check")
        .arg(path)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Opens the file in the explorer in a pseudo-terminal: it must fail before the TUI starts.
fn assert_fails_before_the_tui(path: &Path, first: &str) {
    let mut s = Session::start(&[path.to_str().expect("utf-8 path")], 100, 30);
    assert_eq!(s.finish(), 2, "{}", s.text());
    assert!(
        !s.entered_alternate_screen(),
        "the alternate screen was entered for {}",
        path.display()
    );
    assert!(
        s.text().contains(first.split(": ").next().unwrap_or(first)),
        "{}",
        s.text()
    );
}

#[test]
fn every_catalogue_file_reports_its_error_where_it_is() {
    let listed: std::collections::BTreeSet<&str> = CATALOGUE.iter().map(|(f, _)| *f).collect();
    let stored: std::collections::BTreeSet<String> =
        crate::common::bad_files().into_iter().collect();
    assert_eq!(
        stored
            .iter()
            .map(String::as_str)
            .collect::<std::collections::BTreeSet<_>>(),
        listed,
        "every stored file is tested"
    );
    for (file, expected) in CATALOGUE {
        let path = Path::new("tests/bad").join(file);
        let (code, err) = check(&path);
        assert_eq!(code, 2, "{file}: {err}");
        let first = err.lines().next().unwrap_or_default();
        assert_eq!(first, format!("tests/bad/{file}:{expected}"), "{file}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn catalogue_files_fail_before_the_explorer_starts() {
    for (file, expected) in CATALOGUE {
        assert_fails_before_the_tui(
            &Path::new("tests/bad").join(file),
            &format!("tests/bad/{file}:{expected}"),
        );
    }
}

#[test]
#[ignore = "scale (tens of MB): .ci/run runs it in release"]
fn ten_megabytes_of_garbage() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("garbage.toml");
    let alphabet = b"[]=\"\n abcxyz=.,{}#0123456789-";
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let bytes: Vec<u8> = (0..10_000_000)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            alphabet[usize::try_from(state >> 59).unwrap_or(0) % alphabet.len()]
        })
        .collect();
    std::fs::write(&path, bytes).expect("write");
    let (code, err) = check(&path);
    assert_eq!(code, 2);
    let first = err.lines().next().unwrap_or_default();
    let shown = path.display().to_string();
    let rest = first
        .strip_prefix(&format!("{shown}:"))
        .expect("FILE:LINE:COLUMN");
    let mut parts = rest.splitn(3, ':');
    assert!(
        parts.next().is_some_and(|l| l.parse::<usize>().is_ok())
            && parts.next().is_some_and(|c| c.parse::<usize>().is_ok()),
        "{first}"
    );
    assert!(!err.contains("panicked"));
    assert_fails_before_the_tui(&path, &shown);
}

#[test]
fn binary_bytes_are_reported_as_not_utf8() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("binary.toml");
    std::fs::write(&path, b"[timeline]\ntitle = \"ok\"\n\x00\xff\xfe").expect("write");
    let (code, err) = check(&path);
    assert_eq!(code, 2);
    assert_eq!(
        err.lines().next(),
        Some(format!("{}:3:2: the file is not valid UTF-8 text", path.display()).as_str())
    );
    assert_fails_before_the_tui(&path, &path.display().to_string());
}

#[test]
#[ignore = "scale (tens of MB): .ci/run runs it in release"]
fn a_hundred_megabyte_string() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.toml");
    let mut text = String::from("[timeline]\ntitle = \"");
    text.push_str(&"x".repeat(100_000_000));
    text.push_str("\"\nsubject = \"s\"\nfrom = \"1980\"\nto = \"2024\"\n");
    std::fs::write(&path, text).expect("write");
    let (code, err) = check(&path);
    assert_eq!(code, 2);
    assert_eq!(
        err.lines().next(),
        Some(format!("{}:1:1: the file has no [[event]]", path.display()).as_str())
    );
    assert_fails_before_the_tui(&path, &path.display().to_string());
}

#[test]
fn deep_nesting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("deep.toml");
    std::fs::write(
        &path,
        format!(
            "[timeline]\ntitle = {}{}\n",
            "[".repeat(5000),
            "]".repeat(5000)
        ),
    )
    .expect("write");
    let (code, err) = check(&path);
    assert_eq!(code, 2);
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("{}:2:", path.display())) && first.contains("recursion"),
        "{first}"
    );
    assert_fails_before_the_tui(&path, &path.display().to_string());
}

#[test]
fn unreadable_paths_give_one_sentence() {
    // Like every error of the command line that has no place in a file, it opens with
    // `timeline: `; problems inside a file open with their FILE:LINE:COLUMN instead.
    let (code, err) = check(Path::new("tests/bad/does-not-exist.toml"));
    assert_eq!(
        (code, err.trim()),
        (2, "timeline: tests/bad/does-not-exist.toml: no such file")
    );
    let (code, err) = check(Path::new("tests/bad"));
    assert_eq!(
        (code, err.trim()),
        (2, "timeline: tests/bad is a directory, not a timeline file")
    );
}
