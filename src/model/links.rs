//! The events one event links to: its case thread and its related events.

use super::EventIx;

/// The events an event links to: the rest of its case thread, then its related events not
/// already in it. Links are numbered across both, in that order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    /// The other events of the same case, in date order.
    pub case: Vec<EventIx>,
    /// The related events not in the case.
    pub related: Vec<EventIx>,
}

impl Links {
    /// How many links there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.case.len() + self.related.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The timeline index of link `n`.
    #[must_use]
    pub fn get(&self, n: usize) -> Option<EventIx> {
        self.case.iter().chain(&self.related).nth(n).copied()
    }
}
