//! Diagnostics: problems found in a file, located by line and column.

use std::fmt;

/// One problem in a file, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong, in one sentence.
    pub message: String,
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
    pub fn at(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.locate(offset);
        Diagnostic {
            line,
            column,
            message: message.into(),
        }
    }
}

/// Why a file could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all: one sentence naming the path.
    Unreadable(String),
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
        self.to_string()
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(sentence) => f.write_str(sentence),
            Self::Invalid { file, diagnostics } => {
                for (i, d) in diagnostics.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{file}:{}:{}: {}", d.line, d.column, d.message)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}
