//! The names of an event's case and tags in the published exports (#22): under each event
//! of the Markdown, the HTML page and `TimelineJS`, and the case's name in Markwhen's text
//! (its `#tags` stay keys of word characters), in both languages, escaped for each format.

use serde_json::Value;
use timeline::export::{self, MARKWHEN_JOINER as J};
use timeline::load;
use timeline::model::{EventIx, Timeline};
use timeline::words::Lang;

const FILE: &str = include_str!("../fixtures/names.toml");

fn names() -> Timeline {
    load::parse("names.toml", FILE).expect("the fixture is valid")
}

fn all(t: &Timeline) -> Vec<EventIx> {
    t.indices().collect()
}

/// What each language must show for the named event `e1`: the case's label and name, the
/// tags' label and names (`press` has no Russian name, so its English one stands; `misc` has
/// none at all, so its key stands).
fn expected(lang: Lang) -> (&'static str, &'static str, &'static str, [&'static str; 3]) {
    match lang {
        Lang::En => (
            "Case",
            "The 2023 case",
            "Tags",
            ["Court hearings", "Press coverage", "misc"],
        ),
        Lang::Ru => (
            "Дело",
            "Дело 2023 года",
            "Теги",
            ["Судебные заседания", "Press coverage", "misc"],
        ),
    }
}

/// The text between the first `start` and the next `end` after it (or the text's end).
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start} in\n{text}"));
    let rest = &text[from..];
    let to = rest[start.len()..]
        .find(end)
        .map_or(rest.len(), |i| i + start.len());
    &rest[..to]
}

/// No hostile markup, terminal escape or bidi override of the fixture's hostile names.
fn assert_defused(part: &str, raw: &[&str]) {
    for bad in raw {
        assert!(!part.contains(bad), "raw {bad:?} in\n{part}");
    }
    assert!(
        !part.contains('\u{1b}') && !part.contains('\u{202e}'),
        "{part}"
    );
}

#[test]
fn markdown_names_the_case_and_tags_under_each_event() {
    let t = names();
    for lang in [Lang::En, Lang::Ru] {
        let md = export::to_markdown(&t, &all(&t), lang);
        let (case, name, tags, tag_names) = expected(lang);
        let e1 = between(
            &md,
            &format!(" — {}\n", t.events[0].title_in(lang)),
            "\n### ",
        );
        assert!(e1.contains(&format!("**{case}:** {name}")), "{e1}");
        assert!(
            e1.contains(&format!("**{tags}:** {}", tag_names.join(", "))),
            "{e1}"
        );
        let e3 = between(
            &md,
            &format!(" — {}\n", t.events[2].title_in(lang)),
            "\n## ",
        );
        let names = between(e3, "**", "\n");
        assert_defused(names, &[]);
        for markup in ['<', '>', '[', ']', '`', '_', '#', '&'] {
            for (i, _) in names.match_indices(markup) {
                assert!(
                    names[..i].ends_with('\\'),
                    "{markup:?} unescaped in\n{names}"
                );
            }
        }
        let escaped = match lang {
            Lang::En => ["\\<img src=x", "\\*stars\\*", "\\<script\\>", "\\_under\\_"],
            Lang::Ru => ["\\<b\\>Дело", "\\*звёзды\\*", "\\<i\\>метка", "\\`код\\`"],
        };
        for said in escaped {
            assert!(e3.contains(said), "{said}\n{e3}");
        }
    }
}

#[test]
fn the_html_page_names_the_case_and_tags_in_each_article() {
    let t = names();
    for lang in [Lang::En, Lang::Ru] {
        let html = export::to_html(&t, &all(&t), lang.code());
        let (case, name, tags, tag_names) = expected(lang);
        let e1 = between(&html, "id=\"e1\"", "</article>");
        assert!(
            e1.contains(&format!("<strong>{case}:</strong> {name}</p>")),
            "{e1}"
        );
        assert!(
            e1.contains(&format!(
                "<strong>{tags}:</strong> {}</p>",
                tag_names.join(", ")
            )),
            "{e1}"
        );
        let e3 = between(&html, "id=\"e3\"", "</article>");
        assert_defused(e3, &["<img", "<script", "<b>", "<i>", "\"q\""]);
        let escaped = match lang {
            Lang::En => [
                "&lt;img src=x onerror=alert(1)&gt;",
                "&lt;script&gt;",
                "&amp;",
            ],
            Lang::Ru => [
                "&lt;b&gt;Дело&lt;/b&gt;",
                "&lt;i&gt;метка&lt;/i&gt;",
                "&amp;",
            ],
        };
        for said in escaped {
            assert!(e3.contains(said), "{said}\n{e3}");
        }
    }
}

#[test]
fn timelinejs_names_the_case_and_tags_in_each_slide() {
    let t = names();
    for lang in [Lang::En, Lang::Ru] {
        let json = export::to_timelinejs(&t, &all(&t), lang.code()).expect("JSON");
        let doc: Value = serde_json::from_str(&json).expect("parses");
        let slide = |id: &str| {
            doc["events"]
                .as_array()
                .expect("events")
                .iter()
                .find(|s| s["unique_id"] == id)
                .and_then(|s| s["text"]["text"].as_str())
                .expect("a slide with a text")
                .to_owned()
        };
        let (case, name, tags, tag_names) = expected(lang);
        let e1 = slide("e1");
        assert!(e1.contains(&format!("{case}:</strong> {name}")), "{e1}");
        assert!(
            e1.contains(&format!("{tags}:</strong> {}", tag_names.join(", "))),
            "{e1}"
        );
        let e3 = slide("e3");
        assert_defused(&e3, &["<img", "<script", "<b>", "<i>"]);
        let escaped = match lang {
            Lang::En => "&lt;img src=x",
            Lang::Ru => "&lt;b&gt;Дело",
        };
        assert!(e3.contains(escaped), "{e3}");
    }
}

#[test]
fn markwhen_names_the_case_in_the_text_and_keeps_word_tags() {
    let t = names();
    for lang in [Lang::En, Lang::Ru] {
        let mw = export::to_markwhen(&t, &all(&t), lang.code());
        let (case, name, ..) = expected(lang);
        let e1 = between(&mw, "2023-07-25:", "\n\n");
        let first = e1.lines().next().expect("the entry line");
        assert!(first.ends_with(" #arrest #court #press #misc"), "{first}");
        assert!(e1.lines().any(|l| l == format!("{case}: {name}")), "{e1}");
        let e3 = between(&mw, "2024-01-10:", "\n\n");
        let first = e3.lines().next().expect("the entry line");
        assert!(first.ends_with(" #statement #markup"), "{first}");
        let line = e3
            .lines()
            .find(|l| l.starts_with(&format!("{case}: ")))
            .unwrap_or_else(|| panic!("no case line in\n{e3}"));
        assert_defused(line, &["#h", "](", "\n"]);
        if lang == Lang::En {
            assert!(line.contains(&format!("#{J}h")), "{line}");
            assert!(line.contains(&format!("]{J}(")), "{line}");
        }
    }
}
