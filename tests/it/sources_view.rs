//! The sources view's state (`SourcesView`): sources grouped by publisher with their counts,
//! opened and closed, narrowed by its own filter, and its place kept while it is closed.

use crate::common;

use common::screens;
use timeline::app::{Action, Outcome, SourceRow, SourcesView};
use timeline::model::{Lang, Timeline};

fn publishers(v: &SourcesView, t: &Timeline) -> Vec<(String, usize)> {
    v.rows(t, Lang::En)
        .into_iter()
        .filter_map(|r| match r {
            SourceRow::Publisher { name, sources, .. } => Some((name, sources.len())),
            SourceRow::Source { .. } => None,
        })
        .collect()
}

fn go(v: &mut SourcesView, t: &Timeline, actions: &[Action]) -> Outcome {
    let mut last = Outcome::Stay;
    for a in actions {
        last = v.handle(a, t, Lang::En, 10);
    }
    last
}

#[test]
fn every_source_sits_under_its_publisher_once() {
    let t = screens();
    let v = SourcesView::default();
    let groups = publishers(&v, &t);
    let total: usize = groups.iter().map(|(_, n)| n).sum();
    assert_eq!(total, t.sources.len());
    // The fixture's "Meduza" publishes two of its sources (the Russian edition is another).
    let meduza = groups.iter().find(|(n, _)| n == "Meduza").expect("Meduza");
    assert_eq!(meduza.1, 2);
    let names: Vec<&String> = groups.iter().map(|(n, _)| n).collect();
    let mut unique = names.clone();
    unique.dedup();
    assert_eq!(names.len(), unique.len(), "one row per publisher");
}

#[test]
fn right_opens_a_publisher_left_closes_it_and_enter_chooses_its_sources() {
    let t = screens();
    let mut v = SourcesView::default();
    let at = v
        .rows(&t, Lang::En)
        .iter()
        .position(|r| matches!(r, SourceRow::Publisher { name, .. } if name == "Meduza"))
        .expect("Meduza");
    v.cursor = at;
    let before = v.rows(&t, Lang::En).len();
    go(&mut v, &t, &[Action::Expand]);
    assert_eq!(v.rows(&t, Lang::En).len(), before + 2);
    let chosen = go(&mut v, &t, &[Action::Toggle]);
    let want = ["meduza-2023-07-26", "meduza-2024-11-15"]
        .map(str::to_owned)
        .into_iter()
        .collect();
    assert_eq!(chosen, Outcome::ShowEvents(want));
    // On a source: Enter chooses it alone; Left closes its publisher and goes up to it.
    let chosen = go(&mut v, &t, &[Action::Down, Action::Toggle]);
    assert!(matches!(chosen, Outcome::ShowEvents(ids) if ids.len() == 1));
    go(&mut v, &t, &[Action::Collapse]);
    assert_eq!(v.cursor, at);
    assert_eq!(v.rows(&t, Lang::En).len(), before);
}

#[test]
fn the_filter_narrows_as_typed_and_esc_clears_it_before_closing() {
    let t = screens();
    let mut v = SourcesView::default();
    let all = v.rows(&t, Lang::En).len();
    let typed: Vec<Action> = std::iter::once(Action::Search)
        .chain("медуза".chars().map(Action::Input))
        .collect();
    go(&mut v, &t, &typed);
    let names: Vec<String> = publishers(&v, &t).into_iter().map(|(n, _)| n).collect();
    assert!(!names.is_empty() && names.len() < all);
    assert!(names.iter().all(|n| n.contains("Meduza")), "{names:?}");
    go(&mut v, &t, &[Action::Submit]);
    assert_eq!(
        go(&mut v, &t, &[Action::Back]),
        Outcome::Stay,
        "Esc clears first"
    );
    assert_eq!(v.rows(&t, Lang::En).len(), all);
    assert_eq!(
        go(&mut v, &t, &[Action::Back]),
        Outcome::Close,
        "then closes"
    );
}

#[test]
fn closing_keeps_the_cursor_the_open_publishers_and_the_filter() {
    let t = screens();
    let mut v = SourcesView::default();
    go(&mut v, &t, &[Action::Down, Action::Down, Action::Expand]);
    let kept = v.clone();
    assert_eq!(go(&mut v, &t, &[Action::Sources]), Outcome::Close);
    assert_eq!(v, kept);
    assert_eq!(v.cursor, 2);
}
