//! Word wrapping of styled text by display width, so line counts are known before drawing.
//! A paragraph ([`Para`]) is wrapped lazily: wrapping it keeps only where each line starts,
//! and a line's spans are made when it is drawn, so a huge text costs one pass and a few
//! bytes a line, never a span per word.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar as _, UnicodeWidthStr as _};

use crate::model::Text;

/// A run of text in one style.
type Piece = (String, Style);

/// A style run: where it ends (a byte offset, exclusive) and its style.
pub type Run = (usize, Style);

/// Where the wrapper puts what it lays out.
trait Sink<'a> {
    fn piece(&mut self, text: &'a str, style: Style);
    fn space(&mut self, style: Style);
    /// A line ends and the next starts at byte `resume`; `false` stops the wrapping.
    fn flush(&mut self, resume: usize) -> bool;
}

/// The parts of a word in one style each, none empty, without allocating.
struct Parts<'a> {
    runs: &'a [Run],
    k: usize,
    at: usize,
    end: usize,
}

impl<'a> Parts<'a> {
    fn new(runs: &'a [Run], word: Range<usize>) -> Self {
        let k = runs.partition_point(|&(end, _)| end <= word.start);
        Self {
            runs,
            k,
            at: word.start,
            end: word.end,
        }
    }
}

impl Iterator for Parts<'_> {
    type Item = (Range<usize>, Style);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let &(end, style) = self.runs.get(self.k).filter(|_| self.at < self.end)?;
            let part = self.at..end.min(self.end);
            self.at = part.end;
            self.k += 1;
            // An empty run (a style with no text) adds no span.
            if !part.is_empty() {
                return Some((part, style));
            }
        }
    }
}

/// Breaks at spaces, inside words longer than a line, and at `\n`. Started at any line's
/// start with fresh state, it lays out that line exactly as a pass from the beginning does:
/// after a line ends nothing is carried over but the place in the text.
struct Wrapper<'a, S> {
    text: &'a str,
    runs: &'a [Run],
    width: usize,
    used: usize,
    space: Option<Style>,
    pushed: bool,
    flushed: bool,
    stopped: bool,
    sink: S,
}

impl<'a, S: Sink<'a>> Wrapper<'a, S> {
    fn new(text: &'a str, runs: &'a [Run], width: usize, sink: S) -> Self {
        Self {
            text,
            runs,
            width,
            used: 0,
            space: None,
            pushed: false,
            flushed: false,
            stopped: false,
            sink,
        }
    }

    fn flush(&mut self, resume: usize) {
        self.used = 0;
        self.space = None;
        self.pushed = false;
        self.flushed = true;
        self.stopped = !self.sink.flush(resume);
    }

    fn push(&mut self, text: &'a str, style: Style) {
        self.used += text.width();
        self.pushed = true;
        self.sink.piece(text, style);
    }

    fn word(&mut self, word: Range<usize>) {
        let (text, runs) = (self.text, self.runs);
        let w: usize = Parts::new(runs, word.clone())
            .map(|(r, _)| text[r].width())
            .sum();
        let gap = usize::from(self.space.is_some() && self.used > 0);
        if self.used + gap + w > self.width && self.used > 0 {
            self.flush(word.start);
            if self.stopped {
                return;
            }
        } else if let Some(style) = self.space.take().filter(|_| self.used > 0) {
            self.used += 1;
            self.sink.space(style);
        }
        self.space = None;
        if self.used + w <= self.width {
            for (r, style) in Parts::new(runs, word) {
                self.push(&text[r], style);
            }
            return;
        }
        // Longer than a line: break inside the word, character by character.
        for (r, style) in Parts::new(runs, word) {
            let (mut chunk, mut chunk_w) = (r.start, 0);
            for (off, ch) in text[r.clone()].char_indices() {
                let at = r.start + off;
                let cw = ch.width().unwrap_or(0);
                if self.used + chunk_w + cw > self.width && (self.used > 0 || at > chunk) {
                    self.push(&text[chunk..at], style);
                    self.flush(at);
                    if self.stopped {
                        return;
                    }
                    (chunk, chunk_w) = (at, 0);
                }
                chunk_w += cw;
            }
            if chunk < r.end {
                self.push(&text[chunk..r.end], style);
            }
        }
    }

    /// Lays out the text from byte `from` (a line's start) to its end, or until stopped.
    fn run(&mut self, from: usize) {
        let text = self.text;
        let mut word = None;
        for (off, ch) in text[from..].char_indices() {
            let at = from + off;
            if !ch.is_whitespace() {
                word.get_or_insert(at);
                continue;
            }
            if let Some(start) = word.take() {
                self.word(start..at);
                if self.stopped {
                    return;
                }
            }
            if ch == '\n' {
                self.flush(at + 1);
                if self.stopped {
                    return;
                }
            } else {
                let k = self.runs.partition_point(|&(end, _)| end <= at);
                self.space = Some(self.runs.get(k).map_or_else(Style::new, |r| r.1));
            }
        }
        if let Some(start) = word {
            self.word(start..text.len());
            if self.stopped {
                return;
            }
        }
        if self.pushed || !self.flushed {
            self.flush(text.len());
        }
    }
}

/// Records where each line starts.
struct Starts(Vec<usize>);

impl Sink<'_> for Starts {
    fn piece(&mut self, _: &str, _: Style) {}
    fn space(&mut self, _: Style) {}
    fn flush(&mut self, resume: usize) -> bool {
        self.0.push(resume);
        true
    }
}

/// Collects spans into lines, borrowing the text: all of them, or (`one`) only the first.
struct Collect<'a> {
    lines: Vec<Line<'a>>,
    line: Vec<Span<'a>>,
    one: bool,
}

impl<'a> Sink<'a> for Collect<'a> {
    fn piece(&mut self, text: &'a str, style: Style) {
        self.line.push(Span::styled(text, style));
    }
    fn space(&mut self, style: Style) {
        self.line.push(Span::styled(" ", style));
    }
    fn flush(&mut self, _: usize) -> bool {
        self.lines.push(Line::from(std::mem::take(&mut self.line)));
        !self.one
    }
}

/// Styled text wrapped to a width, its lines made one at a time when asked for.
#[derive(Clone)]
pub struct Para {
    text: Text,
    runs: Vec<Run>,
    width: usize,
    /// Starts the first line; every later line is indented by its width.
    prefix: Option<Span<'static>>,
    /// Where each line starts in the text.
    starts: Vec<usize>,
}

impl std::fmt::Debug for Para {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Para({} bytes, {} lines)", self.text.len(), self.len())
    }
}

impl Para {
    /// Wraps `text`, styled by `runs` (which cover it in order), into lines of `width`
    /// columns, or beside a `prefix` in what is left of them. Nothing is copied: a [`Text`]
    /// that views the file stays a view.
    #[must_use]
    pub fn new(text: Text, runs: Vec<Run>, width: usize, prefix: Option<Span<'static>>) -> Self {
        let indent = prefix.as_ref().map_or(0, Span::width);
        let width = width.saturating_sub(indent).max(1);
        let mut w = Wrapper::new(&text, &runs, width, Starts(vec![0]));
        w.run(0);
        let mut starts = w.sink.0;
        // The last entry is where a line after the last would start.
        starts.pop();
        Self {
            text,
            runs,
            width,
            prefix,
            starts,
        }
    }

    /// Wraps styled pieces, as [`Para::new`] (their text is copied into one).
    #[must_use]
    pub fn pieces(pieces: Vec<Piece>, width: usize, prefix: Option<Span<'static>>) -> Self {
        let mut text = String::new();
        let mut runs = Vec::with_capacity(pieces.len());
        for (t, style) in pieces {
            text.push_str(&t);
            runs.push((text.len(), style));
        }
        Self::new(Text::from(text), runs, width, prefix)
    }

    /// Whether it is `text` styled by `runs` at `width` with no prefix, as [`Para::new`]
    /// would wrap it: the same text by identity, so the check costs nothing.
    #[must_use]
    pub fn wraps(&self, text: &Text, runs: &[Run], width: usize) -> bool {
        self.prefix.is_none()
            && self.width == width.max(1)
            && std::ptr::eq(self.text.as_str(), text.as_str())
            && self.runs == runs
    }

    /// How many lines it takes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether it takes no line (never: even empty text takes one).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    fn lead(&self, n: usize, line: &mut Line<'_>) {
        if let Some(prefix) = &self.prefix {
            let lead = if n == 0 {
                prefix.clone()
            } else {
                Span::raw(" ".repeat(prefix.width()))
            };
            line.spans.insert(0, lead);
        }
    }

    /// Line `n`, laid out from where it starts (its spans borrow the text).
    #[must_use]
    pub fn line(&self, n: usize) -> Option<Line<'_>> {
        let from = *self.starts.get(n)?;
        let sink = Collect {
            lines: Vec::new(),
            line: Vec::new(),
            one: true,
        };
        let mut w = Wrapper::new(&self.text, &self.runs, self.width, sink);
        w.run(from);
        let mut line = w.sink.lines.pop().unwrap_or_default();
        self.lead(n, &mut line);
        Some(line)
    }

    /// Every line, in one pass.
    #[must_use]
    pub fn all(&self) -> Vec<Line<'_>> {
        let sink = Collect {
            lines: Vec::new(),
            line: Vec::new(),
            one: false,
        };
        let mut w = Wrapper::new(&self.text, &self.runs, self.width, sink);
        w.run(0);
        let mut lines = w.sink.lines;
        for (n, line) in lines.iter_mut().enumerate() {
            self.lead(n, line);
        }
        lines
    }
}

/// Wraps styled pieces into lines of at most `width` columns, breaking at spaces, inside
/// words longer than a line, and at `\n`.
#[must_use]
pub fn wrap(pieces: Vec<Piece>, width: usize) -> Vec<Line<'static>> {
    let para = Para::pieces(pieces, width, None);
    para.all().into_iter().map(owned).collect()
}

/// Wraps pieces beside a fixed-width prefix (a label or a quote bar): the prefix starts the
/// first line and every later line is indented by its width.
#[must_use]
pub fn hang(prefix: &Span<'static>, pieces: Vec<Piece>, width: usize) -> Vec<Line<'static>> {
    let para = Para::pieces(pieces, width, Some(prefix.clone()));
    para.all().into_iter().map(owned).collect()
}

/// A line that owns its text.
#[must_use]
pub fn owned(line: Line<'_>) -> Line<'static> {
    let spans: Vec<Span<'static>> = line
        .spans
        .into_iter()
        .map(|s| Span::styled(s.content.into_owned(), s.style))
        .collect();
    let mut out = Line::from(spans).style(line.style);
    out.alignment = line.alignment;
    out
}

/// A line that borrows another's text.
#[must_use]
pub fn borrowed<'a>(line: &'a Line<'_>) -> Line<'a> {
    let spans: Vec<Span<'a>> = line
        .spans
        .iter()
        .map(|s| Span::styled(s.content.as_ref(), s.style))
        .collect();
    let mut out = Line::from(spans).style(line.style);
    out.alignment = line.alignment;
    out
}

#[cfg(test)]
mod tests;
