//! Reading the smaller tables inside the main ones: `[event.legal]`, `[event.ru]` with its
//! `[event.ru.legal]`, and `[timeline.ru]`.

use toml::de::DeTable;

use super::read::missing_keys;
use super::read::{Reader, Value, absent};
use crate::model::{Fact, Legal, LegalField, Text, Translation, with_fact_keys};
use crate::words::{Owner, Problem};

pub(super) const LEGAL_KEYS: &[&str] = &{
    let mut keys = [""; LegalField::ALL.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = LegalField::ALL[i].key();
        i += 1;
    }
    keys
};
pub(super) const TRANSLATION_KEYS: &[&str] =
    &with_fact_keys::<4, { 4 + Fact::ALL.len() }>(["title", "summary", "disputed", "legal"]);
pub(super) const TRANSLATION_REQUIRED: &[&str] = &["title", "summary"];
pub(super) const TIMELINE_RU_KEYS: &[&str] = &["title", "subject"];
const TIMELINE_RU: Owner = Owner::Table("[timeline.ru]");
const EVENT_RU: Owner = Owner::Table("[event.ru]");

/// Reads `[timeline.ru]`: the title and subject in Russian.
pub fn meta_ru(r: &mut Reader, table: &DeTable<'_>, at: usize) -> Option<(Text, Text)> {
    let (mut title, mut subject) = (None, None);
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "title" => title = r.line("title", value),
            "subject" => subject = r.line("subject", value),
            _ => r.unknown_key((key, value), TIMELINE_RU, &absent(table, TIMELINE_RU_KEYS)),
        }
    }
    missing_keys(
        r,
        table,
        at,
        (TIMELINE_RU_KEYS, TIMELINE_RU_KEYS),
        &TIMELINE_RU,
    );
    Some((title?, subject?))
}

/// Reads an `[event.legal]` table, or its translation (`what` names which).
pub fn legal(r: &mut Reader, table: &DeTable<'_>, what: &'static str) -> Legal {
    let mut legal = Legal::default();
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        match LegalField::ALL.into_iter().find(|f| f.key() == name) {
            Some(field) => *legal.slot(field) = r.line(field.key(), value),
            None => r.unknown_key((key, value), Owner::Table(what), &absent(table, LEGAL_KEYS)),
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
            "disputed" => t.disputed = r.string("disputed", value),
            "legal" => {
                t.legal = r
                    .table("legal", value)
                    .map(|l| legal(r, l, "[event.ru.legal]"));
            }
            k => match Fact::from_key(k) {
                Some(fact) => *t.facts.slot(fact) = r.line(fact.key(), value),
                None => r.unknown_key((key, value), EVENT_RU, &absent(table, TRANSLATION_KEYS)),
            },
        }
    }
    missing_keys(
        r,
        table,
        at,
        (TRANSLATION_REQUIRED, TRANSLATION_KEYS),
        &EVENT_RU,
    );
    Some(t)
}

/// Reports each value of `[event.ru.legal]` that translates nothing: the whole table when
/// the event has no `[event.legal]`, else each key the original does not hold.
pub fn ru_legal_unmatched(r: &mut Reader, ru: &Value<'_>, original: Option<&Legal>, owner: &Owner) {
    let Some(value) = ru.get_ref().as_table().and_then(|t| t.get("legal")) else {
        return;
    };
    let Some(table) = value.get_ref().as_table() else {
        return;
    };
    let Some(original) = original else {
        let owner = owner.clone();
        r.problem(value.span().start, Problem::RuLegalWithoutLegal { owner });
        return;
    };
    for (key, _) in table {
        let name = key.get_ref().as_ref();
        if let Some(field) = LegalField::ALL.into_iter().find(|f| f.key() == name)
            && original.get(field).is_none()
        {
            let (at, owner) = (key.span().start, owner.clone());
            r.problem(
                at,
                Problem::RuLegalExtra {
                    owner,
                    key: field.key(),
                },
            );
        }
    }
}

/// Reports each key of `[event.ru]` that translates nothing: a `disputed` or a fact (such as
/// `place`) that the event's own table, `event`, does not hold.
pub fn ru_without_original(r: &mut Reader, ru: &Value<'_>, event: &DeTable<'_>, owner: &Owner) {
    let Some(table) = ru.get_ref().as_table() else {
        return;
    };
    for (key, _) in table {
        let name = key.get_ref().as_ref();
        let translated = if name == "disputed" {
            Some("disputed")
        } else {
            Fact::from_key(name).map(Fact::key)
        };
        if let Some(key_name) = translated.filter(|k| !event.contains_key(*k)) {
            let (at, owner) = (key.span().start, owner.clone());
            r.problem(
                at,
                Problem::RuWithoutOriginal {
                    owner,
                    key: key_name,
                },
            );
        }
    }
}
