//! The header: title and span, then custody status and what the filters show. Each line
//! fits the width: what is cut ends in `…`, and the filter status is cut last.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use unicode_width::UnicodeWidthStr as _;

use crate::app::{App, SearchMode};
use crate::present;
use crate::text::{sanitize, truncate};

/// The custody status as of the current event: `As of 14 Nov 2024: in custody since 13 Feb
/// 2024 (day 276), serving a sentence; 806 to 836 days in custody in all`, or that none is
/// recorded yet when a later event records one.
#[must_use]
pub fn custody_text(app: &App) -> Option<(String, bool)> {
    let index = app.current_index()?;
    let w = app.words;
    let Some(status) = app.timeline.custody_at(index) else {
        return app
            .timeline
            .records_custody()
            .then(|| (as_of(app, w.no_custody_yet()), false));
    };
    let since = present::event_date(w, status.since);
    // When the status changed within the event's month or year, both are said; the length
    // of the custody before gives way to the change.
    let held = status.held.filter(|_| status.then.is_none());
    let mut state = w.custody_since(status.state, &since, status.day, held);
    if let Some((custody, from)) = status.then {
        state.push_str("; ");
        state.push_str(&w.custody_then(custody, &present::event_date(w, from)));
    }
    if status.total.most != Some(0) {
        state.push_str("; ");
        state.push_str(&w.custody_total(status.total));
    }
    Some((as_of(app, &state), status.state.in_custody()))
}

/// `As of 12 Dec 2023: …`, or `Between 27 Mar and 5 Jun 2024: …` for an event in a window.
fn as_of(app: &App, state: &str) -> String {
    let w = app.words;
    match app.current().map(|e| e.date) {
        Some(date) if date.is_window() => w.as_of_window(&present::event_date(w, date), state),
        date => w.as_of(
            &date.map(|d| present::event_date(w, d)).unwrap_or_default(),
            state,
        ),
    }
}

/// Draws the header.
pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let meta = &app.timeline.meta;
    let room = usize::from(area.width);
    let name = truncate(&sanitize(meta.title_in(app.words.lang())), room);
    let span = format!(
        "  {} – {}",
        present::date(app.words, meta.from),
        present::date(app.words, meta.to)
    );
    let span = truncate(&span, room.saturating_sub(name.width()));
    let title = Line::from(vec![
        Span::styled(name, theme.title()),
        Span::styled(span, theme.dim()),
    ]);
    if let Some(banner) = &app.banner {
        // The banner takes both lines when it needs them: what is wrong matters more than
        // the title while it is.
        let text = sanitize(banner);
        let lines = if text.width() <= room {
            vec![title, Line::styled(text.into_owned(), theme.banner())]
        } else {
            banner_lines(&text, room, theme.banner())
        };
        super::lines::draw(frame.buffer_mut(), area, &lines);
        return;
    }
    let custody = custody_text(app);
    let total = app.timeline.events.len();
    // A search that only marks its matches does not narrow what the list shows.
    let narrowing = app
        .search
        .as_ref()
        .filter(|_| app.search_mode == SearchMode::Filter);
    let showing = (!app.filters.is_empty() || narrowing.is_some()).then(|| {
        let mut what = app.filters.describe(app.words, &app.timeline.names);
        if let Some(q) = narrowing {
            if !what.is_empty() {
                what.push_str(", ");
            }
            what.push_str(&app.words.quoted(&sanitize(q)));
        }
        truncate(&app.words.showing(app.visible.len(), total, &what), room)
    });
    let mut status = Vec::new();
    if let Some((text, held)) = custody {
        // The custody status gives way to the filter status, which explains the list.
        let gap = showing.as_ref().map_or(0, |s| s.width() + GAP.len());
        let left = room.saturating_sub(gap);
        // A stub of a few cells says nothing: below that the custody status is left out.
        if left >= MIN_STATUS {
            let text = truncate(&text, left);
            status.push(Span::styled(
                text,
                if held { theme.alert() } else { theme.calm() },
            ));
        }
    }
    if let Some(showing) = showing {
        if !status.is_empty() {
            status.push(Span::raw(GAP));
        }
        status.push(Span::styled(showing, theme.label()));
    }
    super::lines::draw(frame.buffer_mut(), area, &[title, Line::from(status)]);
}

/// A banner in two lines of `room` cells, the second cut with `…` if it goes on.
fn banner_lines(text: &str, room: usize, style: ratatui::style::Style) -> Vec<Line<'static>> {
    let mut lines: Vec<String> = crate::view::wrap::wrap(vec![(text.to_owned(), style)], room)
        .iter()
        .map(ToString::to_string)
        .collect();
    if lines.len() > 2 {
        let rest = lines.split_off(1).join(" ");
        lines.push(truncate(&rest, room));
    }
    lines.into_iter().map(|l| Line::styled(l, style)).collect()
}

/// The space between the custody status and the filter status.
const GAP: &str = "   ";
/// The fewest cells the custody status is shown in, cut.
const MIN_STATUS: usize = 12;
