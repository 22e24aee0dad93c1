//! End-to-end runs of the real binary in a pseudo-terminal, read through a VT100 emulator.

use crate::common;

use common::pty::Session;
use common::signal;

#[test]
fn browse_jump_to_2023_open_the_arrest_and_quit() {
    let mut s = Session::start(&["tests/fixtures/screens.toml"], 120, 40);
    s.wait_text("Chronology");
    s.send("j");
    s.wait_text(" 2/");
    s.send("d");
    s.wait_text("Jump to 2023");
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

#[test]
fn search_syktyvkar_filter_to_rulings_and_open_the_case_table() {
    let mut s = Session::start(&[], 140, 45);
    s.wait_text("Chronology");
    s.send("/Syktyvkar\r");
    s.wait_text("matches for \"Syktyvkar\"");
    // The third match names Syktyvkar in its dispute, near the top of its detail (the
    // second quotes it below the sources' notes, out of a 45-row pane).
    s.send("jj");
    s.wait_for("Syktyvkar in the detail pane", |screen| {
        let cols = screen.size().1.get();
        (8..40).any(|row| {
            screen
                .contents_between(row, cols / 2, row, cols)
                .contains("Syktyvkar")
        })
    });
    s.send("F");
    s.wait_text("filters cleared");
    s.send("f");
    s.wait_text("Space toggles");
    s.send("jjj ");
    s.wait_text("[x] § ruling");
    s.send("\x1b");
    s.wait_for("the filtered list", |screen| {
        let text = screen.contents();
        text.contains(": ruling") && !text.contains("Space toggles") && !text.contains("[x] ")
    });
    s.settle();
    let listed: Vec<String> = s
        .text()
        .lines()
        .filter(|l| l.starts_with('┃'))
        .map(str::to_owned)
        .collect();
    let event_rows: Vec<&String> = listed
        .iter()
        .filter(|l| l.chars().nth(14).is_some_and(|c| c != ' ' && c != '─'))
        .collect();
    assert!(!event_rows.is_empty(), "{}", s.text());
    assert!(
        event_rows.iter().all(|l| l.contains('§')),
        "only rulings are listed:\n{}",
        s.text()
    );
    s.send("G\r");
    s.wait_text("Esc back");
    s.settle();
    let text = s.text();
    assert!(
        text.contains("the procedure") && text.contains("Supreme Court"),
        "{text}"
    );
    // Further down the case table, the first-instance ruling (a page down, PgDn).
    s.send("\x1b[6~");
    s.wait_text("first instance");
    s.send("q");
    s.wait_text(" Chronology ");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for (name, number) in [("TERM", 15), ("HUP", 1)] {
        let mut s = Session::start(&[], 100, 30);
        s.wait_text("Chronology");
        assert!(s.parser.screen().alternate_screen());
        signal(s.pid(), name);
        assert_eq!(s.finish(), 128 + number, "SIG{name}");
        assert!(
            !s.parser.screen().alternate_screen(),
            "SIG{name}: the alternate screen was left"
        );
        assert!(
            !s.parser.screen().hide_cursor(),
            "SIG{name}: the cursor is shown"
        );
        assert!(
            s.raw
                .windows(8)
                .any(|w| w == b"\x1b[?1000l" || w == b"\x1b[?1003l"),
            "mouse capture was turned off"
        );
    }
}

#[test]
fn ctrl_z_suspends_and_the_screen_is_redrawn_on_resume() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_text("Chronology");
    s.settle();
    let before = s.raw.len();
    s.send("\x1a");
    let left = s.wait_bytes(before, b"\x1b[?1049l");
    signal(s.pid(), "CONT");
    s.wait_bytes(left, b"\x1b[?1049h");
    s.wait_for("the explorer again", |screen| {
        screen.alternate_screen() && screen.contents().contains("Chronology")
    });
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn no_color_still_shows_the_selection_in_reverse_video() {
    let mut s = Session::start_with_env(&[], 100, 30, &[("NO_COLOR", "1")]);
    s.wait_text("Chronology");
    s.settle();
    let screen = s.parser.screen();
    let mut colored = false;
    for row in 0..30 {
        for col in 0..100 {
            if let Some(cell) = screen.cell(row, col) {
                colored |= cell.fgcolor() != vt100::Color::Default
                    || cell.bgcolor() != vt100::Color::Default;
            }
        }
    }
    let selected_row = (0..30)
        .find(|&r| {
            screen
                .contents_between(r, 0, r, 45)
                .contains("Expelled from")
        })
        .expect("the first event is listed");
    let inverse: String = (0..100)
        .filter_map(|c| screen.cell(selected_row, c))
        .filter(|cell| cell.inverse())
        .map(vt100::Cell::contents)
        .collect();
    assert!(!colored, "NO_COLOR: no colour at all");
    assert!(
        inverse.contains("Expelled from"),
        "the selected row is in reverse video: {inverse:?}"
    );
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
#[ignore = "scale (tens of MB): .ci/run runs it in release"]
fn a_generated_100k_timeline_opens_jumps_searches_and_quits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("100k.toml");
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(["gen", "--events", "100000", "--seed", "11", "-o"])
        .arg(&path)
        .status()
        .expect("gen");
    assert!(made.success());
    let mut s = Session::start(&[path.to_str().expect("utf-8 path")], 120, 40);
    s.wait_text("1/100000");
    s.send("d2050\r");
    s.wait_text("jumped to 2050");
    assert!(s.text().contains("── 2050"), "{}", s.text());
    s.send("/court\r");
    s.wait_text("matches for \"court\"");
    s.send("q");
    assert_eq!(s.finish(), 0);
    assert!(!s.parser.screen().alternate_screen());
}

#[test]
fn a_russian_locale_opens_the_russian_edition_and_lang_en_overrides_it() {
    let mut s = Session::start_with_env(&[], 100, 30, &[("LANG", "ru_RU.UTF-8")]);
    s.wait_text("Хронология");
    s.send("d2023-07-25\r");
    s.wait_text("переход: 25 июля 2023");
    s.send("q");
    assert_eq!(s.finish(), 0);
    let mut s = Session::start_with_env(&["--lang", "en"], 100, 30, &[("LANG", "ru_RU.UTF-8")]);
    s.wait_text("Chronology");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn o_hands_the_source_address_to_the_browser_and_y_copies_through_osc_52() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (browser, log) = crate::common::logging_browser(dir.path());
    let t = timeline::load::parse(timeline::load::EMBEDDED_NAME, timeline::load::EMBEDDED)
        .expect("shipped");
    let e = t.event("appeal-2024").expect("event");
    let want = e
        .excerpts
        .iter()
        .filter_map(|x| t.source(&x.source)?.url.clone())
        .find(|u| u.starts_with("http"))
        .expect("an address");
    let browser = browser.to_str().expect("utf-8").to_owned();
    let mut s = Session::start_with_env(
        &["--event", "appeal-2024"],
        120,
        40,
        // No display, as on a server: the copy goes through the terminal.
        &[
            ("BROWSER", &browser),
            ("DISPLAY", ""),
            ("WAYLAND_DISPLAY", ""),
            // Outside tmux, whose footer words differ (run from inside one, too).
            ("TMUX", ""),
        ],
    );
    s.wait_text("Chronology");
    s.send("o");
    s.wait_text("opening ");
    assert_eq!(common::browsed(&log), want);
    let before = s.raw.len();
    s.send("y");
    s.wait_text("Copy a citation");
    s.send("\r");
    s.wait_bytes(before, b"\x1b]52;c;");
    s.wait_text("copied the citation of appeal-2024");
    s.wait_text("through the terminal (OSC 52)");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn e_edits_the_selected_event_in_the_editor_and_the_change_shows_on_return() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("mini.toml");
    std::fs::copy("tests/fixtures/mini.toml", &file).expect("copy fixture");
    let log = dir.path().join("editor.txt");
    // A stand-in editor named as one known to take `+LINE`: records its arguments, then
    // changes a title in the file.
    let editor = dir.path().join("vi");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\necho \"$@\" > '{}'\nsed -i 's/Expelled from the institute/Expelled, as edited/' \"$2\"\n",
            log.display()
        ),
    )
    .expect("write script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let text = std::fs::read_to_string(&file).expect("fixture");
    let line = 1 + text
        .lines()
        .position(|l| l == "id = \"expelled-1980\"")
        .expect("the first event")
        - 1;
    let mut s = Session::start_with_env(
        &[file.to_str().expect("utf-8")],
        100,
        30,
        &[
            ("VISUAL", editor.to_str().expect("utf-8")),
            ("EDITOR", "false"),
        ],
    );
    s.wait_text("Expelled from the institute");
    s.send("e");
    s.wait_text("Expelled, as edited");
    let args = std::fs::read_to_string(&log).expect("the editor ran");
    assert_eq!(
        args.trim(),
        format!("+{line} {}", file.display()),
        "opens at the [[event]] line"
    );
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn copy_writes_the_built_in_chronology_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.toml");
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_timeline"))
            .arg("copy")
            .arg(&path)
            .output()
            .expect("run")
    };
    assert!(run().status.success());
    assert_eq!(
        std::fs::read_to_string(&path).expect("written"),
        timeline::load::EMBEDDED
    );
    assert_eq!(run().status.code(), Some(2), "an existing file is refused");
}
