//! The detail text of one event, built from a small spec of what it shows, so the explorer
//! and `timeline show` print the same lines without either knowing the other.

use std::borrow::Cow;
use std::sync::Arc;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Theme;
pub use super::spec::{Detail, LinkSpan, Spec};
use super::wrap::Para;
use crate::model::{Event, EventIx, Grouping, Links, Names, Text, Timeline};
use crate::present;
use crate::select::find_ranges;
use crate::text::{fit, sanitize, sanitize_multiline, truncate};
use crate::words::{Lang, Phrase, Words};

/// The plain text of an event's detail, one line per row, for `timeline show`.
#[must_use]
pub fn plain(timeline: &Timeline, index: EventIx, width: u16, lang: Lang) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_plain(timeline, index, width, lang, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes [`plain`]'s lines as they are laid out, so that a huge text is never held twice.
///
/// # Errors
/// The writer's.
pub fn write_plain(
    timeline: &Timeline,
    index: EventIx,
    width: u16,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let spec = Spec {
        words: lang.words(),
        timeline,
        index: Some(index),
        query: None,
        link: None,
        theme: Theme::new(false),
        whole: true,
    };
    let mut row = String::new();
    for line in detail(&spec, usize::from(width)).lines.iter() {
        row.clear();
        for span in &line.spans {
            row.push_str(&span.content);
        }
        out.write_all(row.trim_end().as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

type Piece = (String, Style);

/// The summary, wrapped without a copy of its text (unless it has hazards to neutralise),
/// with the query's matches marked: the one field that may be very long, so the last
/// layout's is taken again when it wraps the same text the same way.
fn summary(
    text: &Text,
    query: Option<&str>,
    theme: Theme,
    width: usize,
    last: Option<&Arc<Para>>,
) -> Arc<Para> {
    let text = match sanitize_multiline(text) {
        Cow::Borrowed(_) => text.clone(),
        Cow::Owned(s) => Text::from(s),
    };
    let base = Style::new();
    let mut runs = Vec::new();
    for r in query.map(|q| find_ranges(&text, q)).unwrap_or_default() {
        runs.push((r.start, base));
        runs.push((r.end, base.patch(theme.matched())));
    }
    runs.push((text.len(), base));
    match last.filter(|p| p.wraps(&text, &runs, width)) {
        Some(p) => Arc::clone(p),
        None => Arc::new(Para::new(text, runs, width, None)),
    }
}

/// Splits text into pieces, marking the ranges where the folded query occurs.
fn marked(text: &str, query: Option<&str>, base: Style, theme: Theme) -> Vec<Piece> {
    let text = sanitize_multiline(text);
    let Some(q) = query else {
        return vec![(text.into_owned(), base)];
    };
    let mut out = Vec::new();
    let mut at = 0;
    for r in find_ranges(&text, q) {
        out.push((text[at..r.start].to_owned(), base));
        out.push((text[r.clone()].to_owned(), base.patch(theme.matched())));
        at = r.end;
    }
    out.push((text[at..].to_owned(), base));
    out
}

/// Who said it and where: author, publisher, date and title of a source, then its address.
fn attribution(w: &dyn Words, t: &Timeline, source: &str) -> (String, Option<String>) {
    let Some(s) = t.source(source) else {
        return (sanitize(source).into_owned(), None);
    };
    let mut parts: Vec<String> = [s.author_in(w.lang()), s.publisher_in(w.lang())]
        .into_iter()
        .flatten()
        .map(|p| sanitize(p).into_owned())
        .collect();
    if let Some(d) = s.date {
        parts.push(present::date(w, d));
    }
    let (open, close) = w.quotes();
    parts.push(format!("{open}{}{close}", sanitize(s.title_in(w.lang()))));
    let url = s.url.as_deref().map(|u| sanitize(u).into_owned());
    (format!("— {}", parts.join(", ")), url)
}

/// The detail text of the event a spec names, wrapped to `width`, every line made.
#[must_use]
pub fn lines(spec: &Spec<'_>, width: usize) -> Vec<Line<'static>> {
    let text = detail(spec, width);
    text.lines.iter().map(super::wrap::owned).collect()
}

/// The detail text of the event a spec names, wrapped to `width`, with where its sources'
/// addresses stand.
#[must_use]
pub fn detail(spec: &Spec<'_>, width: usize) -> Detail {
    again(spec, width, None)
}

/// [`detail`], taking again from the `last` layout what has not changed (the summary, when
/// only the highlighted link has): `Tab` on a huge summary does not wrap it again.
#[must_use]
pub fn again(spec: &Spec<'_>, width: usize, last: Option<&Detail>) -> Detail {
    let mut out = Detail::default();
    let Some(here) = spec.index else {
        out.lines
            .push(Line::from(spec.words.phrase(Phrase::DetailEmpty)));
        return out;
    };
    let e = &spec.timeline.events[here];
    let (theme, w) = (spec.theme, spec.words);
    let q = spec.query.as_deref();
    let lang = w.lang();
    out.wrap(marked(e.title_in(lang), q, theme.title(), theme), width);
    // The id, for deep links (`--event`) and `timeline show`.
    out.lines.push(Line::styled(
        format!("{}  ·  {}", present::event_when(w, e), sanitize(&e.id)),
        theme.dim(),
    ));
    let mut kind = vec![(
        format!("{} {}", super::theme::kind_marker(e.kind), w.kind(e.kind)),
        theme.kind(e.kind),
    )];
    for (_, value) in e.facts_in(lang) {
        kind.push(("  ·  ".into(), theme.dim()));
        kind.extend(marked(value, q, Style::new(), theme));
    }
    out.wrap(kind, width);
    out.lines.push(Line::default());
    let last = last.and_then(|d| d.summary.as_ref());
    let summary = summary(e.summary_text_in(lang), q, theme, width, last);
    out.lines.para(Arc::clone(&summary));
    out.summary = Some(summary);
    if let Some(d) = e.disputed_in(lang) {
        out.lines.push(Line::default());
        let mut p = vec![(w.phrase(Phrase::Disputed).to_owned(), theme.alert())];
        p.extend(marked(d, q, Style::new(), theme));
        out.wrap(p, width);
    }
    if e.single_source {
        out.lines.push(Line::default());
        let source = e.excerpts.first().map_or("", |x| x.source.as_str());
        let title = spec
            .timeline
            .source(source)
            .map_or(source, |s| s.title_in(lang));
        let p = vec![
            (w.phrase(Phrase::SingleSource).to_owned(), theme.alert()),
            (w.single_source(&sanitize(title)), Style::new()),
        ];
        out.wrap(p, width);
    }
    if e.legal.is_some() {
        out.lines.push(Line::default());
        let fields = e.legal_in(lang);
        let pad = fields
            .iter()
            .map(|(f, _)| w.legal(*f).chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        for (field, value) in fields {
            let label = w.legal(field);
            let prefix = Span::styled(format!("{label:<pad$}"), theme.label());
            out.hang(prefix, marked(value, q, Style::new(), theme), width);
        }
    }
    super::case_table::render(spec, e, here, width, &mut out);
    let links = spec.timeline.links(here);
    quotations(spec, e, links.len(), width, &mut out);
    related(spec, &links, width, &mut out);
    if !e.tags.is_empty() {
        out.lines.push(Line::default());
        let names = &spec.timeline.names;
        let tags: Vec<String> = e
            .tags
            .iter()
            .map(|t| tag_label(names, t, spec.words.lang()))
            .collect();
        out.wrap(vec![(tags.join(" "), theme.dim())], width);
    }
    out
}

/// The quotations, each with its source's attribution and address, noting where the
/// addresses that can be links stand. Source `k` is link number `first_link + k`.
fn quotations(spec: &Spec<'_>, e: &Event, first_link: usize, width: usize, out: &mut Detail) {
    let (theme, q) = (spec.theme, spec.query.as_deref());
    for (k, x) in spec
        .timeline
        .excerpts_in(e, spec.words.lang())
        .into_iter()
        .enumerate()
    {
        out.lines.push(Line::default());
        let start = out.lines.len();
        let mut p = marked(&x.text, q, theme.quote(), theme);
        let (open, close) = spec.words.quotes();
        p.push((close.into(), theme.quote()));
        out.hang(Span::styled(format!("  {open}"), theme.quote()), p, width);
        let (said, url) = attribution(spec.words, spec.timeline, &x.source);
        let lit = spec.link == Some(first_link + k);
        let style = if lit { theme.cursor() } else { theme.dim() };
        out.mark_link(first_link + k);
        out.hang(Span::raw("   "), vec![(said, style)], width);
        let note = spec.timeline.source(&x.source);
        if let Some(note) = note.and_then(|s| s.note_in(spec.words.lang())) {
            let label = spec.words.phrase(Phrase::SourceNote);
            let text = format!("{label}{}", sanitize(note));
            out.hang(Span::raw("   "), vec![(text, theme.dim())], width);
        }
        let Some(url) = url else {
            out.source_blocks.push(start..out.lines.len());
            continue;
        };
        // An address is never broken across lines: whole on its own line however wide, or
        // on the screen cut with `…` (its hyperlink and `o` still take the whole address).
        let indent = "     ";
        let shown = if spec.whole {
            url
        } else {
            truncate(&url, width.saturating_sub(indent.len()).max(1))
        };
        let line = Line::from(vec![Span::raw(indent), Span::styled(shown, theme.link())]);
        let target = spec.timeline.source(&x.source).and_then(|s| s.url.as_ref());
        if let Some(target) = target.filter(|u| crate::text::linkable(u)) {
            out.links.push(LinkSpan {
                line: out.lines.len(),
                start: indent.len(),
                end: line.width(),
                url: target.to_string(),
            });
        }
        out.lines.push(line);
        out.source_blocks.push(start..out.lines.len());
    }
}

/// The related events by date and title, marking the highlighted link.
fn related(spec: &Spec<'_>, links: &Links, width: usize, out: &mut Detail) {
    if links.related.is_empty() {
        return;
    }
    out.lines.push(Line::default());
    out.lines.push(Line::styled(
        spec.words.phrase(Phrase::Related),
        spec.theme.label(),
    ));
    for (n, &i) in links.related.iter().enumerate() {
        let ev = &spec.timeline.events[i];
        let date = format!(
            "  {}  ",
            fit(
                &present::short(spec.words, ev.date, ev.approximate),
                present::short_width(spec.words) + 1
            )
        );
        let title = sanitize(ev.title_in(spec.words.lang())).into_owned();
        out.mark_link(links.case.len() + n);
        if spec.whole {
            // Printed in full, the title wraps under itself rather than being cut.
            out.hang(Span::raw(date), vec![(title, Style::new())], width);
            continue;
        }
        let text = format!("{date}{title}");
        let lit = spec.link == Some(links.case.len() + n);
        out.lines.push(Line::styled(
            fit(&text, width),
            if lit {
                spec.theme.cursor()
            } else {
                Style::new()
            },
        ));
    }
}

/// How a tag reads: its name in a language, or `#key` when the file gives none.
#[must_use]
pub fn tag_label(names: &Names, tag: &str, lang: Lang) -> String {
    names.name(Grouping::Tag, tag, lang).map_or_else(
        || format!("#{}", sanitize(tag)),
        |n| sanitize(n).into_owned(),
    )
}
