//! State tests of the prompts' line editing: a cursor moved by `←`/`→`, `Home`/`End` and
//! `Ctrl-A`/`Ctrl-E`; typing, `Backspace`, `Delete`, `Ctrl-W` and `Ctrl-U` acting at it, in
//! characters (Cyrillic included); and the terminal cursor drawn where it stands.

use crate::common;

use common::{app, key_action, mini, press, shipped, type_keys};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use timeline::app::{App, Mode, Overlay, YearPrompt};

fn ctrl(a: &mut App, c: char) {
    let action = key_action(a, KeyCode::Char(c), KeyModifiers::CONTROL).expect("bound");
    a.update(action);
}

/// The prompt's text with the cursor shown as `|`.
fn line(a: &App) -> String {
    let typed = match &a.mode {
        Mode::Search(_, t) | Mode::Over(_, Overlay::Year(YearPrompt { text: t })) => t,
        other => panic!("no prompt open: {other:?}"),
    };
    format!("{}|{}", typed.before(), typed.after())
}

#[test]
fn arrows_move_the_cursor_and_typing_inserts_at_it() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "/Syktvkar");
    assert_eq!(line(&a), "Syktvkar|");
    for _ in 0..4 {
        press(&mut a, KeyCode::Left);
    }
    assert_eq!(line(&a), "Sykt|vkar");
    type_keys(&mut a, "y");
    assert_eq!(line(&a), "Sykty|vkar");
    assert_eq!(a.visible.len(), 1, "the edited query previews at once");
    press(&mut a, KeyCode::Right);
    assert_eq!(line(&a), "Syktyv|kar");
    press(&mut a, KeyCode::Home);
    assert_eq!(line(&a), "|Syktyvkar");
    press(&mut a, KeyCode::Left);
    assert_eq!(line(&a), "|Syktyvkar", "the cursor stops at the start");
    press(&mut a, KeyCode::End);
    press(&mut a, KeyCode::Right);
    assert_eq!(line(&a), "Syktyvkar|", "and at the end");
    ctrl(&mut a, 'a');
    assert_eq!(line(&a), "|Syktyvkar");
    ctrl(&mut a, 'e');
    assert_eq!(line(&a), "Syktyvkar|");
}

#[test]
fn backspace_and_delete_act_before_and_under_the_cursor_in_characters() {
    let mut a = app(shipped(), 120, 40);
    type_keys(&mut a, "/Сыктывкар");
    for _ in 0..3 {
        press(&mut a, KeyCode::Left);
    }
    assert_eq!(line(&a), "Сыктыв|кар");
    press(&mut a, KeyCode::Backspace);
    assert_eq!(line(&a), "Сыкты|кар");
    press(&mut a, KeyCode::Delete);
    assert_eq!(line(&a), "Сыкты|ар");
    press(&mut a, KeyCode::End);
    press(&mut a, KeyCode::Delete);
    assert_eq!(line(&a), "Сыктыар|", "Delete at the end does nothing");
    press(&mut a, KeyCode::Home);
    press(&mut a, KeyCode::Backspace);
    assert_eq!(line(&a), "|Сыктыар", "Backspace at the start does nothing");
}

#[test]
fn ctrl_w_and_ctrl_u_act_relative_to_the_cursor_as_in_a_shell() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "/military court  of Komi");
    for _ in 0..7 {
        press(&mut a, KeyCode::Left);
    }
    assert_eq!(line(&a), "military court  |of Komi");
    ctrl(&mut a, 'w');
    assert_eq!(
        line(&a),
        "military |of Komi",
        "the word and the spaces after it"
    );
    ctrl(&mut a, 'w');
    assert_eq!(line(&a), "|of Komi");
    ctrl(&mut a, 'w');
    assert_eq!(line(&a), "|of Komi", "nothing before the cursor");
    press(&mut a, KeyCode::Right);
    press(&mut a, KeyCode::Right);
    ctrl(&mut a, 'u');
    assert_eq!(
        line(&a),
        "| Komi",
        "Ctrl-U deletes to the start, keeping the rest"
    );
}

#[test]
fn the_date_prompt_edits_at_the_cursor_too() {
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "d202307");
    press(&mut a, KeyCode::Left);
    press(&mut a, KeyCode::Left);
    type_keys(&mut a, "-");
    assert_eq!(line(&a), "2023-|07");
    type_keys(&mut a, &"z".repeat(40));
    assert_eq!(
        line(&a),
        format!("2023-{}|07", "z".repeat(32 - 7)),
        "32 characters at most, room for `25 сентября 2023 года`"
    );
    ctrl(&mut a, 'u');
    assert_eq!(line(&a), "|07");
    ctrl(&mut a, 'e');
    press(&mut a, KeyCode::Enter);
    assert!(
        a.flash
            .as_ref()
            .is_some_and(|f| f.text.starts_with("not a date")),
        "{:?}",
        a.flash
    );
}

/// Where the terminal cursor is drawn.
fn cursor(a: &App) -> (u16, u16) {
    use ratatui::backend::Backend as _;
    let mut t = Terminal::new(TestBackend::new(a.size.0, a.size.1)).expect("terminal");
    t.draw(|f| {
        timeline::ui::render(f, a);
    })
    .expect("draw");
    let at = t.backend_mut().get_cursor_position().expect("cursor");
    (at.x, at.y)
}

#[test]
fn the_terminal_cursor_stands_at_the_cursor_by_display_width() {
    let mut a = app(shipped(), 100, 30);
    type_keys(&mut a, "/Кагар");
    let footer = a.size.1 - 1;
    assert_eq!(cursor(&a), (1 + 5, footer), "after `/` and five letters");
    press(&mut a, KeyCode::Home);
    assert_eq!(cursor(&a), (1, footer));
    press(&mut a, KeyCode::Esc);
    type_keys(&mut a, "/日本");
    assert_eq!(
        cursor(&a),
        (1 + 4, footer),
        "wide characters take two columns"
    );
    press(&mut a, KeyCode::Left);
    assert_eq!(cursor(&a), (1 + 2, footer));
    press(&mut a, KeyCode::Esc);
    type_keys(&mut a, "d2023");
    press(&mut a, KeyCode::Left);
    let (x, y) = cursor(&a);
    let mut t = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    t.draw(|f| {
        timeline::ui::render(f, &a);
    })
    .expect("draw");
    let row: String = (0..100)
        .map(|c| t.backend().buffer()[(c, y)].symbol().to_owned())
        .collect();
    let label = row.find("Date: 2023").expect("the date prompt's line");
    let label = u16::try_from(row[..label].chars().count()).expect("narrow");
    assert_eq!(x, label + 6 + 3, "after `Date: ` and `202`");
}

#[test]
fn a_long_query_scrolls_so_the_cursor_stays_on_screen() {
    let mut a = app(shipped(), 40, 20);
    type_keys(&mut a, &format!("/{}", "x".repeat(60)));
    let (x, _) = cursor(&a);
    assert_eq!(x, 39, "the last column");
    press(&mut a, KeyCode::Home);
    assert_eq!(cursor(&a).0, 1);
}
