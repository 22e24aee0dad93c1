//! Reading the top level of the file, or of one part of it (as `chunks` cuts it), and
//! joining parts into a validated timeline.

use arcstr::ArcStr;
use toml::de::DeTable;

use super::items::{self, EventSpans};
use super::names;
use super::read::Reader;
use super::source_table;
use super::validate;
use crate::model::{Era, Event, Grouping, Meta, Names, Source, Timeline};
use crate::words::{Owner, Problem};

pub(super) const TOP_KEYS: &[&str] = &["timeline", "source", "era", "case", "tag", "event"];

/// Problems found, each at a byte offset in the whole text.
pub type Problems = Vec<(usize, Problem)>;

/// What the whole file, or one part of it, holds.
#[derive(Debug, Default)]
pub struct Part {
    /// The `[timeline]` header, if this part has one and it reads.
    pub meta: Option<Meta>,
    /// The lines of the header's `from` and `to`, for a message that asks to widen them.
    pub bounds: [u32; 2],
    /// Whether this part has a `timeline` key at all.
    pub has_timeline: bool,
    /// Whether this part has an `event` key.
    pub has_event: bool,
    /// The sources with the offset of each `id`.
    pub sources: Vec<(Source, usize)>,
    /// The eras.
    pub eras: Vec<Era>,
    /// The names of cases and tags.
    pub names: Names,
    /// The events.
    pub events: Vec<Event>,
    /// Where each event's parts stand, in the same order as `events`.
    pub spans: Vec<EventSpans>,
    /// Problems found while reading.
    pub problems: Problems,
}

/// Reads the parsed file (or part), whose text starts at byte `base` of the whole text
/// `whole`; string values are kept as slices of `whole`.
#[must_use]
pub fn read_part(root: &DeTable<'_>, whole: &ArcStr, base: usize) -> Part {
    let mut r = Reader::over(whole, base);
    let mut part = Part {
        has_timeline: root.contains_key("timeline"),
        has_event: root.contains_key("event"),
        ..Part::default()
    };
    for (key, value) in root {
        match key.get_ref().as_ref() {
            "timeline" => {
                let meta = r
                    .table("timeline", value)
                    .and_then(|t| items::meta(&mut r, t, value.span().start));
                (part.meta, part.bounds) = meta.map_or((None, [0; 2]), |(m, b)| (Some(m), b));
            }
            "source" => {
                let tables = r.tables("source", value);
                part.sources = tables
                    .into_iter()
                    .filter_map(|(t, at)| source_table::source(&mut r, t, at))
                    .collect();
            }
            "era" => {
                let tables = r.tables("era", value);
                part.eras = tables
                    .into_iter()
                    .filter_map(|(t, at)| items::era(&mut r, t, at))
                    .collect();
            }
            k @ ("case" | "tag") => {
                let (grouping, key) = if k == "case" {
                    (Grouping::Case, "case")
                } else {
                    (Grouping::Tag, "tag")
                };
                let read: Vec<_> = r
                    .tables(key, value)
                    .into_iter()
                    .filter_map(|(t, at)| names::name(&mut r, grouping, t, at))
                    .collect();
                match grouping {
                    Grouping::Case => part.names.cases = read,
                    Grouping::Tag => part.names.tags = read,
                }
            }
            "event" => {
                let tables = r.tables("event", value);
                // `event = []` holds no event, as a file without `[[event]]` does.
                part.has_event = !tables.is_empty() || value.get_ref().as_array().is_none();
                (part.events, part.spans) = tables
                    .into_iter()
                    .map(|(t, at)| items::event(&mut r, t, at))
                    .unzip();
            }
            _ => r.unknown_key((key, value), Owner::TopLevel, TOP_KEYS),
        }
    }
    part.problems = r.problems;
    if base > 0 {
        part.shift(base);
    }
    part
}

impl Part {
    /// An empty part to join the file's parts into, with room for `events` events: reserved
    /// at once, as growing by doubling would hold the old and the new buffer together.
    #[must_use]
    pub fn with_room(events: usize) -> Self {
        Self {
            events: Vec::with_capacity(events),
            spans: Vec::with_capacity(events),
            ..Self::default()
        }
    }

    /// Adds the next part in file order to this one, which holds the parts before it.
    pub fn join(&mut self, part: Part) {
        if self.meta.is_none() {
            (self.meta, self.bounds) = (part.meta, part.bounds);
        }
        self.has_timeline |= part.has_timeline;
        self.has_event |= part.has_event;
        self.sources.extend(part.sources);
        self.eras.extend(part.eras);
        self.names.cases.extend(part.names.cases);
        self.names.tags.extend(part.names.tags);
        self.events.extend(part.events);
        self.spans.extend(part.spans);
        self.problems.extend(part.problems);
    }

    /// Moves every offset by `base`, for a part that starts there in the whole text.
    fn shift(&mut self, base: usize) {
        for (at, _) in &mut self.problems {
            *at += base;
        }
        for (s, at) in &mut self.sources {
            *at += base;
            s.file_offset += base;
        }
        for n in self.names.cases.iter_mut().chain(&mut self.names.tags) {
            n.offset += base;
        }
        for (e, spans) in self.events.iter_mut().zip(&mut self.spans) {
            for at in [&mut spans.id, &mut spans.date, &mut spans.end]
                .into_iter()
                .chain(&mut spans.related)
                .chain(&mut spans.sources)
            {
                *at += base;
            }
            e.offset += base;
            for x in &mut e.excerpts {
                x.offset += base;
            }
        }
    }
}

/// Checks the whole file, read as one part or joined from its parts in file order, and
/// builds the timeline.
///
/// # Errors
/// Every problem, sorted by offset.
pub fn finish(mut whole: Part) -> Result<Timeline, Problems> {
    let mut r = Reader::default();
    r.problems = std::mem::take(&mut whole.problems);
    if !whole.has_timeline {
        r.problem(0, Problem::NoTimeline);
    }
    if !whole.has_event {
        r.problem(0, Problem::NoEvents);
    }
    validate::validate(
        &mut r,
        whole.meta.as_ref().map(|m| (m, whole.bounds)),
        &whole.sources,
        (&whole.events, &whole.spans),
    );
    names::validate(&mut r, &whole.names, &whole.events);
    if !r.problems.is_empty() {
        r.problems.sort_by_key(|(at, _)| *at);
        return Err(r.problems);
    }
    let Some(meta) = whole.meta else {
        return Err(r.problems);
    };
    let sources = whole.sources.into_iter().map(|(s, _)| s).collect();
    drop(whole.spans);
    let mut timeline = Timeline::new(meta, sources, whole.eras, whole.events);
    timeline.names = whole.names;
    Ok(timeline)
}
