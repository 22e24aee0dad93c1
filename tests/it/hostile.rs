//! Hostile and unusual text: escapes, OSC 52, title sequences, bidi overrides, wide and
//! combining characters and very long strings never reach the terminal raw, never push
//! text past a pane's edge, and never crash.

use crate::common;

use std::process::Command;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use timeline::app::{Action, App};
use timeline::model::Timeline;

fn hostile() -> Timeline {
    let long_word = "W".repeat(10_000);
    let long_title = "T".repeat(10_000);
    let text = std::fs::read_to_string("tests/fixtures/hostile.toml")
        .expect("fixture")
        .replace("LONGTITLE", &long_title)
        .replace("LONGWORD", &long_word);
    timeline::load::parse("hostile.toml", &text).expect("the hostile fixture is valid")
}

fn render(app: &App) -> Buffer {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| {
        timeline::ui::render(f, app);
    })
    .expect("draw");
    t.backend().buffer().clone()
}

/// No cell holds a control or bidi character.
fn assert_clean(buf: &Buffer) {
    for cell in &buf.content {
        assert!(
            !cell.symbol().chars().any(timeline::text::is_hazard),
            "raw control character {:?} in a cell",
            cell.symbol()
        );
    }
}

fn screen_text(buf: &Buffer) -> String {
    let w = usize::from(buf.area.width);
    buf.content
        .chunks(w)
        .map(|row| {
            row.iter()
                .map(ratatui::buffer::Cell::symbol)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn app_on(id: &str, full: bool, w: u16, h: u16) -> App {
    let mut a = common::app(hostile(), w, h);
    a.move_to_index(a.timeline.index_of(id).expect("id"));
    if full {
        a.update(Action::Open);
    }
    a
}

#[test]
fn escapes_osc52_and_title_sequences_are_shown_as_visible_stand_ins() {
    for full in [false, true] {
        let buf = render(&app_on("escape", full, 120, 40));
        assert_clean(&buf);
        let text = screen_text(&buf);
        assert!(text.contains("␛[2J␛[H"), "{text}");
        assert!(text.contains("Hostile ␛]0;pwned␇ chronology"), "{text}");
        assert!(text.contains("␛]52;c;cHduZWQ=␇"), "{text}");
        assert!(text.contains("␛]2;owned␛\\"), "{text}");
    }
}

#[test]
fn c1_controls_del_and_bidi_overrides_are_neutralised() {
    let buf = render(&app_on("escape", true, 120, 40));
    let text = screen_text(&buf);
    assert!(text.contains("\\u{9b}2J") && text.contains("␡"), "{text}");
    let buf = render(&app_on("bidi", true, 120, 40));
    assert_clean(&buf);
    let text = screen_text(&buf);
    assert!(
        text.contains("\\u{202e}esrever\\u{202c}") && text.contains("\\u{2066}x\\u{2069}"),
        "{text}"
    );
    assert!(
        text.contains("Bidi \\u{202e}evil\\u{202c} author"),
        "{text}"
    );
}

/// Every row of the split view keeps the list pane's right border and the detail pane's
/// borders in their columns: nothing is drawn past a pane's edge.
fn assert_borders_hold(app: &App) {
    let buf = render(app);
    let areas = app.areas();
    let list_right = areas.list.right() - 1;
    let detail = areas.detail.expect("split view");
    for y in areas.list.y + 1..areas.list.bottom() - 1 {
        for x in [list_right, detail.x, detail.right() - 1] {
            let sym = buf[(x, y)].symbol();
            assert!(
                matches!(sym, "┃" | "│"),
                "border broken at ({x},{y}): {sym:?}\n{}",
                screen_text(&buf)
            );
        }
    }
}

#[test]
fn wide_emoji_and_combining_characters_keep_columns_aligned() {
    for (w, h) in [(120, 40), (80, 24), (71, 20)] {
        let a = app_on("wide", false, w, h);
        assert_clean(&render(&a));
        assert_borders_hold(&a);
    }
    let text = screen_text(&render(&app_on("wide", true, 100, 30)));
    assert!(text.contains("Борис Кагарлицкий"), "{text}");
}

#[test]
fn very_long_words_and_titles_wrap_or_truncate_cleanly() {
    for (w, h) in [(120, 40), (80, 24)] {
        let a = app_on("long", false, w, h);
        assert_borders_hold(&a);
        let mut a = app_on("long", true, w, h);
        let buf = render(&a);
        let body = a.areas().detail_body;
        let first_row: String = (body.x..body.right())
            .map(|x| buf[(x, body.y)].symbol())
            .collect();
        assert_eq!(
            first_row,
            "T".repeat(usize::from(body.width)),
            "the title wraps at the pane's width"
        );
        for _ in 0..20 {
            a.update(Action::PageDown);
        }
        assert_clean(&render(&a));
    }
}

#[test]
fn plain_text_output_of_list_and_show_is_neutralised() {
    for args in [
        &["list", "tests/fixtures/hostile.toml"][..],
        &["show", "escape", "tests/fixtures/hostile.toml"][..],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
            .args(args)
            .output()
            .expect("run");
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        assert!(
            !text
                .chars()
                .any(|c| c != '\n' && timeline::text::is_hazard(c)),
            "{args:?} wrote a raw control:\n{text:?}"
        );
        assert!(text.contains('␛'), "{text}");
    }
}

#[test]
fn json_and_csv_exports_keep_the_exact_text() {
    let t = hostile();
    let all: Vec<_> = t.indices().collect();
    let json: serde_json::Value =
        serde_json::from_str(&timeline::export::to_json(&t, &all).expect("json")).expect("parse");
    let escape = t.event("escape").expect("id");
    assert_eq!(json["events"][0]["title"], escape.title.as_str());
    assert!(escape.title.contains('\u{1b}'));
    let csv = timeline::export::to_csv(&t, &all, timeline::export::CsvCells::Exact).expect("csv");
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let first = r.records().next().expect("a row").expect("valid");
    assert_eq!(&first[5], *escape.title);
}

#[test]
fn argument_errors_never_echo_a_raw_control() {
    let title = "\u{1b}]0;pwn\u{7}";
    let csi = "\u{9b}31m";
    for args in [
        vec!["--lang", title],
        vec!["timeline.toml", "--theme", title],
        vec!["export", "--format", csi],
        vec!["export", "--format", "csv", &format!("--{title}")],
        vec!["gen", "--events", title],
        vec!["list", "--kind", "ruling", csi],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
            .args(&args)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).expect("utf-8");
        assert!(
            !err.chars()
                .any(|c| c != '\n' && timeline::text::is_hazard(c)),
            "{args:?} echoed a raw control:\n{err:?}"
        );
        // What was typed is still shown, as its visible stand-ins.
        assert!(
            err.contains('␛') || err.contains("\\u{9b}"),
            "{args:?}: {err}"
        );
    }
}
