//! What an edition in one language shows of the data: translated legal values and source
//! titles, publishers and authors, and the excerpts in the order that edition prefers.

use super::{Event, Excerpt, Lang, LegalField, Source, Text, Timeline};

impl Source {
    /// The title in a language: the translation when there is one.
    #[must_use]
    pub fn title_in(&self, lang: Lang) -> &str {
        self.title.in_lang(lang)
    }

    /// The publisher in a language: the translation when there is one, else the original.
    #[must_use]
    pub fn publisher_in(&self, lang: Lang) -> Option<&str> {
        self.publisher.get(lang).map(Text::as_str)
    }

    /// The author in a language: the translation when there is one, else the original.
    #[must_use]
    pub fn author_in(&self, lang: Lang) -> Option<&str> {
        self.author.get(lang).map(Text::as_str)
    }

    /// The curator's note in a language: the translation when there is one, else the
    /// original.
    #[must_use]
    pub fn note_in(&self, lang: Lang) -> Option<&str> {
        self.note.get(lang).map(Text::as_str)
    }

    /// Whether the source's text is in a language, as its `lang` says.
    #[must_use]
    pub fn is_in(&self, lang: Lang) -> bool {
        self.lang.as_deref() == Some(lang.code())
    }
}

impl Event {
    /// The value of one legal field in a language: the translation when
    /// `[event.LANG.legal]` has one, else the original; nothing when the original has none.
    #[must_use]
    pub fn legal_value(&self, field: LegalField, lang: Lang) -> Option<&str> {
        let legal = self.legal.as_deref()?;
        let original = legal.get(field)?;
        let translated = legal.translation(lang).and_then(|l| l.get(field));
        Some(translated.unwrap_or(original))
    }

    /// The filled legal fields with their values in a language, in display order.
    #[must_use]
    pub fn legal_in(&self, lang: Lang) -> Vec<(LegalField, &str)> {
        LegalField::ALL
            .into_iter()
            .filter_map(|f| self.legal_value(f, lang).map(|v| (f, v)))
            .collect()
    }
}

impl Timeline {
    /// An event's excerpts in the order an edition shows them: a translated edition puts
    /// those quoting sources written in its language first, each group in file order; the
    /// original edition keeps file order, the curator's.
    #[must_use]
    pub fn excerpts_in<'e>(&self, e: &'e Event, lang: Lang) -> Vec<&'e Excerpt> {
        let mut excerpts: Vec<&Excerpt> = e.excerpts.iter().collect();
        if lang != Lang::ORIGINAL {
            // A stable sort: `false` (in the language) before `true`, file order within each.
            excerpts.sort_by_key(|x| !self.source(&x.source).is_some_and(|s| s.is_in(lang)));
        }
        excerpts
    }
}
