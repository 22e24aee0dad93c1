//! Each popup's state alone, without an app: its `handle` moves its own cursor by the one
//! rule for lists (never before the first entry nor past the last) and says what the app
//! must do, from nothing but the action and what it is told.

use timeline::app::{
    Action, CiteMenu, DrawnHelp, ExportMenu, HelpPager, Outcome, Picker, YearPrompt,
};
use timeline::export::Format;

#[test]
fn a_popup_list_moves_by_one_by_page_and_to_either_end_within_its_entries() {
    let mut p = Picker::default();
    assert_eq!(p.handle(&Action::Up, 10, 4), Outcome::Stay);
    assert_eq!(p.cursor, 0, "nothing before the first entry");
    p.handle(&Action::Down, 10, 4);
    assert_eq!(p.cursor, 1);
    p.handle(&Action::PageDown, 10, 4);
    assert_eq!(p.cursor, 5);
    p.handle(&Action::PageDown, 10, 4);
    p.handle(&Action::PageDown, 10, 4);
    assert_eq!(p.cursor, 9, "a page stops at the last entry");
    p.handle(&Action::Down, 10, 4);
    assert_eq!(p.cursor, 9, "nothing past the last entry");
    p.handle(&Action::PageUp, 10, 4);
    assert_eq!(p.cursor, 5);
    p.handle(&Action::First, 10, 4);
    assert_eq!(p.cursor, 0);
    p.handle(&Action::Last, 10, 4);
    assert_eq!(p.cursor, 9);
}

#[test]
fn the_picker_toggles_the_entry_under_its_cursor_clears_and_closes() {
    let mut p = Picker { cursor: 3 };
    assert_eq!(p.handle(&Action::Toggle, 10, 4), Outcome::Toggle(3));
    assert_eq!(p.cursor, 3, "toggling keeps the picker where it was");
    assert_eq!(
        p.handle(&Action::ClearFilters, 10, 4),
        Outcome::ClearFilters
    );
    assert_eq!(p.handle(&Action::Filter, 10, 4), Outcome::Close);
    assert_eq!(p.handle(&Action::Back, 10, 4), Outcome::Close);
    assert_eq!(p.handle(&Action::Quit, 10, 4), Outcome::Stay);
}

#[test]
fn the_export_menu_writes_each_format_of_the_registry_in_its_order() {
    let mut m = ExportMenu::default();
    let mut written = Vec::new();
    for _ in 0..Format::ALL.len() {
        let before = m;
        match m.handle(&Action::Toggle, 1) {
            Outcome::Write(f) => written.push(f),
            other => panic!("Space writes: {other:?}"),
        }
        assert_eq!(m, before, "Space moves nothing");
        m.handle(&Action::Down, 1);
    }
    assert_eq!(
        written,
        Format::ALL,
        "every format, once, in the registry's order"
    );
    assert_eq!(m.handle(&Action::Export, 1), Outcome::Close);
    assert_eq!(m.handle(&Action::Back, 1), Outcome::Close);
}

#[test]
fn the_citation_menu_copies_the_entry_under_its_cursor_and_only_one_that_exists() {
    let mut c = CiteMenu::default();
    c.handle(&Action::Last, 8, 4);
    assert_eq!(c.handle(&Action::Toggle, 8, 4), Outcome::Cite(7));
    // The entries shrank (the highlighted source went): the last one that exists is copied.
    assert_eq!(c.handle(&Action::Toggle, 4, 4), Outcome::Cite(3));
    assert_eq!(c.handle(&Action::Back, 4, 4), Outcome::Close);
}

#[test]
fn the_help_scrolls_within_the_rows_its_last_frame_drew() {
    let drawn = Some(DrawnHelp {
        rows: 50,
        shown: 12,
        top: 0,
    });
    let mut h = HelpPager::default();
    h.handle(&Action::Last, 12, drawn);
    assert_eq!(h.top, 50 - 12, "End shows the last screenful");
    h.handle(&Action::Down, 12, drawn);
    assert_eq!(h.top, 38, "and no further");
    h.handle(&Action::PageUp, 12, drawn);
    assert_eq!(h.top, 26);
    h.handle(&Action::First, 12, drawn);
    assert_eq!(h.top, 0);
    // Never drawn yet: End goes as far as it can, and a step on does not overflow.
    let mut h = HelpPager::default();
    h.handle(&Action::Last, 12, None);
    assert_eq!(h.handle(&Action::Down, 12, None), Outcome::Stay);
    h.handle(&Action::Down, 12, drawn);
    assert_eq!(h.top, 38, "the first frame's numbers bound it");
    assert_eq!(h.handle(&Action::Back, 12, drawn), Outcome::Close);
}

#[test]
fn the_date_prompt_edits_its_line_and_asks_for_the_jump_on_enter() {
    let mut y = YearPrompt::default();
    for ch in "2023-7".chars() {
        assert_eq!(y.handle(&Action::Input(ch)), Outcome::Stay);
    }
    y.handle(&Action::Backspace);
    assert_eq!(y.text.as_str(), "2023-");
    assert_eq!(y.handle(&Action::Submit), Outcome::Jump);
    assert_eq!(
        y.text.as_str(),
        "2023-",
        "the line stays for a date that cannot be read"
    );
    assert_eq!(y.handle(&Action::Cancel), Outcome::Close);
}
