//! Parsing a large file in parts on every core: the text is cut before `[[event]]` headers,
//! each part is parsed and read on its own, and each is joined, in file order, as soon as the
//! parts before it are. Only the parts being worked on are held as syntax trees, and a part
//! read is soon joined and its memory free for the next, which keeps memory near the model's
//! size.
//!
//! Any doubt sends the caller back to parsing the whole text at once, which is always
//! correct: a syntax error in a part (a cut inside a multi-line string leaves one), the
//! `[timeline]` table in two parts, or `event`, `source` or `era` written other than as
//! `[[…]]` headers.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use arcstr::ArcStr;
use toml::de::DeTable;

use super::part::{Part, Problems, finish, read_part};
use crate::model::Timeline;

/// Below this size a file is parsed whole.
const MIN_PARALLEL: usize = 1 << 20;
/// The size parts aim for.
const PART_SIZE: usize = 1 << 18;

/// Where the text may be cut, before lines that open an `[[event]]`, and how many such
/// lines there are: room for the events the parts will be joined into.
fn cuts(text: &str) -> (Vec<Range<usize>>, usize) {
    let mut parts = Vec::new();
    let mut headers = 0;
    let mut start = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let here = at;
        at += line.len();
        if line.trim_end() == "[[event]]" {
            headers += 1;
            if here - start >= PART_SIZE {
                parts.push(start..here);
                start = here;
            }
        }
    }
    parts.push(start..text.len());
    (parts, headers)
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

/// The parts read so far: those joined in file order, and those read ahead of a part
/// still being read.
struct Joint {
    /// The parts before `next`, joined.
    whole: Part,
    /// The part to join next.
    next: usize,
    /// Parts read before the one to join next, by number.
    waiting: BTreeMap<usize, Part>,
}

impl Joint {
    /// Takes part `at`, and joins it and the parts waiting after it as soon as each is
    /// next. False when a part has `[timeline]` after another did.
    fn take(&mut self, at: usize, part: Part) -> bool {
        self.waiting.insert(at, part);
        while let Some(part) = self.waiting.remove(&self.next) {
            if part.has_timeline && self.whole.has_timeline {
                return false;
            }
            self.whole.join(part);
            self.next += 1;
        }
        true
    }
}

/// Parses and reads one part, or `None` when it must be read as part of the whole text.
fn read(text: &ArcStr, range: &Range<usize>) -> Option<Part> {
    let chunk = &text[range.clone()];
    let root = super::syntax::parses(chunk)?;
    headers_only(chunk, root.get_ref()).then(|| read_part(root.get_ref(), text, range.start))
}

/// Parses the text in parts, or returns `None` when it must be parsed whole.
pub fn parse(text: &ArcStr) -> Option<Result<Timeline, Problems>> {
    if text.len() < MIN_PARALLEL {
        return None;
    }
    let (ranges, headers) = cuts(text);
    if ranges.len() < 2 {
        return None;
    }
    // Each of rayon's threads takes the next part in file order, parses and reads it, and
    // drops its syntax tree, so only as many trees exist at a time as there are threads.
    // Each part is joined as soon as the parts before it are: its memory is then free for
    // the parts that follow, where joining at the end held every part and the whole at
    // once. The first part that fails stops the rest from starting.
    let joint = Mutex::new(Joint {
        whole: Part::with_room(headers),
        next: 0,
        waiting: BTreeMap::new(),
    });
    let claimed = AtomicUsize::new(0);
    let doubt = AtomicBool::new(false);
    rayon::scope(|scope| {
        for _ in 0..rayon::current_num_threads() {
            scope.spawn(|_| {
                while !doubt.load(Ordering::Relaxed) {
                    let at = claimed.fetch_add(1, Ordering::Relaxed);
                    let Some(range) = ranges.get(at) else {
                        break;
                    };
                    let joined = read(text, range).is_some_and(|part| {
                        let mut joint = joint.lock().unwrap_or_else(PoisonError::into_inner);
                        joint.take(at, part)
                    });
                    if !joined {
                        doubt.store(true, Ordering::Relaxed);
                    }
                }
            });
        }
    });
    let joint = joint.into_inner().unwrap_or_else(PoisonError::into_inner);
    if doubt.into_inner() || joint.next < ranges.len() {
        return None;
    }
    Some(finish(joint.whole))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Problem;

    /// A part marked by the offset of its one problem.
    fn part(at: usize, has_timeline: bool) -> Part {
        Part {
            has_timeline,
            problems: vec![(at, Problem::NoEvents)],
            ..Part::default()
        }
    }

    fn joint() -> Joint {
        Joint {
            whole: Part::default(),
            next: 0,
            waiting: BTreeMap::new(),
        }
    }

    #[test]
    fn parts_read_out_of_order_are_joined_in_file_order() {
        let mut joint = joint();
        assert!(joint.take(2, part(2, false)));
        assert!(joint.take(1, part(1, false)));
        assert_eq!((joint.next, joint.waiting.len()), (0, 2), "none joined yet");
        assert!(joint.take(0, part(0, true)));
        assert!(joint.take(3, part(3, false)));
        assert_eq!((joint.next, joint.waiting.len()), (4, 0));
        let order: Vec<usize> = joint.whole.problems.iter().map(|(at, _)| *at).collect();
        assert_eq!(order, [0, 1, 2, 3]);
        assert!(joint.whole.has_timeline);
    }

    #[test]
    fn a_second_timeline_table_is_refused_whichever_part_is_read_first() {
        let mut joint = joint();
        assert!(joint.take(1, part(1, true)));
        assert!(!joint.take(0, part(0, true)));
    }
}
