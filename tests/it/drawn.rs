//! The frame tells the state what it drew: the state scrolls the detail text and the help by
//! the numbers of the last frame (its lines, rows and the line of each link), clamps by the
//! frame's one rule, and the frame keeps the laid-out detail for the next key.

use std::sync::Arc;

use ratatui::crossterm::event::KeyCode;
use timeline::app::{Action, App, Drawn, DrawnDetail, DrawnHelp};

use crate::common::{self, app, frame, press, shipped};

/// A frame that drew the current event's detail as `lines` lines in `rows` rows, with the
/// numbered links on `link_lines`.
fn detail_drawn(a: &App, lines: usize, rows: usize, link_lines: Vec<usize>) -> Drawn {
    Drawn {
        detail: Some(DrawnDetail {
            event: a.current_index(),
            lines,
            rows,
            top: a.detail_scroll,
            link_lines,
            laid: None,
        }),
        ..Drawn::default()
    }
}

fn full_screen_on(id: &str) -> App {
    let mut a = app(shipped(), 100, 30);
    let i = a.timeline.index_of(id).expect("the event");
    a.move_to_index(i);
    press(&mut a, KeyCode::Enter);
    a
}

#[test]
fn the_detail_scrolls_within_the_lines_the_frame_reported() {
    let mut a = full_screen_on("arrest-2023");
    // Far longer than the event's real text: the state must take the frame's word for it.
    a.record(detail_drawn(&a, 1000, 10, Vec::new()));
    a.update(Action::Last);
    assert_eq!(
        a.detail_scroll,
        1000 - 10,
        "the last screenful ends on the last line"
    );
    a.update(Action::Down);
    assert_eq!(a.detail_scroll, 990, "never past it");
    a.update(Action::PageUp);
    let page = usize::from(a.areas().detail_body.height) - 1;
    assert_eq!(
        a.detail_scroll,
        990 - page,
        "a page is the body's height less one"
    );
}

#[test]
fn tab_scrolls_to_the_line_the_frame_reported_for_each_link() {
    let mut a = full_screen_on("arrest-2023");
    let n = a.links().len() + a.current().expect("an event").excerpts.len();
    assert!(n >= 3, "enough links to step through: {n}");
    let lines: Vec<usize> = (0..n).map(|k| 5 + 30 * k).collect();
    let rows = 10;
    a.record(detail_drawn(&a, 40 * n, rows, lines.clone()));
    a.update(Action::NextLink);
    assert_eq!(a.detail_scroll, 0, "link 0 on line 5 shows at the top");
    a.update(Action::NextLink);
    assert_eq!(
        a.detail_scroll,
        lines[1] + 1 - rows,
        "link 1 shows on the last row"
    );
    a.update(Action::NextLink);
    assert_eq!(a.detail_scroll, lines[2] + 1 - rows);
    a.update(Action::PrevLink);
    assert_eq!(
        a.detail_scroll, lines[1],
        "a link above the rows becomes the top"
    );
    // Down again, past the rows that show link 1.
    a.update(Action::NextLink);
    assert_eq!(a.detail_scroll, lines[2] + 1 - rows);
}

#[test]
fn a_frame_of_another_event_is_not_taken_for_this_one() {
    let mut a = full_screen_on("arrest-2023");
    let mut drawn = detail_drawn(&a, 1000, 10, vec![500]);
    if let Some(d) = &mut drawn.detail {
        d.event = None;
    }
    a.record(drawn);
    a.update(Action::NextLink);
    assert_eq!(a.detail_scroll, 0, "no line known for this event's links");
}

#[test]
fn the_help_pages_within_the_rows_the_frame_reported() {
    let mut a = app(shipped(), 100, 30);
    press(&mut a, KeyCode::Char('?'));
    a.record(Drawn {
        help: Some(DrawnHelp {
            rows: 50,
            shown: 12,
            top: 0,
        }),
        ..Drawn::default()
    });
    a.update(Action::Last);
    assert_eq!(common::help_top(&a), 50 - 12);
    a.update(Action::Down);
    assert_eq!(common::help_top(&a), 38, "never past the last screenful");
}

#[test]
fn the_frame_clamps_by_the_same_rule_and_reports_what_it_showed() {
    let mut a = full_screen_on("arrest-2023");
    a.detail_scroll = usize::MAX;
    frame(&mut a);
    let d = a.drawn().detail.clone().expect("the detail was drawn");
    assert!(d.lines > d.rows, "a text longer than its rows");
    assert_eq!(d.top, d.lines - d.rows, "the last screenful");
    assert_eq!(
        a.detail_scroll, d.top,
        "the state scrolls from what was shown"
    );
    // The highlighted link's line, as the frame laid it out, is the line the link is on.
    a.update(Action::NextLink);
    frame(&mut a);
    let d = a.drawn().detail.clone().expect("drawn");
    let laid = d.laid.expect("kept");
    let line = laid
        .detail
        .lines
        .get(d.link_lines[0])
        .expect("the link's line");
    let lit = a.theme.cursor();
    assert!(
        line.style == lit || line.spans.iter().any(|s| s.style == lit),
        "{line:?}"
    );
}

#[test]
fn a_scroll_key_reuses_the_laid_out_detail_and_a_new_link_lays_it_out_again() {
    let mut a = full_screen_on("arrest-2023");
    frame(&mut a);
    let laid = common::laid;
    let before = laid(&a);
    press(&mut a, KeyCode::Down);
    frame(&mut a);
    assert!(
        Arc::ptr_eq(&before, &laid(&a)),
        "scrolling lays nothing out"
    );
    press(&mut a, KeyCode::Tab);
    frame(&mut a);
    let after = laid(&a);
    assert!(
        !Arc::ptr_eq(&before, &after),
        "the highlighted link is part of the text"
    );
    assert_eq!(
        before.detail.link_lines, after.detail.link_lines,
        "and moves no line"
    );
    common::type_keys(&mut a, "q");
}
