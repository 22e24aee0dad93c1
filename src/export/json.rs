//! The JSON export: a stable, documented shape with every field and the normalised periods.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Era, Event, EventIx, Meta, Name, PartialDate, Precision, Source, Timeline};

/// The export format's name and version, written into every document.
pub const FORMAT: &str = "kagarlitsky-timeline/1";

/// The first and last day an event covers, normalised from its dates.
#[derive(Debug, Serialize)]
pub struct Period {
    /// The first day.
    pub start: NaiveDate,
    /// The last day; `null` for a window open at its end, whose last day is not known.
    pub end: Option<NaiveDate>,
}

/// The two ends of a window, for an event whose `date` is one (EDTF `[EARLIEST..LATEST]`).
#[derive(Debug, Serialize)]
pub struct Window {
    /// The earliest date it may fall on, at the window's precision.
    pub earliest: PartialDate,
    /// The latest, or `null` when the window is open at its end (`[EARLIEST..]`).
    pub latest: Option<PartialDate>,
}

/// An event with its normalised period and precision.
#[derive(Debug, Serialize)]
pub struct ExportEvent<'a> {
    /// Every field of the event, as written.
    #[serde(flatten)]
    pub event: &'a Event,
    /// How precisely `date` is known (`window` for a window).
    pub precision: Precision,
    /// The ends of the window, when `date` is one.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
    /// The normalised period.
    pub period: Period,
}

/// The whole JSON document.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// Always [`FORMAT`].
    pub format: &'static str,
    /// The header.
    pub timeline: &'a Meta,
    /// Every source.
    pub sources: &'a [Source],
    /// Every era.
    pub eras: &'a [Era],
    /// The names of the cases (`[[case]]`): `id`, `name` and `name_LANG`.
    pub cases: &'a [Name],
    /// The names of the tags (`[[tag]]`), as the cases'.
    pub tags: &'a [Name],
    /// The chosen events, in date order.
    pub events: Vec<ExportEvent<'a>>,
}

/// The JSON document for the chosen events (timeline indices), pretty-printed.
///
/// # Errors
/// Serialisation cannot fail for these types; the error is passed on for form's sake.
pub fn to_json(t: &Timeline, chosen: &[EventIx]) -> serde_json::Result<String> {
    let events = chosen
        .iter()
        .map(|&i| {
            let e = &t.events[i];
            ExportEvent {
                event: e,
                precision: e.date.precision(),
                window: e.date.is_window().then(|| Window {
                    earliest: e.date.earliest(),
                    latest: e.date.latest(),
                }),
                period: Period {
                    start: e.date.start(),
                    end: e
                        .end
                        .map_or(e.date.latest_day(), |end| Some(end.last_day())),
                },
            }
        })
        .collect();
    let doc = Document {
        format: FORMAT,
        timeline: &t.meta,
        sources: &t.sources,
        eras: &t.eras,
        cases: &t.names.cases,
        tags: &t.names.tags,
        events,
    };
    serde_json::to_string_pretty(&doc).map(|s| {
        let mut s = escape_hazards(s);
        s.push('\n');
        s
    })
}

/// Writes every control or bidi character that `serde_json` leaves raw (DEL, C1, bidi) as a
/// `\uXXXX` escape, so the document is safe on a terminal and parses back to the exact text.
/// A raw line break in the pretty-printed output is layout, never string content.
fn escape_hazards(json: String) -> String {
    use std::fmt::Write as _;
    let hazard = |c: char| c != '\n' && crate::text::is_hazard(c);
    if !json.chars().any(hazard) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if hazard(c) {
            // Every hazard lies in the Basic Multilingual Plane, so four digits suffice.
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_hazards;

    #[test]
    fn del_c1_and_bidi_become_escapes_that_parse_back() {
        let raw = serde_json::to_string("a\u{7f}\u{9b}\u{202e}\u{1b}").expect("json");
        let safe = escape_hazards(raw);
        assert_eq!(safe, "\"a\\u007f\\u009b\\u202e\\u001b\"");
        let back: String = serde_json::from_str(&safe).expect("parse");
        assert_eq!(back, "a\u{7f}\u{9b}\u{202e}\u{1b}");
    }
}
