//! The parallel, part-by-part parse and the whole-file parse give the same result for the
//! same text, messages included, however a large file is damaged.

use proptest::prelude::*;
use timeline::load::{self, LoadError};

/// Lines a curator might paste anywhere, including headers that mean something else when
/// they stand before the first `[[event]]` of a part.
const INSERTS: &[&str] = &[
    "[[source.x]]",
    "[[era.x]]",
    "[[event.excerpt]]",
    "[event.legal]",
    "[event]",
    "[[event]]",
    "[[source]]",
    "[[era]]",
    "[timeline]",
    "id = \"ev-1\"",
    "title = \"\"\"",
    "kind = \"ruling\"",
    "source = \"nowhere\"",
    "x = 1",
];

/// The outcome as comparable text: the events as JSON, or every diagnostic.
fn outcome(result: Result<timeline::model::Timeline, LoadError>) -> String {
    match result {
        Ok(t) => timeline::export::to_json(&t, &t.indices().collect::<Vec<_>>()).expect("json"),
        Err(e) => e.to_string(),
    }
}

fn base() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        let text = timeline::synth::timeline(2000, 3);
        assert!(text.len() >= 1 << 20, "at least 1 MiB: {}", text.len());
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn parts_and_whole_agree_on_damaged_files(
        edits in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(INSERTS), any::<bool>()), 1..4)
    ) {
        let mut lines: Vec<&str> = base().lines().collect();
        for (at, insert, replace) in edits {
            let n = at.index(lines.len());
            if replace {
                lines[n] = insert;
            } else {
                lines.insert(n, insert);
            }
        }
        let text = lines.join("\n");
        prop_assert_eq!(
            outcome(load::parse("big.toml", &text)),
            outcome(load::parse_whole("big.toml", &text))
        );
    }
}

#[test]
fn a_source_subtable_deep_in_the_file_gives_one_message_either_way() {
    let event = "\n[[event]]\nid = \"ev-1500\"";
    assert!(base().contains(event));
    let text = base().replace(event, &format!("\n[[source.x]]\nid = \"y\"\n{event}"));
    let parted = outcome(load::parse("big.toml", &text));
    assert_eq!(parted, outcome(load::parse_whole("big.toml", &text)));
    assert!(parted.contains("big.toml:"), "refused: {parted}");
}
