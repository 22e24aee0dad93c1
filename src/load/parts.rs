//! Reading the smaller tables inside the main ones: `[event.legal]`, `[event.ru]` and
//! `[timeline.ru]`.

use toml::de::DeTable;

use super::items::missing_keys;
use super::read::{Reader, absent};
use crate::model::{Legal, LegalField, Translation};
use crate::words::Owner;

const LEGAL_KEYS: &[&str] = &{
    let mut keys = [""; LegalField::ALL.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = LegalField::ALL[i].key();
        i += 1;
    }
    keys
};
const TRANSLATION_KEYS: &[&str] = &["title", "summary", "place", "disputed"];
const TIMELINE_RU: Owner = Owner::Table("[timeline.ru]");
const EVENT_RU: Owner = Owner::Table("[event.ru]");

/// Reads `[timeline.ru]`: the title and subject in Russian.
pub fn meta_ru(r: &mut Reader, table: &DeTable<'_>, at: usize) -> Option<(String, String)> {
    const KEYS: &[&str] = &["title", "subject"];
    let (mut title, mut subject) = (None, None);
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "title" => title = r.line("title", value),
            "subject" => subject = r.line("subject", value),
            _ => r.unknown_key(key, TIMELINE_RU, &absent(table, KEYS)),
        }
    }
    missing_keys(r, table, at, (KEYS, KEYS), &TIMELINE_RU);
    Some((title?, subject?))
}

/// Reads an `[event.legal]` table.
pub fn legal(r: &mut Reader, table: &DeTable<'_>) -> Legal {
    let mut legal = Legal::default();
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        match LegalField::ALL.into_iter().find(|f| f.key() == name) {
            Some(field) => *legal.slot(field) = r.line(field.key(), value),
            None => r.unknown_key(
                key,
                Owner::Table("[event.legal]"),
                &absent(table, LEGAL_KEYS),
            ),
        }
    }
    legal
}

/// Reads an `[event.ru]` table.
pub fn translation(r: &mut Reader, table: &DeTable<'_>, at: usize) -> Option<Translation> {
    let mut t = Translation::default();
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "title" => t.title = r.line("title", value)?,
            "summary" => t.summary = r.string("summary", value)?,
            "place" => t.place = r.line("place", value),
            "disputed" => t.disputed = r.string("disputed", value),
            _ => r.unknown_key(key, EVENT_RU, &absent(table, TRANSLATION_KEYS)),
        }
    }
    missing_keys(
        r,
        table,
        at,
        (&["title", "summary"], TRANSLATION_KEYS),
        &EVENT_RU,
    );
    Some(t)
}
