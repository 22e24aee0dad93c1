//! The Russian table of an event: read, checked, and shown in the Russian edition.

use timeline::load;
use timeline::words::Lang;

const HEAD: &str = "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n\n[[source]]\nid = \"a\"\ntitle = \"A\"\n";

fn event(id: &str, ru: &str) -> String {
    format!(
        "\n[[event]]\nid = \"{id}\"\ndate = \"2023-07-25\"\nkind = \"arrest\"\ntitle = \"Arrested\"\nsummary = \"He was arrested.\"\nsingle_source = true\n{ru}\n[event.legal]\ncharge = \"c\"\n\n[[event.excerpt]]\nsource = \"a\"\ntext = \"words\"\n"
    )
}

const RU: &str = "[event.ru]\ntitle = \"Арест\"\nsummary = \"Его арестовали.\"";

#[test]
fn a_translation_is_read_and_shown_in_russian() {
    let t = load::parse("t.toml", &format!("{HEAD}{}", event("e", RU))).expect("valid");
    let e = &t.events[0];
    assert_eq!(e.title_in(Lang::Ru), "Арест");
    assert_eq!(e.title_in(Lang::En), "Arrested");
    let shown = timeline::view::detail::plain(&t, timeline::model::EventIx::new(0), 80, Lang::Ru);
    assert!(shown.starts_with("Арест\n25 июля 2023  ·  e\n"), "{shown}");
    assert!(shown.contains("Его арестовали."), "{shown}");
    assert!(
        shown.contains("Обвинение"),
        "legal labels in Russian: {shown}"
    );
    let english = timeline::view::detail::plain(&t, timeline::model::EventIx::new(0), 80, Lang::En);
    assert!(
        english.starts_with("Arrested\n25 Jul 2023  ·  e\n"),
        "{english}"
    );
}

#[test]
fn a_translation_needs_a_title_and_a_summary_and_no_other_keys() {
    let bad = "[event.ru]\ntitle = \"Арест\"\nsumary = \"x\"";
    let Err(e) = load::parse("t.toml", &format!("{HEAD}{}", event("e", bad))) else {
        panic!("accepted");
    };
    let text = e.to_string();
    assert!(
        text.contains("unknown key `sumary` in [event.ru]; did you mean `summary`?"),
        "{text}"
    );
}

#[test]
fn once_one_event_is_translated_the_others_are_reported() {
    let text = format!("{HEAD}{}{}", event("e", RU), event("f", ""));
    let t = load::parse("t.toml", &text).expect("valid");
    let warnings: Vec<String> = load::warnings(&t, &text)
        .into_iter()
        .map(|d| d.message())
        .collect();
    assert_eq!(
        warnings,
        ["event \"f\" has no Russian translation ([event.ru])"]
    );
}
