//! Loader tests: every error class with a small bad file, sorting, and the shipped chronology.

use std::path::Path;

use timeline::load::{self, LoadError};
use timeline::model::Precision;

const HEAD: &str = r#"[timeline]
title = "T"
subject = "S"
from = "1980"
to = "2024-11"

[[source]]
id = "src"
title = "A source"
"#;

const EVENT: &str = r#"
[[event]]
id = "e1"
date = "2023-07-25"
kind = "statement"
title = "A title"
summary = "A summary"
[[event.excerpt]]
source = "src"
text = "words"
"#;

/// Loads HEAD followed by `body`, expecting failure; returns `(line, column, message)` triples.
fn problems(body: &str) -> Vec<(usize, usize, String)> {
    match load::parse("bad.toml", &format!("{HEAD}{body}")) {
        Ok(_) => panic!("expected problems in:\n{body}"),
        Err(LoadError::Invalid {
            file, diagnostics, ..
        }) => {
            assert_eq!(file, "bad.toml");
            diagnostics
                .into_iter()
                .map(|d| (d.line, d.column, d.message()))
                .collect()
        }
        Err(e) => panic!("unexpected error {e}"),
    }
}

/// Asserts one problem at a line, whose message contains `needle`.
fn expect_one(body: &str, line: usize, needle: &str) {
    let found = problems(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, line, "{found:?}");
    assert!(
        found[0].2.contains(needle),
        "{:?} lacks {needle:?}",
        found[0].2
    );
}

#[test]
fn a_valid_file_loads() {
    let t = load::parse("ok.toml", &format!("{HEAD}{EVENT}")).expect("valid");
    assert_eq!(t.events.len(), 1);
    assert_eq!(t.events[0].date.precision(), Precision::Day);
}

#[test]
fn syntax_errors_are_located() {
    let found = problems("\n[[event]]\nid = \"x\"\ndate = = \"2023\"\n");
    assert_eq!((found[0].0, found[0].1), (13, 8), "{found:?}");
    assert!(found[0].2.contains("extra `=`"), "{found:?}");
}

#[test]
fn wrong_types_name_the_key() {
    expect_one(
        &EVENT.replace("title = \"A title\"", "title = 3"),
        15,
        "`title` must be a string, found integer",
    );
}

#[test]
fn unknown_keys_suggest_a_close_one() {
    expect_one(
        &EVENT.replace("summary =", "sumary ="),
        16,
        "unknown key `sumary` in [[event]]; did you mean `summary`?",
    );
}

#[test]
fn unknown_kinds_suggest_a_close_one() {
    expect_one(
        &EVENT.replace("\"statement\"", "\"statment\""),
        14,
        "unknown kind `statment`; did you mean `statement`?",
    );
}

#[test]
fn impossible_dates_are_rejected() {
    expect_one(
        &EVENT.replace("2023-07-25", "2023-02-30"),
        13,
        "2023-02-30 does not exist",
    );
    expect_one(
        &EVENT.replace("2023-07-25", "2023-13"),
        13,
        "month 13 does not exist",
    );
    expect_one(
        &EVENT.replace("2023-07-25", "July 2023"),
        13,
        "\"July 2023\" is not a valid date",
    );
}

#[test]
fn an_end_before_the_date_is_rejected() {
    expect_one(
        &EVENT.replace("kind =", "end = \"2023-07-01\"\nkind ="),
        14,
        "`end` 2023-07-01 is before `date` 2023-07-25",
    );
}

#[test]
fn events_outside_the_span_are_rejected() {
    expect_one(
        &EVENT.replace("2023-07-25", "2024-12-01"),
        13,
        "lies outside the timeline's span 1980..2024-11",
    );
    expect_one(&EVENT.replace("2023-07-25", "1979"), 13, "outside");
}

#[test]
fn duplicate_ids_are_rejected() {
    let found = problems(&format!("{EVENT}{EVENT}"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0, found[0].2.as_str()),
        (22, "duplicate event id \"e1\"")
    );
}

#[test]
fn unknown_related_ids_and_sources_are_rejected() {
    expect_one(
        &EVENT.replace("kind =", "related = [\"e2\"]\nkind ="),
        14,
        "unknown related event \"e2\"",
    );
    expect_one(
        &EVENT.replace("source = \"src\"", "source = \"srx\""),
        18,
        "unknown source \"srx\"; did you mean \"src\"?",
    );
}

#[test]
fn events_need_an_excerpt() {
    let body = EVENT.split("[[event.excerpt]]").next().expect("split");
    expect_one(body, 11, "event \"e1\" has no excerpt");
}

#[test]
fn an_empty_excerpt_array_is_no_excerpt() {
    let body = EVENT
        .split("[[event.excerpt]]")
        .next()
        .expect("split")
        .to_owned()
        + "excerpt = []\n";
    expect_one(&body, 11, "event \"e1\" has no excerpt");
}

#[test]
fn arrests_and_rulings_need_a_legal_table_and_rulings_a_court() {
    expect_one(
        &EVENT.replace("\"statement\"", "\"arrest\""),
        11,
        "is of kind `arrest` but has no [event.legal] table",
    );
    let ruling = EVENT.replace("\"statement\"", "\"ruling\"").replace(
        "[[event.excerpt]]",
        "[event.legal]\noutcome = \"x\"\n[[event.excerpt]]",
    );
    expect_one(
        &ruling,
        11,
        "is a ruling but its [event.legal] table has no `court`",
    );
}

#[test]
fn empty_titles_are_rejected() {
    expect_one(
        &EVENT.replace("\"A title\"", "\"  \""),
        15,
        "`title` is empty",
    );
}

#[test]
fn custody_values_are_checked() {
    expect_one(
        &EVENT.replace("kind =", "custody = \"jailed\"\nkind ="),
        14,
        "unknown custody `jailed`",
    );
}

#[test]
fn missing_keys_are_reported_at_the_table() {
    expect_one(
        &EVENT.replace("summary = \"A summary\"\n", ""),
        11,
        "missing `summary` in event \"e1\"",
    );
}

#[test]
fn every_problem_is_listed_in_file_order() {
    let body = EVENT
        .replace("\"statement\"", "\"nope\"")
        .replace("2023-07-25", "2023-02-30")
        .replace("title =", "titel =");
    let found = problems(&body);
    let lines: Vec<usize> = found.iter().map(|p| p.0).collect();
    assert_eq!(lines, [13, 14, 15], "{found:?}");
}

#[test]
fn native_toml_dates_are_accepted() {
    let t = load::parse(
        "ok.toml",
        &format!("{HEAD}{}", EVENT.replace("\"2023-07-25\"", "2023-07-25")),
    )
    .expect("valid");
    assert_eq!(t.events[0].date.to_string(), "2023-07-25");
}

#[test]
fn partial_dates_sort_by_start_then_less_precise_first_then_file_order() {
    let ev = |id: &str, date: &str| {
        EVENT
            .replace("\"e1\"", &format!("\"{id}\""))
            .replace("2023-07-25", date)
    };
    let body = [
        ev("day-b", "2023-07-01"),
        ev("month", "2023-07"),
        ev("day-a", "2023-07-01"),
        ev("year", "2023"),
        ev("jan", "2023-01"),
        ev("early", "2022-12-31"),
    ]
    .concat();
    let t = load::parse("ok.toml", &format!("{HEAD}{body}")).expect("valid");
    let ids: Vec<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["early", "year", "jan", "month", "day-b", "day-a"]);
}

#[test]
fn unreadable_files_give_one_sentence_naming_the_path() {
    let missing = load::load_path(Path::new("no/such/file.toml")).expect_err("missing");
    assert_eq!(missing.to_string(), "no/such/file.toml: no such file");
    let dir = load::load_path(Path::new("tests")).expect_err("directory");
    assert_eq!(dir.to_string(), "tests is a directory, not a timeline file");
    let tmp = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(tmp.path(), b"[timeline]\ntitle = \"\xff\"\n").expect("write");
    let bad = load::load_path(tmp.path())
        .expect_err("not utf-8")
        .to_string();
    assert!(
        bad.ends_with(":2:10: the file is not valid UTF-8 text"),
        "{bad}"
    );
}

#[test]
fn excerpts_are_checked_against_source_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.txt"), "some   words\nhere and more").expect("write");
    let text = format!(
        "{HEAD}file = \"s.txt\"\n{}",
        EVENT.replace("\"words\"", "\"words here\"")
    );
    let t = load::parse("x.toml", &text).expect("valid");
    assert_eq!(
        load::verify_sources("x.toml", &text, &t, dir.path()).expect("found"),
        1
    );
    let text = text.replace("words here", "words there");
    let t = load::parse("x.toml", &text).expect("valid");
    let err = load::verify_sources("x.toml", &text, &t, dir.path())
        .expect_err("mismatch")
        .to_string();
    assert_eq!(
        err,
        "x.toml:20:8: event \"e1\": excerpt \"words there…\" does not occur verbatim in source \"src\""
    );
}

#[test]
fn the_shipped_chronology_loads() {
    let t = load::parse(load::EMBEDDED_NAME, load::EMBEDDED)
        .expect("the shipped timeline.toml is valid");
    assert!(t.events.len() >= 30, "{} events", t.events.len());
    // The chronology runs from the 1980 expulsion to the November 2024 refusal, and the ids
    // that deep links and the README use keep their dates.
    let first = &t.events[0];
    let last = &t.events[t.events.len() - 1];
    assert_eq!(
        (first.id.as_str(), first.date.to_string()),
        ("expulsion-1980", "1980".into())
    );
    assert_eq!(last.id, "exchange-refusal-2024");
    assert!(
        last.date.to_string().starts_with("2024-11"),
        "{}",
        last.date
    );
    for (id, date) in [
        ("arrest-2023", "2023-07-25"),
        ("verdict-2023", "2023-12-12"),
        ("appeal-2024", "2024-02-13"),
    ] {
        let e = t
            .event(id)
            .unwrap_or_else(|| panic!("{id} is in the chronology"));
        assert_eq!(e.date.to_string(), date, "{id}");
    }
}

/// Whether `part` lies inside `whole`'s bytes.
fn inside(whole: &str, part: &str) -> bool {
    let range = whole.as_bytes().as_ptr_range();
    range.contains(&part.as_ptr()) && part.len() <= whole.len()
}

#[test]
fn strings_are_views_into_the_file_text_unless_they_had_to_change() {
    // The model keeps one buffer, the file's text, and reads its strings as slices of it:
    // at 100,000 events a copy of every field was most of the memory used.
    let tmp = tempfile::NamedTempFile::new().expect("temp file");
    let body = "[[event]]\nid = \"a\"\ndate = \"2020\"\nkind = \"other\"\ntitle = \"Plain\"\n\
                summary = \"An \\\"escaped\\\" quote\"\ntags = [\"x\"]\n\n\
                [[event.excerpt]]\nsource = \"s\"\ntext = \"Words.\"\n";
    let source = "[[source]]\nid = \"s\"\ntitle = \"S\"\n\n";
    std::fs::write(tmp.path(), format!("{HEAD}{source}{body}")).expect("write");
    let (t, text) = load::load_path(tmp.path()).expect("valid");
    let e = &t.events[0];
    for shared in [
        &e.id,
        &e.title,
        &e.tags[0],
        &e.excerpts[0].text,
        &t.sources[0].id,
    ] {
        assert!(inside(&text, shared), "{shared} is a copy");
    }
    assert_eq!(*e.summary, "An \"escaped\" quote");
    assert!(
        !inside(&text, &e.summary),
        "an unescaped string cannot be a view"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    // Sparse: no disk space is used, and the file is never read.
    let tmp = tempfile::NamedTempFile::new().expect("temp file");
    tmp.as_file()
        .set_len(load::MAX_SIZE + 1)
        .expect("sparse file");
    let e = load::load_path(tmp.path()).expect_err("too large");
    assert_eq!(
        e.to_string(),
        format!(
            "{}: larger than {} MiB, the most a file read here may be",
            tmp.path().display(),
            load::MAX_MIB
        )
    );
    // At the limit it is read (and found to be no timeline).
    tmp.as_file().set_len(load::MAX_SIZE).expect("sparse file");
    let e = load::load_path(tmp.path()).expect_err("not a timeline");
    assert!(matches!(e, LoadError::Invalid { .. }), "{e}");
}
