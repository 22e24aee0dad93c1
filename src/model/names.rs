//! The human names of the keys that group events: a case (`case = "…"`) is named by a
//! `[[case]]` table and a tag (`tags = ["…"]`) by a `[[tag]]` table, each in every language
//! its `[case.LANG]` or `[tag.LANG]` table gives.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::{Lang, Localized, Text};

/// What a name names: a case or a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// A legal case, an event's `case` key, named by `[[case]]`.
    Case,
    /// A tag, one of an event's `tags`, named by `[[tag]]`.
    Tag,
}

impl Grouping {
    /// Both, in the order the file's tables are listed.
    pub const ALL: [Self; 2] = [Self::Case, Self::Tag];

    /// The table that names it, as its key: `case`, `tag`.
    #[must_use]
    pub const fn table(self) -> &'static str {
        match self {
            Self::Case => "case",
            Self::Tag => "tag",
        }
    }
}

/// One `[[case]]` or `[[tag]]`: the key the events use and its name.
#[derive(Debug, Clone)]
pub struct Name {
    /// The key, as the events write it.
    pub id: Text,
    /// Its name (translated in `[case.LANG]` or `[tag.LANG]`).
    pub name: Localized<Text>,
    /// Byte offset of the `id` value in the file, for diagnostics.
    pub offset: usize,
}

/// `{ "id", "name", "name_LANG" … }`, as an era's name.
impl Serialize for Name {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        for (lang, name) in self.name.translations() {
            map.serialize_entry(&format!("name_{}", lang.code()), name)?;
        }
        map.end()
    }
}

/// The names the file gives its cases and tags, in file order.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// The `[[case]]` tables.
    pub cases: Vec<Name>,
    /// The `[[tag]]` tables.
    pub tags: Vec<Name>,
}

impl Names {
    /// The names of one grouping.
    #[must_use]
    pub fn of(&self, grouping: Grouping) -> &[Name] {
        match grouping {
            Grouping::Case => &self.cases,
            Grouping::Tag => &self.tags,
        }
    }

    /// The name of a key in a language, when the file gives one.
    #[must_use]
    pub fn name(&self, grouping: Grouping, id: &str, lang: Lang) -> Option<&str> {
        self.of(grouping)
            .iter()
            .find(|n| n.id == id)
            .map(|n| n.name.in_lang(lang).as_str())
    }

    /// What a reader sees for a key: its name in a language, or the key itself.
    #[must_use]
    pub fn label<'a>(&'a self, grouping: Grouping, id: &'a str, lang: Lang) -> &'a str {
        self.name(grouping, id, lang).unwrap_or(id)
    }
}
