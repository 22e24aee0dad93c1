//! Reads each kind of table (`[timeline]`, `[[era]]`, `[[event]]`) into the model; a
//! `[[source]]` is read in [`super::source_table`].

use toml::de::DeTable;

use super::editions::{
    self, ERA_EDITION, EVENT_EDITION, META_EDITION, edition_value, with_translations,
};
use super::nested::{legal, legal_unmatched, without_original};
use super::read::{Reader, absent, id, missing_keys};
use crate::model::{
    Custody, Era, Event, EventDate, Excerpt, Fact, Kind, Lang, Legal, LegalField, Localized, Meta,
    PartialDate, Text, with_fact_keys,
};
use crate::text::sanitize;
use crate::words::{Owner, Problem};

const ORIGINAL: Lang = Lang::ORIGINAL;
/// The number of languages a table may be translated into.
const TRANSLATIONS: usize = Lang::ALL.len() - 1;
pub(super) const META_REQUIRED: &[&str] = &["title", "subject", "from", "to"];
pub(super) const META_KEYS: &[&str] =
    &with_translations::<4, { 4 + TRANSLATIONS }>(["title", "subject", "from", "to"]);
pub(super) const ERA_REQUIRED: &[&str] = &["name", "from", "to"];
pub(super) const ERA_KEYS: &[&str] =
    &with_translations::<3, { 3 + TRANSLATIONS }>(["name", "from", "to"]);
pub(super) const EXCERPT_KEYS: &[&str] = &["source", "text"];
pub(super) const EVENT_REQUIRED: &[&str] = &["id", "date", "kind", "title", "summary"];
const TIMELINE: Owner = Owner::Table("[timeline]");
const ERA: Owner = Owner::Table("[[era]]");
const EVENT: Owner = Owner::Table("[[event]]");
const EXCERPT: Owner = Owner::Table("[[event.excerpt]]");
const LEGAL: Owner = Owner::Table("[event.legal]");
/// The keys an `[[event]]` may hold: these, then the key of every [`Fact`], then the code of
/// every language it may be translated into.
pub const EVENT_KEYS: &[&str] = &with_translations::<
    { 15 + Fact::ALL.len() },
    { 15 + Fact::ALL.len() + TRANSLATIONS },
>(with_fact_keys::<15, { 15 + Fact::ALL.len() }>([
    "id",
    "date",
    "end",
    "approximate",
    "kind",
    "title",
    "summary",
    "tags",
    "case",
    "related",
    "disputed",
    "single_source",
    "custody",
    "legal",
    "excerpt",
]));

/// Where the parts of an event stand in the file, for the checks that follow reading.
#[derive(Debug, Default, Clone)]
pub struct EventSpans {
    /// The `id` value.
    pub id: usize,
    /// The `date` value.
    pub date: usize,
    /// Whether `date` was read; the span checks skip an event whose date was not.
    pub dated: bool,
    /// The `end` value.
    pub end: usize,
    /// Each `related` entry.
    pub related: Vec<usize>,
    /// Each excerpt's `source` value.
    pub sources: Vec<usize>,
}

/// Reads the `[timeline]` header, with the lines its `from` and `to` stand on.
pub fn meta(r: &mut Reader, table: &DeTable<'_>, at: usize) -> Option<(Meta, [u32; 2])> {
    let (mut title, mut subject, mut from, mut to) = (None, None, None, None);
    let mut lines = [0; 2];
    let mut editions: Vec<(Lang, Option<Text>, Option<Text>)> = Vec::new();
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "title" => title = r.line("title", value),
            "subject" => subject = r.line("subject", value),
            "from" => (from, lines[0]) = (r.date("from", value), r.line_of(value.span().start)),
            "to" => (to, lines[1]) = (r.date("to", value), r.line_of(value.span().start)),
            k => {
                let read = editions::read(r, &META_EDITION, k, value, |r, lang, k, v| {
                    if editions.last().is_none_or(|e| e.0 != lang) {
                        editions.push((lang, None, None));
                    }
                    let edition = editions.last_mut().expect("pushed above");
                    match k {
                        "title" => edition.1 = r.line("title", v),
                        _ => edition.2 = r.line("subject", v),
                    }
                });
                if read.is_none() {
                    r.unknown_key((key, value), TIMELINE, &absent(table, META_KEYS));
                }
            }
        }
    }
    missing_keys(r, table, at, (META_REQUIRED, META_KEYS), &TIMELINE);
    let mut meta = Meta {
        title: title?.into(),
        subject: subject?.into(),
        from: from?,
        to: to?,
    };
    for (lang, title, subject) in editions {
        if let (Some(title), Some(subject)) = (title, subject) {
            meta.title.set(lang, title);
            meta.subject.set(lang, subject);
        }
    }
    Some((meta, lines))
}

/// Reads one `[[era]]`.
pub fn era(r: &mut Reader, table: &DeTable<'_>, at: usize) -> Option<Era> {
    let (mut name, mut from, mut to) = (None, None, None);
    let mut names: Vec<(Lang, Text)> = Vec::new();
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "name" => name = r.line("name", value),
            "from" => from = r.date("from", value),
            "to" => to = r.date("to", value),
            k => {
                let read = editions::read(r, &ERA_EDITION, k, value, |r, lang, _, v| {
                    names.extend(r.line("name", v).map(|n| (lang, n)));
                });
                if read.is_none() {
                    r.unknown_key((key, value), ERA, &absent(table, ERA_KEYS));
                }
            }
        }
    }
    missing_keys(r, table, at, (ERA_REQUIRED, ERA_KEYS), &ERA);
    let mut era = Era {
        name: Localized::new(name?),
        from: from?,
        to: to?,
    };
    for (lang, name) in names {
        era.name.set(lang, name);
    }
    if era.to.last_day() < era.from.start() {
        let name = sanitize(&era.name).into_owned();
        r.problem(at, Problem::EraBackwards { name });
    }
    Some(era)
}

fn excerpt(
    r: &mut Reader,
    table: &DeTable<'_>,
    at: usize,
    spans: &mut EventSpans,
) -> Option<Excerpt> {
    let (mut source, mut text, mut offset) = (None, None, at);
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "source" => {
                spans.sources.push(value.span().start);
                source = r.string("source", value);
            }
            "text" => {
                offset = value.span().start;
                text = r.string("text", value);
                if text.as_deref().is_some_and(|t| t.trim().is_empty()) {
                    r.problem(offset, Problem::EmptyExcerpt);
                }
            }
            _ => r.unknown_key((key, value), EXCERPT, &absent(table, EXCERPT_KEYS)),
        }
    }
    missing_keys(r, table, at, (EXCERPT_KEYS, EXCERPT_KEYS), &EXCERPT);
    Some(Excerpt {
        source: source?,
        text: text?,
        offset,
    })
}

fn kind(r: &mut Reader, value: &super::read::Value<'_>) -> Option<Kind> {
    let names: Vec<&'static str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
    r.closed("kind", value, Kind::parse, &names, |name, hint| {
        Problem::UnknownKind { name, hint }
    })
}

fn custody(r: &mut Reader, value: &super::read::Value<'_>) -> Option<Custody> {
    r.closed("custody", value, Custody::parse, &[], |name, _| {
        Problem::UnknownCustody { name }
    })
}

/// The checks on an event's shape: an excerpt at least, and the legal table its kind needs.
fn shape_checks(
    r: &mut Reader,
    at: usize,
    owner: &Owner,
    has_excerpts: bool,
    kind_v: Option<Kind>,
    legal: Option<&Legal>,
) {
    if !has_excerpts {
        let owner = owner.clone();
        r.problem(at, Problem::NoExcerpt { owner });
    }
    if let (Some(kind), None) = (kind_v, legal)
        && kind.is_legal()
    {
        let owner = owner.clone();
        r.problem(at, Problem::NoLegal { owner, kind });
    }
    if let (Some(Kind::Ruling), Some(l)) = (kind_v, legal)
        && l.get(LegalField::Court).is_none()
    {
        let owner = owner.clone();
        r.problem(at, Problem::NoCourt { owner });
    }
}

/// An event with nothing read yet, at its table's offset.
fn blank(at: usize) -> Event {
    Event {
        offset: at,
        id: Text::default(),
        date: EventDate::On(PartialDate::year(0)),
        end: None,
        approximate: false,
        kind: Kind::Other,
        title: Localized::default(),
        summary: Localized::default(),
        facts: Localized::default(),
        tags: Vec::new(),
        case: None,
        related: Vec::new(),
        disputed: Localized::default(),
        single_source: false,
        custody: None,
        legal: None,
        excerpts: Vec::new(),
    }
}

/// Reads one `[[event]]`, with the spans the later checks need.
pub fn event(r: &mut Reader, table: &DeTable<'_>, at: usize) -> (Event, EventSpans) {
    let mut spans = EventSpans {
        id: at,
        date: at,
        end: at,
        ..EventSpans::default()
    };
    let (mut id_v, mut date, mut kind_v) = (None, None, None);
    let mut e = blank(at);
    let mut has_excerpts = false;
    // Each `[event.LANG]` value, and the legal values its `[event.LANG.legal]` gives: they
    // are kept until the original's `[event.legal]` is read, whichever comes first.
    let (mut editions, mut legals) = (Vec::new(), Vec::new());
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "id" => (id_v, spans.id) = (id(r, value), value.span().start),
            "date" => (date, spans.date) = (r.event_date("date", value), value.span().start),
            "end" => (e.end, spans.end) = (r.date("end", value), value.span().start),
            "approximate" => e.approximate = r.boolean("approximate", value).unwrap_or(false),
            "kind" => kind_v = kind(r, value),
            "title" => *e.title.edit(ORIGINAL) = r.line("title", value).unwrap_or_default(),
            "summary" => *e.summary.edit(ORIGINAL) = r.string("summary", value).unwrap_or_default(),
            "tags" => {
                e.tags = r
                    .strings("tags", value)
                    .into_iter()
                    .map(|(t, _)| t)
                    .collect();
            }
            "case" => e.case = r.line("case", value),
            "related" => {
                (e.related, spans.related) = r.strings("related", value).into_iter().unzip();
            }
            "disputed" => *e.disputed.edit(ORIGINAL) = r.string("disputed", value),
            "single_source" => {
                e.single_source = r.boolean("single_source", value).unwrap_or(false);
            }
            "custody" => e.custody = custody(r, value),
            "legal" => {
                e.legal = r
                    .table("legal", value)
                    .map(|t| Box::new(legal(r, t, &LEGAL).into()));
            }
            "excerpt" => {
                let tables = r.tables("excerpt", value);
                has_excerpts = !tables.is_empty();
                for (t, at) in tables {
                    e.excerpts.extend(excerpt(r, t, at, &mut spans));
                }
            }
            k => {
                if let Some(fact) = Fact::from_key(k) {
                    *e.facts.edit(ORIGINAL).slot(fact) = r.line(fact.key(), value);
                } else if let Some(lang) =
                    editions::read(r, &EVENT_EDITION, k, value, |r, lang, k, v| {
                        edition_value(r, (lang, k, v), &mut e, &mut legals);
                    })
                {
                    editions.push((lang, value));
                } else {
                    r.unknown_key((key, value), EVENT, &absent(table, EVENT_KEYS));
                }
            }
        }
    }
    let owner = id_v
        .as_deref()
        .map_or(EVENT, |id| Owner::Event(sanitize(id).into_owned()));
    missing_keys(r, table, at, (EVENT_REQUIRED, EVENT_KEYS), &owner);
    let original_legal = e.legal.as_deref().map(Localized::original);
    shape_checks(r, at, &owner, has_excerpts, kind_v, original_legal);
    for edition in editions {
        legal_unmatched(r, edition, original_legal, &owner);
        without_original(r, edition, table, &owner);
    }
    if let Some(original) = e.legal.as_deref_mut() {
        for (lang, translated) in legals {
            original.set(lang, translated);
        }
    }
    // Missing parts were reported above; defaults keep the event in the cross-entry checks.
    e.id = id_v.unwrap_or_default();
    spans.dated = date.is_some();
    e.date = date.unwrap_or(EventDate::On(PartialDate::year(0)));
    e.kind = kind_v.unwrap_or(Kind::Other);
    shrink(&mut e, &mut spans);
    (e, spans)
}

/// Drops the spare room of an event's lists: a vector grown by pushing keeps room for
/// four, and most events have one or two excerpts, so at scale the spare room was a fifth
/// of the model.
fn shrink(e: &mut Event, spans: &mut EventSpans) {
    e.excerpts.shrink_to_fit();
    e.tags.shrink_to_fit();
    e.related.shrink_to_fit();
    spans.sources.shrink_to_fit();
    spans.related.shrink_to_fit();
}
