//! The popups that are lists of entries: the kind and tag picker (`f`), the export formats
//! (`x`) and the citation menu (`y`). Each owns its cursor, moved by the one rule for lists
//! ([`moved`]); Space or Enter acts on the entry under it.

use super::{Outcome, moved};
use crate::app::Action;
use crate::export::Format;

/// The picker's state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Picker {
    /// The highlighted entry.
    pub cursor: usize,
}

impl Picker {
    /// Applies a key's action to a picker of `len` entries.
    pub fn handle(&mut self, action: &Action, len: usize, page: usize) -> Outcome {
        if let Some(to) = moved(action, self.cursor, len, page) {
            self.cursor = to;
            return Outcome::Stay;
        }
        match action {
            Action::Toggle => Outcome::Toggle(self.cursor),
            Action::ClearFilters => Outcome::ClearFilters,
            Action::Back | Action::Filter => Outcome::Close,
            _ => Outcome::Stay,
        }
    }
}

/// The export menu's state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportMenu {
    /// The highlighted format, by its place in [`Format::ALL`].
    pub cursor: usize,
}

impl ExportMenu {
    /// The highlighted format.
    #[must_use]
    pub fn format(&self) -> Format {
        Format::ALL[self.cursor.min(Format::ALL.len() - 1)]
    }

    /// Applies a key's action.
    pub fn handle(&mut self, action: &Action, page: usize) -> Outcome {
        if let Some(to) = moved(action, self.cursor, Format::ALL.len(), page) {
            self.cursor = to;
            return Outcome::Stay;
        }
        match action {
            Action::Toggle => Outcome::Write(self.format()),
            Action::Back | Action::Export => Outcome::Close,
            _ => Outcome::Stay,
        }
    }
}

/// The citation menu's state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CiteMenu {
    /// The highlighted entry.
    pub cursor: usize,
}

impl CiteMenu {
    /// Applies a key's action to a menu of `len` entries.
    pub fn handle(&mut self, action: &Action, len: usize, page: usize) -> Outcome {
        if let Some(to) = moved(action, self.cursor, len, page) {
            self.cursor = to;
            return Outcome::Stay;
        }
        match action {
            Action::Toggle => Outcome::Cite(self.cursor.min(len.saturating_sub(1))),
            Action::Back => Outcome::Close,
            _ => Outcome::Stay,
        }
    }
}
