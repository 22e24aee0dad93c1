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

/// How the split screen shares its width between the chronology and the detail (`+` cycles).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Share {
    /// The chronology takes most of the width.
    ListWide,
    /// Each pane takes what it needs: the chronology enough for its titles, the detail the rest.
    #[default]
    Even,
    /// The detail takes most of the width.
    DetailWide,
}

impl Share {
    /// The next share in the cycle: list-wide, even, detail-wide.
    #[must_use]
    pub fn next(self) -> Self {
        match self {
            Self::ListWide => Self::Even,
            Self::Even => Self::DetailWide,
            Self::DetailWide => Self::ListWide,
        }
    }
}

/// One of the split screen's two panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The chronology.
    List,
    /// The detail.
    Detail,
}

/// How the split screen is divided: its share, and the pane zoomed to the whole width (`_`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    /// The share of the width between the panes.
    pub share: Share,
    /// The pane shown alone, if one is zoomed.
    pub zoom: Option<Pane>,
}

/// The chronology pane's width at which a title keeps its first 36 characters: two border
/// cells, the date and kind columns (at most 17 cells, as Russian months take) and 37 cells
/// of title (36 and `…`).
pub const LIST_WANT: u16 = 56;

/// The narrowest detail pane beside the chronology.
pub const DETAIL_MIN: u16 = 24;

/// The widest the detail text runs when it has the whole width: a readable measure.
pub const MEASURE: u16 = 100;

/// The chronology pane's width on a split screen of `w` columns (70 or more).
fn list_width(w: u16, share: Share) -> u16 {
    let most = w.saturating_sub(DETAIL_MIN);
    let even = (w * 45 / 100).max(LIST_WANT.min(most));
    match share {
        Share::Even => even,
        Share::ListWide => even.max(w - (w / 4).max(16)),
        Share::DetailWide => even.min((w * 3 / 10).max(DETAIL_MIN)),
    }
}

/// The detail text inside a pane of the whole width: at most [`MEASURE`] columns, centred.
fn measured(body: Rect) -> Rect {
    let width = body.width.min(MEASURE);
    Rect {
        x: body.x + (body.width - width) / 2,
        width,
        ..body
    }
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
    /// The areas for a terminal size, screen (split or full) and ruler setting, with the
    /// panes evenly shared.
    #[must_use]
    pub fn compute(size: (u16, u16), full: bool, ruler: bool) -> Self {
        Self::compute_panes(size, full, ruler, Panes::default())
    }

    /// The areas for a terminal size, screen (split or full), ruler setting and division of
    /// the split screen: the chronology takes the width its titles need (see [`LIST_WANT`])
    /// where the terminal has it, and a pane of the whole width keeps its text to a measure.
    #[must_use]
    pub fn compute_panes((w, h): (u16, u16), full: bool, ruler: bool, panes: Panes) -> Self {
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
        let (list, detail) = match panes.zoom {
            _ if full => (Rect::default(), Some(body)),
            Some(Pane::Detail) => (Rect::default(), Some(body)),
            None if w >= 70 => {
                let [list, detail] = body.layout(&Layout::horizontal([
                    Constraint::Length(list_width(w, panes.share)),
                    Constraint::Fill(1),
                ]));
                (list, Some(detail))
            }
            // A zoomed chronology, or a terminal too narrow for two panes.
            Some(Pane::List) | None => (body, None),
        };
        let whole = list.width == 0;
        Self {
            too_small: false,
            screen,
            header,
            ruler,
            list,
            list_body: inner(list),
            detail,
            detail_body: detail
                .map(|d| if whole { measured(inner(d)) } else { inner(d) })
                .unwrap_or_default(),
            footer,
            overlay,
        }
    }
}
