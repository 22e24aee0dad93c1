//! The bibliography entries of a selection, shared by the CSL-JSON, BibTeX and RIS exports:
//! one entry per source the chosen events quote, in the order they are first quoted, with
//! its title, author and publisher in the chosen edition. The curator's `note` is never
//! part of an entry.
//!
//! A source's type is its `type` when the file gives one; otherwise it follows from its
//! fields: with a `publisher` it is a newspaper article (the publisher its container),
//! without a publisher but with a `url` a web page, and with neither a book.

use crate::model::{EventIx, PartialDate, Source, SourceType, Timeline};
use crate::words::Lang;

/// What kind of work a source is, for the bibliography formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An article in a newspaper, a magazine or a news site: a source with a publisher.
    Article,
    /// A web page: a source with an address but no publisher.
    Webpage,
    /// A book: a source with neither.
    Book,
    /// An interview: only by the source's `type`.
    Interview,
    /// A blog post or a post on a social network: only by the source's `type`.
    Post,
}

/// One bibliography entry.
#[derive(Debug, Clone)]
pub struct Entry<'t> {
    /// The source's id, the entry's key.
    pub id: &'t str,
    /// What kind of work it is.
    pub kind: Kind,
    /// The title in the chosen edition.
    pub title: &'t str,
    /// The author in the chosen edition.
    pub author: Option<&'t str>,
    /// The publisher in the chosen edition: the container of an article or a page.
    pub container: Option<&'t str>,
    /// When it was published, as precisely as the file gives it.
    pub issued: Option<PartialDate>,
    /// Where it can be read.
    pub url: Option<&'t str>,
    /// The language it is written in (ISO 639-1).
    pub language: Option<&'t str>,
}

/// The kind of a source, by the rule of this module.
#[must_use]
pub fn kind(s: &Source) -> Kind {
    if let Some(t) = s.kind {
        return match t {
            SourceType::Article => Kind::Article,
            SourceType::Webpage => Kind::Webpage,
            SourceType::Book => Kind::Book,
            SourceType::Interview => Kind::Interview,
            SourceType::Post => Kind::Post,
        };
    }
    match (s.publisher.original(), &s.url) {
        (Some(_), _) => Kind::Article,
        (None, Some(_)) => Kind::Webpage,
        (None, None) => Kind::Book,
    }
}

/// One source's entry in a language.
#[must_use]
pub fn entry(s: &Source, lang: Lang) -> Entry<'_> {
    Entry {
        id: &s.id,
        kind: kind(s),
        title: s.title_in(lang),
        author: s.author_in(lang),
        container: s.publisher_in(lang),
        issued: s.date,
        url: s.url.as_deref(),
        language: s.lang.as_deref(),
    }
}

/// The entries of every source the chosen events quote, in the order first quoted.
#[must_use]
pub fn entries<'t>(t: &'t Timeline, chosen: &[EventIx], lang: Lang) -> Vec<Entry<'t>> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for &i in chosen {
        for x in t.excerpts_in(&t.events[i], lang) {
            if seen.contains(&x.source.as_str()) {
                continue;
            }
            seen.push(&x.source);
            if let Some(s) = t.source(&x.source) {
                out.push(entry(s, lang));
            }
        }
    }
    out
}

/// Text on one line: line breaks and other control characters become spaces.
#[must_use]
pub fn one_line(text: &str) -> String {
    let clean = crate::text::sanitize_multiline(text);
    clean
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
