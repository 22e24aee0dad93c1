//! Parsing a large file in parts on every core: the text is cut before `[[event]]` headers,
//! each part is parsed and read on its own, and the parts are joined in file order. Only the
//! parts being worked on are held as syntax trees, which keeps memory near the model's size.
//!
//! Any doubt sends the caller back to parsing the whole text at once, which is always
//! correct: a syntax error in a part (a cut inside a multi-line string leaves one), the
//! `[timeline]` table in two parts, or `event`, `source` or `era` written other than as
//! `[[…]]` headers.

use std::ops::Range;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use arcstr::ArcStr;
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
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, Option<Part>)>> = Mutex::new(Vec::with_capacity(ranges.len()));
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(ranges.len());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some(range) = ranges.get(n) else { break };
                    let chunk = &text[range.clone()];
                    let (root, errors) = DeTable::parse_recoverable(chunk);
                    let part = (errors.is_empty() && headers_only(chunk, root.get_ref()))
                        .then(|| read_part(root.get_ref(), text, range.start));
                    drop(root);
                    let failed = part.is_none();
                    if let Ok(mut done) = done.lock() {
                        done.push((n, part));
                    }
                    if failed {
                        next.store(ranges.len(), Ordering::Relaxed);
                    }
                }
            });
        }
    });
    let mut done = done.into_inner().ok()?;
    done.sort_by_key(|(n, _)| *n);
    let parts: Option<Vec<Part>> = done.into_iter().map(|(_, p)| p).collect();
    let parts = parts
        .filter(|p| p.len() == ranges.len() && p.iter().filter(|p| p.has_timeline).count() <= 1)?;
    Some(finish(parts))
}
