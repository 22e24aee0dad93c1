//! The Russian edition's data: a source's `lang` puts Russian originals first, and
//! `[event.ru.legal]` and `[source.ru]` translate the legal values and source titles; both
//! checked with line and column.

use crate::common;

use std::process::Command;

use timeline::load::{self, LoadError};
use timeline::model::EventIx;
use timeline::words::Lang;

const HEAD: &str =
    "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n";

/// Two English and two Russian sources, the second English one titled in Russian too.
const SOURCES: &str = "\n[[source]]\nid = \"en1\"\ntitle = \"First report\"\nlang = \"en\"\n\n[[source]]\nid = \"ru1\"\ntitle = \"Первое сообщение\"\nlang = \"ru\"\n\n[[source]]\nid = \"en2\"\ntitle = \"Second report\"\nlang = \"en\"\n\n[source.ru]\ntitle = \"Второе сообщение\"\n\n[[source]]\nid = \"ru2\"\ntitle = \"Второе\"\nlang = \"ru\"\n";

/// A ruling quoting the four sources in the order en1, ru1, en2, ru2, with `extra` after
/// its `[event.ru]` table.
fn ruling(extra: &str) -> String {
    let excerpts = ["en1", "ru1", "en2", "ru2"]
        .map(|s| format!("\n[[event.excerpt]]\nsource = \"{s}\"\ntext = \"quote {s}\"\n"))
        .concat();
    format!(
        "{HEAD}{SOURCES}\n[[event]]\nid = \"r\"\ndate = \"2024-02-13\"\nkind = \"ruling\"\ntitle = \"Sentenced\"\nsummary = \"He was sentenced.\"\n\n[event.legal]\ncourt = \"Appeal court\"\noutcome = \"Appeal granted\"\nsentence = \"Five years\"\n\n[event.ru]\ntitle = \"Приговор\"\nsummary = \"Его приговорили.\"\n{extra}{excerpts}"
    )
}

const RU_LEGAL: &str =
    "\n[event.ru.legal]\ncourt = \"Апелляционный суд\"\nsentence = \"Пять лет\"\n";

/// Where each quotation stands in a text, in the order given.
fn positions(text: &str, quotes: &[&str]) -> Vec<usize> {
    quotes
        .iter()
        .map(|q| {
            text.find(q)
                .unwrap_or_else(|| panic!("{q} missing:\n{text}"))
        })
        .collect()
}

/// The text with every run of whitespace made one space, so column padding does not matter.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn in_order(text: &str, quotes: &[&str]) {
    let at = positions(text, quotes);
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "{quotes:?} at {at:?}:\n{text}"
    );
}

/// The `FILE:LINE:COLUMN: message` lines for a text that must be refused.
fn refused(text: &str) -> String {
    match load::parse("t.toml", text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e @ LoadError::Invalid { .. }) => e.to_string(),
        Err(e) => panic!("unexpected error {e}"),
    }
}

#[test]
fn the_russian_edition_puts_russian_originals_first_and_english_keeps_file_order() {
    let t = load::parse("t.toml", &ruling(RU_LEGAL)).expect("valid");
    let ids = |lang| -> Vec<&str> {
        t.excerpts_in(&t.events[0], lang)
            .iter()
            .map(|x| x.source.as_str())
            .collect()
    };
    assert_eq!(ids(Lang::Ru), ["ru1", "ru2", "en1", "en2"]);
    assert_eq!(ids(Lang::En), ["en1", "ru1", "en2", "ru2"]);
    let ru = timeline::view::detail::plain(&t, EventIx::new(0), 100, Lang::Ru);
    in_order(&ru, &["quote ru1", "quote ru2", "quote en1", "quote en2"]);
    let en = timeline::view::detail::plain(&t, EventIx::new(0), 100, Lang::En);
    in_order(&en, &["quote en1", "quote ru1", "quote en2", "quote ru2"]);
    let md = timeline::export::to_markdown(&t, &[EventIx::new(0)], Lang::Ru);
    in_order(&md, &["quote ru1", "quote ru2", "quote en1", "quote en2"]);
    let html = timeline::export::to_html(&t, &[EventIx::new(0)], "ru");
    in_order(&html, &["quote ru1", "quote ru2", "quote en1", "quote en2"]);
    let html = timeline::export::to_html(&t, &[EventIx::new(0)], "en");
    in_order(&html, &["quote en1", "quote ru1", "quote en2", "quote ru2"]);
}

#[test]
fn legal_values_and_source_titles_are_shown_in_russian_where_translated() {
    let t = load::parse("t.toml", &ruling(RU_LEGAL)).expect("valid");
    let ru = squash(&timeline::view::detail::plain(
        &t,
        EventIx::new(0),
        100,
        Lang::Ru,
    ));
    for shown in [
        "Суд Апелляционный суд",
        "Назначенное наказание Пять лет",
        "«Второе сообщение»",
    ] {
        assert!(ru.contains(shown), "{shown} missing:\n{ru}");
    }
    // A value left untranslated shows the original.
    assert!(ru.contains("Итог Appeal granted"), "{ru}");
    let en = squash(&timeline::view::detail::plain(
        &t,
        EventIx::new(0),
        100,
        Lang::En,
    ));
    for shown in [
        "Court Appeal court",
        "Sentence Five years",
        "“Second report”",
    ] {
        assert!(en.contains(shown), "{shown} missing:\n{en}");
    }
    assert!(!en.contains("Апелляционный"), "{en}");
    let html = timeline::export::to_html(&t, &[EventIx::new(0)], "ru");
    assert!(html.contains("<dd>Апелляционный суд</dd>"), "{html}");
    assert!(html.contains("<cite>Второе сообщение</cite>"), "{html}");
}

#[test]
fn a_bad_lang_is_refused_with_its_line_and_column() {
    let text = format!(
        "{HEAD}{}",
        SOURCES.replace("lang = \"ru\"", "lang = \"russian\"")
    );
    let text = ruling("").replacen(SOURCES, &text[HEAD.len()..], 1);
    let shown = refused(&text);
    assert!(
        shown.contains("t.toml:15:8: `lang` = \"russian\" is not an ISO 639-1 language code such as \"ru\" or \"en\""),
        "{shown}"
    );
    let upper = ruling("").replacen("lang = \"ru\"", "lang = \"RU\"", 1);
    let shown = refused(&upper);
    assert!(
        shown.contains(
            "t.toml:15:8: `lang` = \"RU\" is not an ISO 639-1 language code; write \"ru\""
        ),
        "{shown}"
    );
    let typo = ruling("").replacen("[source.ru]\ntitle", "[source.ru]\ntitel", 1);
    let shown = refused(&typo);
    assert!(
        shown.contains("t.toml:23:1: unknown key `titel` in [source.ru]; did you mean `title`?"),
        "{shown}"
    );
}

#[test]
fn a_russian_legal_table_may_only_translate_what_the_original_has() {
    let shown = refused(&ruling("\n[event.ru.legal]\ncharge = \"Статья\"\n"));
    assert!(
        shown.contains(
            "t.toml:47:1: event \"r\": [event.ru.legal] has `charge` but [event.legal] does not"
        ),
        "{shown}"
    );
    let shown = refused(&ruling("\n[event.ru.legal]\nverdikt = \"x\"\n"));
    assert!(
        shown.contains("t.toml:47:1: unknown key `verdikt` in [event.ru.legal]"),
        "{shown}"
    );
    let without = ruling(RU_LEGAL)
        .replace("kind = \"ruling\"", "kind = \"statement\"")
        .replace("\n[event.legal]\ncourt = \"Appeal court\"\noutcome = \"Appeal granted\"\nsentence = \"Five years\"\n", "");
    let shown = refused(&without);
    assert!(
        shown.contains("[event.ru.legal] but no [event.legal] for it to translate"),
        "{shown}"
    );
}

#[test]
fn once_legal_values_are_translated_each_gap_is_a_warning() {
    let text = ruling(RU_LEGAL);
    let t = load::parse("t.toml", &text).expect("valid");
    let warnings: Vec<String> = load::warnings(&t, &text)
        .into_iter()
        .map(|d| d.message())
        .collect();
    assert!(
        warnings.contains(&"event \"r\" has `outcome` in [event.legal] that its [event.ru.legal] does not translate".to_owned()),
        "{warnings:?}"
    );
    // A file that translates no legal value is not nagged about it.
    let text = ruling("");
    let t = load::parse("t.toml", &text).expect("valid");
    assert!(
        load::warnings(&t, &text)
            .iter()
            .all(|d| !d.message().contains("ru.legal"))
    );
}

#[test]
fn every_shipped_source_has_a_language_and_every_legal_block_a_translation() {
    let t = common::shipped();
    let missing: Vec<&str> = t
        .sources
        .iter()
        .filter(|s| s.lang.is_none())
        .map(|s| s.id.as_str())
        .collect();
    assert!(missing.is_empty(), "sources without lang: {missing:?}");
    for e in t.events.iter().filter(|e| e.legal.is_some()) {
        assert_eq!(
            e.legal_in(Lang::Ru).len(),
            e.legal_in(Lang::En).len(),
            "{}",
            e.id
        );
        let ru = e
            .legal
            .as_deref()
            .and_then(|l| l.translation(Lang::Ru))
            .map(|l| l.given().count());
        assert_eq!(
            ru,
            Some(e.legal_in(Lang::En).len()),
            "{} lacks a full [event.ru.legal]",
            e.id
        );
    }
}

#[test]
fn show_in_russian_quotes_the_russian_original_first() {
    let show = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
            .args(["--lang", lang, "show", "cassation-2024"])
            .output()
            .expect("run timeline show");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let ru = show("ru");
    let first = ru.find("  «").map(|i| &ru[i..]).unwrap_or_default();
    assert!(
        first.starts_with("  «Верховный суд отклонил жалобу"),
        "{ru}"
    );
    assert!(squash(&ru).contains("Инстанция кассация"), "{ru}");
    let en = show("en");
    let first = en.find("  “").map(|i| &en[i..]).unwrap_or_default();
    assert!(
        first.starts_with("  “Russia’s Supreme Court on Wednesday upheld"),
        "{en}"
    );
    assert!(squash(&en).contains("Instance cassation"), "{en}");
}

#[test]
fn in_russian_tab_and_o_reach_the_sources_in_the_order_shown() {
    use common::{app, press, type_keys};
    use ratatui::crossterm::event::KeyCode;
    use timeline::app::Effect;

    let mut a = app(common::shipped(), 120, 40);
    a.words = Lang::Ru.words();
    a.move_to_index(
        a.timeline
            .index_of("cassation-2024")
            .expect("the cassation"),
    );
    let e = a.current().expect("selected").clone();
    let url = |id: &str| a.timeline.source(id).and_then(|s| s.url.clone());
    let shown = a.timeline.excerpts_in(&e, Lang::Ru);
    assert_ne!(
        shown[0].source, e.excerpts[0].source,
        "the order differs from the file's"
    );
    let (first, second) = (url(&shown[0].source), url(&shown[1].source));
    type_keys(&mut a, "o");
    assert_eq!(
        a.effect,
        first.map(|u| Effect::Open(u.to_string())),
        "o opens the first source shown"
    );
    press(&mut a, KeyCode::Enter);
    for _ in 0..a.links().len() + 2 {
        press(&mut a, KeyCode::Tab);
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.effect,
        second.map(|u| Effect::Open(u.to_string())),
        "the second highlight is the second source shown"
    );
}
