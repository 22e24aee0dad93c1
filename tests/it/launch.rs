//! The editor (`e`) and the browser (`o`) in a pseudo-terminal: a program that cannot start
//! or ends badly is named and nothing is claimed done, `$EDITOR` is read as a shell would
//! read it, a signal that comes while the editor runs leaves the terminal to the editor, and
//! every opener is reaped.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::pty::Session;
use common::signal;

/// An executable shell script at `dir/name`.
fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}")).expect("write script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    path
}

/// A copy of the small fixture in a temporary directory.
fn fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("mini.toml");
    std::fs::copy("tests/fixtures/mini.toml", &file).expect("copy fixture");
    (dir, file)
}

/// The line of the first event's `[[event]]` header, counted from 1.
fn first_event_line(file: &Path) -> usize {
    let text = std::fs::read_to_string(file).expect("fixture");
    text.lines()
        .position(|l| l == "id = \"expelled-1980\"")
        .expect("the first event")
}

/// The explorer on the fixture at 80×24, in a language, with an environment.
fn explorer(file: &Path, lang: &str, env: &[(&str, &str)]) -> Session {
    let path = file.to_str().expect("utf-8");
    Session::start_with_env(&["--lang", lang, path], 80, 24, env)
}

/// Waits until a file exists.
fn wait_file(path: &Path) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "{} never appeared",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The footer, the screen's last row.
fn footer(s: &Session) -> String {
    s.text().lines().last().unwrap_or_default().to_owned()
}

#[test]
fn an_editor_that_fails_is_reported_with_its_status_and_the_file_is_not_read_again() {
    for (lang, said) in [
        ("en", "the editor vi exited with status 3"),
        ("ru", "редактор vi завершился с кодом 3"),
    ] {
        let (dir, file) = fixture();
        // It changes the file, then fails: the change must not be shown as if saved.
        script(
            dir.path(),
            "vi",
            "sed -i 's/Expelled from the institute/Expelled, as edited/' \"$2\"\nexit 3\n",
        );
        let path = format!(
            "{}:{}",
            dir.path().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut s = explorer(
            &file,
            lang,
            &[("PATH", &path), ("VISUAL", ""), ("EDITOR", "vi")],
        );
        s.wait_text("Expelled from the");
        s.send("e");
        s.wait_text(said);
        assert!(!footer(&s).contains('…'), "{lang}: {}", footer(&s));
        assert!(!s.text().contains("as edited"), "{lang}: {}", s.text());
        assert!(!s.text().contains("reloaded ("), "{lang}: {}", s.text());
        assert!(!s.text().contains("перезагружено"), "{lang}: {}", s.text());
        s.send("q");
        assert_eq!(s.finish(), 0);
    }
}

#[test]
fn an_editor_that_cannot_start_is_named_and_nothing_is_reloaded() {
    let (_dir, file) = fixture();
    for (lang, said) in [
        (
            "en",
            "could not start the editor nonexistent: no such program",
        ),
        (
            "ru",
            "не удалось запустить редактор nonexistent: такой программы нет",
        ),
    ] {
        let mut s = explorer(&file, lang, &[("VISUAL", ""), ("EDITOR", "nonexistent")]);
        s.wait_text(" 1/7 ");
        s.send("e");
        s.wait_text(said);
        assert!(!footer(&s).contains('…'), "{lang}: {}", footer(&s));
        s.send("q");
        assert_eq!(s.finish(), 0);
    }
}

#[test]
fn an_unbalanced_quote_in_editor_is_said_and_the_screen_is_never_left() {
    let (_dir, file) = fixture();
    let mut s = explorer(&file, "en", &[("VISUAL", ""), ("EDITOR", "'vi -n")]);
    s.wait_text(" 1/7 ");
    s.settle();
    let before = s.raw.len();
    s.send("e");
    s.wait_text("could not parse $EDITOR");
    assert!(
        !s.raw[before..].windows(8).any(|w| w == b"\x1b[?1049l"),
        "the explorer kept the screen"
    );
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn editor_is_split_as_a_shell_splits_it_and_only_known_editors_get_the_line() {
    let (dir, file) = fixture();
    let line = first_event_line(&file);
    let bin = dir.path().join("my editors");
    std::fs::create_dir(&bin).expect("mkdir");
    let log = dir.path().join("args.txt");
    let record = format!("printf '%s\\n' \"$@\" > '{}'\n", log.display());
    let vi = script(&bin, "vi", &record);
    let code = script(&bin, "code", &record);
    let file_at = format!("{}:{line}", file.display());
    let file = file.to_str().expect("utf-8");
    for (editor, want) in [
        // A quoted program name with a space in it, and an argument of its own.
        (
            format!("'{}' -n", vi.display()),
            vec!["-n".to_owned(), format!("+{line}"), file.to_owned()],
        ),
        // Visual Studio Code takes the line with `-g`, never `+LINE` as a file.
        (
            format!("\"{}\" -w", code.display()),
            vec!["-w".to_owned(), "-g".to_owned(), file_at.clone()],
        ),
    ] {
        let _ = std::fs::remove_file(&log);
        let mut s =
            Session::start_with_env(&[file], 80, 24, &[("VISUAL", &editor), ("EDITOR", "false")]);
        s.wait_text(" 1/7 ");
        s.send("e");
        s.wait_text("reloaded (7 events)");
        let args = std::fs::read_to_string(&log).expect("the editor ran");
        assert_eq!(args.lines().collect::<Vec<_>>(), want, "{editor}");
        s.send("q");
        assert_eq!(s.finish(), 0);
    }
}

/// A stand-in editor that notes each `SIGTERM` and `SIGINT` it gets and runs until the file
/// `go` appears; the explorer on the fixture with it as `$EDITOR`, already in it.
fn in_a_lingering_editor() -> (tempfile::TempDir, Session) {
    let (dir, file) = fixture();
    let d = dir.path().display();
    script(
        dir.path(),
        "vi",
        &format!(
            "trap 'echo TERM >> \"{d}/got\"' TERM\ntrap 'echo INT >> \"{d}/got\"' INT\n\
             touch '{d}/started'\nwhile [ ! -e '{d}/go' ]; do sleep 0.05; done\n"
        ),
    );
    let editor = dir.path().join("vi");
    let mut s = explorer(
        &file,
        "en",
        &[("VISUAL", editor.to_str().expect("utf-8")), ("EDITOR", "")],
    );
    s.wait_text(" 1/7 ");
    s.send("e");
    wait_file(&dir.path().join("started"));
    (dir, s)
}

/// Three times the watcher's grace: long enough for the explorer to have ended if it was
/// going to end.
const LONGER_THAN_GRACE: Duration = Duration::from_millis(1500);

#[test]
fn sigint_while_the_editor_runs_is_left_to_the_editor_and_the_explorer_resumes() {
    let (dir, mut s) = in_a_lingering_editor();
    signal(s.pid(), "INT");
    std::thread::sleep(LONGER_THAN_GRACE);
    assert!(s.running(), "the explorer still waits for its editor");
    std::fs::write(dir.path().join("go"), "").expect("write");
    s.wait_text("reloaded (7 events)");
    assert!(s.parser.screen().alternate_screen());
    assert!(
        !dir.path().join("got").exists(),
        "a signal sent to the explorer alone is not passed on"
    );
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn sigterm_while_the_editor_runs_is_passed_on_and_the_explorer_ends_after_the_editor() {
    let (dir, mut s) = in_a_lingering_editor();
    signal(s.pid(), "TERM");
    std::thread::sleep(LONGER_THAN_GRACE);
    assert!(s.running(), "the explorer still waits for its editor");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("got"))
            .ok()
            .as_deref(),
        Some("TERM\n"),
        "the editor was told, once"
    );
    std::fs::write(dir.path().join("go"), "").expect("write");
    assert_eq!(s.finish(), 128 + 15);
    assert!(!s.parser.screen().alternate_screen());
    assert!(!s.parser.screen().hide_cursor());
}

/// An explorer on the built-in chronology at an event with a web source, `$BROWSER` set.
fn at_a_source(lang: &str, browser: &str) -> Session {
    let mut s = Session::start_with_env(
        &["--lang", lang, "--event", "appeal-2024"],
        80,
        24,
        &[("BROWSER", browser)],
    );
    // The event's title opens the detail pane (its id line is cut in the pane at 80 columns).
    s.wait_for("the explorer", |screen| {
        let text = screen.contents();
        text.contains("Appeal court") || text.contains("Апелляционный суд")
    });
    s.settle();
    s
}

#[test]
fn an_opener_that_cannot_start_is_named() {
    for (lang, said) in [
        (
            "en",
            "could not start the opener nonexistent: no such program",
        ),
        (
            "ru",
            "не удалось запустить браузер nonexistent: такой программы нет",
        ),
    ] {
        let mut s = at_a_source(lang, "nonexistent");
        s.send("o");
        s.wait_text(said);
        assert!(!footer(&s).contains('…'), "{lang}: {}", footer(&s));
        s.send("q");
        assert_eq!(s.finish(), 0);
    }
}

/// The children of a process that have ended and wait to be reaped.
#[cfg(target_os = "linux")]
fn zombies_of(pid: u32) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // `PID (COMM) STATE PPID …`, where COMM may hold anything but ends at the last `)`.
        let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
        let mut fields = rest.split_whitespace();
        let (state, parent) = (fields.next(), fields.next());
        if state == Some("Z") && parent == Some(pid.to_string().as_str()) {
            found.push(stat);
        }
    }
    found
}

#[cfg(target_os = "linux")]
#[test]
fn every_opener_is_reaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = dir.path().join("opened.txt");
    let browser = script(
        dir.path(),
        "browser",
        &format!("echo \"$1\" >> '{}'\n", log.display()),
    );
    let mut s = at_a_source("en", browser.to_str().expect("utf-8"));
    for n in 1..=2 {
        s.send("o");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::fs::read_to_string(&log).map_or(0, |l| l.lines().count()) < n {
            assert!(Instant::now() < deadline, "the browser never ran");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while !zombies_of(s.pid()).is_empty() {
        assert!(
            Instant::now() < deadline,
            "unreaped: {:?}",
            zombies_of(s.pid())
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    s.send("q");
    assert_eq!(s.finish(), 0);
}
