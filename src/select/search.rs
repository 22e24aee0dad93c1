//! The search index: the folded text of every event in the cores' buffers, scanned with a
//! vectorised substring search, and the hits a longer query can be checked against.

use std::collections::HashMap;

use crate::fold::fold;
use crate::model::{Event, EventIx, Lang, Source, Timeline};

/// Calls `f` with every searchable field of an event, in every language it is written in
/// (whichever the reader uses, every edition matches), then with those of the sources it
/// quotes: last, so that a match found first in a source is found in a source only.
fn each_field<'e>(t: &Sources<'e>, e: &'e Event, mut f: impl FnMut(&'e str)) {
    each_own_field(e, &mut f);
    for s in t.quoted(e) {
        each_source_field(s, &mut f);
    }
}

/// A timeline's sources by id, to find the ones an event quotes at once.
#[derive(Debug)]
pub struct Sources<'t>(HashMap<&'t str, &'t Source>);

impl<'t> Sources<'t> {
    /// The sources of a timeline.
    #[must_use]
    pub fn new(t: &'t Timeline) -> Self {
        Self(t.sources.iter().map(|s| (s.id.as_str(), s)).collect())
    }

    /// The sources an event quotes, each once, in the order its excerpts first quote them.
    pub fn quoted<'a>(&'a self, e: &'t Event) -> impl Iterator<Item = &'t Source> + 'a {
        e.excerpts
            .iter()
            .enumerate()
            .filter(|(k, x)| !e.excerpts[..*k].iter().any(|y| y.source == x.source))
            .filter_map(|(_, x)| self.0.get(x.source.as_str()).copied())
    }
}

/// Calls `f` with a source's publisher, author, title and address, in every edition.
pub fn each_source_field<'s>(s: &'s Source, mut f: impl FnMut(&'s str)) {
    s.publisher.original().as_deref().map(&mut f);
    s.author.original().as_deref().map(&mut f);
    f(s.title.original());
    for (_, p) in s.publisher.translations() {
        p.as_deref().map(&mut f);
    }
    for (_, a) in s.author.translations() {
        a.as_deref().map(&mut f);
    }
    s.title.translations().for_each(|(_, t)| f(t));
    s.url.as_deref().map(&mut f);
}

/// The source where a folded query matches an event, when it matches nowhere in the event's
/// own text (its first match is in that source).
#[must_use]
pub fn matched_source<'e>(t: &Sources<'e>, e: &'e Event, folded: &str) -> Option<&'e Source> {
    if folded.is_empty() {
        return None;
    }
    let mut own = false;
    each_own_field(e, |v| own = own || fold(v).contains(folded));
    if own {
        return None;
    }
    t.quoted(e).find(|s| {
        let mut hit = false;
        each_source_field(s, |v| hit = hit || fold(v).contains(folded));
        hit
    })
}

/// Calls `f` with the searchable fields of the event itself.
fn each_own_field<'e>(e: &'e Event, mut f: impl FnMut(&'e str)) {
    f(&e.title);
    f(&e.summary);
    e.facts.given().for_each(|(_, v)| f(v));
    for lang in Lang::translations().filter(|l| e.translated(*l)) {
        f(e.title.in_lang(lang));
        f(e.summary.in_lang(lang));
        if let Some(facts) = e.facts.translation(lang) {
            facts.given().for_each(|(_, v)| f(v));
        }
        e.disputed
            .translation(lang)
            .and_then(Option::as_deref)
            .map(&mut f);
        if let Some(legal) = e.legal.as_deref().and_then(|l| l.translation(lang)) {
            legal.fields().into_iter().for_each(|(_, v)| f(v));
        }
    }
    e.disputed.as_deref().map(&mut f);
    e.tags.iter().for_each(|t| f(t));
    if let Some(legal) = e.legal.as_deref() {
        legal.fields().into_iter().for_each(|(_, v)| f(v));
    }
    e.excerpts.iter().for_each(|x| f(&x.text));
}

/// Every searchable field of an event, folded, one per line.
#[must_use]
pub fn haystack(t: &Sources, e: &Event) -> String {
    let mut out = String::with_capacity(raw_len(t, e));
    each_field(t, e, |s| {
        out.push_str(&fold(s));
        out.push('\n');
    });
    out
}

/// The bytes of the text [`haystack`] folds, with a separator each: about its length.
fn raw_len(t: &Sources, e: &Event) -> usize {
    let mut n = 1;
    each_field(t, e, |s| n += s.len() + 1);
    n
}

/// The folded text of every event, built once into one buffer, so each keystroke only scans
/// memory, in order, with a vectorised substring search, on every core.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    /// The folded text of each run of events, in event order, as the cores built them:
    /// joining them into one buffer would hold the text twice for a moment.
    parts: Vec<String>,
    /// Where each event's text starts, counting across the parts as if they were one;
    /// one more entry marks the end.
    starts: Vec<usize>,
    /// Where each part starts, counting the same way.
    bounds: Vec<usize>,
}

/// How many bytes after a match a [`Hit`] remembers.
const AHEAD: usize = 8;

/// An event that matched: where its first match starts in its folded text, and the bytes
/// that follow the match, so that a query one or a few characters longer can usually be
/// checked without reading the event's text again (on a large timeline, those reads are
/// cache misses, and they dominate a keystroke).
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// The event's index in the timeline.
    pub index: EventIx,
    at: u32,
    len: u32,
    next: [u8; AHEAD],
    known: u8,
}

impl Hit {
    /// A candidate for a fresh search: nothing is known of it yet.
    fn fresh(index: usize) -> Self {
        Self {
            index: EventIx::new(index),
            at: 0,
            len: 0,
            next: [0; AHEAD],
            known: 0,
        }
    }

    /// The hit for a match of `len` bytes at `at` in `hay`.
    fn found(index: EventIx, hay: &[u8], at: usize, len: usize) -> Option<Self> {
        let after = hay.get(at + len..).unwrap_or_default();
        let known = after.len().min(AHEAD);
        let mut next = [0; AHEAD];
        next[..known].copy_from_slice(&after[..known]);
        Some(Self {
            index,
            at: u32::try_from(at).ok()?,
            len: u32::try_from(len).ok()?,
            next,
            known: u8::try_from(known).ok()?,
        })
    }

    /// The same match, `more` bytes longer, when the remembered bytes say so.
    fn extended(self, more: &[u8]) -> Option<Self> {
        let k = more.len();
        // One more character (the usual keystroke) compared without a call to `memcmp`.
        let same = match more {
            [b] => k <= usize::from(self.known) && self.next[0] == *b,
            _ => k <= usize::from(self.known) && self.next[..k] == *more,
        };
        if !same {
            return None;
        }
        // The remembered bytes shifted down by `k`, in a register rather than by `memcpy`.
        let rest = u64::from_le_bytes(self.next)
            .checked_shr(u32::try_from(8 * k).ok()?)
            .unwrap_or(0);
        let next = rest.to_le_bytes();
        Some(Self {
            len: self.len + u32::try_from(k).ok()?,
            next,
            known: self.known - u8::try_from(k).ok()?,
            ..self
        })
    }
}

/// Below this many items, work runs on one thread.
const PARALLEL_FROM: usize = 8_192;

/// Runs `work` over consecutive slices of `items`, one per thread of rayon's pool (or one
/// slice in all when there are few items), and returns the results in order.
///
/// Each slice is its own job spawned in a scope: the pool's sleeping threads are woken for
/// them at once. With `par_chunks` the second slice is only split off by the thread that
/// took the first, and was often still waiting when that thread finished its own: a search
/// keystroke's scan took 18% longer on average than on two fresh threads (BENCHMARKS.md).
fn on_cores<T: Sync, R: Send>(items: &[T], work: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    let workers = rayon::current_num_threads();
    if items.len() < PARALLEL_FROM || workers < 2 {
        return vec![work(items)];
    }
    let slices = items.chunks(items.len().div_ceil(workers));
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(slices.len()).collect();
    let work = &work;
    rayon::scope(|scope| {
        for (slice, out) in slices.zip(&mut results) {
            scope.spawn(move |_| *out = Some(work(slice)));
        }
    });
    results.into_iter().flatten().collect()
}

impl SearchIndex {
    /// Folds every event of a timeline.
    #[must_use]
    pub fn new(timeline: &Timeline) -> Self {
        let t = &Sources::new(timeline);
        let fold_part = |events: &[Event]| -> (String, Vec<usize>) {
            // Room for about what folding gives, so the buffer is not grown by doubling,
            // which would hold the old and the new buffer at once.
            let mut text = String::with_capacity(events.iter().map(|e| raw_len(t, e)).sum());
            let mut starts = Vec::with_capacity(events.len());
            for e in events {
                starts.push(text.len());
                text.push_str(&haystack(t, e));
                text.push('\0');
            }
            text.shrink_to_fit();
            (text, starts)
        };
        let built = on_cores(&timeline.events, fold_part);
        let mut index = Self {
            parts: Vec::with_capacity(built.len()),
            starts: Vec::with_capacity(timeline.events.len() + 1),
            bounds: Vec::with_capacity(built.len()),
        };
        let mut at = 0;
        for (part, offsets) in built {
            index.bounds.push(at);
            index.starts.extend(offsets.into_iter().map(|o| o + at));
            at += part.len();
            index.parts.push(part);
        }
        index.starts.push(at);
        index
    }

    fn hay(&self, i: EventIx) -> &[u8] {
        let (start, end) = (self.starts[i.get()], self.starts[i.get() + 1]);
        let part = self
            .bounds
            .partition_point(|&b| b <= start)
            .saturating_sub(1);
        let base = self.bounds.get(part).copied().unwrap_or_default();
        self.parts
            .get(part)
            .and_then(|p| p.as_bytes().get(start - base..end - base))
            .unwrap_or_default()
    }

    /// The events, among `candidates` (in order), whose text contains the folded query. The
    /// candidates are the hits of an earlier query that `folded` extends, or
    /// [`SearchIndex::everything`]: a longer query can only match where the shorter one did,
    /// or later.
    #[must_use]
    pub fn find(&self, folded: &str, candidates: &[Hit]) -> Vec<Hit> {
        let finder = memchr::memmem::Finder::new(folded.as_bytes());
        let needle = folded.as_bytes();
        let scan = |part: &[Hit]| -> Vec<Hit> {
            // Room for every candidate, so the list is never grown (and copied) on the way.
            let mut out = Vec::with_capacity(part.len());
            out.extend(part.iter().filter_map(|&h| {
                if let Some(more) = needle.get(h.len as usize..).filter(|_| h.len > 0)
                    && let Some(hit) = h.extended(more)
                {
                    return Some(hit);
                }
                let hay = self.hay(h.index);
                let from = h.at as usize;
                let at = if hay.get(from..).is_some_and(|rest| rest.starts_with(needle)) {
                    from
                } else {
                    let skip = from + usize::from(h.len > 0);
                    skip + finder.find(hay.get(skip..)?)?
                };
                Hit::found(h.index, hay, at, needle.len())
            }));
            out
        };
        let mut parts = on_cores(candidates, scan);
        if parts.len() == 1 {
            return parts.pop().unwrap_or_default();
        }
        let mut hits = Vec::with_capacity(parts.iter().map(Vec::len).sum());
        for p in parts {
            hits.extend(p);
        }
        hits
    }

    /// Every event, as candidates for a fresh search.
    #[must_use]
    pub fn everything(&self) -> Vec<Hit> {
        (0..self.starts.len().saturating_sub(1))
            .map(Hit::fresh)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folded texts of a small timeline of generated events.
    fn indexed(n: usize) -> (Timeline, SearchIndex) {
        let t = crate::load::parse("t.toml", &crate::synth::timeline(n, 3)).expect("valid");
        let index = SearchIndex::new(&t);
        (t, index)
    }

    #[test]
    fn narrowing_a_query_finds_exactly_what_a_fresh_search_finds() {
        let (t, index) = indexed(300);
        let sources = Sources::new(&t);
        let naive = |q: &str| -> Vec<EventIx> {
            t.indices()
                .filter(|&i| haystack(&sources, &t.events[i]).contains(q))
                .collect()
        };
        for word in [
            "syktyvkar",
            "court of",
            "the prison",
            "zz",
            "сыктывкар",
            "a",
        ] {
            let mut hits = index.everything();
            for end in word.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let q = &word[..end];
                hits = index.find(q, &hits);
                let got: Vec<EventIx> = hits.iter().map(|h| h.index).collect();
                assert_eq!(got, naive(q), "query {q:?}");
            }
        }
    }

    #[test]
    fn work_on_the_cores_comes_back_whole_and_in_order() {
        let items: Vec<usize> = (0..3 * PARALLEL_FROM + 5).collect();
        let parts = on_cores(&items, <[usize]>::to_vec);
        if rayon::current_num_threads() > 1 {
            assert!(parts.len() > 1, "split over the pool");
        }
        assert_eq!(parts.concat(), items);
    }

    #[test]
    fn a_hit_extends_from_its_remembered_bytes_or_not_at_all() {
        let hay = b"the court of appeal";
        let hit = Hit::found(EventIx::new(0), hay, 4, 4).expect("a hit");
        assert_eq!(hit.extended(b"t").map(|h| (h.at, h.len)), Some((4, 5)));
        assert!(hit.extended(b"x").is_none());
        assert!(
            hit.extended(b"t of appeal").is_none(),
            "more than it remembers"
        );
    }
}
