//! The footer: position, search state, a transient message or the key hints from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, Overlay, keys};
use crate::text::sanitize;

/// `3/7 matches for "court"`, when a search is in force.
#[must_use]
pub fn match_text(app: &App) -> Option<String> {
    let q = app.search.as_deref()?;
    let n = app.visible.len();
    let at = if n == 0 { 0 } else { app.selected + 1 };
    Some(format!("{at}/{n} matches for \"{}\"", sanitize(q)))
}

/// Draws the footer.
pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let sep = || Span::styled(" │ ", theme.dim());
    let mut spans = Vec::new();
    if let Overlay::Search(q) = &app.overlay {
        spans.push(Span::styled("/", theme.key()));
        spans.push(Span::raw(sanitize(q).into_owned()));
        spans.push(Span::styled("▏", theme.key()));
        spans.push(sep());
        let n = app.visible.len();
        spans.push(Span::styled(
            if n == 0 && !q.is_empty() {
                "no match".to_owned()
            } else {
                format!("{n} matching")
            },
            theme.dim(),
        ));
        spans.push(sep());
    } else {
        let position = if app.visible.is_empty() {
            "0/0".to_owned()
        } else {
            format!("{}/{}", app.selected + 1, app.visible.len())
        };
        spans.push(Span::styled(format!(" {position}"), theme.title()));
        spans.push(sep());
        if let Some(m) = match_text(app) {
            spans.push(Span::styled(m, theme.label()));
            spans.push(sep());
        }
    }
    if let Some(flash) = &app.flash {
        spans.push(Span::styled(
            sanitize(&flash.text).into_owned(),
            theme.alert(),
        ));
    } else {
        for (n, (keys, hint)) in keys::hints(app.context()).enumerate() {
            if n > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(keys, theme.key()));
            spans.push(Span::styled(format!(" {hint}"), theme.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
