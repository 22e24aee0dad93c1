//! Choosing events: kind and tag filters, date bounds and case-folded text search, shared
//! by the explorer and the headless commands.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::model::{Event, Kind, PartialDate, Timeline};

/// Case-folds text for matching (Cyrillic and other scripts included).
#[must_use]
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// Every searchable field of an event, folded, one per line.
#[must_use]
pub fn haystack(e: &Event) -> String {
    let mut out = String::with_capacity(e.title.len() + e.summary.len() + 64);
    let mut add = |s: &str| {
        out.push_str(&fold(s));
        out.push('\n');
    };
    add(&e.title);
    add(&e.summary);
    e.place.as_deref().map(&mut add);
    e.tags.iter().for_each(|t| add(t));
    if let Some(legal) = &e.legal {
        legal.fields().into_iter().for_each(|(_, v)| add(v));
    }
    e.excerpts.iter().for_each(|x| add(&x.text));
    out
}

/// The folded text of every event, built once into one buffer, so each keystroke only scans
/// memory, in order, with a vectorised substring search, on every core.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    text: String,
    /// Where each event's text starts in `text`; one more entry marks the end.
    starts: Vec<usize>,
}

/// An event that matched, with the byte offset of its first match in its folded text.
pub type Hit = (usize, u32);

/// Below this many items, work runs on one thread.
const PARALLEL_FROM: usize = 8_192;

/// Runs `work` over consecutive slices of `items`, one per core (or one slice in all when
/// there are few items), and returns the results in order.
fn on_cores<T: Sync, R: Send + Default>(items: &[T], work: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if items.len() < PARALLEL_FROM || workers < 2 {
        return vec![work(items)];
    }
    let size = items.len().div_ceil(workers);
    std::thread::scope(|scope| {
        let work = &work;
        let handles: Vec<_> = items
            .chunks(size)
            .map(|part| scope.spawn(move || work(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

impl SearchIndex {
    /// Folds every event of a timeline.
    #[must_use]
    pub fn new(t: &Timeline) -> Self {
        let fold_part = |events: &[Event]| -> (String, Vec<usize>) {
            let mut text = String::new();
            let mut starts = Vec::with_capacity(events.len());
            for e in events {
                starts.push(text.len());
                text.push_str(&haystack(e));
                text.push('\0');
            }
            (text, starts)
        };
        let parts = on_cores(&t.events, fold_part);
        let mut text = String::with_capacity(parts.iter().map(|p| p.0.len()).sum());
        let mut starts = Vec::with_capacity(t.events.len() + 1);
        for (part, offsets) in parts {
            starts.extend(offsets.into_iter().map(|o| o + text.len()));
            text.push_str(&part);
        }
        starts.push(text.len());
        Self { text, starts }
    }

    fn hay(&self, i: usize) -> &[u8] {
        self.text
            .as_bytes()
            .get(self.starts[i]..self.starts[i + 1])
            .unwrap_or_default()
    }

    /// The events, among `candidates` (in order), whose text contains the folded query, each
    /// with where its first match starts. A candidate's offset says where to start looking:
    /// when a query extends the last one, it can only match where the last one did or later.
    #[must_use]
    pub fn find(&self, folded: &str, candidates: &[Hit]) -> Vec<Hit> {
        let finder = memchr::memmem::Finder::new(folded.as_bytes());
        let needle = folded.as_bytes();
        let scan = |part: &[Hit]| -> Vec<Hit> {
            part.iter()
                .filter_map(|&(i, from)| {
                    let hay = self.hay(i).get(from as usize..)?;
                    let at = if hay.starts_with(needle) {
                        Some(0)
                    } else {
                        finder.find(hay)
                    }?;
                    Some((i, from + u32::try_from(at).ok()?))
                })
                .collect()
        };
        on_cores(candidates, scan).into_iter().flatten().collect()
    }

    /// Every event, as candidates for a fresh search.
    #[must_use]
    pub fn everything(&self) -> Vec<Hit> {
        (0..self.starts.len().saturating_sub(1))
            .map(|i| (i, 0))
            .collect()
    }
}

/// Byte ranges of `text` where the folded query occurs, for highlighting.
#[must_use]
pub fn find_ranges(text: &str, folded: &str) -> Vec<Range<usize>> {
    if folded.is_empty() {
        return Vec::new();
    }
    let mut low = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    for (at, ch) in text.char_indices() {
        let end = at + ch.len_utf8();
        for l in ch.to_lowercase() {
            for _ in 0..l.len_utf8() {
                origin.push((at, end));
            }
            low.push(l);
        }
    }
    low.match_indices(folded)
        .map(|(i, m)| origin[i].0..origin[i + m.len() - 1].1)
        .collect()
}

/// Kind and tag filters: an event passes when it has one of the chosen kinds (or none are
/// chosen) and one of the chosen tags (or none are chosen).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// The chosen kinds.
    pub kinds: BTreeSet<Kind>,
    /// The chosen tags.
    pub tags: BTreeSet<String>,
}

impl Filters {
    /// Whether nothing is chosen.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.tags.is_empty()
    }

    /// Whether an event passes.
    #[must_use]
    pub fn admits(&self, e: &Event) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&e.kind))
            && (self.tags.is_empty() || e.tags.iter().any(|t| self.tags.contains(t)))
    }

    /// The chosen kinds and tags, for display: `arrest, ruling, #court`.
    #[must_use]
    pub fn describe(&self) -> String {
        let kinds = self.kinds.iter().map(|k| k.as_str().to_owned());
        let tags = self.tags.iter().map(|t| format!("#{t}"));
        kinds.chain(tags).collect::<Vec<_>>().join(", ")
    }
}

/// A whole selection: filters, date bounds and a search query.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Kind and tag filters.
    pub filters: Filters,
    /// Events ending before this are left out.
    pub from: Option<PartialDate>,
    /// Events starting after this are left out.
    pub to: Option<PartialDate>,
    /// Text every chosen event contains (case-insensitive).
    pub search: Option<String>,
}

impl Query {
    /// The indices of the events the query selects, in date order.
    #[must_use]
    pub fn select(&self, t: &Timeline) -> Vec<usize> {
        let folded = self.search.as_deref().map(fold);
        (0..t.events.len())
            .filter(|&i| {
                let e = &t.events[i];
                self.filters.admits(e)
                    && self.from.is_none_or(|f| e.last_day() >= f.start())
                    && self.to.is_none_or(|to| e.date.start() <= to.last_day())
                    && folded.as_deref().is_none_or(|q| haystack(e).contains(q))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_follow_case_folding_in_cyrillic() {
        let text = "Суд в СЫКТЫВКАРЕ";
        let ranges = find_ranges(text, &fold("сыктывкар"));
        assert_eq!(ranges.len(), 1);
        assert_eq!(&text[ranges[0].clone()], "СЫКТЫВКАР");
    }

    #[test]
    fn ranges_find_every_occurrence() {
        let text = "Court, court and COURT";
        let found: Vec<&str> = find_ranges(text, "court")
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["Court", "court", "COURT"]);
    }
}
