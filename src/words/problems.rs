//! What `timeline check` can say about a file: every loader problem and curator warning as a
//! value carrying its data (keys, ids, types, the closest known name), and the words of the
//! check's own lines. The loader builds [`Problem`]s; each language words them, so messages
//! follow `--lang` while the file's keywords (keys, tables, kinds) stay as written.
//!
//! Text inside a problem that comes from the file is already sanitised for the terminal.

mod codes;

use std::fmt;

use crate::model::{DateError, EventDate, Grouping, Kind, Lang, PartialDate};

/// Where a key is, or what lacks one: the top level, a table, or one event by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// The top level of the file.
    TopLevel,
    /// A table, as its header is written: `[timeline]`, `[[event]]`, `[event.legal]`.
    Table(&'static str),
    /// A table translating another: `[timeline.ru]`, `[event.ru.legal]`.
    Translation(Translation),
    /// An event known by its id.
    Event(String),
}

/// The header of a table translating another into a language, as the file writes it:
/// `[timeline.ru]`, `[event.ru]`, `[event.ru.legal]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Translation {
    /// The table translated, as its key path: `timeline`, `source`, `era`, `event`.
    pub table: &'static str,
    /// The language it translates into.
    pub lang: Lang,
    /// The table inside it, when the header names one: `legal` in `[event.ru.legal]`.
    pub inner: Option<&'static str>,
}

impl Translation {
    /// `[TABLE.LANG]`.
    #[must_use]
    pub const fn of(table: &'static str, lang: Lang) -> Self {
        Self {
            table,
            lang,
            inner: None,
        }
    }

    /// `[event.LANG.legal]`.
    #[must_use]
    pub const fn event_legal(lang: Lang) -> Self {
        Self {
            table: "event",
            lang,
            inner: Some("legal"),
        }
    }
}

/// The header as written: file keywords, the same in every language.
impl fmt::Display for Translation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}.{}", self.table, self.lang.code())?;
        if let Some(inner) = self.inner {
            write!(f, ".{inner}")?;
        }
        f.write_str("]")
    }
}

/// A TOML value's type, for messages about a value of the wrong one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TomlType {
    /// A string.
    String,
    /// An integer.
    Integer,
    /// A float.
    Float,
    /// A boolean.
    Boolean,
    /// A date, a time or both.
    Datetime,
    /// An array.
    Array,
    /// A table.
    Table,
}

/// What a key's value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    String,
    /// `true` or `false`.
    Boolean,
    /// An array of strings.
    Strings,
    /// A table.
    Table,
    /// An array of tables, written `[[key]]`.
    Tables,
}

/// An end of `[timeline]`'s span: its `from` or its `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanEnd {
    /// `from`.
    From,
    /// `to`.
    To,
}

impl SpanEnd {
    /// The key in `[timeline]`.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Self::From => "from",
            Self::To => "to",
        }
    }
}

/// One thing wrong with a file, or worth a curator's look, with what its message names.
/// Each variant has a stable code ([`ProblemCode`], [`Problem::code`]).
#[derive(Debug, Clone, PartialEq, Eq, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(ProblemCode),
    derive(strum::EnumIter),
    doc = "Which variant a [`Problem`] is, without its data: named by its stable code."
)]
pub enum Problem {
    /// The path is a directory.
    Directory { path: String },
    /// Nothing is at the path.
    NoSuchFile { path: String },
    /// The file is larger than the most a timeline file (or a stored source) may be, `mib`.
    TooLarge { path: String, mib: u64 },
    /// The text holds more TOML tokens than can be parsed at once within the memory budget.
    TooComplex { tokens: usize, limit: usize },
    /// A source's `file` names a path outside the sources directory.
    SourceOutside { name: String },
    /// A source's `file` names something other than a regular file (a device, a FIFO).
    SourceNotFile { name: String },
    /// A key of `[event.LANG]` (`disputed`, a fact) that the event itself does not hold.
    WithoutOriginal {
        owner: Owner,
        key: &'static str,
        lang: Lang,
    },
    /// The file may not be read.
    PermissionDenied { path: String },
    /// Reading failed otherwise; `error` is the system's own words.
    CannotRead { path: String, error: String },
    /// The bytes stop being UTF-8 here.
    NotUtf8,
    /// A byte-order mark after the first.
    SecondBom,
    /// The TOML parser's own message, which stays in its words.
    Syntax(String),
    /// A straight `"` that ends a string early; `quoted` is the text between it and the
    /// next straight quote, when there is one.
    StraightQuote { quoted: Option<String> },
    /// A line break in a one-line string whose text goes on below; `key` is the key it is
    /// the value of, and `one_line` whether that key allows one line only.
    LineBreakInString { key: Option<String>, one_line: bool },
    /// A one-line string not closed before its line ends.
    UnclosedString { quote: char },
    /// A key, or a table (`table`), given twice, first on line `first` when it was found.
    DuplicateKey {
        key: String,
        table: bool,
        first: Option<usize>,
    },
    /// A string where an array of strings is due, with the strings it most likely means.
    StringForArray {
        key: &'static str,
        items: Vec<String>,
    },
    /// A table header without its closing brackets, as written and closed.
    UnclosedHeader { written: String, closed: String },
    /// A key the table does not know, with the closest one it does.
    UnknownKey {
        key: String,
        owner: Owner,
        hint: Option<&'static str>,
    },
    /// A required key is absent.
    Missing { key: &'static str, owner: Owner },
    /// No `[timeline]` table.
    NoTimeline,
    /// No `[[event]]` at all.
    NoEvents,
    /// A value of the wrong type.
    WrongType {
        key: &'static str,
        expected: Expected,
        found: TomlType,
    },
    /// An integer the parser let through without digits (`0x`).
    BadInteger(String),
    /// A float that does not parse.
    BadFloat(String),
    /// A string that is empty or only whitespace.
    Empty { key: &'static str },
    /// A string that must be one line holds a line break.
    NotOneLine { key: &'static str },
    /// A date string that is not a date.
    BadDate {
        key: &'static str,
        text: String,
        error: DateError,
    },
    /// A TOML date that does not exist.
    BadTomlDate { key: &'static str, error: DateError },
    /// A TOML date with a time.
    DateWithTime { key: &'static str },
    /// A year written as a number (`date = 1980`).
    YearAsNumber { key: &'static str, year: String },
    /// A date key holding some other type.
    NotADate { key: &'static str, found: TomlType },
    /// An id that is not lowercase-kebab.
    NotKebab { id: String },
    /// A kind that does not exist, with the closest one.
    UnknownKind {
        name: String,
        hint: Option<&'static str>,
    },
    /// A source `type` outside the closed list, with the closest one.
    UnknownSourceType {
        name: String,
        hint: Option<&'static str>,
    },
    /// A custody value that does not exist.
    UnknownCustody { name: String },
    /// An excerpt with empty `text`.
    EmptyExcerpt,
    /// An era whose end comes before its start.
    EraBackwards { name: String },
    /// An event without an excerpt.
    NoExcerpt { owner: Owner },
    /// An arrest or ruling without `[event.legal]`.
    NoLegal { owner: Owner, kind: Kind },
    /// A ruling whose legal table has no court.
    NoCourt { owner: Owner },
    /// Two sources with one id.
    DuplicateSource { id: String },
    /// Two events with one id.
    DuplicateEvent { id: String },
    /// Two `[[case]]` (or `[[tag]]`) tables with one id.
    DuplicateName { grouping: Grouping, id: String },
    /// A `[[case]]` (or `[[tag]]`) whose id no event uses, with the closest one that one does.
    UnusedName {
        grouping: Grouping,
        id: String,
        hint: Option<String>,
    },
    /// An `end` before its `date`.
    EndBeforeDate { end: PartialDate, date: EventDate },
    /// A window date marked `approximate`.
    ApproximateWindow,
    /// An event outside the timeline's `from`..`to`; `widen` is the end of `[timeline]`'s
    /// span to move, with its line.
    OutsideSpan {
        id: String,
        date: EventDate,
        from: PartialDate,
        to: PartialDate,
        widen: (SpanEnd, u32),
    },
    /// An event that lists itself in `related`.
    RelatedSelf { id: String },
    /// A `related` id that is no event, with the closest one that is.
    UnknownRelated { id: String, hint: Option<String> },
    /// An excerpt's `source` that is no source, with the closest one that is.
    UnknownSource { id: String, hint: Option<String> },
    /// An excerpt not found word for word in its stored source (`check --sources`).
    NotVerbatim {
        event: String,
        words: String,
        source: String,
    },
    /// Warning: an event without `[event.LANG]` once others have one.
    Untranslated { id: String, lang: Lang },
    /// Warning: a dispute an event's `[event.LANG]` leaves out.
    DisputeUntranslated { id: String, lang: Lang },
    /// Warning: one source only, not marked `single_source`.
    OneSource { id: String, source: String },
    /// Warning: marked `single_source` but citing several.
    NotSingle { id: String, sources: usize },
    /// Warning: a summary that speaks of a disagreement, with no `disputed`.
    UnrecordedDispute { id: String, word: &'static str },
    /// Warning: a case (or tag) the events use with no `[[case]]` (or `[[tag]]`) to name it.
    Unnamed { grouping: Grouping, id: String },
    /// Warning: a `sentence` on an event that is not a ruling.
    SentenceNotRuling { id: String, kind: Kind },
    /// Warning: a source's title (in `lang`) holding a curator's remark in parentheses (about
    /// the page, a copy, a mirror, a missing headline), which belongs in its `note`.
    NoteLikeTitle { id: String, lang: Lang },
    /// A source's `lang` that is no ISO 639-1 code; `lower` is its lowercase when that is one.
    BadLanguage { code: String, lower: Option<String> },
    /// `[event.LANG.legal]` on an event with no `[event.legal]` to translate.
    LegalTranslationAlone { owner: Owner, lang: Lang },
    /// A key of `[event.LANG.legal]` that the event's `[event.legal]` does not hold.
    LegalTranslationExtra {
        owner: Owner,
        key: &'static str,
        lang: Lang,
    },
    /// Warning: legal fields that `[event.LANG.legal]` leaves untranslated, as keys.
    UntranslatedLegal {
        id: String,
        keys: Vec<&'static str>,
        lang: Lang,
    },
    /// A table that holds none of the keys it needs at least one of (`[source.LANG]`).
    EmptyTable {
        table: Translation,
        keys: &'static [&'static str],
    },
}

/// The typographic quotes for a quotation: `«»` around Cyrillic, `“”` around anything else.
pub(super) fn typographic(quoted: &str) -> (char, char) {
    if quoted.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
        ('«', '»')
    } else {
        ('“', '”')
    }
}

/// `["a", "b"]`: strings as a TOML array, each escaped as a basic string.
pub(super) fn toml_array(items: &[String]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|i| format!("\"{}\"", i.replace('\\', "\\\\").replace('"', "\\\"")))
        .collect();
    format!("[{}]", quoted.join(", "))
}

/// Keys in backticks, joined with commas: `` `title`, `publisher` ``.
pub(super) fn ticked(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The words of checking a file, one table per language, checked complete by the compiler.
pub trait ProblemWords {
    /// One problem as a sentence.
    fn problem(&self, p: &Problem) -> String;
    /// Why a date cannot be read.
    fn date_error(&self, e: &DateError) -> String;
    /// The word between `FILE:LINE:COLUMN:` and a curator's warning.
    fn warning_label(&self) -> &'static str;
}
