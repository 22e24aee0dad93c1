//! The detail of the selected event: the pane beside the list and the full-screen view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use super::cells::fit;
use super::wrap::{hang, wrap};
use crate::app::{App, Focus};
use crate::model::{Event, Timeline};
use crate::present;
use crate::select::find_ranges;
use crate::text::{sanitize, sanitize_multiline};

type Piece = (String, Style);

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

/// Who said it: author, publisher and date of a source.
fn attribution(t: &Timeline, source: &str) -> String {
    let Some(s) = t.source(source) else {
        return sanitize(source).into_owned();
    };
    let mut parts: Vec<String> = [&s.author, &s.publisher]
        .into_iter()
        .flatten()
        .map(|p| sanitize(p).into_owned())
        .collect();
    if parts.is_empty() {
        parts.push(sanitize(&s.title).into_owned());
    }
    if let Some(d) = s.date {
        parts.push(present::date(d));
    }
    format!("— {}", parts.join(", "))
}

/// The case thread as table rows, marking the current event and the highlighted link.
fn case_table(app: &App, e: &Event, here: usize, width: usize, out: &mut Vec<Line<'static>>) {
    let Some(case) = &e.case else { return };
    let theme = app.theme;
    out.push(Line::default());
    out.push(Line::styled(
        format!("Case: {} — the procedure", sanitize(case)),
        theme.label(),
    ));
    let flex = width.saturating_sub(2 + 12 + 12 + 15);
    let (court_w, outcome_w) = (flex / 2, flex - flex / 2);
    let head = format!(
        "  {}{}{}{}{}",
        fit("Date", 12),
        fit("Kind", 12),
        fit("Instance", 15),
        fit("Court", court_w),
        fit("Outcome", outcome_w)
    );
    out.push(Line::styled(fit(&head, width), theme.dim()));
    let mut link = 0;
    for &i in app.timeline.case_thread(case) {
        let ev = &app.timeline.events[i];
        let legal = ev.legal.clone().unwrap_or_default();
        let cell = |v: &Option<String>, w: usize| {
            format!(
                "{} ",
                fit(&sanitize(v.as_deref().unwrap_or("")), w.saturating_sub(1))
            )
        };
        let row = format!(
            "{}{}{}{}{}",
            fit(&present::date(ev.date), 12),
            fit(ev.kind.as_str(), 12),
            cell(&legal.instance, 15),
            cell(&legal.court, court_w),
            cell(&legal.outcome, outcome_w),
        );
        let (mark, style) = if i == here {
            ("▶ ", theme.title())
        } else {
            let lit = app.full && app.link == Some(link);
            link += 1;
            ("  ", if lit { theme.selected() } else { Style::new() })
        };
        out.push(Line::styled(fit(&format!("{mark}{row}"), width), style));
    }
}

/// The detail text of the selected event, wrapped to `width`.
#[must_use]
pub fn document(app: &App, width: usize) -> Vec<Line<'static>> {
    let (Some(here), Some(e)) = (app.current_index(), app.current()) else {
        return vec![Line::from("No event matches the filters and search.")];
    };
    let theme = app.theme;
    let q = app.highlight();
    let q = q.as_deref();
    let mut out = wrap(marked(&e.title, q, theme.title(), theme), width);
    out.push(Line::styled(present::event_when(e), theme.dim()));
    let mut kind = vec![(
        format!("{} {}", super::kind_marker(e.kind), e.kind),
        theme.kind(e.kind),
    )];
    if let Some(place) = &e.place {
        kind.push(("  ·  ".into(), theme.dim()));
        kind.extend(marked(place, q, Style::new(), theme));
    }
    out.extend(wrap(kind, width));
    out.push(Line::default());
    out.extend(wrap(marked(&e.summary, q, Style::new(), theme), width));
    if let Some(d) = &e.disputed {
        out.push(Line::default());
        let mut p = vec![("Disputed: ".to_owned(), theme.alert())];
        p.extend(marked(d, q, Style::new(), theme));
        out.extend(wrap(p, width));
    }
    if e.single_source {
        out.push(Line::default());
        let source = e.excerpts.first().map_or("", |x| x.source.as_str());
        let title = app
            .timeline
            .source(source)
            .map_or(source, |s| s.title.as_str());
        let p = vec![
            ("Single source: ".to_owned(), theme.alert()),
            (
                format!("only “{}” supports this event.", sanitize(title)),
                Style::new(),
            ),
        ];
        out.extend(wrap(p, width));
    }
    if let Some(legal) = &e.legal {
        out.push(Line::default());
        let fields = legal.fields();
        let w = fields
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        for (label, value) in fields {
            let prefix = Span::styled(format!("{label:<w$}"), theme.label());
            out.extend(hang(&prefix, marked(value, q, Style::new(), theme), width));
        }
    }
    case_table(app, e, here, width, &mut out);
    for x in &e.excerpts {
        out.push(Line::default());
        let mut p = marked(&x.text, q, theme.quote(), theme);
        p.push(("”".into(), theme.quote()));
        out.extend(hang(&Span::styled("  “", theme.quote()), p, width));
        out.extend(hang(
            &Span::raw("   "),
            vec![(attribution(&app.timeline, &x.source), theme.dim())],
            width,
        ));
    }
    related(app, width, &mut out);
    if !e.tags.is_empty() {
        out.push(Line::default());
        let tags: Vec<String> = e.tags.iter().map(|t| format!("#{}", sanitize(t))).collect();
        out.extend(wrap(vec![(tags.join(" "), theme.dim())], width));
    }
    out
}

/// The related events by date and title, marking the highlighted link.
fn related(app: &App, width: usize, out: &mut Vec<Line<'static>>) {
    let links = app.links();
    if links.related.is_empty() {
        return;
    }
    out.push(Line::default());
    out.push(Line::styled("Related", app.theme.label()));
    for (n, &i) in links.related.iter().enumerate() {
        let ev = &app.timeline.events[i];
        let text = format!(
            "  {}  {}",
            fit(&present::date(ev.date), 12),
            sanitize(&ev.title)
        );
        let lit = app.full && app.link == Some(links.case.len() + n);
        out.push(Line::styled(
            fit(&text, width),
            if lit {
                app.theme.selected()
            } else {
                Style::new()
            },
        ));
    }
}

/// How many lines the detail text takes at a width.
#[must_use]
pub fn line_count(app: &App, width: u16) -> usize {
    document(app, usize::from(width)).len()
}

/// Draws the detail pane (or the full view) in `area`.
pub fn render(frame: &mut Frame, app: &App, area: Rect, body: Rect) {
    let focused = app.full || app.focus == Focus::Detail;
    let theme = app.theme;
    let lines = document(app, usize::from(body.width));
    let total = lines.len();
    let top = app.detail_scroll.min(total.saturating_sub(1));
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(top)
        .take(usize::from(body.height))
        .collect();
    let title = if app.full {
        " Event (Esc back · ←/→ events · Tab links) "
    } else {
        " Detail "
    };
    let mut block = super::pane(theme, focused, title);
    if total > usize::from(body.height) {
        let end = (top + usize::from(body.height)).min(total);
        block =
            block.title_bottom(Line::from(format!(" {}–{end}/{total} ", top + 1)).right_aligned());
    }
    frame.render_widget(Paragraph::new(shown).block(block), area);
}
