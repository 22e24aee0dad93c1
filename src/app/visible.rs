//! The visible chronology: which events pass the filters and search, laid out as rows
//! with a heading wherever the year changes.

use crate::model::Timeline;

/// One row of the chronology pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A year heading.
    Year(i32),
    /// The visible event at this position.
    Event(usize),
}

/// The visible events and the rows that show them.
#[derive(Debug, Clone, Default)]
pub struct Visible {
    /// Timeline indices of the visible events, in date order.
    pub events: Vec<usize>,
    /// The rows: year headings and events.
    pub rows: Vec<Row>,
    /// For each visible event, its row.
    pub row_of: Vec<usize>,
}

impl Visible {
    /// Lays out the given events (timeline indices, in date order).
    #[must_use]
    pub fn new(t: &Timeline, events: Vec<usize>) -> Self {
        let mut rows = Vec::with_capacity(events.len() + events.len() / 4 + 1);
        let mut row_of = Vec::with_capacity(events.len());
        let mut year = None;
        for (pos, &i) in events.iter().enumerate() {
            let y = t.events[i].date.year_num();
            if year != Some(y) {
                rows.push(Row::Year(y));
                year = Some(y);
            }
            row_of.push(rows.len());
            rows.push(Row::Event(pos));
        }
        Self {
            events,
            rows,
            row_of,
        }
    }

    /// How many events are visible.
    #[must_use]
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether no event is visible.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The visible position of a timeline index, if it is visible.
    #[must_use]
    pub fn position(&self, index: usize) -> Option<usize> {
        self.events.binary_search(&index).ok()
    }

    /// The visible position nearest to a timeline index: the first at or after it, else the last.
    #[must_use]
    pub fn nearest(&self, index: usize) -> Option<usize> {
        if self.events.is_empty() {
            return None;
        }
        Some(
            self.events
                .partition_point(|&i| i < index)
                .min(self.events.len() - 1),
        )
    }
}
