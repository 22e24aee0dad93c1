//! The curator's warnings: valid files that `check` still questions.

use std::fmt::Write as _;

use timeline::load;

const HEAD: &str = "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n\n[[source]]\nid = \"a\"\ntitle = \"A\"\n\n[[source]]\nid = \"b\"\ntitle = \"B\"\n";

/// An event with the given extra lines and excerpts from the given sources.
fn event(id: &str, kind: &str, extra: &str, sources: &[&str]) -> String {
    let mut s = format!(
        "\n[[event]]\nid = \"{id}\"\ndate = \"2000\"\nkind = \"{kind}\"\ntitle = \"t\"\n{extra}\n"
    );
    for src in sources {
        let _ = write!(
            s,
            "[[event.excerpt]]\nsource = \"{src}\"\ntext = \"words\"\n"
        );
    }
    s
}

fn warnings(body: &str) -> Vec<(usize, String)> {
    let text = format!("{HEAD}{body}");
    let t = load::parse("w.toml", &text).expect("valid");
    load::warnings(&t, &text)
        .into_iter()
        .map(|d| (d.line, d.message()))
        .collect()
}

#[test]
fn a_well_sourced_event_has_no_warning() {
    assert_eq!(
        warnings(&event("ok", "other", "summary = \"s\"", &["a", "b"])),
        []
    );
    let marked = event(
        "one",
        "other",
        "summary = \"s\"\nsingle_source = true",
        &["a", "a"],
    );
    assert_eq!(warnings(&marked), []);
}

#[test]
fn one_source_unmarked_and_a_false_mark_are_warned_where_the_event_is() {
    let found = warnings(&event("one", "other", "summary = \"s\"", &["a", "a"]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].0,
        HEAD.lines().count() + 2,
        "at the [[event]] line"
    );
    assert!(
        found[0].1.contains("rests on one source only (\"a\")"),
        "{found:?}"
    );
    let found = warnings(&event(
        "two",
        "other",
        "summary = \"s\"\nsingle_source = true",
        &["a", "b"],
    ));
    assert!(
        found[0]
            .1
            .contains("marked `single_source` but cites 2 sources"),
        "{found:?}"
    );
}

#[test]
fn a_disagreement_in_the_summary_needs_disputed() {
    let summary = "summary = \"The date is disputed.\"";
    let found = warnings(&event("d", "other", summary, &["a", "b"]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("no `disputed`"), "{found:?}");
    let recorded = format!("{summary}\ndisputed = \"2000 (A) vs 2001 (B)\"");
    assert_eq!(warnings(&event("d", "other", &recorded, &["a", "b"])), []);
}

#[test]
fn a_sentence_belongs_to_a_ruling() {
    let legal = "summary = \"s\"\n[event.legal]\ncharge = \"c\"\nsentence = \"up to five years\"";
    let found = warnings(&event("arr", "arrest", legal, &["a", "b"]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("has a `sentence`"), "{found:?}");
    let faced = legal.replace("sentence", "penalty_faced");
    assert_eq!(warnings(&event("arr", "arrest", &faced, &["a", "b"])), []);
}

#[test]
fn strict_check_fails_on_warnings_and_plain_check_does_not() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.toml");
    std::fs::write(
        &path,
        format!("{HEAD}{}", event("one", "other", "summary = \"s\"", &["a"])),
    )
    .expect("write");
    let run = |strict: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_timeline"));
        cmd.arg("check").arg(&path);
        if strict {
            cmd.arg("--strict");
        }
        cmd.output().expect("run")
    };
    let plain = run(false);
    assert_eq!(plain.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&plain.stderr);
    assert!(
        stderr.contains("w.toml:15:1: warning: event \"one\" rests on one source"),
        "{stderr}"
    );
    assert_eq!(run(true).status.code(), Some(3));
}
