//! `o` on the full view opens the source Tab highlighted (the first only when none is), and a
//! click on a quoted source's lines highlights it without opening anything.

use crate::common;

use common::{app, drawn, press, pty::Session, screens};
use ratatui::crossterm::event::KeyCode;
use timeline::app::{Action, App, Effect};
use timeline::model::Timeline;

const EVENT: &str = "remand-2023";

/// The excerpt (by its place) whose source is the first to have an address unlike the
/// first excerpt's, with that address: opening "the first" would give another one.
fn another_source(t: &Timeline) -> (usize, String) {
    let e = t.event(EVENT).expect("in the fixture");
    let url = |k: usize| {
        t.source(&e.excerpts[k].source)
            .and_then(|s| s.url.as_deref().map(str::to_owned))
    };
    let first = url(0).expect("the first source has an address");
    (1..e.excerpts.len())
        .find_map(|k| url(k).filter(|u| *u != first).map(|u| (k, u)))
        .expect("a second source")
}

fn full_view() -> App {
    let mut a = app(screens(), 120, 40);
    let i = a.timeline.index_of(EVENT).expect("in the fixture");
    a.move_to_index(i);
    press(&mut a, KeyCode::Enter);
    a
}

#[test]
fn o_opens_the_source_tab_highlighted() {
    let mut a = full_view();
    let (k, want) = another_source(&a.timeline);
    for _ in 0..=a.links().len() + k {
        press(&mut a, KeyCode::Tab);
    }
    press(&mut a, KeyCode::Char('o'));
    assert_eq!(a.effect, Some(Effect::Open(want)));
}

#[test]
fn a_click_on_a_source_highlights_it_and_opens_nothing() {
    let mut a = full_view();
    let (k, want) = another_source(&a.timeline);
    // Scroll until the address shows, then click on it.
    let row = (0..200)
        .find_map(|_| {
            let rows = drawn(&a, 120, 40);
            let found = rows.iter().position(|r| r.contains(&want[..40]));
            if found.is_none() {
                a.update(Action::Down);
            }
            found
        })
        .expect("the address is drawn");
    let col = u16::try_from(drawn(&a, 120, 40)[row].find("http").unwrap_or(6)).unwrap_or(6);
    // The click lands on the screen the terminal shows: the frame the loop drew and recorded.
    crate::common::frame(&mut a);
    a.update(Action::Click(col, u16::try_from(row).expect("small")));
    assert_eq!(a.effect, None, "a click opens nothing");
    assert_eq!(a.mode.link(), Some(a.links().len() + k));
    press(&mut a, KeyCode::Char('o'));
    assert_eq!(a.effect, Some(Effect::Open(want)));
}

#[test]
fn o_after_tab_hands_the_highlighted_address_to_the_browser() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (browser, log) = crate::common::logging_browser(dir.path());
    let t = screens();
    let (k, want) = another_source(&t);
    let i = t.index_of(EVENT).expect("in the fixture");
    let links = t.links(i);
    let tabs = links.case.len() + links.related.len() + k + 1;
    let browser = browser.to_str().expect("utf-8").to_owned();
    let mut s = Session::start_with_env(
        &["tests/fixtures/screens.toml", "--event", EVENT],
        120,
        40,
        &[("BROWSER", &browser)],
    );
    s.wait_text("Chronology");
    s.send("\r");
    s.settle();
    s.send(&"\t".repeat(tabs));
    s.settle();
    s.send("o");
    s.wait_text("opening ");
    assert_eq!(common::browsed(&log), want);
    s.send("q");
    s.send("q");
    assert_eq!(s.finish(), 0);
}
