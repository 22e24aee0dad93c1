//! Human names for cases and tags (#22.8): `[[case]]` and `[[tag]]` with their `[case.ru]`
//! and `[tag.ru]` translations, shown wherever the key was (the detail's case heading and
//! tags, the filter picker and the header's description, `show`, the JSON), the key itself
//! where no name is given, a curator warning for it, and refusals of a name for no key.

use std::collections::BTreeSet;

use timeline::load::{self, LoadError};
use timeline::model::{EventIx, Grouping, Timeline};
use timeline::select::Filters;
use timeline::words::{Lang, Problem};

use crate::common::{app, drawn, type_keys};

const FILE: &str = include_str!("../fixtures/names.toml");

fn names() -> Timeline {
    load::parse("names.toml", FILE).expect("the fixture is valid")
}

/// The line of the file where `needle` first stands, counted from 1.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("in the file")]
        .lines()
        .count()
        + 1
}

#[test]
fn the_case_heading_is_the_cases_name_in_each_language() {
    let t = names();
    let en = timeline::view::detail::plain(&t, EventIx::new(0), 100, Lang::En);
    assert!(en.contains("The 2023 case — the procedure"), "{en}");
    assert!(!en.contains("Case: delo-2023"), "{en}");
    let ru = timeline::view::detail::plain(&t, EventIx::new(0), 100, Lang::Ru);
    assert!(ru.contains("Дело 2023 года: ход процесса"), "{ru}");
    assert!(!ru.contains("delo-2023"), "{ru}");
}

#[test]
fn tags_show_their_names_and_an_unnamed_tag_its_key() {
    let t = names();
    let en = timeline::view::detail::plain(&t, EventIx::new(0), 100, Lang::En);
    for said in ["Court hearings", "Press coverage", "#misc"] {
        assert!(en.contains(said), "{said}\n{en}");
    }
    let ru = timeline::view::detail::plain(&t, EventIx::new(0), 100, Lang::Ru);
    // `press` has no Russian name: its English one shows, as any untranslated value.
    for said in ["Судебные заседания", "Press coverage", "#misc"] {
        assert!(ru.contains(said), "{said}\n{ru}");
    }
    assert!(!ru.contains("#court"), "{ru}");
}

#[test]
fn the_filter_description_and_the_picker_name_the_tags() {
    let t = names();
    let filters = Filters {
        tags: BTreeSet::from(["court".to_owned(), "misc".to_owned()]),
        ..Filters::default()
    };
    assert_eq!(
        filters.describe(Lang::En.words(), &t.names),
        "Court hearings, #misc"
    );
    assert_eq!(
        filters.describe(Lang::Ru.words(), &t.names),
        "Судебные заседания, #misc"
    );
    for (lang, name) in [
        (Lang::En, "Court hearings"),
        (Lang::Ru, "Судебные заседания"),
    ] {
        let mut a = app(names(), 100, 30);
        a.words = lang.words();
        type_keys(&mut a, "f");
        let screen = drawn(&a, 100, 30).join("\n");
        assert!(
            screen.contains(name) && screen.contains("#misc"),
            "{screen}"
        );
    }
}

#[test]
fn json_adds_the_names_beside_the_keys() {
    let t = names();
    let all: Vec<EventIx> = t.indices().collect();
    let json = timeline::export::to_json(&t, &all).expect("JSON");
    let doc: serde_json::Value = serde_json::from_str(&json).expect("parses");
    assert_eq!(doc["events"][0]["case"], "delo-2023");
    assert_eq!(doc["events"][0]["tags"][0], "court");
    let case = &doc["cases"][0];
    assert_eq!(
        (&case["id"], &case["name"], &case["name_ru"]),
        (
            &"delo-2023".into(),
            &"The 2023 case".into(),
            &"Дело 2023 года".into()
        )
    );
    assert_eq!(doc["tags"][1]["id"], "press");
    assert!(doc["tags"][1].get("name_ru").is_none());
}

#[test]
fn check_warns_of_an_unnamed_tag_in_both_languages() {
    let t = names();
    let warnings = load::warnings(&t, FILE);
    let unnamed: Vec<_> = warnings
        .iter()
        .filter(|d| matches!(d.problem, Problem::Unnamed { .. }))
        .collect();
    assert_eq!(unnamed.len(), 1, "{warnings:?}");
    let d = unnamed[0];
    assert!(matches!(&d.problem, Problem::Unnamed { grouping: Grouping::Tag, id } if id == "misc"));
    assert_eq!(d.line, line_of(FILE, "id = \"e1\"") - 1);
    assert!(d.message_in(Lang::En.words()).contains("\"misc\""));
    let ru = d.message_in(Lang::Ru.words());
    assert!(ru.contains("у тега «misc» нет названия"), "{ru}");
}

/// The problems of a file, as `(line, message)` in a language.
fn refused(text: &str, lang: Lang) -> Vec<(usize, String)> {
    match load::parse("bad.toml", text) {
        Err(LoadError::Invalid { diagnostics, .. }) => diagnostics
            .iter()
            .map(|d| (d.line, d.message_in(lang.words())))
            .collect(),
        other => panic!("not refused: {other:?}"),
    }
}

#[test]
fn a_name_for_no_key_or_a_second_name_is_refused_at_its_line() {
    let text = FILE
        .replace("id = \"delo-2023\"\nname", "id = \"delo-2024\"\nname")
        .replace("id = \"press\"", "id = \"court\"");
    let en = refused(&text, Lang::En);
    let unused = line_of(&text, "id = \"delo-2024\"");
    let duplicate = text.rfind("id = \"court\"").expect("second");
    let duplicate = text[..duplicate].lines().count() + 1;
    assert_eq!(en.len(), 2, "{en:?}");
    assert_eq!(en[0].0, unused);
    assert!(
        en[0].1.contains("\"delo-2024\"") && en[0].1.contains("delo-2023"),
        "{en:?}"
    );
    assert_eq!(en[1].0, duplicate);
    assert!(en[1].1.contains("duplicate tag id \"court\""), "{en:?}");
    let ru = refused(&text, Lang::Ru);
    assert!(ru[0].1.contains("к делу «delo-2024»"), "{ru:?}");
    assert!(ru[1].1.contains("id тега «court» повторяется"), "{ru:?}");
}
