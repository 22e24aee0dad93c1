//! One event with a huge summary: `timeline show` writes it as it wraps it, in memory a
//! small multiple of the file, and the explorer lays out only the lines it draws, keeping
//! them between keys.

use std::io::Read as _;
use std::process::{Command, Stdio};
use std::sync::Arc;

use ratatui::crossterm::event::KeyCode;
use timeline::app::App;

use crate::common::{self, frame, press};

const WORDS: [&str; 8] = [
    "court",
    "appeal",
    "prison",
    "Syktyvkar",
    "colony",
    "lawyer",
    "Сыктывкар",
    "приговор",
];

/// A file of two events, the first with a summary of about `bytes` bytes of words; and how
/// many words that summary has.
fn huge(bytes: usize) -> (String, usize) {
    let mut summary = String::with_capacity(bytes + 16);
    let mut words = 0;
    while summary.len() < bytes {
        if words > 0 {
            summary.push(' ');
        }
        summary.push_str(WORDS[words % WORDS.len()]);
        words += 1;
    }
    let event = |id: &str, date: &str, summary: &str| {
        format!(
            "\n[[event]]\nid = \"{id}\"\ndate = \"{date}\"\nkind = \"statement\"\ntitle = \"T {id}\"\nsummary = \"{summary}\"\n[[event.excerpt]]\nsource = \"s\"\ntext = \"t\"\n"
        )
    };
    let text = format!(
        "[timeline]\ntitle = \"Huge\"\nsubject = \"X\"\nfrom = \"2000\"\nto = \"2030\"\n\n[[source]]\nid = \"s\"\ntitle = \"S\"\n{}{}",
        event("big", "2020-01-01", &summary),
        event("small", "2021-01-01", "Small.")
    );
    (text, words)
}

/// Runs the binary; its standard output and its peak resident memory in KiB once it has
/// started writing (the file loaded and the text laid out), read from `/proc` while it waits
/// on the full pipe. (`wait4`'s peak would count the test process's memory too: the child
/// shares it until it starts the program.)
#[cfg(target_os = "linux")]
fn run_measured(args: &[&str]) -> (String, u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(args)
        .env("COLUMNS", "80")
        .stdout(Stdio::piped())
        .spawn()
        .expect("run");
    let mut stdout = child.stdout.take().expect("piped");
    let mut out = vec![0; 1 << 12];
    let n = stdout.read(&mut out).expect("the first output");
    out.truncate(n);
    // Time to fill the pipe and wait on it.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).expect("status");
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM");
    stdout.read_to_end(&mut out).expect("read");
    assert!(child.wait().expect("waited").success());
    (String::from_utf8(out).expect("UTF-8"), peak)
}

#[cfg(target_os = "linux")]
fn show_is_linear(bytes: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.toml");
    let (text, words) = huge(bytes);
    std::fs::write(&path, &text).expect("write");
    let (out, peak_kib) = run_measured(&["show", "big", path.to_str().expect("a path")]);
    // Every word of the summary is printed, on lines no wider than the terminal.
    let printed = out.split_whitespace().filter(|w| WORDS.contains(w)).count();
    assert_eq!(printed, words);
    assert!(out.lines().all(|l| l.chars().count() <= 80));
    // Loading holds the file and its parse (about twice the file); laying the summary out
    // must not add a multiple of it (a span per word was twenty times the file).
    let file_kib = u64::try_from(text.len() / 1024).expect("small");
    assert!(
        peak_kib < 4 * file_kib + 32 * 1024,
        "peak {peak_kib} KiB for a file of {file_kib} KiB"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn show_wraps_a_huge_summary_in_memory_a_small_multiple_of_the_file() {
    show_is_linear(12 << 20);
}

/// The same at the scale of the issue, just under a loader budget of tens of megabytes
/// (`cargo test --release -- --ignored huge_text`).
#[cfg(target_os = "linux")]
#[test]
#[ignore = "a 64 MB file: run in release"]
fn show_wraps_a_64_megabyte_summary_in_memory_a_small_multiple_of_the_file() {
    show_is_linear(64 << 20);
}

#[test]
fn the_explorer_lays_out_a_huge_summary_once_and_draws_only_its_rows() {
    let (text, _) = huge(4 << 20);
    let t = timeline::load::parse("huge.toml", &text).expect("valid");
    let mut a = App::new(t, timeline::view::Theme::new(false), (100, 30));
    press(&mut a, KeyCode::Enter);
    frame(&mut a);
    let laid = common::laid;
    let first = laid(&a);
    let lines = first.detail.lines.len();
    assert!(lines > 20_000, "a long text: {lines} lines");
    for key in [KeyCode::Down, KeyCode::PageDown, KeyCode::End, KeyCode::Up] {
        press(&mut a, key);
        frame(&mut a);
        assert!(
            Arc::ptr_eq(&first, &laid(&a)),
            "{key:?} laid the text out again"
        );
    }
    let d = a.drawn().detail.clone().expect("drawn");
    assert_eq!(d.top, lines - d.rows - 1, "End, then one line up");
}
