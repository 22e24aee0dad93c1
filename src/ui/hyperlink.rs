//! Source addresses as terminal hyperlinks (OSC 8). A buffer cell holds one character, so
//! each cell of a drawn address gets the whole sequence around its own character, its width
//! forced to the character's, so that ratatui's diff still counts columns right (the same
//! idea as ratatui's hyperlink example, one cell at a time). Terminals that know OSC 8 join
//! the cells into one link; the others ignore the sequence and show the text.

use std::fmt::Write as _;
use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr as _;

use crate::view::detail::LinkSpan;

/// Whether to write hyperlinks, given `TERM` and `FORCE_HYPERLINK` (the variable the
/// `supports-hyperlinks` libraries read): `FORCE_HYPERLINK=0` turns them off and any other
/// value on; otherwise they are on except on a dumb terminal or the Linux console, which
/// would print the sequence.
#[must_use]
pub fn wanted(term: Option<&str>, force: Option<&str>) -> bool {
    match force {
        Some(f) if !f.is_empty() => f != "0",
        _ => !matches!(term.unwrap_or(""), "" | "dumb" | "linux"),
    }
}

/// The address as the terminal is given it, or none when it is not a checked `http(s)`
/// address: characters outside printable ASCII are percent-encoded, as OSC 8 requires.
#[must_use]
pub fn target(url: &str) -> Option<String> {
    if !crate::text::linkable(url) {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        if (0x21..0x7f).contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    Some(out)
}

/// Makes hyperlinks of the addresses drawn in `body`, the detail text scrolled by `top`.
pub fn mark(buf: &mut Buffer, body: Rect, top: usize, links: &[LinkSpan]) {
    for link in links {
        let Some(url) = target(&link.url) else {
            continue;
        };
        let Some(row) = link
            .line
            .checked_sub(top)
            .and_then(|r| u16::try_from(r).ok())
            .filter(|&r| r < body.height)
        else {
            continue;
        };
        let y = body.y + row;
        let end = body.x + u16::try_from(link.end).unwrap_or(u16::MAX).min(body.width);
        let mut x = body.x
            + u16::try_from(link.start)
                .unwrap_or(u16::MAX)
                .min(body.width);
        while x < end {
            let cell = &mut buf[(x, y)];
            let symbol = cell.symbol().to_owned();
            let width = u16::try_from(symbol.width().max(1)).unwrap_or(1);
            cell.set_symbol(&format!("\x1b]8;;{url}\x1b\\{symbol}\x1b]8;;\x1b\\"));
            if let Some(w) = NonZeroU16::new(width) {
                cell.set_diff_option(CellDiffOption::ForcedWidth(w));
            }
            x += width;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_checked_addresses_become_links_and_non_ascii_is_encoded() {
        assert_eq!(
            target("https://example.org/a?b=c"),
            Some("https://example.org/a?b=c".into())
        );
        assert_eq!(
            target("https://ru.example/дело"),
            Some("https://ru.example/%D0%B4%D0%B5%D0%BB%D0%BE".into())
        );
        assert_eq!(target("javascript:alert(1)"), None);
        assert_eq!(target("https://x/\x1b]8;;evil"), None);
        assert_eq!(target("https://x/\u{7}"), None);
        assert_eq!(target("file:///etc/passwd"), None);
    }

    #[test]
    fn off_on_dumb_terminals_and_by_force_hyperlink() {
        assert!(wanted(Some("xterm-256color"), None));
        assert!(!wanted(Some("dumb"), None));
        assert!(!wanted(Some("linux"), None));
        assert!(!wanted(None, None));
        assert!(!wanted(Some("xterm-256color"), Some("0")));
        assert!(wanted(Some("dumb"), Some("1")));
        assert!(wanted(Some("xterm"), Some("")));
    }

    #[test]
    fn each_cell_of_a_drawn_address_carries_the_link() {
        let area = Rect::new(0, 0, 12, 2);
        let mut buf = Buffer::empty(area);
        buf.set_string(0, 1, "  https://a.b", ratatui::style::Style::new());
        let links = [LinkSpan {
            line: 5,
            start: 2,
            end: 12,
            url: "https://a.b".into(),
        }];
        mark(&mut buf, area, 4, &links);
        assert_eq!(buf[(1, 1)].symbol(), " ");
        assert_eq!(
            buf[(2, 1)].symbol(),
            "\x1b]8;;https://a.b\x1b\\h\x1b]8;;\x1b\\"
        );
        assert_eq!(
            buf[(10, 1)].symbol(),
            "\x1b]8;;https://a.b\x1b\\a\x1b]8;;\x1b\\"
        );
        mark(&mut buf, area, 9, &links);
        assert_eq!(
            buf[(0, 0)].symbol(),
            " ",
            "a line scrolled away is left alone"
        );
    }
}
