//! What the last frame drew, as the frame reports it back (television's `draw(..) ->
//! Layout`): the state scrolls the detail text and the help by these numbers instead of
//! laying the text out again, and the frame keeps the laid-out detail here so that a key
//! that changes nothing in it (a scroll) does not lay it out again.

use std::sync::Arc;

use super::{App, Mode, Overlay};
use crate::model::EventIx;
use crate::view::detail::Detail;
use crate::view::layout::Areas;
use crate::words::Lang;

/// What a frame drew.
#[derive(Debug, Clone, Default)]
pub struct Drawn {
    /// The areas, from the frame's own size.
    pub areas: Areas,
    /// The detail text, when it was drawn.
    pub detail: Option<DrawnDetail>,
    /// The help, when it was drawn.
    pub help: Option<DrawnHelp>,
}

/// The detail text as drawn.
#[derive(Debug, Clone, Default)]
pub struct DrawnDetail {
    /// The event shown.
    pub event: Option<EventIx>,
    /// How many lines the text takes.
    pub lines: usize,
    /// The rows it was drawn in.
    pub rows: usize,
    /// The first line drawn: the scroll, as the frame clamped it.
    pub top: usize,
    /// The line of each numbered link (see [`Detail::link_lines`]).
    pub link_lines: Vec<usize>,
    /// The laid-out text, for the next frame to reuse while its key holds.
    pub laid: Option<Arc<Laid>>,
}

/// The help as drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DrawnHelp {
    /// How many rows it takes.
    pub rows: usize,
    /// The rows shown.
    pub shown: usize,
    /// The first row drawn, as the frame clamped it.
    pub top: usize,
}

/// What the detail text depends on: the same key, the same text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailKey {
    /// The event.
    pub event: Option<EventIx>,
    /// The width laid out to.
    pub width: u16,
    /// The language.
    pub lang: Lang,
    /// The folded query marked in it.
    pub query: Option<String>,
    /// The highlighted link.
    pub link: Option<usize>,
    /// The styles.
    pub theme: crate::view::Theme,
}

/// The detail text laid out for a key.
#[derive(Debug)]
pub struct Laid {
    /// What it was laid out for.
    pub key: DetailKey,
    /// The text.
    pub detail: Detail,
}

impl App {
    /// Keeps what the frame drew; the scrolls become what it showed.
    pub fn record(&mut self, drawn: Drawn) {
        if let Some(d) = &drawn.detail {
            self.detail_scroll = d.top;
        }
        if let (Some(h), Mode::Over(_, Overlay::Help(pager))) = (&drawn.help, &mut self.mode) {
            pager.top = h.top;
        }
        self.drawn = drawn;
    }

    /// What the last frame drew.
    #[must_use]
    pub fn drawn(&self) -> &Drawn {
        &self.drawn
    }

    /// The detail text laid out at a width: the last frame's, if nothing it depends on has
    /// changed since, else laid out now.
    #[must_use]
    pub fn laid_detail(&self, width: u16) -> Arc<Laid> {
        let key = DetailKey {
            event: self.current_index(),
            width,
            lang: self.words.lang(),
            query: self.highlight(),
            link: self.mode.link(),
            theme: self.theme,
        };
        let last = self.drawn.detail.as_ref().and_then(|d| d.laid.as_ref());
        match last.filter(|l| l.key == key) {
            Some(laid) => Arc::clone(laid),
            None => Arc::new(Laid {
                detail: crate::view::detail::again(
                    &self.detail_spec(),
                    usize::from(width),
                    last.map(|l| &l.detail),
                ),
                key,
            }),
        }
    }

    /// The last drawn detail, if it showed the current event.
    pub(super) fn drawn_detail(&self) -> Option<&DrawnDetail> {
        self.drawn
            .detail
            .as_ref()
            .filter(|d| d.event == self.current_index())
    }
}
