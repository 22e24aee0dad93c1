//! The Russian words of date windows (each end in the case its preposition asks) and of the
//! days in custody in all.

use super::Russian;
use super::plural::plural;
use crate::model::{Days, PartialDate};
use crate::words::Words;
use crate::words::spans::{SpanWords, capitalised, month};

/// Month names in the instrumental case, after «между»: «между августом и декабрём».
const MONTHS_INSTRUMENTAL: [&str; 12] = [
    "январём",
    "февралём",
    "мартом",
    "апрелем",
    "маем",
    "июнем",
    "июлем",
    "августом",
    "сентябрём",
    "октябрём",
    "ноябрём",
    "декабрём",
];

impl Russian {
    /// A window's end after «между» or «и»: «27 марта [2024 года]», «декабрём [1991 года]»,
    /// «1991 годом»; the year is left out when `year` is false.
    fn after_between(&self, d: PartialDate, year: bool) -> String {
        let y = if year {
            format!(" {} года", d.year_num())
        } else {
            String::new()
        };
        match (d.month(), d.day()) {
            (Some(m), Some(day)) => format!("{day} {}{y}", month(self.months_with_day(), m)),
            (Some(m), None) => format!("{}{y}", month(MONTHS_INSTRUMENTAL, m)),
            _ => format!("{} годом", d.year_num()),
        }
    }

    /// A date in the genitive: «27 февраля 2015 года», «марта 2024 года», «2015 года».
    fn genitive(&self, d: PartialDate) -> String {
        let y = d.year_num();
        match (d.month(), d.day()) {
            (Some(m), Some(day)) => format!("{day} {} {y} года", month(self.months_with_day(), m)),
            (Some(m), None) => format!("{} {y} года", month(self.months_with_day(), m)),
            _ => format!("{y} года"),
        }
    }
}

impl SpanWords for Russian {
    fn between(&self, earliest: PartialDate, latest: PartialDate) -> String {
        if earliest.month().is_none() && latest.month().is_none() {
            return format!(
                "между {} и {} годами",
                earliest.year_num(),
                latest.year_num()
            );
        }
        let same_year = earliest.year_num() == latest.year_num() && earliest.month().is_some();
        format!(
            "между {} и {}",
            self.after_between(earliest, !same_year),
            self.after_between(latest, true)
        )
    }

    fn not_before(&self, earliest: PartialDate) -> String {
        format!("не ранее {}", self.genitive(earliest))
    }

    fn until(&self, end: PartialDate) -> String {
        // «по» takes the accusative: по 5 июня 2024 года, по декабрь 1988 года, по 1988 год.
        let y = end.year_num();
        match (end.month(), end.day()) {
            (Some(_), Some(_)) => format!("по {}", self.genitive(end)),
            (Some(m), None) => format!("по {} {y} года", month(self.months_alone(), m)),
            _ => format!("по {y} год"),
        }
    }

    fn as_of_window(&self, window: &str, status: &str) -> String {
        format!("{}: {status}", capitalised(window))
    }

    fn custody_total(&self, total: Days) -> String {
        let count = |n: i64| usize::try_from(n).unwrap_or(0);
        match total.most {
            Some(most) if most == total.least => {
                let days = plural(count(most), "день", "дня", "дней");
                format!("всего под стражей {most} {days}")
            }
            // «до» and «не менее» take the genitive: до 21 дня, до 32 дней.
            Some(most) => {
                let days = plural(count(most), "дня", "дней", "дней");
                format!("всего под стражей от {} до {most} {days}", total.least)
            }
            None => {
                let days = plural(count(total.least), "дня", "дней", "дней");
                format!("всего под стражей не менее {} {days}", total.least)
            }
        }
    }

    fn no_custody_yet(&self) -> &'static str {
        "сведений о задержаниях пока нет"
    }
}
