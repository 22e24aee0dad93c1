//! Shared test helpers: fixtures, generated timelines, key presses and the drawn screen.
#![allow(
    dead_code,
    reason = "each test crate uses a different subset of the helpers"
)]

pub mod edition;
pub mod pty;

use std::fmt::Write as _;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use timeline::app::{Action, App, action_for};
use timeline::model::Timeline;
use timeline::view::Theme;

/// The screen as `ui::render` draws the app at `w`×`h`, one string a row.
pub fn drawn(app: &App, w: u16, h: u16) -> Vec<String> {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| {
            timeline::ui::render(f, app);
        })
        .expect("draw");
    let buffer = terminal.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

/// The screen as `ui::render` draws the app, one row a line, each run of cells drawn with
/// a style other than the plain one marked `⟦style|text⟧`: its modifiers (`bold`,
/// `reversed`, …) and its colours (`fg=…`, `bg=…`), so that a snapshot shows what is
/// highlighted without a dump of every cell.
pub fn styled(app: &App, w: u16, h: u16) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| {
            timeline::ui::render(f, app);
        })
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let mut run: Option<String> = None;
        for x in 0..w {
            let cell = &buffer[(x, y)];
            let tag = style_tag(cell);
            if run != tag {
                if run.is_some() {
                    out.push('⟧');
                }
                if let Some(t) = &tag {
                    let _ = write!(out, "⟦{t}|");
                }
                run = tag;
            }
            out.push_str(cell.symbol());
        }
        if run.is_some() {
            out.push('⟧');
        }
        out.push('\n');
    }
    out
}

/// A cell's style as a short tag, or `None` for the plain style.
fn style_tag(cell: &ratatui::buffer::Cell) -> Option<String> {
    use ratatui::style::Color;
    let mut parts: Vec<String> = cell
        .modifier
        .iter_names()
        .map(|(name, _)| name.to_lowercase())
        .collect();
    if cell.fg != Color::Reset {
        parts.push(format!("fg={:?}", cell.fg));
    }
    if cell.bg != Color::Reset {
        parts.push(format!("bg={:?}", cell.bg));
    }
    (!parts.is_empty()).then(|| parts.join(","))
}

/// The screen fixture: a frozen copy of part of the chronology, made for the screen
/// snapshots so that a curator's edit to the shipped file never changes them.
pub fn screens() -> Timeline {
    let text = std::fs::read_to_string("tests/fixtures/screens.toml").expect("fixture");
    timeline::load::parse("screens.toml", &text).expect("fixture is valid")
}

/// What a run of the built binary gave: its exit status and what it wrote.
pub struct Run {
    /// The exit status (-1 when a signal ended it).
    pub code: i32,
    /// Standard output.
    pub out: String,
    /// Standard error.
    pub err: String,
}

/// Runs the built binary with `args`, no locale taken from the environment, and `env`;
/// what it writes must be UTF-8.
pub fn run(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_timeline"));
    cmd.args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run timeline");
    Run {
        code: out.status.code().unwrap_or(-1),
        out: String::from_utf8(out.stdout).expect("UTF-8 on standard output"),
        err: String::from_utf8(out.stderr).expect("UTF-8 on standard error"),
    }
}

/// A stand-in browser in `dir`: a script that writes the address it is given to a log
/// file. Returns the script's path and the log's.
pub fn logging_browser(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let log = dir.join("opened.txt");
    let browser = dir.join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", log.display()),
    )
    .expect("write script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    (browser, log)
}

/// What the stand-in browser of [`logging_browser`] was given, once it has run (waiting up
/// to ten seconds for it, then a moment for the write to finish).
pub fn browsed(log: &std::path::Path) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !log.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    std::fs::read_to_string(log).expect("the browser ran")
}

/// Sends a signal by name (`TERM`, `INT`, `CONT`, …) to a process, with `kill`.
pub fn signal(pid: u32, name: &str) {
    let ok = std::process::Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status()
        .expect("kill");
    assert!(ok.success());
}

/// The names of the broken files kept in `tests/bad/` (each `.toml` there).
pub fn bad_files() -> Vec<String> {
    std::fs::read_dir("tests/bad")
        .expect("tests/bad")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        })
        .collect()
}

/// The ids of the visible events, in order.
pub fn visible_ids(app: &App) -> Vec<String> {
    app.visible
        .events
        .iter()
        .map(|&i| app.timeline.events[i].id.to_string())
        .collect()
}

/// The detail text the last frame laid out.
pub fn laid(app: &App) -> std::sync::Arc<timeline::app::Laid> {
    app.drawn()
        .detail
        .as_ref()
        .and_then(|d| d.laid.clone())
        .expect("laid")
}

/// The small fixture written into `dir` with its one source stored as `s.txt`, which holds
/// "the words stand here" and none of the fixture's excerpts. Returns the timeline's path
/// and the sources directory, for `check --sources`.
pub fn mini_with_a_stored_source(dir: &std::path::Path) -> (String, String) {
    std::fs::write(dir.join("s.txt"), "the words stand here").expect("write");
    let text = std::fs::read_to_string("tests/fixtures/mini.toml")
        .expect("fixture")
        .replacen("[[source]]\n", "[[source]]\nfile = \"s.txt\"\n", 1);
    let file = dir.join("t.toml");
    std::fs::write(&file, text).expect("write");
    (
        file.to_str().expect("path").to_owned(),
        dir.to_str().expect("path").to_owned(),
    )
}

/// The small fixture timeline.
pub fn mini() -> Timeline {
    let text = std::fs::read_to_string("tests/fixtures/mini.toml").expect("fixture");
    timeline::load::parse("mini.toml", &text).expect("fixture is valid")
}

/// The shipped chronology.
pub fn shipped() -> Timeline {
    timeline::load::parse(timeline::load::EMBEDDED_NAME, timeline::load::EMBEDDED)
        .expect("shipped file is valid")
}

/// A valid timeline of `n` events, `per_year` to a year from 1980, ids `e0`, `e1`, ….
pub fn generated(n: usize, per_year: usize) -> Timeline {
    let mut s = String::from(
        "[timeline]\ntitle = \"Generated\"\nsubject = \"X\"\nfrom = \"1980\"\nto = \"2100\"\n\n[[source]]\nid = \"s\"\ntitle = \"S\"\n",
    );
    for i in 0..n {
        let year = 1980 + i / per_year;
        let month = 1 + (i % per_year) % 12;
        let (kind, legal) = if i % 10 == 3 {
            ("arrest", "[event.legal]\ncharge = \"c\"\n")
        } else {
            ("statement", "")
        };
        let _ = write!(
            s,
            "\n[[event]]\nid = \"e{i}\"\ndate = \"{year}-{month:02}\"\nkind = \"{kind}\"\ntitle = \"Event {i}\"\nsummary = \"Summary {i}\"\n{legal}[[event.excerpt]]\nsource = \"s\"\ntext = \"t\"\n"
        );
    }
    timeline::load::parse("gen.toml", &s).expect("generated timeline is valid")
}

/// An app on a timeline at a size, without colour.
pub fn app(t: Timeline, w: u16, h: u16) -> App {
    App::new(t, Theme::new(false), (w, h))
}

/// How far the open help is scrolled (its first row shown).
pub fn help_top(app: &App) -> usize {
    match &app.mode {
        timeline::app::Mode::Over(_, timeline::app::Overlay::Help(h)) => h.top,
        other => panic!("the help is not open: {other:?}"),
    }
}

/// The action a key stands for in the app's current context.
pub fn key_action(app: &App, code: KeyCode, mods: KeyModifiers) -> Option<Action> {
    action_for(app.context(), &KeyEvent::new(code, mods))
}

/// Presses keys, given as a string of characters, through the key table.
pub fn type_keys(app: &mut App, keys: &str) {
    for ch in keys.chars() {
        press(app, KeyCode::Char(ch));
    }
}

/// Presses one key through the key table, as the terminal loop does: the screen is drawn
/// and the app told what was drawn before each key is read.
pub fn press(app: &mut App, code: KeyCode) {
    frame(app);
    if let Some(a) = key_action(app, code, KeyModifiers::NONE) {
        app.update(a);
    }
}

/// Draws the app at its size and hands it what the frame drew, as the terminal loop does.
pub fn frame(app: &mut App) {
    let (w, h) = app.size;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    let mut drawn = None;
    terminal
        .draw(|f| drawn = Some(timeline::ui::render(f, app)))
        .expect("draw");
    app.record(drawn.expect("drawn"));
}

/// The id of the selected event.
pub fn selected_id(app: &App) -> String {
    app.current().map(|e| e.id.to_string()).unwrap_or_default()
}
