//! The sources view as the explorer draws and drives it (`s`): publishers with their counts,
//! a publisher opened and closed, titles drawn whole, its place kept when reopened, its own
//! filter, and Enter, `o` and `y` on a source. Expectations come from the fixture's data.

use crate::common;

use common::{app, drawn, press, screens, type_keys};
use ratatui::crossterm::event::KeyCode;
use timeline::app::{App, Effect, Mode, Overlay};
use timeline::model::{Lang, Source, Timeline};

/// The publishers of the data, most quoted first (then by name): each name (a source
/// without a publisher stands for itself by its title), its sources most quoted first, and
/// how many events quote any of them.
fn publishers(t: &Timeline) -> Vec<(String, Vec<&Source>, usize)> {
    let name = |s: &Source| {
        s.publisher_in(Lang::En)
            .unwrap_or_else(|| s.title_in(Lang::En))
            .to_owned()
    };
    let quoting = |ids: &[&str]| {
        t.events
            .iter()
            .filter(|e| e.excerpts.iter().any(|x| ids.contains(&x.source.as_str())))
            .count()
    };
    let mut out: Vec<(String, Vec<&Source>, usize)> = Vec::new();
    for s in &t.sources {
        match out.iter_mut().find(|(n, ..)| *n == name(s)) {
            Some((_, g, _)) => g.push(s),
            None => out.push((name(s), vec![s], 0)),
        }
    }
    for (_, g, n) in &mut out {
        g.sort_by_key(|s| std::cmp::Reverse(quoting(&[s.id.as_str()])));
        *n = quoting(&g.iter().map(|s| s.id.as_str()).collect::<Vec<_>>());
    }
    out.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    out
}

/// The popup's inner rows (between its corners), and its bottom border.
fn popup(a: &App) -> (Vec<String>, String) {
    let (w, h) = a.size;
    let screen = drawn(a, w, h);
    let top = screen.iter().position(|r| r.contains('╭')).expect("top");
    let bottom = screen.iter().position(|r| r.contains('╰')).expect("bottom");
    let corner = |c| screen[top].chars().position(|x| x == c).expect("a corner");
    let (left, right) = (corner('╭'), corner('╮'));
    let inner = screen[top + 1..bottom]
        .iter()
        .map(|r| r.chars().skip(left + 1).take(right - left - 1).collect())
        .collect();
    (inner, screen[bottom].clone())
}

/// Rows as one line, each run of spaces made one.
fn squash(rows: &[String]) -> String {
    rows.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn sources(n: usize) -> String {
    format!("{n} source{}", if n == 1 { "" } else { "s" })
}

#[test]
fn s_lists_publishers_with_their_counts_and_right_and_left_open_and_close_one() {
    let t = screens();
    let all = publishers(&t);
    let (name, group, events) = &all[0];
    let mut a = app(screens(), 80, 24);
    type_keys(&mut a, "s");
    let (inner, bottom) = popup(&a);
    let first = squash(&inner[..1]);
    assert_eq!(
        first,
        format!("{events} ▸ {name} · {}", sources(group.len()))
    );
    // 80×24 shows fewer rows than there are publishers: the cursor's place is given.
    assert!(inner.len() < all.len());
    assert!(bottom.contains(&format!(" 1/{} ", all.len())), "{bottom}");
    press(&mut a, KeyCode::Right);
    let text = squash(&popup(&a).0);
    assert!(text.starts_with(&format!("{events} ▾ {name}")), "{text}");
    assert!(text.contains(group[0].title_in(Lang::En)), "{text}");
    type_keys(&mut a, "h");
    let text = squash(&popup(&a).0);
    assert!(text.starts_with(&format!("{events} ▸ {name}")), "{text}");
    assert!(!text.contains(group[0].title_in(Lang::En)), "{text}");
}

#[test]
fn the_view_keeps_its_place_when_closed_and_reopened() {
    let mut a = app(screens(), 120, 40);
    type_keys(&mut a, "sjjl");
    let before = popup(&a);
    press(&mut a, KeyCode::Esc);
    assert!(!a.mode.overlaid(), "Esc closes it");
    type_keys(&mut a, "s");
    assert_eq!(popup(&a), before);
}

/// The fixture's source with the longest title, too long for one line at 80 columns.
const LONG: &str = "chronicle-current-events-64-3";

#[test]
fn its_filter_narrows_the_list_shows_a_long_title_whole_and_esc_clears_it_then_closes() {
    let t = screens();
    let long = t.source(LONG).expect("the long title's source");
    let title = long.title_in(Lang::En);
    assert!(title.chars().count() > 80);
    let mut a = app(screens(), 80, 24);
    type_keys(&mut a, "s/Chronicle of Current");
    let text = squash(&popup(&a).0);
    assert!(text.contains("Filter: Chronicle of Current"), "{text}");
    press(&mut a, KeyCode::Enter);
    let (inner, _) = popup(&a);
    let text = squash(&inner);
    assert!(text.contains(title), "the title whole: {text}");
    assert!(!text.contains('…'), "nothing cut: {text}");
    assert!(text.contains("Filter: Chronicle of Current"), "{text}");
    let shown = inner.iter().filter(|r| !r.trim().is_empty()).count();
    assert!(shown < 8, "only what the filter finds: {inner:#?}");
    press(&mut a, KeyCode::Esc);
    assert!(
        matches!(a.mode, Mode::Over(_, Overlay::Sources)),
        "the first Esc clears"
    );
    assert!(!squash(&popup(&a).0).contains("Filter:"));
    press(&mut a, KeyCode::Esc);
    assert!(!a.mode.overlaid(), "the second closes");
    // Esc while typing clears the filter too, and keeps the view open.
    type_keys(&mut a, "s/zz");
    press(&mut a, KeyCode::Esc);
    assert!(matches!(a.mode, Mode::Over(_, Overlay::Sources)));
    assert!(!squash(&popup(&a).0).contains("Filter:"));
}

#[test]
fn on_a_source_y_copies_its_citation_o_opens_it_and_enter_shows_its_events() {
    let t = screens();
    let long = t.source(LONG).expect("the long title's source");
    let url = long.url.as_deref().expect("an address").to_owned();
    let mut a = app(screens(), 120, 40);
    type_keys(&mut a, "s/Chronicle of Current");
    press(&mut a, KeyCode::Enter);
    // The publisher, then its one source under it.
    type_keys(&mut a, "jy");
    let Some(Effect::Copy(text)) = a.effect.take() else {
        panic!("y copies: {:?}", a.effect)
    };
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.starts_with('“'), "{text}");
    assert!(text.contains(long.publisher_in(Lang::En).expect("publisher")));
    assert!(text.contains(&format!("<{url}>")), "{text}");
    type_keys(&mut a, "o");
    assert_eq!(a.effect.take(), Some(Effect::Open(url)));
    press(&mut a, KeyCode::Enter);
    assert!(!a.mode.overlaid());
    let want: Vec<String> = t
        .events
        .iter()
        .filter(|e| e.excerpts.iter().any(|x| x.source == LONG))
        .map(|e| e.id.to_string())
        .collect();
    let shown = common::visible_ids(&a);
    assert!(!want.is_empty());
    assert_eq!(shown, want);
}

#[test]
fn in_a_terminal_s_a_filter_and_enter_leave_only_the_events_quoting_it() {
    let t = screens();
    let quoting: Vec<&timeline::model::Event> = t
        .events
        .iter()
        .filter(|e| e.excerpts.iter().any(|x| x.source == LONG))
        .collect();
    let other = t
        .events
        .iter()
        .find(|e| e.excerpts.iter().all(|x| x.source != LONG))
        .expect("an event quoting something else");
    let mut s = common::pty::Session::start(&["tests/fixtures/screens.toml"], 200, 50);
    s.wait_text("Chronology");
    // The list shows at least the start of each title (the rest may be cut with `…`).
    let other_start: String = other.title_in(Lang::En).chars().take(30).collect();
    assert!(s.text().contains(&other_start), "{}", s.text());
    s.send("s");
    s.wait_text("Sources by publisher");
    s.send("/Chronicle of Current");
    s.wait_text("Filter: Chronicle of Current");
    // Enter keeps the filter; Enter again shows the events of the publisher it found.
    s.send("\r");
    s.settle();
    s.send("\r");
    s.wait_text(&format!(" 1/{} ", quoting.len()));
    s.settle();
    let screen = s.text();
    for e in &quoting {
        let start: String = e.title_in(Lang::En).chars().take(30).collect();
        assert!(screen.contains(&start), "{start} missing:\n{screen}");
    }
    assert!(
        !screen.contains(&other_start),
        "an event not quoting it shows:\n{screen}"
    );
    s.send("q");
    assert_eq!(s.finish(), 0);
}
