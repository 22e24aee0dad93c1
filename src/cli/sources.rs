//! `--source`: naming sources on the command line by their id, or by a word of their
//! publisher or title in any edition, folded as the search folds.

use crate::fold::fold;
use crate::model::{Lang, Source, Timeline};
use crate::text::sanitize;
use crate::words::Words;

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
/// No source is named, with the closest ids and publishers, in the words of `w`.
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
        Err(w.unknown_source_option(&sanitize(name), &closest(t, name, w.lang()).join(", ")))
    } else {
        Ok(found)
    }
}

/// The source ids and publishers nearest to a value that names none, best first.
fn closest(t: &Timeline, name: &str, lang: Lang) -> Vec<String> {
    let word = fold(name);
    let mut scored: Vec<(f64, String)> = t
        .sources
        .iter()
        .flat_map(|s| {
            let id = (strsim::jaro_winkler(&word, &fold(&s.id)), s.id.to_string());
            let publisher = s
                .publisher_in(lang)
                .map(|p| (strsim::jaro_winkler(&word, &fold(p)), p.to_owned()));
            std::iter::once(id).chain(publisher)
        })
        .filter(|(score, _)| *score > 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<String> = Vec::new();
    for (_, n) in scored {
        let n = sanitize(&n).into_owned();
        if !out.contains(&n) {
            out.push(n);
        }
        if out.len() == 3 {
            break;
        }
    }
    out
}
