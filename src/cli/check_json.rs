//! `timeline check --format json`: every problem and every curator's warning as data, for
//! editors and CI: one JSON array on standard output, one object a line.

use std::path::Path;

use serde::Serialize;

use super::{Failure, Opened, exit, open};
use crate::load::{Diagnostic, LoadError, verify_sources, warnings};
use crate::text::sanitize;
use crate::words::{Problem, Words};

/// Whether an entry makes the file invalid.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
enum Severity {
    /// A problem: the file is refused (exit status 2).
    Error,
    /// A curator's warning: the file is valid (exit status 3 under `--strict`).
    Warning,
}

/// One problem or warning, as written.
#[derive(Debug, Serialize)]
struct Entry {
    /// The file as the text form names it.
    file: String,
    /// The 1-based line, or `null` for a file that cannot be read at all and for the
    /// closing [`MORE_PROBLEMS`] entry.
    line: Option<usize>,
    /// The 1-based column, counted in characters, or `null` with `line`.
    column: Option<usize>,
    severity: Severity,
    /// The stable code of the problem ([`Problem::code`]).
    code: &'static str,
    /// The message in the reader's language, as the text form words it.
    message: String,
}

impl Entry {
    fn located(file: &str, d: &Diagnostic, severity: Severity, w: &dyn Words) -> Self {
        Self {
            file: file.to_owned(),
            line: Some(d.line),
            column: Some(d.column),
            severity,
            code: d.problem.code(),
            message: d.message_in(w),
        }
    }
}

/// The code of the last entry when the list of problems stops short: its message says how
/// many more the file has.
pub const MORE_PROBLEMS: &str = "more-problems";

/// The path a problem of an unreadable file names.
fn unreadable_path(p: &Problem) -> Option<&str> {
    match p {
        Problem::Directory { path }
        | Problem::NoSuchFile { path }
        | Problem::TooLarge { path, .. }
        | Problem::PermissionDenied { path }
        | Problem::CannotRead { path, .. } => Some(path),
        _ => None,
    }
}

/// The entries of a load error: each problem at its place, or the one reason a file
/// (`fallback` unless the problem names its path) could not be read.
fn failed(err: &LoadError, fallback: &str, w: &dyn Words) -> Vec<Entry> {
    match err {
        LoadError::Unreadable(p) => vec![Entry {
            file: unreadable_path(p).unwrap_or(fallback).to_owned(),
            line: None,
            column: None,
            severity: Severity::Error,
            code: p.code(),
            message: w.problem(p),
        }],
        LoadError::Invalid {
            file,
            diagnostics,
            omitted,
        } => diagnostics
            .iter()
            .map(|d| Entry::located(file, d, Severity::Error, w))
            .chain((*omitted > 0).then(|| Entry {
                file: file.clone(),
                line: None,
                column: None,
                severity: Severity::Error,
                code: MORE_PROBLEMS,
                message: w.more_problems(*omitted),
            }))
            .collect(),
    }
}

/// The entries as one JSON array, one object a line.
fn document(entries: &[Entry]) -> Result<String, Failure> {
    let lines = entries
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Failure::Output(e.to_string()))?;
    Ok(if lines.is_empty() {
        "[]\n".to_owned()
    } else {
        format!("[\n{}\n]\n", lines.join(",\n"))
    })
}

/// Runs the check and writes its entries: the problems (of the file, or of its excerpts
/// against `sources`), then, for a file that loads, its warnings. The exit status is the
/// text form's.
///
/// # Errors
/// Only a failure to write.
pub fn run(
    file: Option<&Path>,
    sources: Option<&Path>,
    strict: bool,
    w: &dyn Words,
) -> Result<u8, Failure> {
    let given = file.map_or_else(
        || crate::load::EMBEDDED_NAME.to_owned(),
        |f| sanitize(&f.display().to_string()).into_owned(),
    );
    let mut entries = Vec::new();
    match open(file) {
        Err(err) => entries = failed(&err, &given, w),
        Ok(Opened { timeline, text, .. }) => {
            let shown = if file.is_none() {
                w.built_in_name()
            } else {
                &given
            };
            if let Some(dir) = sources
                && let Err(err) = verify_sources(shown, &text, &timeline, dir)
            {
                entries = failed(&err, shown, w);
            }
            entries.extend(
                warnings(&timeline, &text)
                    .iter()
                    .map(|d| Entry::located(shown, d, Severity::Warning, w)),
            );
            std::mem::forget(timeline);
        }
    }
    super::emit(&document(&entries)?, w)?;
    let errors = entries
        .iter()
        .any(|e| matches!(e.severity, Severity::Error));
    Ok(if errors {
        exit::INVALID
    } else if strict && !entries.is_empty() {
        exit::WARNINGS
    } else {
        exit::OK
    })
}
