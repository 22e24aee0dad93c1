//! State tests of finding things: search, filters, case threads, links, and the deep links
//! `--at` and `--event`. Custody status has its own file, tests/it/custody.rs.

use crate::common;

use common::{app, mini, press, selected_id, shipped, type_keys};
use ratatui::crossterm::event::KeyCode;
use timeline::model::Kind;

#[test]
fn search_narrows_as_you_type_and_enter_keeps_it() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "/SYKTYV");
    assert_eq!(
        a.visible.len(),
        1,
        "titles, summaries and places are searched case-insensitively"
    );
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.search.as_deref(), Some("SYKTYV"));
    assert_eq!(selected_id(&a), "arrest-2023");
    assert_eq!(
        timeline::ui::footer_match_text(&a).as_deref(),
        Some("1/1 matches for \"SYKTYV\"")
    );
}

#[test]
fn search_goes_to_the_first_match_at_or_after_the_current_event_and_wraps() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "jjj/court");
    press(&mut a, KeyCode::Enter);
    let ids = common::visible_ids(&a);
    assert_eq!(
        ids,
        ["post-2022", "arrest-2023", "verdict-2023", "appeal-2024"]
    );
    assert_eq!(selected_id(&a), "post-2022");
    type_keys(&mut a, "N");
    assert_eq!(selected_id(&a), "appeal-2024");
    assert!(
        a.flash
            .as_ref()
            .is_some_and(|f| f.text.contains("wrapped to the last"))
    );
    type_keys(&mut a, "n");
    assert_eq!(selected_id(&a), "post-2022");
    assert!(
        a.flash
            .as_ref()
            .is_some_and(|f| f.text.contains("wrapped to the first"))
    );
    type_keys(&mut a, "n");
    assert_eq!(selected_id(&a), "arrest-2023");
}

#[test]
fn a_search_with_no_match_says_so_and_leaves_the_selection() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "jj/zzz");
    assert!(a.visible.is_empty());
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.search, None);
    assert_eq!(selected_id(&a), "release-1983");
    assert_eq!(a.visible.len(), 7);
    assert!(
        a.flash
            .as_ref()
            .is_some_and(|f| f.text == "no match for \"zzz\"")
    );
}

#[test]
fn esc_in_the_search_prompt_cancels_the_query() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "jj/five");
    assert_eq!(a.visible.len(), 1);
    press(&mut a, KeyCode::Esc);
    assert_eq!((a.search.as_deref(), a.visible.len()), (None, 7));
    assert_eq!(selected_id(&a), "release-1983");
}

#[test]
fn cyrillic_text_is_found_case_insensitively() {
    let text = std::fs::read_to_string("tests/fixtures/mini.toml")
        .expect("fixture")
        .replace("Taken to Syktyvkar", "Доставлен в Сыктывкар");
    let t = timeline::load::parse("m.toml", &text).expect("valid");
    let mut a = app(t, 120, 40);
    type_keys(&mut a, "/СЫКТЫВКАР");
    assert_eq!(a.visible.len(), 1);
}

#[test]
fn filters_narrow_to_chosen_kinds_and_keep_or_move_the_selection() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "jjj");
    assert_eq!(selected_id(&a), "post-2022");
    type_keys(&mut a, "f");
    for _ in 0..Kind::Ruling.index() {
        type_keys(&mut a, "j");
    }
    type_keys(&mut a, " ");
    press(&mut a, KeyCode::Esc);
    let kinds: Vec<Kind> = a
        .visible
        .events
        .iter()
        .map(|&i| a.timeline.events[i].kind)
        .collect();
    assert_eq!(kinds, [Kind::Ruling, Kind::Ruling]);
    assert_eq!(
        selected_id(&a),
        "verdict-2023",
        "moves to the nearest visible event"
    );
    type_keys(&mut a, "F");
    assert_eq!(a.visible.len(), 7);
    assert_eq!(
        selected_id(&a),
        "verdict-2023",
        "survives when still visible"
    );
}

#[test]
fn filters_and_search_combine() {
    let mut a = app(mini(), 120, 40);
    a.filters.kinds.extend([Kind::Arrest, Kind::Ruling]);
    a.apply_filters();
    type_keys(&mut a, "/court");
    press(&mut a, KeyCode::Enter);
    let ids = common::visible_ids(&a);
    assert_eq!(
        ids,
        ["arrest-2023", "verdict-2023", "appeal-2024"],
        "the court-tagged publication is filtered out"
    );
}

#[test]
fn case_keys_follow_the_thread() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "ac");
    assert_eq!(selected_id(&a), "release-1983");
    type_keys(&mut a, "c");
    assert!(
        a.flash
            .as_ref()
            .is_some_and(|f| f.text == "no later event in this case")
    );
    type_keys(&mut a, "ac");
    assert_eq!(selected_id(&a), "verdict-2023");
    type_keys(&mut a, "c");
    assert_eq!(selected_id(&a), "appeal-2024");
    type_keys(&mut a, "CC");
    assert_eq!(selected_id(&a), "arrest-2023");
}

#[test]
fn links_in_the_full_view_jump_to_related_events() {
    let mut a = app(mini(), 120, 40);
    a.move_to_index(a.timeline.index_of("arrest-2023").expect("id"));
    press(&mut a, KeyCode::Enter);
    let links = a.links();
    assert_eq!(links.case.len(), 2);
    assert_eq!(links.related.len(), 1);
    // The links run through the case, then the related events, then the quoted sources:
    // the related event is the one after the case's two.
    for _ in 0..3 {
        press(&mut a, KeyCode::Tab);
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(selected_id(&a), "post-2022");
}

#[test]
fn at_selects_the_first_event_at_or_after_a_date() {
    let mut a = app(common::screens(), 120, 40);
    a.start_at(Some("1993"), None).expect("a valid date");
    assert_eq!(selected_id(&a), "arrest-1993");
    a.start_at(Some("2023-07"), None).expect("a valid date");
    assert_eq!(selected_id(&a), "arrest-2023");
    a.start_at(Some("1993"), None).expect("a valid date");
    a.start_at(Some("July 2023"), None).expect("a typed date");
    assert_eq!(selected_id(&a), "arrest-2023");
    assert!(a.start_at(Some("Juli 2023"), None).is_err());
}

#[test]
fn event_selects_by_id_and_an_unknown_id_names_the_closest() {
    let mut a = app(shipped(), 120, 40);
    a.start_at(None, Some("cassation-2024"))
        .expect("a known id");
    assert_eq!(selected_id(&a), "cassation-2024");
    let err = a
        .start_at(None, Some("cassation-2023"))
        .expect_err("unknown");
    assert!(
        err.starts_with("no event with id \"cassation-2023\"; closest: cassation-2024"),
        "{err}"
    );
}

/// The ids a submitted search leaves visible.
fn found(query: &str) -> Vec<String> {
    let mut a = common::app(common::shipped(), 120, 40);
    type_keys(&mut a, &format!("/{query}"));
    press(&mut a, KeyCode::Enter);
    common::visible_ids(&a)
}

#[test]
fn search_ignores_accents_and_reads_the_subjects_name_in_every_spelling() {
    let accented = found("Mélenchon");
    assert!(!accented.is_empty());
    assert_eq!(found("melenchon"), accented);
    let english = found("Kagarlitsky");
    assert_eq!(found("Kagarlitskii"), english);
    assert_eq!(found("Кагарлицкий"), english);
    // The Russian spelling in a Russian excerpt is found by the English query too.
    let t = common::shipped();
    let russian_only = t
        .events
        .iter()
        .find(|e| e.excerpts.iter().any(|x| x.text.contains("Кагарлицкий")))
        .expect("a Russian excerpt naming him");
    assert!(english.contains(&russian_only.id.to_string()));
}

#[test]
fn the_search_prompt_edits_like_a_shell_line_and_remembers_searches() {
    use ratatui::crossterm::event::KeyModifiers;
    let mut a = common::app(common::shipped(), 120, 40);
    let ctrl = |a: &mut timeline::app::App, c: char| {
        let action = common::key_action(a, KeyCode::Char(c), KeyModifiers::CONTROL).expect("bound");
        a.update(action);
    };
    let typed = |a: &timeline::app::App| match &a.mode {
        timeline::app::Mode::Search(_, q) => q.clone(),
        other => panic!("not searching: {other:?}"),
    };
    type_keys(&mut a, "/military court");
    ctrl(&mut a, 'w');
    assert_eq!(typed(&a), "military ");
    ctrl(&mut a, 'u');
    assert_eq!(typed(&a), "");
    type_keys(&mut a, "Syktyvkar");
    press(&mut a, KeyCode::Enter);
    // The prompt opens on the query in force, to refine it; Ctrl-U starts afresh.
    type_keys(&mut a, "/");
    assert_eq!(typed(&a), "Syktyvkar");
    ctrl(&mut a, 'u');
    type_keys(&mut a, "appeal");
    press(&mut a, KeyCode::Enter);
    type_keys(&mut a, "/");
    press(&mut a, KeyCode::Up);
    assert_eq!(typed(&a), "appeal");
    press(&mut a, KeyCode::Up);
    assert_eq!(typed(&a), "Syktyvkar");
    press(&mut a, KeyCode::Down);
    assert_eq!(typed(&a), "appeal");
    press(&mut a, KeyCode::Down);
    assert_eq!(typed(&a), "", "past the newest, an empty line");
}

#[test]
fn the_compact_year_table_follows_the_sorted_events() {
    // Built after sorting: a table built from the file's order would disagree here, since
    // the shipped file does not list its events in date order everywhere.
    let t = shipped();
    for i in t.indices() {
        assert_eq!(
            t.year_of(i),
            t.events[i].date.year_num(),
            "{}",
            t.events[i].id
        );
    }
}
