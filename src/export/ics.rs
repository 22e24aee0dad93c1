//! The iCalendar export (RFC 5545): one all-day VEVENT per event with a day-precise date.

use std::fmt::Write as _;

use chrono::{DateTime, Datelike as _, NaiveDate, Utc};

use crate::model::{EventIx, Fact, Timeline};
use crate::words::Words;

/// An iCalendar document and how many events were left out, and why.
#[derive(Debug)]
pub struct Ics {
    /// The document, with CRLF line ends.
    pub text: String,
    /// Events left out because their date is only a year or a month.
    pub skipped: usize,
    /// Events left out because a day of theirs (DTSTART, or DTEND, the day after the last)
    /// falls outside the years 0001 to 9999, which are all an iCalendar DATE can hold
    /// (four digits) and calendars read (year 0000 is none).
    pub out_of_range: usize,
}

/// The time of export, for DTSTAMP: `SOURCE_DATE_EPOCH` when it is set and not empty (whole
/// seconds since 1970-01-01T00:00:00Z, for output that is the same on every run), else now.
///
/// # Errors
/// The value of a `SOURCE_DATE_EPOCH` that is not such a number, or lies after the year 9999.
pub fn export_time() -> Result<DateTime<Utc>, String> {
    match std::env::var_os("SOURCE_DATE_EPOCH") {
        Some(v) if !v.is_empty() => {
            let text = v.to_string_lossy();
            text.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| text.parse::<i64>().ok())
                .flatten()
                .and_then(|secs| DateTime::from_timestamp(secs, 0))
                .filter(|t| t.year() <= 9999)
                .ok_or_else(|| text.into_owned())
        }
        _ => Ok(Utc::now()),
    }
}

/// Whether a calendar can read the day: a year from 0001 to 9999.
fn readable(d: NaiveDate) -> bool {
    (1..=9999).contains(&d.year())
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): carriage returns are dropped, every other
/// control or bidi character becomes its visible stand-in ([`crate::text::sanitize`]),
/// since TEXT may not hold controls; then backslash, semicolon, comma and line breaks are
/// escaped.
#[must_use]
pub fn escape(text: &str) -> String {
    let text = text.replace('\r', "");
    let clean = crate::text::sanitize_multiline(&text);
    let mut out = String::with_capacity(clean.len());
    for ch in clean.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line to at most 75 octets per line, never inside a UTF-8 character.
#[must_use]
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    let mut used = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn day(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// Renders the chosen events that have an exact day a calendar can read, in the language of
/// `w`, stamped with the time `stamp`.
#[must_use]
pub fn render(t: &Timeline, chosen: &[EventIx], w: &dyn Words, stamp: DateTime<Utc>) -> Ics {
    let lang = w.lang();
    let mut text = String::new();
    let mut line = |l: &str| text.push_str(&fold(l));
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//kagarlitsky-timeline//timeline export//EN");
    line("CALSCALE:GREGORIAN");
    line(&format!("X-WR-CALNAME:{}", escape(t.meta.title_in(lang))));
    let stamp = stamp.format("%Y%m%dT%H%M%SZ");
    let (mut skipped, mut out_of_range) = (0, 0);
    for &i in chosen {
        let e = &t.events[i];
        let Some(start) = e.date.exact() else {
            skipped += 1;
            continue;
        };
        // DTEND is exclusive: the day after the last day of the whole period, so an `end`
        // known only to the month or the year covers all of it, as the JSON `period` does.
        let last = e.last_day();
        let after = last.succ_opt().unwrap_or(last);
        if !readable(start) || !readable(after) {
            out_of_range += 1;
            continue;
        }
        let mut desc = e.summary_in(lang).to_owned();
        // The place is the calendar's location; any other fact goes into the description.
        for (fact, value) in e.facts_in(lang).filter(|(f, _)| *f != Fact::Place) {
            let _ = write!(desc, "\n{}: {value}", w.fact(fact));
        }
        for (field, value) in e.legal_in(lang) {
            let _ = write!(desc, "\n{}: {value}", w.legal(field));
        }
        line("BEGIN:VEVENT");
        line(&format!("UID:{}@kagarlitsky-timeline", e.id));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", day(start)));
        line(&format!("DTEND;VALUE=DATE:{}", day(after)));
        line(&format!("SUMMARY:{}", escape(e.title_in(lang))));
        line(&format!("DESCRIPTION:{}", escape(&desc)));
        if let Some(place) = e.fact_in(Fact::Place, lang) {
            line(&format!("LOCATION:{}", escape(place)));
        }
        line(&format!("CATEGORIES:{}", escape(w.kind(e.kind))));
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    Ics {
        text,
        skipped,
        out_of_range,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }

    #[test]
    fn controls_become_visible_and_their_backslashes_are_escaped() {
        assert_eq!(escape("a\u{1b}]0;x\u{7}\r\n"), "a\u{241b}]0\\;x\u{2407}\\n");
        assert_eq!(escape("\u{9b}\u{202e}"), "\\\\u{9b}\\\\u{202e}");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let long = format!("DESCRIPTION:{}", "ж".repeat(100));
        let folded = fold(&long);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }
}
