//! The Russian edition's screens from a `TestBackend`: the main screen, the detail view
//! and the help, at 80×24 and 120×40, drawn from the screen fixture (one smoke snapshot draws
//! the shipped chronology). Cyrillic must keep its width and wrap cleanly.

use crate::common;

use common::{app, press, screens, shipped, type_keys};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use timeline::app::App;
use timeline::words::Lang;

fn at(w: u16, h: u16) -> App {
    let mut a = app(screens(), w, h);
    a.words = Lang::Ru.words();
    a
}

#[test]
fn smoke_shipped_ru_list_80x24() {
    let mut a = app(shipped(), 80, 24);
    a.words = Lang::Ru.words();
    insta::assert_snapshot!(screen(&a));
}

fn screen(a: &App) -> String {
    let (w, h) = a.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| {
            timeline::ui::render(f, a);
        })
        .expect("draw");
    terminal.backend().to_string()
}

fn arrest(w: u16, h: u16) -> App {
    let mut a = at(w, h);
    let i = a.timeline.index_of("arrest-2023").expect("the 2023 arrest");
    a.move_to_index(i);
    press(&mut a, KeyCode::Enter);
    a
}

#[test]
fn ru_list_80x24() {
    insta::assert_snapshot!(screen(&at(80, 24)));
}

#[test]
fn ru_list_120x40() {
    insta::assert_snapshot!(screen(&at(120, 40)));
}

#[test]
fn ru_detail_80x24() {
    insta::assert_snapshot!(screen(&arrest(80, 24)));
}

#[test]
fn ru_detail_120x40() {
    insta::assert_snapshot!(screen(&arrest(120, 40)));
}

/// The sources view: the most quoted publisher opened, the cursor on its first source.
#[test]
fn ru_sources_80x24() {
    let mut a = at(80, 24);
    type_keys(&mut a, "slj");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn ru_sources_120x40() {
    let mut a = at(120, 40);
    type_keys(&mut a, "slj");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn ru_help_80x24() {
    let mut a = at(80, 24);
    type_keys(&mut a, "?");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn ru_help_120x40() {
    let mut a = at(120, 40);
    type_keys(&mut a, "?");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn every_row_of_the_russian_screens_is_as_wide_as_the_terminal() {
    use unicode_width::UnicodeWidthStr as _;
    for (w, h) in [(80, 24), (120, 40), (61, 20)] {
        for a in [at(w, h), arrest(w, h)] {
            for line in screen(&a).lines() {
                let row = line.trim_start_matches('"').trim_end_matches('"');
                assert_eq!(row.width(), usize::from(w), "{row}");
            }
        }
    }
}

#[test]
fn a_russian_search_is_quoted_the_russian_way_in_the_header_and_the_footer() {
    let mut a = at(120, 40);
    type_keys(&mut a, "/суд");
    press(&mut a, KeyCode::Enter);
    let shown = screen(&a);
    let header = shown.lines().nth(1).expect("the status line");
    assert!(header.contains(": «суд»"), "{header}");
    assert!(!shown.contains("\"суд\""), "{shown}");
}
