//! Lines of text drawn into an area, each cut at its width: what ratatui's `Paragraph`
//! draws without wrapping, cell for cell, at a fraction of its cost. The panes draw every
//! cell of a 200×50 screen on every key, and `Paragraph` measured each character four
//! times, segmented plain ASCII into graphemes one by one, gathered them into a list per
//! line and looked every cell up with a bounds check (BENCHMARKS.md, 2026-12-06, second
//! session). Here printable ASCII, most of the text, is one cell a byte, and each row of
//! cells is found once.

use ratatui::buffer::{Buffer, CellWidth as _};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use unicode_segmentation::UnicodeSegmentation as _;

/// Draws `lines` from the top of `area`, one a row, as `Paragraph::new(lines)` does with no
/// wrap, scroll or style of its own: each line cut before the first character that would
/// pass the right edge (a character wider than the whole area is left out), placed by its
/// alignment, and the cells it does not reach left as they are.
pub fn draw<'a>(buf: &mut Buffer, area: Rect, lines: impl IntoIterator<Item = &'a Line<'a>>) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    for (y, line) in (area.top()..area.bottom()).zip(lines) {
        let start = buf.index_of(area.x, y);
        let row = &mut buf.content[start..start + usize::from(area.width)];
        let mut x = match line.alignment.unwrap_or(Alignment::Left) {
            Alignment::Left => 0,
            Alignment::Center => (area.width / 2).saturating_sub(shown_width(line, area.width) / 2),
            Alignment::Right => area.width.saturating_sub(shown_width(line, area.width)),
        };
        each_shown(line, area.width, |symbol, width, style| {
            if width == 0 {
                return;
            }
            if let Some(cell) = row.get_mut(usize::from(x)) {
                cell.set_symbol(symbol).set_style(style);
            }
            x += width;
        });
    }
}

/// The width of what [`each_shown`] shows of a line.
fn shown_width(line: &Line, room: u16) -> u16 {
    let mut used = 0;
    each_shown(line, room, |_, width, _| used += width);
    used
}

/// Calls `f` with each grapheme of `line` that fits in `room` columns (its symbol, width
/// and style), in order, as `Paragraph`'s line truncator chooses them.
fn each_shown(line: &Line, room: u16, mut f: impl FnMut(&str, u16, Style)) {
    let mut used: u16 = 0;
    for span in line {
        let style = line.style.patch(span.style);
        let text = span.content.as_ref();
        // Printable ASCII: one grapheme, one cell, a byte.
        if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
            let fits = usize::from(room - used).min(text.len());
            for i in 0..fits {
                f(&text[i..=i], 1, style);
            }
            used += u16::try_from(fits).unwrap_or(room - used);
            if fits < text.len() {
                return;
            }
            continue;
        }
        for symbol in text
            .graphemes(true)
            .filter(|g| !g.contains(char::is_control))
        {
            let width = symbol.cell_width();
            if width > room {
                continue;
            }
            if used + width > room {
                return;
            }
            f(symbol, width, style);
            used += width;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;
    use ratatui::widgets::{Paragraph, Widget as _};

    use super::*;

    /// Pieces of text with what makes cutting them hard: wide and zero-width characters,
    /// combining marks, controls, emoji sequences.
    const PIECES: [&str; 12] = [
        "a",
        "court ",
        "~",
        "世",
        "e\u{301}",
        "\t",
        "\u{200b}",
        "👩\u{200d}💻",
        "é",
        " ",
        "ﾞ",
        "\n",
    ];

    fn styled_line(spans: &[(Vec<usize>, u8)], align: u8, line_style: bool) -> Line<'static> {
        let styles = [
            Style::new(),
            Style::new().fg(Color::Red),
            Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD),
        ];
        let mut line = Line::from(
            spans
                .iter()
                .map(|(text, s)| {
                    let text: String = text.iter().map(|&i| PIECES[i]).collect();
                    Span::styled(text, styles[usize::from(*s) % 3])
                })
                .collect::<Vec<_>>(),
        );
        if line_style {
            line = line.style(Style::new().add_modifier(Modifier::ITALIC));
        }
        match align % 4 {
            1 => line.left_aligned(),
            2 => line.centered(),
            3 => line.right_aligned(),
            _ => line,
        }
    }

    proptest! {
        /// Any lines in any area draw exactly the cells `Paragraph` draws, over a buffer
        /// that already holds something.
        #[test]
        fn lines_draw_as_a_paragraph_draws_them(
            lines in proptest::collection::vec(
                (proptest::collection::vec(
                    (proptest::collection::vec(0..PIECES.len(), 0..8), any::<u8>()), 0..4),
                 any::<u8>(), any::<bool>()),
                0..5),
            (x, y, w, h) in (0u16..3, 0u16..2, 0u16..14, 0u16..5),
        ) {
            let lines: Vec<Line> =
                lines.iter().map(|(s, a, l)| styled_line(s, *a, *l)).collect();
            let screen = Rect::new(0, 0, 16, 6);
            let area = Rect::new(x, y, w, h);
            let mut expected = Buffer::filled(screen, ratatui::buffer::Cell::new("x"));
            let mut drawn = expected.clone();
            Paragraph::new(lines.clone()).render(area, &mut expected);
            draw(&mut drawn, area, &lines);
            prop_assert_eq!(drawn, expected);
        }
    }
}
