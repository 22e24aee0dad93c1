//! Reading the legal tables inside an event, `[event.legal]` and its translations
//! (`[event.LANG.legal]`), and the checks that an event's translation translates only what
//! is there.

use toml::de::DeTable;

use super::read::{Reader, Value, absent};
use crate::model::{Fact, Lang, Legal, LegalField};
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

/// Reads an `[event.legal]` table, or a translation of it (`owner` names which).
pub fn legal(r: &mut Reader, table: &DeTable<'_>, owner: &Owner) -> Legal {
    let mut legal = Legal::default();
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        match LegalField::from_key(name) {
            Some(field) => *legal.slot(field) = r.line(field.key(), value),
            None => r.unknown_key((key, value), owner.clone(), &absent(table, LEGAL_KEYS)),
        }
    }
    legal
}

/// Reports each value of `[event.LANG.legal]` (in `edition`, the `[event.LANG]` value) that
/// translates nothing: the whole table when the event has no `[event.legal]`, else each
/// key the original does not hold.
pub fn legal_unmatched(
    r: &mut Reader,
    (lang, edition): (Lang, &Value<'_>),
    original: Option<&Legal>,
    owner: &Owner,
) {
    let Some(value) = edition.get_ref().as_table().and_then(|t| t.get("legal")) else {
        return;
    };
    let Some(table) = value.get_ref().as_table() else {
        return;
    };
    let Some(original) = original else {
        let owner = owner.clone();
        r.problem(
            value.span().start,
            Problem::LegalTranslationAlone { owner, lang },
        );
        return;
    };
    for (key, _) in table {
        let name = key.get_ref().as_ref();
        if let Some(field) = LegalField::from_key(name)
            && original.get(field).is_none()
        {
            let (at, owner) = (key.span().start, owner.clone());
            let key = field.key();
            r.problem(at, Problem::LegalTranslationExtra { owner, key, lang });
        }
    }
}

/// Reports each key of `[event.LANG]` (in `edition`) that translates nothing: a `disputed`
/// or a fact (such as `place`) that the event's own table, `event`, does not hold.
pub fn without_original(
    r: &mut Reader,
    (lang, edition): (Lang, &Value<'_>),
    event: &DeTable<'_>,
    owner: &Owner,
) {
    let Some(table) = edition.get_ref().as_table() else {
        return;
    };
    for (key, _) in table {
        let name = key.get_ref().as_ref();
        let translated = if name == "disputed" {
            Some("disputed")
        } else {
            Fact::from_key(name).map(Fact::key)
        };
        if let Some(name) = translated.filter(|k| !event.contains_key(*k)) {
            let (at, owner) = (key.span().start, owner.clone());
            let problem = Problem::WithoutOriginal {
                owner,
                key: name,
                lang,
            };
            r.problem(at, problem);
        }
    }
}
