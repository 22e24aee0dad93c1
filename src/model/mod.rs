//! The chronology as data: serde and chrono types with no knowledge of the terminal.

mod custody;
mod date;
mod edition;
mod fact;
mod ix;
mod kind;
mod legal;
mod links;
mod text;
mod timeline;
mod translation;

use serde::Serialize;

pub use custody::{CustodyPeriod, CustodyStatus};
pub use date::{DateError, PartialDate, Precision, naive_key};
pub use fact::{Fact, Facts, with_fact_keys};
pub use ix::EventIx;
pub use kind::{Custody, Kind};
pub use legal::{Legal, LegalField};
pub use links::Links;
pub use text::Text;
pub use timeline::Timeline;
pub use translation::Translation;
/// The `[timeline]` header: what the chronology is and the span it covers.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    /// The chronology's title.
    pub title: Text,
    /// Whom it is about.
    pub subject: Text,
    /// The first date covered.
    pub from: PartialDate,
    /// The last date covered.
    pub to: PartialDate,
    /// The title and subject in Russian (`[timeline.ru]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ru: Option<(Text, Text)>,
}

impl Meta {
    /// The title in a language: the translation when there is one.
    #[must_use]
    pub fn title_in(&self, russian: bool) -> &str {
        match (&self.ru, russian) {
            (Some((title, _)), true) => title,
            _ => &self.title,
        }
    }

    /// The subject in a language, as [`Meta::title_in`].
    #[must_use]
    pub fn subject_in(&self, russian: bool) -> &str {
        match (&self.ru, russian) {
            (Some((_, subject)), true) => subject,
            _ => &self.subject,
        }
    }
}

/// A `[[source]]`: a text that excerpts quote.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    /// Unique lowercase-kebab id.
    pub id: Text,
    /// The title of the work.
    pub title: Text,
    /// Who wrote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Text>,
    /// Who published it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Text>,
    /// When it was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Where it can be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
    /// The stored text, relative to the `--sources` directory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Text>,
    /// The language the text is written in, an ISO 639-1 code (`ru`, `en`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Text>,
    /// The title in Russian (`[source.ru]`), for a source titled in another language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_ru: Option<Text>,
    /// The publisher in Russian (`[source.ru]`), for a publisher noted in another language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher_ru: Option<Text>,
    /// The author in Russian (`[source.ru]`), for an author noted in another language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_ru: Option<Text>,
}

/// An `[[era]]`: a named background period.
#[derive(Debug, Clone, Serialize)]
pub struct Era {
    /// The era's name.
    pub name: Text,
    /// Its first date.
    pub from: PartialDate,
    /// Its last date.
    pub to: PartialDate,
    /// The name in Russian (`[era.ru]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_ru: Option<Text>,
}

impl Era {
    /// The name in a language: the translation when there is one.
    #[must_use]
    pub fn name_in(&self, russian: bool) -> &str {
        match (&self.name_ru, russian) {
            (Some(name), true) => name,
            _ => &self.name,
        }
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

/// An `[[event]]`: one dated entry of the chronology.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Byte offset of the event's table in the file, for diagnostics and the editor.
    #[serde(skip)]
    pub offset: usize,
    /// Unique lowercase-kebab id.
    pub id: Text,
    /// When it happened (or began).
    pub date: PartialDate,
    /// When it ended, for spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// Whether the date is approximate.
    pub approximate: bool,
    /// What sort of event it is.
    pub kind: Kind,
    /// One-line title.
    pub title: Text,
    /// The curator's summary.
    pub summary: Text,
    /// Its one-line facts: where it happened, … (each under its own key in the file).
    #[serde(flatten)]
    pub facts: Facts,
    /// Free tags.
    pub tags: Vec<Text>,
    /// The legal case it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case: Option<Text>,
    /// Ids of related events.
    pub related: Vec<Text>,
    /// What the sources disagree on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disputed: Option<Text>,
    /// Whether one source alone supports the event, as the curator marks it.
    pub single_source: bool,
    /// His custody status from this event on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custody: Option<Custody>,
    /// The legal details of an arrest or a ruling (boxed: most events have none, and an
    /// event is kept small for timelines of a hundred thousand).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal: Option<Box<Legal>>,
    /// The event in Russian (boxed, as `legal`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ru: Option<Box<Translation>>,
    /// The quotations that back the event.
    #[serde(rename = "excerpts")]
    pub excerpts: Vec<Excerpt>,
}

impl Event {
    /// The last day the event covers: its end, or the end of its own period.
    #[must_use]
    pub fn last_day(&self) -> chrono::NaiveDate {
        self.end.unwrap_or(self.date).last_day()
    }

    /// The title in a language: the translation when there is one, else the original.
    #[must_use]
    pub fn title_in(&self, russian: bool) -> &str {
        match (&self.ru, russian) {
            (Some(t), true) => &t.title,
            _ => &self.title,
        }
    }

    /// The summary in a language, as [`Event::title_in`].
    #[must_use]
    pub fn summary_in(&self, russian: bool) -> &str {
        self.summary_text_in(russian)
    }

    /// The summary in a language as the model holds it, to be kept without a copy.
    #[must_use]
    pub fn summary_text_in(&self, russian: bool) -> &Text {
        match (&self.ru, russian) {
            (Some(t), true) => &t.summary,
            _ => &self.summary,
        }
    }

    /// One fact in a language, as [`Event::title_in`] (the original where the translation
    /// does not give it).
    #[must_use]
    pub fn fact_in(&self, fact: Fact, russian: bool) -> Option<&str> {
        match (&self.ru, russian) {
            (Some(t), true) if t.facts.get(fact).is_some() => t.facts.get(fact),
            _ => self.facts.get(fact),
        }
    }

    /// The facts the event gives, in a language and in display order.
    pub fn facts_in(&self, russian: bool) -> impl Iterator<Item = (Fact, &str)> {
        Fact::ALL
            .into_iter()
            .filter_map(move |f| self.fact_in(f, russian).map(|v| (f, v)))
    }

    /// What is disputed, in a language, as [`Event::title_in`].
    #[must_use]
    pub fn disputed_in(&self, russian: bool) -> Option<&str> {
        match (&self.ru, russian) {
            (Some(t), true) if t.disputed.is_some() => t.disputed.as_deref(),
            _ => self.disputed.as_deref(),
        }
    }

    /// Whether the event is an arrest or a ruling.
    #[must_use]
    pub fn is_legal(&self) -> bool {
        self.kind.is_legal()
    }
}
