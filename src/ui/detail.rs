//! The detail of the current event: the pane beside the list, or alone on the full screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::{App, Focus};
use crate::view::detail;
use crate::words::Phrase;

/// Draws the detail pane (or the detail alone on the full screen) in `area`.
pub fn render(frame: &mut Frame, app: &App, area: Rect, body: Rect) {
    let focused = app.mode.focus() == Focus::Detail;
    let theme = app.theme;
    let detail::Detail { lines, links } =
        detail::detail(&app.detail_spec(), usize::from(body.width));
    let total = lines.len();
    let top = app.detail_scroll.min(total.saturating_sub(1));
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(top)
        .take(usize::from(body.height))
        .collect();
    let title = app.words.phrase(if app.mode.full() {
        Phrase::PaneFull
    } else {
        Phrase::PaneDetail
    });
    let mut block = super::pane(theme, focused, title);
    if total > usize::from(body.height) {
        let end = (top + usize::from(body.height)).min(total);
        block =
            block.title_bottom(Line::from(format!(" {}–{end}/{total} ", top + 1)).right_aligned());
    }
    frame.render_widget(Paragraph::new(shown).block(block), area);
    if app.hyperlinks {
        super::hyperlink::mark(frame.buffer_mut(), body, top, &links);
    }
}
