//! Reading files from disk within the size budget: the timeline itself (any kind of file,
//! pipes and devices included, never more than [`MAX_SIZE`] bytes of it) and, for `check
//! --sources`, the stored source texts, which must be regular files inside the directory.

use std::fs::File;
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

use super::{LineIndex, LoadError};
use crate::text::sanitize;
use crate::words::Problem;

/// The largest file read, in MiB: about twice the 100,000-event chronology `timeline gen`
/// writes (65 MB), and small enough that parsing even the densest such file stays within
/// the memory budget (docs/FORMAT.md).
pub const MAX_MIB: u64 = 128;
/// The largest file read, in bytes.
pub const MAX_SIZE: u64 = MAX_MIB << 20;

/// A path as messages show it.
fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

/// The sentence for a failure to open or read `path`.
fn io_problem(path: &Path, e: &std::io::Error) -> Problem {
    let path = shown(path);
    match e.kind() {
        std::io::ErrorKind::NotFound => Problem::NoSuchFile { path },
        std::io::ErrorKind::PermissionDenied => Problem::PermissionDenied { path },
        _ => Problem::CannotRead {
            path,
            error: sanitize(&e.to_string()).into_owned(),
        },
    }
}

/// Reads an open file through a bound, so that `/dev/zero`, a pipe or a FIFO stops after
/// [`MAX_SIZE`] bytes like a regular file does.
fn read_bounded(path: &Path, file: File) -> Result<Vec<u8>, Problem> {
    let too_large = || Problem::TooLarge {
        path: shown(path),
        mib: MAX_MIB,
    };
    let known = file.metadata().map_or(0, |m| m.len());
    if known > MAX_SIZE {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(known).unwrap_or(0));
    file.take(MAX_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_problem(path, &e))?;
    if bytes.len() as u64 > MAX_SIZE {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Bytes as UTF-8 text, or the place where they stop being UTF-8.
fn utf8(path: &Path, bytes: Vec<u8>) -> Result<String, LoadError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let d = LineIndex::new(&text).at(valid, Problem::NotUtf8);
        LoadError::invalid(shown(path), vec![d])
    })
}

/// Reads a file as UTF-8 text, turning every failure into one sentence naming the path.
///
/// # Errors
/// A missing file, a directory, an unreadable file, one over [`MAX_SIZE`] bytes, or bytes
/// that are not UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    if path.is_dir() {
        return Err(LoadError::Unreadable(Problem::Directory {
            path: shown(path),
        }));
    }
    let file = File::open(path).map_err(|e| LoadError::Unreadable(io_problem(path, &e)))?;
    let bytes = read_bounded(path, file).map_err(LoadError::Unreadable)?;
    utf8(path, bytes)
}

/// Whether a source's `file` is a plain relative path that stays below the directory it is
/// joined to: no root, no drive, no `..`.
fn stays_below(name: &Path) -> bool {
    name.components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// Opens a file without waiting: a FIFO opened to be read would otherwise block until
/// something writes to it.
fn open_at_once(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

/// Where a source's `file` lies: inside `dir` once every symbolic link is followed.
fn resolve(dir: &Path, name: &str) -> Result<PathBuf, Problem> {
    let outside = || Problem::SourceOutside {
        name: sanitize(name).into_owned(),
    };
    if name.is_empty() || !stays_below(Path::new(name)) {
        return Err(outside());
    }
    let root = dir.canonicalize().map_err(|e| io_problem(dir, &e))?;
    let joined = dir.join(name);
    let real = joined.canonicalize().map_err(|e| io_problem(&joined, &e))?;
    if real.starts_with(&root) {
        Ok(real)
    } else {
        Err(outside())
    }
}

/// Reads a stored source text named by a `[[source]]`'s `file`, relative to `dir`. It must
/// lie inside `dir` (no absolute path, no `..`, no symbolic link out of it) and be a regular
/// file of at most [`MAX_SIZE`] bytes: `check --sources` on a pull request must not become a
/// way to learn what other files on the machine hold.
///
/// # Errors
/// `Err(Ok(problem))` for a file that may not or cannot be read, which the caller places at
/// the `file` key; `Err(Err(error))` for a source that is read but is not UTF-8 text.
pub fn read_source(dir: &Path, name: &str) -> Result<String, Result<Problem, LoadError>> {
    let real = resolve(dir, name).map_err(Ok)?;
    let shown_path = dir.join(name);
    let file = open_at_once(&real).map_err(|e| Ok(io_problem(&shown_path, &e)))?;
    let regular = file.metadata().is_ok_and(|m| m.is_file());
    if !regular {
        return Err(Ok(Problem::SourceNotFile {
            name: sanitize(name).into_owned(),
        }));
    }
    let bytes = read_bounded(&shown_path, file).map_err(Ok)?;
    utf8(&shown_path, bytes).map_err(Err)
}
