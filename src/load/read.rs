//! Reads the spanned TOML tree into model values, collecting every problem with its offset.

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use arcstr::ArcStr;

use crate::model::{PartialDate, Text};
use crate::text::sanitize;

/// A TOML value with its byte span.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// Collects problems while reading, each at a byte offset.
#[derive(Debug, Default)]
pub struct Reader {
    /// The problems found so far: byte offset and message.
    pub problems: Vec<(usize, String)>,
    /// The text being read, which string values are kept as views into.
    base: ArcStr,
}

/// The closest allowed word to a mistyped one, if any is close. Ties go to the word that
/// comes first in `allowed`, so the answer never depends on luck.
#[must_use]
pub fn suggest<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|a| (strsim::jaro_winkler(word, a), *a))
        .filter(|(score, a)| *score >= 0.8 || (word.len() > 3 && strsim::levenshtein(word, a) <= 2))
        .fold(None, |best: Option<(f64, &str)>, x| match best {
            Some(b) if b.0 >= x.0 => Some(b),
            _ => Some(x),
        })
        .map(|(_, a)| a)
}

/// The keys of `allowed` that a table does not hold: the only ones a typo can stand for.
#[must_use]
pub fn absent<'a>(table: &DeTable<'_>, allowed: &[&'a str]) -> Vec<&'a str> {
    allowed
        .iter()
        .copied()
        .filter(|k| !table.contains_key(*k))
        .collect()
}

/// The ` (did you mean `x`?)` tail of a message, or nothing.
fn hint(word: &str, allowed: &[&str]) -> String {
    suggest(word, allowed).map_or_else(String::new, |s| format!("; did you mean `{s}`?"))
}

impl Reader {
    /// A reader whose string values are views into `base`, the whole text.
    #[must_use]
    pub fn over(base: &ArcStr) -> Self {
        Self {
            problems: Vec::new(),
            base: base.clone(),
        }
    }

    /// Records a problem at a byte offset.
    pub fn problem(&mut self, offset: usize, message: impl Into<String>) {
        self.problems.push((offset, message.into()));
    }

    /// Reports a key that is not one of `allowed` in the table `what`.
    pub fn unknown_key(&mut self, key: &Spanned<DeString<'_>>, what: &str, allowed: &[&str]) {
        let name = key.get_ref();
        let msg = format!(
            "unknown key `{}` in {what}{}",
            sanitize(name),
            hint(name, allowed)
        );
        self.problem(key.span().start, msg);
    }

    /// Reports a required key that is missing from a table.
    pub fn missing(&mut self, offset: usize, key: &str, what: &str) {
        self.problem(offset, format!("missing `{key}` in {what}"));
    }

    fn wrong_type(&mut self, key: &str, value: &Value<'_>, expected: &str) {
        if let Some(message) = malformed_number(value.get_ref()) {
            self.problem(value.span().start, message);
            return;
        }
        let found = value.get_ref().type_str();
        self.problem(
            value.span().start,
            format!("`{key}` must be {expected}, found {found}"),
        );
    }

    /// A string value, with CRLF line endings read as LF, so a file saved on Windows
    /// loads exactly as the same file saved with LF.
    pub fn string(&mut self, key: &str, value: &Value<'_>) -> Option<Text> {
        if let Some(s) = value.get_ref().as_str() {
            if memchr::memchr(b'\r', s.as_bytes()).is_some() {
                Some(Text::from(s.replace("\r\n", "\n")))
            } else {
                Some(Text::within(&self.base, s))
            }
        } else {
            self.wrong_type(key, value, "a string");
            None
        }
    }

    /// A one-line, non-empty string value.
    pub fn line(&mut self, key: &str, value: &Value<'_>) -> Option<Text> {
        let s = self.string(key, value)?;
        if s.trim().is_empty() {
            self.problem(value.span().start, format!("`{key}` is empty"));
        } else if memchr::memchr2(b'\n', b'\r', s.as_bytes()).is_some() {
            self.problem(value.span().start, format!("`{key}` must be one line"));
        }
        Some(s)
    }

    /// A boolean value.
    pub fn boolean(&mut self, key: &str, value: &Value<'_>) -> Option<bool> {
        let b = value.get_ref().as_bool();
        if b.is_none() {
            self.wrong_type(key, value, "true or false");
        }
        b
    }

    /// An array of strings, each with the offset it stands at.
    pub fn strings(&mut self, key: &str, value: &Value<'_>) -> Vec<(Text, usize)> {
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type(key, value, "an array of strings");
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| Some((self.string(key, item)?, item.span().start)))
            .collect()
    }

    /// A date, written as a string (`"2023"`, `"2023-07"`, `"2023-07-25"`) or a TOML date.
    pub fn date(&mut self, key: &str, value: &Value<'_>) -> Option<PartialDate> {
        let offset = value.span().start;
        let parsed = match value.get_ref() {
            DeValue::String(s) => PartialDate::parse(s)
                .map_err(|e| format!("`{key}` = \"{}\" is not a valid date: {e}", sanitize(s))),
            DeValue::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => PartialDate::new(
                    i32::from(d.year),
                    Some(u32::from(d.month)),
                    Some(u32::from(d.day)),
                )
                .map_err(|e| format!("`{key}` is not a valid date: {e}")),
                _ => Err(format!("`{key}` must be a date without a time")),
            },
            DeValue::Integer(i) if i.as_str().len() == 4 => Err(format!(
                "`{key}` must be a string; write \"{}\"",
                i.as_str()
            )),
            other => Err(format!(
                "`{key}` must be a date such as \"2023-07-25\", found {}",
                other.type_str()
            )),
        };
        parsed.map_err(|msg| self.problem(offset, msg)).ok()
    }

    /// A table value.
    pub fn table<'a, 'i>(&mut self, key: &str, value: &'a Value<'i>) -> Option<&'a DeTable<'i>> {
        let table = value.get_ref().as_table();
        if table.is_none() {
            self.wrong_type(key, value, "a table");
        }
        table
    }

    /// An array of tables (`[[key]]`), each with the offset it starts at.
    pub fn tables<'a, 'i>(
        &mut self,
        key: &str,
        value: &'a Value<'i>,
    ) -> Vec<(&'a DeTable<'i>, usize)> {
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type(key, value, &format!("an array of tables (`[[{key}]]`)"));
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| Some((self.table(key, item)?, item.span().start)))
            .collect()
    }
}

/// The TOML error for a number the parser let through unchecked: a radix prefix with no
/// digits (`0x`, `0b`, `0o`) or any other integer or float that does not parse.
fn malformed_number(value: &DeValue<'_>) -> Option<String> {
    match value {
        DeValue::Integer(i) if i64::from_str_radix(i.as_str(), i.radix()).is_err() => {
            Some(format!("invalid integer `{i}`: expected digits"))
        }
        DeValue::Float(f) if f.as_str().parse::<f64>().is_err() => {
            Some(format!("invalid float `{}`", f.as_str()))
        }
        _ => None,
    }
}

/// Whether an id is lowercase-kebab: `a-z`, `0-9` and single inner hyphens.
#[must_use]
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
