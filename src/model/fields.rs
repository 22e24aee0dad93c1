//! One table of optional one-line text fields named by a closed list of keys: an event's
//! facts ([`Facts`](super::Facts), keyed by [`Fact`](super::Fact)) and its legal block
//! ([`Legal`](super::Legal), keyed by [`LegalField`](super::LegalField)) are the same
//! shape, so they share one type: a value slot per key, read and filled by key, listed and
//! written to JSON in the keys' order.

use std::marker::PhantomData;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::Text;

/// A closed list of keys naming the fields of a table, each with its slot.
pub trait Key: Copy + 'static {
    /// Every key, in display order; a key's slot is its place here.
    const ALL: &'static [Self];
    /// The key as the file and the JSON write it.
    fn key(self) -> &'static str;
    /// Its place in [`Key::ALL`].
    fn slot(self) -> usize;
}

/// The fields of one table: at most one value under each key of `K` (`N` is how many keys
/// `K` has, which the type aliases fix).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields<K, const N: usize>([Option<Text>; N], PhantomData<K>);

impl<K, const N: usize> Default for Fields<K, N> {
    fn default() -> Self {
        Self(std::array::from_fn(|_| None), PhantomData)
    }
}

impl<K: Key, const N: usize> Fields<K, N> {
    /// The value under one key.
    #[must_use]
    pub fn get(&self, key: K) -> Option<&str> {
        self.0[key.slot()].as_deref()
    }

    /// The value slot of one key, for the loader.
    pub fn slot(&mut self, key: K) -> &mut Option<Text> {
        &mut self.0[key.slot()]
    }

    /// The fields given, with their values, in the keys' order.
    pub fn given(&self) -> impl Iterator<Item = (K, &str)> {
        K::ALL.iter().filter_map(|&k| self.get(k).map(|v| (k, v)))
    }
}

/// Each field given, under its key, in the keys' order.
impl<K: Key, const N: usize> Serialize for Fields<K, N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, value) in self.given() {
            map.serialize_entry(key.key(), value)?;
        }
        map.end()
    }
}
