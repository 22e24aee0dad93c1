//! What an edition in one language shows of the data: translated legal values and source
//! titles, publishers and authors, and the excerpts in the order that edition prefers.

use super::{Event, Excerpt, LegalField, Source, Timeline};

/// The ISO 639-1 code of the language whose sources the Russian edition puts first.
pub const RUSSIAN: &str = "ru";

impl Source {
    /// The title in a language: the translation when there is one.
    #[must_use]
    pub fn title_in(&self, russian: bool) -> &str {
        match (&self.title_ru, russian) {
            (Some(title), true) => title,
            _ => &self.title,
        }
    }

    /// The publisher in a language: the translation when there is one, else the original.
    #[must_use]
    pub fn publisher_in(&self, russian: bool) -> Option<&str> {
        match (&self.publisher_ru, russian) {
            (Some(publisher), true) => Some(publisher),
            _ => self.publisher.as_deref(),
        }
    }

    /// The author in a language: the translation when there is one, else the original.
    #[must_use]
    pub fn author_in(&self, russian: bool) -> Option<&str> {
        match (&self.author_ru, russian) {
            (Some(author), true) => Some(author),
            _ => self.author.as_deref(),
        }
    }

    /// Whether the source's text is in Russian, as its `lang` says.
    #[must_use]
    pub fn is_russian(&self) -> bool {
        self.lang.as_deref() == Some(RUSSIAN)
    }
}

impl Event {
    /// The value of one legal field in a language: the translation when
    /// `[event.ru.legal]` has one, else the original; nothing when the original has none.
    #[must_use]
    pub fn legal_value(&self, field: LegalField, russian: bool) -> Option<&str> {
        let original = self.legal.as_deref()?.get(field)?;
        let translated = self
            .ru
            .as_deref()
            .filter(|_| russian)
            .and_then(|t| t.legal.as_ref())
            .and_then(|l| l.get(field));
        Some(translated.unwrap_or(original))
    }

    /// The filled legal fields with their values in a language, in display order.
    #[must_use]
    pub fn legal_in(&self, russian: bool) -> Vec<(LegalField, &str)> {
        LegalField::ALL
            .into_iter()
            .filter_map(|f| self.legal_value(f, russian).map(|v| (f, v)))
            .collect()
    }
}

impl Timeline {
    /// An event's excerpts in the order an edition shows them: the Russian edition puts
    /// those quoting Russian-language sources first, each group in file order; the English
    /// edition keeps file order.
    #[must_use]
    pub fn excerpts_in<'e>(&self, e: &'e Event, russian: bool) -> Vec<&'e Excerpt> {
        let mut excerpts: Vec<&Excerpt> = e.excerpts.iter().collect();
        if russian {
            // A stable sort: `false` (Russian) before `true`, file order within each.
            excerpts.sort_by_key(|x| !self.source(&x.source).is_some_and(Source::is_russian));
        }
        excerpts
    }
}
