//! Every place a source's attribution (title, author, publisher) reaches a reader in one
//! edition, for the tests of `[source.ru]`: the detail text, the citation, the exports, the
//! sources list, and `show` and the Markdown export run by the real binary.

use std::process::Command;

use timeline::model::{EventIx, Timeline};
use timeline::words::Lang;

/// The texts that attribute the sources of the event at `index` in a language: the detail
/// text as `show` prints it, the citation, and the Markdown, HTML, Markwhen and `TimelineJS`
/// exports of that event alone.
pub fn attributions(t: &Timeline, index: EventIx, lang: Lang) -> Vec<String> {
    let (one, code) = ([index], lang.code());
    vec![
        timeline::view::detail::plain(t, index, 100, lang),
        timeline::cite::citation(t, index, lang.words()),
        timeline::export::to_markdown(t, &one, lang),
        timeline::export::to_html(t, &one, code),
        timeline::export::to_markwhen(t, &one, code),
        timeline::export::to_timelinejs(t, &one, code).expect("TimelineJS"),
    ]
}

/// The sources view (`s`) as drawn at `w`×`h` in a language with every publisher opened
/// (`→` on each, from the last up so that no row moves before it is reached), one line a row.
pub fn sources_screen(t: Timeline, lang: Lang, (w, h): (u16, u16)) -> String {
    let mut a = super::app(t, w, h);
    a.words = lang.words();
    super::type_keys(&mut a, "s");
    let publishers = a.sources_view.rows(&a.timeline, lang).len();
    super::type_keys(&mut a, "G");
    for _ in 0..publishers {
        super::press(&mut a, ratatui::crossterm::event::KeyCode::Right);
        super::type_keys(&mut a, "k");
    }
    super::drawn(&a, w, h).join("\n")
}

/// `show e1` and the Markdown export of a file's text, run by the built binary in a
/// language with no locale in the environment.
pub fn show_and_markdown(text: &str, lang: Lang) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("t.toml");
    std::fs::write(&path, text).expect("write the file");
    let path = path.to_str().expect("a UTF-8 path");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
            .args(["--lang", lang.code()])
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .output()
            .expect("run timeline");
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    vec![
        run(&["show", "e1", path]),
        run(&["export", "--format", "markdown", path]),
    ]
}
