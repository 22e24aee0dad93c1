//! HTML fragments shared by the page and the `TimelineJS` export: escaping, links, source
//! attributions and the body of one event.

use std::fmt::Write as _;

use super::labels::Labels;
use crate::model::{Event, Source, Timeline};

/// Makes file text literal HTML text, safe in element content and in quoted attributes:
/// a CRLF becomes a line feed, every other control or bidi character its visible stand-in
/// ([`crate::text::sanitize`]), `& < > " '` character references, and each line feed `<br>`.
#[must_use]
pub fn text(s: &str) -> String {
    let s = s.replace("\r\n", "\n");
    let clean = crate::text::sanitize_multiline(&s);
    let mut out = String::with_capacity(clean.len() + 16);
    for ch in clean.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// A link to `url` around already escaped `inner` when the address is plain `http(s)`
/// ([`crate::export::markdown::linkable`]); otherwise `inner` alone.
#[must_use]
pub fn link(url: Option<&str>, inner: &str) -> String {
    match url {
        Some(u) if crate::export::markdown::linkable(u) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{inner}</a>",
            text(u)
        ),
        _ => inner.to_owned(),
    }
}

/// A source's attribution: author, linked title, publisher, date.
#[must_use]
pub fn attribution(s: &Source, l: &Labels) -> String {
    let mut parts = Vec::new();
    if let Some(a) = s.author_in(l.lang()) {
        parts.push(text(a));
    }
    parts.push(link(
        s.url.as_deref(),
        &format!("<cite>{}</cite>", text(s.title_in(l.lang()))),
    ));
    if let Some(p) = s.publisher_in(l.lang()) {
        parts.push(text(p));
    }
    if let Some(d) = s.date {
        parts.push(l.date(d));
    }
    parts.join(", ")
}

/// The body of an event: summary, disputed, legal fields, then the excerpts as block quotes
/// with their attributed sources.
#[must_use]
pub fn event_body(t: &Timeline, e: &Event, l: &Labels) -> String {
    let mut out = format!("<p class=\"summary\">{}</p>", text(e.summary_in(l.lang())));
    if let Some(d) = e.disputed_in(l.lang()) {
        let _ = write!(
            out,
            "<p class=\"disputed\"><strong>⚠ {}:</strong> {}</p>",
            l.disputed,
            text(d)
        );
    }
    if e.legal.is_some() {
        out.push_str("<dl class=\"legal\">");
        for (label, value) in l.legal_fields(e) {
            let _ = write!(out, "<dt>{label}</dt><dd>{}</dd>", text(value));
        }
        out.push_str("</dl>");
    }
    for x in t.excerpts_in(e, l.lang()) {
        let source = t
            .source(&x.source)
            .map_or_else(|| text(&x.source), |s| attribution(s, l));
        let _ = write!(
            out,
            "<figure class=\"excerpt\"><blockquote>{}</blockquote><figcaption>— {source}</figcaption></figure>",
            text(&x.text)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_quotes_and_controls() {
        assert_eq!(
            text("<img src=x onerror='a(1)'> & \"q\""),
            "&lt;img src=x onerror=&#39;a(1)&#39;&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(text("a\r\nb\u{1b}\u{202e}"), "a<br>b\u{241b}\\u{202e}");
    }

    #[test]
    fn links_only_plain_http_addresses() {
        assert_eq!(
            link(Some("https://a.org/?x=1&y=\"2\""), "t"),
            "<a href=\"https://a.org/?x=1&amp;y=&quot;2&quot;\" rel=\"noopener noreferrer\">t</a>"
        );
        for bad in [
            "javascript:alert(1)",
            "https://a.org/ x",
            "data:text/html,x",
        ] {
            assert_eq!(link(Some(bad), "t"), "t", "{bad}");
        }
        assert_eq!(link(None, "t"), "t");
    }
}
