//! Reading `[TABLE.LANG]`: the one reader of every translation table (`[timeline.ru]`,
//! `[source.ru]`, `[era.ru]`, `[event.ru]`, `[case.ru]`, `[tag.ru]`), for every language the program knows but the
//! original. Each table's [`Form`] says which keys its translation holds, and its reader
//! reads their values; the one reader finds the table, refuses unknown keys and reports
//! what is missing.

use super::nested::legal;
use super::read::{Reader, Value, absent, missing_keys, suggest};
use crate::model::{Event, Fact, Lang, Legal, with_fact_keys};
use crate::words::{Owner, Problem, Translation};

/// What a `[TABLE.LANG]` table may and must hold.
pub struct Form {
    /// The table it translates, as its key path: `timeline`, `source`, `era`, `event`.
    pub table: &'static str,
    /// Every key it may hold.
    pub keys: &'static [&'static str],
    /// The keys it must hold; `None` when it must hold at least one of `keys`, any.
    pub required: Option<&'static [&'static str]>,
}

/// `[timeline.LANG]`: the title and the subject.
pub const META_EDITION: Form = Form {
    table: "timeline",
    keys: &["title", "subject"],
    required: Some(&["title", "subject"]),
};
/// `[era.LANG]`: the name.
pub const ERA_EDITION: Form = Form {
    table: "era",
    keys: &["name"],
    required: Some(&["name"]),
};
/// `[event.LANG]`: the title, the summary, what is disputed, the legal values and the facts.
pub const EVENT_EDITION: Form = Form {
    table: "event",
    keys: &with_fact_keys::<4, { 4 + Fact::ALL.len() }>(["title", "summary", "disputed", "legal"]),
    required: Some(&["title", "summary"]),
};
/// `[case.LANG]`: the case's name.
pub const CASE_EDITION: Form = Form {
    table: "case",
    keys: &["name"],
    required: Some(&["name"]),
};
/// `[tag.LANG]`: the tag's name.
pub const TAG_EDITION: Form = Form {
    table: "tag",
    keys: &["name"],
    required: Some(&["name"]),
};
/// `[source.LANG]`: the title, the publisher, the author and the note, at least one of them.
pub const SOURCE_EDITION: Form = Form {
    table: "source",
    keys: &["title", "publisher", "author", "note"],
    required: None,
};

impl Form {
    /// The keys it must hold: none in particular when it needs any one of its keys.
    #[must_use]
    pub const fn required(&self) -> &'static [&'static str] {
        match self.required {
            Some(keys) => keys,
            None => &[],
        }
    }
}

/// `keys`, then the code of every language a table may be translated into: the keys of a
/// table that `[TABLE.LANG]` translates.
pub const fn with_translations<const N: usize, const M: usize>(
    keys: [&'static str; N],
) -> [&'static str; M] {
    let mut out = [""; M];
    let mut i = 0;
    while i < N {
        out[i] = keys[i];
        i += 1;
    }
    let mut l = 0;
    while l < Lang::ALL.len() {
        if Lang::ALL[l].index() != Lang::ORIGINAL.index() {
            out[i] = Lang::ALL[l].code();
            i += 1;
        }
        l += 1;
    }
    out
}

/// When `key` names a language (`ru`), reads `value` as the table's translation into it:
/// `read` is given each key of `form` with its value and reads it; any other key is refused.
/// Returns the language, or `None` when `key` names none (the caller then refuses the key
/// itself).
pub fn read<'i>(
    r: &mut Reader,
    form: &Form,
    key: &str,
    value: &Value<'i>,
    mut read: impl FnMut(&mut Reader, Lang, &'static str, &Value<'i>),
) -> Option<Lang> {
    let lang = Lang::translation(key)?;
    let Some(table) = r.table(lang.code(), value) else {
        return Some(lang);
    };
    let owner = Owner::Translation(Translation::of(form.table, lang));
    let mut misspelt = false;
    for (k, v) in table {
        let name: &str = k.get_ref().as_ref();
        if let Some(known) = form.keys.iter().find(|k| **k == name) {
            read(r, lang, known, v);
        } else {
            let allowed = absent(table, form.keys);
            misspelt |= suggest(name, &allowed).is_some();
            r.unknown_key((k, v), owner.clone(), &allowed);
        }
    }
    let at = value.span().start;
    match form.required {
        Some(required) => missing_keys(r, table, at, (required, form.keys), &owner),
        // A typo already says which key was meant; an empty table says nothing else.
        None if !misspelt && !form.keys.iter().any(|k| table.contains_key(*k)) => {
            let problem = Problem::EmptyTable {
                table: Translation::of(form.table, lang),
                keys: form.keys,
            };
            r.problem(at, problem);
        }
        None => {}
    }
    Some(lang)
}

/// Reads one value of an `[event.LANG]` table into the event (its legal values into
/// `legals`, until the original's are read).
pub fn edition_value(
    r: &mut Reader,
    (lang, key, value): (Lang, &'static str, &Value<'_>),
    e: &mut Event,
    legals: &mut Vec<(Lang, Legal)>,
) {
    match key {
        "title" => r
            .line(key, value)
            .into_iter()
            .for_each(|t| e.title.set(lang, t)),
        "summary" => r
            .string(key, value)
            .into_iter()
            .for_each(|t| e.summary.set(lang, t)),
        "disputed" => {
            let d = r.string(key, value);
            e.disputed.set(lang, d);
        }
        "legal" => {
            if let Some(t) = r.table("legal", value) {
                let owner = Owner::Translation(Translation::event_legal(lang));
                legals.push((lang, legal(r, t, &owner)));
            }
        }
        k => {
            if let Some(fact) = Fact::from_key(k) {
                *e.facts.edit(lang).slot(fact) = r.line(fact.key(), value);
            }
        }
    }
}
