//! `[source.ru] publisher`: a publisher in Russian, for a curator's note written in another
//! language. The loader reads it with or without a title and refuses an empty `[source.ru]`
//! at its line and column in both languages; `show`, the sources list, the citation and
//! every export that attributes a source give it in the Russian edition and the original in
//! the English one.

use crate::common;

use timeline::load::{self, LoadError};
use timeline::model::{EventIx, Timeline};
use timeline::words::{English, Lang, Russian};

/// The campaign's publisher as written, and in Russian (its only `[source.ru]` key).
const CAMPAIGN: (&str, &str) = (
    "campaign.example (solidarity campaign)",
    "campaign.example (кампания солидарности)",
);
/// The blog's publisher as written, and in Russian (beside a Russian title).
const BLOG: (&str, &str) = (
    "blog.example (blog repost)",
    "blog.example (перепечатка в блоге)",
);
/// A publisher that is only a name, with no `[source.ru]`.
const AGENCY: &str = "Agency Times (AFP)";

/// Three sources quoted by one event: the first with only a Russian publisher, the second
/// with a Russian title and publisher, the third with neither.
fn file() -> String {
    let ((campaign, campaign_ru), (blog, blog_ru)) = (CAMPAIGN, BLOG);
    format!(
        "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n\n\
         [[source]]\nid = \"case\"\ntitle = \"Details of the case\"\npublisher = \"{campaign}\"\nlang = \"en\"\n\n\
         [source.ru]\npublisher = \"{campaign_ru}\"\n\n\
         [[source]]\nid = \"review\"\ntitle = \"A review\"\npublisher = \"{blog}\"\nlang = \"en\"\n\n\
         [source.ru]\ntitle = \"Рецензия\"\npublisher = \"{blog_ru}\"\n\n\
         [[source]]\nid = \"wire\"\ntitle = \"Fined\"\npublisher = \"{AGENCY}\"\nlang = \"en\"\n\n\
         [[event]]\nid = \"e1\"\ndate = \"2023-12-12\"\nkind = \"statement\"\ntitle = \"Said\"\nsummary = \"He said it.\"\n\n\
         [[event.excerpt]]\nsource = \"case\"\ntext = \"quote one\"\n\n\
         [[event.excerpt]]\nsource = \"review\"\ntext = \"quote two\"\n\n\
         [[event.excerpt]]\nsource = \"wire\"\ntext = \"quote three\"\n"
    )
}

/// The file with its first `[source.ru]` table's body replaced.
fn with_first_ru(body: &str) -> String {
    let first = format!("[source.ru]\npublisher = \"{}\"\n", CAMPAIGN.1);
    file().replacen(&first, &format!("[source.ru]\n{body}"), 1)
}

/// The line of the first `[source.ru]` header, counted from 1.
fn first_ru_line(text: &str) -> usize {
    let at = text.find("[source.ru]").expect("a [source.ru] table");
    text[..at].matches('\n').count() + 1
}

/// The problems of a refused text, in English and in Russian.
fn refused(text: &str) -> (String, String) {
    match load::parse("t.toml", text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e @ LoadError::Invalid { .. }) => (e.render(&English), e.render(&Russian)),
        Err(e) => panic!("unexpected error {e}"),
    }
}

/// The text with every run of whitespace made one space, so wrapping does not matter.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn loaded() -> Timeline {
    load::parse("t.toml", &file()).expect("valid")
}

#[test]
fn a_source_ru_with_only_a_publisher_loads() {
    let t = loaded();
    let case = t.source("case").expect("the campaign's source");
    assert_eq!(case.title.translation(Lang::Ru), None);
    assert_eq!(
        case.publisher
            .translation(Lang::Ru)
            .and_then(Option::as_deref),
        Some(CAMPAIGN.1)
    );
    assert_eq!(case.publisher_in(Lang::Ru), Some(CAMPAIGN.1));
    assert_eq!(case.publisher_in(Lang::En), Some(CAMPAIGN.0));
    // Without a Russian title, the Russian edition keeps the original one.
    assert_eq!(case.title_in(Lang::Ru), "Details of the case");
    let review = t.source("review").expect("the blog's source");
    assert_eq!(review.title_in(Lang::Ru), "Рецензия");
    assert_eq!(review.publisher_in(Lang::Ru), Some(BLOG.1));
    let wire = t.source("wire").expect("the wire's source");
    assert_eq!(wire.publisher_in(Lang::Ru), Some(AGENCY));
    // JSON keeps the model's fields: `publisher_ru` only where the file gives one.
    let json = timeline::export::to_json(&t, &[EventIx::new(0)]).expect("JSON");
    assert_eq!(json.matches("\"publisher_ru\"").count(), 2, "{json}");
}

#[test]
fn an_empty_source_ru_is_refused_at_its_line_in_both_languages() {
    let text = with_first_ru("");
    let line = first_ru_line(&text);
    let (en, ru) = refused(&text);
    let english = format!(
        "t.toml:{line}:1: [source.ru] is empty; give it at least one of `title`, `publisher`, `author`, `note`"
    );
    let russian = format!(
        "t.toml:{line}:1: таблица [source.ru] пуста; укажите в ней хотя бы один из ключей `title`, `publisher`, `author`, `note`"
    );
    assert_eq!(en.lines().next(), Some(english.as_str()), "{en}");
    assert_eq!(ru.lines().next(), Some(russian.as_str()), "{ru}");
    assert_eq!(en.lines().filter(|l| l.starts_with("t.toml:")).count(), 1);
}

#[test]
fn a_mistyped_key_in_source_ru_still_gets_its_hint() {
    let text = with_first_ru("publsher = \"x\"\n");
    let line = first_ru_line(&text) + 1;
    let (en, ru) = refused(&text);
    let hint = format!(
        "t.toml:{line}:1: unknown key `publsher` in [source.ru]; did you mean `publisher`?"
    );
    assert!(en.contains(&hint), "{en}");
    assert!(
        !en.contains("is empty"),
        "a typo says what was meant:\n{en}"
    );
    assert!(
        ru.contains("неизвестный ключ `publsher` в [source.ru]; может быть, `publisher`?"),
        "{ru}"
    );
    // Beside a publisher, a mistyped title is still taken for `title`.
    let text = with_first_ru("publisher = \"x\"\ntitel = \"y\"\n");
    let (en, _) = refused(&text);
    assert!(
        en.contains("unknown key `titel` in [source.ru]; did you mean `title`?"),
        "{en}"
    );
    // A Russian publisher is one line, like the original.
    let (en, _) = refused(&with_first_ru("publisher = \"a\\nb\"\n"));
    assert!(en.contains("`publisher` must be one line"), "{en}");
}

/// Asserts that a text shows the publishers of one edition and none of the other's.
fn shows(text: &str, russian: bool) {
    let pick = |pair: (&'static str, &'static str)| if russian { (pair.1, pair.0) } else { pair };
    let text = squash(text);
    for (shown, hidden) in [pick(CAMPAIGN), pick(BLOG)] {
        assert!(text.contains(shown), "{shown} missing:\n{text}");
        assert!(!text.contains(hidden), "{hidden} shown:\n{text}");
    }
    assert!(text.contains(AGENCY), "{AGENCY} missing:\n{text}");
}

#[test]
fn every_attribution_gives_the_publisher_of_its_edition() {
    let t = loaded();
    for (lang, russian) in [(Lang::Ru, true), (Lang::En, false)] {
        for text in common::edition::attributions(&t, EventIx::new(0), lang) {
            shows(&text, russian);
        }
    }
}

#[test]
fn the_sources_list_gives_the_publisher_of_its_edition() {
    for (lang, russian) in [(Lang::Ru, true), (Lang::En, false)] {
        shows(
            &common::edition::sources_screen(loaded(), lang, (120, 30)),
            russian,
        );
    }
}

#[test]
fn show_and_markdown_in_russian_give_the_translated_publisher() {
    for (lang, russian) in [(Lang::Ru, true), (Lang::En, false)] {
        for text in common::edition::show_and_markdown(&file(), lang) {
            shows(&text, russian);
        }
    }
}
