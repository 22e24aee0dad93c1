//! Loading a timeline file: reading, parsing, validating, and reporting every problem.

mod chunks;
mod diag;
mod editions;
mod items;
mod lint;
mod nested;
mod part;
mod read;
mod source_table;
mod sources;
mod validate;

use std::path::Path;

use arcstr::ArcStr;
use toml::de::DeTable;

pub use diag::{Diagnostic, LineIndex, LoadError};
pub use items::EVENT_KEYS;
pub use lint::warnings;
pub use sources::verify_sources;

use crate::model::Timeline;
use crate::text::sanitize;
use crate::words::Problem;

/// The chronology compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../timeline.toml");
/// The name the embedded chronology goes by in messages.
pub const EMBEDDED_NAME: &str = "timeline.toml (built in)";

/// The largest file read: the model's strings are views into the text, at 32-bit offsets.
const MAX_SIZE: u64 = u32::MAX as u64;

/// Reads a file as UTF-8 text, turning every failure into one sentence naming the path.
///
/// # Errors
/// A missing file, a directory, an unreadable file, or bytes that are not UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let shown = sanitize(&path.display().to_string()).into_owned();
    if path.is_dir() {
        return Err(LoadError::Unreadable(Problem::Directory { path: shown }));
    }
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_SIZE) {
        return Err(LoadError::Unreadable(Problem::TooLarge { path: shown }));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        let path = shown.clone();
        LoadError::Unreadable(match e.kind() {
            std::io::ErrorKind::NotFound => Problem::NoSuchFile { path },
            std::io::ErrorKind::PermissionDenied => Problem::PermissionDenied { path },
            _ => Problem::CannotRead {
                path,
                error: sanitize(&e.to_string()).into_owned(),
            },
        })
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let d = LineIndex::new(&text).at(valid, Problem::NotUtf8);
        LoadError::Invalid {
            file: shown,
            diagnostics: vec![d],
        }
    })
}

/// Reads and loads a timeline file, returning the timeline and the file's text (after any
/// byte-order mark), which the timeline's strings are slices of.
///
/// # Errors
/// See [`read_text`] and [`parse`].
pub fn load_path(path: &Path) -> Result<(Timeline, ArcStr), LoadError> {
    let text = shared(&read_text(path)?);
    let timeline = parse_shared(&path.display().to_string(), &text, chunks::parse)?;
    Ok((timeline, text))
}

/// Hands memory that loading (or building the search index) freed back to the system.
/// glibc keeps freed memory in the arenas of the threads that freed it, between the
/// allocations that live on; at 100,000 events that was 50 MB of a 220 MB explorer.
pub fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only returns free pages of glibc's allocator to the system; it
    // changes no live allocation and is safe to call at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The text after any byte-order mark, which is not content: spans, lines and columns all
/// count from after it.
#[must_use]
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The text after any byte-order mark, as the one buffer a timeline's strings are slices of.
fn shared(text: &str) -> ArcStr {
    ArcStr::from(without_bom(text))
}

/// Parses and validates timeline text; `file` names it in diagnostics. Large files are
/// parsed in parts on every core.
///
/// # Errors
/// Every problem in the text, in file order.
pub fn parse(file: &str, text: &str) -> Result<Timeline, LoadError> {
    parse_shared(file, &shared(text), chunks::parse)
}

/// Like [`parse`], but always on one core, as one syntax tree: the reference the parallel
/// parse is tested and benchmarked against.
///
/// # Errors
/// Every problem in the text, in file order.
pub fn parse_whole(file: &str, text: &str) -> Result<Timeline, LoadError> {
    parse_shared(file, &shared(text), |_| None)
}

/// Parses text that has lost its first byte-order mark: in parts when `in_parts` can, else
/// whole.
fn parse_shared(
    file: &str,
    text: &ArcStr,
    in_parts: fn(&ArcStr) -> Option<Result<Timeline, part::Problems>>,
) -> Result<Timeline, LoadError> {
    if let Some(e) = second_bom(file, text) {
        return Err(e);
    }
    located(file, text, in_parts(text).unwrap_or_else(|| whole(text)))
}

/// A byte-order mark left after the first one is stripped: TOML allows one at the very
/// start and nowhere else, though the parser would skip a second one too.
fn second_bom(file: &str, text: &str) -> Option<LoadError> {
    text.starts_with('\u{feff}').then(|| LoadError::Invalid {
        file: sanitize(file).into_owned(),
        diagnostics: vec![LineIndex::new(text).at(0, Problem::SecondBom)],
    })
}

/// Turns problems at byte offsets into diagnostics at lines and columns.
fn located(
    file: &str,
    text: &str,
    result: Result<Timeline, part::Problems>,
) -> Result<Timeline, LoadError> {
    result.map_err(|problems| {
        let lines = LineIndex::new(text);
        LoadError::Invalid {
            file: sanitize(file).into_owned(),
            diagnostics: problems
                .into_iter()
                .map(|(at, m)| lines.at(at, m))
                .collect(),
        }
    })
}

/// Parses the whole text at once.
fn whole(text: &ArcStr) -> Result<Timeline, part::Problems> {
    let (root, syntax) = DeTable::parse_recoverable(text);
    if syntax.is_empty() {
        return part::finish(vec![part::read_part(root.get_ref(), text, 0)]);
    }
    let mut problems: part::Problems = syntax
        .iter()
        .map(|e| {
            (
                e.span().map_or(0, |s| s.start),
                Problem::Syntax(sanitize(e.message().trim()).into_owned()),
            )
        })
        .collect();
    problems.sort_by_key(|(at, _)| *at);
    problems.dedup();
    Err(problems)
}
