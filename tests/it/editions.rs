//! The `[TABLE.LANG]` tables are read by one reader, so every translation table follows the
//! rules of the others: a misspelt key is named once (the unknown-key message says which
//! key was meant, so it is not also reported missing), and a bad value does not hide the
//! table's other problems.

use timeline::load::{self, LoadError};

const HEAD: &str = "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n\n[[source]]\nid = \"s\"\ntitle = \"S\"\n";

const EVENT: &str = "\n[[event]]\nid = \"e\"\ndate = \"1985\"\nkind = \"other\"\ntitle = \"T\"\nsummary = \"S\"\nsingle_source = true\n";

const EXCERPT: &str = "\n[[event.excerpt]]\nsource = \"s\"\ntext = \"t\"\n";

/// The `FILE:LINE:COLUMN: message` lines of a text that must be refused, one per problem.
fn problems(text: &str) -> Vec<String> {
    match load::parse("t.toml", text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e @ LoadError::Invalid { .. }) => e.to_string().lines().map(str::to_owned).collect(),
        Err(e) => panic!("unexpected error {e}"),
    }
}

/// The problems that name a table.
fn naming<'p>(problems: &'p [String], table: &str) -> Vec<&'p str> {
    problems
        .iter()
        .filter(|p| p.contains(table))
        .map(String::as_str)
        .collect()
}

#[test]
fn a_misspelt_key_is_named_once_in_every_translation_table() {
    // The same typo of the one required key, in each table that requires it.
    let era = format!(
        "{HEAD}\n[[era]]\nname = \"E\"\nfrom = \"1980\"\nto = \"1990\"\n\n[era.ru]\nnam = \"Э\"\n{EVENT}{EXCERPT}"
    );
    let timeline = HEAD.replacen(
        "\n\n[[source]]",
        "\n\n[timeline.ru]\ntitel = \"Т\"\nsubject = \"С\"\n\n[[source]]",
        1,
    );
    let timeline = format!("{timeline}{EVENT}{EXCERPT}");
    let event = format!("{HEAD}{EVENT}\n[event.ru]\ntitel = \"Т\"\nsummary = \"С\"\n{EXCERPT}");
    for (text, table) in [
        (era, "[era.ru]"),
        (timeline, "[timeline.ru]"),
        (event, "[event.ru]"),
    ] {
        let all = problems(&text);
        let said = naming(&all, table);
        assert_eq!(said.len(), 1, "one problem in {table}: {all:#?}");
        assert!(said[0].contains("unknown key"), "{}", said[0]);
    }
}

#[test]
fn a_bad_title_in_an_event_translation_hides_none_of_its_other_problems() {
    let text = format!("{HEAD}{EVENT}\n[event.ru]\ntitle = 5\nplase = \"М\"\n{EXCERPT}");
    let all = problems(&text);
    let said = naming(&all, "[event.ru]");
    // The missing summary and the typo, each in [event.ru], beside the title's type.
    assert!(
        said.iter().any(|p| p.contains("missing `summary`")),
        "{all:#?}"
    );
    assert!(said.iter().any(|p| p.contains("`plase`")), "{all:#?}");
    assert!(
        all.iter().any(|p| p.contains("`title` must be a string")),
        "{all:#?}"
    );
}
