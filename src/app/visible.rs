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

/// The visible events and the rows that show them: each event's row, with a year heading
/// before the first event of each year. Only the headings are kept, a few hundred where the
/// events may be 100,000; a row is worked out from them.
#[derive(Debug, Clone, Default)]
pub struct Visible {
    /// Timeline indices of the visible events, in date order.
    pub events: Vec<EventIx>,
    /// The year headings, in order.
    headings: Vec<Heading>,
}

/// A year heading: the year, its row, and the position of the event after it.
#[derive(Debug, Clone, Copy)]
struct Heading {
    year: i32,
    row: usize,
    before: usize,
}

impl Visible {
    /// Lays out the given events (timeline indices, in date order).
    #[must_use]
    pub fn new(t: &Timeline, events: Vec<EventIx>) -> Self {
        Self::by_year(events, |i| t.year_of(i))
    }

    /// Lays out events whose years, in their order, never decrease.
    fn by_year(events: Vec<EventIx>, year_of: impl Fn(EventIx) -> i32) -> Self {
        let mut headings: Vec<Heading> = Vec::new();
        let mut pos = 0;
        while let Some(&first) = events.get(pos) {
            let year = year_of(first);
            headings.push(Heading {
                year,
                row: pos + headings.len(),
                before: pos,
            });
            pos = year_end(&events, pos, |i| year_of(i) == year);
        }
        Self { events, headings }
    }

    /// How many rows the events and their headings take.
    #[must_use]
    pub fn row_count(&self) -> usize {
        self.events.len() + self.headings.len()
    }

    /// The row at `r`, if there is one.
    #[must_use]
    pub fn row(&self, r: usize) -> Option<Row> {
        // The headings at or above the row.
        let above = self.headings.partition_point(|h| h.row <= r);
        match above.checked_sub(1).map(|k| self.headings[k]) {
            Some(h) if h.row == r => Some(Row::Year(h.year)),
            _ => Some(Row::Event(Position(r - above))).filter(|_| r - above < self.events.len()),
        }
    }

    /// The rows from `r` on.
    pub fn rows_from(&self, r: usize) -> impl Iterator<Item = Row> + '_ {
        (r..self.row_count()).filter_map(|r| self.row(r))
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
        (p.0 < self.events.len()).then(|| p.0 + self.headings.partition_point(|h| h.before <= p.0))
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

/// Where the run of events that starts at `start` and are `in_year` ends. The years of
/// events in date order never decrease, so the run's end is searched for, in steps that
/// double and then by halves, rather than every event's year read: a search that keeps
/// 70,000 events reads a few thousand years instead of 70,000.
fn year_end(events: &[EventIx], start: usize, in_year: impl Fn(EventIx) -> bool) -> usize {
    let rest = &events[start..];
    let mut step = 1;
    while step < rest.len() && in_year(rest[step]) {
        step *= 2;
    }
    let from = step / 2;
    start + from + rest[from..step.min(rest.len())].partition_point(|&i| in_year(i))
}

/// The timeline index at a visible position that is known to exist.
impl Index<Position> for Visible {
    type Output = EventIx;

    fn index(&self, p: Position) -> &EventIx {
        &self.events[p.0]
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Any choice of events, their years in runs of any length, is laid out by the rule:
        /// a year heading before each event whose year is not the year of the event before
        /// it, then the event; every row and every event's row read back so.
        #[test]
        fn rows_are_the_events_with_a_heading_where_the_year_changes(
            runs in proptest::collection::vec(1usize..40, 1..30),
            chosen in proptest::collection::vec(any::<bool>(), 40 * 30),
        ) {
            // Each run of events one year later than the run before.
            let years: Vec<i32> = runs
                .iter()
                .enumerate()
                .flat_map(|(y, &n)| std::iter::repeat_n(i32::try_from(y).unwrap_or(0), n))
                .collect();
            let events: Vec<EventIx> =
                (0..years.len()).filter(|&i| chosen[i]).map(EventIx::new).collect();
            let mut expected = Vec::new();
            let mut rows_of = Vec::new();
            for (p, &i) in events.iter().enumerate() {
                let year = years[i.get()];
                if p == 0 || years[events[p - 1].get()] != year {
                    expected.push(Row::Year(year));
                }
                rows_of.push(expected.len());
                expected.push(Row::Event(Position::new(p)));
            }
            let v = Visible::by_year(events.clone(), |i| years[i.get()]);
            prop_assert_eq!(v.row_count(), expected.len());
            let rows: Vec<Row> = (0..=expected.len()).filter_map(|r| v.row(r)).collect();
            prop_assert_eq!(&rows, &expected);
            let from: Vec<Row> = v.rows_from(3).collect();
            prop_assert_eq!(&from[..], expected.get(3..).unwrap_or_default());
            let got: Vec<Option<usize>> =
                (0..=events.len()).map(|p| v.row_of(Position::new(p))).collect();
            let want: Vec<Option<usize>> = rows_of.into_iter().map(Some).chain([None]).collect();
            prop_assert_eq!(got, want);
        }
    }
}
