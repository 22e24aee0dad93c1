//! Where `-o` may point besides a plain file: through a link, the file it names is replaced
//! and the link kept; a named pipe or a device (`/proc/self/fd/1`, `/dev/stdout`) is
//! written in place rather than replaced by a regular file; a directory is refused.
#![cfg(unix)]

use std::io::Read as _;
use std::os::unix::fs::FileTypeExt as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn timeline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::null())
        .output()
        .expect("run")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Exports the test fixture as Markdown with `-o target`, which must succeed.
fn export_to(target: &str) -> Output {
    let out = timeline(&[
        "export",
        "--format",
        "markdown",
        "tests/fixtures/mini.toml",
        "-o",
        target,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The Markdown export of the test fixture, as written to standard output.
fn markdown() -> Vec<u8> {
    let out = timeline(&["export", "--format", "markdown", "tests/fixtures/mini.toml"]);
    assert!(out.status.success());
    out.stdout
}

#[test]
fn a_link_is_followed_and_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (target, link) = (dir.path().join("target.md"), dir.path().join("link.md"));
    std::fs::write(&target, "old").expect("write");
    std::os::unix::fs::symlink("target.md", &link).expect("link");
    export_to(path(&link));
    let kind = std::fs::symlink_metadata(&link).expect("link").file_type();
    assert!(kind.is_symlink(), "the link is still a link");
    assert_eq!(std::fs::read(&target).expect("target"), markdown());
}

#[test]
fn a_named_pipe_is_written_in_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut got = Vec::new();
            std::fs::File::open(fifo)
                .expect("open the pipe")
                .read_to_end(&mut got)
                .expect("read the pipe");
            got
        })
    };
    export_to(path(&fifo));
    // Checked before waiting for the reader, which a file renamed over the pipe would leave
    // waiting for ever.
    let kind = std::fs::symlink_metadata(&fifo).expect("pipe").file_type();
    assert!(kind.is_fifo(), "the pipe is still a pipe");
    assert_eq!(reader.join().expect("reader"), markdown());
}

#[cfg(target_os = "linux")]
#[test]
fn standard_output_by_its_name_is_written_in_place() {
    let out = export_to("/proc/self/fd/1");
    assert_eq!(out.stdout, markdown());
}

#[test]
fn a_directory_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = timeline(&["gen", "--events", "3", "-o", path(dir.path())]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.ends_with(": it is a directory\n"), "{err}");
    assert!(dir.path().is_dir());
}
