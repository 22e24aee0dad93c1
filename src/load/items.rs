//! Reads each kind of table (`[timeline]`, `[[era]]`, `[[event]]`) into the model; a
//! `[[source]]` is read in [`super::source_table`].

use toml::de::DeTable;

use super::nested::{legal, meta_ru, ru_legal_unmatched, ru_without_original, translation};
use super::read::{Reader, absent, id, missing_keys, suggest};
use crate::model::{
    Custody, Era, Event, EventDate, Excerpt, Fact, Facts, Kind, Legal, Meta, PartialDate, Text,
    with_fact_keys,
};
use crate::text::sanitize;
use crate::words::{Owner, Problem};

pub(super) const META_KEYS: &[&str] = &["title", "subject", "from", "to", "ru"];
pub(super) const META_REQUIRED: &[&str] = &["title", "subject", "from", "to"];
pub(super) const ERA_KEYS: &[&str] = &["name", "from", "to", "ru"];
pub(super) const ERA_REQUIRED: &[&str] = &["name", "from", "to"];
pub(super) const ERA_RU_KEYS: &[&str] = &["name"];
pub(super) const EXCERPT_KEYS: &[&str] = &["source", "text"];
pub(super) const EVENT_REQUIRED: &[&str] = &["id", "date", "kind", "title", "summary"];
const TIMELINE: Owner = Owner::Table("[timeline]");
const ERA: Owner = Owner::Table("[[era]]");
const ERA_RU: Owner = Owner::Table("[era.ru]");
const EVENT: Owner = Owner::Table("[[event]]");
const EXCERPT: Owner = Owner::Table("[[event.excerpt]]");
/// The keys an `[[event]]` may hold: these, then the key of every [`Fact`].
pub const EVENT_KEYS: &[&str] = &with_fact_keys::<16, { 16 + Fact::ALL.len() }>([
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
    "ru",
    "excerpt",
]);

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
    let (mut title, mut subject, mut from, mut to, mut ru) = (None, None, None, None, None);
    let mut lines = [0; 2];
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "title" => title = r.line("title", value),
            "subject" => subject = r.line("subject", value),
            "from" => (from, lines[0]) = (r.date("from", value), r.line_of(value.span().start)),
            "to" => (to, lines[1]) = (r.date("to", value), r.line_of(value.span().start)),
            "ru" => {
                ru = r
                    .table("ru", value)
                    .and_then(|t| meta_ru(r, t, value.span().start));
            }
            _ => r.unknown_key((key, value), TIMELINE, &absent(table, META_KEYS)),
        }
    }
    missing_keys(r, table, at, (META_REQUIRED, META_KEYS), &TIMELINE);
    let meta = Meta {
        title: title?,
        subject: subject?,
        from: from?,
        to: to?,
        ru,
    };
    Some((meta, lines))
}

/// Reads one `[[era]]`.
pub fn era(r: &mut Reader, table: &DeTable<'_>, at: usize) -> Option<Era> {
    let (mut name, mut from, mut to, mut name_ru) = (None, None, None, None);
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "name" => name = r.line("name", value),
            "ru" => {
                name_ru = r.table("ru", value).and_then(|t| {
                    for (k, v) in t {
                        if k.get_ref().as_ref() != "name" {
                            r.unknown_key((k, v), ERA_RU, &absent(t, ERA_RU_KEYS));
                        }
                    }
                    let name = t.get("name").and_then(|v| r.line("name", v));
                    if !t.contains_key("name") {
                        r.missing(value.span().start, "name", ERA_RU);
                    }
                    name
                });
            }
            "from" => from = r.date("from", value),
            "to" => to = r.date("to", value),
            _ => r.unknown_key((key, value), ERA, &absent(table, ERA_KEYS)),
        }
    }
    missing_keys(r, table, at, (ERA_REQUIRED, ERA_KEYS), &ERA);
    let era = Era {
        name: name?,
        from: from?,
        to: to?,
        name_ru,
    };
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
    let name = r.string("kind", value)?;
    let kind = Kind::parse(&name);
    if kind.is_none() {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        let problem = Problem::UnknownKind {
            name: sanitize(&name).into_owned(),
            hint: suggest(&name, &names),
        };
        r.problem(value.span().start, problem);
    }
    kind
}

fn custody(r: &mut Reader, value: &super::read::Value<'_>) -> Option<Custody> {
    let name = r.string("custody", value)?;
    let custody = Custody::parse(&name);
    if custody.is_none() {
        let name = sanitize(&name).into_owned();
        r.problem(value.span().start, Problem::UnknownCustody { name });
    }
    custody
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
        && l.court.is_none()
    {
        let owner = owner.clone();
        r.problem(at, Problem::NoCourt { owner });
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
    let (mut id_v, mut date, mut kind_v, mut title, mut summary) = (None, None, None, None, None);
    let mut e = Event {
        offset: at,
        id: Text::default(),
        date: EventDate::On(PartialDate::year(0)),
        end: None,
        approximate: false,
        kind: Kind::Other,
        title: Text::default(),
        summary: Text::default(),
        facts: Facts::default(),
        tags: Vec::new(),
        case: None,
        related: Vec::new(),
        disputed: None,
        single_source: false,
        custody: None,
        legal: None,
        ru: None,
        excerpts: Vec::new(),
    };
    let (mut has_excerpts, mut ru_value) = (false, None);
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "id" => (id_v, spans.id) = (id(r, value), value.span().start),
            "date" => (date, spans.date) = (r.event_date("date", value), value.span().start),
            "end" => (e.end, spans.end) = (r.date("end", value), value.span().start),
            "approximate" => e.approximate = r.boolean("approximate", value).unwrap_or(false),
            "kind" => kind_v = kind(r, value),
            "title" => title = r.line("title", value),
            "summary" => summary = r.string("summary", value),
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
            "disputed" => e.disputed = r.string("disputed", value),
            "single_source" => {
                e.single_source = r.boolean("single_source", value).unwrap_or(false);
            }
            "custody" => e.custody = custody(r, value),
            "legal" => {
                e.legal = r
                    .table("legal", value)
                    .map(|t| Box::new(legal(r, t, "[event.legal]")));
            }
            "ru" => {
                ru_value = Some(value);
                e.ru = r
                    .table("ru", value)
                    .and_then(|t| translation(r, t, value.span().start))
                    .map(Box::new);
            }
            "excerpt" => {
                let tables = r.tables("excerpt", value);
                has_excerpts = !tables.is_empty();
                for (t, at) in tables {
                    e.excerpts.extend(excerpt(r, t, at, &mut spans));
                }
            }
            k => match Fact::from_key(k) {
                Some(fact) => *e.facts.slot(fact) = r.line(fact.key(), value),
                None => r.unknown_key((key, value), EVENT, &absent(table, EVENT_KEYS)),
            },
        }
    }
    let owner = id_v
        .as_deref()
        .map_or(EVENT, |id| Owner::Event(sanitize(id).into_owned()));
    missing_keys(r, table, at, (EVENT_REQUIRED, EVENT_KEYS), &owner);
    shape_checks(r, at, &owner, has_excerpts, kind_v, e.legal.as_deref());
    if let Some(ru) = ru_value {
        ru_legal_unmatched(r, ru, e.legal.as_deref(), &owner);
        ru_without_original(r, ru, table, &owner);
    }
    // Missing parts were reported above; defaults keep the event in the cross-entry checks.
    e.id = id_v.unwrap_or_default();
    spans.dated = date.is_some();
    e.date = date.unwrap_or(EventDate::On(PartialDate::year(0)));
    e.kind = kind_v.unwrap_or(Kind::Other);
    (e.title, e.summary) = (title.unwrap_or_default(), summary.unwrap_or_default());
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
