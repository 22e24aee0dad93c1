//! Loading stays within its memory budget (docs/FORMAT.md, "Limits"): a file over 128 MiB
//! is refused before it is read, whatever kind of file it is (a sparse file, `/dev/zero`, a
//! pipe); a text too dense to parse is refused after counting its tokens; and a file with
//! thousands of problems lists the first 300 and the number of the rest. Each runs the
//! binary under a 4 GB (or smaller) address-space limit, where asking for more memory than
//! that aborted the process before.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The largest file read, as docs/FORMAT.md gives it.
const MAX_MIB: u64 = 128;
/// The most problems listed, as docs/FORMAT.md gives it.
const LISTED: usize = 300;

/// Runs a shell line with the binary as `$T` under an address-space limit in KiB.
fn limited(kib: u64, line: &str) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {kib}; {line}"))
        .env("T", env!("CARGO_BIN_EXE_timeline"))
        .stdin(Stdio::null())
        .output()
        .expect("sh")
}

/// `timeline check PATH` under a 4 GB address space: (status, standard error).
fn check_in_4gb(path: &Path) -> (Option<i32>, String) {
    let out = limited(
        4_000_000,
        &format!("exec \"$T\" check '{}'", path.display()),
    );
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Asserts a refusal for size: exit 2, one sentence naming the path and the limit.
fn assert_too_large(code: Option<i32>, err: &str, shown: &str) {
    assert_eq!(code, Some(2), "{err}");
    assert!(!err.contains("memory allocation"), "{err}");
    let first = err.lines().next().unwrap_or_default();
    // An unreadable file is a command-line error: `timeline: `, then the path.
    assert!(
        first.starts_with(&format!("timeline: {shown}: ")),
        "{first}"
    );
    assert!(first.contains(&format!("{MAX_MIB} MiB")), "{first}");
}

/// A sparse file of `len` zero bytes: cheap to make whatever its size.
fn sparse(dir: &Path, name: &str, len: u64) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::File::create(&path)
        .and_then(|f| f.set_len(len))
        .expect("sparse file");
    path
}

#[test]
fn six_hundred_megabytes_of_nuls_are_refused_not_aborted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sparse(dir.path(), "nul.toml", 600 << 20);
    let (code, err) = check_in_4gb(&path);
    assert_too_large(code, &err, &path.display().to_string());
}

#[test]
fn a_file_just_under_four_gib_is_refused_not_aborted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sparse(dir.path(), "huge.toml", (4 << 30) - 1);
    let (code, err) = check_in_4gb(&path);
    assert_too_large(code, &err, &path.display().to_string());
}

#[test]
fn dev_zero_is_read_only_up_to_the_limit() {
    let (code, err) = check_in_4gb(Path::new("/dev/zero"));
    assert_too_large(code, &err, "/dev/zero");
}

#[test]
fn a_pipe_is_read_only_up_to_the_limit() {
    let bytes = (MAX_MIB << 20) + (1 << 20);
    let out = limited(
        4_000_000,
        &format!("head -c {bytes} /dev/zero | \"$T\" check /dev/stdin"),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_too_large(out.status.code(), &err, "/dev/stdin");
}

#[test]
#[ignore = "scale (tens of MB): .ci/run runs it in release"]
fn a_text_too_dense_to_parse_is_refused_at_its_start() {
    // 64 MB of `=` lines: three syntax errors to every two bytes, which the parser kept
    // until memory ran out.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dense.toml");
    std::fs::write(&path, "=\n".repeat(32 << 20)).expect("write");
    let (code, err) = check_in_4gb(&path);
    assert_eq!(code, Some(2), "{err}");
    assert!(!err.contains("memory allocation"), "{err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("{}:1:1: ", path.display())),
        "{first}"
    );
}

/// Asserts that standard error lists [`LISTED`] problems, then the number of the rest.
fn assert_cut_short(err: &str, total: usize, more: &str) {
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), LISTED + 2, "listed, the rest, the total");
    assert!(lines[LISTED].contains(more), "{}", lines[LISTED]);
    assert!(
        lines[LISTED + 1].contains(&total.to_string()),
        "{}",
        lines[LISTED + 1]
    );
}

#[test]
fn thousands_of_problems_are_listed_up_to_three_hundred_with_the_number_of_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("keys.toml");
    let mut text = String::new();
    for i in 0..1000 {
        let _ = writeln!(text, "k{i} = 1");
    }
    std::fs::write(&path, text).expect("write");
    // A thousand unknown keys, no [timeline] and no [[event]].
    let total = 1002;
    let more = (total - LISTED).to_string();
    for lang in ["en", "ru"] {
        let out = limited(
            4_000_000,
            &format!("exec \"$T\" --lang {lang} check '{}'", path.display()),
        );
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_cut_short(&err, total, &more);
        let rest = err.lines().nth(LISTED).unwrap_or_default();
        assert_eq!(cyrillic(rest), lang == "ru", "{rest}");
    }
}

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

#[test]
#[ignore = "scale (tens of MB): .ci/run runs it in release"]
fn a_large_file_of_broken_lines_is_reported_in_bounded_memory() {
    // 4 MB of `=` lines: six million syntax errors, which took over a gigabyte to keep.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.toml");
    std::fs::write(&path, "=\n".repeat(2 << 20)).expect("write");
    let out = limited(
        1_000_000,
        &format!("exec \"$T\" check '{}'", path.display()),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), LISTED + 2, "{}", lines.last().unwrap_or(&""));
    assert!(lines[0].starts_with(&format!("{}:1:1: ", path.display())));
    let total: usize = lines[LISTED + 1]
        .split_whitespace()
        .find_map(|w| w.parse().ok())
        .expect("the number found");
    assert!(total > LISTED, "{}", lines[LISTED + 1]);
    assert!(lines[LISTED].contains(&(total - LISTED).to_string()));
}

#[test]
#[ignore = "scale (tens of MB): .ci/run runs it in release"]
fn sixteen_megabytes_of_one_key_are_refused_in_little_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a1.toml");
    std::fs::write(&path, "a=1\n".repeat(4_000_000)).expect("write");
    let out = limited(
        1_000_000,
        &format!("exec \"$T\" check '{}'", path.display()),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.lines().count() <= LISTED + 2,
        "{} lines",
        err.lines().count()
    );
}
