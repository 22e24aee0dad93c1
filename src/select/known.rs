//! The values a selection may name, and the closest ones to a value it does not know: one
//! check for every facet (`--kind`, `--tag`, `--case`), so that a typo is refused the same
//! way whichever option it is in. A new facet (such as `--source`) is a variant of
//! [`Facet`], worded in each language, with its arm in [`known`].

use std::collections::BTreeSet;

use crate::model::{Kind, Timeline};
use crate::words::Facet;

/// The values a timeline offers for a facet: every kind, in their order (a kind no event
/// has is still a kind), or the tags or case keys its events hold, sorted.
#[must_use]
pub fn known(t: &Timeline, facet: Facet) -> Vec<&str> {
    match facet {
        Facet::Kind => Kind::ALL.iter().map(|k| k.as_str()).collect(),
        Facet::Tag => sorted(t.events.iter().flat_map(|e| e.tags.iter().map(|t| &**t))),
        Facet::Case => sorted(t.events.iter().filter_map(|e| e.case.as_deref())),
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
        closest: closest(value, &known, 3),
        known,
    })
}

/// The values of `known` closest to `word`, best first, at most `most`: those alike by
/// Jaro-Winkler, within two edits, or holding it whole (`terrorism` names
/// `justifying-terrorism-2023`). Ties keep the order of `known`.
#[must_use]
pub fn closest<'a>(word: &str, known: &[&'a str], most: usize) -> Vec<&'a str> {
    let folded = word.to_lowercase();
    let mut scored: Vec<(f64, &str)> = known
        .iter()
        .map(|k| (strsim::jaro_winkler(&folded, k), *k))
        .filter(|(score, k)| {
            *score >= 0.8
                || (folded.chars().count() > 3
                    && (strsim::levenshtein(&folded, k) <= 2 || k.contains(folded.as_str())))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(most).map(|(_, k)| k).collect()
}

fn sorted<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    values.collect::<BTreeSet<_>>().into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_values_come_best_first_and_far_ones_not_at_all() {
        let known = ["interviews", "prison-writings", "justifying-terrorism-2023"];
        assert_eq!(closest("interview", &known, 3), ["interviews"]);
        assert_eq!(closest("prison-writing", &known, 3), ["prison-writings"]);
        assert_eq!(
            closest("terrorism", &known, 3),
            ["justifying-terrorism-2023"]
        );
        assert!(closest("zzzzzz", &known, 3).is_empty());
    }
}
