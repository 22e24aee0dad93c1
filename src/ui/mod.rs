//! Drawing the explorer from `&App`: one module per screen region.

mod detail;
pub mod footer;
mod header;
mod help_and_date;
pub mod hyperlink;
mod lines;
mod list;
mod menus;
mod ruler;
mod sources;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

pub use footer::match_text as footer_match_text;

use crate::app::{App, Drawn, DrawnHelp, Mode, Overlay};
use crate::view::{Theme, layout};

/// The bordered block of a pane: thick and highlighted when focused, so focus shows
/// without colour too.
#[must_use]
pub fn pane(theme: Theme, focused: bool, title: &str) -> Block<'_> {
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
    if let Mode::Over(_, open) = &app.mode {
        drawn.help = overlay(frame, app, open, areas.overlay);
    }
    drawn
}

/// Draws the open popup over `screen`; says how the help was drawn, when it was.
fn overlay(frame: &mut Frame, app: &App, open: &Overlay, screen: Rect) -> Option<DrawnHelp> {
    match open {
        Overlay::Help(pager) => return Some(help_and_date::help(frame, app, *pager, screen)),
        Overlay::Picker(p) => menus::picker(frame, app, *p, screen),
        Overlay::Year(prompt) => help_and_date::date(frame, app, prompt, screen),
        Overlay::Sources => sources::render(frame, app, screen),
        Overlay::Export(menu) => menus::formats(frame, app, *menu, screen),
        Overlay::Cite(menu) => menus::cite(frame, app, *menu, screen),
    }
    None
}

/// Clears and returns a `width` × `height` area centred over `screen` (cut to fit).
fn popup(frame: &mut Frame, screen: Rect, width: u16, height: u16) -> Rect {
    let area = crate::view::layout::popup(screen, width, height);
    frame.render_widget(Clear, area);
    area
}

/// A popup's frame over `area`, its title cut with `…` where the border is too short.
fn block(app: &App, title: &str, area: Rect) -> Block<'static> {
    // Two corners and a space either side of the title.
    let room = usize::from(area.width).saturating_sub(4);
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(app.theme.focused())
        .title(format!(" {} ", crate::text::truncate(title, room)))
}

/// ` 12/130 `, right-aligned on a popup's bottom border, when its list does not fit.
fn position(cursor: usize, total: usize, shown: usize, style: Style) -> Line<'static> {
    if total <= shown {
        return Line::default();
    }
    Line::styled(format!(" {}/{total} ", cursor + 1), style).right_aligned()
}
