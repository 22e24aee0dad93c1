//! `[source.ru] author`: an author in Russian, for a curator's note written in another
//! language. The loader reads it alone in `[source.ru]`; `show`, the Markdown export and
//! the sources list and every other attribution give it in the Russian edition and the original in the English
//! one, and JSON carries `author_ru` only where the file gives it.

mod common;

use std::process::Command;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
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
    assert_eq!(letter.title_ru, None);
    assert_eq!(letter.publisher_ru, None);
    assert_eq!(letter.author_ru.as_deref(), Some(LETTER.1));
    assert_eq!(letter.author_in(true), Some(LETTER.1));
    assert_eq!(letter.author_in(false), Some(LETTER.0));
    // Without a Russian title, the Russian edition keeps the original one.
    assert_eq!(letter.title_in(true), "The Journey Continues");
    let wiki = t.source("wiki").expect("the encyclopaedia's source");
    assert_eq!(wiki.author_in(true), Some(WIKI.1));
    assert_eq!(wiki.publisher_in(true), Some("Википедия (английская)"));
    let report = t.source("report").expect("the report's source");
    assert_eq!(report.author_in(true), Some(REPORTER));
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
    let one = [EventIx::new(0)];
    for (lang, code, russian) in [(Lang::Ru, "ru", true), (Lang::En, "en", false)] {
        shows(
            &timeline::view::detail::plain(&t, one[0], 100, lang),
            russian,
        );
        shows(&timeline::cite::citation(&t, one[0], lang.words()), russian);
        shows(&timeline::export::to_markdown(&t, &one, lang), russian);
        shows(&timeline::export::to_html(&t, &one, code), russian);
        shows(&timeline::export::to_markwhen(&t, &one, code), russian);
        let tljs = timeline::export::to_timelinejs(&t, &one, code).expect("TimelineJS");
        shows(&tljs, russian);
    }
}

#[test]
fn the_sources_list_gives_the_author_of_its_edition() {
    let (w, h) = (120, 30);
    for (lang, russian) in [(Lang::Ru, true), (Lang::En, false)] {
        let mut a = common::app(loaded(), w, h);
        a.words = lang.words();
        common::type_keys(&mut a, "s");
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        terminal
            .draw(|f| timeline::ui::render(f, &a))
            .expect("draw");
        let buffer = terminal.backend().buffer();
        let screen: String = (0..h)
            .map(|y| (0..w).map(|x| buffer[(x, y)].symbol()).collect::<String>() + "\n")
            .collect();
        shows(&screen, russian);
    }
}

#[test]
fn show_and_markdown_in_russian_give_the_translated_author() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("t.toml");
    std::fs::write(&path, file()).expect("write the file");
    let path = path.to_str().expect("a UTF-8 path");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .output()
            .expect("run timeline");
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    for (lang, russian) in [("ru", true), ("en", false)] {
        shows(&run(&["--lang", lang, "show", "e1", path]), russian);
        let md = run(&["--lang", lang, "export", "--format", "markdown", path]);
        shows(&md, russian);
    }
}
