//! The visible chronology: which events pass the filters and search, laid out as rows
//! with a heading wherever the year changes, and [`Position`], a place in that list.

use std::ops::Index;

use crate::model::{EventIx, Timeline};

/// A place in the visible list ([`Visible::events`]), counted from its first event: a type
/// of its own, so that it cannot be taken for an [`EventIx`], an index into the whole timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position(usize);

impl Position {
    /// The first visible event.
    pub const FIRST: Self = Self(0);
    /// Past every list: the last visible event once clamped, and unequal to any real place.
    pub const END: Self = Self(usize::MAX);

    /// The `p`th visible event.
    #[must_use]
    pub const fn new(p: usize) -> Self {
        Self(p)
    }

    /// The position as a number, for slicing and counting.
    #[must_use]
    pub const fn get(self) -> usize {
        self.0
    }

    /// The position `delta` events away, stopping at the first.
    #[must_use]
    pub const fn offset(self, delta: isize) -> Self {
        Self(self.0.saturating_add_signed(delta))
    }

    /// The position before this one, if this is not the first.
    #[must_use]
    pub fn prev(self) -> Option<Self> {
        self.0.checked_sub(1).map(Self)
    }
}

/// One row of the chronology pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A year heading.
    Year(i32),
    /// The visible event at this position.
    Event(Position),
}

/// The visible events and the rows that show them.
#[derive(Debug, Clone, Default)]
pub struct Visible {
    /// Timeline indices of the visible events, in date order.
    pub events: Vec<EventIx>,
    /// The rows: year headings and events.
    pub rows: Vec<Row>,
    /// For each visible event, its row.
    row_at: Vec<usize>,
}

impl Visible {
    /// Lays out the given events (timeline indices, in date order).
    #[must_use]
    pub fn new(t: &Timeline, events: Vec<EventIx>) -> Self {
        let mut rows = Vec::with_capacity(events.len() + events.len() / 4 + 1);
        let mut row_at = Vec::with_capacity(events.len());
        let mut year = None;
        for (pos, &i) in events.iter().enumerate() {
            let y = t.year_of(i);
            if year != Some(y) {
                rows.push(Row::Year(y));
                year = Some(y);
            }
            row_at.push(rows.len());
            rows.push(Row::Event(Position(pos)));
        }
        Self {
            events,
            rows,
            row_at,
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

    /// The last visible position, if any event is visible.
    #[must_use]
    pub fn last(&self) -> Option<Position> {
        self.events.len().checked_sub(1).map(Position)
    }

    /// The timeline index of the event at a visible position, if there is one.
    #[must_use]
    pub fn at(&self, p: Position) -> Option<EventIx> {
        self.events.get(p.0).copied()
    }

    /// The row that shows the event at a visible position.
    #[must_use]
    pub fn row_of(&self, p: Position) -> Option<usize> {
        self.row_at.get(p.0).copied()
    }

    /// The visible position of a timeline index, if it is visible.
    #[must_use]
    pub fn position(&self, index: EventIx) -> Option<Position> {
        self.events.binary_search(&index).ok().map(Position)
    }

    /// The visible position nearest to a timeline index: the first at or after it, else the last.
    #[must_use]
    pub fn nearest(&self, index: EventIx) -> Option<Position> {
        let last = self.last()?;
        Some(self.partition_point(|i| i < index).min(last))
    }

    /// The first position whose event fails `before` (the events for which it holds come
    /// first), as [`slice::partition_point`]; past the end when it holds for all.
    #[must_use]
    pub fn partition_point(&self, mut before: impl FnMut(EventIx) -> bool) -> Position {
        Position(self.events.partition_point(|&i| before(i)))
    }
}

/// The timeline index at a visible position that is known to exist.
impl Index<Position> for Visible {
    type Output = EventIx;

    fn index(&self, p: Position) -> &EventIx {
        &self.events[p.0]
    }
}
