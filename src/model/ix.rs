//! `EventIx`: an event's place in `Timeline::events`, a type of its own so that the compiler
//! keeps it apart from every other count (a position in the explorer's visible list above all).

use std::ops::Index;

use super::{Event, Timeline};

/// An event's index in [`Timeline::events`], which is in date order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct EventIx(usize);

impl EventIx {
    /// The index of the `i`th event in date order.
    #[must_use]
    pub const fn new(i: usize) -> Self {
        Self(i)
    }

    /// The index as a number, for slicing and for anything indexed in step with the events.
    #[must_use]
    pub const fn get(self) -> usize {
        self.0
    }
}

/// Events are looked up by their index: `timeline.events[ix]`.
impl Index<EventIx> for [Event] {
    type Output = Event;

    fn index(&self, ix: EventIx) -> &Event {
        &self[ix.0]
    }
}

/// As for slices, so that `timeline.events[ix]` reads without a conversion.
impl Index<EventIx> for Vec<Event> {
    type Output = Event;

    fn index(&self, ix: EventIx) -> &Event {
        &self[ix.0]
    }
}

impl Timeline {
    /// The index of every event, in date order.
    pub fn indices(&self) -> impl DoubleEndedIterator<Item = EventIx> + ExactSizeIterator {
        (0..self.events.len()).map(EventIx)
    }

    /// The event at an index, if there is one.
    #[must_use]
    pub fn get(&self, ix: EventIx) -> Option<&Event> {
        self.events.get(ix.0)
    }
}

#[cfg(test)]
mod tests {
    use super::EventIx;

    #[test]
    fn indices_order_as_their_numbers() {
        let (a, b) = (EventIx::new(2), EventIx::new(10));
        assert!(a < b);
        assert_eq!(b.get(), 10);
        assert_eq!(EventIx::default(), EventIx::new(0));
    }
}
