//! Warnings for curators: things a valid file may still get wrong, which `check` reports
//! without refusing the file.

use std::collections::BTreeSet;

use super::diag::{Diagnostic, LineWalk};
use crate::model::{Event, Grouping, Kind, Lang, Legal, LegalField, Timeline};
use crate::text::sanitize;
use crate::words::Problem;

/// Words in a summary that say the sources disagree, which `disputed` should then record.
const DISAGREEMENT: &[&str] = &[
    "disput",
    "disagree",
    "contradict",
    "conflicting",
    "other sources",
    "another source",
    "some sources",
    "sources differ",
    "sources vary",
];

/// Words that, inside parentheses in a source's title, mark a curator's remark rather than
/// what the source printed (English and Russian stems, matched in lowercase).
const NOTE_WORDS: &[&str] = &[
    "page",
    "title",
    "copy",
    "mirror",
    "repost",
    "stored",
    "slug",
    "not shown",
    "listing",
    "untitled",
    "страниц",
    "заголов",
    "копи",
    "зеркал",
    "перепечат",
    "сохранён",
    "сохранен",
    "адрес",
    "не показ",
    "подборк",
    "без названия",
];

/// Whether a title holds a curator's remark in parentheses.
fn holds_note(title: &str) -> bool {
    let lower = title.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        let close = inner.find(')').unwrap_or(inner.len());
        if NOTE_WORDS.iter().any(|w| inner[..close].contains(*w)) {
            return true;
        }
        rest = &inner[close..];
    }
    false
}

/// The warnings found so far, each kept as the diagnostic it becomes, with its byte offset
/// standing for its line until [`Found::located`]: located in place, the list is not copied
/// (at 100,000 events a second list of them took megabytes). Room is made for one warning an
/// event at first.
struct Found(Vec<Diagnostic>);

impl Found {
    /// Adds a warning at a byte offset.
    fn push(&mut self, (at, problem): (usize, Problem)) {
        self.0.push(Diagnostic {
            line: at,
            column: 0,
            problem,
        });
    }

    /// The warnings in file order, at their lines and columns: sorted through a list of
    /// offsets (stable, with no scratch copy of the warnings), then located in one walk over
    /// the text, with no index of its lines.
    fn located(mut self, text: &str) -> Vec<Diagnostic> {
        self.0.sort_by_cached_key(|d| d.line);
        let mut lines = LineWalk::new(text);
        for d in &mut self.0 {
            (d.line, d.column) = lines.locate(d.line);
        }
        self.0
    }
}

/// Every warning for a loaded timeline, located in its text, in file order.
#[must_use]
pub fn warnings(t: &Timeline, text: &str) -> Vec<Diagnostic> {
    let text = super::without_bom(text);
    let mut found = Found(Vec::with_capacity(t.events.len()));
    // Once any event has a table in a language, every event should: an edition is all or
    // nothing. Likewise for the legal values, once any event translates them.
    let translating: Vec<(Lang, bool)> = Lang::translations()
        .filter(|l| t.events.iter().any(|e| e.translated(*l)))
        .map(|l| {
            (
                l,
                t.events.iter().any(|e| legal_translation(e, l).is_some()),
            )
        })
        .collect();
    for e in &t.events {
        let id = || sanitize(&e.id).into_owned();
        for &(lang, legal_translating) in &translating {
            if !e.translated(lang) {
                found.push((e.offset, Problem::Untranslated { id: id(), lang }));
            }
            if e.translated(lang)
                && e.disputed.is_some()
                && e.disputed
                    .translation(lang)
                    .and_then(Option::as_ref)
                    .is_none()
            {
                found.push((e.offset, Problem::DisputeUntranslated { id: id(), lang }));
            }
            if legal_translating {
                untranslated_legal(e, lang, &mut found);
            }
        }
        let sources: BTreeSet<&str> = e.excerpts.iter().map(|x| x.source.as_str()).collect();
        match (sources.len(), e.single_source) {
            (1, false) => {
                let source = sanitize(sources.first().copied().unwrap_or_default()).into_owned();
                found.push((e.offset, Problem::OneSource { id: id(), source }));
            }
            (n, true) if n > 1 => {
                found.push((
                    e.offset,
                    Problem::NotSingle {
                        id: id(),
                        sources: n,
                    },
                ));
            }
            _ => {}
        }
        let summary = e.summary.to_lowercase();
        if e.disputed.is_none()
            && let Some(word) = DISAGREEMENT.iter().find(|w| summary.contains(*w))
        {
            found.push((e.offset, Problem::UnrecordedDispute { id: id(), word }));
        }
        if e.kind != Kind::Ruling
            && e.legal
                .as_ref()
                .is_some_and(|l| l.get(LegalField::Sentence).is_some())
        {
            let kind = e.kind;
            found.push((e.offset, Problem::SentenceNotRuling { id: id(), kind }));
        }
    }
    for s in &t.sources {
        for lang in Lang::ALL {
            let title = match s.title.translation(lang) {
                Some(t) => t.as_str(),
                None if lang == Lang::ORIGINAL => s.title.original().as_str(),
                None => continue,
            };
            if holds_note(title) {
                let id = sanitize(&s.id).into_owned();
                found.push((s.title_offset, Problem::NoteLikeTitle { id, lang }));
            }
        }
    }
    unnamed(t, &mut found);
    found.located(text)
}

/// An event's `[event.LANG.legal]`, when it has one.
fn legal_translation(e: &Event, lang: Lang) -> Option<&Legal> {
    e.legal.as_deref()?.translation(lang)
}

/// Warns of the legal fields an event's translation into a language leaves in the original.
fn untranslated_legal(e: &Event, lang: Lang, found: &mut Found) {
    let Some(legal) = e.legal.as_deref().filter(|_| e.translated(lang)) else {
        return;
    };
    let translated = legal_translation(e, lang);
    let keys: Vec<&'static str> = legal
        .given()
        .filter(|(f, _)| translated.is_none_or(|l| l.get(*f).is_none()))
        .map(|(f, _)| f.key())
        .collect();
    if !keys.is_empty() {
        let id = sanitize(&e.id).into_owned();
        found.push((e.offset, Problem::UntranslatedLegal { id, keys, lang }));
    }
}

/// Warns of each case and tag the events use that no `[[case]]` or `[[tag]]` names, once,
/// at the first event that uses it.
fn unnamed(t: &Timeline, found: &mut Found) {
    let mut warned: BTreeSet<(u8, &str)> = BTreeSet::new();
    for e in &t.events {
        let keys = e
            .case
            .iter()
            .map(|c| (Grouping::Case, c))
            .chain(e.tags.iter().map(|k| (Grouping::Tag, k)));
        for (grouping, key) in keys {
            if t.names.name(grouping, key, Lang::ORIGINAL).is_none()
                && warned.insert((grouping as u8, key.as_str()))
            {
                let id = sanitize(key).into_owned();
                found.push((e.offset, Problem::Unnamed { grouping, id }));
            }
        }
    }
}
