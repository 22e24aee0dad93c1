//! Laid-out text that makes its lines when they are asked for: ready lines and wrapped
//! paragraphs ([`Para`]) one after another, so that drawing a screenful of a huge text
//! lays out a screenful, and its length is known without making any line.

use std::sync::Arc;

use ratatui::text::Line;

use super::wrap::{Para, borrowed};

#[derive(Debug, Clone)]
enum Block {
    Line(Line<'static>),
    Para(Arc<Para>),
}

/// Lines, some ready and some laid out when asked for.
#[derive(Debug, Clone, Default)]
pub struct Lines {
    /// Each block with the number of its first line.
    blocks: Vec<(usize, Block)>,
    len: usize,
}

impl Lines {
    /// How many lines there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Adds a ready line.
    pub fn push(&mut self, line: Line<'static>) {
        self.blocks.push((self.len, Block::Line(line)));
        self.len += 1;
    }

    /// Adds a wrapped paragraph, whose lines are made when asked for.
    pub fn para(&mut self, para: impl Into<Arc<Para>>) {
        let para = para.into();
        let n = para.len();
        self.blocks.push((self.len, Block::Para(para)));
        self.len += n;
    }

    /// Line `n`, borrowing its text.
    #[must_use]
    pub fn get(&self, n: usize) -> Option<Line<'_>> {
        if n >= self.len {
            return None;
        }
        let k = self.blocks.partition_point(|(first, _)| *first <= n) - 1;
        match &self.blocks[k] {
            (_, Block::Line(line)) => Some(borrowed(line)),
            (first, Block::Para(p)) => p.line(n - first),
        }
    }

    /// Up to `count` lines from line `top`: what a pane scrolled to `top` shows.
    #[must_use]
    pub fn range(&self, top: usize, count: usize) -> Vec<Line<'_>> {
        (top..self.len.min(top.saturating_add(count)))
            .filter_map(|n| self.get(n))
            .collect()
    }

    /// Every line, each made as it is reached.
    pub fn iter(&self) -> impl Iterator<Item = Line<'_>> + '_ {
        (0..self.len).filter_map(|n| self.get(n))
    }
}

impl Extend<Line<'static>> for Lines {
    fn extend<I: IntoIterator<Item = Line<'static>>>(&mut self, lines: I) {
        for line in lines {
            self.push(line);
        }
    }
}
