//! The values a selection may name, and the closest ones to a value it does not know: one
//! check for every facet (`--kind`, `--tag`, `--case`), so that a typo is refused the same
//! way whichever option it is in, with the closest values by the one rule
//! ([`crate::text::closest`]). A new facet is a variant of [`Facet`], worded in each
//! language, with its arm in [`known`]; `--source`, which also takes a word of a publisher
//! or a title, is worded as a facet and ranks its ids and publishers by the same rule.

use std::collections::BTreeSet;

use crate::model::{Kind, Timeline};
use crate::words::Facet;

/// The values a timeline offers for a facet: every kind, in their order (a kind no event
/// has is still a kind), the tags or case keys its events hold, sorted, or its sources' ids
/// in file order.
#[must_use]
pub fn known(t: &Timeline, facet: Facet) -> Vec<&str> {
    match facet {
        Facet::Kind => Kind::ALL.iter().map(|k| k.as_str()).collect(),
        Facet::Tag => sorted(t.events.iter().flat_map(|e| e.tags.iter().map(|t| &**t))),
        Facet::Case => sorted(t.events.iter().filter_map(|e| e.case.as_deref())),
        Facet::Source => t.sources.iter().map(|s| s.id.as_str()).collect(),
    }
}

/// A value a facet does not know: the known values closest to it, best first, and all of
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown<'t> {
    /// At most three known values close to it, best first; none when nothing is close.
    pub closest: Vec<&'t str>,
    /// Every known value, as [`known`] lists them.
    pub known: Vec<&'t str>,
}

/// Whether a timeline knows `value` for a facet: `None` when it does, else what it knows.
#[must_use]
pub fn unknown<'t>(t: &'t Timeline, facet: Facet, value: &str) -> Option<Unknown<'t>> {
    let known = known(t, facet);
    (!known.contains(&value)).then(|| Unknown {
        closest: crate::text::closest(value, known.iter().copied(), 3),
        known,
    })
}

fn sorted<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    values.collect::<BTreeSet<_>>().into_iter().collect()
}
