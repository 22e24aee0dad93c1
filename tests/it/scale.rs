//! Large files: the parallel, part-by-part parse gives exactly what a whole parse gives,
//! with problems located in the whole file; the generator is deterministic and valid.

use std::fmt::Write as _;

use timeline::load::{self, LoadError};

fn large() -> String {
    timeline::synth::timeline(3000, 7)
}

#[test]
fn the_generator_is_deterministic_valid_and_covers_every_kind() {
    let a = large();
    assert_eq!(a, timeline::synth::timeline(3000, 7));
    assert_ne!(a, timeline::synth::timeline(3000, 8));
    assert!(
        a.len() > 1 << 20,
        "large enough to be parsed in parts: {} bytes",
        a.len()
    );
    let t = load::parse("gen.toml", &a).expect("valid");
    assert_eq!(t.events.len(), 3000);
    assert!(t.kind_counts().iter().all(|&n| n > 0));
    assert!(
        t.events
            .iter()
            .any(|e| e.date.precision() == timeline::model::Precision::Year)
    );
    assert!(
        t.events.iter().any(|e| e.case.is_some()) && t.events.iter().any(|e| !e.related.is_empty())
    );
    assert!(!t.eras.is_empty() && !t.custody_periods().is_empty());
}

#[test]
fn parts_and_whole_agree() {
    let text = large();
    let parted = load::parse("gen.toml", &text).expect("valid");
    let whole = load::parse_whole("gen.toml", &text).expect("valid");
    let json = |t: &timeline::model::Timeline| {
        timeline::export::to_json(t, &t.indices().collect::<Vec<_>>()).expect("json")
    };
    assert_eq!(json(&parted), json(&whole));
    let offsets = |t: &timeline::model::Timeline| {
        t.events
            .iter()
            .flat_map(|e| e.excerpts.iter().map(|x| x.offset))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        offsets(&parted),
        offsets(&whole),
        "excerpt offsets point into the whole file"
    );
}

#[test]
fn problems_late_in_a_large_file_are_located_in_the_whole_file() {
    let text = large().replace(
        "id = \"ev-2500\"\ndate = \"",
        "id = \"ev-2500\"\ndate = \"x",
    );
    let line = text
        .lines()
        .position(|l| l == "id = \"ev-2500\"")
        .expect("event")
        + 2;
    let Err(LoadError::Invalid { diagnostics, .. }) = load::parse("gen.toml", &text) else {
        panic!("invalid")
    };
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!((diagnostics[0].line, diagnostics[0].column), (line, 8));
}

#[test]
fn a_multi_line_string_across_a_cut_falls_back_to_a_whole_parse() {
    let text = large();
    let inner = (0..40_000).fold(String::new(), |mut s, i| {
        let _ = writeln!(
            s,
            "[[event]]
line {i}"
        );
        s
    });
    let text = text.replacen(
        "summary = ",
        &format!("disputed = \"\"\"\n{inner}\"\"\"\nsummary = "),
        1,
    );
    let t = load::parse("gen.toml", &text).expect("valid: the [[event]] lines are inside a string");
    assert_eq!(t.events.len(), 3000);
    assert!(t.events.iter().any(|e| {
        e.disputed
            .as_deref()
            .is_some_and(|d| d.contains("line 39999"))
    }));
}

#[test]
fn a_duplicate_timeline_table_in_a_later_part_is_still_an_error() {
    let text = format!("{}\n[timeline]\ntitle = \"again\"\n", large());
    assert!(load::parse("gen.toml", &text).is_err());
}
