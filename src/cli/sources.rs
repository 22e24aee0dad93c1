//! `--source`: naming sources on the command line by their id, or by a word of their
//! publisher or title in any edition, folded as the search folds.

use crate::fold::fold;
use crate::model::{Lang, Source, Timeline};
use crate::text::sanitize;
use crate::words::{Facet, Words};

/// Whether `word` (folded) starts a word of `text` once folded.
fn starts_a_word(text: &str, word: &str) -> bool {
    let text = fold(text);
    text.match_indices(word).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The publisher and the title of a source in every edition.
fn names(s: &Source) -> impl Iterator<Item = &str> {
    Lang::ALL.into_iter().flat_map(move |l| {
        s.publisher_in(l)
            .into_iter()
            .chain(std::iter::once(s.title_in(l)))
    })
}

/// The ids of the sources a `--source` value names: the source with that id, else every
/// source with a word of its publisher or title that begins with it.
///
/// # Errors
/// No source is named, worded as any unknown facet value, with the closest ids and
/// publishers.
pub fn named(t: &Timeline, name: &str, w: &dyn Words) -> Result<Vec<String>, String> {
    if let Some(s) = t.sources.iter().find(|s| s.id.eq_ignore_ascii_case(name)) {
        return Ok(vec![s.id.to_string()]);
    }
    let word = fold(name.trim());
    let found: Vec<String> = t
        .sources
        .iter()
        .filter(|s| !word.is_empty() && names(s).any(|n| starts_a_word(n, &word)))
        .map(|s| s.id.to_string())
        .collect();
    if found.is_empty() {
        let close: Vec<String> = closest(t, name, w.lang())
            .into_iter()
            .map(|c| sanitize(c).into_owned())
            .collect();
        let close: Vec<&str> = close.iter().map(String::as_str).collect();
        Err(w.unknown_choice(Facet::Source, &sanitize(name), &close, &[]))
    } else {
        Ok(found)
    }
}

/// The source ids and publishers nearest to a value that names none, best first, at most
/// three, by the one rule ([`crate::text::closest`]): publishers in the reader's language
/// first, then in the others (`--source` takes a publisher in any edition).
fn closest<'t>(t: &'t Timeline, name: &str, lang: Lang) -> Vec<&'t str> {
    let ids = t.sources.iter().map(|s| s.id.as_str());
    let langs = std::iter::once(lang).chain(Lang::ALL.into_iter().filter(move |l| *l != lang));
    let publishers = langs.flat_map(|l| t.sources.iter().filter_map(move |s| s.publisher_in(l)));
    crate::text::closest(name, ids.chain(publishers), 3)
}
