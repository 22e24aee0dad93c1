//! The chronology as data: serde and chrono types with no knowledge of the terminal.

mod custody;
mod date;
mod edition;
mod fact;
mod fields;
mod ix;
mod kind;
mod lang;
mod legal;
mod links;
mod localized;
mod names;
mod shape;
mod source_type;
mod text;
mod timeline;
mod window;

use serde::Serialize;

pub use custody::{CustodyPeriod, CustodyStatus, Days};
pub use date::{DateError, PartialDate, Precision, naive_key};
pub use fact::{Fact, Facts, with_fact_keys};
pub use fields::{Fields, Key as FieldKey};
pub use ix::EventIx;
pub use kind::{Custody, Family, Kind};
pub use lang::Lang;
pub use legal::{Legal, LegalField};
pub use links::Links;
pub use localized::Localized;
pub use names::{Grouping, Name, Names};
pub use source_type::SourceType;
pub use text::Text;
pub use timeline::Timeline;
pub use window::EventDate;

/// The `[timeline]` header: what the chronology is and the span it covers.
#[derive(Debug, Clone)]
pub struct Meta {
    /// The chronology's title (translated in `[timeline.LANG]`).
    pub title: Localized<Text>,
    /// Whom it is about (translated in `[timeline.LANG]`).
    pub subject: Localized<Text>,
    /// The first date covered.
    pub from: PartialDate,
    /// The last date covered.
    pub to: PartialDate,
}

impl Meta {
    /// The title in a language: the translation when there is one.
    #[must_use]
    pub fn title_in(&self, lang: Lang) -> &str {
        self.title.in_lang(lang)
    }

    /// The subject in a language, as [`Meta::title_in`].
    #[must_use]
    pub fn subject_in(&self, lang: Lang) -> &str {
        self.subject.in_lang(lang)
    }
}

/// A `[[source]]`: a text that excerpts quote.
#[derive(Debug, Clone)]
pub struct Source {
    /// Unique lowercase-kebab id.
    pub id: Text,
    /// The title of the work (translated in `[source.LANG]`, for a source titled in
    /// another language).
    pub title: Localized<Text>,
    /// Who wrote it (translated in `[source.LANG]`, for an author noted in another language;
    /// a translation may name an author the original leaves out).
    pub author: Localized<Option<Text>>,
    /// Who published it (translated in `[source.LANG]`, as the author).
    pub publisher: Localized<Option<Text>>,
    /// When it was published.
    pub date: Option<PartialDate>,
    /// Where it can be read.
    pub url: Option<Text>,
    /// The stored text, relative to the `--sources` directory.
    pub file: Option<Text>,
    /// Byte offset of the `file` value in the timeline file, for `check --sources`.
    pub file_offset: usize,
    /// Byte offset of the `title` value in the timeline file, for curator warnings.
    pub title_offset: usize,
    /// The language the text is written in, an ISO 639-1 code (`ru`, `en`).
    pub lang: Option<Text>,
    /// The curator's remark about the source (a mirror, a missing headline), translated in
    /// `[source.LANG]`: shown beside the attribution, never inside a citation.
    pub note: Localized<Option<Text>>,
    /// What kind of work it is, when the file says (`type`); otherwise the bibliography
    /// exports guess it from the fields.
    pub kind: Option<SourceType>,
}

/// An `[[era]]`: a named background period.
#[derive(Debug, Clone)]
pub struct Era {
    /// The era's name (translated in `[era.LANG]`).
    pub name: Localized<Text>,
    /// Its first date.
    pub from: PartialDate,
    /// Its last date.
    pub to: PartialDate,
}

impl Era {
    /// The name in a language: the translation when there is one.
    #[must_use]
    pub fn name_in(&self, lang: Lang) -> &str {
        self.name.in_lang(lang)
    }
}

/// An `[[event.excerpt]]`: a verbatim quotation from a source.
#[derive(Debug, Clone, Serialize)]
pub struct Excerpt {
    /// The id of the quoted source.
    pub source: Text,
    /// The quotation, exactly as in the source.
    pub text: Text,
    /// Byte offset of the excerpt's text in the file, for diagnostics.
    #[serde(skip)]
    pub offset: usize,
}

/// An `[[event]]`: one dated entry of the chronology. Its words are translated in its
/// `[event.LANG]` table, and its legal values in `[event.LANG.legal]`.
#[derive(Debug, Clone)]
pub struct Event {
    /// Byte offset of the event's table in the file, for diagnostics and the editor.
    pub offset: usize,
    /// Unique lowercase-kebab id.
    pub id: Text,
    /// When it happened (or began): a date, or a window it fell within.
    pub date: EventDate,
    /// When it ended, for spans.
    pub end: Option<PartialDate>,
    /// Whether the date is approximate.
    pub approximate: bool,
    /// What sort of event it is.
    pub kind: Kind,
    /// One-line title.
    pub title: Localized<Text>,
    /// The curator's summary.
    pub summary: Localized<Text>,
    /// Its one-line facts: where it happened, … (each under its own key in the file); a
    /// translation may give some of them only.
    pub facts: Localized<Facts>,
    /// Free tags.
    pub tags: Vec<Text>,
    /// The legal case it belongs to.
    pub case: Option<Text>,
    /// Ids of related events.
    pub related: Vec<Text>,
    /// What the sources disagree on.
    pub disputed: Localized<Option<Text>>,
    /// Whether one source alone supports the event, as the curator marks it.
    pub single_source: bool,
    /// His custody status from this event on.
    pub custody: Option<Custody>,
    /// The legal details of an arrest or a ruling (boxed: most events have none, and an
    /// event is kept small for timelines of a hundred thousand). A translation gives some
    /// of its values only.
    pub legal: Option<Box<Localized<Legal>>>,
    /// The quotations that back the event.
    pub excerpts: Vec<Excerpt>,
}

impl Event {
    /// The last day the event covers: its end, or the end of its own period (for a window,
    /// its latest day; when the window is open, the last day of its earliest date).
    #[must_use]
    pub fn last_day(&self) -> chrono::NaiveDate {
        self.end.map_or(self.date.last_day(), PartialDate::last_day)
    }

    /// Whether the event has a translation into a language (its `[event.LANG]` table).
    #[must_use]
    pub fn translated(&self, lang: Lang) -> bool {
        self.title.translation(lang).is_some()
    }

    /// The title in a language: the translation when there is one, else the original.
    #[must_use]
    pub fn title_in(&self, lang: Lang) -> &str {
        self.title.in_lang(lang)
    }

    /// The summary in a language, as [`Event::title_in`].
    #[must_use]
    pub fn summary_in(&self, lang: Lang) -> &str {
        self.summary_text_in(lang)
    }

    /// The summary in a language as the model holds it, to be kept without a copy.
    #[must_use]
    pub fn summary_text_in(&self, lang: Lang) -> &Text {
        self.summary.in_lang(lang)
    }

    /// One fact in a language, as [`Event::title_in`] (the original where the translation
    /// does not give it).
    #[must_use]
    pub fn fact_in(&self, fact: Fact, lang: Lang) -> Option<&str> {
        self.facts
            .translation(lang)
            .and_then(|t| t.get(fact))
            .or_else(|| self.facts.get(fact))
    }

    /// The facts the event gives, in a language and in display order.
    pub fn facts_in(&self, lang: Lang) -> impl Iterator<Item = (Fact, &str)> {
        Fact::ALL
            .into_iter()
            .filter_map(move |f| self.fact_in(f, lang).map(|v| (f, v)))
    }

    /// What is disputed, in a language, as [`Event::title_in`].
    #[must_use]
    pub fn disputed_in(&self, lang: Lang) -> Option<&str> {
        self.disputed.get(lang).map(Text::as_str)
    }

    /// Whether the event is an arrest or a ruling.
    #[must_use]
    pub fn is_legal(&self) -> bool {
        self.kind.is_legal()
    }
}
