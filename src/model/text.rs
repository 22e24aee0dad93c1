//! `Text`: the model's string type, a slice of the file's text where it can be one.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use arcstr::{ArcStr, Substr};
use serde::Serialize;

/// An immutable string that is usually a slice of the loaded file, sharing its buffer: a
/// hundred thousand events then cost no copy of their words and no allocation per field.
/// A value that is not in the file as written (an escaped or CRLF string, or one built in
/// code) owns its own buffer. It reads as a `str` everywhere.
#[derive(Clone, Default)]
pub struct Text(Substr);

impl Text {
    /// The text as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `s` as a slice of `buffer` when it lies inside it, or as a copy when it does not
    /// (or when the buffer is too large for a slice's 32-bit offsets).
    #[must_use]
    pub fn within(buffer: &ArcStr, s: &str) -> Self {
        if u32::try_from(buffer.len()).is_err() {
            return Self::from(s);
        }
        buffer
            .try_substr_from(s)
            .map_or_else(|| Self::from(s), Self)
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Self(Substr::from(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Self(Substr::from(s))
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Self::from(s.as_str())
    }
}

impl From<Text> for String {
    fn from(t: Text) -> Self {
        t.as_str().to_owned()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

/// Hashes as the `str` it reads as, which `Borrow<str>` requires.
impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_of_the_buffer_shares_it_and_anything_else_is_copied() {
        let buffer = ArcStr::from("title = \"Arrest\"");
        let inside = Text::within(&buffer, &buffer[9..15]);
        assert_eq!(inside, "Arrest");
        assert!(std::ptr::eq(inside.as_ptr(), buffer[9..].as_ptr()));
        let outside = Text::within(&buffer, "Arrest");
        assert_eq!(outside, "Arrest");
        assert!(!std::ptr::eq(outside.as_ptr(), buffer[9..].as_ptr()));
    }
}
