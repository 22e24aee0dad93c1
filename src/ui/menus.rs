//! The popups that are lists of entries, each drawn from its state: the kind and tag picker
//! (`f`), the export formats (`x`) with their file extensions, and the citation menu (`y`)
//! with the first line of what its entry copies.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{block, popup, position};
use crate::app::{App, CiteMenu, ExportMenu, Picker, PickerEntry};
use crate::text::fit;
use crate::words::Phrase;

/// Draws the picker over `screen`: every kind, then every tag, each with its count and
/// whether it is chosen; the cursor's entry highlighted and kept in view.
pub fn picker(frame: &mut Frame, app: &App, picker: Picker, screen: Rect) {
    let cursor = picker.cursor;
    let entries = app.picker_entries();
    let height = u16::try_from(entries.len() + 4).unwrap_or(u16::MAX);
    let area = popup(frame, screen, 46, height);
    let inner_h = usize::from(area.height.saturating_sub(2)).max(1);
    let top = cursor.saturating_sub(inner_h.saturating_sub(1));
    let theme = app.theme;
    let mut lines: Vec<Line> = Vec::new();
    for (n, entry) in entries.iter().enumerate().skip(top).take(inner_h) {
        let check = if app.is_chosen(entry) { "[x] " } else { "[ ] " };
        let (label, count, style) = match entry {
            PickerEntry::Kind(k, c) => (
                format!("{} {}", crate::view::kind_marker(*k), app.words.kind(*k)),
                *c,
                theme.kind(*k),
            ),
            PickerEntry::Tag(t, c) => (
                crate::view::detail::tag_label(&app.timeline.names, t, app.words.lang()),
                *c,
                Style::new(),
            ),
        };
        let base = if n == cursor {
            theme.cursor()
        } else {
            Style::new()
        };
        let style = if count == 0 {
            base.patch(theme.dim())
        } else {
            base.patch(style)
        };
        let text = format!("{check}{} {count:>5}", fit(&label, 34));
        lines.push(Line::styled(text, style));
    }
    let block = block(app, app.words.phrase(Phrase::FilterTitle), area).title_bottom(position(
        cursor,
        entries.len(),
        inner_h,
        theme.dim(),
    ));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// The export formats, the cursor's highlighted.
pub fn formats(frame: &mut Frame, app: &App, menu: ExportMenu, screen: Rect) {
    let cursor = menu.cursor;
    let title = app.words.phrase(Phrase::ExportTitle);
    let width = u16::try_from(unicode_width::UnicodeWidthStr::width(title) + 6).unwrap_or(60);
    let height = u16::try_from(crate::export::Format::ALL.len() + 2).unwrap_or(7);
    let area = popup(frame, screen, width, height);
    let lines: Vec<Line> = crate::export::Format::ALL
        .iter()
        .enumerate()
        .map(|(n, f)| {
            let style = if n == cursor {
                app.theme.cursor()
            } else {
                Style::new()
            };
            Line::styled(format!(" {} (.{})", f.name(), f.extension()), style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block(app, title, area)), area);
}

/// The citation menu, the cursor's entry highlighted, and the first line of what it copies.
pub fn cite(frame: &mut Frame, app: &App, menu: CiteMenu, screen: Rect) {
    let cursor = menu.cursor;
    let choices = app.cite_choices();
    let height = u16::try_from(choices.len() + 4).unwrap_or(u16::MAX);
    let area = popup(frame, screen, 60, height);
    let mut lines: Vec<Line> = choices
        .iter()
        .enumerate()
        .map(|(n, &c)| {
            let style = if n == cursor {
                app.theme.cursor()
            } else {
                Style::new()
            };
            Line::styled(format!(" {}", app.cite_label(c)), style)
        })
        .collect();
    let preview = choices
        .get(cursor)
        .map(|&c| app.cite_preview(c))
        .unwrap_or_default();
    let first = crate::text::sanitize(&preview).into_owned();
    let room = usize::from(area.width.saturating_sub(4));
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", crate::text::truncate(&first, room)),
        app.theme.dim(),
    ));
    let title = app.words.phrase(Phrase::CiteTitle);
    frame.render_widget(Paragraph::new(lines).block(block(app, title, area)), area);
}
