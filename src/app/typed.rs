//! The line typed into a prompt, with a cursor, edited as a shell edits its command line:
//! the cursor counts characters (never bytes, so Cyrillic is safe) and the screen column is
//! their display width.

use super::Action;

/// What has been typed into a prompt, and where the cursor stands in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Typed {
    text: String,
    /// The cursor, in characters from the start (at most the text's length).
    cursor: usize,
}

impl Typed {
    /// A line holding `text`, the cursor at its end.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let cursor = text.chars().count();
        Self { text, cursor }
    }

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The cursor, in characters from the start.
    #[must_use]
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The text before the cursor.
    #[must_use]
    pub fn before(&self) -> &str {
        &self.text[..self.byte(self.cursor)]
    }

    /// The text from the cursor on.
    #[must_use]
    pub fn after(&self) -> &str {
        &self.text[self.byte(self.cursor)..]
    }

    /// The byte offset of a character position.
    fn byte(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Inserts a character at the cursor, unless the line already holds `max` characters.
    pub fn insert(&mut self, c: char, max: usize) {
        if self.text.chars().count() < max {
            let at = self.byte(self.cursor);
            self.text.insert(at, c);
            self.cursor += 1;
        }
    }

    /// Deletes the character before the cursor (`Backspace`).
    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.byte(self.cursor);
            self.text.remove(at);
        }
    }

    /// Deletes the character under the cursor (`Delete`).
    pub fn delete(&mut self) {
        let at = self.byte(self.cursor);
        if at < self.text.len() {
            self.text.remove(at);
        }
    }

    /// Moves the cursor one character left (`false`) or right (`true`).
    pub fn step(&mut self, right: bool) {
        let len = self.text.chars().count();
        self.cursor = if right {
            (self.cursor + 1).min(len)
        } else {
            self.cursor.saturating_sub(1)
        };
    }

    /// Moves the cursor to the start (`false`) or the end (`true`) of the line.
    pub fn jump(&mut self, end: bool) {
        self.cursor = if end { self.text.chars().count() } else { 0 };
    }

    /// Deletes from the start of the line to the cursor (`Ctrl-U`, as in a shell).
    pub fn clear_before(&mut self) {
        let at = self.byte(self.cursor);
        self.text.replace_range(..at, "");
        self.cursor = 0;
    }

    /// Deletes the word before the cursor and the spaces after it (`Ctrl-W`, as in a shell).
    pub fn delete_word(&mut self) {
        let before = self.before();
        let kept = before
            .trim_end()
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = before.len();
        self.text.replace_range(kept..end, "");
        self.cursor = self.text[..kept].chars().count();
    }

    /// Applies an editing action: `Some(true)` when the text changed, `Some(false)` when only
    /// the cursor moved, `None` when the action is not an edit. `max` bounds the length.
    pub fn edit(&mut self, action: &Action, max: usize) -> Option<bool> {
        let before = self.text.len();
        match action {
            Action::Input(c) => self.insert(*c, max),
            Action::Backspace => self.backspace(),
            Action::DeleteUnder => self.delete(),
            Action::ClearLine => self.clear_before(),
            Action::DeleteWord => self.delete_word(),
            Action::CursorLeft | Action::CursorRight => {
                self.step(matches!(action, Action::CursorRight));
                return Some(false);
            }
            Action::LineStart | Action::LineEnd => {
                self.jump(matches!(action, Action::LineEnd));
                return Some(false);
            }
            _ => return None,
        }
        Some(self.text.len() != before)
    }
}

impl std::ops::Deref for Typed {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl From<&str> for Typed {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl From<String> for Typed {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl PartialEq<&str> for Typed {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}
