//! The loaded chronology: its events in date order, with the lookups built once on loading
//! (ids, custody periods, case threads, links, counts).

use std::collections::HashMap;

use serde::Serialize;

use super::custody;
use super::{
    CustodyPeriod, CustodyStatus, Era, Event, EventIx, Kind, Links, Meta, Names, Source, Text,
};

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
    /// The names of the cases and tags (`[[case]]`, `[[tag]]`).
    #[serde(skip)]
    pub names: Names,
    /// Event indices sorted by id, for lookups by binary search (a map would copy every id).
    #[serde(skip)]
    by_id: Vec<EventIx>,
    #[serde(skip)]
    custody: Vec<CustodyPeriod>,
    #[serde(skip)]
    setters: Vec<EventIx>,
    #[serde(skip)]
    cases: HashMap<Text, Vec<EventIx>>,
    /// Each event's year, side by side: laying out a list of 70,000 events reads these
    /// 4 bytes each rather than one cache line of each event.
    #[serde(skip)]
    years: Vec<i32>,
}

impl Timeline {
    /// Builds a timeline, sorting the events: by the start of their period, then the less
    /// precise first and a window (at its earliest day) after them all, then in file order.
    #[must_use]
    pub fn new(meta: Meta, sources: Vec<Source>, eras: Vec<Era>, mut events: Vec<Event>) -> Self {
        // Sorted through a list of keys, stable without a scratch copy of half the events.
        events.sort_by_cached_key(|e| (e.date.key(), e.date.precision()));
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
        let years = events.iter().map(|e| e.date.year_num()).collect();
        Self {
            meta,
            sources,
            eras,
            events,
            names: Names::default(),
            by_id,
            custody,
            setters,
            cases,
            years,
        }
    }

    /// The year of the event at `index` (its date's year), from a compact table.
    #[must_use]
    pub fn year_of(&self, index: EventIx) -> i32 {
        self.years[index.get()]
    }

    /// The stretches of time he spent in custody.
    #[must_use]
    pub fn custody_periods(&self) -> &[CustodyPeriod] {
        &self.custody
    }

    /// Whether any event records his custody status.
    #[must_use]
    pub fn records_custody(&self) -> bool {
        !self.setters.is_empty()
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

    /// The ids closest to a mistyped one, best first ([`crate::text::closest`]).
    #[must_use]
    pub fn closest_ids(&self, id: &str, most: usize) -> Vec<&str> {
        crate::text::closest(id, self.events.iter().map(|e| e.id.as_str()), most)
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
