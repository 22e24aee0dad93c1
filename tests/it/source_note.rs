//! A source's `note` (and `[source.ru] note`): the curator's remark, shown under the
//! attribution in the detail text and by `show`, carried by the JSON, and never in a
//! citation, a caption or an export's attribution; and `check`'s warning on a title that
//! holds such a remark in parentheses.

use timeline::load;
use timeline::model::EventIx;
use timeline::words::Lang;

use crate::common::edition::attributions;

const NOTE_EN: &str = "A copy on a mirror of the original site.";
const NOTE_RU: &str = "Копия на зеркале исходного сайта.";

fn file(title: &str, ru_title: Option<&str>) -> String {
    let ru_title = ru_title.map_or(String::new(), |t| format!("title = \"{t}\"\n"));
    format!(
        "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n\n\
         [[source]]\nid = \"a\"\ntitle = \"{title}\"\npublisher = \"Press\"\nnote = \"{NOTE_EN}\"\n\
         [source.ru]\n{ru_title}note = \"{NOTE_RU}\"\n\n\
         [[source]]\nid = \"b\"\ntitle = \"B\"\n\n\
         [[event]]\nid = \"e1\"\ndate = \"2000\"\nkind = \"other\"\ntitle = \"t\"\nsummary = \"s\"\n\
         [[event.excerpt]]\nsource = \"a\"\ntext = \"words\"\n\
         [[event.excerpt]]\nsource = \"b\"\ntext = \"more\"\n"
    )
}

fn warnings(text: &str) -> Vec<(usize, String, String)> {
    let t = load::parse("w.toml", text).expect("valid");
    load::warnings(&t, text)
        .into_iter()
        .map(|d| (d.line, d.message(), d.message_in(Lang::Ru.words())))
        .collect()
}

#[test]
fn the_note_stands_under_the_attribution_in_each_language_and_nowhere_else() {
    let text = file("Plain title", None);
    let t = load::parse("n.toml", &text).expect("valid");
    for (lang, note, label) in [
        (Lang::En, NOTE_EN, "Note: "),
        (Lang::Ru, NOTE_RU, "Примечание: "),
    ] {
        let texts = attributions(&t, EventIx::new(0), lang);
        let detail: Vec<&str> = texts[0].lines().map(str::trim).collect();
        let at = detail
            .iter()
            .position(|l| *l == format!("{label}{note}"))
            .unwrap_or_else(|| panic!("no note line in {lang:?}: {detail:#?}"));
        assert!(
            detail[at - 1].starts_with("— Press") && detail[at - 1].contains("Plain title"),
            "the note follows the attribution: {detail:#?}"
        );
        // The citation (`y`) and every export's captions and attributions leave it out.
        for (k, other) in texts.iter().enumerate().skip(1) {
            for n in [NOTE_EN, NOTE_RU] {
                assert!(!other.contains(n), "text {k} in {lang:?} carries the note");
            }
        }
    }
}

#[test]
fn the_json_carries_the_note_and_its_translation() {
    let text = file("Plain title", None);
    let t = load::parse("n.toml", &text).expect("valid");
    let json = timeline::export::to_json(&t, &[EventIx::new(0)]).expect("JSON");
    let v: serde_json::Value = serde_json::from_str(&json).expect("parse");
    let a = &v["sources"][0];
    assert_eq!(a["note"], NOTE_EN);
    assert_eq!(a["note_ru"], NOTE_RU);
    assert!(v["sources"][1].get("note").is_none());
}

#[test]
fn a_title_holding_a_remark_in_parentheses_is_warned_in_both_languages() {
    for title in [
        "Boris Kagarlitsky (author page)",
        "Report (the stored copy gives no headline)",
        "News (URL slug)",
        "Torzhok (listing)",
        "Article (page title not shown; the URL reads on-byl)",
    ] {
        let found = warnings(&file(title, None));
        assert_eq!(found.len(), 1, "{title}: {found:?}");
        let (line, en, ru) = &found[0];
        assert_eq!(*line, 9, "at the title's line");
        assert!(en.contains("source \"a\""), "{en}");
        assert!(en.contains("`note`"), "{en}");
        assert!(ru.contains("источник «a»") && ru.contains("`note`"), "{ru}");
    }
    let found = warnings(&file("Plain", Some("Статья (страница автора)")));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("[source.ru]"), "{found:?}");
}

#[test]
fn a_title_with_printed_parentheses_is_not_warned() {
    for title in [
        "Arrests, 6 April 1982 (64.3)",
        "Hindustan Times (AFP)",
        "Plain title",
        "Pages of history",
    ] {
        assert_eq!(warnings(&file(title, None)), [], "{title}");
    }
}
