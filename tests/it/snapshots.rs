//! Whole-screen snapshots from a `TestBackend`, drawn from the screen fixture
//! (`tests/fixtures/screens.toml`, a frozen part of the chronology) so that a curator's edit
//! never changes them; the `smoke_` snapshots alone draw the shipped chronology.

use crate::common;

use common::{app, press, screens, shipped, type_keys};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use timeline::app::App;

fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| {
            timeline::ui::render(f, app);
        })
        .expect("draw");
    terminal
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

/// The screen with its styled runs marked.
fn styled(app: &App) -> String {
    let (w, h) = app.size;
    common::styled(app, w, h)
}

fn at(w: u16, h: u16) -> App {
    app(screens(), w, h)
}

#[test]
fn smoke_shipped_list_80x24() {
    insta::assert_snapshot!(screen(&app(shipped(), 80, 24)));
}

#[test]
fn smoke_shipped_arrest_detail_120x40() {
    let mut a = app(shipped(), 120, 40);
    open_arrest_2023(&mut a);
    insta::assert_snapshot!(screen(&a));
}

/// The screen after typing `keys` at a size.
fn after_keys(w: u16, h: u16, keys: &str) -> String {
    let mut a = at(w, h);
    type_keys(&mut a, keys);
    screen(&a)
}

/// The ruler's three rows with the July 2023 arrest selected.
fn ruler_rows(w: u16, h: u16) -> String {
    let mut a = at(w, h);
    open_arrest_2023(&mut a);
    press(&mut a, KeyCode::Esc);
    let ruler = a.areas().ruler.expect("the ruler shows at this size");
    let lines: Vec<String> = screen(&a)
        .lines()
        .skip(usize::from(ruler.y))
        .take(3)
        .map(str::to_owned)
        .collect();
    lines.join("\n")
}

fn open_arrest_2023(a: &mut App) {
    let i = a
        .timeline
        .index_of("arrest-2023")
        .expect("the 2023 arrest is in the data");
    a.move_to_index(i);
    press(a, KeyCode::Enter);
}

#[test]
fn list_120x40() {
    insta::assert_snapshot!(screen(&at(120, 40)));
}

#[test]
fn list_80x24() {
    insta::assert_snapshot!(screen(&at(80, 24)));
}

#[test]
fn arrest_detail_120x40() {
    let mut a = at(120, 40);
    open_arrest_2023(&mut a);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn arrest_detail_80x24() {
    let mut a = at(80, 24);
    open_arrest_2023(&mut a);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn help_120x40() {
    insta::assert_snapshot!(after_keys(120, 40, "?"));
}

/// The sources view: the most quoted publisher opened (`l`), the cursor on its first source.
#[test]
fn sources_80x24() {
    insta::assert_snapshot!(after_keys(80, 24, "slj"));
}

#[test]
fn sources_120x40() {
    insta::assert_snapshot!(after_keys(120, 40, "slj"));
}

/// The sources view's filter being typed: only what it finds, every title whole.
#[test]
fn sources_filter_80x24() {
    insta::assert_snapshot!(after_keys(80, 24, "s/chronicle"));
}

#[test]
fn help_80x24() {
    insta::assert_snapshot!(after_keys(80, 24, "?"));
}

#[test]
fn jump_prompt_120x40() {
    insta::assert_snapshot!(after_keys(120, 40, "d199"));
}

#[test]
fn jump_prompt_80x24() {
    insta::assert_snapshot!(after_keys(80, 24, "d199"));
}

#[test]
fn ruler_80() {
    insta::assert_snapshot!(ruler_rows(80, 24));
}

#[test]
fn ruler_160() {
    insta::assert_snapshot!(ruler_rows(160, 40));
}

#[test]
fn search_with_highlights() {
    let mut a = at(120, 40);
    type_keys(&mut a, "/syktyvkar");
    press(&mut a, KeyCode::Enter);
    insta::assert_snapshot!(styled(&a));
}

#[test]
fn search_marking_matches_in_the_whole_list() {
    let mut a = at(100, 30);
    type_keys(&mut a, "&/syktyvkar");
    press(&mut a, KeyCode::Enter);
    type_keys(&mut a, "n");
    insta::assert_snapshot!(styled(&a));
}

#[test]
fn filter_picker() {
    let mut a = at(120, 40);
    type_keys(&mut a, "f");
    for _ in 0..3 {
        type_keys(&mut a, "j");
    }
    type_keys(&mut a, " ");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn case_table_of_the_2023_case() {
    let mut a = at(120, 60);
    let i = a
        .timeline
        .index_of("verdict-2023")
        .expect("the verdict is in the data");
    a.move_to_index(i);
    press(&mut a, KeyCode::Enter);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn case_table_stacks_at_80x24() {
    let mut a = at(80, 24);
    let i = a.timeline.index_of("verdict-2023").expect("the verdict");
    a.move_to_index(i);
    press(&mut a, KeyCode::Enter);
    let width = usize::from(a.areas().detail_body.width);
    let heading = timeline::view::detail::lines(&a.detail_spec(), width)
        .iter()
        .position(|l| l.to_string().contains("the procedure"))
        .expect("the case table");
    a.scroll_detail(isize::try_from(heading).expect("small"));
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn case_table_stacks_its_rows_in_the_split_view() {
    let mut a = at(120, 40);
    let i = a.timeline.index_of("appeal-2024").expect("the appeal");
    a.move_to_index(i);
    let width = usize::from(a.areas().detail_body.width);
    let lines = timeline::view::detail::lines(&a.detail_spec(), width);
    let heading = lines
        .iter()
        .position(|l| l.to_string().contains("the procedure"))
        .expect("the case table");
    // Stacked rows have no column headings: the court stands whole on its own line.
    assert!(!lines[heading + 1].to_string().contains("Outcome"));
    let texts: Vec<String> = lines
        .iter()
        .map(|l| l.to_string().trim().to_owned())
        .collect();
    let court = "Military Court of Appeal, Vlasikha (Moscow Region)";
    let start = texts
        .iter()
        .position(|t| court.starts_with(t.as_str()) && !t.is_empty())
        .expect("the court's first line");
    let whole = (start..texts.len())
        .map(|n| texts[start..=n].join(" "))
        .any(|joined| joined == court);
    assert!(whole, "the court is broken between words only");
    a.scroll_detail(isize::try_from(heading).expect("small"));
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn terminal_too_small() {
    insta::assert_snapshot!(screen(&at(20, 5)));
}

/// The citation menu over the full view with the last quoted source highlighted: the event
/// and the source in each format, the cursor on the event as plain text, and its first line.
#[test]
fn cite_menu_80x24() {
    let mut a = at(80, 24);
    open_arrest_2023(&mut a);
    press(&mut a, KeyCode::BackTab);
    type_keys(&mut a, "yj");
    insta::assert_snapshot!(screen(&a));
}
