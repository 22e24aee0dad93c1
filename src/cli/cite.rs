//! `timeline cite`: the ready citation of one event (what the explorer's `y` copies), of it
//! through one of its sources, or its source(s) as a bibliography entry.

use std::path::Path;

use super::{CiteFormat, Failure, Opened, emit, exit, open, unknown_id};
use crate::cite::{Style, citation_in};
use crate::model::{EventIx, Timeline};
use crate::text::sanitize;
use crate::words::Lang;

/// The ids of the sources an event quotes, in file order, each once.
fn quoted(t: &Timeline, index: EventIx) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for x in &t.events[index].excerpts {
        if !ids.contains(&x.source.as_str()) {
            ids.push(&x.source);
        }
    }
    ids
}

/// Runs `cite`.
///
/// # Errors
/// A bad file, an unknown event id or a source the event does not quote (naming the
/// closest), or output that cannot be written.
pub fn run(
    id: &str,
    file: Option<&Path>,
    source: Option<&str>,
    format: CiteFormat,
    lang: Lang,
) -> Result<u8, Failure> {
    let w = lang.words();
    let Opened { timeline: t, .. } = open(file)?;
    let index = t
        .index_of(id)
        .ok_or_else(|| Failure::Input(unknown_id(w, &t, id)))?;
    if let Some(src) = source {
        let ids = quoted(&t, index);
        if !ids.contains(&src) {
            let close = crate::text::closest(src, ids.iter().copied(), 3);
            let message = w.unquoted_source(id, &sanitize(src), &close, &ids);
            return Err(Failure::Input(message));
        }
    }
    let text = match format {
        CiteFormat::Markdown => citation_in(&t, index, w, Style::Markdown, source),
        CiteFormat::Text => citation_in(&t, index, w, Style::Text, source),
        CiteFormat::Bibtex => crate::export::source_bibtex(&t, &[index], lang, source),
        CiteFormat::CslJson => crate::export::source_csl_json(&t, &[index], lang, source)
            .map_err(|e| Failure::Output(w.cannot_write_output(&e.to_string())))?,
    };
    emit(&text, w)?;
    Ok(exit::OK)
}
