//! End-to-end runs of the real binary that check what it writes beyond text: the prompt's
//! cursor, the sources' hyperlinks and the clipboard.

use crate::common;

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

/// An event of the shipped chronology whose first source address is drawn within the first
/// lines of the full view at 120 columns, with that address.
fn event_with_a_link_near_the_top() -> (String, String) {
    let t = timeline::load::parse(timeline::load::EMBEDDED_NAME, timeline::load::EMBEDDED)
        .expect("shipped");
    t.indices()
        .find_map(|i| {
            let spec = timeline::view::detail::Spec {
                timeline: &t,
                index: Some(i),
                query: None,
                link: None,
                theme: timeline::view::Theme::new(false),
                words: timeline::words::Lang::En.words(),
                whole: false,
            };
            let link = timeline::view::detail::detail(&spec, 118)
                .links
                .into_iter()
                .next()?;
            (link.line < 12).then(|| (t.events[i].id.to_string(), link.url))
        })
        .expect("an event with an address near the top")
}

#[test]
fn source_addresses_are_osc_8_hyperlinks_and_the_screen_still_reads() {
    let (id, url) = event_with_a_link_near_the_top();
    let mut s = Session::start(&["--event", &id], 120, 40);
    s.wait_text("Chronology");
    let before = s.raw.len();
    s.send("\r");
    s.wait_bytes(before, format!("\x1b]8;;{url}\x1b\\").as_bytes());
    s.settle();
    let head: String = url.chars().take(40).collect();
    assert!(
        s.text().contains(&head),
        "the address reads as text:\n{}",
        s.text()
    );
    s.send("q");
    s.wait_text(" Chronology ");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// Extra arguments and environment for one run.
type Run<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)]);

#[test]
fn no_hyperlinks_on_a_dumb_terminal_with_force_hyperlink_0_or_no_hyperlinks() {
    let (id, url) = event_with_a_link_near_the_top();
    let head: String = url.chars().take(40).collect();
    let runs: [Run; 3] = [
        (&[], &[("TERM", "dumb")]),
        (&[], &[("FORCE_HYPERLINK", "0")]),
        (&["--no-hyperlinks"], &[]),
    ];
    for (extra, env) in runs {
        let mut args = vec!["--event", id.as_str()];
        args.extend_from_slice(extra);
        let mut s = Session::start_with_env(&args, 120, 40, env);
        s.wait_text("Chronology");
        s.send("\r");
        s.wait_text(&head);
        s.settle();
        assert!(
            !s.raw.windows(4).any(|w| w == b"\x1b]8;"),
            "{extra:?} {env:?}: no OSC 8"
        );
        s.send("qq");
        assert_eq!(s.finish(), 0);
    }
}

#[test]
fn with_an_unreachable_display_y_falls_back_to_osc_52_and_says_so() {
    let env = [
        ("DISPLAY", ":97"),
        ("WAYLAND_DISPLAY", ""),
        ("SSH_CONNECTION", ""),
        ("SSH_CLIENT", ""),
        ("SSH_TTY", ""),
    ];
    let mut s = Session::start_with_env(&["--event", "appeal-2024"], 120, 40, &env);
    s.wait_text("Chronology");
    let before = s.raw.len();
    s.send("y");
    s.wait_text("Copy a citation");
    s.send("\r");
    s.wait_bytes(before, b"\x1b]52;c;");
    s.wait_text("to the clipboard through the terminal (OSC 52)");
    s.send("y");
    s.wait_text("Copy a citation");
    s.send("\r");
    s.wait_text("to the clipboard through the terminal (OSC 52)");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn x_to_icalendar_says_how_many_events_it_wrote_and_left_out() {
    let dir = tempfile::tempdir().expect("a scratch directory");
    let mut s = Session::start_in(dir.path(), &[], (120, 40), &[]);
    s.wait_text("Chronology");
    s.send("x");
    s.wait_text("iCalendar");
    // The formats are listed Markdown, HTML, CSV, JSON, iCalendar.
    s.send("jjjj\r");
    // The message is drawn in one frame, but the terminal may be read between its writes:
    // wait for its last words before reading it.
    s.wait_text("without an exact day");
    let text = std::fs::read_to_string(dir.path().join("timeline-view.ics")).expect("written");
    let written = text.matches("BEGIN:VEVENT").count();
    let total = timeline::load::parse("timeline.toml", include_str!("../../timeline.toml"))
        .expect("the shipped chronology")
        .events
        .len();
    let footer = s.text().lines().last().unwrap_or_default().to_owned();
    assert!(written > 0 && written < total, "{written} of {total}");
    assert!(
        footer.contains(&format!("wrote {written} events"))
            && footer.contains(&format!(
                "left out {} without an exact day",
                total - written
            )),
        "{footer:?}"
    );
    s.send("q");
    assert_eq!(s.finish(), 0);
}
