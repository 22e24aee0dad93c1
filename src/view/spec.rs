//! The detail text's input (`Spec`: which event, how it is searched, which link is
//! highlighted) and its laid-out result (`Detail`: the lines, the addresses drawn as links
//! and the line of each numbered link), shared by the detail text and the case table.

use std::sync::Arc;

use ratatui::style::Style;
use ratatui::text::Span;

use super::Theme;
use super::lines::Lines;
use super::wrap::Para;
use crate::model::{EventIx, Timeline};
use crate::words::Words;

/// A run of text and its style.
type Piece = (String, Style);

/// What the detail text shows.
#[derive(Debug, Clone)]
pub struct Spec<'a> {
    /// The chronology.
    pub timeline: &'a Timeline,
    /// The event, or none when no event is visible.
    pub index: Option<EventIx>,
    /// The folded query whose matches are highlighted.
    pub query: Option<String>,
    /// The highlighted link, on the full screen.
    pub link: Option<usize>,
    /// The styles.
    pub theme: Theme,
    /// The words.
    pub words: &'static dyn Words,
    /// Whether addresses and case outcomes stand whole however wide (`timeline show`),
    /// rather than cut with `…` to the width (the screen).
    pub whole: bool,
}

/// A source's address as drawn on one line of the detail text, for the terminal to make a
/// hyperlink of: the line, the columns it takes there, and the checked `http(s)` address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkSpan {
    /// The line of the detail text.
    pub line: usize,
    /// The first column of the address on that line.
    pub start: usize,
    /// The column after its last.
    pub end: usize,
    /// The address, as the file gives it; always [`crate::text::linkable`].
    pub url: String,
}

/// The detail text of an event, where on it the sources' addresses are drawn, and where
/// each numbered link stands.
#[derive(Debug, Clone, Default)]
pub struct Detail {
    /// The lines, laid out as they are asked for.
    pub lines: Lines,
    /// The addresses that can be links.
    pub links: Vec<LinkSpan>,
    /// The line of each numbered link (the events of the case, the related events, then the
    /// quoted sources, as the full screen's `Tab` counts them): its first line.
    pub link_lines: Vec<usize>,
    /// The lines of each quoted source's block (its quotation, attribution, note and
    /// address), in the order of its links: what a click on one of them highlights.
    pub source_blocks: Vec<std::ops::Range<usize>>,
    /// The summary's layout, for the next layout to take again.
    pub(super) summary: Option<Arc<Para>>,
}

impl Detail {
    /// Notes that link `n` starts on the next line.
    pub(super) fn mark_link(&mut self, n: usize) {
        if self.link_lines.len() <= n {
            self.link_lines.resize(n + 1, 0);
        }
        self.link_lines[n] = self.lines.len();
    }

    pub(super) fn wrap(&mut self, pieces: Vec<Piece>, width: usize) {
        self.lines.para(Para::pieces(pieces, width, None));
    }

    pub(super) fn hang(&mut self, prefix: Span<'static>, pieces: Vec<Piece>, width: usize) {
        self.lines.para(Para::pieces(pieces, width, Some(prefix)));
    }
}
