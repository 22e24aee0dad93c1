//! The detail of the current event: the pane beside the list, or alone on the full screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::app::{App, DrawnDetail, Focus};
use crate::view::layout::scroll_top;
use crate::words::Phrase;

/// Draws the detail pane (or the detail alone on the full screen) in `area`, laying out only
/// the lines it shows; says what it drew.
pub fn render(frame: &mut Frame, app: &App, area: Rect, body: Rect) -> DrawnDetail {
    let focused = app.mode.focus() == Focus::Detail;
    let theme = app.theme;
    let laid = app.laid_detail(body.width);
    let text = &laid.detail;
    let total = text.lines.len();
    let rows = usize::from(body.height);
    let top = scroll_top(app.detail_scroll, total, rows);
    let shown = text.lines.range(top, rows);
    let title = app.words.phrase(if app.mode.full() {
        Phrase::PaneFull
    } else {
        Phrase::PaneDetail
    });
    let mut block = super::pane(theme, focused, title);
    if total > rows {
        let end = (top + rows).min(total);
        block =
            block.title_bottom(Line::from(format!(" {}–{end}/{total} ", top + 1)).right_aligned());
    }
    // The text goes in `body`, which on the whole width is narrower than the border's inside.
    frame.render_widget(block, area);
    super::lines::draw(frame.buffer_mut(), body, &shown);
    if app.hyperlinks {
        super::hyperlink::mark(frame.buffer_mut(), body, top, &text.links);
    }
    DrawnDetail {
        event: app.current_index(),
        lines: total,
        rows,
        top,
        link_lines: text.link_lines.clone(),
        laid: Some(laid),
    }
}
