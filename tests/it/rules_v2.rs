//! Rules and messages the reliability audit (issue #19) found wanting: an event dated past
//! the span, a Russian fact with no English one, an empty event list, `gen --events 0`, an
//! unclosed multi-line string, a source missing only its title, and a syntax error under an
//! unknown key. Each case here was accepted, or reported elsewhere, before its fix.

use std::process::Command;

use timeline::load::{self, LoadError};

const HEAD: &str =
    "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n";

const SOURCE: &str = "\n[[source]]\nid = \"src\"\ntitle = \"A source\"\n";

/// An event with extra lines after its required keys, then `tail` (say `[event.ru]`), then
/// one excerpt.
fn event(extra: &[&str], tail: &str) -> String {
    format!(
        "\n[[event]]\nid = \"e1\"\ndate = \"2023-07-25\"\nkind = \"statement\"\ntitle = \"A title\"\n\
         summary = \"A summary\"\n{}\n{tail}\n[[event.excerpt]]\nsource = \"src\"\ntext = \"words\"\n",
        extra.join("\n")
    )
}

/// The problems of a text that must be refused: (line, column, English message).
fn refused(text: &str) -> Vec<(usize, usize, String)> {
    match load::parse("bad.toml", text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(LoadError::Invalid { diagnostics, .. }) => diagnostics
            .into_iter()
            .map(|d| (d.line, d.column, d.message()))
            .collect(),
        Err(e) => panic!("unexpected error {e}"),
    }
}

/// The 1-based line and column where `needle` first stands in `text`.
fn place_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle in text");
    let line = text[..at].matches('\n').count() + 1;
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (line, text[start..at].chars().count() + 1)
}

#[test]
fn an_event_dated_after_the_span_is_refused_although_its_end_lies_inside() {
    // `to` is November 2024; the event is dated in December, and its end, the year 2024,
    // reaches back into the span.
    let mut text = format!("{HEAD}{SOURCE}{}", event(&["end = \"2024\""], ""));
    text = text.replace("date = \"2023-07-25\"", "date = \"2024-12-10\"");
    let problems = refused(&text);
    let at = place_of(&text, "\"2024-12-10\"");
    assert!(
        problems
            .iter()
            .any(|(l, c, m)| (*l, *c) == at && m.contains("outside the timeline's span")),
        "{problems:?}"
    );
}

#[test]
fn a_russian_place_or_dispute_without_an_english_one_is_a_problem_at_its_line() {
    for key in ["place", "disputed"] {
        let ru = format!(
            "[event.ru]\ntitle = \"Заголовок\"\nsummary = \"Описание\"\n{key} = \"Сыктывкар\""
        );
        let text = format!("{HEAD}{SOURCE}{}", event(&[], &ru));
        let problems = refused(&text);
        let at = place_of(&text, &format!("{key} = \"Сыктывкар\""));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].0, problems[0].1), at, "{problems:?}");
        assert!(problems[0].2.contains(&format!("`{key}`")), "{problems:?}");
        // With the English one, the translation is fine.
        let english = format!("{key} = \"Syktyvkar\"");
        let text = format!("{HEAD}{SOURCE}{}", event(&[&english], &ru));
        assert!(load::parse("ok.toml", &text).is_ok(), "{key}");
    }
}

#[test]
fn an_empty_event_list_is_refused_as_no_event_is() {
    let none = refused(&format!("{HEAD}{SOURCE}"));
    let empty = refused(&format!("event = []\n{HEAD}{SOURCE}"));
    assert_eq!(empty, none);
}

#[test]
fn gen_refuses_zero_events_in_both_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("zero.toml");
    for lang in ["en", "ru"] {
        let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
            .args(["--lang", lang, "gen", "--events", "0", "-o"])
            .arg(&path)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{lang}");
        assert!(!path.exists(), "nothing is written");
        let err = String::from_utf8_lossy(&out.stderr);
        let cyrillic = err.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
        assert!(
            !err.trim().is_empty() && cyrillic == (lang == "ru"),
            "{err}"
        );
    }
}

#[test]
fn an_unclosed_multi_line_string_is_reported_where_it_opens() {
    for quotes in ["\"\"\"", "'''"] {
        let text = format!(
            "{HEAD}{SOURCE}{}",
            event(&[], "").replace(
                "summary = \"A summary\"",
                &format!("summary = {quotes}A summary that never ends")
            )
        );
        let problems = refused(&text);
        let at = place_of(&text, quotes);
        assert_eq!((problems[0].0, problems[0].1), at, "{problems:?}");
    }
}

#[test]
fn a_source_missing_only_its_title_is_that_one_problem() {
    let text = format!(
        "{HEAD}\n[[source]]\nid = \"src\"\n\n[[source]]\nid = \"srd\"\ntitle = \"Another\"\n{}",
        event(&[], "")
    );
    let problems = refused(&text);
    let messages: Vec<&str> = problems.iter().map(|(_, _, m)| m.as_str()).collect();
    assert_eq!(messages, ["missing `title` in [[source]]"], "{problems:?}");
}

#[test]
fn a_malformed_number_under_an_unknown_key_is_reported_with_the_key() {
    for (value, inner) in [("0x", "0x"), ("[1, 0b]", "0b"), ("{ a = 0o }", "0o")] {
        let line = format!("sumary = {value}");
        let text = format!("{HEAD}{SOURCE}{}", event(&[&line], ""));
        let problems = refused(&text);
        let key_at = place_of(&text, "sumary");
        let value_at = (key_at.0, line.find(inner).expect("inner") + 1);
        let places: Vec<(usize, usize)> = problems.iter().map(|(l, c, _)| (*l, *c)).collect();
        assert_eq!(places, [key_at, value_at], "{value}: {problems:?}");
        assert!(
            problems[0].2.contains("unknown key `sumary`"),
            "{problems:?}"
        );
    }
}
