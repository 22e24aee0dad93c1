//! The footer: position, search state, a transient message or the key hints from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::hints::{self, Hint};
use crate::app::{App, Focus, Mode, SearchMode};
use crate::text::sanitize;
use crate::words::{Phrase, Topic};

/// `3/7 matches for "court"`, when a search is in force.
#[must_use]
pub fn match_text(app: &App) -> Option<String> {
    let q = app.search.as_deref()?;
    let m = app.matches();
    let at = app
        .current_index()
        .and_then(|i| m.binary_search(&i).ok())
        .map_or(0, |p| p + 1);
    let line = app.words.matches_for(at, m.len(), &sanitize(q));
    let lang = app.words.lang();
    Some(match app.matched_source() {
        Some(s) => {
            let name = s.publisher_in(lang).unwrap_or_else(|| s.title_in(lang));
            format!("{line} · {}", app.words.matched_in_source(&sanitize(name)))
        }
        None => line,
    })
}

/// ` (filtered)` or ` (marked)`: how the search shows its matches.
fn mode_text(app: &App) -> String {
    let p = match app.search_mode {
        SearchMode::Filter => Phrase::Filtered,
        SearchMode::Highlight => Phrase::Highlighted,
    };
    format!(" ({})", app.words.phrase(p))
}

/// Draws the footer.
pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let sep = || Span::styled(" │ ", theme.dim());
    let mut spans = Vec::new();
    if let Mode::Search(_, q) = &app.mode {
        let room = usize::from(area.width.saturating_sub(1));
        let (shown, col) = super::typed_line(q, room);
        spans.push(Span::styled("/", theme.key()));
        spans.push(Span::raw(shown));
        spans.push(sep());
        frame.set_cursor_position((area.x + 1 + col, area.y));
        let n = app.matches().len();
        if n == 0 && !q.is_empty() {
            spans.push(Span::styled(app.words.phrase(Phrase::NoMatch), theme.dim()));
        } else if !q.is_empty() {
            spans.push(Span::styled(app.words.matching(n), theme.dim()));
            spans.push(Span::styled(mode_text(app), theme.dim()));
        }
        spans.push(sep());
    } else {
        let position = if app.visible.is_empty() {
            "0/0".to_owned()
        } else {
            format!("{}/{}", app.cursor.get() + 1, app.visible.len())
        };
        // A filtering search shows only its matches, so the match count is the position:
        // it stands alone. A message takes the room of the match count.
        let matches = match_text(app).filter(|_| app.flash.is_none());
        let filtering = app.search_mode == SearchMode::Filter;
        let searching = matches.is_some();
        match matches {
            Some(m) if filtering => spans.push(Span::styled(format!(" {m}"), theme.title())),
            Some(m) => {
                spans.push(Span::styled(format!(" {position}"), theme.title()));
                spans.push(sep());
                spans.push(Span::styled(m, theme.label()));
            }
            None => spans.push(Span::styled(format!(" {position}"), theme.title())),
        }
        if searching {
            spans.push(Span::styled(mode_text(app), theme.dim()));
        }
        spans.push(sep());
    }
    let used = Line::from(spans.clone()).width();
    let room = usize::from(area.width).saturating_sub(used);
    if let Some(flash) = &app.flash {
        // A message longer than the room left is cut with `…`, never mid-character.
        spans.push(Span::styled(
            crate::text::truncate(&sanitize(&flash.text), room),
            theme.alert(),
        ));
    } else {
        for (n, hint) in fit_hints(hints(app), room).into_iter().enumerate() {
            if n > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(hint.keys, theme.key()));
            spans.push(Span::styled(format!(" {}", hint.text), theme.dim()));
        }
    }
    super::lines::draw(frame.buffer_mut(), area, [&Line::from(spans)]);
}

/// The hints of the context, as they apply now: `n N` first while a search is in force,
/// and the keys that move the selection said to scroll when the detail pane has the focus.
fn hints(app: &App) -> impl Iterator<Item = Hint> {
    let context = app.context();
    let searching = app.search.is_some() && !matches!(app.mode, Mode::Search(..));
    let matches = hints::hint_for(context, Topic::MatchStep, app.words).filter(|_| searching);
    let scrolling = app.mode.focus() == Focus::Detail;
    let scroll = app.words.hint(Topic::ScrollDown);
    matches
        .into_iter()
        .chain(hints::hints(context, app.words))
        .map(move |mut h| {
            if let Some(scroll) = scroll.filter(|_| scrolling && h.topic == Topic::NextEvent) {
                h.text = scroll;
            }
            h
        })
}

/// The width a hint takes: its keys, a space, its words.
fn width(h: &Hint) -> usize {
    use unicode_width::UnicodeWidthStr as _;
    h.keys.width() + 1 + h.text.width()
}

/// The hints that fit in `room` columns, most needed first: the essential ones (help, back or
/// quit) always, then the others from the most to the least important until one does not
/// fit (a less important hint never takes the place of a more important one).
#[must_use]
pub fn fit_hints(hints: impl Iterator<Item = Hint>, room: usize) -> Vec<Hint> {
    let all: Vec<Hint> = hints.collect();
    let gap = 2;
    let mut used: usize = all
        .iter()
        .filter(|h| h.essential)
        .map(|h| width(h) + gap)
        .sum();
    let mut keep: Vec<bool> = all.iter().map(|h| h.essential).collect();
    for (i, h) in all.iter().enumerate().filter(|(_, h)| !h.essential) {
        if used + width(h) + gap > room + gap {
            break;
        }
        used += width(h) + gap;
        keep[i] = true;
    }
    all.into_iter()
        .zip(keep)
        .filter_map(|(h, k)| k.then_some(h))
        .collect()
}
