//! End-to-end runs of the real binary in a pseudo-terminal, read through a VT100 emulator.

mod common;

use common::pty::Session;

#[test]
fn browse_jump_to_2023_open_the_arrest_and_quit() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_text("Chronology");
    s.send("j");
    s.wait_text(" 2/");
    s.send("y");
    s.wait_text("Jump to year");
    s.send("2023\r");
    s.wait_text("jumped to 2023");
    s.send("a");
    s.wait_text("25 Jul 2023");
    s.send("\r");
    s.wait_text("Esc back");
    assert!(
        s.text().contains("Court") || s.text().contains("Charge"),
        "{}",
        s.text()
    );
    assert!(s.text().contains("Syktyvkar"), "{}", s.text());
    s.send("q");
    s.wait_text(" Chronology ");
    s.send("q");
    assert_eq!(s.finish(), 0);
    assert!(
        !s.parser.screen().alternate_screen(),
        "the alternate screen was left"
    );
    assert!(
        !s.parser.screen().hide_cursor(),
        "the cursor is shown again"
    );
}
