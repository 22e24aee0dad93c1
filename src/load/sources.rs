//! `check --sources`: every excerpt must stand verbatim in its stored source text, read only
//! from regular files inside the sources directory.

use std::collections::HashMap;
use std::path::Path;

use super::file::read_source;
use super::{Diagnostic, LineIndex, LoadError};
use crate::model::Timeline;
use crate::text::sanitize;
use crate::words::Problem;

/// Collapses every run of whitespace to one space, so that only whitespace may differ.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks each excerpt whose source names a `file` against `dir/file`.
///
/// # Errors
/// One diagnostic per source file that may not or cannot be read (at its `file` key) and
/// per excerpt that is not found, or the reason a source's text is not UTF-8.
pub fn verify_sources(
    file: &str,
    text: &str,
    timeline: &Timeline,
    dir: &Path,
) -> Result<usize, LoadError> {
    let lines = LineIndex::new(super::without_bom(text));
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut texts: HashMap<&str, String> = HashMap::new();
    for source in &timeline.sources {
        if let Some(name) = &source.file {
            match read_source(dir, name) {
                Ok(stored) => {
                    texts.insert(&source.id, squash(&stored));
                }
                Err(Ok(problem)) => diagnostics.push(lines.at(source.file_offset, problem)),
                Err(Err(error)) => return Err(error),
            }
        }
    }
    let mut checked = 0;
    for event in &timeline.events {
        for excerpt in &event.excerpts {
            let Some(haystack) = texts.get(excerpt.source.as_str()) else {
                continue;
            };
            checked += 1;
            if !haystack.contains(&squash(&excerpt.text)) {
                let words: Vec<&str> = excerpt.text.split_whitespace().take(8).collect();
                let problem = Problem::NotVerbatim {
                    event: sanitize(&event.id).into_owned(),
                    words: sanitize(&words.join(" ")).into_owned(),
                    source: sanitize(&excerpt.source).into_owned(),
                };
                diagnostics.push(lines.at(excerpt.offset, problem));
            }
        }
    }
    diagnostics.sort_by_key(|d| (d.line, d.column));
    if diagnostics.is_empty() {
        Ok(checked)
    } else {
        Err(LoadError::invalid(sanitize(file).into_owned(), diagnostics))
    }
}
