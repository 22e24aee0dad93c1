//! Loading a timeline file: reading, parsing, validating, and reporting every problem.

mod chunks;
mod diag;
mod editions;
mod file;
mod items;
mod keys;
mod lint;
mod names;
mod nested;
mod part;
mod plain;
mod read;
mod source_table;
mod sources;
mod syntax;
mod validate;

use std::path::Path;

use arcstr::ArcStr;

pub use diag::{Diagnostic, LineIndex, LoadError, MAX_PROBLEMS};
pub use file::{MAX_MIB, MAX_SIZE, read_text};
pub use items::EVENT_KEYS;
pub use keys::{KEY_TABLES, KeyTable, languages};
pub use lint::warnings;
pub use sources::verify_sources;
pub use syntax::MAX_TOKENS;

use crate::model::Timeline;
use crate::text::sanitize;
use crate::words::Problem;

/// The chronology compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../timeline.toml");
/// The name the embedded chronology goes by in messages.
pub const EMBEDDED_NAME: &str = "timeline.toml (built in)";

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
    let parsed = in_parts(text).map(|r| r.map_err(|problems| (problems, 0)));
    located(file, text, parsed.unwrap_or_else(|| whole(text)))
}

/// A byte-order mark left after the first one is stripped: TOML allows one at the very
/// start and nowhere else, though the parser would skip a second one too.
fn second_bom(file: &str, text: &str) -> Option<LoadError> {
    text.starts_with('\u{feff}').then(|| {
        let diagnostics = vec![LineIndex::new(text).at(0, Problem::SecondBom)];
        LoadError::invalid(sanitize(file).into_owned(), diagnostics)
    })
}

/// Turns problems at byte offsets, sorted, into diagnostics at lines and columns: the first
/// [`MAX_PROBLEMS`] of them, and the number of the rest.
fn located(
    file: &str,
    text: &str,
    result: Result<Timeline, syntax::Refusal>,
) -> Result<Timeline, LoadError> {
    result.map_err(|(mut problems, more)| {
        let omitted = problems.len().saturating_sub(MAX_PROBLEMS) + more;
        problems.truncate(MAX_PROBLEMS);
        let lines = LineIndex::new(text);
        let diagnostics = problems
            .into_iter()
            .map(|(at, m)| lines.at(at, m))
            .collect();
        LoadError::Invalid {
            file: sanitize(file).into_owned(),
            diagnostics,
            omitted,
        }
    })
}

/// Parses the whole text at once.
fn whole(text: &ArcStr) -> Result<Timeline, syntax::Refusal> {
    let root = syntax::parse(text)?;
    part::finish(part::read_part(root.get_ref(), text, 0)).map_err(|p| (p, 0))
}
