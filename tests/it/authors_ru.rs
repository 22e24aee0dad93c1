//! `[source.ru] author`: an author in Russian, for a curator's note written in another
//! language. The loader reads it alone in `[source.ru]`; `show`, the Markdown export, the
//! sources list and every other attribution give it in the Russian edition and the original
//! in the English one, and JSON carries `author_ru` only where the file gives it.

use crate::common;

use timeline::load;
use timeline::model::{EventIx, Timeline};
use timeline::words::Lang;

/// The translated letter's author as written, and in Russian (its only `[source.ru]` key).
const LETTER: (&str, &str) = (
    "Boris Kagarlitsky; translated by Renfrey Clarke",
    "Борис Кагарлицкий; перевод Ренфри Кларка",
);
/// The encyclopaedia's authors as written, and in Russian (beside a Russian publisher).
const WIKI: (&str, &str) = ("Wikipedia contributors", "авторы Википедии");
/// An author that is only a name, with no `[source.ru]`.
const REPORTER: &str = "Leonid Nikitinsky";

/// Three sources quoted by one event: the first with only a Russian author, the second
/// with a Russian publisher and author, the third with neither.
fn file() -> String {
    let ((letter, letter_ru), (wiki, wiki_ru)) = (LETTER, WIKI);
    format!(
        "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n\n\
         [[source]]\nid = \"letter\"\ntitle = \"The Journey Continues\"\nauthor = \"{letter}\"\nlang = \"en\"\n\n\
         [source.ru]\nauthor = \"{letter_ru}\"\n\n\
         [[source]]\nid = \"wiki\"\ntitle = \"Boris Kagarlitsky\"\nauthor = \"{wiki}\"\npublisher = \"Wikipedia (English)\"\nlang = \"en\"\n\n\
         [source.ru]\npublisher = \"Википедия (английская)\"\nauthor = \"{wiki_ru}\"\n\n\
         [[source]]\nid = \"report\"\ntitle = \"Fined\"\nauthor = \"{REPORTER}\"\nlang = \"en\"\n\n\
         [[event]]\nid = \"e1\"\ndate = \"2023-12-12\"\nkind = \"statement\"\ntitle = \"Said\"\nsummary = \"He said it.\"\n\n\
         [[event.excerpt]]\nsource = \"letter\"\ntext = \"quote one\"\n\n\
         [[event.excerpt]]\nsource = \"wiki\"\ntext = \"quote two\"\n\n\
         [[event.excerpt]]\nsource = \"report\"\ntext = \"quote three\"\n"
    )
}

fn loaded() -> Timeline {
    load::parse("t.toml", &file()).expect("valid")
}

#[test]
fn a_source_ru_with_only_an_author_loads() {
    let t = loaded();
    let letter = t.source("letter").expect("the letter's source");
    assert_eq!(letter.title.translation(Lang::Ru), None);
    assert_eq!(letter.publisher.translation(Lang::Ru), None);
    assert_eq!(
        letter
            .author
            .translation(Lang::Ru)
            .and_then(Option::as_deref),
        Some(LETTER.1)
    );
    assert_eq!(letter.author_in(Lang::Ru), Some(LETTER.1));
    assert_eq!(letter.author_in(Lang::En), Some(LETTER.0));
    // Without a Russian title, the Russian edition keeps the original one.
    assert_eq!(letter.title_in(Lang::Ru), "The Journey Continues");
    let wiki = t.source("wiki").expect("the encyclopaedia's source");
    assert_eq!(wiki.author_in(Lang::Ru), Some(WIKI.1));
    assert_eq!(wiki.publisher_in(Lang::Ru), Some("Википедия (английская)"));
    let report = t.source("report").expect("the report's source");
    assert_eq!(report.author_in(Lang::Ru), Some(REPORTER));
    // JSON keeps the model's fields: `author_ru` only where the file gives one.
    let json = timeline::export::to_json(&t, &[EventIx::new(0)]).expect("JSON");
    assert_eq!(json.matches("\"author_ru\"").count(), 2, "{json}");
}

#[test]
fn a_russian_author_is_one_line_like_the_original() {
    let text = file().replacen(LETTER.1, "a\\nb", 1);
    let Err(e) = load::parse("t.toml", &text) else {
        panic!("accepted:\n{text}");
    };
    let en = e.render(&timeline::words::English);
    assert!(en.contains("`author` must be one line"), "{en}");
}

/// The text with every run of whitespace made one space, so wrapping does not matter.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Asserts that a text shows the authors of one edition and none of the other's.
fn shows(text: &str, russian: bool) {
    let pick = |pair: (&'static str, &'static str)| if russian { (pair.1, pair.0) } else { pair };
    let text = squash(text);
    for (shown, hidden) in [pick(LETTER), pick(WIKI)] {
        assert!(text.contains(shown), "{shown} missing:\n{text}");
        assert!(!text.contains(hidden), "{hidden} shown:\n{text}");
    }
    assert!(text.contains(REPORTER), "{REPORTER} missing:\n{text}");
}

#[test]
fn every_attribution_gives_the_author_of_its_edition() {
    let t = loaded();
    for (lang, russian) in [(Lang::Ru, true), (Lang::En, false)] {
        for text in common::edition::attributions(&t, EventIx::new(0), lang) {
            shows(&text, russian);
        }
    }
}

#[test]
fn the_sources_list_gives_the_author_of_its_edition() {
    for (lang, russian) in [(Lang::Ru, true), (Lang::En, false)] {
        shows(
            &common::edition::sources_screen(loaded(), lang, (120, 30)),
            russian,
        );
    }
}

#[test]
fn show_and_markdown_in_russian_give_the_translated_author() {
    for (lang, russian) in [(Lang::Ru, true), (Lang::En, false)] {
        for text in common::edition::show_and_markdown(&file(), lang) {
            shows(&text, russian);
        }
    }
}
