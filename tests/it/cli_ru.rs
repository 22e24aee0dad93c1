//! Every way a headless command or the explorer's start can fail says so in Russian under
//! `--lang ru`: an output that cannot be written (a missing directory, a directory, a path
//! through a file, a full disk), an existing file for `copy`, an unknown id or kind, a bad
//! date, an unreadable file, the iCalendar export's note. Each case runs in English too, so
//! the English sentence the Russian run must not contain is known to be the real one.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};

/// Runs the binary with no locale set and the given language: (status, stderr).
fn run(lang: &str, args: &[&str], stdout: Stdio) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .arg("--lang")
        .arg(lang)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdout(stdout)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// The command's arguments, its exit status, and the English words of its message.
type Case = (Vec<String>, i32, &'static str);

fn cases(dir: &Path) -> Vec<Case> {
    let at = |name: &str| dir.join(name).display().to_string();
    let args = |a: &[&str]| a.iter().map(ToString::to_string).collect::<Vec<_>>();
    let mini = "tests/fixtures/mini.toml";
    vec![
        (
            args(&["export", "--format", "markdown", "-o", &at("gone/x.md")]),
            1,
            "cannot write",
        ),
        (
            args(&["export", "--format", "csv", "-o", &at("dir")]),
            1,
            "is a directory",
        ),
        (
            args(&["export", "--format", "json", "-o", &at("exists.toml/x")]),
            1,
            "not a directory",
        ),
        (
            args(&["gen", "--events", "3", "-o", &at("gone/g.toml")]),
            1,
            "no such file or directory",
        ),
        (args(&["copy", &at("exists.toml")]), 2, "exists already"),
        (
            args(&["export", "--format", "ics", mini, "-o", &at("m.ics")]),
            0,
            "whose date is not a single day",
        ),
        (args(&["show", "no-such-event"]), 2, "no event with id"),
        (args(&["list", "--kind", "speech"]), 2, "unknown kind"),
        (args(&["list", "--to", "2023-02-30"]), 2, "does not exist"),
        (args(&["check", &at("dir")]), 2, "is a directory"),
        (
            args(&["show", "arrest-2023", &at("none.toml")]),
            2,
            "no such file",
        ),
    ]
}

#[test]
fn every_failure_of_a_headless_command_is_russian() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("dir")).expect("dir");
    std::fs::write(dir.path().join("exists.toml"), "kept").expect("file");
    for (args, code, english) in cases(dir.path()) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (en_code, en) = run("en", &args, Stdio::null());
        assert_eq!(en_code, code, "{args:?}: {en}");
        assert!(en.contains(english), "{args:?}: the English run said {en}");
        let (ru_code, ru) = run("ru", &args, Stdio::null());
        assert_eq!(ru_code, code, "{args:?}: {ru}");
        assert!(cyrillic(&ru), "{args:?}: {ru}");
        assert!(!ru.contains(english), "{args:?}: {ru}");
    }
    let kept = std::fs::read_to_string(dir.path().join("exists.toml")).expect("file");
    assert_eq!(kept, "kept", "copy refused to replace it");
}

#[test]
fn three_messages_word_for_word() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().display().to_string();
    let (code, err) = run(
        "ru",
        &["export", "--format", "csv", "-o", &target],
        Stdio::null(),
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!("timeline: не удалось записать {target}: это каталог\n")
    );
    let (_, err) = run("ru", &["copy", &target], Stdio::null());
    assert_eq!(
        err,
        format!("timeline: {target} уже существует; выберите другое имя\n")
    );
    let (code, err) = run(
        "ru",
        &["export", "--format", "ics", "tests/fixtures/mini.toml"],
        Stdio::null(),
    );
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "timeline: в календарь не вошли 3 события без точного дня (известен только год или месяц)\n"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_standard_output_is_reported_in_russian() {
    let full = || {
        std::fs::File::create("/dev/full")
            .expect("/dev/full")
            .into()
    };
    let (code, en) = run("en", &["list"], full());
    assert_eq!(
        (code, en.as_str()),
        (
            1,
            "timeline: cannot write the output: no space left on the device\n"
        )
    );
    let (code, ru) = run("ru", &["list"], full());
    assert_eq!(code, 1);
    assert_eq!(
        ru,
        "timeline: не удалось вывести результат: на устройстве не осталось места\n"
    );
}

#[test]
fn the_explorer_refuses_to_start_in_russian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("none.toml").display().to_string();
    let cases: [(&[&str], u32, &str); 3] = [
        (
            &["--event", "no-such-event"],
            2,
            "нет события с id «no-such-event»",
        ),
        (&["--at", "2023-02-30"], 2, "даты 2023-02-30 не существует"),
        (&[&missing], 2, "нет такого файла"),
    ];
    for (args, code, said) in cases {
        let mut all = vec!["--lang", "ru"];
        all.extend_from_slice(args);
        let mut s = common::pty::Session::start(&all, 100, 30);
        assert_eq!(s.finish(), code, "{args:?}: {}", s.text());
        assert!(!s.entered_alternate_screen(), "{args:?}");
        let text = s.text().split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(said), "{args:?}: {text}");
    }
}
