//! The sources view's own state: its rows (publishers, each with its sources once expanded),
//! its cursor, which publishers are open, and its `/` filter. It keeps all of them between
//! openings, and turns an action into what the app must do ([`Outcome`]).

use std::collections::{BTreeSet, HashMap};

use super::{Outcome, moved};
use crate::app::{Action, Typed};
use crate::fold::fold;
use crate::model::{Lang, Timeline};
use crate::select::each_source_field;

/// One row of the sources view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceRow {
    /// A publisher (a source without one stands for itself, named by its title): its
    /// sources (places in [`Timeline::sources`]) and how many events quote any of them.
    Publisher {
        /// The name shown, in the reader's language.
        name: String,
        /// Its sources that pass the filter.
        sources: Vec<usize>,
        /// The events quoting one of them.
        events: usize,
        /// Whether its sources are shown under it.
        open: bool,
    },
    /// A source under its open publisher, with how many events quote it.
    Source {
        /// Its place in [`Timeline::sources`].
        source: usize,
        /// The events quoting it.
        events: usize,
    },
}

/// The sources view's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourcesView {
    /// The highlighted row.
    pub cursor: usize,
    /// The publishers shown open, by name.
    open: BTreeSet<String>,
    /// The filter, and whether it is being typed.
    pub filter: Typed,
    /// Whether keys type into the filter.
    pub typing: bool,
}

impl SourcesView {
    /// The rows, most quoted publisher first, in the reader's language.
    #[must_use]
    pub fn rows(&self, t: &Timeline, lang: Lang) -> Vec<SourceRow> {
        let counts: HashMap<usize, usize> = t.source_counts().into_iter().collect();
        let folded = fold(self.filter.as_str());
        let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, s) in t.sources.iter().enumerate() {
            let mut hit = folded.is_empty();
            each_source_field(s, |v| hit = hit || fold(v).contains(&folded));
            if !hit {
                continue;
            }
            let name = s.publisher_in(lang).unwrap_or_else(|| s.title_in(lang));
            match groups.iter_mut().find(|(n, _)| n == name) {
                Some((_, g)) => g.push(i),
                None => groups.push((name.to_owned(), vec![i])),
            }
        }
        let citing = |sources: &[usize]| {
            let ids: BTreeSet<&str> = sources.iter().map(|&i| t.sources[i].id.as_str()).collect();
            t.events
                .iter()
                .filter(|e| e.excerpts.iter().any(|x| ids.contains(x.source.as_str())))
                .count()
        };
        let mut scored: Vec<(usize, String, Vec<usize>)> = groups
            .into_iter()
            .map(|(n, mut g)| {
                g.sort_by_key(|i| std::cmp::Reverse(counts.get(i).copied().unwrap_or(0)));
                (citing(&g), n, g)
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let mut rows = Vec::new();
        for (events, name, sources) in scored {
            // A filter opens every publisher it finds something in.
            let open = !folded.is_empty() || self.open.contains(&name);
            let under: Vec<SourceRow> = if open {
                sources
                    .iter()
                    .map(|&source| SourceRow::Source {
                        source,
                        events: counts.get(&source).copied().unwrap_or(0),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            rows.push(SourceRow::Publisher {
                name,
                sources,
                events,
                open,
            });
            rows.extend(under);
        }
        rows
    }

    /// Applies a key's action; `page` is how far a page moves.
    pub fn handle(&mut self, action: &Action, t: &Timeline, lang: Lang, page: usize) -> Outcome {
        if self.typing {
            match action {
                Action::Submit => self.typing = false,
                Action::Cancel => {
                    self.typing = false;
                    self.filter = Typed::default();
                    self.cursor = 0;
                }
                _ => {
                    if self.filter.edit(action, 64) == Some(true) {
                        self.cursor = 0;
                    }
                }
            }
            return Outcome::Stay;
        }
        let rows = self.rows(t, lang);
        let last = rows.len().saturating_sub(1);
        let here = rows.get(self.cursor.min(last));
        if let Some(to) = moved(action, self.cursor, rows.len(), page) {
            self.cursor = to;
            return Outcome::Stay;
        }
        match action {
            Action::Search => self.typing = true,
            Action::Expand => {
                if let Some(SourceRow::Publisher { name, .. }) = here {
                    self.open.insert(name.clone());
                }
            }
            Action::Collapse => self.collapse(&rows),
            Action::Toggle => {
                let chosen: Vec<usize> = match here {
                    Some(SourceRow::Publisher { sources, .. }) => sources.clone(),
                    Some(SourceRow::Source { source, .. }) => vec![*source],
                    None => return Outcome::Stay,
                };
                let ids = chosen.iter().map(|&i| t.sources[i].id.to_string());
                return Outcome::ShowEvents(ids.collect());
            }
            Action::OpenSource | Action::CopyCitation => {
                return match (self.source_at(&rows), action) {
                    (Some(s), Action::OpenSource) => Outcome::OpenSource(s),
                    (Some(s), _) => Outcome::CopySource(s),
                    (None, _) => Outcome::Stay,
                };
            }
            Action::Back if !self.filter.as_str().is_empty() => {
                self.filter = Typed::default();
                self.cursor = 0;
            }
            Action::Back | Action::Sources => return Outcome::Close,
            _ => {}
        }
        self.cursor = self.cursor.min(self.rows(t, lang).len().saturating_sub(1));
        Outcome::Stay
    }

    /// The source `o` and `y` act on: the one under the cursor, or its publisher's only one.
    #[must_use]
    pub fn source_at(&self, rows: &[SourceRow]) -> Option<usize> {
        match rows.get(self.cursor.min(rows.len().saturating_sub(1))) {
            Some(SourceRow::Source { source, .. }) => Some(*source),
            Some(SourceRow::Publisher { sources, .. }) if sources.len() == 1 => {
                sources.first().copied()
            }
            _ => None,
        }
    }

    /// Closes the publisher under the cursor (or above the source under it) and puts the
    /// cursor on it.
    fn collapse(&mut self, rows: &[SourceRow]) {
        let at = self.cursor.min(rows.len().saturating_sub(1));
        let owner = (0..=at)
            .rev()
            .find(|&r| matches!(rows.get(r), Some(SourceRow::Publisher { .. })));
        if let Some(r) = owner
            && let Some(SourceRow::Publisher { name, .. }) = rows.get(r)
        {
            self.open.remove(name);
            self.cursor = r;
        }
    }
}
