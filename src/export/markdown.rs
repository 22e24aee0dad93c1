//! The Markdown export: a citation-ready chronology with year headings, block-quoted
//! excerpts, numbered references and a references list.

use std::fmt::Write as _;

use crate::model::{Source, Timeline};
use crate::present;
use crate::words::{Phrase, Words};

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

/// Whether an address may be written as a link: an `http` or `https` scheme and no
/// whitespace, angle bracket, control or bidi character.
#[must_use]
pub fn linkable(url: &str) -> bool {
    let scheme = url.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    matches!(scheme.as_deref(), Some("http" | "https"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || crate::text::is_hazard(c))
}

/// An address as an autolink when [`linkable`], otherwise as escaped plain text.
fn address(url: &str) -> String {
    if linkable(url) {
        format!("<{url}>")
    } else {
        escape(url)
    }
}

/// One reference: author, title, publisher, date, address.
fn reference(w: &dyn Words, s: &Source) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &s.author {
        parts.push(escape(a));
    }
    parts.push(format!("“{}”", escape(&s.title)));
    if let Some(p) = &s.publisher {
        parts.push(format!("*{}*", escape(p)));
    }
    if let Some(d) = s.date {
        parts.push(present::date(w, d));
    }
    let mut out = parts.join(", ");
    if let Some(url) = &s.url {
        let _ = write!(out, ". {}", address(url));
    }
    out
}

/// Renders the chosen events in a language. A selection says it is one, and only the whole
/// chronology carries the "do not edit" line of a generated file.
#[must_use]
pub fn render(t: &Timeline, chosen: &[usize], w: &dyn Words) -> String {
    let ru = w.lang() == crate::words::Lang::Ru;
    let mut out = format!("# {}\n\n", escape(t.meta.title_in(ru)));
    let intro = w.chronology_intro(
        &escape(t.meta.subject_in(ru)),
        &present::date(w, t.meta.from),
        &present::date(w, t.meta.to),
    );
    let _ = writeln!(out, "{intro}\n");
    if chosen.len() == t.events.len() {
        let _ = writeln!(out, "{}\n", w.phrase(Phrase::Generated));
    } else {
        let _ = writeln!(out, "{}\n", w.subset_note(chosen.len(), t.events.len()));
    }
    let mut cited: Vec<&str> = Vec::new();
    let mut year = None;
    for &i in chosen {
        let e = &t.events[i];
        if year != Some(e.date.year_num()) {
            year = Some(e.date.year_num());
            let _ = writeln!(out, "## {}\n", e.date.year_num());
        }
        let _ = writeln!(
            out,
            "### {} — {}\n",
            present::event_when(w, e),
            escape(e.title_in(ru))
        );
        let mut facts = vec![format!("*{}*", w.kind(e.kind))];
        if let Some(p) = e.place_in(ru) {
            facts.push(escape(p));
        }
        let _ = writeln!(out, "{}\n", facts.join(" · "));
        let _ = writeln!(out, "{}\n", escape(e.summary_in(ru)));
        if let Some(legal) = &e.legal {
            for (field, value) in legal.fields() {
                let _ = writeln!(out, "- **{}:** {}", w.legal(field), escape(value));
            }
            out.push('\n');
        }
        if let Some(d) = e.disputed_in(ru) {
            let _ = writeln!(
                out,
                "**{}** {}\n",
                w.phrase(Phrase::Disputed).trim_end(),
                escape(d)
            );
        }
        if e.single_source {
            let source = e.excerpts.first().map_or("", |x| x.source.as_str());
            let title = t.source(source).map_or(source, |s| s.title.as_str());
            let _ = writeln!(
                out,
                "**{}** {}\n",
                w.phrase(Phrase::SingleSource).trim_end(),
                escape(&w.single_source(title))
            );
        }
        for x in &e.excerpts {
            let n = if let Some(p) = cited.iter().position(|s| *s == x.source) {
                p + 1
            } else {
                cited.push(&x.source);
                cited.len()
            };
            let _ = writeln!(out, "> {} \\[{n}\\]\n", escape(&x.text));
        }
    }
    if !cited.is_empty() {
        let _ = writeln!(out, "## {}\n", w.phrase(Phrase::References));
        for (n, id) in cited.iter().enumerate() {
            if let Some(s) = t.source(id) {
                let _ = writeln!(out, "{}. {}", n + 1, reference(w, s));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_starts_are_escaped() {
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("12) item"), "12\\) item");
        assert_eq!(escape("2024. A year"), "2024\\. A year");
        assert_eq!(escape("1994–2002 — a span"), "1994–2002 — a span");
        assert_eq!(escape("    code"), "&#32;   code");
        assert_eq!(escape("a - b = c "), "a - b = c&#32;");
    }

    #[test]
    fn markup_html_and_entities_are_escaped() {
        assert_eq!(escape("~~x~~ &amp; <b>"), "\\~\\~x\\~\\~ \\&amp; \\<b\\>");
        assert_eq!(escape("a\nb\u{1b}"), "a b\u{241b}");
    }

    #[test]
    fn only_plain_http_addresses_are_links() {
        assert!(linkable("https://example.org/a?b=1&c=(2)"));
        assert!(linkable("HTTP://EXAMPLE.ORG"));
        for bad in [
            "javascript:alert(1)",
            "https://a.org/\t<img>",
            "https://a.org/a b",
            "https://a.org/\u{202e}",
            "ftp://a.org",
        ] {
            assert!(!linkable(bad), "{bad}");
            assert!(!address(bad).starts_with('<'), "{bad}");
        }
    }
}
