//! The sources view (`s`) drawn over the split screen: each publisher with how many events
//! quote it and how many sources it has, an open publisher's sources indented under it, every
//! name and title whole (wrapped, never cut), and the filter line while one is typed or kept.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, SourceRow};
use crate::text::sanitize;
use crate::view::wrap::hang;
use crate::words::Phrase;

/// Draws the sources view over `screen`.
pub fn render(frame: &mut Frame, app: &App, screen: Rect) {
    let view = &app.sources_view;
    let theme = app.theme;
    let rows = view.rows(&app.timeline, app.words.lang());
    let cursor = view.cursor.min(rows.len().saturating_sub(1));
    let width = screen.width.saturating_sub(4).min(110);
    let area = super::popup(frame, screen, width, screen.height.saturating_sub(2));
    let inner = area.inner(Margin::new(1, 1));
    let filtering = view.typing || !view.filter.is_empty();
    let list_h = usize::from(inner.height).saturating_sub(usize::from(filtering));
    let drawn: Vec<Vec<Line>> = rows
        .iter()
        .enumerate()
        // A column kept free before the right border.
        .map(|(n, row)| {
            row_lines(
                app,
                row,
                n == cursor,
                usize::from(inner.width).saturating_sub(1),
            )
        })
        .collect();
    // The first row drawn: as early as lets the cursor's row show whole.
    let mut top = 0;
    let mut used: usize = drawn.iter().take(cursor + 1).map(Vec::len).sum();
    while used > list_h && top < cursor {
        used -= drawn[top].len();
        top += 1;
    }
    let total: usize = drawn.iter().map(Vec::len).sum();
    let mut lines: Vec<Line> = drawn.into_iter().skip(top).flatten().take(list_h).collect();
    if rows.is_empty() {
        lines.push(Line::styled(app.words.phrase(Phrase::NoMatch), theme.dim()));
    }
    // The cursor's place when the list does not fit, and the address in the room left.
    let position = (total > list_h).then(|| format!(" {}/{} ", cursor + 1, rows.len()));
    let taken = position.as_ref().map_or(0, |p| p.chars().count() + 1);
    let room = usize::from(inner.width).saturating_sub(taken);
    let mut block = super::block(app, app.words.phrase(Phrase::SourcesTitle), area)
        .title_bottom(address(app, view.source_at(&rows), room));
    if let Some(position) = position {
        block = block.title_bottom(Line::styled(position, theme.dim()).right_aligned());
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
    if filtering {
        filter_line(frame, app, inner);
    }
}

/// The lines of one row: a publisher with its counts, or a source indented under it; the
/// cursor's row highlighted.
fn row_lines(app: &App, row: &SourceRow, lit: bool, width: usize) -> Vec<Line<'static>> {
    let theme = app.theme;
    let lang = app.words.lang();
    let (prefix, pieces) = match row {
        SourceRow::Publisher {
            name,
            sources,
            events,
            open,
        } => {
            let marker = if *open { '▾' } else { '▸' };
            let count = format!(" · {}", app.words.sources_count(sources.len()));
            (
                format!("{events:>4} {marker} "),
                vec![
                    (sanitize(name).into_owned(), theme.title()),
                    (count, theme.dim()),
                ],
            )
        }
        SourceRow::Source { source, events } => {
            let s = &app.timeline.sources[*source];
            let mut about: Vec<String> = s
                .author_in(lang)
                .map(|a| sanitize(a).into_owned())
                .into_iter()
                .collect();
            if let Some(d) = s.date {
                about.push(crate::present::date(app.words, d));
            }
            let mut pieces = vec![(sanitize(s.title_in(lang)).into_owned(), Style::new())];
            if !about.is_empty() {
                pieces.push((format!(" — {}", about.join(", ")), theme.dim()));
            }
            (format!("{events:>4}     "), pieces)
        }
    };
    let mut lines = hang(&Span::raw(prefix), pieces, width.max(12));
    if lit {
        for line in &mut lines {
            line.style = theme.cursor();
            for span in &mut line.spans {
                span.style = span.style.patch(theme.cursor());
            }
        }
    }
    lines
}

/// The address of the source `o` would open, on the bottom border; on a source without
/// one, a word that it has none; on a publisher of several sources, nothing.
fn address(app: &App, source: Option<usize>, room: usize) -> Line<'static> {
    let Some(s) = source.map(|i| &app.timeline.sources[i]) else {
        return Line::default();
    };
    let (text, style) = match s.url.as_deref() {
        Some(u) => (sanitize(u).into_owned(), app.theme.link()),
        None => (
            app.words.phrase(Phrase::SourceNoAddress).to_owned(),
            app.theme.dim(),
        ),
    };
    let shown = crate::text::truncate(&text, room.saturating_sub(2));
    Line::styled(format!(" {shown} "), style)
}

/// The filter on the popup's last inner line, with the terminal cursor in it while typed.
fn filter_line(frame: &mut Frame, app: &App, inner: Rect) {
    let view = &app.sources_view;
    let label = app.words.phrase(Phrase::SourceFilter);
    let label_w = u16::try_from(unicode_width::UnicodeWidthStr::width(label)).unwrap_or(0);
    let room = usize::from(inner.width.saturating_sub(label_w + 1));
    let (shown, col) = super::typed_line(&view.filter, room);
    let y = inner.y + inner.height.saturating_sub(1);
    let line = Line::from(vec![
        Span::styled(label, app.theme.label()),
        Span::styled(shown, app.theme.title()),
    ]);
    frame.render_widget(Paragraph::new(line), Rect::new(inner.x, y, inner.width, 1));
    if view.typing {
        frame.set_cursor_position((inner.x + label_w + col, y));
    }
}
