//! Search covers the sources an event quotes (publisher, author, title and address, in every
//! edition) in the explorer and in `--search`, says when a match is only in a source, and
//! `--source` chooses the events that quote a source named by its id or a word of its
//! publisher or title.

use crate::common;

use common::{app, press, screens, type_keys};
use ratatui::crossterm::event::KeyCode;
use timeline::words::Lang;

/// The events of the screen fixture that quote one of Meduza's sources: read off its
/// `source = "meduza-…"` excerpt lines (arrest-2023 and exchange-refusal-2024 also name
/// Meduza in their own text; remand-2023 only quotes it).
const QUOTE_MEDUZA: [&str; 3] = ["arrest-2023", "remand-2023", "exchange-refusal-2024"];

const FIXTURE: &str = "tests/fixtures/screens.toml";

/// Runs the binary in a language: (status, stdout, stderr).
fn run(lang: &str, args: &[&str]) -> (i32, String, String) {
    let r = common::run(&[&["--lang", lang][..], args].concat(), &[]);
    (r.code, r.out, r.err)
}

/// The ids a `list` printed, in order (the third column).
fn ids(listing: &str) -> Vec<String> {
    // The id is the first word after the date that is written in ASCII with a hyphen.
    listing
        .lines()
        .filter_map(|l| {
            l.split_whitespace()
                .skip(1)
                .find(|w| w.contains('-') && w.is_ascii())
                .map(str::to_owned)
        })
        .collect()
}

#[test]
fn the_explorer_search_finds_every_event_that_quotes_meduza() {
    let mut a = app(screens(), 120, 40);
    type_keys(&mut a, "/meduza");
    press(&mut a, KeyCode::Enter);
    let found: Vec<&str> = a
        .matches()
        .iter()
        .map(|&i| a.timeline.events[i].id.as_str())
        .collect();
    assert_eq!(found, QUOTE_MEDUZA);
}

#[test]
fn a_match_only_in_a_source_says_which_source_in_the_footer() {
    for (lang, said) in [(Lang::En, "source: Meduza"), (Lang::Ru, "источник: Meduza")] {
        let mut a = app(screens(), 200, 40);
        a.words = lang.words();
        type_keys(&mut a, "/meduza");
        press(&mut a, KeyCode::Enter);
        let i = a.timeline.index_of("remand-2023").expect("in the fixture");
        a.move_to_index(i);
        let line = timeline::ui::footer::match_text(&a).expect("a search in force");
        assert!(line.contains(said), "{lang:?}: {line}");
        // An event that names Meduza in its own text matched there, not in a source.
        let i = a.timeline.index_of("arrest-2023").expect("in the fixture");
        a.move_to_index(i);
        let line = timeline::ui::footer::match_text(&a).expect("a search in force");
        assert!(!line.contains(said), "{lang:?}: {line}");
    }
}

#[test]
fn list_search_finds_the_events_quoting_meduza_by_its_address_too() {
    let (code, out, _) = run("en", &["list", FIXTURE, "--search", "meduza"]);
    assert_eq!(code, 0);
    assert_eq!(ids(&out), QUOTE_MEDUZA);
    // remand-2023 names Meduza nowhere but in its source's publisher and address.
    let (_, out, _) = run("en", &["list", FIXTURE, "--search", "meduza.io/en/feature"]);
    assert!(ids(&out).contains(&"remand-2023".to_owned()), "{out}");
}

#[test]
fn source_chooses_by_id_or_by_a_word_of_the_publisher_in_either_language() {
    for lang in ["en", "ru"] {
        for name in ["meduza", "MEDUZA", "Медуза"] {
            let (code, out, err) = run(lang, &["list", FIXTURE, "--source", name]);
            assert_eq!(code, 0, "{lang} {name}: {err}");
            assert_eq!(ids(&out), QUOTE_MEDUZA, "{lang} {name}");
        }
        let (_, out, _) = run(lang, &["list", FIXTURE, "--source", "meduza-2024-11-15"]);
        assert_eq!(ids(&out), ["exchange-refusal-2024"], "{lang}");
    }
    let (code, out, _) = run(
        "en",
        &["export", FIXTURE, "--format", "json", "--source", "meduza"],
    );
    assert_eq!(code, 0);
    for id in QUOTE_MEDUZA {
        assert!(out.contains(&format!("\"{id}\"")), "{id}");
    }
}

#[test]
fn a_source_that_names_nothing_exits_2_naming_the_closest() {
    for (lang, word) in [("en", "unknown source"), ("ru", "неизвестный источник")]
    {
        let (code, out, err) = run(lang, &["list", FIXTURE, "--source", "medusa"]);
        assert_eq!(code, 2, "{lang}");
        assert!(out.is_empty());
        assert!(
            err.contains(word) && err.contains("medusa"),
            "{lang}: {err}"
        );
        assert!(
            err.contains("Meduza"),
            "{lang}: the closest publisher: {err}"
        );
    }
}

#[test]
fn a_source_that_names_nothing_is_refused_as_an_unknown_kind_is() {
    /// The words between a refused value and the first value offered for it.
    fn between<'e>(err: &'e str, value: &str, offered: &str) -> &'e str {
        let from = err.find(value).expect("the value is quoted") + value.len();
        let to = from + err[from..].find(offered).expect("a value is offered");
        &err[from..to]
    }
    // One wording for every facet, whichever option named the value.
    for lang in ["en", "ru"] {
        let (_, _, kind) = run(lang, &["list", FIXTURE, "--kind", "arest"]);
        let (_, _, source) = run(lang, &["list", FIXTURE, "--source", "medusa"]);
        assert_eq!(
            between(&source, "medusa", "Meduza"),
            between(&kind, "arest", "arrest"),
            "{lang}:\n{kind}{source}"
        );
    }
}
