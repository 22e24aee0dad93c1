//! The footer and the header fit their width: whatever the width, the footer keeps `? help`
//! and the way out, and what does not fit is cut with `…`, never mid-word without a mark.

use crate::common;

use ratatui::crossterm::event::KeyCode;

/// Row `y` as drawn.
fn row(app: &timeline::app::App, w: u16, h: u16, y: u16) -> String {
    common::drawn(app, w, h).swap_remove(usize::from(y))
}

/// The footer row as drawn.
fn footer(app: &timeline::app::App, w: u16, h: u16) -> String {
    row(app, w, h, h - 1)
}

#[test]
fn a_long_message_is_cut_with_an_ellipsis() {
    let mut app = common::app(common::mini(), 60, 24);
    let message = "copied the citation to the clipboard through OSC 52; paste it anywhere you like";
    app.say(message);
    let line = footer(&app, 60, 24);
    let shown = line.trim_end();
    assert!(shown.ends_with('…'), "{line:?}");
    let kept = shown
        .rsplit(" │ ")
        .next()
        .expect("the message")
        .trim_end_matches('…');
    assert!(message.starts_with(kept) && kept.len() > 10, "{line:?}");
}

#[test]
fn the_header_keeps_the_filter_status_whole_and_cuts_the_custody_status() {
    let mut app = common::app(common::shipped(), 80, 24);
    let i = app
        .timeline
        .index_of("igso-foreign-agent-2018")
        .expect("the 2018 event");
    app.move_to_index(i);
    common::press(&mut app, KeyCode::Char('/'));
    common::type_keys(&mut app, "court");
    common::press(&mut app, KeyCode::Enter);
    let shown = app.visible.len();
    let line = row(&app, 80, 24, 1);
    let want = format!(
        "showing {shown} of {}: \"court\"",
        app.timeline.events.len()
    );
    assert!(line.trim_end().ends_with(&want), "{line:?}");
    let custody = line.split("   ").next().expect("the custody status");
    assert!(
        custody.starts_with("As of ") && custody.ends_with('…'),
        "{line:?}"
    );
}

#[test]
fn the_main_view_keeps_help_and_quit_at_every_width() {
    for w in [40, 60, 80, 100, 160] {
        let app = common::app(common::mini(), w, 24);
        let line = footer(&app, w, 24);
        assert!(line.contains("? help"), "{w}: {line:?}");
        assert!(line.contains("q quit"), "{w}: {line:?}");
    }
}

#[test]
fn wider_footers_show_more_hints_in_table_order() {
    let narrow = footer(&common::app(common::mini(), 60, 24), 60, 24);
    let wide = footer(&common::app(common::mini(), 200, 24), 200, 24);
    let count = |s: &str| s.split("  ").filter(|p| !p.trim().is_empty()).count();
    assert!(count(&wide) > count(&narrow), "{narrow:?} / {wide:?}");
    assert!(wide.contains("↓ j move"), "{wide:?}");
    let (search, filter) = (wide.find("/ search"), wide.find("f filter"));
    assert!(search < filter, "table order: {wide:?}");
}

#[test]
fn the_detail_view_and_help_keep_help_and_back() {
    let mut app = common::app(common::mini(), 60, 24);
    common::press(&mut app, KeyCode::Enter);
    let line = footer(&app, 60, 24);
    assert!(
        line.contains("? help") && line.contains("Esc q back"),
        "{line:?}"
    );
    common::press(&mut app, KeyCode::Char('?'));
    let line = footer(&app, 60, 24);
    assert!(
        line.contains("? help") && line.contains("Esc q back"),
        "{line:?}"
    );
}

#[test]
fn a_search_in_force_puts_n_first_and_a_filtering_one_counts_once() {
    let mut app = common::app(common::shipped(), 80, 24);
    common::press(&mut app, KeyCode::Char('/'));
    common::type_keys(&mut app, "syktyvkar");
    common::press(&mut app, KeyCode::Enter);
    let line = footer(&app, 80, 24);
    let n = app.matches().len();
    assert!(line.contains("n N match"), "{line:?}");
    assert_eq!(line.matches(&format!("/{n}")).count(), 1, "{line:?}");
    assert!(line.contains("matches for \"syktyvkar\""), "{line:?}");
}

#[test]
fn with_the_detail_pane_focused_the_arrows_are_said_to_scroll() {
    let mut app = common::app(common::mini(), 120, 30);
    assert!(footer(&app, 120, 30).contains("↓ j move"));
    common::press(&mut app, KeyCode::Tab);
    let line = footer(&app, 120, 30);
    assert!(
        line.contains("↓ j scroll") && !line.contains("move"),
        "{line:?}"
    );
}

#[test]
fn the_full_view_names_both_directions_of_its_event_step() {
    let mut app = common::app(common::mini(), 120, 30);
    common::press(&mut app, KeyCode::Enter);
    let line = footer(&app, 120, 30);
    assert!(line.contains("← → h l prev/next"), "{line:?}");
}

#[test]
fn the_export_popup_says_its_keys_write_the_file() {
    let mut app = common::app(common::mini(), 100, 24);
    common::type_keys(&mut app, "x");
    let line = footer(&app, 100, 24);
    assert!(line.contains("Space Enter write"), "{line:?}");
    common::press(&mut app, KeyCode::Esc);
    common::type_keys(&mut app, "f");
    assert!(footer(&app, 100, 24).contains("Space Enter toggle"));
}

#[test]
fn a_less_important_hint_never_takes_the_place_of_a_more_important_one() {
    let hints = || {
        timeline::app::hints::hints(
            timeline::app::keys::Context::List,
            timeline::words::Lang::En.words(),
        )
    };
    let all: Vec<String> = hints().map(|h| h.keys).collect();
    for room in 20..120 {
        let kept: Vec<String> = timeline::ui::footer::fit_hints(hints(), room)
            .into_iter()
            .filter(|h| !h.essential)
            .map(|h| h.keys)
            .collect();
        let optional: Vec<String> = hints().filter(|h| !h.essential).map(|h| h.keys).collect();
        assert_eq!(
            kept,
            optional[..kept.len()],
            "room {room}: a prefix of {all:?}"
        );
    }
}

#[test]
fn the_edit_refusal_fits_a_footer_of_80_columns_in_both_languages() {
    for lang in [timeline::words::Lang::En, timeline::words::Lang::Ru] {
        let mut app = common::app(common::shipped(), 80, 24);
        app.words = lang.words();
        let i = app.timeline.index_of("appeal-2024").expect("an event");
        app.move_to_index(i);
        common::type_keys(&mut app, "e");
        let line = footer(&app, 80, 24);
        assert!(
            line.contains("timeline --watch my.toml") && !line.contains('…'),
            "{lang:?}: {line:?}"
        );
    }
}
