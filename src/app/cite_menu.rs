//! The menu `y` opens: what to cite (the event, or the source the full view highlights) and
//! in which format, each the text `timeline cite ID [--source SRC] --format …` prints.

use super::App;
use crate::cite::{Style, citation_in};

/// The formats, in the menu's order.
const FORMATS: usize = 4;

/// One entry of the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CiteChoice {
    /// The highlighted source, rather than the whole event.
    pub source: bool,
    /// Markdown, plain text, BibTeX or CSL-JSON, by position.
    pub format: usize,
}

impl App {
    /// The id of the quoted source the full view highlights, if one is.
    fn highlighted_source(&self) -> Option<String> {
        let e = self.current()?;
        let k = self.mode.link()?.checked_sub(self.links().len())?;
        let x = *self.timeline.excerpts_in(e, self.words.lang()).get(k)?;
        Some(x.source.as_str().to_owned())
    }

    /// The menu's entries: the event in each format, then the highlighted source in each.
    #[must_use]
    pub fn cite_choices(&self) -> Vec<CiteChoice> {
        let whats: &[bool] = if self.highlighted_source().is_some() {
            &[false, true]
        } else {
            &[false]
        };
        whats
            .iter()
            .flat_map(|&source| (0..FORMATS).map(move |format| CiteChoice { source, format }))
            .collect()
    }

    /// How an entry is written in the menu.
    #[must_use]
    pub fn cite_label(&self, c: CiteChoice) -> String {
        use crate::words::Phrase;
        let w = self.words;
        let what = w.phrase(if c.source {
            Phrase::CiteSource
        } else {
            Phrase::CiteEvent
        });
        let format = match c.format {
            0 => "Markdown",
            1 => w.phrase(Phrase::PlainText),
            2 => "BibTeX",
            _ => "CSL-JSON",
        };
        format!("{what} · {format}")
    }

    /// The text an entry copies, as `timeline cite` prints it.
    #[must_use]
    pub fn cite_text(&self, c: CiteChoice) -> Option<String> {
        let i = self.current_index()?;
        let only = if c.source {
            Some(self.highlighted_source()?)
        } else {
            None
        };
        let (t, w, only) = (&self.timeline, self.words, only.as_deref());
        let lang = w.lang();
        match c.format {
            0 => Some(citation_in(t, i, w, Style::Markdown, only)),
            1 => Some(citation_in(t, i, w, Style::Text, only)),
            2 => Some(crate::export::source_bibtex(t, &[i], lang, only)),
            _ => crate::export::source_csl_json(t, &[i], lang, only).ok(),
        }
    }

    /// The one line the menu shows of what an entry copies: a citation's first line, or
    /// the keys of the bibliography entries (their first line is a comment or a bracket).
    #[must_use]
    pub fn cite_preview(&self, c: CiteChoice) -> String {
        if c.format < 2 {
            let text = self.cite_text(c).unwrap_or_default();
            return text.lines().next().unwrap_or_default().to_owned();
        }
        let (Some(i), lang) = (self.current_index(), self.words.lang()) else {
            return String::new();
        };
        let only = if c.source {
            self.highlighted_source()
        } else {
            None
        };
        let keys: Vec<&str> = crate::export::entries(&self.timeline, &[i], lang)
            .into_iter()
            .map(|e| e.id)
            .filter(|id| only.as_deref().is_none_or(|o| o == *id))
            .collect();
        format!(
            "{}: {}",
            self.words.sources_count(keys.len()),
            keys.join(", ")
        )
    }

    /// How many sources the current event quotes, each once.
    pub(super) fn quoted_count(&self) -> usize {
        let Some(e) = self.current() else { return 0 };
        let mut sources: Vec<&str> = e.excerpts.iter().map(|x| x.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    }
}
