//! The words of the web exports (HTML page, `TimelineJS`, Markwhen), taken from the one
//! table of words per language in [`crate::words`], so the web speaks as the terminal does.

use crate::model::{Event, Kind, PartialDate};
use crate::present;
use crate::words::{Lang, Phrase, Words};

/// The words of the web exports in one language.
#[derive(Debug)]
pub struct Labels {
    /// The language tag written into the page (`<html lang>`).
    pub lang: &'static str,
    /// The marker of a disagreement between sources.
    pub disputed: &'static str,
    /// The marker of an event that rests on one source only.
    pub single_source: &'static str,
    /// Said of an approximate date where no date is shown beside it (Markwhen).
    pub approximate_date: &'static str,
    /// The label of the place.
    pub place: &'static str,
    /// The heading of the year navigation.
    pub years: &'static str,
    /// The heading of the kind filters.
    pub kinds_heading: &'static str,
    /// The search box's label.
    pub search: &'static str,
    /// The message shown when no event matches.
    pub no_match: &'static str,
    /// "N of M events shown": the words after N, after M.
    pub shown: (&'static str, &'static str),
    /// Between the subject and the span in the introduction: "A sourced chronology of".
    pub intro: &'static str,
    /// The footer's note on how the page was made.
    pub generated: &'static str,
    words: &'static dyn Words,
}

impl Labels {
    /// The labels for a language tag (`en`, `ru`); English for any other.
    #[must_use]
    pub fn for_lang(lang: &str) -> Labels {
        let lang = Lang::parse(lang).unwrap_or_default();
        let w = lang.words();
        Labels {
            lang: lang.code(),
            disputed: w.phrase(Phrase::WebDisputed),
            single_source: w.phrase(Phrase::WebSingleSource),
            approximate_date: w.phrase(Phrase::ApproximateDate),
            place: w.phrase(Phrase::Place),
            years: w.phrase(Phrase::Years),
            kinds_heading: w.phrase(Phrase::Kinds),
            search: w.phrase(Phrase::Search),
            no_match: w.phrase(Phrase::ListEmpty),
            shown: (w.phrase(Phrase::ShownOf), w.phrase(Phrase::ShownTail)),
            intro: w.phrase(Phrase::Intro),
            generated: w.phrase(Phrase::WebGenerated),
            words: w,
        }
    }

    /// Whether these are the Russian labels, for the event texts to follow.
    #[must_use]
    pub fn russian(&self) -> bool {
        self.words.russian()
    }

    /// The shown name of a kind.
    #[must_use]
    pub fn kind(&self, k: Kind) -> &'static str {
        self.words.kind(k)
    }

    /// An event's filled legal fields with their labels, in display order, their values
    /// translated where the event's translation gives them in this language.
    #[must_use]
    pub fn legal_fields<'a>(&self, e: &'a Event) -> Vec<(&'static str, &'a str)> {
        e.legal_in(self.russian())
            .into_iter()
            .map(|(f, v)| (self.words.legal(f), v))
            .collect()
    }

    /// A date at its precision: `25 Jul 2023`, `Jul 2023` or `2023`.
    #[must_use]
    pub fn date(&self, d: PartialDate) -> String {
        present::date(self.words, d)
    }

    /// An event's date or span, marked when approximate: `~1982`, `25 Jul – 12 Dec 2023`.
    #[must_use]
    pub fn when(&self, e: &Event) -> String {
        present::event_when(self.words, e)
    }
}
