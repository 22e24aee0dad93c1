//! The two popups that are not lists: the key help (`?`), a scroll over its lines that never
//! passes the last screenful as the last frame laid the help out, and the date prompt
//! (`d`), a typed line that Enter asks the app to go to.

use super::{Outcome, moved};
use crate::app::{Action, DrawnHelp, Typed};
use crate::view::layout::scroll_top;

/// The help's state: how far it is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HelpPager {
    /// The first row shown.
    pub top: usize,
}

impl HelpPager {
    /// Applies a key's action; `drawn` is how the last frame laid the help out, if it did.
    pub fn handle(&mut self, action: &Action, page: usize, drawn: Option<DrawnHelp>) -> Outcome {
        if let Action::Back = action {
            return Outcome::Close;
        }
        // The scroll moves like a cursor over an unbounded list, then the last screenful
        // bounds it (a help not drawn yet is clamped by its first frame, by the same rule).
        if let Some(to) = moved(action, self.top, usize::MAX, page) {
            self.top = to;
        }
        if let Some(h) = drawn {
            self.top = scroll_top(self.top, h.rows, h.shown);
        }
        Outcome::Stay
    }
}

/// The longest date the prompt takes, in characters.
const LONGEST: usize = 32;

/// The date prompt's state: what has been typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct YearPrompt {
    /// The typed line.
    pub text: Typed,
}

impl From<&str> for YearPrompt {
    fn from(text: &str) -> Self {
        Self {
            text: Typed::new(text),
        }
    }
}

impl YearPrompt {
    /// Applies a key's action.
    pub fn handle(&mut self, action: &Action) -> Outcome {
        match action {
            Action::Submit => Outcome::Jump,
            Action::Cancel => Outcome::Close,
            _ => {
                self.text.edit(action, LONGEST);
                Outcome::Stay
            }
        }
    }
}
