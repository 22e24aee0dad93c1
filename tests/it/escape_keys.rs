//! `Esc` typed with a letter at once: the terminal sends `ESC j` in one read, which crossterm
//! takes for Alt-j. In a prompt, a popup, the help or the full view it must act as typed:
//! `Esc` closes or goes back, then the letter acts where that leads. Driven in a
//! pseudo-terminal with both bytes in one write.

use crate::common;

use common::pty::Session;

/// The position the footer shows, such as `2/127`.
fn position(s: &Session) -> String {
    let text = s.text();
    let footer = text.lines().last().unwrap_or("").trim_start().to_owned();
    footer.split_whitespace().next().unwrap_or("").to_owned()
}

#[test]
fn esc_and_a_letter_in_one_write_close_the_layer_then_act() {
    let mut s = Session::start(&["tests/fixtures/screens.toml"], 100, 30);
    s.wait_text(" 1/");
    // The date prompt: Esc closes it, `j` then moves to the next event.
    s.send("d");
    s.wait_text("Jump to");
    s.send("\x1bj");
    s.wait_text(" 2/");
    s.settle();
    assert!(!s.text().contains("Jump to"), "{}", s.text());
    // The search prompt: Esc cancels it, and `d` opens the date prompt.
    s.send("/");
    s.wait_text("/");
    s.send("\x1bd");
    s.wait_text("Jump to");
    s.send("\x1b");
    s.settle();
    // The filter picker, then the help: each closes, and `j` moves once more.
    for (open, shown) in [("f", "Filter ·"), ("?", "Keys ·")] {
        let before = position(&s);
        s.send(open);
        s.wait_text(shown);
        s.settle();
        s.send("\x1bj");
        s.wait_for("the next event", |screen| {
            let footer = screen.contents().lines().last().unwrap_or("").to_owned();
            !footer.trim_start().starts_with(&before)
        });
        s.settle();
        assert!(
            !position(&s).is_empty() && position(&s) != before,
            "{}",
            s.text()
        );
    }
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn alt_and_a_letter_is_read_as_esc_then_the_letter_except_in_the_chronology() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use timeline::app::{Context, after_escape};
    let alt = |ch| KeyEvent::new(KeyCode::Char(ch), KeyModifiers::ALT);
    for context in [
        Context::Prompt,
        Context::Picker,
        Context::Sources,
        Context::Help,
        Context::Detail,
    ] {
        let letter = after_escape(context, &alt('j')).map(|k| (k.code, k.modifiers));
        assert_eq!(
            letter,
            Some((KeyCode::Char('j'), KeyModifiers::NONE)),
            "{context:?}"
        );
    }
    // In the chronology `Esc` clears the search and the filters: Alt is not taken for it.
    assert_eq!(after_escape(Context::List, &alt('j')), None);
    let ctrl = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(after_escape(Context::Prompt, &ctrl), None);
}
