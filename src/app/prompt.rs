//! Search, filters and the prompts: recomputing what is visible while keeping the selection.

use super::{Action, App, Mode, Typed, Visible};
use crate::model::Kind;
use crate::select::{SearchIndex, fold};
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
    /// The events that pass the filters and contain `folded` (every event when it is empty).
    fn matching(&mut self, folded: &str) -> Vec<usize> {
        let t = &self.timeline;
        if folded.is_empty() {
            return (0..t.events.len())
                .filter(|&i| self.filters.admits(&t.events[i]))
                .collect();
        }
        let index = self.index.get_or_insert_with(|| SearchIndex::new(t));
        // A query that extends the last one only needs to look among the last one's hits.
        let hits = match &self.hits {
            Some((prev, hits)) if folded.starts_with(prev.as_str()) => index.find(folded, hits),
            _ => index.find(folded, &index.everything()),
        };
        let filters = &self.filters;
        let shown = hits
            .iter()
            .map(|h| h.index)
            .filter(|&i| filters.admits(&t.events[i]))
            .collect();
        self.hits = Some((folded.to_owned(), hits));
        shown
    }

    /// Recomputes the visible events for a query, keeping the selection on `anchor`
    /// (a timeline index) or the nearest visible event.
    pub fn refilter(&mut self, query: Option<&str>, anchor: Option<usize>) {
        let folded = query.map(fold).unwrap_or_default();
        let events = self.matching(&folded);
        self.visible = Visible::new(&self.timeline, events);
        let position =
            anchor.and_then(|i| self.visible.position(i).or_else(|| self.visible.nearest(i)));
        self.selected = usize::MAX;
        self.select(position.unwrap_or(0));
    }

    /// Opens the search prompt, starting from the query in force.
    pub fn open_search(&mut self) {
        self.search_origin = self.current_index().unwrap_or(0);
        let typed = Typed::new(self.search.clone().unwrap_or_default());
        self.mode = Mode::Search(self.mode.view(), typed);
    }

    /// Applies the query being typed to the list, as a live preview.
    pub fn preview_search(&mut self) {
        if let Mode::Search(_, q) = &self.mode {
            let q = q.to_string();
            self.refilter(Some(&q), Some(self.search_origin));
        }
    }

    /// Keeps the typed query, or drops it with a note when nothing matches.
    pub fn submit_search(&mut self) {
        let closed = self.mode.closed();
        let Mode::Search(_, q) = std::mem::replace(&mut self.mode, closed) else {
            return;
        };
        if q.is_empty() {
            self.cancel_search();
        } else if self.visible.is_empty() {
            self.say(self.words.no_match_for(&crate::text::sanitize(&q)));
            self.search = None;
            self.refilter(None, Some(self.search_origin));
        } else {
            self.search = Some(q.to_string());
        }
    }

    /// Drops the search and returns the selection to where it was.
    pub fn cancel_search(&mut self) {
        self.mode = self.mode.closed();
        self.search = None;
        self.refilter(None, Some(self.search_origin));
    }

    /// Clears the search in force, keeping the selected event.
    pub fn clear_search(&mut self) {
        self.search = None;
        self.refilter(None, self.current_index());
    }

    /// Moves to the next or previous match of the search in force, wrapping around.
    pub fn next_match(&mut self, forward: bool) {
        if self.search.is_none() || self.visible.is_empty() {
            self.say(self.words.phrase(Phrase::NoSearch));
            return;
        }
        let n = self.visible.len();
        let target = match (forward, self.selected) {
            (true, p) if p + 1 >= n => {
                self.say(self.words.phrase(Phrase::WrappedFirst));
                0
            }
            (false, 0) => {
                self.say(self.words.phrase(Phrase::WrappedLast));
                n - 1
            }
            (true, p) => p + 1,
            (false, p) => p - 1,
        };
        self.select(target);
    }

    /// A key in the date prompt: edits, a jump on `Enter`, or closing on `Esc`.
    pub(super) fn year_action(&mut self, action: &Action, mut text: Typed) {
        match action {
            Action::Submit => {
                self.mode = self.mode.closed();
                self.jump_to_typed(&text);
            }
            Action::Cancel => self.mode = self.mode.closed(),
            _ => {
                if text.edit(action, 10).is_some() {
                    self.mode = Mode::Year(self.mode.focus(), text);
                }
            }
        }
    }

    /// A key in the search prompt: edits preview the query live, `↑`/`↓` walk this session's
    /// searches, `Enter` keeps the query and `Esc` drops it.
    pub(super) fn search_action(&mut self, action: &Action, mut text: Typed) {
        let changed = match action {
            Action::HistoryPrev | Action::HistoryNext => {
                let (past, at) = &mut self.history;
                let next = match (action, *at) {
                    (Action::HistoryPrev, None) => past.len().checked_sub(1),
                    (Action::HistoryPrev, Some(i)) => Some(i.saturating_sub(1)),
                    (_, Some(i)) if i + 1 < past.len() => Some(i + 1),
                    _ => None,
                };
                *at = next;
                text = Typed::new(next.map(|i| past[i].clone()).unwrap_or_default());
                true
            }
            Action::Submit => {
                if !text.is_empty() && self.history.0.last().map(String::as_str) != Some(&*text) {
                    self.history.0.push(text.to_string());
                }
                self.history.1 = None;
                return self.submit_search();
            }
            Action::Cancel => return self.cancel_search(),
            _ => match text.edit(action, 200) {
                Some(changed) => changed,
                None => return,
            },
        };
        self.mode = Mode::Search(self.mode.view(), text);
        if changed {
            self.preview_search();
        }
    }

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
