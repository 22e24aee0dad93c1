//! End-to-end runs of the real binary that check what it writes beyond text: the prompt's
//! cursor, the sources' hyperlinks and the clipboard.

mod common;

use common::pty::Session;

/// The screen cursor as (row, column).
fn cursor(s: &Session) -> (u16, u16) {
    s.parser.screen().cursor_position()
}

#[test]
fn the_date_prompt_shows_the_terminal_cursor_where_arrows_put_it() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_text("Chronology");
    assert!(s.parser.screen().hide_cursor(), "no cursor while browsing");
    s.send("d202307");
    s.wait_text("Date: 202307");
    s.settle();
    assert!(
        !s.parser.screen().hide_cursor(),
        "the prompt shows a cursor"
    );
    let (row, end) = cursor(&s);
    let line = s.parser.screen().contents_between(row, 0, row, 100);
    let at = line.find("Date: ").expect("the prompt's row");
    let label = line[..at].chars().count() + "Date: ".len();
    assert_eq!(usize::from(end), label + 6, "after the six digits:\n{line}");
    s.send("\x1b[D\x1b[D");
    s.wait_for("the cursor two columns left", |screen| {
        screen.cursor_position() == (row, end - 2)
    });
    s.send("-");
    s.wait_text("Date: 2023-07");
    s.send("\x1b[H");
    s.wait_for("the cursor at the start", |screen| {
        screen.cursor_position().1 == end - 6
    });
    s.send("\r");
    s.wait_text("jumped to Jul 2023");
    s.settle();
    assert!(
        s.parser.screen().hide_cursor(),
        "hidden again after the prompt"
    );
    s.send("q");
    assert_eq!(s.finish(), 0);
}
