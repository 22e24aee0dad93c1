//! Reading a `[[case]]` or `[[tag]]`: the human name of a case or tag key, with its
//! `[case.LANG]` or `[tag.LANG]` translation; and the check that each names a key the
//! events use, once.

use std::collections::{HashMap, HashSet};

use toml::de::DeTable;

use super::editions::{self, CASE_EDITION, Form, TAG_EDITION, with_translations};
use super::read::{Reader, absent, missing_keys, suggest};
use crate::model::{Event, Grouping, Localized, Name, Names};
use crate::text::sanitize;
use crate::words::{Owner, Problem};

/// The keys a `[[case]]` or `[[tag]]` must hold.
pub(super) const NAME_REQUIRED: &[&str] = &["id", "name"];
/// The keys it may hold: these, then the code of every language it may be translated into.
pub(super) const NAME_KEYS: &[&str] =
    &with_translations::<2, { 2 + crate::model::Lang::ALL.len() - 1 }>(["id", "name"]);

/// The form of a grouping's translation table.
const fn form(grouping: Grouping) -> &'static Form {
    match grouping {
        Grouping::Case => &CASE_EDITION,
        Grouping::Tag => &TAG_EDITION,
    }
}

/// The table's header, for messages: `[[case]]`, `[[tag]]`.
const fn owner(grouping: Grouping) -> Owner {
    match grouping {
        Grouping::Case => Owner::Table("[[case]]"),
        Grouping::Tag => Owner::Table("[[tag]]"),
    }
}

/// Reads one `[[case]]` or `[[tag]]`.
pub fn name(r: &mut Reader, grouping: Grouping, table: &DeTable<'_>, at: usize) -> Option<Name> {
    let (mut id, mut name, mut offset) = (None, None, at);
    let mut names = Vec::new();
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "id" => {
                offset = value.span().start;
                id = r.line("id", value);
            }
            "name" => name = r.line("name", value),
            k => {
                let read = editions::read(r, form(grouping), k, value, |r, lang, _, v| {
                    names.extend(r.line("name", v).map(|n| (lang, n)));
                });
                if read.is_none() {
                    r.unknown_key((key, value), owner(grouping), &absent(table, NAME_KEYS));
                }
            }
        }
    }
    missing_keys(r, table, at, (NAME_REQUIRED, NAME_KEYS), &owner(grouping));
    let mut read = Name {
        id: id?,
        name: Localized::new(name?),
        offset,
    };
    for (lang, n) in names {
        read.name.set(lang, n);
    }
    Some(read)
}

/// Refuses a name whose key no event uses (suggesting the closest that one does) and a
/// second name for one key, each at its `id`.
pub fn validate(r: &mut Reader, names: &Names, events: &[Event]) {
    for grouping in Grouping::ALL {
        let mut used: Vec<&str> = Vec::new();
        for e in events {
            match grouping {
                Grouping::Case => used.extend(e.case.as_deref()),
                Grouping::Tag => used.extend(e.tags.iter().map(crate::model::Text::as_str)),
            }
        }
        let mut seen = HashSet::new();
        used.retain(|k| seen.insert(*k));
        let mut first: HashMap<&str, usize> = HashMap::new();
        for n in names.of(grouping) {
            let id = sanitize(&n.id).into_owned();
            if first.insert(&n.id, n.offset).is_some() {
                r.problem(n.offset, Problem::DuplicateName { grouping, id });
            } else if !used.contains(&n.id.as_str()) {
                let hint = suggest(&n.id, &used).map(|h| sanitize(h).into_owned());
                r.problem(n.offset, Problem::UnusedName { grouping, id, hint });
            }
        }
    }
}
