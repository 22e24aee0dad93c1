//! The iCalendar export read back by an independent parser (the `icalendar` crate): one
//! all-day event per day-precise date, ending the day after the last day of its period.

use crate::common;

use chrono::NaiveDate;
use icalendar::{Calendar, CalendarComponent, Component as _, DatePerhapsTime, EventLike as _};
use timeline::export;
use timeline::model::{Event, PartialDate, Timeline};
use timeline::words::Lang;

fn load(path: &str) -> Timeline {
    let text = std::fs::read_to_string(path).expect("fixture");
    timeline::load::parse(path, &text).expect("the fixture is valid")
}

/// The documented iCalendar treatment of file text (docs/FORMAT.md, "Exports"): carriage
/// returns are dropped, line breaks kept, every other control its visible stand-in.
fn shown(text: &str) -> String {
    timeline::text::sanitize_multiline(&text.replace('\r', "")).into_owned()
}

/// The first day after the whole period a date stands for (RFC 5545 §3.6.1: DTEND of an
/// all-day event is exclusive), worked out from the date's parts.
fn day_after(d: PartialDate) -> NaiveDate {
    let y = d.year_num();
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => NaiveDate::from_ymd_opt(y, m, day)
            .and_then(|x| x.succ_opt())
            .expect("day"),
        (Some(m), None) if m < 12 => NaiveDate::from_ymd_opt(y, m + 1, 1).expect("day"),
        // December, or a whole year: the period ends on 31 December.
        _ => NaiveDate::from_ymd_opt(y + 1, 1, 1).expect("day"),
    }
}

/// RFC 5545 §3.3.11 TEXT unescaping, for X-WR-CALNAME, which the parser leaves escaped.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn date_of(d: Option<DatePerhapsTime>) -> NaiveDate {
    match d {
        Some(DatePerhapsTime::Date(d)) => d,
        other => panic!("expected an all-day date, got {other:?}"),
    }
}

/// Parses the export of `t` and compares each event with the data.
fn check(t: &Timeline) {
    let all: Vec<_> = t.indices().collect();
    let ics = export::to_ics(t, &all, Lang::En, chrono::DateTime::UNIX_EPOCH);
    assert!(
        !ics.text
            .replace("\r\n", "")
            .chars()
            .any(timeline::text::is_hazard),
        "no raw control characters in the document"
    );
    for line in ics.text.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
    }
    let cal: Calendar = ics.text.parse().expect("the export parses");
    assert_eq!(
        cal.get_name().map(unescape),
        Some(shown(&t.meta.title)),
        "calendar name"
    );
    let parsed: Vec<&icalendar::Event> = cal
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    let exact: Vec<&Event> = t
        .events
        .iter()
        .filter(|e| e.date.exact().is_some())
        .collect();
    assert_eq!(parsed.len(), exact.len(), "one VEVENT per day-precise date");
    assert_eq!(
        ics.skipped,
        t.events.len() - exact.len(),
        "the rest are counted"
    );
    for (p, e) in parsed.iter().zip(&exact) {
        assert_eq!(
            p.get_uid().map(str::to_owned),
            Some(format!("{}@kagarlitsky-timeline", e.id))
        );
        let d = e.date.earliest();
        let start = NaiveDate::from_ymd_opt(
            d.year_num(),
            d.month().expect("month"),
            d.day().expect("day"),
        )
        .expect("day");
        assert_eq!(date_of(p.get_start()), start, "DTSTART of {}", e.id);
        let end = day_after(e.end.unwrap_or(d));
        assert_eq!(date_of(p.get_end()), end, "DTEND of {}", e.id);
        assert_eq!(p.get_summary(), Some(shown(&e.title).as_str()), "SUMMARY");
        let mut desc = e.summary.to_string();
        for (label, value) in e
            .legal
            .as_deref()
            .map(timeline::model::Localized::original)
            .into_iter()
            .flat_map(timeline::model::Fields::given)
        {
            desc = format!(
                "{desc}\n{}: {value}",
                timeline::words::Lang::En.words().legal(label)
            );
        }
        assert_eq!(
            p.get_description(),
            Some(shown(&desc).as_str()),
            "DESCRIPTION"
        );
        assert_eq!(
            p.get_location().map(str::to_owned),
            e.facts.get(timeline::model::Fact::Place).map(shown),
            "LOCATION"
        );
    }
}

#[test]
fn spans_end_the_day_after_their_last_day_and_hostile_text_is_neutralised() {
    check(&load("tests/fixtures/spans.toml"));
}

#[test]
fn a_month_end_runs_to_the_first_of_the_next_month() {
    let t = load("tests/fixtures/spans.toml");
    let i = t.index_of("month-end").expect("event");
    let text = export::to_ics(&t, &[i], Lang::En, chrono::DateTime::UNIX_EPOCH).text;
    // The period of `end = "2024-03"` is the whole of March; DTEND is exclusive.
    assert!(text.contains("DTEND;VALUE=DATE:20240401\r\n"), "{text}");
}

#[test]
fn the_markup_fixture_and_the_shipped_chronology_read_back() {
    check(&load("tests/fixtures/markup.toml"));
    check(&common::mini());
    check(&common::shipped());
}

/// Runs `timeline [--lang LANG] export --format ics FILE` with `env`; (status, stdout, stderr).
fn export_ics(file: &std::path::Path, lang: &str, env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_timeline"));
    cmd.args(["--lang", lang, "export", "--format", "ics"])
        .arg(file)
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run");
    (
        out.status.code().expect("status"),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

/// RFC 5545 §3.3.4: a DATE is four digits of year, two of month, two of day; calendars read
/// the years 0001 to 9999.
fn readable_date(value: &str) -> bool {
    value.len() == 8
        && value.bytes().all(|b| b.is_ascii_digit())
        && (1..=9999).contains(&value[..4].parse::<u32>().expect("digits"))
}

#[test]
fn events_whose_dates_a_calendar_cannot_read_are_left_out_and_counted() {
    // A span from year 0000 to 9999, with one event inside and three at its ends.
    let file = std::path::Path::new("tests/fixtures/edges.toml");
    let (code, text, err) = export_ics(file, "en", &[]);
    assert_eq!(code, 0, "{err}");
    let lines = text.replace("\r\n ", "");
    for value in lines
        .split("\r\n")
        .filter_map(|l| l.split_once(";VALUE=DATE:").map(|(_, v)| v))
    {
        assert!(readable_date(value), "unreadable date {value}");
    }
    let cal: Calendar = text.parse().expect("the export parses");
    let uids: Vec<_> = cal
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => e.get_uid(),
            _ => None,
        })
        .collect();
    assert_eq!(uids, ["inside@kagarlitsky-timeline"]);
    assert_eq!(
        err,
        "timeline: left out 3 events dated outside the years 0001–9999 that calendars read\n"
    );
    let (_, _, err) = export_ics(file, "ru", &[]);
    assert_eq!(
        err,
        "timeline: в календарь не вошли 3 события с датами вне 0001–9999 годов: \
         других лет календари не читают\n"
    );
}

/// The value of every DTSTAMP line of a calendar.
fn stamps(text: &str) -> Vec<String> {
    text.split("\r\n")
        .filter_map(|l| l.strip_prefix("DTSTAMP:"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_stamp_is_the_time_of_export_or_source_date_epoch() {
    let file = std::path::Path::new("tests/fixtures/mini.toml");
    // 1700000000 seconds after 1970-01-01T00:00:00Z is 2023-11-14T22:13:20Z.
    let (code, text, _) = export_ics(file, "en", &[("SOURCE_DATE_EPOCH", "1700000000")]);
    assert_eq!(code, 0);
    let fixed = stamps(&text);
    assert!(!fixed.is_empty());
    assert!(fixed.iter().all(|s| s == "20231114T221320Z"), "{fixed:?}");
    let format = "%Y%m%dT%H%M%SZ";
    let before = chrono::Utc::now().format(format).to_string();
    let (_, text, _) = export_ics(file, "en", &[]);
    let after = chrono::Utc::now().format(format).to_string();
    for s in stamps(&text) {
        assert!(before <= s && s <= after, "{before} <= {s} <= {after}");
    }
    for bad in ["soon", "1.5", "-"] {
        let (code, text, err) = export_ics(file, "en", &[("SOURCE_DATE_EPOCH", bad)]);
        assert_eq!((code, text.as_str()), (2, ""), "{bad}");
        assert_eq!(
            err,
            format!(
                "timeline: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, \
                 not \"{bad}\"\n"
            )
        );
    }
    let (code, _, err) = export_ics(file, "ru", &[("SOURCE_DATE_EPOCH", "soon")]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "timeline: переменная окружения SOURCE_DATE_EPOCH должна быть целым числом секунд \
         с 1970 года, а не «soon»\n"
    );
}
