//! His custody status as the header gives it: at each transition, in the shipped chronology,
//! and how long a custody lasted (an event dated only to a year in which it changed, and the
//! days in custody in all, are in `windows`).

use crate::common;

use common::{app, mini, shipped};

#[test]
fn custody_status_changes_at_each_transition() {
    let a = app(mini(), 120, 40);
    let t = &a.timeline;
    let status = |id: &str| t.custody_at(t.index_of(id).expect("id"));
    assert_eq!(status("expelled-1980"), None);
    let held = status("arrest-1982").expect("status");
    assert!(held.state.in_custody());
    assert_eq!(held.day, Some(1));
    let freed = status("release-1983").expect("status");
    assert!(!freed.state.in_custody());
    assert_eq!(freed.day, None, "the release date is only a month");
    assert!(!status("post-2022").expect("status").state.in_custody());
    let held = status("arrest-2023").expect("status");
    assert_eq!(
        (held.state.in_custody(), held.since.to_string()),
        (true, "2023-07-25".into())
    );
    let freed = status("verdict-2023").expect("status");
    assert!(!freed.state.in_custody());
    let prison = status("appeal-2024").expect("status");
    assert_eq!(
        (
            prison.state.in_custody(),
            prison.since.to_string(),
            prison.day
        ),
        (true, "2024-02-13".into(), Some(1))
    );
}

#[test]
fn custody_status_in_the_shipped_chronology() {
    let t = shipped();
    let status = |id: &str| t.custody_at(t.index_of(id).expect("id")).expect("a status");
    let remand = status("remand-2023");
    assert!(remand.state.in_custody());
    assert_eq!(
        (remand.since.to_string(), remand.day),
        ("2023-07-25".to_owned(), Some(2))
    );
    assert!(
        !status("verdict-2023").state.in_custody(),
        "freed in court on 12 Dec 2023"
    );
    let appeal = status("appeal-2024");
    assert_eq!(
        (appeal.since.to_string(), appeal.day),
        ("2024-02-13".to_owned(), Some(1))
    );
    let refusal = status("exchange-refusal-2024");
    assert_eq!(refusal.day, Some(276), "13 Feb to 14 Nov 2024 is day 276");
    assert_eq!(refusal.then, None, "a day-precise event has one status");
}

#[test]
fn the_custody_header_says_as_of_when_and_how_long_a_custody_lasted() {
    let mut a = common::app(common::shipped(), 120, 40);
    let verdict = a.timeline.index_of("verdict-2023").expect("verdict");
    a.move_to_index(verdict);
    let status = a.timeline.custody_at(verdict).expect("a status");
    let arrest = a
        .timeline
        .event("arrest-2023")
        .expect("arrest")
        .date
        .exact()
        .expect("day");
    let freed = a.timeline.events[verdict].date.exact().expect("day");
    assert_eq!(
        status.held,
        Some((freed - arrest).num_days()),
        "days from arrest to release"
    );
    let header = common::drawn(&a, 120, 40).swap_remove(1);
    let day = timeline::present::event_date(a.words, a.timeline.events[verdict].date);
    assert!(
        header.starts_with(&format!(
            "As of {day}: free since {day}, after {} days in custody",
            (freed - arrest).num_days()
        )),
        "{header}"
    );
}
