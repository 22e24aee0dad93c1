//! A selection refuses a value the file does not know: an unknown `--kind`, `--tag` or
//! `--case` is a usage error (exit status 2, nothing on standard output, no file written)
//! naming the closest known values, or every known value when none is close, in the
//! chosen language. A known value that matches no event is no error.

use crate::common::{self, Run};

use std::collections::BTreeSet;

/// What a run gave: exit status, standard output, standard error.
/// Runs the binary in a language.
fn run(lang: &str, args: &[&str]) -> Run {
    common::run(&[&["--lang", lang][..], args].concat(), &[])
}

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// The commands that take a selection; `export -o` must leave no file behind.
fn commands(out: &str) -> [Vec<String>; 4] {
    let own = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    [
        own(&["list"]),
        own(&["list", "--format", "json"]),
        own(&["export", "--format", "json"]),
        own(&["export", "--format", "html", "-o", out]),
    ]
}

/// Runs every selecting command with `option value` in both languages, and checks the
/// refusal: exit status 2, one line on standard error in the language, naming the value
/// typed and each of `named`, nothing on standard output, no file written.
fn refused(option: &str, value: &str, named: &[&str]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("page.html").display().to_string();
    for lang in ["en", "ru"] {
        let mut said = BTreeSet::new();
        for command in commands(&out) {
            let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
            args.extend([option, value]);
            let r = run(lang, &args);
            assert_eq!(r.code, 2, "{lang} {args:?}: {}", r.err);
            assert!(r.out.is_empty(), "{args:?} wrote {}", r.out);
            assert!(
                !std::path::Path::new(&out).exists(),
                "{args:?} wrote a page"
            );
            assert!(r.err.starts_with("timeline: "), "{}", r.err);
            assert_eq!(r.err.lines().count(), 1, "{}", r.err);
            assert!(r.err.contains(value), "{lang}: {value} not in {}", r.err);
            for name in named {
                assert!(r.err.contains(name), "{lang}: {name} not in {}", r.err);
            }
            assert_eq!(cyrillic(&r.err), lang == "ru", "{}", r.err);
            said.insert(r.err);
        }
        assert_eq!(said.len(), 1, "every command says it alike: {said:?}");
    }
}

#[test]
fn a_mistyped_case_names_the_closest_case() {
    refused(
        "--case",
        "justifying-terorism-2023",
        &["justifying-terrorism-2023"],
    );
    refused("--case", "terrorism", &["justifying-terrorism-2023"]);
}

#[test]
fn a_mistyped_tag_names_the_closest_tags() {
    refused("--tag", "prison-writing", &["prison-writings"]);
    refused("--tag", "interview", &["interviews"]);
}

#[test]
fn a_mistyped_kind_names_the_closest_kind() {
    refused("--kind", "arest", &["arrest"]);
    // The closest kinds, not every kind: `interview` is nothing like `arest`.
    for lang in ["en", "ru"] {
        let r = run(lang, &["list", "--kind", "arest"]);
        assert!(!r.err.contains("interview"), "{}", r.err);
    }
}

#[test]
fn a_value_close_to_nothing_is_refused_with_every_known_value() {
    let t = common::shipped();
    let tags: BTreeSet<&str> = t
        .events
        .iter()
        .flat_map(|e| e.tags.iter().map(timeline::model::Text::as_str))
        .collect();
    let tags: Vec<&str> = tags.into_iter().collect();
    refused("--tag", "zzzzzz", &tags);
    let cases: BTreeSet<&str> = t.events.iter().filter_map(|e| e.case.as_deref()).collect();
    let cases: Vec<&str> = cases.into_iter().collect();
    refused("--case", "zzzzzz", &cases);
}

#[test]
fn known_values_that_match_nothing_are_no_error() {
    // `books` is a known tag and `arrest` a known kind; no arrest is tagged `books`.
    for lang in ["en", "ru"] {
        let r = run(lang, &["list", "--tag", "books", "--kind", "arrest"]);
        assert_eq!(r.code, 0, "{}", r.err);
        assert!(r.out.is_empty(), "{}", r.out);
    }
}

#[test]
fn values_are_those_of_the_file_read() {
    // The fixture's own case key is known there, and the shipped one is not.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.toml");
    let text = std::fs::read_to_string("tests/fixtures/mini.toml").expect("fixture");
    let t = timeline::load::parse("mini", &text).expect("loads");
    std::fs::write(&path, &text).expect("write");
    let file = path.display().to_string();
    if let Some(case) = t.events.iter().find_map(|e| e.case.as_deref()) {
        let r = run("en", &["list", &file, "--case", case]);
        assert_eq!(r.code, 0, "{}", r.err);
    }
    let tag = t.events.iter().find_map(|e| e.tags.first()).expect("a tag");
    let r = run("en", &["list", &file, "--tag", tag]);
    assert_eq!(r.code, 0, "{}", r.err);
    let r = run("en", &["list", &file, "--tag", "solidarity"]);
    let shipped_only = !t
        .events
        .iter()
        .any(|e| e.tags.iter().any(|t| t == "solidarity"));
    assert!(shipped_only, "the fixture has no tag `solidarity`");
    assert_eq!(r.code, 2, "{}", r.err);
}
