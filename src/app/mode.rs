//! What the explorer shows, as one value: the screen underneath (split or full view) and
//! whatever sits on top of it. Combinations that cannot happen cannot be written, and the
//! key context is derived from it alone.

use super::{Context, Typed};

/// Which pane of the split view has focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The chronology.
    List,
    /// The detail pane.
    Detail,
}

/// The screen under any overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The chronology beside the detail pane, one of them focused.
    Split(Focus),
    /// The full-screen detail view, with the highlighted link if any.
    Full {
        /// The highlighted link, numbered across the case thread and the related events.
        link: Option<usize>,
    },
}

/// What the explorer shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// A view with nothing on top.
    Browse(View),
    /// The key help over a view.
    Help(View),
    /// The search prompt over a view, with what has been typed.
    Search(View, Typed),
    /// The kind and tag picker over the split view, with its cursor.
    Picker(Focus, usize),
    /// The date prompt over the split view, with what has been typed.
    Year(Focus, Typed),
    /// The list of sources over the split view, with its cursor.
    Sources(Focus, usize),
    /// The export formats over the split view, with its cursor.
    Export(Focus, usize),
}

impl Default for Mode {
    fn default() -> Self {
        Self::Browse(View::Split(Focus::List))
    }
}

impl Mode {
    /// The screen underneath.
    #[must_use]
    pub fn view(&self) -> View {
        match self {
            Self::Browse(v) | Self::Help(v) | Self::Search(v, _) => *v,
            Self::Picker(f, _) | Self::Year(f, _) | Self::Sources(f, _) | Self::Export(f, _) => {
                View::Split(*f)
            }
        }
    }

    /// The same screen with nothing on top.
    #[must_use]
    pub fn closed(&self) -> Self {
        Self::Browse(self.view())
    }

    /// What keys mean now.
    #[must_use]
    pub fn context(&self) -> Context {
        match self {
            Self::Help(_) => Context::Help,
            Self::Picker(..) | Self::Export(..) => Context::Picker,
            Self::Sources(..) => Context::Sources,
            Self::Year(..) | Self::Search(..) => Context::Prompt,
            Self::Browse(View::Full { .. }) => Context::Detail,
            Self::Browse(View::Split(_)) => Context::List,
        }
    }

    /// Whether the full detail view is the screen underneath.
    #[must_use]
    pub fn full(&self) -> bool {
        matches!(self.view(), View::Full { .. })
    }

    /// The focused pane; the full view counts as the detail.
    #[must_use]
    pub fn focus(&self) -> Focus {
        match self.view() {
            View::Split(f) => f,
            View::Full { .. } => Focus::Detail,
        }
    }

    /// The highlighted link of the full view.
    #[must_use]
    pub fn link(&self) -> Option<usize> {
        match self.view() {
            View::Full { link } => link,
            View::Split(_) => None,
        }
    }

    /// Moves the split view's focus to the chronology, under any overlay.
    pub fn focus_list(&mut self) {
        match self {
            Self::Browse(View::Split(f))
            | Self::Help(View::Split(f))
            | Self::Search(View::Split(f), _)
            | Self::Picker(f, _)
            | Self::Year(f, _)
            | Self::Sources(f, _)
            | Self::Export(f, _) => *f = Focus::List,
            _ => {}
        }
    }

    /// Whether an overlay is open.
    #[must_use]
    pub fn overlaid(&self) -> bool {
        !matches!(self, Self::Browse(_))
    }
}
