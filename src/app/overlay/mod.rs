//! The popups over the screen, each a small state type that owns its cursor (or its scroll,
//! or its typed line) and turns a key's action into an [`Outcome`]; the app carries the
//! outcome out (`App::overlay_action`), and each popup is drawn by its own file in `ui`.
//! None of them sees the app: what a popup needs to know (how many entries it lists, how
//! far a page goes) is handed to its `handle`.

mod help_and_date;
mod menus;
mod sources;

use std::collections::BTreeSet;

pub use help_and_date::{HelpPager, YearPrompt};
pub use menus::{CiteMenu, ExportMenu, Picker};
pub use sources::{SourceRow, SourcesView};

use crate::app::Action;
use crate::app::keys::Context;

/// A popup over the screen, with its state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key help, scrolled.
    Help(HelpPager),
    /// The kind and tag picker.
    Picker(Picker),
    /// The date prompt.
    Year(YearPrompt),
    /// The sources view; its state is the app's
    /// [`SourcesView`](crate::app::App::sources_view), kept between openings.
    Sources,
    /// The export formats.
    Export(ExportMenu),
    /// The citation menu (`y`).
    Cite(CiteMenu),
}

impl Overlay {
    /// What keys mean in it (the sources view's filter, being typed, is a prompt:
    /// [`App::context`](crate::app::App::context)).
    #[must_use]
    pub fn context(&self) -> Context {
        match self {
            Self::Help(_) => Context::Help,
            Self::Picker(_) => Context::Picker,
            Self::Export(_) => Context::Export,
            Self::Cite(_) => Context::Cite,
            Self::Sources => Context::Sources,
            Self::Year(_) => Context::Prompt,
        }
    }
}

/// What the app must do after a key in a popup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing beyond redrawing.
    Stay,
    /// Close the popup.
    Close,
    /// Toggle the picker's entry at this place, and keep the picker open.
    Toggle(usize),
    /// Clear every filter and the search, and keep the picker open.
    ClearFilters,
    /// Write the shown events in this format, and close.
    Write(crate::export::Format),
    /// Copy the citation menu's entry at this place, and close.
    Cite(usize),
    /// Go to the typed date; a date that cannot be read keeps the prompt open.
    Jump,
    /// Show the events that quote any of these sources (by id), and close.
    ShowEvents(BTreeSet<String>),
    /// Open this source's address (its place in the timeline's sources).
    OpenSource(usize),
    /// Copy this source's citation.
    CopySource(usize),
}

/// What every popup list does with a movement key: where it takes a cursor in a list of
/// `len` entries, one step, a page (`page` entries) or to either end, never past the last
/// entry; `None` for any other action.
#[must_use]
pub fn moved(action: &Action, cursor: usize, len: usize, page: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    let to = match action {
        Action::Down => cursor.saturating_add(1),
        Action::Up => cursor.saturating_sub(1),
        Action::PageDown => cursor.saturating_add(page),
        Action::PageUp => cursor.saturating_sub(page),
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    };
    Some(to.min(last))
}
