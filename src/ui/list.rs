//! The chronology pane: year headings and one row per visible event, only the rows on screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::{App, Focus, Row};
use crate::model::EventIx;
use crate::present;
use crate::select::find_ranges;
use crate::text::sanitize;
use crate::text::{fit, truncate};
use crate::view::kind_marker;
use crate::words::Phrase;

/// One event row: date, kind marker and title, with search matches marked.
fn event_line<'a>(
    app: &App,
    index: EventIx,
    width: usize,
    here: bool,
    query: Option<&str>,
) -> Line<'a> {
    let theme = app.theme;
    let e = &app.timeline.events[index];
    let base = if here { theme.cursor() } else { Style::new() };
    let date_width = present::short_width(app.words) + 1;
    let mut date = fit(
        &present::short(app.words, e.date, e.approximate),
        date_width,
    );
    // A match, when the search marks its matches rather than filtering: a sign in the
    // date column's last (always blank) cell, so it shows without colour too.
    let marked = app.is_marked(index);
    if marked {
        date.pop();
        date.push('▸');
    }
    let lang = app.words.lang();
    let title = truncate(
        &sanitize(e.title_in(lang)),
        width.saturating_sub(date_width + 2),
    );
    let mut spans = vec![
        Span::styled(
            date,
            match (here, marked) {
                (true, _) => base,
                (false, true) => theme.hit(),
                (false, false) => theme.dim(),
            },
        ),
        Span::styled(kind_marker(e.kind), base.patch(theme.kind(e.kind))),
        Span::styled(" ", base),
    ];
    let mut at = 0;
    for r in query.map(|q| find_ranges(&title, q)).unwrap_or_default() {
        spans.push(Span::styled(title[at..r.start].to_owned(), base));
        spans.push(Span::styled(
            title[r.clone()].to_owned(),
            base.patch(theme.matched()),
        ));
        at = r.end;
    }
    spans.push(Span::styled(title[at..].to_owned(), base));
    let used: usize = spans.iter().map(Span::width).sum();
    spans.push(Span::styled(" ".repeat(width.saturating_sub(used)), base));
    Line::from(spans)
}

/// Draws the chronology pane.
pub fn render(frame: &mut Frame, app: &App, area: Rect, body: Rect) {
    let theme = app.theme;
    let focused = app.mode.focus() == Focus::List;
    let block = super::pane(theme, focused, app.words.phrase(Phrase::PaneChronology));
    let width = usize::from(body.width);
    let query = app.highlight();
    let lines: Vec<Line> = if app.visible.is_empty() {
        vec![
            Line::styled(app.words.phrase(Phrase::ListEmpty), theme.dim()),
            Line::styled(app.words.phrase(Phrase::ListEmptyHint), theme.dim()),
        ]
    } else {
        app.visible
            .rows_from(app.list_top)
            .take(usize::from(body.height))
            .map(|row| match row {
                Row::Year(y) => {
                    let label = format!("── {y} ");
                    let rule = "─".repeat(width.saturating_sub(label.chars().count()));
                    Line::styled(truncate(&format!("{label}{rule}"), width), theme.heading())
                }
                Row::Event(p) => event_line(
                    app,
                    app.visible[p],
                    width,
                    p == app.cursor,
                    query.as_deref(),
                ),
            })
            .collect()
    };
    let inner = block.inner(area);
    frame.render_widget(block, area);
    super::lines::draw(frame.buffer_mut(), inner, &lines);
}
