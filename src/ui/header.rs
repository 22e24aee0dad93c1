//! The header: title and span, then custody status and what the filters show.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, SearchMode};
use crate::present;
use crate::text::sanitize;

/// The custody status as of the current event: `In custody since 25 Jul 2023 (day 141)`.
#[must_use]
pub fn custody_text(app: &App) -> Option<(String, bool)> {
    let status = app.timeline.custody_at(app.current_index()?)?;
    let since = present::date(app.words, status.since);
    let w = app.words;
    let state = w.custody_since(status.state, &since, status.day, status.held);
    let as_of = app
        .current()
        .map(|e| present::date(w, e.date))
        .unwrap_or_default();
    let text = w.as_of(&as_of, &state);
    Some((text, status.state.in_custody()))
}

/// Draws the header.
pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let meta = &app.timeline.meta;
    let title = Line::from(vec![
        Span::styled(
            sanitize(meta.title_in(app.words.russian())).into_owned(),
            theme.title(),
        ),
        Span::styled(
            format!(
                "  {} – {}",
                present::date(app.words, meta.from),
                present::date(app.words, meta.to)
            ),
            theme.dim(),
        ),
    ]);
    if let Some(banner) = &app.banner {
        let cut = crate::text::truncate(&sanitize(banner), usize::from(area.width));
        let line = Line::styled(cut, theme.banner());
        frame.render_widget(Paragraph::new(vec![title, line]), area);
        return;
    }
    let mut status = Vec::new();
    if let Some((text, held)) = custody_text(app) {
        status.push(Span::styled(
            text,
            if held { theme.alert() } else { theme.calm() },
        ));
    }
    let total = app.timeline.events.len();
    // A search that only marks its matches does not narrow what the list shows.
    let narrowing = app
        .search
        .as_ref()
        .filter(|_| app.search_mode == SearchMode::Filter);
    if !app.filters.is_empty() || narrowing.is_some() {
        let mut what = app.filters.describe();
        if let Some(q) = narrowing {
            if !what.is_empty() {
                what.push_str(", ");
            }
            what.push_str(&app.words.quoted(&sanitize(q)));
        }
        if !status.is_empty() {
            status.push(Span::raw("   "));
        }
        status.push(Span::styled(
            app.words.showing(app.visible.len(), total, &what),
            theme.label(),
        ));
    }
    frame.render_widget(Paragraph::new(vec![title, Line::from(status)]), area);
}
