//! Installing like a tool: `timeline man` prints the manual page built from the command
//! line's own definitions, `docs/timeline.1` is that page checked in, `man` renders it with
//! its name, synopsis and every subcommand, and `--help` says where the explorer's keys are.

use std::process::Command;

use clap::CommandFactory as _;
use timeline::cli::Cli;

/// Runs the binary: (status, stdout, stderr).
fn timeline(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Whether `man` is here to render a page; says so when it is not.
fn man_is_here() -> bool {
    let here = Command::new("man").arg("--version").output().is_ok();
    if !here {
        eprintln!(
            "note: no `man` on this machine, so the pages are not rendered here; .ci/run installs man-db"
        );
    }
    here
}

/// A page as `man -l` renders it at 80 columns, as plain text: (lines, what man said on
/// standard error).
fn render(page: &std::path::Path) -> (Vec<String>, String) {
    let out = Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env_remove("MAN_KEEP_FORMATTING")
        .output()
        .expect("man -l");
    assert!(out.status.success(), "man -l {}", page.display());
    (
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The names of the subcommands a user sees.
fn subcommands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_owned())
        .collect()
}

#[test]
fn the_checked_in_man_page_is_current() {
    let (status, fresh, err) = timeline(&["man"]);
    assert_eq!(status, 0, "{err}");
    assert!(fresh.contains(".TH timeline 1"), "{fresh}");
    let stored = std::fs::read_to_string("docs/timeline.1").unwrap_or_default();
    assert!(
        stored == fresh,
        "docs/timeline.1 is stale: run `cargo run -- man > docs/timeline.1`"
    );
}

#[test]
fn man_renders_the_page_with_its_name_synopsis_and_every_subcommand() {
    if !man_is_here() {
        return;
    }
    let (lines, err) = render(std::path::Path::new("docs/timeline.1"));
    assert_eq!(err, "", "man (groff) warns of nothing");
    let page = lines.join("\n");
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SUBCOMMANDS"] {
        assert!(lines.contains(&heading), "no {heading} heading in:\n{page}");
    }
    assert!(
        lines.iter().all(|l| l.chars().count() <= 80),
        "a line wider than MANWIDTH:\n{page}"
    );
    let name = lines
        .iter()
        .skip_while(|l| **l != "NAME")
        .nth(1)
        .unwrap_or(&"");
    assert!(name.trim_start().starts_with("timeline - "), "{name}");
    let listed: String = lines
        .iter()
        .skip_while(|l| **l != "SUBCOMMANDS")
        .take_while(|l| !l.starts_with("EXTRA") && !l.starts_with("VERSION"))
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    let all = subcommands();
    assert!(all.len() >= 8, "{all:?}");
    for sub in all {
        assert!(
            listed.contains(&format!("timeline-{sub}(1)")),
            "the subcommand {sub} is not in SUBCOMMANDS:\n{listed}"
        );
    }
}

#[test]
fn man_dir_writes_the_main_page_and_one_per_subcommand() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (status, _, err) = timeline(&["man", "--dir", dir.path().to_str().expect("path")]);
    assert_eq!(status, 0, "{err}");
    let (_, main, _) = timeline(&["man"]);
    let written = std::fs::read_to_string(dir.path().join("timeline.1")).expect("timeline.1");
    assert_eq!(
        written, main,
        "the main page is the one `timeline man` prints"
    );
    for sub in subcommands() {
        let page = dir.path().join(format!("timeline-{sub}.1"));
        assert!(page.exists(), "no page for {sub}");
        if man_is_here() {
            let (lines, err) = render(&page);
            assert_eq!(err, "", "{sub}");
            let name = lines.iter().skip_while(|l| *l != "NAME").nth(1);
            assert!(
                name.is_some_and(|l| {
                    // `man` justifies the line, so the spaces between words vary.
                    let words = l.split_whitespace().collect::<Vec<_>>().join(" ");
                    words.starts_with(&format!("timeline-{sub} - "))
                }),
                "{sub}: {lines:?}"
            );
            assert!(lines.iter().any(|l| l == "SYNOPSIS"), "{sub}");
        }
    }
}

#[test]
fn the_help_says_to_press_question_mark_in_the_explorer() {
    let (status, help, _) = timeline(&["--help"]);
    assert_eq!(status, 0);
    assert!(
        help.lines()
            .any(|l| l.contains("explorer") && l.contains('?') && l.contains("keys")),
        "{help}"
    );
}
