//! The English words of date windows and of the days in custody in all.

use super::English;
use crate::model::{Days, PartialDate};
use crate::words::Words;
use crate::words::spans::{SpanWords, capitalised, month};

impl English {
    /// `27 Mar 2024`, `Mar 2024`, `2024`; without the year when `year` is false.
    fn on(&self, d: PartialDate, year: bool) -> String {
        let y = if year {
            format!(" {}", d.year_num())
        } else {
            String::new()
        };
        match (d.month(), d.day()) {
            (Some(m), Some(day)) => format!("{day} {}{y}", month(self.months_with_day(), m)),
            (Some(m), None) => format!("{}{y}", month(self.months_alone(), m)),
            _ => d.year_num().to_string(),
        }
    }
}

impl SpanWords for English {
    fn between(&self, earliest: PartialDate, latest: PartialDate) -> String {
        let same_year = earliest.year_num() == latest.year_num() && earliest.month().is_some();
        let first = self.on(earliest, !same_year);
        format!("between {first} and {}", self.on(latest, true))
    }

    fn not_before(&self, earliest: PartialDate) -> String {
        format!("not before {}", self.on(earliest, true))
    }

    fn until(&self, end: PartialDate) -> String {
        format!("until {}", self.on(end, true))
    }

    fn as_of_window(&self, window: &str, status: &str) -> String {
        format!("{}: {status}", capitalised(window))
    }

    fn custody_total(&self, total: Days) -> String {
        let days = |n: i64| if n == 1 { "day" } else { "days" };
        match total.most {
            Some(most) if most == total.least => {
                format!("{most} {} in custody in all", days(most))
            }
            Some(most) => format!("{} to {most} days in custody in all", total.least),
            None => format!(
                "at least {} {} in custody in all",
                total.least,
                days(total.least)
            ),
        }
    }

    fn no_custody_yet(&self) -> &'static str {
        "no custody recorded yet"
    }
}
