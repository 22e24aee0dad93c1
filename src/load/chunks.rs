//! Parsing a large file in parts on every core: the text is cut before `[[event]]` headers,
//! each part is parsed and read on its own, and the parts are joined in file order. Only the
//! parts being worked on are held as syntax trees, which keeps memory near the model's size.
//!
//! Any doubt sends the caller back to parsing the whole text at once, which is always
//! correct: a syntax error in a part (a cut inside a multi-line string leaves one), the
//! `[timeline]` table in two parts, or `event`, `source` or `era` written other than as
//! `[[…]]` headers.

use std::ops::Range;

use arcstr::ArcStr;
use rayon::prelude::*;
use toml::de::DeTable;

use super::part::{Part, Problems, finish, read_part};
use crate::model::Timeline;

/// Below this size a file is parsed whole.
const MIN_PARALLEL: usize = 1 << 20;
/// The size parts aim for.
const PART_SIZE: usize = 1 << 18;

/// Where the text may be cut: before lines that open an `[[event]]`.
fn cuts(text: &str) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let here = at;
        at += line.len();
        if here - start >= PART_SIZE && line.trim_end() == "[[event]]" {
            parts.push(start..here);
            start = here;
        }
    }
    parts.push(start..text.len());
    parts
}

/// Whether every `event`, `source` and `era` key in a part is first written as a plain
/// array-of-tables header (`[[event]]`, not `[[event.excerpt]]` or `[event]`): only those
/// may be joined across parts as one file would.
fn headers_only(chunk: &str, root: &DeTable<'_>) -> bool {
    root.keys()
        .filter(|k| matches!(k.get_ref().as_ref(), "event" | "source" | "era"))
        .all(|k| {
            let span = k.span();
            let before = chunk[..span.start].trim_end_matches([' ', '\t']);
            let after = chunk[span.end..].trim_start_matches([' ', '\t']);
            before.ends_with("[[") && after.starts_with("]]")
        })
}

/// Parses the text in parts, or returns `None` when it must be parsed whole.
pub fn parse(text: &ArcStr) -> Option<Result<Timeline, Problems>> {
    if text.len() < MIN_PARALLEL {
        return None;
    }
    let ranges = cuts(text);
    if ranges.len() < 2 {
        return None;
    }
    // Each part is parsed, read and its syntax tree dropped on one of rayon's threads, so
    // only as many trees exist at a time as there are threads. The first part that fails
    // stops the rest from starting, and the parts come back in file order.
    let parts: Vec<Part> = ranges
        .par_iter()
        .map(|range| {
            let chunk = &text[range.clone()];
            let root = super::syntax::parses(chunk)?;
            headers_only(chunk, root.get_ref())
                .then(|| read_part(root.get_ref(), text, range.start))
        })
        .collect::<Option<_>>()?;
    if parts.iter().filter(|p| p.has_timeline).count() > 1 {
        return None;
    }
    Some(finish(parts))
}
