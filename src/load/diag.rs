//! Diagnostics: problems found in a file, located by line and column.

use std::fmt;

use crate::words::{English, Problem, ProblemWords as _, Words};

/// One problem in a file, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong, as data each language words: worded only when shown, so that a file
    /// with tens of thousands of warnings holds no sentence it does not print.
    pub problem: Problem,
}

impl Diagnostic {
    /// What is wrong, in one English sentence.
    #[must_use]
    pub fn message(&self) -> String {
        English.problem(&self.problem)
    }

    /// What is wrong, in the language of `w`.
    #[must_use]
    pub fn message_in(&self, w: &dyn Words) -> String {
        w.problem(&self.problem)
    }
}

/// Turns byte offsets into lines and columns.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Where each line starts: 32-bit, as no file of 4 GiB or more is read.
    starts: Vec<u32>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
            .collect();
        Self { text, starts }
    }

    /// The 1-based line and column of a byte offset.
    #[must_use]
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self
            .starts
            .partition_point(|&s| s as usize <= offset)
            .max(1);
        let start = self.starts[line - 1] as usize;
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// A diagnostic at a byte offset.
    #[must_use]
    pub fn at(&self, offset: usize, problem: Problem) -> Diagnostic {
        let (line, column) = self.locate(offset);
        Diagnostic {
            line,
            column,
            problem,
        }
    }
}

/// Turns byte offsets into lines and columns as [`LineIndex`] does, in one pass over the
/// text for offsets in ascending order, holding no index: the warnings of a large file are
/// located so, in file order, where the index of its line starts took megabytes.
#[derive(Debug)]
pub struct LineWalk<'a> {
    text: &'a str,
    /// How far the text has been read.
    at: usize,
    /// The 1-based line `at` is on.
    line: usize,
    /// Where that line starts.
    start: usize,
}

impl<'a> LineWalk<'a> {
    /// A walk from the start of `text`.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            at: 0,
            line: 1,
            start: 0,
        }
    }

    /// The 1-based line and column of a byte offset: quick when offsets come in ascending
    /// order, right in any order (an earlier offset starts the walk again).
    pub fn locate(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        if offset < self.at {
            *self = Self::new(self.text);
        }
        let skipped = &self.text.as_bytes()[self.at..offset];
        for newline in memchr::memchr_iter(b'\n', skipped) {
            self.line += 1;
            self.start = self.at + newline + 1;
        }
        self.at = offset;
        let column = self
            .text
            .get(self.start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (self.line, column)
    }
}

/// The most problems listed for one file: past them only their number is told, so a file of
/// millions of broken lines is reported as quickly, and in as little memory, as a short one.
pub const MAX_PROBLEMS: usize = 300;

/// Why a file could not be loaded.
#[derive(Debug, Clone)]
pub enum LoadError {
    /// The file could not be read at all: what stopped it, naming the path.
    Unreadable(Problem),
    /// The file was read but holds problems, every one of them, in file order.
    Invalid {
        /// The file's name as given by the user.
        file: String,
        /// The problems, at most [`MAX_PROBLEMS`] of them.
        diagnostics: Vec<Diagnostic>,
        /// How many more problems were found than are listed.
        omitted: usize,
    },
}

impl LoadError {
    /// The problems of a file, in file order, keeping the first [`MAX_PROBLEMS`] and the
    /// number of the rest.
    #[must_use]
    pub fn invalid(file: String, mut diagnostics: Vec<Diagnostic>) -> Self {
        let omitted = diagnostics.len().saturating_sub(MAX_PROBLEMS);
        diagnostics.truncate(MAX_PROBLEMS);
        Self::Invalid {
            file,
            diagnostics,
            omitted,
        }
    }

    /// How many problems the file has, listed or not (one for a file that cannot be read).
    #[must_use]
    pub fn count(&self) -> usize {
        match self {
            Self::Invalid {
                diagnostics,
                omitted,
                ..
            } => (diagnostics.len() + omitted).max(1),
            Self::Unreadable(_) => 1,
        }
    }

    /// The first problem as `FILE:LINE:COLUMN: message`, or the reason the file is unreadable.
    #[must_use]
    pub fn first(&self) -> String {
        self.first_in(&English)
    }

    /// Like [`LoadError::first`], in the language of `w`.
    #[must_use]
    pub fn first_in(&self, w: &dyn Words) -> String {
        match self {
            Self::Unreadable(problem) => w.problem(problem),
            Self::Invalid {
                file, diagnostics, ..
            } => diagnostics
                .first()
                .map(|d| located(file, d, w))
                .unwrap_or_default(),
        }
    }

    /// Every listed problem, one `FILE:LINE:COLUMN: message` a line, in the language of
    /// `w`, and how many more there are when some are not listed.
    #[must_use]
    pub fn render(&self, w: &dyn Words) -> String {
        match self {
            Self::Unreadable(problem) => w.problem(problem),
            Self::Invalid {
                file,
                diagnostics,
                omitted,
            } => diagnostics
                .iter()
                .map(|d| located(file, d, w))
                .chain((*omitted > 0).then(|| w.more_problems(*omitted)))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// `FILE:LINE:COLUMN: message`.
fn located(file: &str, d: &Diagnostic, w: &dyn Words) -> String {
    format!("{file}:{}:{}: {}", d.line, d.column, d.message_in(w))
}

impl fmt::Display for LoadError {
    /// Every problem in English, one a line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&English))
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_walk_locates_every_offset_as_the_index_does_in_any_order() {
        let text = "a = 1\n\nтитул = \"ё\"\r\n  x\n\n";
        let index = LineIndex::new(text);
        let offsets: Vec<usize> = (0..=text.len() + 2)
            .filter(|&at| at >= text.len() || text.is_char_boundary(at))
            .collect();
        let mut walk = LineWalk::new(text);
        for &at in offsets.iter().chain(offsets.iter().rev()).chain(&offsets) {
            assert_eq!(walk.locate(at), index.locate(at), "offset {at}");
        }
    }
}
