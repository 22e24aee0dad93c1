//! Diagnostics: problems found in a file, located by line and column.

use std::borrow::Cow;
use std::fmt;

use crate::words::{English, Lang, Problem, ProblemWords as _, Words};

/// One problem in a file, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong, in one English sentence: [`Diagnostic::message_in`] for another language.
    pub message: String,
    /// What is wrong, as data each language words.
    pub problem: Problem,
}

impl Diagnostic {
    /// What is wrong, in the language of `w`.
    #[must_use]
    pub fn message_in(&self, w: &dyn Words) -> Cow<'_, str> {
        if w.lang() == Lang::En {
            Cow::Borrowed(&self.message)
        } else {
            Cow::Owned(w.problem(&self.problem))
        }
    }
}

/// Turns byte offsets into lines and columns.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    /// The 1-based line and column of a byte offset.
    #[must_use]
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
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
            message: English.problem(&problem),
            problem,
        }
    }
}

/// Why a file could not be loaded.
#[derive(Debug, Clone)]
pub enum LoadError {
    /// The file could not be read at all: what stopped it, naming the path.
    Unreadable(Problem),
    /// The file was read but holds problems, every one of them, in file order.
    Invalid {
        /// The file's name as given by the user.
        file: String,
        /// The problems.
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    /// How many problems the file has (one for a file that cannot be read).
    #[must_use]
    pub fn count(&self) -> usize {
        match self {
            Self::Invalid { diagnostics, .. } => diagnostics.len().max(1),
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
            Self::Invalid { file, diagnostics } => diagnostics
                .first()
                .map(|d| located(file, d, w))
                .unwrap_or_default(),
        }
    }

    /// Every problem, one `FILE:LINE:COLUMN: message` a line, in the language of `w`.
    #[must_use]
    pub fn render(&self, w: &dyn Words) -> String {
        match self {
            Self::Unreadable(problem) => w.problem(problem),
            Self::Invalid { file, diagnostics } => diagnostics
                .iter()
                .map(|d| located(file, d, w))
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
