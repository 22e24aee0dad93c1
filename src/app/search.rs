//! Search: the query previewed as it is typed, kept on `Enter`, and shown one of two ways,
//! filtering the list to the matches (the default) or highlighting them in the whole list;
//! `n`/`N` step through the matches either way.

use super::{Action, App, Mode, Position, Typed, Visible};
use crate::model::EventIx;
use crate::select::{Hit, SearchIndex, fold};
use crate::words::Phrase;

/// How a search shows its matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchMode {
    /// The list holds only the matches.
    #[default]
    Filter,
    /// The list holds every event the filters admit, the matches marked.
    Highlight,
}

impl App {
    /// The events that pass the filters and contain `folded` (every event when it is empty).
    fn matching(&mut self, folded: &str) -> Vec<EventIx> {
        let t = &self.timeline;
        if folded.is_empty() {
            return t
                .indices()
                .filter(|&i| self.filters.admits(&t.events[i]))
                .collect();
        }
        let index = self.search_index.get_or_insert_with(|| SearchIndex::new(t));
        // A query that extends the last one only needs to look among the last one's hits,
        // which are narrowed in place.
        let mut hits = match self.hits.take() {
            Some((prev, hits)) if folded.starts_with(prev.as_str()) => hits,
            _ => index.everything(),
        };
        index.narrow(folded, &mut hits);
        let filters = &self.filters;
        // Without filters every hit is shown: no event is read (each would be a cache miss).
        let shown = if filters.is_empty() {
            hits.iter().map(Hit::index).collect()
        } else {
            hits.iter()
                .map(Hit::index)
                .filter(|&i| filters.admits(&t.events[i]))
                .collect()
        };
        self.hits = Some((folded.to_owned(), hits));
        shown
    }

    /// Recomputes the visible events and the matches for a query, keeping the cursor on
    /// `anchor` or the nearest visible event.
    pub fn refilter(&mut self, query: Option<&str>, anchor: Option<EventIx>) {
        let folded = query.map(fold).unwrap_or_default();
        let found = self.matching(&folded);
        let (events, matches, listed) = match self.search_mode {
            SearchMode::Highlight if !folded.is_empty() => (self.matching(""), found, false),
            _ if folded.is_empty() => (found, Vec::new(), false),
            _ => (found, Vec::new(), true),
        };
        self.matches = matches;
        self.matches_listed = listed;
        self.visible = Visible::new(&self.timeline, events);
        let position =
            anchor.and_then(|i| self.visible.position(i).or_else(|| self.visible.nearest(i)));
        // Unequal to any place, so that the move below counts as one and resets the detail.
        self.cursor = Position::END;
        self.move_to(position.unwrap_or(Position::FIRST));
    }

    /// The matches of the query being typed or in force, in date order.
    #[must_use]
    pub fn matches(&self) -> &[EventIx] {
        if self.matches_listed {
            &self.visible.events
        } else {
            &self.matches
        }
    }

    /// The source the current event matched the query in force in, when the query is
    /// nowhere in the event's own text but only in a source it quotes.
    #[must_use]
    pub fn matched_source(&self) -> Option<&crate::model::Source> {
        let q = fold(self.search.as_deref()?);
        let i = self.current_index()?;
        let sources = crate::select::Sources::new(&self.timeline);
        crate::select::matched_source(&sources, &self.timeline.events[i], &q)
    }

    /// Whether an event is a match, in the highlighting mode; in the filtering mode every
    /// listed event is one, so none is marked.
    #[must_use]
    pub fn is_marked(&self, index: EventIx) -> bool {
        self.search_mode == SearchMode::Highlight && self.matches().binary_search(&index).is_ok()
    }

    /// Opens the search prompt, starting from the query in force.
    pub fn open_search(&mut self) {
        self.search_origin = self.current_index().unwrap_or_default();
        let typed = Typed::new(self.search.clone().unwrap_or_default());
        self.mode = Mode::Search(self.mode.screen(), typed);
    }

    /// Applies the query being typed to the list, as a live preview: the cursor goes to
    /// the first match at or after where the search began.
    pub fn preview_search(&mut self) {
        if let Mode::Search(_, q) = &self.mode {
            let q = q.to_string();
            let origin = self.search_origin;
            self.refilter(Some(&q), Some(origin));
            // The matches are in date order, as the indices are.
            let m = self.matches();
            let first = m.get(m.partition_point(|&i| i < origin));
            if let Some(&m) = first.or(m.last()) {
                self.move_to_index(m);
            }
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
        } else if self.matches().is_empty() {
            self.say(self.words.no_match_for(&crate::text::sanitize(&q)));
            self.search = None;
            self.refilter(None, Some(self.search_origin));
        } else {
            self.search = Some(q.to_string());
        }
    }

    /// Drops the search and returns the cursor to where it was.
    pub fn cancel_search(&mut self) {
        self.mode = self.mode.closed();
        self.search = None;
        self.refilter(None, Some(self.search_origin));
    }

    /// Clears the search in force, keeping the current event.
    pub fn clear_search(&mut self) {
        self.search = None;
        self.refilter(None, self.current_index());
    }

    /// Moves to the next or previous match of the search in force, wrapping around.
    pub fn next_match(&mut self, forward: bool) {
        let Some(here) = self.current_index().filter(|_| self.search.is_some()) else {
            self.say(self.words.phrase(Phrase::NoSearch));
            return;
        };
        let m = self.matches();
        let (Some(&first), Some(&last)) = (m.first(), m.last()) else {
            self.say(self.words.phrase(Phrase::NoMatch));
            return;
        };
        let step = if forward {
            m.iter().find(|&&i| i > here)
        } else {
            m.iter().rev().find(|&&i| i < here)
        };
        let target = match (step, forward) {
            (Some(&i), _) => i,
            (None, true) => {
                self.say(self.words.phrase(Phrase::WrappedFirst));
                first
            }
            (None, false) => {
                self.say(self.words.phrase(Phrase::WrappedLast));
                last
            }
        };
        self.move_to_index(target);
    }

    /// Switches between filtering the list to the matches and highlighting them in it,
    /// keeping the current event, and says which is now in force.
    pub fn toggle_search_mode(&mut self) {
        let (mode, said) = match self.search_mode {
            SearchMode::Filter => (SearchMode::Highlight, Phrase::NowHighlighting),
            SearchMode::Highlight => (SearchMode::Filter, Phrase::NowFiltering),
        };
        self.search_mode = mode;
        let query = self.search.clone();
        self.refilter(query.as_deref(), self.current_index());
        self.say(self.words.phrase(said));
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
        self.mode = Mode::Search(self.mode.screen(), text);
        if changed {
            self.preview_search();
        }
    }
}
