//! `check --sources DIR` reads only regular files inside DIR: a `file` that is absolute,
//! climbs out with `..`, leaves through a symbolic link, or names a device, a FIFO or a
//! directory is a problem at its `file` key, in both languages, and nothing is read from it.
//! Otherwise an excerpt reported missing or found would tell the author what any file on
//! the checking machine holds.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The words an excerpt quotes, and which the secret file outside DIR holds.
const SECRET: &str = "the password is hunter2";

/// A timeline with one source whose `file` is `name`, and an event quoting [`SECRET`].
fn timeline(name: &str) -> String {
    format!(
        "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024\"\n\n\
         [[source]]\nid = \"src\"\ntitle = \"A source\"\nfile = \"{name}\"\n\n\
         [[event]]\nid = \"e1\"\ndate = \"2023\"\nkind = \"statement\"\ntitle = \"T\"\n\
         summary = \"S\"\nsingle_source = true\n[[event.excerpt]]\nsource = \"src\"\ntext = \"{SECRET}\"\n"
    )
}

/// The 1-based line and column of the `file` value (its opening quote) in a timeline.
fn file_key_place(text: &str) -> (usize, usize) {
    let (i, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("file = "))
        .expect("a file key");
    (i + 1, line.find('"').expect("a quoted value") + 1)
}

/// A directory holding `sources/` (DIR) and, beside it, a secret file quoting [`SECRET`].
struct Setup {
    dir: tempfile::TempDir,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("sources")).expect("sources");
        std::fs::write(dir.path().join("secret.txt"), SECRET).expect("secret");
        Self { dir }
    }

    fn sources(&self) -> PathBuf {
        self.dir.path().join("sources")
    }

    fn secret(&self) -> PathBuf {
        self.dir.path().join("secret.txt")
    }

    /// Writes the timeline naming `name` and checks it against DIR, giving up after ten
    /// seconds: (exit status, standard error, the timeline's path, its text).
    fn check(&self, name: &str, lang: &str) -> (i32, String, PathBuf, String) {
        let text = timeline(name);
        let path = self.dir.path().join("t.toml");
        std::fs::write(&path, &text).expect("write");
        let (code, err) = run_for_at_most(
            &[
                "--lang",
                lang,
                "check",
                path.to_str().expect("utf-8"),
                "--sources",
                self.sources().to_str().expect("utf-8"),
            ],
            Duration::from_secs(10),
        );
        (code, err, path, text)
    }
}

/// Runs the binary, killing it if it has not finished in time: (status, standard error).
fn run_for_at_most(args: &[&str], limit: Duration) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut err = String::new();
            if let Some(mut pipe) = child.stderr.take() {
                let _ = pipe.read_to_string(&mut err);
            }
            return (status.code().unwrap_or(-1), err);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`timeline {}` still ran after {limit:?}", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Asserts that `name` is refused at the `file` key in English and Russian, with exit 2.
fn assert_refused_at_the_file_key(setup: &Setup, name: &str) {
    for lang in ["en", "ru"] {
        let (code, err, path, text) = setup.check(name, lang);
        assert_eq!(code, 2, "{name} ({lang}): {err}");
        let (line, column) = file_key_place(&text);
        let first = err.lines().next().unwrap_or_default();
        let place = format!("{}:{line}:{column}: ", path.display());
        assert!(first.starts_with(&place), "{name} ({lang}): {first:?}");
        let message = &first[place.len()..];
        assert_eq!(
            cyrillic(message),
            lang == "ru",
            "{name} ({lang}): {message}"
        );
        assert!(
            !err.contains("does not occur verbatim") && !err.contains("не найдена дословно"),
            "the excerpt was looked for in {name}: {err}"
        );
    }
}

#[test]
fn a_source_inside_the_directory_is_still_verified() {
    let setup = Setup::new();
    std::fs::write(
        setup.sources().join("a.txt"),
        format!("before {SECRET} after"),
    )
    .expect("a");
    let (code, err, ..) = setup.check("a.txt", "en");
    assert_eq!(code, 0, "{err}");
    std::os::unix::fs::symlink("a.txt", setup.sources().join("link.txt")).expect("link");
    let (code, err, ..) = setup.check("link.txt", "en");
    assert_eq!(code, 0, "a link that stays inside is followed: {err}");
}

#[test]
fn an_absolute_path_is_refused_even_to_a_file_that_matches() {
    let setup = Setup::new();
    let secret = setup.secret();
    assert_refused_at_the_file_key(&setup, secret.to_str().expect("utf-8"));
    assert_refused_at_the_file_key(&setup, "/etc/passwd");
}

#[test]
fn a_path_climbing_out_of_the_directory_is_refused() {
    let setup = Setup::new();
    assert_refused_at_the_file_key(&setup, "../secret.txt");
    std::fs::create_dir(setup.sources().join("sub")).expect("sub");
    assert_refused_at_the_file_key(&setup, "sub/../../secret.txt");
}

#[test]
fn a_symbolic_link_out_of_the_directory_is_refused() {
    let setup = Setup::new();
    std::os::unix::fs::symlink(setup.secret(), setup.sources().join("out.txt")).expect("link");
    assert_refused_at_the_file_key(&setup, "out.txt");
}

#[test]
fn devices_fifos_and_directories_are_not_read() {
    let setup = Setup::new();
    assert_refused_at_the_file_key(&setup, "/dev/zero");
    std::os::unix::fs::symlink("/dev/zero", setup.sources().join("zero")).expect("link");
    assert_refused_at_the_file_key(&setup, "zero");
    std::fs::create_dir(setup.sources().join("folder")).expect("folder");
    assert_refused_at_the_file_key(&setup, "folder");
    let fifo = setup.sources().join("fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    // Opening a FIFO to read it waits for a writer: the check must neither wait nor read.
    assert_refused_at_the_file_key(&setup, "fifo");
}

#[test]
fn a_missing_source_file_is_a_problem_at_its_key() {
    let setup = Setup::new();
    assert_refused_at_the_file_key(&setup, "nowhere.txt");
    assert!(!Path::new(&setup.sources().join("nowhere.txt")).exists());
}
