//! `timeline show` prints an event whole: every source address on one line of its own however
//! wide, and every outcome of the case table uncut, in English and in Russian. The explorer
//! may cut an address to its pane, with `…`, but never wraps it, and its hyperlink (OSC 8)
//! takes the whole address.

use crate::common;

use std::process::Command;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use timeline::model::{EventIx, LegalField, Timeline};
use timeline::view::detail::{Spec, detail};
use timeline::words::Lang;

const LANGS: [(&str, Lang); 2] = [("en", Lang::En), ("ru", Lang::Ru)];

/// `timeline --lang LANG show ID` at a width, into a pipe: its standard output.
fn show(lang: &str, id: &str, columns: u16) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(["--lang", lang, "show", id])
        .env("COLUMNS", columns.to_string())
        .output()
        .expect("run timeline show");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn index(t: &Timeline, id: &str) -> EventIx {
    t.index_of(id)
        .expect("the event is in the shipped chronology")
}

/// The addresses of the sources an event quotes, in the file's words, sorted, each once.
fn urls(t: &Timeline, id: &str) -> Vec<String> {
    let e = &t.events[index(t, id)];
    let mut all: Vec<String> = e
        .excerpts
        .iter()
        .filter_map(|x| t.source(&x.source)?.url.as_deref().map(str::to_owned))
        .collect();
    all.sort();
    all.dedup();
    all
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn show_prints_every_source_address_whole_on_a_line_of_its_own() {
    let t = common::shipped();
    let urls = urls(&t, "arrest-2023");
    for columns in [40, 80] {
        assert!(
            urls.iter()
                .any(|u| u.chars().count() + 5 > usize::from(columns)),
            "some address is wider than {columns} columns, so the test can fail"
        );
        for (lang, _) in LANGS {
            let text = show(lang, "arrest-2023", columns);
            for url in &urls {
                assert!(
                    text.lines().any(|l| l.trim() == url && l.starts_with(' ')),
                    "{url} is not whole on an indented line of its own ({lang}, {columns}):\n{text}"
                );
            }
        }
    }
}

#[test]
fn show_prints_every_outcome_of_the_case_table_whole() {
    let t = common::shipped();
    let here = &t.events[index(&t, "arrest-2023")];
    let case = here.case.as_deref().expect("the arrest belongs to a case");
    for (lang, l) in LANGS {
        let outcomes: Vec<&str> = t
            .case_thread(case)
            .iter()
            .filter_map(|&i| t.events[i].legal_value(LegalField::Outcome, l))
            .collect();
        assert!(outcomes.len() > 3, "the case has outcomes to print");
        for columns in [40, 80, 200] {
            let text = squash(&show(lang, "arrest-2023", columns));
            for outcome in &outcomes {
                assert!(
                    text.contains(&squash(outcome)),
                    "{outcome:?} is cut or broken ({lang}, {columns}):\n{text}"
                );
            }
        }
    }
}

#[test]
fn show_prints_every_related_title_whole() {
    let t = common::shipped();
    let i = index(&t, "arrest-2023");
    let related = t.links(i).related;
    assert!(!related.is_empty(), "the arrest has related events");
    for (lang, l) in LANGS {
        let text = squash(&show(lang, "arrest-2023", 60));
        for &r in &related {
            let title = squash(t.events[r].title_in(l));
            assert!(text.contains(&title), "{title:?} is cut ({lang}):\n{text}");
        }
    }
}

#[test]
fn the_explorer_cuts_a_long_address_with_an_ellipsis_and_links_the_whole_of_it() {
    let t = common::shipped();
    let urls = urls(&t, "arrest-2023");
    let width = 60;
    for (_, lang) in LANGS {
        let spec = Spec {
            timeline: &t,
            index: Some(index(&t, "arrest-2023")),
            query: None,
            link: None,
            theme: timeline::view::Theme::new(false),
            words: lang.words(),
            whole: false,
        };
        let d = detail(&spec, width);
        let mut linked: Vec<String> = d.links.iter().map(|l| l.url.clone()).collect();
        linked.sort();
        linked.dedup();
        assert_eq!(linked, urls, "one link per quoted address, each whole");
        for link in &d.links {
            let line = d.lines.get(link.line).expect("the link's line").to_string();
            let drawn = line.trim();
            assert!(line.chars().count() <= width, "{line:?}");
            match drawn.strip_suffix('…') {
                Some(head) => assert!(
                    link.url.starts_with(head) && link.url.len() > head.len(),
                    "{drawn:?} is a cut of {}",
                    link.url
                ),
                None => assert_eq!(drawn, link.url),
            }
            assert_eq!(link.end, line.trim_end().chars().count());
        }
        assert!(
            d.lines
                .iter()
                .any(|l| l.to_string().trim_end().ends_with('…')),
            "a long address is cut at {width} columns"
        );
    }
}

#[test]
fn on_the_screen_the_hyperlink_of_a_cut_address_is_the_whole_address() {
    let t = common::shipped();
    let long = urls(&t, "arrest-2023")
        .into_iter()
        .max_by_key(String::len)
        .expect("an address");
    let (width, height) = (100, 400);
    let mut app = common::app(t, width, height);
    app.hyperlinks = true;
    let i = index(&app.timeline, "arrest-2023");
    app.move_to_index(i);
    common::press(&mut app, KeyCode::Enter);
    assert!(
        long.len() + 5 > usize::from(width),
        "{long} is wider than the screen"
    );
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|f| {
            timeline::ui::render(f, &app);
        })
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let whole = format!("\x1b]8;;{long}\x1b\\");
    let row = (0..buffer.area.height)
        .find(|&y| (0..buffer.area.width).any(|x| buffer[(x, y)].symbol().starts_with(&whole)))
        .unwrap_or_else(|| panic!("no cell links to the whole of {long}"));
    let drawn: String = (0..buffer.area.width)
        .map(|x| {
            let s = buffer[(x, row)].symbol();
            // A linked cell is the link around its own character.
            s.strip_prefix(&whole)
                .and_then(|s| s.strip_suffix("\x1b]8;;\x1b\\"))
                .unwrap_or(s)
                .to_owned()
        })
        .collect();
    assert!(
        drawn.contains('…'),
        "the address is cut on its row: {drawn}"
    );
    let next: String = (0..buffer.area.width)
        .map(|x| buffer[(x, row + 1)].symbol().to_owned())
        .collect();
    assert!(
        !next.contains(&whole),
        "the address takes one row only: {next}"
    );
}
