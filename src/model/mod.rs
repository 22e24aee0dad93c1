//! The chronology as data: serde and chrono types with no knowledge of the terminal.

mod custody;
mod date;
mod edition;
mod fact;
mod ix;
mod kind;
mod legal;
mod links;
mod text;
mod translation;

use std::collections::HashMap;

use serde::Serialize;

pub use custody::{CustodyPeriod, CustodyStatus};
pub use date::{DateError, PartialDate, Precision, naive_key};
pub use fact::{Fact, Facts, with_fact_keys};
pub use ix::EventIx;
pub use kind::{Custody, Kind};
pub use legal::{Legal, LegalField};
pub use links::Links;
pub use text::Text;
pub use translation::Translation;
/// The `[timeline]` header: what the chronology is and the span it covers.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    /// The chronology's title.
    pub title: Text,
    /// Whom it is about.
    pub subject: Text,
    /// The first date covered.
    pub from: PartialDate,
    /// The last date covered.
    pub to: PartialDate,
    /// The title and subject in Russian (`[timeline.ru]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ru: Option<(Text, Text)>,
}

impl Meta {
    /// The title in a language: the translation when there is one.
    #[must_use]
    pub fn title_in(&self, russian: bool) -> &str {
        match (&self.ru, russian) {
            (Some((title, _)), true) => title,
            _ => &self.title,
        }
    }

    /// The subject in a language, as [`Meta::title_in`].
    #[must_use]
    pub fn subject_in(&self, russian: bool) -> &str {
        match (&self.ru, russian) {
            (Some((_, subject)), true) => subject,
            _ => &self.subject,
        }
    }
}

/// A `[[source]]`: a text that excerpts quote.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    /// Unique lowercase-kebab id.
    pub id: Text,
    /// The title of the work.
    pub title: Text,
    /// Who wrote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Text>,
    /// Who published it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Text>,
    /// When it was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Where it can be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
    /// The stored text, relative to the `--sources` directory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Text>,
    /// The language the text is written in, an ISO 639-1 code (`ru`, `en`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Text>,
    /// The title in Russian (`[source.ru]`), for a source titled in another language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_ru: Option<Text>,
}

/// An `[[era]]`: a named background period.
#[derive(Debug, Clone, Serialize)]
pub struct Era {
    /// The era's name.
    pub name: Text,
    /// Its first date.
    pub from: PartialDate,
    /// Its last date.
    pub to: PartialDate,
    /// The name in Russian (`[era.ru]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_ru: Option<Text>,
}

impl Era {
    /// The name in a language: the translation when there is one.
    #[must_use]
    pub fn name_in(&self, russian: bool) -> &str {
        match (&self.name_ru, russian) {
            (Some(name), true) => name,
            _ => &self.name,
        }
    }
}

/// An `[[event.excerpt]]`: a verbatim quotation from a source.
#[derive(Debug, Clone, Serialize)]
pub struct Excerpt {
    /// The id of the quoted source.
    pub source: Text,
    /// The quotation, exactly as in the source.
    pub text: Text,
    /// Byte offset of the excerpt's text in the file, for diagnostics.
    #[serde(skip)]
    pub offset: usize,
}

/// An `[[event]]`: one dated entry of the chronology.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Byte offset of the event's table in the file, for diagnostics and the editor.
    #[serde(skip)]
    pub offset: usize,
    /// Unique lowercase-kebab id.
    pub id: Text,
    /// When it happened (or began).
    pub date: PartialDate,
    /// When it ended, for spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// Whether the date is approximate.
    pub approximate: bool,
    /// What sort of event it is.
    pub kind: Kind,
    /// One-line title.
    pub title: Text,
    /// The curator's summary.
    pub summary: Text,
    /// Its one-line facts: where it happened, … (each under its own key in the file).
    #[serde(flatten)]
    pub facts: Facts,
    /// Free tags.
    pub tags: Vec<Text>,
    /// The legal case it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case: Option<Text>,
    /// Ids of related events.
    pub related: Vec<Text>,
    /// What the sources disagree on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disputed: Option<Text>,
    /// Whether one source alone supports the event, as the curator marks it.
    pub single_source: bool,
    /// His custody status from this event on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custody: Option<Custody>,
    /// The legal details of an arrest or a ruling (boxed: most events have none, and an
    /// event is kept small for timelines of a hundred thousand).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal: Option<Box<Legal>>,
    /// The event in Russian (boxed, as `legal`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ru: Option<Box<Translation>>,
    /// The quotations that back the event.
    #[serde(rename = "excerpts")]
    pub excerpts: Vec<Excerpt>,
}

impl Event {
    /// The last day the event covers: its end, or the end of its own period.
    #[must_use]
    pub fn last_day(&self) -> chrono::NaiveDate {
        self.end.unwrap_or(self.date).last_day()
    }

    /// The title in a language: the translation when there is one, else the original.
    #[must_use]
    pub fn title_in(&self, russian: bool) -> &str {
        match (&self.ru, russian) {
            (Some(t), true) => &t.title,
            _ => &self.title,
        }
    }

    /// The summary in a language, as [`Event::title_in`].
    #[must_use]
    pub fn summary_in(&self, russian: bool) -> &str {
        match (&self.ru, russian) {
            (Some(t), true) => &t.summary,
            _ => &self.summary,
        }
    }

    /// One fact in a language, as [`Event::title_in`] (the original where the translation
    /// does not give it).
    #[must_use]
    pub fn fact_in(&self, fact: Fact, russian: bool) -> Option<&str> {
        match (&self.ru, russian) {
            (Some(t), true) if t.facts.get(fact).is_some() => t.facts.get(fact),
            _ => self.facts.get(fact),
        }
    }

    /// The facts the event gives, in a language and in display order.
    pub fn facts_in(&self, russian: bool) -> impl Iterator<Item = (Fact, &str)> {
        Fact::ALL
            .into_iter()
            .filter_map(move |f| self.fact_in(f, russian).map(|v| (f, v)))
    }

    /// What is disputed, in a language, as [`Event::title_in`].
    #[must_use]
    pub fn disputed_in(&self, russian: bool) -> Option<&str> {
        match (&self.ru, russian) {
            (Some(t), true) if t.disputed.is_some() => t.disputed.as_deref(),
            _ => self.disputed.as_deref(),
        }
    }

    /// Whether the event is an arrest or a ruling.
    #[must_use]
    pub fn is_legal(&self) -> bool {
        self.kind.is_legal()
    }
}

/// A loaded, validated chronology with its events in date order.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    /// The header.
    #[serde(rename = "timeline")]
    pub meta: Meta,
    /// The sources, in file order.
    pub sources: Vec<Source>,
    /// The eras, in file order.
    pub eras: Vec<Era>,
    /// The events, sorted by date.
    pub events: Vec<Event>,
    /// Event indices sorted by id, for lookups by binary search (a map would copy every id).
    #[serde(skip)]
    by_id: Vec<EventIx>,
    #[serde(skip)]
    custody: Vec<CustodyPeriod>,
    #[serde(skip)]
    setters: Vec<EventIx>,
    #[serde(skip)]
    cases: HashMap<Text, Vec<EventIx>>,
}

impl Timeline {
    /// Builds a timeline, sorting the events: by the start of their period, then the less
    /// precise first, then in file order.
    #[must_use]
    pub fn new(meta: Meta, sources: Vec<Source>, eras: Vec<Era>, mut events: Vec<Event>) -> Self {
        events.sort_by_key(|e| (e.date.key(), e.date.precision()));
        let mut by_id: Vec<EventIx> = (0..events.len()).map(EventIx::new).collect();
        by_id.sort_unstable_by(|&a, &b| events[a].id.cmp(&events[b].id));
        let custody = custody::periods(&events);
        let setters = (0..events.len())
            .map(EventIx::new)
            .filter(|&i| events[i].custody.is_some())
            .collect();
        let mut cases: HashMap<Text, Vec<EventIx>> = HashMap::new();
        for (i, e) in (0..events.len()).map(EventIx::new).zip(&events) {
            if let Some(case) = &e.case {
                cases.entry(case.clone()).or_default().push(i);
            }
        }
        Self {
            meta,
            sources,
            eras,
            events,
            by_id,
            custody,
            setters,
            cases,
        }
    }

    /// The stretches of time he spent in custody.
    #[must_use]
    pub fn custody_periods(&self) -> &[CustodyPeriod] {
        &self.custody
    }

    /// His custody status as of the event at `index`, if any event so far sets one.
    #[must_use]
    pub fn custody_at(&self, index: EventIx) -> Option<CustodyStatus> {
        custody::status_at(&self.events, &self.custody, &self.setters, index)
    }

    /// The index of the event with this id.
    #[must_use]
    pub fn index_of(&self, id: &str) -> Option<EventIx> {
        self.by_id
            .binary_search_by(|&i| self.events[i].id.as_str().cmp(id))
            .ok()
            .map(|at| self.by_id[at])
    }

    /// The event with this id.
    #[must_use]
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.index_of(id).map(|i| &self.events[i])
    }

    /// The source with this id.
    #[must_use]
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The ids closest to a mistyped one, best first.
    #[must_use]
    pub fn closest_ids(&self, id: &str, most: usize) -> Vec<&str> {
        let mut scored: Vec<(f64, &str)> = self
            .events
            .iter()
            .map(|e| (strsim::jaro_winkler(id, &e.id), e.id.as_str()))
            .filter(|(score, _)| *score > 0.7)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored.into_iter().take(most).map(|(_, id)| id).collect()
    }

    /// The events of a case, in date order.
    #[must_use]
    pub fn case_thread(&self, case: &str) -> &[EventIx] {
        self.cases.get(case).map_or(&[], Vec::as_slice)
    }

    /// The events the event at `index` links to.
    #[must_use]
    pub fn links(&self, index: EventIx) -> Links {
        let Some(e) = self.get(index) else {
            return Links::default();
        };
        let case: Vec<EventIx> = e
            .case
            .as_deref()
            .map(|c| self.case_thread(c))
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(|&i| i != index)
            .collect();
        let mut related: Vec<EventIx> = Vec::new();
        for i in e.related.iter().filter_map(|id| self.index_of(id)) {
            if !case.contains(&i) && !related.contains(&i) {
                related.push(i);
            }
        }
        Links { case, related }
    }

    /// Every source (its place in [`Timeline::sources`]) with how many events quote it, most
    /// quoted first, then in file order.
    #[must_use]
    pub fn source_counts(&self) -> Vec<(usize, usize)> {
        let mut counts: Vec<(usize, usize)> = (0..self.sources.len()).map(|i| (i, 0)).collect();
        let at: HashMap<&str, usize> = self
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        for e in &self.events {
            let mut seen: Vec<usize> = e
                .excerpts
                .iter()
                .filter_map(|x| at.get(x.source.as_str()).copied())
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for i in seen {
                counts[i].1 += 1;
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
    }

    /// How many events there are of each kind, in [`Kind::ALL`] order.
    #[must_use]
    pub fn kind_counts(&self) -> [usize; Kind::ALL.len()] {
        let mut counts = [0; Kind::ALL.len()];
        for e in &self.events {
            counts[e.kind.index()] += 1;
        }
        counts
    }
}
