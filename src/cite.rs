//! Citations in Markdown: escaping file text for CommonMark/GFM, checked links, and the
//! ready citation of one event that the explorer copies (`y`).

use std::fmt::Write as _;

use crate::model::{EventIx, Source, Timeline};
use crate::present;
use crate::text::linkable;
use crate::words::Words;

/// Characters escaped wherever they stand: inline markup, HTML, entities, tables and
/// strike-through.
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&'];

/// Characters escaped only as the first of a piece of text, where they could open a list,
/// a heading underline or a block.
const AT_START: &[char] = &['-', '+', '='];

/// Makes a piece of file text literal CommonMark/GFM text on one line.
///
/// Control and bidi characters become visible stand-ins ([`crate::text::sanitize`]) and line
/// breaks spaces; markup characters are backslash-escaped; a list number (`1.`, `2)`) at the
/// start is escaped; a space at either end is written `&#32;` so that it is neither stripped
/// nor read as indentation.
#[must_use]
pub fn escape(text: &str) -> String {
    let clean = crate::text::sanitize_multiline(text).replace('\n', " ");
    let digits = clean.bytes().take_while(u8::is_ascii_digit).count();
    let number_mark =
        (1..=9).contains(&digits) && matches!(clean.as_bytes().get(digits), Some(b'.' | b')'));
    let last = clean.chars().count().saturating_sub(1);
    let mut out = String::with_capacity(clean.len() + 8);
    for (i, ch) in clean.chars().enumerate() {
        if ch == ' ' && (i == 0 || i == last) {
            out.push_str("&#32;");
            continue;
        }
        if ALWAYS.contains(&ch)
            || (i == 0 && AT_START.contains(&ch))
            || (number_mark && i == digits)
        {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// An address as an autolink when [`linkable`], otherwise as escaped plain text.
#[must_use]
pub fn address(url: &str) -> String {
    if linkable(url) {
        format!("<{url}>")
    } else {
        escape(url)
    }
}

/// The first sentence of a summary, for a one-line citation.
fn first_sentence(text: &str) -> &str {
    let flat = text.trim();
    flat.char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && flat[i + c.len_utf8()..].starts_with([' ', '\n'])
        })
        .map_or(flat, |(i, c)| &flat[..i + c.len_utf8()])
}

/// How a citation is written: Markdown (what the explorer's `y` copies) or the same words
/// as plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// CommonMark/GFM: the heading in bold, file text escaped, addresses as autolinks.
    Markdown,
    /// The same lines without Markdown: file text on one line, addresses as written.
    Text,
}

impl Style {
    /// A piece of file text on one line, literal in this style.
    fn text(self, text: &str) -> String {
        match self {
            Self::Markdown => escape(text),
            Self::Text => crate::text::sanitize_multiline(text).replace('\n', " "),
        }
    }

    /// An address in this style.
    fn address(self, url: &str) -> String {
        match self {
            Self::Markdown => address(url),
            Self::Text => self.text(url),
        }
    }
}

/// A ready citation of one event in Markdown: its date and title, a one-line summary, and
/// each quoted source with its title and address, plus the event's id for `timeline show`.
#[must_use]
pub fn citation(t: &Timeline, index: EventIx, w: &dyn Words) -> String {
    citation_in(t, index, w, Style::Markdown, None)
}

/// The citation of one event in a style, through every quoted source or, with `only`, the
/// one whose id it is (`timeline cite`).
#[must_use]
pub fn citation_in(
    t: &Timeline,
    index: EventIx,
    w: &dyn Words,
    style: Style,
    only: Option<&str>,
) -> String {
    let e = &t.events[index];
    let lang = w.lang();
    let (when, title, summary) = (
        present::event_when(w, e),
        style.text(e.title_in(lang).trim_end_matches('.')),
        style.text(first_sentence(e.summary_in(lang))),
    );
    let mut out = match style {
        Style::Markdown => format!("**{when} — {title}.** {summary}\n"),
        Style::Text => format!("{when} — {title}. {summary}\n"),
    };
    let mut seen: Vec<&str> = Vec::new();
    for x in t.excerpts_in(e, lang) {
        if seen.contains(&x.source.as_str()) || only.is_some_and(|o| o != x.source.as_str()) {
            continue;
        }
        seen.push(&x.source);
        let Some(s) = t.source(&x.source) else {
            continue;
        };
        let _ = write!(out, "- {}", source_citation_in(s, w, style));
        out.push('\n');
    }
    let _ = match style {
        Style::Markdown => writeln!(out, "(`{}`)", e.id),
        Style::Text => writeln!(out, "({})", e.id),
    };
    out
}

/// One source cited on one line in Markdown: its title in quotes, publisher, author, date
/// and address, as each event's citation lists it (`y` in the sources view copies it).
#[must_use]
pub fn source_citation(s: &Source, w: &dyn Words) -> String {
    source_citation_in(s, w, Style::Markdown)
}

/// One source cited on one line in a style: its title in quotes, publisher, author, date
/// and address.
#[must_use]
pub fn source_citation_in(s: &Source, w: &dyn Words, style: Style) -> String {
    let lang = w.lang();
    let (open, close) = w.quotes();
    let mut line = format!("{open}{}{close}", style.text(s.title_in(lang)));
    for part in [s.publisher_in(lang), s.author_in(lang)]
        .into_iter()
        .flatten()
    {
        let _ = write!(line, ", {}", style.text(part));
    }
    if let Some(d) = s.date {
        let _ = write!(line, ", {}", present::date(w, d));
    }
    if let Some(url) = &s.url {
        let _ = write!(line, ": {}", style.address(url));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(first_sentence("No stop"), "No stop");
    }
}
