//! Narrow and wide terminals (#24): the chronology keeps its titles readable at 80 columns,
//! `+` and `_` share or zoom the panes, the full view keeps a readable measure, the footer
//! puts what a reader needs first, and the help teaches the marks before the keys.

use crate::common;

use ratatui::crossterm::event::KeyCode;
use timeline::app::Action;
use timeline::words::Lang;

const LANGS: [Lang; 2] = [Lang::En, Lang::Ru];

/// An app on the shipped chronology in a language, on a long-titled event.
fn on_appeal(lang: Lang, w: u16, h: u16) -> (timeline::app::App, String) {
    let mut app = common::app(common::shipped(), w, h);
    app.words = lang.words();
    let i = app.timeline.index_of("appeal-2024").expect("the appeal");
    app.move_to_index(i);
    let title = app.timeline.events[i].title_in(lang).to_owned();
    (app, title)
}

/// The first `n` characters of a title.
fn head(title: &str, n: usize) -> String {
    title.chars().take(n).collect()
}

#[test]
fn at_80_columns_the_list_shows_36_characters_of_a_title() {
    for lang in LANGS {
        let (app, title) = on_appeal(lang, 80, 24);
        assert!(title.chars().count() > 40, "a long title: {title:?}");
        let screen = common::drawn(&app, 80, 24);
        let want = head(&title, 36);
        assert!(
            screen.iter().any(|row| row.contains(&want)),
            "{lang:?}: {want:?} in\n{}",
            screen.join("\n")
        );
    }
}

/// The width of the chronology pane's rows: the cells from its left border to its right.
fn list_width(screen: &[String]) -> usize {
    let row = &screen[6];
    row.chars()
        .skip(1)
        .position(|c| c == '┃' || c == '│')
        .unwrap_or(0)
}

#[test]
fn plus_cycles_the_share_and_underscore_zooms_the_focused_pane() {
    for lang in LANGS {
        let (mut app, title) = on_appeal(lang, 80, 24);
        let even = list_width(&common::drawn(&app, 80, 24));
        common::type_keys(&mut app, "+");
        let detail_wide = list_width(&common::drawn(&app, 80, 24));
        common::type_keys(&mut app, "+");
        let list_wide = list_width(&common::drawn(&app, 80, 24));
        assert!(
            detail_wide < even && even < list_wide,
            "{detail_wide} {even} {list_wide}"
        );
        common::type_keys(&mut app, "+");
        assert_eq!(
            list_width(&common::drawn(&app, 80, 24)),
            even,
            "a cycle of three"
        );
        // Zoomed, the chronology has the whole width: all but the date column's 16 cells.
        common::type_keys(&mut app, "_");
        let screen = common::drawn(&app, 80, 24);
        let want = head(&title, 60);
        assert!(
            screen.iter().any(|r| r.contains(&want)),
            "{}",
            screen.join("\n")
        );
        // Tab zooms the other pane; `_` shares the width again.
        common::press(&mut app, KeyCode::Tab);
        let screen = common::drawn(&app, 80, 24);
        assert!(
            !screen
                .iter()
                .any(|r| r.contains(&head(&title, 36)) && r.contains("2024  "))
        );
        common::type_keys(&mut app, "_");
        common::press(&mut app, KeyCode::Tab);
        assert_eq!(list_width(&common::drawn(&app, 80, 24)), even);
    }
}

#[test]
fn the_full_view_keeps_its_text_to_a_readable_measure() {
    let (mut app, _) = on_appeal(Lang::En, 200, 50);
    common::press(&mut app, KeyCode::Enter);
    let screen = common::drawn(&app, 200, 50);
    // The text rows: inside the border, between the header and ruler and the footer.
    let inside = |r: &String| -> String { r.chars().skip(1).take(198).collect() };
    let rows: Vec<String> = screen[6..48].iter().map(inside).collect();
    let first = rows
        .iter()
        .filter_map(|r| r.find(|c: char| c != ' '))
        .min()
        .unwrap_or(0);
    let last = rows
        .iter()
        .map(|r| r.trim_end().chars().count())
        .max()
        .unwrap_or(0);
    assert!(
        last - first <= 100,
        "{first}..{last}\n{}",
        screen.join("\n")
    );
    assert!(first >= 40, "centred: starts at {first}");
}

/// The footer's hints as `keys` strings, in the order drawn, found by the keys of `hints`.
fn footer_keys(app: &timeline::app::App, w: u16, h: u16) -> Vec<String> {
    let line = common::drawn(app, w, h).swap_remove(usize::from(h - 1));
    let mut found: Vec<(usize, String)> = timeline::app::hints::hints(app.context(), app.words)
        .filter_map(|hint| {
            line.find(&format!("{} {}", hint.keys, hint.text))
                .map(|at| (at, hint.keys))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, k)| k).collect()
}

#[test]
fn the_footer_puts_the_way_out_help_and_the_readers_keys_first() {
    // The order: the way out and help, then search, open, source, copy, sources,
    // filter; the year keys and the legal steps last.
    let order = ["q", "?", "/", "Enter", "o", "y", "s", "f"];
    for lang in LANGS {
        for w in [60, 80] {
            let app = common::app(common::shipped(), w, 24);
            let mut app = app;
            app.words = lang.words();
            let shown = footer_keys(&app, w, 24);
            let readers: Vec<&str> = shown
                .iter()
                .map(String::as_str)
                .take_while(|k| order.contains(k))
                .collect();
            assert_eq!(readers, order[..readers.len()], "{lang:?} {w}: {shown:?}");
            assert!(readers.contains(&"Enter"), "{lang:?} {w}: {shown:?}");
            if w == 80 {
                assert!(
                    readers.contains(&"o") && readers.contains(&"y"),
                    "{lang:?}: {shown:?}"
                );
            }
            let late = ["[ ]", "d", "a A"];
            if let Some(at) = shown.iter().position(|k| late.contains(&k.as_str())) {
                assert!(at >= readers.len(), "{lang:?} {w}: {shown:?}");
            }
        }
    }
}

#[test]
fn the_help_explains_the_marks_first_and_the_list_keys_once() {
    for lang in LANGS {
        let w = lang.words();
        let rows = timeline::app::keys::help_text(w);
        let keys: Vec<&str> = rows.iter().filter_map(|(k, _)| k.as_deref()).collect();
        let first_binding = keys.iter().position(|k| *k == "/").expect("search");
        for mark in ["~", "§", "▲", "▁▃▅▇"] {
            let at = keys.iter().position(|k| *k == mark);
            assert!(
                at.is_some_and(|at| at < first_binding),
                "{lang:?}: {mark} before keys"
            );
        }
        for common_key in ["PgDn", "PgUp", "Home g", "End G", "↓ j", "↑ k"] {
            let n = keys.iter().filter(|k| **k == common_key).count();
            assert_eq!(n, 1, "{lang:?}: {common_key} said once: {keys:?}");
        }
    }
}

#[test]
fn a_wheel_notch_scrolls_the_help_three_lines() {
    let mut app = common::app(common::shipped(), 80, 24);
    common::type_keys(&mut app, "?");
    common::frame(&mut app);
    app.update(Action::Wheel(40, 10, true));
    assert_eq!(common::help_top(&app), 3);
    common::frame(&mut app);
    app.update(Action::Wheel(40, 10, false));
    assert_eq!(common::help_top(&app), 0);
}
