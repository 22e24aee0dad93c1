//! Choosing events: kind and tag filters, date bounds and case-folded text search, shared
//! by the explorer and the headless commands.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::model::{Event, EventIx, Grouping, Kind, Names, PartialDate, Timeline};
use crate::words::Words;

pub use crate::fold::fold;

mod hit;
pub mod known;
mod search;
mod typed;

pub use hit::Hit;
pub use search::{SearchIndex, Sources, each_source_field, haystack, matched_source};
pub use typed::typed_date;

/// Byte ranges of `text` where the folded query occurs, for highlighting.
#[must_use]
pub fn find_ranges(text: &str, folded: &str) -> Vec<Range<usize>> {
    if folded.is_empty() {
        return Vec::new();
    }
    let (low, origin) = crate::fold::fold_mapped(text);
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
    /// The chosen sources, by id: an event passes when one of its excerpts quotes one.
    pub sources: BTreeSet<String>,
}

impl Filters {
    /// Whether nothing is chosen.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.tags.is_empty() && self.sources.is_empty()
    }

    /// Whether an event passes.
    #[must_use]
    pub fn admits(&self, e: &Event) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&e.kind))
            && (self.tags.is_empty() || e.tags.iter().any(|t| self.tags.contains(t.as_str())))
            && (self.sources.is_empty()
                || e.excerpts
                    .iter()
                    .any(|x| self.sources.contains(x.source.as_str())))
    }

    /// The chosen kinds and tags, for display, the kinds in the reader's words and the tags
    /// by their names where the file gives them: `arrest, ruling, Court hearings, #misc`.
    #[must_use]
    pub fn describe(&self, w: &dyn Words, names: &Names) -> String {
        let kinds = self.kinds.iter().map(|k| w.kind(*k).to_owned());
        let tags = self.tags.iter().map(|t| {
            names
                .name(Grouping::Tag, t, w.lang())
                .map_or_else(|| format!("#{t}"), str::to_owned)
        });
        let sources = self.sources.iter().map(|s| format!("@{s}"));
        kinds
            .chain(tags)
            .chain(sources)
            .collect::<Vec<_>>()
            .join(", ")
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
    /// Only the events of this legal case.
    pub case: Option<String>,
    /// Only events whose sources disagree.
    pub disputed: bool,
}

impl Query {
    /// The indices of the events the query selects, in date order.
    #[must_use]
    pub fn select(&self, t: &Timeline) -> Vec<EventIx> {
        let folded = self.search.as_deref().map(fold);
        let sources = Sources::new(t);
        t.indices()
            .filter(|&i| {
                let e = &t.events[i];
                self.filters.admits(e)
                    && self.from.is_none_or(|f| e.last_day() >= f.start())
                    && self.to.is_none_or(|to| e.date.start() <= to.last_day())
                    && folded
                        .as_deref()
                        .is_none_or(|q| haystack(&sources, e).contains(q))
                    && self
                        .case
                        .as_ref()
                        .is_none_or(|c| e.case.as_deref() == Some(c.as_str()))
                    && (!self.disputed || e.disputed.is_some())
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
