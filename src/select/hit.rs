//! A search hit (where an event's first match starts, and the bytes after it) and the one
//! step that narrows a query's hits to those of a longer query, usually by one compare of
//! the remembered bytes instead of reading the event's text again.

use crate::model::EventIx;

/// How many bytes after a match a [`Hit`] remembers.
const AHEAD: usize = 8;

/// An event that matched: where its first match starts in its folded text, and the bytes
/// that follow the match, so that a query one or a few characters longer can usually be
/// checked without reading the event's text again (on a large timeline, those reads are
/// cache misses, and they dominate a keystroke). 24 bytes, so that 70,000 of them are
/// read and written in place quickly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The event's index in the timeline (one below 2³²: a file is at most 128 MiB).
    index: u32,
    at: u32,
    len: u32,
    /// How many of `next`'s bytes the text has (fewer only at its very end).
    known: u32,
    /// The bytes after the match, the first in the lowest byte.
    next: u64,
}

impl Hit {
    /// A candidate for a fresh search: nothing is known of it yet.
    pub(super) fn fresh(index: usize) -> Option<Self> {
        Some(Self {
            index: u32::try_from(index).ok()?,
            at: 0,
            len: 0,
            known: 0,
            next: 0,
        })
    }

    /// The event's index in the timeline.
    #[must_use]
    pub fn index(&self) -> EventIx {
        EventIx::new(self.index as usize)
    }

    /// The length of the query it is a hit of (0 for a fresh candidate).
    pub(super) fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether this hit, found by narrowing, says what `fresh`, found by a fresh search,
    /// says: the same event and match, and of the bytes after it the first few (a narrowed
    /// hit remembers fewer, having used some to extend).
    #[cfg(test)]
    pub(super) fn agrees_with(&self, fresh: &Self) -> bool {
        let mask = u64::MAX
            .checked_shl(8 * self.known)
            .map_or(u64::MAX, |m| !m);
        (self.index, self.at, self.len) == (fresh.index, fresh.at, fresh.len)
            && self.known <= fresh.known
            && self.next == fresh.next & mask
    }

    /// The hit for a match of `len` bytes at `at` in `hay`.
    fn found(self, hay: &[u8], at: usize, len: usize) -> Option<Self> {
        let after = hay.get(at + len..).unwrap_or_default();
        let known = after.len().min(AHEAD);
        let mut next = [0; AHEAD];
        next[..known].copy_from_slice(&after[..known]);
        Some(Self {
            at: u32::try_from(at).ok()?,
            len: u32::try_from(len).ok()?,
            known: u32::try_from(known).ok()?,
            next: u64::from_le_bytes(next),
            ..self
        })
    }
}

/// A folded query, and what checks a candidate for it: for the hits of the shorter query
/// it extends by at most [`AHEAD`] bytes, the bytes it adds as one word to compare with
/// the remembered ones; for any other candidate, the finder that reads the event's text.
pub(super) struct Narrowing<'q> {
    needle: &'q [u8],
    finder: memchr::memmem::Finder<'q>,
    /// The length of the shorter query whose hits can be extended without reading
    /// (`u32::MAX`, longer than any query, when none can).
    from: u32,
    /// How many bytes the query adds to it.
    added: u32,
    /// The added bytes, the first in the lowest byte, and a mask of as many bytes.
    more: u64,
    mask: u64,
}

impl<'q> Narrowing<'q> {
    /// Narrowing to `needle` candidates that matched its first `from` bytes (none when
    /// `from` is 0: a fresh search).
    pub(super) fn new(needle: &'q [u8], from: usize) -> Self {
        let added = needle
            .get(from..)
            .filter(|more| from > 0 && more.len() <= AHEAD);
        let (mut more, mut mask) = ([0; AHEAD], [0; AHEAD]);
        if let Some(added) = added {
            more[..added.len()].copy_from_slice(added);
            mask[..added.len()].fill(0xff);
        }
        Self {
            needle,
            finder: memchr::memmem::Finder::new(needle),
            from: added
                .and_then(|_| u32::try_from(from).ok())
                .unwrap_or(u32::MAX),
            added: added.map_or(0, |a| u32::try_from(a.len()).unwrap_or(u32::MAX)),
            more: u64::from_le_bytes(more),
            mask: u64::from_le_bytes(mask),
        }
    }

    /// Extends a hit of the shorter query to this one, when its remembered bytes say it
    /// is one; false when they cannot tell (the text must then be read).
    #[inline]
    pub(super) fn extend(&self, h: &mut Hit) -> bool {
        let extends =
            self.from == h.len && h.known >= self.added && h.next & self.mask == self.more;
        if extends {
            h.len += self.added;
            h.known -= self.added;
            h.next = h.next.checked_shr(8 * self.added).unwrap_or(0);
        }
        extends
    }

    /// The candidate's first match in its text `hay`: at or after the shorter query's
    /// match, since a longer query can only match where the shorter one did, or later.
    pub(super) fn find_in(&self, h: Hit, hay: &[u8]) -> Option<Hit> {
        let from = h.at as usize;
        let at = if hay
            .get(from..)
            .is_some_and(|rest| rest.starts_with(self.needle))
        {
            from
        } else {
            let skip = from + usize::from(h.len > 0);
            skip + self.finder.find(hay.get(skip..)?)?
        };
        h.found(hay, at, self.needle.len())
    }

    /// Keeps, at the front of `hits` and in order, the candidates that contain the query,
    /// each as its hit for it; returns how many. `hay` gives an event's text.
    pub(super) fn keep<'h>(&self, hits: &mut [Hit], hay: impl Fn(EventIx) -> &'h [u8]) -> usize {
        let mut kept = 0;
        for i in 0..hits.len() {
            let mut h = hits[i];
            if self.extend(&mut h) {
                hits[kept] = h;
                kept += 1;
            } else if let Some(hit) = self.find_in(h, hay(h.index())) {
                hits[kept] = hit;
                kept += 1;
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hit_extends_from_its_remembered_bytes_or_not_at_all() {
        let hay = b"the court of appeal";
        let cour = Narrowing::new(b"cour", 0).find_in(Hit::fresh(0).expect("small"), hay);
        let cour = cour.expect("a hit");
        assert_eq!((cour.at, cour.len), (4, 4));
        let extended = |query: &[u8], from| {
            let mut h = cour;
            Narrowing::new(query, from).extend(&mut h).then_some(h)
        };
        assert_eq!(extended(b"court", 4).map(|h| (h.at, h.len)), Some((4, 5)));
        assert!(extended(b"courx", 4).is_none());
        assert!(
            extended(b"court of appeal", 4).is_none(),
            "more than it remembers"
        );
        let whole = extended(b"court of", 4);
        assert_eq!(
            whole.map(|h| (h.len, h.known)),
            Some((8, 4)),
            "all it remembers"
        );
        assert!(extended(b"court", 5).is_none(), "another length");
    }

    #[test]
    fn a_hit_at_the_end_of_its_text_knows_fewer_bytes() {
        let end = Narrowing::new(b"peal", 0).find_in(Hit::fresh(0).expect("small"), b"appeal");
        let end = end.expect("a hit");
        assert_eq!((end.at, end.known, end.next), (2, 0, 0));
        let mut past = end;
        assert!(
            !Narrowing::new(b"peal\0", 4).extend(&mut past),
            "past the end"
        );
    }

    #[test]
    fn a_longer_query_may_match_inside_the_shorter_ones_match() {
        let hay = b"aaab";
        let aa = Narrowing::new(b"aa", 0).find_in(Hit::fresh(0).expect("small"), hay);
        let aa = aa.expect("a hit");
        assert_eq!(aa.at, 0);
        let aab = Narrowing::new(b"aab", 2);
        let mut tried = aa;
        assert!(!aab.extend(&mut tried), "not at the same place");
        assert_eq!(aab.find_in(aa, hay).map(|h| h.at), Some(1));
    }
}
