//! An event's optional one-line facts (where it happened, …): one table of them, which the
//! loader, the search, the detail view and every export read, so a new fact is one more
//! entry here and its label in each language.

use strum::VariantArray;

use super::fields::{Fields, Key};
use super::kind::variants;

/// An optional one-line fact about an event, named in the file by its [`key`](Self::key).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::EnumCount,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case", const_into_str)]
pub enum Fact {
    /// Where it happened.
    Place,
}

impl Fact {
    /// Every fact, in display order.
    pub const ALL: [Self; <Self as strum::EnumCount>::COUNT] = variants(Self::VARIANTS);

    /// The key that names the fact in the file, in JSON and as a CSV column.
    #[must_use]
    pub const fn key(self) -> &'static str {
        self.into_str()
    }

    /// The fact a key names, if it names one.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }
}

/// A table's keys: `base`, then the key of every fact.
///
/// # Panics
/// When `M` is not `N + Fact::ALL.len()`; called in a constant, that fails the build.
#[must_use]
pub const fn with_fact_keys<const N: usize, const M: usize>(
    base: [&'static str; N],
) -> [&'static str; M] {
    assert!(
        M == N + Fact::ALL.len(),
        "M counts the base keys and the facts"
    );
    let mut keys = [""; M];
    let mut i = 0;
    while i < M {
        keys[i] = if i < N {
            base[i]
        } else {
            Fact::ALL[i - N].key()
        };
        i += 1;
    }
    keys
}

/// The facts an event (or its translation) gives, each at most once.
pub type Facts = Fields<Fact, { Fact::ALL.len() }>;

impl Key for Fact {
    const ALL: &'static [Self] = &Fact::ALL;

    fn key(self) -> &'static str {
        Fact::key(self)
    }

    fn slot(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_sits_in_its_own_slot_and_is_named_by_its_key() {
        for (n, f) in Fact::ALL.into_iter().enumerate() {
            assert_eq!(f.slot(), n);
            assert_eq!(Fact::from_key(f.key()), Some(f));
        }
        assert_eq!(Fact::ALL.map(Fact::key), ["place"]);
        for wrong in ["title", "Place", " place", ""] {
            assert_eq!(Fact::from_key(wrong), None, "{wrong:?}");
        }
    }
}
