//! Dates as people type them, in the `d` prompt, `--at`, `--from` and `--to`: each form
//! lands where its ISO spelling does; a date the prompt cannot read keeps the prompt open
//! with the text and says what it takes, in both languages; `--at` past the file's end
//! says so.

use crate::common;

use common::{app, press, selected_id, shipped, type_keys};
use ratatui::crossterm::event::KeyCode;
use timeline::app::{App, Mode, Overlay, YearPrompt};
use timeline::words::Lang;

/// The event a `d` jump lands on, from the first event.
fn landing(typed: &str, lang: Lang) -> String {
    let mut a = app(shipped(), 120, 40);
    a.words = lang.words();
    type_keys(&mut a, "d");
    type_keys(&mut a, typed);
    press(&mut a, KeyCode::Enter);
    assert!(!a.mode.overlaid(), "{typed}: the prompt closes on a date");
    selected_id(&a)
}

/// Each typed form and the strict spelling of the same date.
const FORMS: [(&str, &str); 14] = [
    ("2023-7", "2023-07"),
    ("2023-7-5", "2023-07-05"),
    ("25.07.2023", "2023-07-25"),
    ("07.2023", "2023-07"),
    ("7.2023", "2023-07"),
    ("July 2023", "2023-07"),
    ("25 July 2023", "2023-07-25"),
    ("13 feb 2024", "2024-02-13"),
    ("июль 2023", "2023-07"),
    ("Июля 2023", "2023-07"),
    ("25 июля 2023", "2023-07-25"),
    ("12 ДЕКАБРЯ 2023", "2023-12-12"),
    ("ноябрь 2024", "2024-11"),
    ("1.1.1990", "1990-01-01"),
];

#[test]
fn the_prompt_takes_each_form_in_both_editions() {
    for lang in [Lang::En, Lang::Ru] {
        for (typed, strict) in FORMS {
            assert_eq!(
                landing(typed, lang),
                landing(strict, lang),
                "{typed} ({lang:?})"
            );
        }
    }
}

/// The prompt's text, if it is open.
fn prompt(a: &App) -> Option<String> {
    match &a.mode {
        Mode::Over(_, Overlay::Year(YearPrompt { text: t })) => {
            Some(format!("{}{}", t.before(), t.after()))
        }
        _ => None,
    }
}

#[test]
fn a_date_the_prompt_cannot_read_keeps_it_open_with_the_text() {
    for (lang, not) in [(Lang::En, "not a date"), (Lang::Ru, "это не дата")] {
        let mut a = app(shipped(), 80, 24);
        a.words = lang.words();
        let before = selected_id(&a);
        type_keys(&mut a, "d2023/07");
        press(&mut a, KeyCode::Enter);
        assert_eq!(prompt(&a).as_deref(), Some("2023/07"), "{lang:?}");
        assert_eq!(selected_id(&a), before);
        let said = a.flash.as_ref().map(|f| f.text.clone()).unwrap_or_default();
        assert!(said.starts_with(not), "{said}");
        // It names the forms it takes: an ISO one, a dotted one and one with a month name.
        let month = lang.words().months_alone()[6];
        for form in ["2023", "25.07.2023", month] {
            assert!(said.contains(form), "{lang:?}: {said} names {form}");
        }
        // Mend the text and go.
        for _ in 0.."/07".len() {
            press(&mut a, KeyCode::Backspace);
        }
        type_keys(&mut a, "-07");
        press(&mut a, KeyCode::Enter);
        assert_eq!(prompt(&a), None);
        assert_eq!(selected_id(&a), landing("2023-07", lang));
    }
}

#[test]
fn an_impossible_day_keeps_the_prompt_open_and_says_why() {
    let mut a = app(shipped(), 120, 40);
    type_keys(&mut a, "d30.02.2023");
    press(&mut a, KeyCode::Enter);
    assert_eq!(prompt(&a).as_deref(), Some("30.02.2023"));
    let said = a.flash.as_ref().map(|f| f.text.clone()).unwrap_or_default();
    assert!(said.contains("2023-02-30 does not exist"), "{said}");
}

#[test]
fn at_past_the_end_says_so_and_at_a_date_with_events_says_nothing() {
    for lang in [Lang::En, Lang::Ru] {
        let mut a = app(shipped(), 120, 40);
        a.words = lang.words();
        let last = a.timeline.meta.to.year_num();
        let after = (last + 5).to_string();
        a.start_at(Some(&after), None).expect("a date");
        let said = a.flash.as_ref().map(|f| f.text.clone());
        assert!(
            said.as_deref().is_some_and(|s| s.contains(&after)),
            "{lang:?}: {said:?}"
        );
        let mut b = app(shipped(), 120, 40);
        b.words = lang.words();
        b.start_at(Some("25.07.2023"), None).expect("a date");
        assert!(b.flash.is_none(), "{:?}", b.flash);
        assert_eq!(selected_id(&b), landing("2023-07-25", lang));
    }
}

/// Runs the binary with no locale set: (status, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let r = common::run(args, &[]);
    (r.code, r.out, r.err)
}

#[test]
fn from_and_to_take_the_typed_forms_and_keep_their_order_rule() {
    let strict = run(&["list", "--from", "2023-07-25", "--to", "2023-12"]);
    assert_eq!(strict.0, 0);
    assert!(!strict.1.is_empty());
    for (from, to) in [
        ("25.07.2023", "December 2023"),
        ("2023-7-25", "12.2023"),
        ("25 июля 2023", "декабрь 2023"),
    ] {
        for lang in ["en", "ru"] {
            let typed = run(&["--lang", lang, "list", "--from", from, "--to", to]);
            let same = run(&[
                "--lang",
                lang,
                "list",
                "--from",
                "2023-07-25",
                "--to",
                "2023-12",
            ]);
            assert_eq!(typed, same, "{from} .. {to} ({lang})");
        }
    }
    let (code, _, err) = run(&["list", "--from", "2024", "--to", "7.2023"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--from 2024") && err.contains("--to 7.2023"),
        "{err}"
    );
    for (lang, word) in [("en", "July 2023"), ("ru", "июль 2023")] {
        let (code, _, err) = run(&["--lang", lang, "list", "--from", "2023/07"]);
        assert_eq!(code, 2);
        assert!(err.starts_with("timeline: --from 2023/07: "), "{err}");
        assert!(err.contains("25.07.2023") && err.contains(word), "{err}");
    }
}
