//! No English word leaks into the Russian screen: the kinds a filter names in the header and
//! the key column of the help's mouse line come from the reader's word table.

use crate::common;

use common::{app, screens};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use timeline::model::Kind;
use timeline::words::Lang;

/// The header's two lines, at 120 columns.
fn header(lang: Lang, kinds: &[Kind]) -> String {
    let mut a = app(screens(), 120, 30);
    a.words = lang.words();
    a.filters.kinds.extend(kinds.iter().copied());
    a.apply_filters();
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).expect("test terminal");
    terminal
        .draw(|f| {
            timeline::ui::render(f, &a);
        })
        .expect("draw");
    let screen = terminal.backend().to_string();
    screen.lines().take(2).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_kind_filter_is_named_in_the_readers_words() {
    for lang in Lang::ALL {
        let shown = header(lang, &[Kind::Ruling]);
        let label = lang.words().kind(Kind::Ruling);
        assert!(shown.contains(label), "{lang:?}: {label} in {shown:?}");
        if label != Kind::Ruling.as_str() {
            assert!(
                !shown.contains(Kind::Ruling.as_str()),
                "{lang:?}: the file keyword in {shown:?}"
            );
        }
    }
}

#[test]
fn the_mouse_line_of_the_help_is_labelled_in_the_readers_words() {
    let w = Lang::Ru.words();
    let help = timeline::app::keys::help_text(w);
    let line = help
        .iter()
        .find(|(_, text)| text.contains("колесо"))
        .expect("the mouse line");
    let label = line.0.as_deref().expect("a key column");
    assert!(
        label.chars().any(|c| ('а'..='я').contains(&c)),
        "the mouse line's key column is {label:?}"
    );
}
