//! State tests of the two ways a search shows its matches: filtering the list to them (the
//! default) or marking them in the whole list, `&` switching, `n`/`N` stepping either way.

use crate::common;

use common::{app, mini, press, selected_id, type_keys};
use ratatui::crossterm::event::KeyCode;
use timeline::app::{App, SearchMode};

fn ids(a: &App, of: &[timeline::model::EventIx]) -> Vec<String> {
    of.iter()
        .map(|&i| a.timeline.events[i].id.to_string())
        .collect()
}

fn said(a: &App) -> String {
    a.flash.as_ref().map(|f| f.text.clone()).unwrap_or_default()
}

const COURT: [&str; 4] = ["post-2022", "arrest-2023", "verdict-2023", "appeal-2024"];

#[test]
fn filtering_is_the_default_and_ampersand_switches_to_marking_and_back() {
    let mut a = app(mini(), 120, 40);
    assert_eq!(a.search_mode, SearchMode::Filter);
    type_keys(&mut a, "/court");
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        ids(&a, &a.visible.events),
        COURT,
        "only the matches are listed"
    );
    type_keys(&mut a, "j");
    assert_eq!(selected_id(&a), "arrest-2023");
    type_keys(&mut a, "&");
    assert_eq!(a.search_mode, SearchMode::Highlight);
    assert_eq!(a.visible.len(), 7, "every event is listed again");
    assert_eq!(ids(&a, a.matches()), COURT, "the matches stay the same");
    assert_eq!(
        a.search.as_deref(),
        Some("court"),
        "the search stays in force"
    );
    assert_eq!(selected_id(&a), "arrest-2023", "the selection stays");
    assert!(said(&a).contains("marks matches"), "{}", said(&a));
    let marked: Vec<bool> = a.visible.events.iter().map(|&i| a.is_marked(i)).collect();
    assert_eq!(marked, [false, false, false, true, true, true, true]);
    assert_eq!(
        timeline::ui::footer_match_text(&a).as_deref(),
        Some("2/4 matches for \"court\"")
    );
    type_keys(&mut a, "&");
    assert_eq!(a.search_mode, SearchMode::Filter);
    assert_eq!(ids(&a, &a.visible.events), COURT);
    assert_eq!(selected_id(&a), "arrest-2023");
    assert!(said(&a).contains("only matches are shown"), "{}", said(&a));
    assert!(!a.is_marked(a.visible.events[0]), "no marks when filtering");
}

#[test]
fn n_and_n_jump_over_the_events_that_do_not_match_and_wrap() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "&/court");
    press(&mut a, KeyCode::Enter);
    type_keys(&mut a, "g");
    assert_eq!(selected_id(&a), "expelled-1980");
    assert_eq!(
        timeline::ui::footer_match_text(&a).as_deref(),
        Some("0/4 matches for \"court\""),
        "not on a match"
    );
    type_keys(&mut a, "n");
    assert_eq!(selected_id(&a), "post-2022");
    type_keys(&mut a, "N");
    assert_eq!(selected_id(&a), "appeal-2024");
    assert!(said(&a).contains("wrapped to the last"), "{}", said(&a));
    type_keys(&mut a, "n");
    assert_eq!(selected_id(&a), "post-2022");
    assert!(said(&a).contains("wrapped to the first"), "{}", said(&a));
    type_keys(&mut a, "nn");
    assert_eq!(selected_id(&a), "verdict-2023");
    type_keys(&mut a, "k");
    assert_eq!(selected_id(&a), "arrest-2023", "j/k still walk every event");
}

#[test]
fn typing_a_marking_search_moves_to_the_first_match_and_esc_returns() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "&jj/cour");
    assert_eq!(a.visible.len(), 7);
    assert_eq!(
        selected_id(&a),
        "post-2022",
        "the first match after release-1983"
    );
    assert_eq!(ids(&a, a.matches()), COURT);
    press(&mut a, KeyCode::Esc);
    assert_eq!(selected_id(&a), "release-1983");
    assert!(a.matches().is_empty());
    assert_eq!(a.search, None);
}

#[test]
fn a_marking_search_with_no_match_says_so_and_is_dropped() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "&j/zzz");
    assert_eq!(a.visible.len(), 7, "the list stays whole");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.search, None);
    assert_eq!(said(&a), "no match for \"zzz\"");
    assert_eq!(selected_id(&a), "arrest-1982");
}

#[test]
fn filters_still_narrow_a_marking_search() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "&/court");
    press(&mut a, KeyCode::Enter);
    a.filters.kinds.insert(timeline::model::Kind::Arrest);
    a.apply_filters();
    assert_eq!(
        ids(&a, &a.visible.events),
        ["arrest-1982", "arrest-2023"],
        "the kind filter narrows the list"
    );
    assert_eq!(ids(&a, a.matches()), ["arrest-2023"]);
    a.filters.kinds.clear();
    a.filters.kinds.insert(timeline::model::Kind::Release);
    a.apply_filters();
    assert!(a.matches().is_empty());
    type_keys(&mut a, "n");
    assert_eq!(said(&a), "no match", "n with every match filtered away");
}
