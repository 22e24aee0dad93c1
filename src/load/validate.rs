//! Checks across the whole file: unique ids, links that resolve, dates inside the span.

use std::collections::HashMap;

use super::items::EventSpans;
use super::read::{Reader, suggest};
use crate::model::{Event, Meta, Source};
use crate::text::sanitize;
use crate::words::{Problem, SpanEnd};

/// Runs every cross-entry check, recording problems on `r`.
pub fn validate(
    r: &mut Reader,
    meta: Option<(&Meta, [u32; 2])>,
    sources: &[(Source, usize)],
    (events, spans): (&[Event], &[EventSpans]),
) {
    let mut source_ids: HashMap<&str, usize> = HashMap::new();
    for (s, at) in sources {
        if source_ids.insert(&s.id, *at).is_some() {
            let id = sanitize(&s.id).into_owned();
            r.problem(*at, Problem::DuplicateSource { id });
        }
    }
    let mut event_ids: HashMap<&str, usize> = HashMap::with_capacity(events.len());
    for (e, spans) in events.iter().zip(spans) {
        if event_ids.insert(&e.id, spans.id).is_some() {
            let id = sanitize(&e.id).into_owned();
            r.problem(spans.id, Problem::DuplicateEvent { id });
        }
    }
    // Candidates for "did you mean" in file order, so ties always go the same way.
    let all_sources: Vec<&str> = sources.iter().map(|(s, _)| s.id.as_str()).collect();
    let all_events: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
    for (e, spans) in events.iter().zip(spans) {
        if let Some(end) = e.end
            && end.last_day() < e.date.start()
        {
            let date = e.date;
            r.problem(spans.end, Problem::EndBeforeDate { end, date });
        }
        if e.approximate && e.date.is_window() {
            r.problem(spans.date, Problem::ApproximateWindow);
        }
        // The date itself must lie in the span, and so must the end: an end inside the
        // span does not bring in an event dated after it.
        if let Some((m, lines)) = meta
            && spans.dated
            && (e.date.start() < m.from.start()
                || e.date.start() > m.to.last_day()
                || e.end.is_some_and(|end| end.start() > m.to.last_day()))
        {
            let problem = Problem::OutsideSpan {
                id: sanitize(&e.id).into_owned(),
                date: e.date,
                from: m.from,
                to: m.to,
                widen: if e.date.start() < m.from.start() {
                    (SpanEnd::From, lines[0])
                } else {
                    (SpanEnd::To, lines[1])
                },
            };
            r.problem(spans.date, problem);
        }
        for (related, at) in e.related.iter().zip(&spans.related) {
            if related == &e.id {
                let id = sanitize(&e.id).into_owned();
                r.problem(*at, Problem::RelatedSelf { id });
            } else if !event_ids.contains_key(related.as_str()) {
                let others = all_events.iter().copied().filter(|id| *id != e.id);
                let (id, hint) = unknown(related, others);
                r.problem(*at, Problem::UnknownRelated { id, hint });
            }
        }
        for (x, at) in e.excerpts.iter().zip(&spans.sources) {
            if !source_ids.contains_key(x.source.as_str()) {
                let (id, hint) = unknown(&x.source, all_sources.iter().copied());
                r.problem(*at, Problem::UnknownSource { id, hint });
            }
        }
    }
}

/// An unknown id as shown, with the closest known one: "unknown source \"x\"; did you mean
/// \"y\"?"
fn unknown<'a>(id: &str, known: impl Iterator<Item = &'a str>) -> (String, Option<String>) {
    let known: Vec<&str> = known.collect();
    let hint = suggest(id, &known).map(|s| sanitize(s).into_owned());
    (sanitize(id).into_owned(), hint)
}
