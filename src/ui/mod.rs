//! Drawing the explorer from `&App`: one module per screen region.

mod detail;
pub mod footer;
mod header;
pub mod hyperlink;
mod lines;
mod list;
mod overlays;
mod ruler;
mod sources;

use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::widgets::Paragraph;

pub use footer::match_text as footer_match_text;

use crate::app::{App, Drawn};
use crate::view::{Theme, layout};

/// The bordered block of a pane: thick and highlighted when focused, so focus shows
/// without colour too.
#[must_use]
pub fn pane(theme: Theme, focused: bool, title: &str) -> ratatui::widgets::Block<'_> {
    use ratatui::widgets::{Block, BorderType};
    let (kind, style) = if focused {
        (BorderType::Thick, theme.focused())
    } else {
        (BorderType::Plain, theme.unfocused())
    };
    Block::bordered()
        .border_type(kind)
        .border_style(style)
        .title(title)
}

/// A prompt's line as drawn in `room` columns: the text (sanitised, its start dropped while
/// the cursor would not fit) and the cursor's column in it.
#[must_use]
pub fn typed_line(typed: &crate::app::Typed, room: usize) -> (String, u16) {
    use unicode_width::UnicodeWidthStr as _;
    let before = crate::text::sanitize(typed.before());
    let after = crate::text::sanitize(typed.after());
    let mut start = 0;
    let mut col = before.width();
    for c in before.chars() {
        if col < room.max(1) {
            break;
        }
        col -= unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        start += c.len_utf8();
    }
    let shown = format!("{}{after}", &before[start..]);
    (shown, u16::try_from(col).unwrap_or(u16::MAX))
}

/// Draws the whole screen and says what it drew, for the terminal loop to hand to the app
/// ([`App::record`]). The layout comes from the frame's own size, never from the size last
/// reported to the app: keys queued behind a shrink are drawn on the smaller screen.
pub fn render(frame: &mut Frame, app: &App) -> Drawn {
    let area = frame.area();
    let areas = layout::Areas::compute_panes(
        (area.width, area.height),
        app.mode.full(),
        app.ruler,
        app.panes(),
    );
    let mut drawn = Drawn {
        areas,
        ..Drawn::default()
    };
    if areas.too_small {
        let note = crate::text::truncate(
            app.words.phrase(crate::words::Phrase::TooSmall),
            usize::from(area.width),
        );
        let note = Paragraph::new(note).centered();
        let area = areas.screen.centered_vertically(Constraint::Length(1));
        frame.render_widget(note, area);
        return drawn;
    }
    header::render(frame, app, areas.header);
    if let Some(r) = areas.ruler {
        ruler::render(frame, app, r);
    }
    if areas.list.width > 0 {
        list::render(frame, app, areas.list, areas.list_body);
    }
    if let Some(d) = areas.detail {
        drawn.detail = Some(detail::render(frame, app, d, areas.detail_body));
    }
    footer::render(frame, app, areas.footer);
    if matches!(app.mode, crate::app::Mode::Sources(_)) {
        sources::render(frame, app, areas.overlay);
    } else {
        drawn.help = overlays::render(frame, app, areas.overlay);
    }
    drawn
}
