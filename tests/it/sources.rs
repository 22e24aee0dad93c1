//! Sources on screen and facts out of the app: `o` opens a quoted source, `y` copies a
//! citation, Tab reaches the sources, and `Backspace` returns along followed links.

use crate::common;

use common::{app, press, shipped, type_keys};
use ratatui::crossterm::event::KeyCode;
use timeline::app::{Action, App, Effect, Mode, Overlay, SourceRow};
use timeline::model::Lang;
use timeline::words::Via;

fn on(id: &str) -> App {
    let mut a = app(shipped(), 120, 40);
    let i = a.timeline.index_of(id).expect("event in the data");
    a.move_to_index(i);
    a
}

/// The http(s) addresses of an event's quoted sources, in excerpt order, from the data.
fn addresses(a: &App, id: &str) -> Vec<String> {
    let e = a.timeline.event(id).expect("event");
    let mut out: Vec<String> = Vec::new();
    for x in &e.excerpts {
        let url = a
            .timeline
            .source(&x.source)
            .and_then(|s| s.url.as_deref().map(str::to_owned));
        if let Some(u) = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            && !out.contains(&u)
        {
            out.push(u);
        }
    }
    out
}

#[test]
fn o_opens_the_first_quoted_source_with_an_address() {
    let mut a = on("arrest-2023");
    let want = addresses(&a, "arrest-2023");
    type_keys(&mut a, "o");
    assert_eq!(a.effect, Some(Effect::Open(want[0].clone())));
    assert!(a.flash.as_ref().is_some_and(|f| f.text.contains(&want[0])));
}

#[test]
fn tab_reaches_each_source_and_enter_opens_it() {
    let mut a = on("arrest-2023");
    press(&mut a, KeyCode::Enter);
    let links = a.links().len();
    let e = a.current().expect("selected").clone();
    // Past the event links, the k-th highlight is the k-th quotation's source: the second.
    for _ in 0..links + 2 {
        press(&mut a, KeyCode::Tab);
    }
    press(&mut a, KeyCode::Enter);
    let second = a
        .timeline
        .source(&e.excerpts[1].source)
        .and_then(|s| s.url.as_deref().map(str::to_owned));
    assert_eq!(a.effect, second.map(Effect::Open));
}

#[test]
fn y_copies_a_citation_with_every_source_address() {
    let mut a = on("verdict-2023");
    type_keys(&mut a, "y");
    press(&mut a, KeyCode::Enter);
    let Some(Effect::Copy(text)) = a.effect.clone() else {
        panic!("nothing copied: {:?}", a.effect);
    };
    let e = a.current().expect("selected");
    assert!(text.starts_with("**12 Dec 2023 — "), "{text}");
    assert!(text.contains(e.id.as_str()), "{text}");
    for url in addresses(&a, "verdict-2023") {
        assert!(text.contains(&format!("<{url}>")), "{url} in {text}");
    }
    assert_eq!(a.flash, None, "nothing is said before the loop has copied");
    let said = |a: &App| a.flash.as_ref().map(|f| f.text.clone());
    a.update(Action::Copied(Via::System));
    let n = e_sources(&a);
    assert_eq!(
        said(&a),
        Some(format!(
            "copied the citation of verdict-2023 ({n} sources) to the system clipboard"
        ))
    );
    a.update(Action::Copied(Via::Terminal));
    assert_eq!(
        said(&a),
        Some(format!(
            "copied the citation of verdict-2023 ({n} sources) to the clipboard through the terminal (OSC 52)"
        ))
    );
}

/// How many distinct sources the selected event quotes.
fn e_sources(a: &App) -> usize {
    let e = a.current().expect("selected");
    let mut s: Vec<&str> = e.excerpts.iter().map(|x| x.source.as_str()).collect();
    s.sort_unstable();
    s.dedup();
    s.len()
}

#[test]
fn a_followed_link_can_be_undone_with_backspace_or_ctrl_o() {
    let mut a = on("verdict-2023");
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Enter);
    let moved = a.current().expect("selected").id.clone();
    assert_ne!(moved, "verdict-2023");
    press(&mut a, KeyCode::Backspace);
    assert_eq!(a.current().expect("selected").id, "verdict-2023");
    press(&mut a, KeyCode::Backspace);
    assert!(
        a.flash
            .as_ref()
            .is_some_and(|f| f.text.contains("no earlier event"))
    );
}

#[test]
fn tab_scrolls_the_highlighted_source_into_view() {
    let mut a = on("arrest-2023");
    press(&mut a, KeyCode::Enter);
    let n = a.links().len() + a.current().expect("selected").excerpts.len();
    for _ in 0..n {
        press(&mut a, KeyCode::Tab);
    }
    assert!(a.detail_scroll > 0, "the last source is far down the text");
}

#[test]
fn the_sources_view_counts_citing_events_and_enter_shows_them() {
    let mut a = app(shipped(), 120, 40);
    type_keys(&mut a, "s");
    assert!(matches!(a.mode, Mode::Over(_, Overlay::Sources)));
    // The counts, worked out from the excerpts and publishers here rather than by the code
    // under test: a publisher's events are those quoting any of its sources.
    let t = shipped();
    let publisher = |s: &timeline::model::Source| {
        s.publisher_in(Lang::En)
            .unwrap_or_else(|| s.title_in(Lang::En))
            .to_owned()
    };
    let quoting = |name: &str| -> Vec<String> {
        t.events
            .iter()
            .filter(|e| {
                e.excerpts
                    .iter()
                    .any(|x| t.source(&x.source).is_some_and(|s| publisher(s) == name))
            })
            .map(|e| e.id.to_string())
            .collect()
    };
    let most = t
        .sources
        .iter()
        .map(|s| quoting(&publisher(s)).len())
        .max()
        .expect("sources");
    let rows = a.sources_view.rows(&a.timeline, Lang::En);
    let events = |r: &SourceRow| match r {
        SourceRow::Publisher { events, .. } => *events,
        SourceRow::Source { .. } => panic!("every publisher is closed at first"),
    };
    assert_eq!(
        events(&rows[0]),
        most,
        "the most quoted publisher comes first"
    );
    type_keys(&mut a, "j");
    let SourceRow::Publisher { name, .. } = &rows[1] else {
        panic!("a publisher")
    };
    press(&mut a, KeyCode::Enter);
    let shown = common::visible_ids(&a);
    assert_eq!(shown, quoting(name));
    assert_eq!(shown.len(), events(&rows[1]));
    press(&mut a, KeyCode::Esc);
    assert_eq!(
        a.visible.len(),
        a.timeline.events.len(),
        "Esc clears the source filter"
    );
}

#[test]
fn e_on_the_built_in_chronology_says_how_to_get_an_editable_copy() {
    let mut a = on("arrest-2023");
    type_keys(&mut a, "e");
    assert_eq!(a.effect, None);
    let said = a.flash.as_ref().map(|f| f.text.clone()).unwrap_or_default();
    assert!(said.contains("timeline copy my.toml"), "{said}");
    a.file = Some("my.toml".into());
    type_keys(&mut a, "e");
    let offset = a.current().expect("selected").offset;
    assert_eq!(a.effect, Some(Effect::Edit("my.toml".into(), offset)));
}

#[test]
fn x_exports_exactly_the_events_in_view_in_the_chosen_format() {
    let mut a = app(shipped(), 120, 40);
    type_keys(&mut a, "/syktyvkar");
    press(&mut a, KeyCode::Enter);
    let in_view = a.visible.events.clone();
    assert!(in_view.len() < a.timeline.events.len());
    type_keys(&mut a, "xj");
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.effect,
        Some(Effect::Export(timeline::export::Format::Html, in_view))
    );
    assert!(!a.mode.overlaid(), "the picker closes");
}

#[test]
fn x_on_an_empty_view_writes_nothing_and_says_why() {
    let mut a = app(shipped(), 120, 40);
    // A kind no event of the chronology has, chosen as the picker would.
    let counts = a.timeline.kind_counts();
    let unused = timeline::model::Kind::ALL
        .into_iter()
        .find(|k| counts[k.index()] == 0)
        .expect("a kind without events");
    a.filters.kinds.insert(unused);
    a.refilter(None, None);
    assert!(a.visible.is_empty());
    type_keys(&mut a, "x");
    assert!(!a.mode.overlaid(), "no format picker");
    assert_eq!(a.effect, None);
    let said = a.flash.as_ref().map(|f| f.text.clone()).unwrap_or_default();
    assert!(said.starts_with("nothing to export"), "{said}");
}

#[test]
fn popups_lists_move_by_page_and_to_either_end_as_lists_do() {
    let mut a = app(shipped(), 120, 40);
    // The sources view's rows: one per publisher while all are closed.
    let sources = a.sources_view.rows(&a.timeline, Lang::En).len();
    assert!(sources > 21, "more publishers than a page: {sources}");
    type_keys(&mut a, "s");
    let cursor = |a: &App| match a.mode {
        Mode::Over(_, Overlay::Sources) => a.sources_view.cursor,
        Mode::Over(_, Overlay::Picker(p)) => p.cursor,
        _ => panic!("a popup list is open"),
    };
    type_keys(&mut a, "G");
    assert_eq!(cursor(&a), sources - 1, "G: the last publisher");
    type_keys(&mut a, "g");
    assert_eq!(cursor(&a), 0, "g: the first");
    press(&mut a, KeyCode::PageDown);
    assert_eq!(cursor(&a), 20, "a page is half the 40 rows");
    press(&mut a, KeyCode::End);
    press(&mut a, KeyCode::PageDown);
    assert_eq!(cursor(&a), sources - 1, "never past the end");
    press(&mut a, KeyCode::Home);
    assert_eq!(cursor(&a), 0);
    press(&mut a, KeyCode::Esc);
    type_keys(&mut a, "f");
    type_keys(&mut a, "G");
    let last = cursor(&a);
    assert!(last > 10, "the picker's last entry: {last}");
    type_keys(&mut a, "k");
    assert_eq!(cursor(&a), last - 1);
}

#[test]
fn the_help_scrolls_to_its_last_screenful_and_no_further_and_cuts_no_entry() {
    let mut a = app(shipped(), 80, 24);
    type_keys(&mut a, "?");
    type_keys(&mut a, "G");
    let popup = timeline::view::layout::help_popup(a.areas().overlay);
    let shown = usize::from(popup.height - 2);
    let drawn = |a: &App| -> Vec<String> {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
        terminal
            .draw(|f| {
                timeline::ui::render(f, a);
            })
            .expect("draw");
        let buffer = terminal.backend().buffer();
        (popup.y + 1..popup.bottom() - 1)
            .map(|y| {
                (popup.x + 1..popup.right() - 1)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect()
    };
    let last_screen = drawn(&a);
    type_keys(&mut a, "j");
    assert_eq!(drawn(&a), last_screen, "no scrolling past the end");
    // Every entry's words, from the key table, stand whole on some screenful of the help.
    type_keys(&mut a, "g");
    let mut seen: Vec<String> = Vec::new();
    for _ in 0..40 {
        seen.extend(drawn(&a));
        for _ in 0..shown {
            type_keys(&mut a, "j");
        }
    }
    let text = seen.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
    let squashed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (_, words) in timeline::app::keys::help_text(a.words) {
        assert!(squashed.contains(&words), "{words:?} is cut in the help");
    }
    let (_, last) = timeline::app::keys::help_text(a.words)
        .pop()
        .expect("help rows");
    let tail = last_screen.join(" ");
    let tail = tail.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        tail.ends_with(&last),
        "the last screenful ends the help: {tail:?}"
    );
}

#[test]
fn a_copy_through_tmux_says_it_needs_set_clipboard_on_in_80_columns() {
    use timeline::clipboard::terminal_via;
    use timeline::words::Lang;
    fn env(tmux: Option<&'static str>) -> impl Fn(&str) -> Option<String> {
        move |k| (k == "TMUX").then(|| tmux.map(str::to_owned)).flatten()
    }
    assert_eq!(
        terminal_via(env(Some("/tmp/tmux-0/default,1,0"))),
        Via::Tmux
    );
    assert_eq!(terminal_via(env(Some(""))), Via::Terminal);
    assert_eq!(terminal_via(env(None)), Via::Terminal);
    let mut a = on("verdict-2023");
    type_keys(&mut a, "y");
    press(&mut a, KeyCode::Enter);
    a.update(Action::Copied(Via::Tmux));
    let said = a.flash.as_ref().map(|f| f.text.clone()).expect("said");
    assert!(
        said.contains("verdict-2023") && said.contains("tmux"),
        "{said}"
    );
    assert!(said.contains("set-clipboard on"), "{said}");
    let t = shipped();
    let longest = t
        .events
        .iter()
        .map(|e| e.id.as_str())
        .max_by_key(|id| id.len())
        .unwrap();
    for lang in Lang::ALL {
        let said = lang.words().copied(longest, 12, Via::Tmux);
        assert!(
            said.contains("set-clipboard on") && said.contains("tmux"),
            "{said}"
        );
        assert!(
            said.chars().count() <= 80,
            "{} columns: {said}",
            said.chars().count()
        );
    }
}
