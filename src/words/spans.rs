//! The words of stretches of time: a date known only within a window (`between 27 Mar and
//! 5 Jun 2024`, «между 27 марта и 5 июня 2024 года»), and the days spent in custody in all.
//! Russian puts each end of a window in the case its preposition asks, so each language
//! builds the whole phrase. Each language's table is its `spans.rs`.

use crate::model::{Days, PartialDate};

/// The words of windows and totals, one table per language.
pub trait SpanWords {
    /// `between 27 Mar and 5 Jun 2024`: a day within a window, both ends included.
    fn between(&self, earliest: PartialDate, latest: PartialDate) -> String;
    /// `not before 27 Feb 2015`: a day within a window open at its end.
    fn not_before(&self, earliest: PartialDate) -> String;
    /// `until 1988`: the end of a span that began within a window.
    fn until(&self, end: PartialDate) -> String;
    /// `Between 27 Mar and 5 Jun 2024: …`, the custody status as of an event in a window.
    fn as_of_window(&self, window: &str, status: &str) -> String;
    /// `425 days in custody in all`, `2 to 32 days …`, `at least 44 days …`.
    fn custody_total(&self, total: Days) -> String;
    /// Said as of an event before the first that records his custody.
    fn no_custody_yet(&self) -> &'static str;
}

/// The month's name from a table, by its number (1–12).
pub(super) fn month(names: [&'static str; 12], m: u32) -> &'static str {
    names
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// The first letter in capitals, for a phrase that starts a line.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::SpanWords as _;
    use crate::model::{Days, PartialDate};
    use crate::words::{English, Russian};

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).expect("valid test date")
    }

    #[test]
    fn windows_in_english() {
        let en = English;
        assert_eq!(
            en.between(d("2024-03-27"), d("2024-06-05")),
            "between 27 Mar and 5 Jun 2024"
        );
        assert_eq!(
            en.between(d("2023-12"), d("2024-02")),
            "between Dec 2023 and Feb 2024"
        );
        assert_eq!(en.between(d("1991"), d("1993")), "between 1991 and 1993");
        assert_eq!(en.not_before(d("2015-02-27")), "not before 27 Feb 2015");
    }

    #[test]
    fn windows_in_russian_take_the_case_of_their_preposition() {
        let ru = Russian;
        assert_eq!(
            ru.between(d("2024-03-27"), d("2024-06-05")),
            "между 27 марта и 5 июня 2024 года"
        );
        assert_eq!(
            ru.between(d("2023-12"), d("2024-02")),
            "между декабрём 2023 года и февралём 2024 года"
        );
        assert_eq!(
            ru.between(d("1991-08"), d("1991-12")),
            "между августом и декабрём 1991 года"
        );
        assert_eq!(ru.between(d("1991"), d("1993")), "между 1991 и 1993 годами");
        assert_eq!(
            ru.not_before(d("2015-02-27")),
            "не ранее 27 февраля 2015 года"
        );
        assert_eq!(ru.not_before(d("2024-03")), "не ранее марта 2024 года");
        assert_eq!(ru.until(d("1988")), "по 1988 год");
        assert_eq!(ru.until(d("1988-12")), "по декабрь 1988 года");
    }

    #[test]
    fn totals_agree_with_their_number_in_both_languages() {
        let exact = |n| Days {
            least: n,
            most: Some(n),
        };
        assert_eq!(English.custody_total(exact(1)), "1 day in custody in all");
        assert_eq!(
            English.custody_total(exact(425)),
            "425 days in custody in all"
        );
        let range = Days {
            least: 2,
            most: Some(32),
        };
        assert_eq!(
            English.custody_total(range),
            "2 to 32 days in custody in all"
        );
        let open = Days {
            least: 21,
            most: None,
        };
        assert_eq!(
            English.custody_total(open),
            "at least 21 days in custody in all"
        );
        let ru = |days| Russian.custody_total(days);
        assert_eq!(ru(exact(1)), "всего под стражей 1 день");
        assert_eq!(ru(exact(2)), "всего под стражей 2 дня");
        assert_eq!(ru(exact(425)), "всего под стражей 425 дней");
        assert_eq!(ru(exact(111)), "всего под стражей 111 дней");
        assert_eq!(ru(range), "всего под стражей от 2 до 32 дней");
        let to_21 = Days {
            least: 2,
            most: Some(21),
        };
        assert_eq!(ru(to_21), "всего под стражей от 2 до 21 дня");
        assert_eq!(ru(open), "всего под стражей не менее 21 дня");
    }
}
