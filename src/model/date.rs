//! Partial dates (`2023`, `2023-07`, `2023-07-25`) and the periods they stand for.

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// How precisely a date is known.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Precision {
    /// Only the year is known.
    Year,
    /// The year and the month are known.
    Month,
    /// The exact day is known.
    Day,
    /// A window of days is known, one of which it is (an event's date only, never a
    /// [`PartialDate`]'s; it sorts after the dates of its earliest day).
    Window,
}

impl Precision {
    /// The lowercase name used in exports.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// Why a date string could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// The text is not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Format,
    /// The month is not between 1 and 12.
    Month(u32),
    /// The day does not exist in that month.
    Day { year: i32, month: u32, day: u32 },
    /// The text opens a window (`[`) but is not `[EARLIEST..LATEST]` or `[EARLIEST..]`.
    Window,
    /// The window's two ends are written to different precisions (EDTF forbids it).
    WindowPrecision,
    /// The window's latest end is before its earliest.
    WindowReversed {
        earliest: PartialDate,
        latest: PartialDate,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format => {
                f.write_str("expected a date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"")
            }
            Self::Month(m) => write!(f, "month {m} does not exist (expected 01 to 12)"),
            Self::Day { year, month, day } => {
                write!(f, "{year}-{month:02}-{day:02} does not exist")
            }
            Self::Window => f.write_str(
                "expected a window as \"[EARLIEST..LATEST]\" or \"[EARLIEST..]\", each end a date",
            ),
            Self::WindowPrecision => {
                f.write_str("the two ends of a window must be written to the same precision")
            }
            Self::WindowReversed { earliest, latest } => {
                write!(
                    f,
                    "the window ends ({latest}) before it begins ({earliest})"
                )
            }
        }
    }
}

impl PartialDate {
    /// A date known only to the year.
    #[must_use]
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// Builds a date, checking that the month and the day exist.
    ///
    /// # Errors
    /// Returns the reason when the month or the day is impossible.
    pub fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Result<Self, DateError> {
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(m));
            }
            if let Some(d) = day
                && NaiveDate::from_ymd_opt(year, m, d).is_none()
            {
                return Err(DateError::Day {
                    year,
                    month: m,
                    day: d,
                });
            }
        } else if day.is_some() {
            return Err(DateError::Format);
        }
        Ok(Self { year, month, day })
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// # Errors
    /// Returns the reason when the text is not such a date or names an impossible day.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let mut parts = text.split('-');
        let year = parts.next().ok_or(DateError::Format)?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::Format);
        }
        let field = |part: Option<&str>| -> Result<Option<u32>, DateError> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(p.parse().ok())
                }
                Some(_) => Err(DateError::Format),
            }
        };
        let month = field(parts.next())?;
        let day = field(parts.next())?;
        if parts.next().is_some() {
            return Err(DateError::Format);
        }
        Self::new(year.parse().map_err(|_| DateError::Format)?, month, day)
    }

    /// The year.
    #[must_use]
    pub fn year_num(self) -> i32 {
        self.year
    }

    /// The month (1–12), if known.
    #[must_use]
    pub fn month(self) -> Option<u32> {
        self.month
    }

    /// The day of the month, if known.
    #[must_use]
    pub fn day(self) -> Option<u32> {
        self.day
    }

    /// How precisely the date is known.
    #[must_use]
    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// An order-preserving number for the first day of the period, cheaper to compare than
    /// [`PartialDate::start`]: `key(a) < key(b)` exactly when `a.start() < b.start()`.
    #[must_use]
    pub fn key(self) -> i64 {
        day_key(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The first day of the period the date stands for.
    #[must_use]
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the period the date stands for.
    #[must_use]
    pub fn last_day(self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => NaiveDate::from_ymd_opt(self.year, m, 1)
                .and_then(|first| first.checked_add_months(chrono::Months::new(1)))
                .and_then(|next| next.pred_opt()),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// The calendar day, when the date is day-precise.
    #[must_use]
    pub fn exact(self) -> Option<NaiveDate> {
        self.day
            .and_then(|d| NaiveDate::from_ymd_opt(self.year, self.month?, d))
    }
}

impl fmt::Display for PartialDate {
    /// Writes the date as it is written in the file: `2023`, `2023-07` or `2023-07-25`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The order-preserving number [`PartialDate::key`] gives a calendar day.
#[must_use]
pub fn day_key(year: i32, month: u32, day: u32) -> i64 {
    i64::from(year) * 512 + i64::from(month) * 32 + i64::from(day)
}

/// The key of a calendar day, comparable with [`PartialDate::key`].
#[must_use]
pub fn naive_key(date: NaiveDate) -> i64 {
    day_key(date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::Precision;
    use strum::VariantArray;

    #[test]
    fn every_precision_is_named_as_its_export_and_json_name_it() {
        let names: Vec<&str> = Precision::VARIANTS.iter().map(|p| p.as_str()).collect();
        assert_eq!(names, ["year", "month", "day", "window"]);
        for p in Precision::VARIANTS {
            let json = serde_json::to_string(p).expect("serialises");
            assert_eq!(json, format!("\"{}\"", p.as_str()));
        }
    }
}
