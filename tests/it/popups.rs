//! Popups, banners and panes as a reader meets them: popups leave the footer readable and
//! cut their titles with `…`, the sources list says when a source has no address, a reload
//! banner takes two lines when it needs them, leaving the full view shows the pane's top,
//! Home and End scroll a focused detail pane, and the case table cuts no outcome.

use crate::common;

use common::{app, mini, press, shipped, type_keys};
use ratatui::crossterm::event::KeyCode;
use timeline::app::{Action, App, Reload};
use timeline::words::Lang;

/// The screen's rows as drawn.
fn rows(a: &App, w: u16, h: u16) -> Vec<String> {
    common::drawn(a, w, h)
}

#[test]
fn every_popup_leaves_the_footer_readable() {
    for keys in ["?", "f", "s", "x", "d"] {
        let mut a = app(shipped(), 80, 24);
        type_keys(&mut a, keys);
        let screen = rows(&a, 80, 24);
        let footer = &screen[23];
        assert!(
            footer.contains("? help") || footer.contains("Esc"),
            "{keys}: {footer:?}"
        );
        assert!(
            !footer.contains('╰') && !footer.contains('╯'),
            "{keys}: no popup border on the footer: {footer:?}"
        );
    }
}

#[test]
fn a_popup_title_too_long_for_its_border_ends_in_an_ellipsis() {
    let mut a = app(shipped(), 80, 24);
    a.words = Lang::Ru.words();
    type_keys(&mut a, "s");
    let screen = rows(&a, 80, 24);
    let top = screen
        .iter()
        .find(|r| r.contains("Источники"))
        .expect("the sources popup's title row");
    assert!(top.contains("… ╮"), "{top:?}");
}

#[test]
fn the_sources_list_says_when_the_highlighted_source_has_no_address() {
    let mut a = app(shipped(), 120, 40);
    type_keys(&mut a, "s");
    let counts = a.timeline.source_counts();
    let at = counts
        .iter()
        .position(|&(i, _)| a.timeline.sources[i].url.is_none())
        .expect("a source without an address");
    for _ in 0..at {
        type_keys(&mut a, "j");
    }
    let screen = rows(&a, 120, 40).join("\n");
    assert!(
        screen.contains("this source has no web address"),
        "{screen}"
    );
}

#[test]
fn a_long_reload_banner_takes_both_header_lines_and_a_failed_reload_clears_the_last_message() {
    let mut a = app(mini(), 60, 24);
    a.say("reloaded (7 events)");
    let text = std::fs::read_to_string("tests/fixtures/mini.toml").expect("the fixture");
    let bad = text.replace("date = \"1983-04\"", "date = \"1983-13\"");
    let err = timeline::load::parse("mini.toml", &bad).expect_err("invalid");
    let first = err.first();
    a.update(Action::Reloaded(Box::new(Reload::Invalid(err))));
    assert!(a.flash.is_none(), "the earlier 'reloaded' message is gone");
    let screen = rows(&a, 60, 24);
    let header = format!("{} {}", screen[0].trim_end(), screen[1].trim_end());
    assert!(
        header.starts_with("1 problem, showing the last good"),
        "{header:?}"
    );
    assert!(
        header.contains("mini.toml:54:8"),
        "the location is read: {header:?}"
    );
    assert!(first.len() > 20, "{first}");
}

#[test]
fn leaving_the_full_view_shows_the_top_of_the_detail_pane() {
    let mut a = app(shipped(), 80, 24);
    let i = a.timeline.index_of("arrest-2023").expect("the arrest");
    a.move_to_index(i);
    press(&mut a, KeyCode::Enter);
    type_keys(&mut a, "G");
    assert!(a.detail_scroll > 0, "scrolled in the full view");
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.detail_scroll, 0);
}

#[test]
fn home_and_end_scroll_the_focused_detail_pane_and_keep_the_event() {
    let mut a = app(shipped(), 120, 30);
    let i = a.timeline.index_of("arrest-2023").expect("the arrest");
    a.move_to_index(i);
    press(&mut a, KeyCode::Tab);
    type_keys(&mut a, "G");
    assert_eq!(a.current_index(), Some(i), "the event stays");
    assert!(a.detail_scroll > 0, "the pane is at its end");
    press(&mut a, KeyCode::Home);
    assert_eq!((a.current_index(), a.detail_scroll), (Some(i), 0));
}

#[test]
fn the_case_table_cuts_no_outcome_at_any_width() {
    let t = shipped();
    let i = t.index_of("arrest-2023").expect("the arrest");
    let case = t.events[i].case.clone().expect("a case");
    for lang in [Lang::En, Lang::Ru] {
        let outcomes: Vec<String> = t
            .case_thread(&case)
            .iter()
            .filter_map(|&j| t.events[j].legal_value(timeline::model::LegalField::Outcome, lang))
            .map(|o| o.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        for (w, h) in [(80, 24), (120, 40), (160, 45)] {
            for full in [false, true] {
                let mut a = app(shipped(), w, h);
                a.words = lang.words();
                a.move_to_index(i);
                if full {
                    press(&mut a, KeyCode::Enter);
                }
                let width = usize::from(a.areas().detail_body.width);
                if width == 0 {
                    continue;
                }
                let text: Vec<String> = timeline::view::detail::lines(&a.detail_spec(), width)
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                // Each outcome's words stand in order across the table's lines.
                let squashed = text
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                for o in &outcomes {
                    let words: Vec<&str> = o.split(' ').collect();
                    let mut at = 0;
                    for word in &words {
                        let found = squashed[at..].find(word);
                        assert!(
                            found.is_some(),
                            "{word:?} of {o:?} missing ({lang:?}, {w}x{h}, full {full})"
                        );
                        at += found.unwrap_or(0) + word.len();
                    }
                }
            }
        }
    }
}

#[test]
fn a_popup_list_longer_than_its_popup_shows_where_the_cursor_is() {
    let mut a = app(shipped(), 80, 24);
    // The sources view's rows: one a publisher, all closed at first.
    let total = a.sources_view.rows(&a.timeline, a.words.lang()).len();
    type_keys(&mut a, "sjjj");
    let screen = rows(&a, 80, 24).join("\n");
    assert!(screen.contains(&format!(" 4/{total} ")), "{screen}");
    press(&mut a, KeyCode::Esc);
    type_keys(&mut a, "fG");
    let entries = a.picker_entries().len();
    let screen = rows(&a, 80, 24).join("\n");
    assert!(
        screen.contains(&format!(" {entries}/{entries} ")),
        "{screen}"
    );
}

#[test]
fn the_sources_popup_fills_its_last_row_when_there_are_more_sources() {
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        let mut a = app(shipped(), w, h);
        // One row a publisher, all closed at first.
        let total = a.sources_view.rows(&a.timeline, a.words.lang()).len();
        type_keys(&mut a, "s");
        let screen = rows(&a, w, h);
        let top = screen.iter().position(|r| r.contains('╭')).expect("top");
        let bottom = screen.iter().position(|r| r.contains('╰')).expect("bottom");
        // The popup's columns, from its top corners (the screen is cells of one character).
        let corner = |c| screen[top].chars().position(|x| x == c).expect("a corner");
        let (left, right) = (corner('╭'), corner('╮'));
        let inner: Vec<String> = screen[top + 1..bottom]
            .iter()
            .map(|r| r.chars().skip(left + 1).take(right - left - 1).collect())
            .collect();
        assert!(inner.len() < total, "{w}x{h}: more sources than rows");
        for row in &inner {
            assert!(
                !row.trim().is_empty(),
                "{w}x{h}: an empty row in {inner:#?}"
            );
        }
        // Moving down past the last row keeps the cursor on it.
        let shown = inner.len();
        type_keys(&mut a, &"j".repeat(shown));
        let screen = rows(&a, w, h).join("\n");
        assert!(
            screen.contains(&format!(" {}/{total} ", shown + 1)),
            "{screen}"
        );
    }
}
