//! An event's date: one partial date, or a window it fell within, written in EDTF (ISO
//! 8601-2, level 2, "one of a set" with one range): `[2024-03-27..2024-06-05]`, or
//! `[2015-02-27..]` when only the earliest day is known.

use std::fmt;

use chrono::NaiveDate;

use super::{DateError, PartialDate, Precision};

/// When an event happened, as well as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    /// On a date known to the year, the month or the day.
    On(PartialDate),
    /// On one day between two dates, both included, written to the same precision.
    Between(PartialDate, PartialDate),
    /// On one day no earlier than this date, with no known latest day.
    NotBefore(PartialDate),
}

impl EventDate {
    /// Reads a partial date (`2023`, `2023-07`, `2023-07-25`) or a window
    /// (`[2024-03-27..2024-06-05]`, `[2023-12..2024-02]`, `[2015-02-27..]`).
    ///
    /// # Errors
    /// Returns the reason when the text is neither, when a window's ends are not dates of
    /// the same precision, or when the window ends before it begins.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let Some(inner) = text.strip_prefix('[') else {
            return PartialDate::parse(text).map(Self::On);
        };
        let (first, last) = inner
            .strip_suffix(']')
            .and_then(|t| t.split_once(".."))
            .ok_or(DateError::Window)?;
        if first.is_empty() || first.contains(['.', ',']) || last.contains(['.', ',']) {
            return Err(DateError::Window);
        }
        // An end that is no date at all says more as a malformed window.
        let end = |text| {
            PartialDate::parse(text).map_err(|e| match e {
                DateError::Format => DateError::Window,
                other => other,
            })
        };
        let earliest = end(first)?;
        if last.is_empty() {
            return Ok(Self::NotBefore(earliest));
        }
        let latest = end(last)?;
        if latest.precision() != earliest.precision() {
            return Err(DateError::WindowPrecision);
        }
        if latest.last_day() < earliest.start() {
            return Err(DateError::WindowReversed { earliest, latest });
        }
        Ok(Self::Between(earliest, latest))
    }

    /// The earliest date it may fall on.
    #[must_use]
    pub fn earliest(self) -> PartialDate {
        match self {
            Self::On(d) | Self::Between(d, _) | Self::NotBefore(d) => d,
        }
    }

    /// The latest date it may fall on: the date itself, the window's latest end, or none
    /// for a window open at its end.
    #[must_use]
    pub fn latest(self) -> Option<PartialDate> {
        match self {
            Self::On(d) | Self::Between(_, d) => Some(d),
            Self::NotBefore(_) => None,
        }
    }

    /// Whether it is a window rather than one partial date.
    #[must_use]
    pub fn is_window(self) -> bool {
        !matches!(self, Self::On(_))
    }

    /// The year of its earliest date, under which it is listed.
    #[must_use]
    pub fn year_num(self) -> i32 {
        self.earliest().year_num()
    }

    /// How precisely it is known: a window is [`Precision::Window`].
    #[must_use]
    pub fn precision(self) -> Precision {
        match self {
            Self::On(d) => d.precision(),
            _ => Precision::Window,
        }
    }

    /// The order-preserving number of its earliest possible day (see [`PartialDate::key`]).
    #[must_use]
    pub fn key(self) -> i64 {
        self.earliest().key()
    }

    /// The earliest day it may fall on.
    #[must_use]
    pub fn start(self) -> NaiveDate {
        self.earliest().start()
    }

    /// The latest day it may fall on, if it is known.
    #[must_use]
    pub fn latest_day(self) -> Option<NaiveDate> {
        self.latest().map(PartialDate::last_day)
    }

    /// The last day it is placed in: the latest day it may fall on, or for a window open at
    /// its end, where it is listed, the last day of its earliest date (so that `--from 2025`
    /// does not bring in an event known only to be no earlier than 2015).
    #[must_use]
    pub fn last_day(self) -> NaiveDate {
        self.latest().unwrap_or(self.earliest()).last_day()
    }

    /// The calendar day, when it is one day-precise date (never for a window).
    #[must_use]
    pub fn exact(self) -> Option<NaiveDate> {
        match self {
            Self::On(d) => d.exact(),
            _ => None,
        }
    }
}

impl From<PartialDate> for EventDate {
    fn from(d: PartialDate) -> Self {
        Self::On(d)
    }
}

impl fmt::Display for EventDate {
    /// Writes it as in the file: `2023-07-25`, `[2024-03-27..2024-06-05]`, `[2015-02-27..]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::On(d) => write!(f, "{d}"),
            Self::Between(a, b) => write!(f, "[{a}..{b}]"),
            Self::NotBefore(a) => write!(f, "[{a}..]"),
        }
    }
}

impl serde::Serialize for EventDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).expect("valid test date")
    }

    #[test]
    fn reads_dates_and_windows_and_writes_them_back() {
        for text in [
            "2024",
            "2024-03-27",
            "[2024-03-27..2024-06-05]",
            "[2023-12..2024-02]",
            "[1991..1992]",
            "[2015-02-27..]",
        ] {
            let date = EventDate::parse(text).expect(text);
            assert_eq!(date.to_string(), text);
            assert_eq!(date.is_window(), text.starts_with('['));
        }
        let w = EventDate::parse("[2023-12..2024-02]").expect("window");
        assert_eq!(
            (w.earliest(), w.latest(), w.start(), w.latest_day()),
            (
                d("2023-12"),
                Some(d("2024-02")),
                d("2023-12-01").start(),
                Some(d("2024-02-29").start())
            )
        );
        let open = EventDate::parse("[2015-02-27..]").expect("open");
        assert_eq!((open.latest(), open.exact()), (None, None));
    }

    #[test]
    fn refuses_empty_reversed_mixed_and_malformed_windows() {
        let err = |t: &str| EventDate::parse(t).expect_err(t);
        assert_eq!(
            err("[2024-06-05..2024-03-27]"),
            DateError::WindowReversed {
                earliest: d("2024-06-05"),
                latest: d("2024-03-27")
            }
        );
        for t in [
            "[]",
            "[..]",
            "[..2024]",
            "[2024]",
            "[2024..2025",
            "[2024,2025]",
        ] {
            assert_eq!(err(t), DateError::Window, "{t}");
        }
        assert_eq!(err("[1991-08-22..1991-12]"), DateError::WindowPrecision);
        assert_eq!(err("[2024-13..2024-14]"), DateError::Month(13));
        assert_eq!(err("[spring..2024]"), DateError::Window);
        assert_eq!(err("2024-03-27..2024-06-05"), DateError::Format);
    }

    #[test]
    fn a_window_sorts_after_every_date_of_its_earliest_day() {
        let w = EventDate::parse("[2024-03-27..2024-06-05]").expect("window");
        let day = EventDate::On(d("2024-03-27"));
        assert_eq!(w.key(), day.key());
        assert!((day.key(), day.precision()) < (w.key(), w.precision()));
    }
}
