//! What the explorer shows, as one value: the screen underneath (split or full) and
//! whatever sits on top of it. Combinations that cannot happen cannot be written, and the
//! key context is derived from it alone.

use super::{Context, Typed};

/// Which pane of the split screen has focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The chronology.
    List,
    /// The detail pane.
    Detail,
}

/// The screen under any overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The chronology beside the detail pane, one of them focused.
    Split(Focus),
    /// The detail alone on the full screen, with the highlighted link if any.
    Full {
        /// The highlighted link, numbered across the case thread and the related events.
        link: Option<usize>,
    },
}

/// What the explorer shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// A screen with nothing on top.
    Browse(Screen),
    /// The key help over a screen.
    Help(Screen),
    /// The search prompt over a screen, with what has been typed.
    Search(Screen, Typed),
    /// The kind and tag picker over the split screen, with its cursor.
    Picker(Focus, usize),
    /// The date prompt over the split screen, with what has been typed.
    Year(Focus, Typed),
    /// The sources view over the split screen (its state, kept between openings, is the
    /// app's [`SourcesView`](super::SourcesView)).
    Sources(Focus),
    /// The export formats over the split screen, with its cursor.
    Export(Focus, usize),
    /// The citation menu (`y`) over a screen, with its cursor.
    Cite(Screen, usize),
}

impl Default for Mode {
    fn default() -> Self {
        Self::Browse(Screen::Split(Focus::List))
    }
}

impl Mode {
    /// The screen underneath.
    #[must_use]
    pub fn screen(&self) -> Screen {
        match self {
            Self::Browse(v) | Self::Help(v) | Self::Search(v, _) | Self::Cite(v, _) => *v,
            Self::Picker(f, _) | Self::Year(f, _) | Self::Sources(f) | Self::Export(f, _) => {
                Screen::Split(*f)
            }
        }
    }

    /// The same screen with nothing on top.
    #[must_use]
    pub fn closed(&self) -> Self {
        Self::Browse(self.screen())
    }

    /// What keys mean now; typing the sources view's filter, which the mode does not know
    /// of, is the prompt context ([`App::context`](super::App::context)).
    #[must_use]
    pub fn context(&self) -> Context {
        match self {
            Self::Help(_) => Context::Help,
            Self::Picker(..) | Self::Export(..) | Self::Cite(..) => Context::Picker,
            Self::Sources(..) => Context::Sources,
            Self::Year(..) | Self::Search(..) => Context::Prompt,
            Self::Browse(Screen::Full { .. }) => Context::Detail,
            Self::Browse(Screen::Split(_)) => Context::List,
        }
    }

    /// Whether the full screen is the one underneath.
    #[must_use]
    pub fn full(&self) -> bool {
        matches!(self.screen(), Screen::Full { .. })
    }

    /// The focused pane; the full screen counts as the detail.
    #[must_use]
    pub fn focus(&self) -> Focus {
        match self.screen() {
            Screen::Split(f) => f,
            Screen::Full { .. } => Focus::Detail,
        }
    }

    /// The highlighted link of the full screen.
    #[must_use]
    pub fn link(&self) -> Option<usize> {
        match self.screen() {
            Screen::Full { link } => link,
            Screen::Split(_) => None,
        }
    }

    /// Moves the split screen's focus to the chronology, under any overlay.
    pub fn focus_list(&mut self) {
        match self {
            Self::Browse(Screen::Split(f))
            | Self::Help(Screen::Split(f))
            | Self::Search(Screen::Split(f), _)
            | Self::Cite(Screen::Split(f), _)
            | Self::Picker(f, _)
            | Self::Year(f, _)
            | Self::Sources(f)
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
