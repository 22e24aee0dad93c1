//! The two popups that are not lists: the key help (`?`), the key table's words wrapped to
//! the popup and scrolled, with the rows shown on its bottom border when they do not all
//! fit; and the date prompt (`d`), one line with the typed text and the terminal cursor.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{block, popup};
use crate::app::keys::help_text;
use crate::app::{App, DrawnHelp, HelpPager, YearPrompt};
use crate::words::Phrase;

/// Draws the help over `screen`, scrolled as far as it goes, and says how it was laid out.
pub fn help(frame: &mut Frame, app: &App, pager: HelpPager, screen: Rect) -> DrawnHelp {
    let area = crate::view::layout::help_popup(screen);
    frame.render_widget(Clear, area);
    let theme = app.theme;
    let inner = usize::from(area.width.saturating_sub(2));
    let all = crate::view::help::lines(help_text(app.words), inner, &theme);
    let total = all.len();
    let shown = usize::from(area.height.saturating_sub(2));
    let top = crate::view::layout::scroll_top(pager.top, total, shown);
    let lines: Vec<Line> = all.into_iter().skip(top).collect();
    let mut frame_block = block(app, app.words.phrase(Phrase::HelpTitle), area);
    if total > shown {
        let end = (top + shown).min(total);
        let position = format!(" {}–{end}/{total} ", top + 1);
        frame_block = frame_block.title_bottom(Line::from(position).right_aligned());
    }
    frame.render_widget(Paragraph::new(lines).block(frame_block), area);
    DrawnHelp {
        rows: total,
        shown,
        top,
    }
}

/// Draws the date prompt over `screen`.
pub fn date(frame: &mut Frame, app: &App, prompt: &YearPrompt, screen: Rect) {
    let text = &prompt.text;
    let title = app.words.phrase(Phrase::YearTitle);
    let width = u16::try_from(unicode_width::UnicodeWidthStr::width(title) + 6).unwrap_or(u16::MAX);
    let area = popup(frame, screen, width.max(36), 3);
    let label = app.words.phrase(Phrase::YearLabel);
    let label_w = u16::try_from(unicode_width::UnicodeWidthStr::width(label)).unwrap_or(0);
    let room = usize::from(area.width.saturating_sub(2 + label_w));
    let (shown, col) = super::typed_line(text, room);
    let line = Line::from(vec![
        Span::raw(label),
        Span::styled(shown, app.theme.title()),
    ]);
    frame.set_cursor_position((area.x + 1 + label_w + col, area.y + 1));
    frame.render_widget(
        Paragraph::new(line).block(block(app, app.words.phrase(Phrase::YearTitle), area)),
        area,
    );
}
