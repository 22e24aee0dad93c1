//! The filter picker's entries and the kind and tag filters they toggle.

use super::App;
use crate::model::Kind;
use crate::words::Phrase;

/// One line of the filter picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerEntry {
    /// A kind, with how many events have it.
    Kind(Kind, usize),
    /// A tag, with how many events carry it.
    Tag(String, usize),
}

impl App {
    /// The picker's entries: every kind, then every tag, with their counts.
    #[must_use]
    pub fn picker_entries(&self) -> Vec<PickerEntry> {
        let counts = self.timeline.kind_counts();
        let kinds = Kind::ALL
            .iter()
            .zip(counts)
            .map(|(k, n)| PickerEntry::Kind(*k, n));
        let tags = self
            .tag_counts()
            .iter()
            .map(|(t, n)| PickerEntry::Tag(t.clone(), *n));
        kinds.chain(tags).collect()
    }

    /// Whether a picker entry is chosen.
    #[must_use]
    pub fn is_chosen(&self, entry: &PickerEntry) -> bool {
        match entry {
            PickerEntry::Kind(k, _) => self.filters.kinds.contains(k),
            PickerEntry::Tag(t, _) => self.filters.tags.contains(t),
        }
    }

    /// Toggles the picker entry under the cursor and refilters.
    pub fn toggle_entry(&mut self, cursor: usize) {
        match self.picker_entries().into_iter().nth(cursor) {
            Some(PickerEntry::Kind(k, _)) => {
                if !self.filters.kinds.remove(&k) {
                    self.filters.kinds.insert(k);
                }
            }
            Some(PickerEntry::Tag(t, _)) => {
                if !self.filters.tags.remove(&t) {
                    self.filters.tags.insert(t);
                }
            }
            None => return,
        }
        self.apply_filters();
    }

    /// Refilters after a filter change, keeping the search in force.
    pub fn apply_filters(&mut self) {
        let query = self.search.clone();
        self.refilter(query.as_deref(), self.current_index());
    }

    /// Clears every filter and the search.
    pub fn clear_filters(&mut self) {
        self.filters = crate::select::Filters::default();
        self.search = None;
        self.refilter(None, self.current_index());
        self.say(self.words.phrase(Phrase::FiltersCleared));
    }
}
