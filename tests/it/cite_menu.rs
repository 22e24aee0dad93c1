//! The menu `y` opens: `y j Enter` copies what `timeline cite --format text` prints; over a
//! source highlighted in the full view it offers that source as `cite --source` cites it;
//! `Esc` closes it without copying.

use std::process::Command;

use ratatui::crossterm::event::KeyCode;
use timeline::app::{App, Effect, Mode, Overlay};
use timeline::words::Lang;

use crate::common::{app, press, shipped, type_keys};

const EVENT: &str = "arrest-2023";

/// What `timeline cite` prints, in a language.
fn cite(lang: Lang, args: &[&str]) -> String {
    let code = if lang == Lang::Ru { "ru" } else { "en" };
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(["--lang", code, "cite", EVENT])
        .args(args)
        .output()
        .expect("run timeline cite");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn on(lang: Lang) -> App {
    let mut a = app(shipped(), 80, 24);
    a.words = lang.words();
    let i = a.timeline.index_of(EVENT).expect("event in the data");
    a.move_to_index(i);
    a
}

#[test]
fn y_j_enter_copies_the_plain_text_citation_that_cite_prints() {
    for lang in Lang::ALL {
        let mut a = on(lang);
        type_keys(&mut a, "y");
        assert_eq!(a.effect, None, "y alone copies nothing: it opens the menu");
        assert!(
            matches!(a.mode, Mode::Over(_, Overlay::Cite(_))),
            "{:?}",
            a.mode
        );
        type_keys(&mut a, "j");
        press(&mut a, KeyCode::Enter);
        let want = cite(lang, &["--format", "text"]);
        assert_eq!(a.effect, Some(Effect::Copy(want)), "{lang:?}");
        assert!(!a.mode.overlaid(), "Enter closes the menu");
    }
}

#[test]
fn over_a_highlighted_source_the_menu_offers_it_in_every_format() {
    let mut a = on(Lang::En);
    press(&mut a, KeyCode::Enter);
    // Shift-Tab from no highlight highlights the last link: the last quoted source.
    press(&mut a, KeyCode::BackTab);
    let e = a.current().expect("selected");
    let src = a
        .timeline
        .excerpts_in(e, Lang::En)
        .last()
        .expect("a quoted source")
        .source
        .as_str()
        .to_owned();
    type_keys(&mut a, "y");
    assert_eq!(
        a.cite_choices().len(),
        8,
        "the event and the source, 4 formats each"
    );
    // Past the event's four formats: the source in Markdown, then as BibTeX.
    type_keys(&mut a, "jjjj");
    let shown = a.cite_choices()[4];
    assert_eq!(
        a.cite_text(shown),
        Some(cite(Lang::En, &["--source", &src]))
    );
    type_keys(&mut a, "jj");
    press(&mut a, KeyCode::Enter);
    let want = cite(Lang::En, &["--source", &src, "--format", "bibtex"]);
    assert_eq!(a.effect, Some(Effect::Copy(want)));
    assert!(a.mode.full(), "the full view stays underneath");
}

#[test]
fn esc_closes_the_menu_without_copying_and_the_split_view_offers_the_event_alone() {
    let mut a = on(Lang::En);
    type_keys(&mut a, "y");
    assert_eq!(a.cite_choices().len(), 4, "no source is highlighted");
    press(&mut a, KeyCode::Esc);
    assert!(!a.mode.overlaid());
    assert_eq!(a.effect, None);
}

#[test]
fn the_bibliography_entries_preview_their_keys_not_a_comment_or_a_bracket() {
    for lang in Lang::ALL {
        for (moves, format) in [("jj", "bibtex"), ("jjj", "csl-json")] {
            let mut a = on(lang);
            type_keys(&mut a, "y");
            type_keys(&mut a, moves);
            let screen = crate::common::drawn(&a, 80, 24).join("\n");
            let printed = cite(lang, &["--format", "bibtex"]);
            // The keys of the entries it copies, in their order: `@type{KEY,`.
            let keys: Vec<&str> = printed
                .lines()
                .filter_map(|l| l.strip_prefix('@')?.split_once('{')?.1.strip_suffix(','))
                .collect();
            let first = keys.first().expect("the event quotes a source");
            assert!(
                screen.contains(first),
                "{format} {lang:?}: {first} in\n{screen}"
            );
            let comment = printed.lines().next().expect("a comment line");
            assert!(!screen.contains(comment), "{format} {lang:?}:\n{screen}");
        }
    }
}
