//! The Markdown export: a citation-ready chronology with year headings, block-quoted
//! excerpts, numbered references and a references list.

use std::fmt::Write as _;

use crate::model::{EventIx, Source, Timeline};
use crate::present;
use crate::words::{Phrase, Words};

use super::page::Page;

use crate::cite::address;
pub use crate::cite::escape;

/// One reference: author, title, publisher, date, address.
fn reference(w: &dyn Words, s: &Source) -> String {
    let mut parts = Vec::new();
    if let Some(a) = s.author_in(w.lang()) {
        parts.push(escape(a));
    }
    let (open, close) = w.quotes();
    parts.push(format!("{open}{}{close}", escape(s.title_in(w.lang()))));
    if let Some(p) = s.publisher_in(w.lang()) {
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

/// Renders the chosen events in a language, titled as `page` says (a selection by default
/// with its own span of years) and introduced by its `--intro` when it has one. A selection
/// says it is one, and only the whole chronology carries the "do not edit" line of a
/// generated file.
#[must_use]
pub fn render(t: &Timeline, chosen: &[EventIx], w: &dyn Words, page: &Page) -> String {
    let lang = w.lang();
    let title = super::page::title(t, chosen, page, w);
    let mut out = format!("# {}\n\n", escape(&title));
    let intro = page.intro.as_deref().map_or_else(
        || {
            w.chronology_intro(
                &escape(t.meta.subject_in(lang)),
                &present::date(w, t.meta.from),
                &present::date(w, t.meta.to),
            )
        },
        escape,
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
            escape(e.title_in(lang))
        );
        let mut facts = vec![format!("*{}*", w.kind(e.kind))];
        facts.extend(e.facts_in(lang).map(|(_, value)| escape(value)));
        let _ = writeln!(out, "{}\n", facts.join(" · "));
        let _ = writeln!(out, "{}\n", escape(e.summary_in(lang)));
        if e.legal.is_some() {
            for (field, value) in e.legal_in(lang) {
                let _ = writeln!(out, "- **{}:** {}", w.legal(field), escape(value));
            }
            out.push('\n');
        }
        if let Some(d) = e.disputed_in(lang) {
            let _ = writeln!(
                out,
                "**{}** {}\n",
                w.phrase(Phrase::Disputed).trim_end(),
                escape(d)
            );
        }
        let (case, tags) = super::page::groups(t, e, lang);
        let mut groups = Vec::new();
        if let Some(case) = case {
            groups.push(format!(
                "**{}:** {}",
                w.phrase(Phrase::CaseLabel),
                escape(case)
            ));
        }
        if !tags.is_empty() {
            let tags: Vec<String> = tags.into_iter().map(escape).collect();
            groups.push(format!(
                "**{}:** {}",
                w.phrase(Phrase::TagsLabel),
                tags.join(", ")
            ));
        }
        if !groups.is_empty() {
            let _ = writeln!(out, "{}\n", groups.join(" · "));
        }
        if e.single_source {
            let source = e.excerpts.first().map_or("", |x| x.source.as_str());
            let title = t.source(source).map_or(source, |s| s.title_in(lang));
            let _ = writeln!(
                out,
                "**{}** {}\n",
                w.phrase(Phrase::SingleSource).trim_end(),
                escape(&w.single_source(title))
            );
        }
        for x in t.excerpts_in(e, lang) {
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
    use crate::text::linkable;

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
