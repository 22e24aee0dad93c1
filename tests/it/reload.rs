//! Live reload: valid edits keep the selection and filters, invalid ones keep the last good
//! data under a banner, a deleted file says so, and the watcher sees saves by rename.

use crate::common;

use std::sync::mpsc::channel;
use std::time::Duration;

use common::{app, mini, selected_id, type_keys};
use timeline::app::{Action, Reload};
use timeline::model::Kind;

const MINI: &str = "tests/fixtures/mini.toml";

fn mini_text() -> String {
    std::fs::read_to_string(MINI).expect("fixture")
}

fn parse(text: &str) -> timeline::model::Timeline {
    timeline::load::parse("mini.toml", text).expect("valid")
}

#[test]
fn a_valid_edit_keeps_the_selection_and_filters_and_says_so() {
    let mut a = app(mini(), 120, 40);
    a.filters.kinds.extend([Kind::Arrest, Kind::Ruling]);
    a.apply_filters();
    a.move_to_index(a.timeline.index_of("verdict-2023").expect("id"));
    let edited = mini_text().replace("\"Fined and freed\"", "\"Fined, then freed\"").replace(
        "[[event]]\nid = \"expelled-1980\"",
        "[[event]]\nid = \"new-2000\"\ndate = \"2000\"\nkind = \"ruling\"\ntitle = \"New\"\nsummary = \"s\"\n[event.legal]\ncourt = \"c\"\n[[event.excerpt]]\nsource = \"notes\"\ntext = \"t\"\n\n[[event]]\nid = \"expelled-1980\"",
    );
    a.update(Action::Reloaded(Box::new(Reload::Loaded(Box::new(parse(
        &edited,
    ))))));
    assert_eq!(selected_id(&a), "verdict-2023");
    assert_eq!(
        a.current().map(|e| e.title.as_str()),
        Some("Fined, then freed")
    );
    assert_eq!(
        a.visible.len(),
        5,
        "the filter still applies, and the new ruling shows"
    );
    assert_eq!(
        a.flash.as_ref().map(|f| f.text.as_str()),
        Some("reloaded (8 events)")
    );
}

#[test]
fn an_invalid_edit_keeps_the_last_good_data_under_a_banner_until_the_next_valid_save() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "jj");
    let bad = mini_text().replace("date = \"1983-04\"", "date = \"1983-13\"");
    let err = timeline::load::parse("mini.toml", &bad).expect_err("invalid");
    let first = err.first();
    assert!(first.starts_with("mini.toml:54:8: "), "{first}");
    a.update(Action::Reloaded(Box::new(Reload::Invalid(err))));
    assert_eq!(selected_id(&a), "release-1983");
    assert_eq!(a.timeline.events.len(), 7);
    let banner = a.banner.clone().unwrap_or_default();
    assert!(
        banner.starts_with("1 problem, showing the last good version"),
        "{banner}"
    );
    assert!(banner.ends_with(&first), "{banner}");
    let screen = render(&a);
    assert!(
        screen.contains("mini.toml:54:8"),
        "the banner shows:\n{screen}"
    );
    a.update(Action::Reloaded(Box::new(Reload::Loaded(Box::new(mini())))));
    assert_eq!(a.banner, None);
    assert_eq!(selected_id(&a), "release-1983");
}

#[test]
fn a_deleted_file_keeps_the_last_good_data_and_says_so() {
    let mut a = app(mini(), 120, 40);
    a.update(Action::Reloaded(Box::new(Reload::Missing(
        "mini.toml".into(),
    ))));
    assert_eq!(a.timeline.events.len(), 7);
    assert!(
        a.banner
            .as_deref()
            .is_some_and(|b| b.contains("mini.toml is gone"))
    );
}

#[test]
fn a_removed_event_moves_the_selection_to_the_nearest() {
    let mut a = app(mini(), 120, 40);
    a.move_to_index(a.timeline.index_of("post-2022").expect("id"));
    let text = mini_text();
    let start = text.find("[[event]]\nid = \"post-2022\"").expect("event");
    let end = start
        + text[start..]
            .find("\n[[event]]\nid = \"verdict")
            .expect("next");
    let edited = format!("{}{}", &text[..start], &text[end + 1..])
        .replace("related = [\"post-2022\"]\n", "");
    a.update(Action::Reloaded(Box::new(Reload::Loaded(Box::new(parse(
        &edited,
    ))))));
    assert_eq!(selected_id(&a), "arrest-2023");
}

fn render(a: &timeline::app::App) -> String {
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    t.draw(|f| {
        timeline::ui::render(f, a);
    })
    .expect("draw");
    t.backend().to_string()
}

fn next_reload(rx: &std::sync::mpsc::Receiver<Action>, within: Duration) -> Option<Reload> {
    match rx.recv_timeout(within) {
        Ok(Action::Reloaded(r)) => Some(*r),
        _ => None,
    }
}

/// A copy of the fixture in a temporary directory, with a watcher on it that has settled.
fn watched() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    std::sync::mpsc::Receiver<Action>,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("t.toml");
    std::fs::write(&path, mini_text()).expect("write");
    let (tx, rx) = channel();
    timeline::watch::spawn(path.clone(), tx);
    std::thread::sleep(Duration::from_millis(300));
    (dir, path, rx)
}

#[test]
fn the_watcher_sees_saves_by_rename_invalid_saves_and_deletion() {
    let (dir, path, rx) = watched();

    let tmp = dir.path().join(".t.toml.swp");
    std::fs::write(&tmp, mini_text().replace("Fined and freed", "Renamed in")).expect("write");
    std::fs::rename(&tmp, &path).expect("rename");
    match next_reload(&rx, Duration::from_secs(10)) {
        Some(Reload::Loaded(t)) => assert!(t.events.iter().any(|e| *e.title == "Renamed in")),
        other => panic!("expected a reload, got {other:?}"),
    }

    std::fs::write(&path, "[timeline\n").expect("write");
    match next_reload(&rx, Duration::from_secs(10)) {
        Some(Reload::Invalid(error)) => {
            let first = error.first();
            assert!(first.contains("t.toml:1:"), "{first}");
            assert!(error.count() >= 1);
        }
        other => panic!("expected an invalid reload, got {other:?}"),
    }

    std::fs::remove_file(&path).expect("remove");
    assert!(matches!(
        next_reload(&rx, Duration::from_secs(10)),
        Some(Reload::Missing(_))
    ));
}

#[test]
fn the_watcher_debounces_a_burst_of_writes() {
    let (_dir, path, rx) = watched();
    for n in 0..5 {
        std::fs::write(
            &path,
            mini_text().replace("Fined and freed", &format!("Burst {n}")),
        )
        .expect("write");
        std::thread::sleep(Duration::from_millis(30));
    }
    let mut seen = Vec::new();
    while let Some(r) = next_reload(
        &rx,
        Duration::from_secs(if seen.is_empty() { 10 } else { 2 }),
    ) {
        seen.push(r);
    }
    assert!(
        !seen.is_empty() && seen.len() <= 2,
        "{} reloads for one burst",
        seen.len()
    );
    match seen.last() {
        Some(Reload::Loaded(t)) => assert!(t.events.iter().any(|e| *e.title == "Burst 4")),
        other => panic!("the last reload has the last write, got {other:?}"),
    }
}

#[test]
fn a_long_banner_takes_both_header_lines_is_cut_with_an_ellipsis_and_keeps_the_count() {
    let mut a = app(mini(), 60, 24);
    // An unknown key of 200 letters, and no [timeline] nor [[event]]: three problems.
    let text = format!("{} = 1\n", "x".repeat(200));
    let error = timeline::load::parse("mini.toml", &text).expect_err("invalid");
    assert_eq!(error.count(), 3);
    a.update(Action::Reloaded(Box::new(Reload::Invalid(error))));
    let screen = render(&a);
    let first = screen.lines().next().expect("the banner's first row");
    let second = screen.lines().nth(1).expect("the banner's second row");
    assert!(first.contains("3 problems"), "{first}");
    assert!(
        second.trim_end_matches([' ', '"']).ends_with('…'),
        "{second}"
    );
}
