//! Loading a timeline file: reading, parsing, validating, and reporting every problem.

mod diag;
mod items;
mod read;
mod sources;
mod validate;

use std::path::Path;

use toml::de::DeTable;

pub use diag::{Diagnostic, LineIndex, LoadError};
pub use items::EVENT_KEYS;
pub use sources::verify_sources;

use crate::model::Timeline;
use crate::text::sanitize;
use read::Reader;

const TOP_KEYS: &[&str] = &["timeline", "source", "era", "event"];

/// The chronology compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../timeline.toml");
/// The name the embedded chronology goes by in messages.
pub const EMBEDDED_NAME: &str = "timeline.toml (built in)";

/// Reads a file as UTF-8 text, turning every failure into one sentence naming the path.
///
/// # Errors
/// A missing file, a directory, an unreadable file, or bytes that are not UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let shown = sanitize(&path.display().to_string()).into_owned();
    if path.is_dir() {
        return Err(LoadError::Unreadable(format!(
            "{shown} is a directory, not a timeline file"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        LoadError::Unreadable(match e.kind() {
            std::io::ErrorKind::NotFound => format!("{shown}: no such file"),
            std::io::ErrorKind::PermissionDenied => format!("{shown}: permission denied"),
            _ => format!("{shown}: cannot be read ({e})"),
        })
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let d = LineIndex::new(&text).at(valid, "the file is not valid UTF-8 text");
        LoadError::Invalid {
            file: shown,
            diagnostics: vec![d],
        }
    })
}

/// Reads and loads a timeline file.
///
/// # Errors
/// See [`read_text`] and [`parse`].
pub fn load_path(path: &Path) -> Result<(Timeline, String), LoadError> {
    let text = read_text(path)?;
    let timeline = parse(&path.display().to_string(), &text)?;
    Ok((timeline, text))
}

/// The text after any byte-order mark, which is not content: spans, lines and columns all
/// count from after it.
#[must_use]
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Parses and validates timeline text; `file` names it in diagnostics.
///
/// # Errors
/// Every problem in the text, in file order.
pub fn parse(file: &str, text: &str) -> Result<Timeline, LoadError> {
    let text = without_bom(text);
    let lines = LineIndex::new(text);
    let invalid = |problems: Vec<(usize, String)>| LoadError::Invalid {
        file: sanitize(file).into_owned(),
        diagnostics: problems
            .into_iter()
            .map(|(at, m)| lines.at(at, m))
            .collect(),
    };
    let (root, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        let mut problems: Vec<(usize, String)> = syntax
            .iter()
            .map(|e| {
                (
                    e.span().map_or(0, |s| s.start),
                    sanitize(e.message().trim()).into_owned(),
                )
            })
            .collect();
        problems.sort_by_key(|(at, _)| *at);
        problems.dedup();
        return Err(invalid(problems));
    }
    let mut r = Reader::default();
    let timeline = document(&mut r, root.get_ref());
    if r.problems.is_empty()
        && let Some(t) = timeline
    {
        return Ok(t);
    }
    r.problems.sort_by_key(|(at, _)| *at);
    Err(invalid(r.problems))
}

fn document(r: &mut Reader, root: &DeTable<'_>) -> Option<Timeline> {
    let (mut meta, mut sources, mut eras, mut events) = (None, Vec::new(), Vec::new(), Vec::new());
    for (key, value) in root {
        match key.get_ref().as_ref() {
            "timeline" => {
                meta = r
                    .table("timeline", value)
                    .and_then(|t| items::meta(r, t, value.span().start));
            }
            "source" => {
                sources = r
                    .tables("source", value)
                    .into_iter()
                    .filter_map(|(t, at)| items::source(r, t, at))
                    .collect();
            }
            "era" => {
                eras = r
                    .tables("era", value)
                    .into_iter()
                    .filter_map(|(t, at)| items::era(r, t, at))
                    .collect();
            }
            "event" => {
                events = r
                    .tables("event", value)
                    .into_iter()
                    .map(|(t, at)| items::event(r, t, at))
                    .collect();
            }
            _ => r.unknown_key(key, "the top level", TOP_KEYS),
        }
    }
    if !root.contains_key("timeline") {
        r.problem(0, "missing the [timeline] table (title, subject, from, to)");
    }
    if !root.contains_key("event") {
        r.problem(0, "the file has no [[event]]");
    }
    validate::validate(r, meta.as_ref(), &sources, &events);
    let sources = sources.into_iter().map(|(s, _)| s).collect();
    let events = events.into_iter().map(|(e, _)| e).collect();
    Some(Timeline::new(meta?, sources, eras, events))
}
