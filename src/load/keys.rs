//! Every table the loader reads, with the keys it knows (any other is refused) and the keys
//! it requires, in one list; and the closed list of source languages. The editor schema
//! (`schema/timeline.schema.json`) is held to these by `tests/it/schema.rs`.

use super::editions::{
    CASE_EDITION, ERA_EDITION, EVENT_EDITION, META_EDITION, SOURCE_EDITION, TAG_EDITION,
};
use super::items::{
    ERA_KEYS, ERA_REQUIRED, EVENT_KEYS, EVENT_REQUIRED, EXCERPT_KEYS, META_KEYS, META_REQUIRED,
};
use super::names::{NAME_KEYS, NAME_REQUIRED};
use super::nested::LEGAL_KEYS;
use super::part::TOP_KEYS;
use super::source_table::{ISO_639_1, SOURCE_KEYS, SOURCE_REQUIRED};

/// One table of the file and its keys.
#[derive(Debug, Clone, Copy)]
pub struct KeyTable {
    /// The table as its header is written (`[timeline]`, `[[event]]`, `[event.ru.legal]`),
    /// or the empty string for the top level.
    pub header: &'static str,
    /// Every key it may hold, sub-tables included.
    pub keys: &'static [&'static str],
    /// The keys without which the loader refuses it.
    pub required: &'static [&'static str],
}

/// Every table the loader reads.
pub const KEY_TABLES: &[KeyTable] = &[
    KeyTable {
        header: "",
        keys: TOP_KEYS,
        // Without them the file is refused as a whole (no `[timeline]`, no `[[event]]`).
        required: &["timeline", "event"],
    },
    KeyTable {
        header: "[timeline]",
        keys: META_KEYS,
        required: META_REQUIRED,
    },
    KeyTable {
        header: "[timeline.ru]",
        keys: META_EDITION.keys,
        required: META_EDITION.required(),
    },
    KeyTable {
        header: "[[source]]",
        keys: SOURCE_KEYS,
        required: SOURCE_REQUIRED,
    },
    KeyTable {
        header: "[source.ru]",
        keys: SOURCE_EDITION.keys,
        // At least one of them, which is no one key in particular.
        required: SOURCE_EDITION.required(),
    },
    KeyTable {
        header: "[[era]]",
        keys: ERA_KEYS,
        required: ERA_REQUIRED,
    },
    KeyTable {
        header: "[era.ru]",
        keys: ERA_EDITION.keys,
        required: ERA_EDITION.required(),
    },
    KeyTable {
        header: "[[case]]",
        keys: NAME_KEYS,
        required: NAME_REQUIRED,
    },
    KeyTable {
        header: "[case.ru]",
        keys: CASE_EDITION.keys,
        required: CASE_EDITION.required(),
    },
    KeyTable {
        header: "[[tag]]",
        keys: NAME_KEYS,
        required: NAME_REQUIRED,
    },
    KeyTable {
        header: "[tag.ru]",
        keys: TAG_EDITION.keys,
        required: TAG_EDITION.required(),
    },
    KeyTable {
        header: "[[event]]",
        keys: EVENT_KEYS,
        required: EVENT_REQUIRED_WITH_EXCERPT,
    },
    KeyTable {
        header: "[event.legal]",
        keys: LEGAL_KEYS,
        required: &[],
    },
    KeyTable {
        header: "[event.ru]",
        keys: EVENT_EDITION.keys,
        required: EVENT_EDITION.required(),
    },
    KeyTable {
        header: "[event.ru.legal]",
        keys: LEGAL_KEYS,
        required: &[],
    },
    KeyTable {
        header: "[[event.excerpt]]",
        keys: EXCERPT_KEYS,
        required: EXCERPT_KEYS,
    },
];

/// An event's required keys and its excerpts, which it must have at least one of.
const EVENT_REQUIRED_WITH_EXCERPT: &[&str] = &{
    let mut keys = [""; EVENT_REQUIRED.len() + 1];
    let mut i = 0;
    while i < EVENT_REQUIRED.len() {
        keys[i] = EVENT_REQUIRED[i];
        i += 1;
    }
    keys[i] = "excerpt";
    keys
};

/// The codes a source's `lang` may be: ISO 639-1, two lowercase letters.
pub fn languages() -> impl Iterator<Item = &'static str> {
    ISO_639_1.split_whitespace()
}
