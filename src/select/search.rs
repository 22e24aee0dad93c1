//! The search index: the folded text of every event in the cores' buffers, scanned with a
//! vectorised substring search, and the hits a longer query can be checked against.

use std::collections::HashMap;

use super::hit::{Hit, Narrowing};
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
            legal.given().for_each(|(_, v)| f(v));
        }
    }
    e.disputed.as_deref().map(&mut f);
    e.tags.iter().for_each(|t| f(t));
    if let Some(legal) = e.legal.as_deref() {
        legal.given().for_each(|(_, v)| f(v));
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
    match slice_size(items.len()) {
        Some(size) => spawn_each(items.chunks(size), &work),
        None => vec![work(items)],
    }
}

/// As [`on_cores`], over slices that the work may change.
fn on_cores_mut<T: Send, R: Send>(items: &mut [T], work: impl Fn(&mut [T]) -> R + Sync) -> Vec<R> {
    match slice_size(items.len()) {
        Some(size) => spawn_each(items.chunks_mut(size), &work),
        None => vec![work(items)],
    }
}

/// How many items each of rayon's threads takes, or `None` when the work stays on one.
fn slice_size(len: usize) -> Option<usize> {
    let workers = rayon::current_num_threads();
    (len >= PARALLEL_FROM && workers >= 2).then(|| len.div_ceil(workers))
}

/// Runs `work` on each slice as its own job in a scope, and returns the results in order.
fn spawn_each<S: Send, R: Send>(
    slices: impl ExactSizeIterator<Item = S> + Send,
    work: &(impl Fn(S) -> R + Sync),
) -> Vec<R> {
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(slices.len()).collect();
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

    /// Narrows `hits` to the events among them (in order) whose text contains the folded
    /// query, each with its hit for it, in place. The hits are those of an earlier query
    /// that `folded` extends, or [`SearchIndex::everything`]: a longer query can only match
    /// where the shorter one did, or later.
    pub fn narrow(&self, folded: &str, hits: &mut Vec<Hit>) {
        let from = hits.first().map_or(0, Hit::len);
        let step = Narrowing::new(folded.as_bytes(), from);
        let parts = on_cores_mut(hits, |part| (part.len(), step.keep(part, |i| self.hay(i))));
        // Each core kept its hits at the front of its part: close the gaps between them.
        let (mut filled, mut start) = (0, 0);
        for (len, kept) in parts {
            hits.copy_within(start..start + kept, filled);
            filled += kept;
            start += len;
        }
        hits.truncate(filled);
    }

    /// Every event, as candidates for a fresh search.
    #[must_use]
    pub fn everything(&self) -> Vec<Hit> {
        (0..self.starts.len().saturating_sub(1))
            .filter_map(Hit::fresh)
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
                index.narrow(q, &mut hits);
                let got: Vec<EventIx> = hits.iter().map(Hit::index).collect();
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

    /// A timeline large enough for a search to run on every core.
    static LARGE: std::sync::LazyLock<(Timeline, SearchIndex)> =
        std::sync::LazyLock::new(|| indexed(PARALLEL_FROM + 800));

    /// A fresh search for `q`: every event a candidate.
    fn fresh(index: &SearchIndex, q: &str) -> Vec<Hit> {
        let mut hits = index.everything();
        index.narrow(q, &mut hits);
        hits
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

        /// Typing a query a few characters at a time (some pasted, so longer than a hit
        /// remembers), narrowing the last hits each time, gives the hits a fresh search
        /// gives: the same events and matches, and the bytes after them.
        #[test]
        fn narrowing_gives_the_hits_of_a_fresh_search(
            event in 0..PARALLEL_FROM + 800,
            start in 0usize..400,
            steps in proptest::collection::vec(1usize..12, 1..5),
        ) {
            let (t, index) = &*LARGE;
            let sources = Sources::new(t);
            let text = haystack(&sources, &t.events[event]);
            // A stretch of one event's folded text, typed in steps, so that it keeps matching.
            let from = text.char_indices().map(|(i, _)| i).nth(start % text.chars().count().max(1));
            let rest = &text[from.unwrap_or(0)..];
            let mut hits = index.everything();
            let mut typed = 0;
            for step in steps {
                let Some((end, _)) = rest[typed..].char_indices().nth(step) else { break };
                typed += end;
                let q = &rest[..typed];
                index.narrow(q, &mut hits);
                let fresh = fresh(index, q);
                let wrong = hits.iter().zip(&fresh).find(|(n, f)| !n.agrees_with(f));
                proptest::prop_assert_eq!(wrong, None, "query {:?}", q);
                proptest::prop_assert_eq!(hits.len(), fresh.len(), "query {:?}", q);
            }
        }
    }
}
