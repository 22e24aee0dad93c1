//! Checks across the whole file: unique ids, links that resolve, dates inside the span.

use std::collections::HashMap;

use super::items::EventSpans;
use super::read::{Reader, suggest};
use crate::model::{Event, Meta, Source};
use crate::text::sanitize;

/// Runs every cross-entry check, recording problems on `r`.
pub fn validate(
    r: &mut Reader,
    meta: Option<&Meta>,
    sources: &[(Source, usize)],
    (events, spans): (&[Event], &[EventSpans]),
) {
    let mut source_ids: HashMap<&str, usize> = HashMap::new();
    for (s, at) in sources {
        if source_ids.insert(&s.id, *at).is_some() {
            r.problem(*at, format!("duplicate source id \"{}\"", sanitize(&s.id)));
        }
    }
    let mut event_ids: HashMap<&str, usize> = HashMap::with_capacity(events.len());
    for (e, spans) in events.iter().zip(spans) {
        if event_ids.insert(&e.id, spans.id).is_some() {
            r.problem(
                spans.id,
                format!("duplicate event id \"{}\"", sanitize(&e.id)),
            );
        }
    }
    // Candidates for "did you mean" in file order, so ties always go the same way.
    let all_sources: Vec<&str> = sources.iter().map(|(s, _)| s.id.as_str()).collect();
    let all_events: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
    for (e, spans) in events.iter().zip(spans) {
        if let Some(end) = e.end
            && end.last_day() < e.date.start()
        {
            r.problem(
                spans.end,
                format!("`end` {end} is before `date` {}", e.date),
            );
        }
        if let Some(m) = meta
            && spans.dated
            && (e.date.start() < m.from.start()
                || e.end.unwrap_or(e.date).start() > m.to.last_day())
        {
            r.problem(
                spans.date,
                format!(
                    "event \"{}\" ({}) lies outside the timeline's span {}..{}",
                    sanitize(&e.id),
                    e.date,
                    m.from,
                    m.to
                ),
            );
        }
        for (related, at) in e.related.iter().zip(&spans.related) {
            if related == &e.id {
                r.problem(
                    *at,
                    format!("event \"{}\" lists itself in `related`", sanitize(&e.id)),
                );
            } else if !event_ids.contains_key(related.as_str()) {
                let others = all_events.iter().copied().filter(|id| *id != e.id);
                r.problem(*at, unknown("related event", related, others));
            }
        }
        for (x, at) in e.excerpts.iter().zip(&spans.sources) {
            if !source_ids.contains_key(x.source.as_str()) {
                r.problem(
                    *at,
                    unknown("source", &x.source, all_sources.iter().copied()),
                );
            }
        }
    }
}

/// "unknown source \"x\"; did you mean \"y\"?"
fn unknown<'a>(what: &str, id: &str, known: impl Iterator<Item = &'a str>) -> String {
    let known: Vec<&str> = known.collect();
    let tail = suggest(id, &known).map_or_else(String::new, |s| format!("; did you mean \"{s}\"?"));
    format!("unknown {what} \"{}\"{tail}", sanitize(id))
}
