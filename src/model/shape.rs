//! The model's JSON shape: each value under its key as the file writes it, and each
//! translation beside it under the language's code, as the export documents (`title_ru`
//! beside `title`, an event's `ru` object, the timeline's `ru` pair).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::{Era, Event, Facts, Lang, Legal, Localized, Meta, Source, Text};

/// Writes `key` when the value is there.
fn entry<M: SerializeMap, V: Serialize>(
    map: &mut M,
    key: &str,
    v: Option<V>,
) -> Result<(), M::Error> {
    match v {
        Some(v) => map.serialize_entry(key, &v),
        None => Ok(()),
    }
}

/// Writes each fact given under its own key.
fn facts<M: SerializeMap>(map: &mut M, facts: &Facts) -> Result<(), M::Error> {
    for (fact, value) in facts.given() {
        map.serialize_entry(fact.key(), value)?;
    }
    Ok(())
}

/// Writes `KEY_LANG` for each translation of a source's optional value.
fn translated<M: SerializeMap>(
    map: &mut M,
    key: &str,
    value: &Localized<Option<Text>>,
    lang: Lang,
) -> Result<(), M::Error> {
    let v = value.translation(lang).and_then(Option::as_ref);
    entry(map, &format!("{key}_{}", lang.code()), v)
}

/// `[timeline]`, with `LANG: [title, subject]` for each translation.
impl Serialize for Meta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("subject", &self.subject)?;
        map.serialize_entry("from", &self.from)?;
        map.serialize_entry("to", &self.to)?;
        for (lang, title) in self.title.translations() {
            let subject = self.subject.in_lang(lang);
            map.serialize_entry(lang.code(), &(title, subject))?;
        }
        map.end()
    }
}

/// `[[source]]`, with `title_LANG`, `publisher_LANG`, `author_LANG` and `note_LANG` for each translation.
impl Serialize for Source {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("title", &self.title)?;
        entry(&mut map, "author", self.author.as_ref())?;
        entry(&mut map, "publisher", self.publisher.as_ref())?;
        entry(&mut map, "date", self.date.as_ref())?;
        entry(&mut map, "url", self.url.as_ref())?;
        entry(&mut map, "file", self.file.as_ref())?;
        entry(&mut map, "lang", self.lang.as_ref())?;
        entry(&mut map, "note", self.note.as_ref())?;
        entry(
            &mut map,
            "type",
            self.kind.map(super::SourceType::as_str).as_ref(),
        )?;
        for lang in Lang::translations() {
            let title = self.title.translation(lang);
            entry(&mut map, &format!("title_{}", lang.code()), title)?;
            translated(&mut map, "publisher", &self.publisher, lang)?;
            translated(&mut map, "author", &self.author, lang)?;
            translated(&mut map, "note", &self.note, lang)?;
        }
        map.end()
    }
}

/// `[[era]]`, with `name_LANG` for each translation.
impl Serialize for Era {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("from", &self.from)?;
        map.serialize_entry("to", &self.to)?;
        for (lang, name) in self.name.translations() {
            map.serialize_entry(&format!("name_{}", lang.code()), name)?;
        }
        map.end()
    }
}

/// `[[event]]`, with one `LANG` object for each translation.
impl Serialize for Event {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("date", &self.date)?;
        entry(&mut map, "end", self.end.as_ref())?;
        map.serialize_entry("approximate", &self.approximate)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("summary", &self.summary)?;
        facts(&mut map, &self.facts)?;
        map.serialize_entry("tags", &self.tags)?;
        entry(&mut map, "case", self.case.as_ref())?;
        map.serialize_entry("related", &self.related)?;
        entry(&mut map, "disputed", self.disputed.as_ref())?;
        map.serialize_entry("single_source", &self.single_source)?;
        entry(&mut map, "custody", self.custody.as_ref())?;
        entry(
            &mut map,
            "legal",
            self.legal.as_deref().map(Localized::original),
        )?;
        for lang in Lang::translations().filter(|l| self.translated(*l)) {
            map.serialize_entry(lang.code(), &Edition { event: self, lang })?;
        }
        map.serialize_entry("excerpts", &self.excerpts)?;
        map.end()
    }
}

/// An event's `[event.LANG]` table as written: its translated values only.
struct Edition<'e> {
    event: &'e Event,
    lang: Lang,
}

impl Serialize for Edition<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (e, lang) = (self.event, self.lang);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("title", e.title.in_lang(lang))?;
        map.serialize_entry("summary", e.summary.in_lang(lang))?;
        if let Some(f) = e.facts.translation(lang) {
            facts(&mut map, f)?;
        }
        let disputed = e.disputed.translation(lang).and_then(Option::as_ref);
        entry(&mut map, "disputed", disputed)?;
        let legal: Option<&Legal> = e.legal.as_deref().and_then(|l| l.translation(lang));
        entry(&mut map, "legal", legal)?;
        map.end()
    }
}
