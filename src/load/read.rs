//! Reads the spanned TOML tree into model values, collecting every problem with its offset.

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use arcstr::ArcStr;

use crate::model::{EventDate, PartialDate, Text};
use crate::text::sanitize;
use crate::words::{Expected, Owner, Problem, TomlType};

/// A TOML value with its byte span.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// Collects problems while reading, each at a byte offset.
#[derive(Debug, Default)]
pub struct Reader {
    /// The problems found so far, each at its byte offset.
    pub problems: Vec<(usize, Problem)>,
    /// The text being read, which string values are kept as slices of.
    base: ArcStr,
    /// Where the part being read starts in `base`: its spans count from here.
    start: usize,
}

/// The closest allowed word to a mistyped one, if any is close ([`crate::text::closest`]).
#[must_use]
pub fn suggest<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    crate::text::closest(word, allowed.iter().copied(), 1).pop()
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

/// The type of a TOML value, for a message.
fn type_of(value: &DeValue<'_>) -> TomlType {
    match value {
        DeValue::String(_) => TomlType::String,
        DeValue::Integer(_) => TomlType::Integer,
        DeValue::Float(_) => TomlType::Float,
        DeValue::Boolean(_) => TomlType::Boolean,
        DeValue::Datetime(_) => TomlType::Datetime,
        DeValue::Array(_) => TomlType::Array,
        DeValue::Table(_) => TomlType::Table,
    }
}

impl Reader {
    /// A reader of the part of `base` (the whole text) that starts at byte `start`, whose
    /// string values are slices of `base`.
    #[must_use]
    pub fn over(base: &ArcStr, start: usize) -> Self {
        Self {
            problems: Vec::new(),
            base: base.clone(),
            start,
        }
    }

    /// The 1-based line of a byte offset in the part being read, counted in the whole text.
    #[must_use]
    pub fn line_of(&self, offset: usize) -> u32 {
        let end = (self.start + offset).min(self.base.len());
        let lines = memchr::memchr_iter(b'\n', &self.base.as_bytes()[..end]).count() + 1;
        u32::try_from(lines).unwrap_or(u32::MAX)
    }

    /// Records a problem at a byte offset.
    pub fn problem(&mut self, offset: usize, problem: Problem) {
        self.problems.push((offset, problem));
    }

    /// Reports a key that is not one of `allowed` where `owner` says. Its value means
    /// nothing, so only what no value may hold is reported in it: a number the parser let
    /// through malformed (`0x`), at any depth, as a syntax error elsewhere would be.
    pub fn unknown_key(
        &mut self,
        (key, value): (&Spanned<DeString<'_>>, &Value<'_>),
        owner: Owner,
        allowed: &[&'static str],
    ) {
        let name = key.get_ref();
        let problem = Problem::UnknownKey {
            key: sanitize(name).into_owned(),
            owner,
            hint: suggest(name, allowed),
        };
        self.problem(key.span().start, problem);
        self.malformed_within(value);
    }

    /// Reports every malformed number in a value, however deeply nested.
    fn malformed_within(&mut self, value: &Value<'_>) {
        match value.get_ref() {
            DeValue::Array(items) => items.iter().for_each(|v| self.malformed_within(v)),
            DeValue::Table(table) => table.values().for_each(|v| self.malformed_within(v)),
            other => {
                if let Some(problem) = malformed_number(other) {
                    self.problem(value.span().start, problem);
                }
            }
        }
    }

    /// Reports a required key that is missing from a table.
    pub fn missing(&mut self, offset: usize, key: &'static str, owner: Owner) {
        self.problem(offset, Problem::Missing { key, owner });
    }

    fn wrong_type(&mut self, key: &'static str, value: &Value<'_>, expected: Expected) {
        let problem = malformed_number(value.get_ref()).unwrap_or_else(|| Problem::WrongType {
            key,
            expected,
            found: type_of(value.get_ref()),
        });
        self.problem(value.span().start, problem);
    }

    /// A string value, with CRLF line endings read as LF, so a file saved on Windows
    /// loads exactly as the same file saved with LF. A carriage return the author wrote as
    /// an escape (`\r`, `\u000D`) stays one.
    pub fn string(&mut self, key: &'static str, value: &Value<'_>) -> Option<Text> {
        if let Some(s) = value.get_ref().as_str() {
            if memchr::memchr(b'\r', s.as_bytes()).is_some() {
                Some(self.with_lf_line_ends(value, s))
            } else {
                Some(Text::within(&self.base, s))
            }
        } else {
            self.wrong_type(key, value, Expected::String);
            None
        }
    }

    /// A string holding a carriage return, `decoded` from `value`: read again from its
    /// source with every CRLF line end as LF, which leaves escapes as written. A string
    /// whose source holds no CR (its CRs are all escapes) is already exact.
    fn with_lf_line_ends(&self, value: &Value<'_>, decoded: &str) -> Text {
        let span = value.span();
        let source = self
            .base
            .get(self.start + span.start..self.start + span.end)
            .unwrap_or_default();
        if memchr::memchr(b'\r', source.as_bytes()).is_none() {
            return Text::from(decoded);
        }
        let lf = source.replace("\r\n", "\n");
        DeValue::parse(&lf)
            .ok()
            .and_then(|v| v.get_ref().as_str().map(Text::from))
            .unwrap_or_else(|| Text::from(decoded.replace("\r\n", "\n")))
    }

    /// A one-line, non-empty string value.
    pub fn line(&mut self, key: &'static str, value: &Value<'_>) -> Option<Text> {
        let s = self.string(key, value)?;
        if s.trim().is_empty() {
            self.problem(value.span().start, Problem::Empty { key });
        } else if memchr::memchr2(b'\n', b'\r', s.as_bytes()).is_some() {
            self.problem(value.span().start, Problem::NotOneLine { key });
        }
        Some(s)
    }

    /// A boolean value.
    pub fn boolean(&mut self, key: &'static str, value: &Value<'_>) -> Option<bool> {
        let b = value.get_ref().as_bool();
        if b.is_none() {
            self.wrong_type(key, value, Expected::Boolean);
        }
        b
    }

    /// A word of a closed list (a kind, a custody, a source type): what `parse` makes of it,
    /// or, when it names none of `known`, the problem `unknown` words from the name as
    /// written and the closest known word.
    pub fn closed<T>(
        &mut self,
        key: &'static str,
        value: &Value<'_>,
        parse: impl FnOnce(&str) -> Option<T>,
        known: &[&'static str],
        unknown: impl FnOnce(String, Option<&'static str>) -> Problem,
    ) -> Option<T> {
        let name = self.string(key, value)?;
        let parsed = parse(&name);
        if parsed.is_none() {
            let problem = unknown(sanitize(&name).into_owned(), suggest(&name, known));
            self.problem(value.span().start, problem);
        }
        parsed
    }

    /// An array of strings, each with the offset it stands at.
    pub fn strings(&mut self, key: &'static str, value: &Value<'_>) -> Vec<(Text, usize)> {
        let Some(items) = value.get_ref().as_array() else {
            if let Some(text) = value.get_ref().as_str() {
                // `tags = "protest"`, or `"protest, court"`: shown as the array it means.
                let items = text
                    .split(',')
                    .map(|s| sanitize(s.trim()).into_owned())
                    .filter(|s| !s.is_empty())
                    .collect();
                self.problem(value.span().start, Problem::StringForArray { key, items });
            } else {
                self.wrong_type(key, value, Expected::Strings);
            }
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| Some((self.string(key, item)?, item.span().start)))
            .collect()
    }

    /// A date, written as a string (`"2023"`, `"2023-07"`, `"2023-07-25"`) or a TOML date.
    pub fn date(&mut self, key: &'static str, value: &Value<'_>) -> Option<PartialDate> {
        let offset = value.span().start;
        let parsed = match value.get_ref() {
            DeValue::String(s) => PartialDate::parse(s).map_err(|error| Problem::BadDate {
                key,
                text: sanitize(s).into_owned(),
                error,
            }),
            DeValue::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => PartialDate::new(
                    i32::from(d.year),
                    Some(u32::from(d.month)),
                    Some(u32::from(d.day)),
                )
                .map_err(|error| Problem::BadTomlDate { key, error }),
                _ => Err(Problem::DateWithTime { key }),
            },
            DeValue::Integer(i) if i.as_str().len() == 4 => Err(Problem::YearAsNumber {
                key,
                year: i.as_str().to_owned(),
            }),
            other => Err(Problem::NotADate {
                key,
                found: type_of(other),
            }),
        };
        parsed.map_err(|msg| self.problem(offset, msg)).ok()
    }

    /// An event's date: a date as [`Reader::date`] reads it, or a window written as a string
    /// (`"[2024-03-27..2024-06-05]"`, `"[2015-02-27..]"`).
    pub fn event_date(&mut self, key: &'static str, value: &Value<'_>) -> Option<EventDate> {
        match value.get_ref() {
            DeValue::String(s) if s.starts_with('[') => EventDate::parse(s)
                .map_err(|error| {
                    let text = sanitize(s).into_owned();
                    let problem = Problem::BadDate { key, text, error };
                    self.problem(value.span().start, problem);
                })
                .ok(),
            _ => self.date(key, value).map(EventDate::On),
        }
    }

    /// A table value.
    pub fn table<'a, 'i>(
        &mut self,
        key: &'static str,
        value: &'a Value<'i>,
    ) -> Option<&'a DeTable<'i>> {
        let table = value.get_ref().as_table();
        if table.is_none() {
            self.wrong_type(key, value, Expected::Table);
        }
        table
    }

    /// An array of tables (`[[key]]`), each with the offset it starts at.
    pub fn tables<'a, 'i>(
        &mut self,
        key: &'static str,
        value: &'a Value<'i>,
    ) -> Vec<(&'a DeTable<'i>, usize)> {
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type(key, value, Expected::Tables);
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
fn malformed_number(value: &DeValue<'_>) -> Option<Problem> {
    match value {
        DeValue::Integer(i) if i64::from_str_radix(i.as_str(), i.radix()).is_err() => {
            Some(Problem::BadInteger(i.to_string()))
        }
        DeValue::Float(f) if f.as_str().parse::<f64>().is_err() => {
            Some(Problem::BadFloat(f.as_str().to_owned()))
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

/// Reports each required key absent from a table, unless an unknown key of the table is
/// already reported as its likely misspelling (the unknown-key message names it, so it is
/// not said twice). A present key never stands in for a missing one.
pub(super) fn missing_keys(
    r: &mut Reader,
    table: &DeTable<'_>,
    at: usize,
    (required, allowed): (&[&'static str], &[&'static str]),
    owner: &Owner,
) {
    let absent = absent(table, allowed);
    for key in required {
        if table.contains_key(*key) {
            continue;
        }
        let misspelt = table
            .keys()
            .map(|k| k.get_ref().as_ref())
            .filter(|k| !allowed.contains(k))
            .any(|k| suggest(k, &absent) == Some(*key));
        if !misspelt {
            r.missing(at, key, owner.clone());
        }
    }
}

/// Reads a kebab-case id, reporting one that is not.
pub(super) fn id(r: &mut Reader, value: &Value<'_>) -> Option<Text> {
    let id = r.string("id", value)?;
    if !is_kebab(&id) {
        let id = sanitize(&id).into_owned();
        r.problem(value.span().start, Problem::NotKebab { id });
    }
    Some(id)
}
