//! Screen geometry, shared by rendering and by the state logic that needs it (paging, clicks).

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this size only a "terminal too small" note is drawn.
pub const MIN_SIZE: (u16, u16) = (24, 7);

/// Where each region of the screen is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    /// Whether the terminal is too small to draw the app.
    pub too_small: bool,
    /// The whole screen.
    pub screen: Rect,
    /// Title, span and status lines.
    pub header: Rect,
    /// The overview ruler, when shown.
    pub ruler: Option<Rect>,
    /// The chronology pane, with its border (empty on the full screen).
    pub list: Rect,
    /// The chronology rows inside the border.
    pub list_body: Rect,
    /// The detail pane or the full-screen detail, with its border, when shown.
    pub detail: Option<Rect>,
    /// The detail text inside the border.
    pub detail_body: Rect,
    /// The footer line.
    pub footer: Rect,
    /// Where popups (help, pickers, prompts) are centred: everything above the footer, which
    /// stays readable under them.
    pub overlay: Rect,
}

/// The width of the help popup.
pub const HELP_WIDTH: u16 = 78;

/// A popup of at most `width` × `height` cells, centred in `within`.
#[must_use]
pub fn popup(within: Rect, width: u16, height: u16) -> Rect {
    within.centered(
        Constraint::Length(width.min(within.width)),
        Constraint::Length(height.min(within.height)),
    )
}

/// The help popup, in the overlay area.
#[must_use]
pub fn help_popup(overlay: Rect) -> Rect {
    popup(overlay, HELP_WIDTH, overlay.height.saturating_sub(2))
}

/// The first line shown of `total` lines scrolled to `top` in `shown` rows: never past the
/// last screenful. The one rule for the detail text and the help, used by the frame that
/// draws them and by the state that scrolls them.
#[must_use]
pub fn scroll_top(top: usize, total: usize, shown: usize) -> usize {
    top.min(total.saturating_sub(shown.max(1)))
}

/// Whether a cell lies in a rectangle.
#[must_use]
pub fn contains(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.right() && y >= r.y && y < r.bottom()
}

fn inner(r: Rect) -> Rect {
    r.inner(ratatui::layout::Margin::new(1, 1))
}

impl Areas {
    /// The areas for a terminal size, screen (split or full) and ruler setting.
    #[must_use]
    pub fn compute((w, h): (u16, u16), full: bool, ruler: bool) -> Self {
        let screen = Rect::new(0, 0, w, h);
        if w < MIN_SIZE.0 || h < MIN_SIZE.1 {
            return Self {
                too_small: true,
                screen,
                ..Self::default()
            };
        }
        let ruler_rows = if ruler && h >= 16 && w >= 40 { 3 } else { 0 };
        let [header, ruler_area, body, footer] = screen.layout(&Layout::vertical([
            Constraint::Length(2),
            Constraint::Length(ruler_rows),
            Constraint::Fill(1),
            Constraint::Length(1),
        ]));
        let ruler = (ruler_rows > 0).then_some(ruler_area);
        let overlay = Rect {
            height: h.saturating_sub(1),
            ..screen
        };
        let (list, detail) = if full {
            (Rect::default(), Some(body))
        } else if w >= 70 {
            let [list, detail] = body.layout(&Layout::horizontal([
                Constraint::Percentage(45),
                Constraint::Percentage(55),
            ]));
            (list, Some(detail))
        } else {
            (body, None)
        };
        Self {
            too_small: false,
            screen,
            header,
            ruler,
            list,
            list_body: inner(list),
            detail,
            detail_body: detail.map(inner).unwrap_or_default(),
            footer,
            overlay,
        }
    }
}
