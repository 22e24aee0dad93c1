//! What the explorer shows, as one value: the screen underneath (split or full) and
//! whatever sits on top of it (the search prompt, or a popup with its own state); the key
//! context is derived from it alone.

use super::{Context, Overlay, Typed};

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
    /// The search prompt in the footer of a screen, with what has been typed.
    Search(Screen, Typed),
    /// A popup over a screen, with its own state. The help and the citation menu open over
    /// either screen; the picker, the date prompt, the sources view and the export formats
    /// open from the split screen, whose keys bind them.
    Over(Screen, Overlay),
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
            Self::Browse(v) | Self::Search(v, _) | Self::Over(v, _) => *v,
        }
    }

    /// The popup open over the screen, if one is.
    #[must_use]
    pub fn overlay(&self) -> Option<&Overlay> {
        match self {
            Self::Over(_, o) => Some(o),
            _ => None,
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
            Self::Over(_, o) => o.context(),
            Self::Search(..) => Context::Prompt,
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
        if let Self::Browse(Screen::Split(f))
        | Self::Search(Screen::Split(f), _)
        | Self::Over(Screen::Split(f), _) = self
        {
            *f = Focus::List;
        }
    }

    /// Whether a popup or a prompt is open.
    #[must_use]
    pub fn overlaid(&self) -> bool {
        !matches!(self, Self::Browse(_))
    }
}
