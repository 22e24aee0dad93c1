//! Overlays drawn over the main screen: the help, the filter picker, the export formats, the
//! citation menu and the year prompt (the sources view has its own file).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use crate::app::keys::help_text;
use crate::app::{App, DrawnHelp, Mode, PickerEntry};
use crate::text::fit;
use crate::words::Phrase;

pub(super) fn popup(frame: &mut Frame, screen: Rect, width: u16, height: u16) -> Rect {
    let area = crate::view::layout::popup(screen, width, height);
    frame.render_widget(Clear, area);
    area
}

/// A popup's frame over `area`, its title cut with `…` where the border is too short.
pub(super) fn block(app: &App, title: &str, area: Rect) -> Block<'static> {
    // Two corners and a space either side of the title.
    let room = usize::from(area.width).saturating_sub(4);
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(app.theme.focused())
        .title(format!(" {} ", crate::text::truncate(title, room)))
}

/// Draws whichever overlay is open; says how the help was drawn, when it was.
pub fn render(frame: &mut Frame, app: &App, screen: Rect) -> Option<DrawnHelp> {
    match &app.mode {
        Mode::Help(_) => return Some(help(frame, app, screen)),
        Mode::Picker(_, cursor) => picker(frame, app, screen, *cursor),
        Mode::Export(_, cursor) => formats(frame, app, screen, *cursor),
        Mode::Cite(_, cursor) => cite_menu(frame, app, screen, *cursor),
        Mode::Year(_, text) => {
            let title = app.words.phrase(Phrase::YearTitle);
            let width =
                u16::try_from(unicode_width::UnicodeWidthStr::width(title) + 6).unwrap_or(u16::MAX);
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
        // The sources view is drawn by its own file, `ui::sources`.
        Mode::Search(..) | Mode::Browse(_) | Mode::Sources(_) => {}
    }
    None
}

fn help(frame: &mut Frame, app: &App, screen: Rect) -> DrawnHelp {
    let area = crate::view::layout::help_popup(screen);
    frame.render_widget(Clear, area);
    let theme = app.theme;
    let inner = usize::from(area.width.saturating_sub(2));
    let all = crate::view::help::lines(help_text(app.words), inner, &theme);
    let total = all.len();
    let shown = usize::from(area.height.saturating_sub(2));
    let top = crate::view::layout::scroll_top(app.help_scroll, total, shown);
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

/// The export formats, the cursor's highlighted.
fn formats(frame: &mut Frame, app: &App, screen: Rect, cursor: usize) {
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
fn cite_menu(frame: &mut Frame, app: &App, screen: Rect, cursor: usize) {
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
    let text = choices
        .get(cursor)
        .and_then(|&c| app.cite_text(c))
        .unwrap_or_default();
    let first = crate::text::sanitize(text.lines().next().unwrap_or_default()).into_owned();
    let room = usize::from(area.width.saturating_sub(4));
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", crate::text::truncate(&first, room)),
        app.theme.dim(),
    ));
    let title = app.words.phrase(Phrase::CiteTitle);
    frame.render_widget(Paragraph::new(lines).block(block(app, title, area)), area);
}

fn picker(frame: &mut Frame, app: &App, screen: Rect, cursor: usize) {
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

/// ` 12/130 `, right-aligned on a popup's bottom border, when its list does not fit.
fn position(cursor: usize, total: usize, shown: usize, style: Style) -> Line<'static> {
    if total <= shown {
        return Line::default();
    }
    Line::styled(format!(" {}/{total} ", cursor + 1), style).right_aligned()
}
