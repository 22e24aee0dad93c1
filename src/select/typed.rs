//! Dates as people type them, for the `d` prompt, `--at`, `--from` and `--to`: ISO with or
//! without leading zeros, day-first with dots, and month names in English or Russian.
//!
//! The file's own dates stay strict (`PartialDate::parse`); this reader is for what a
//! person types, and gives the same `PartialDate`, known to the year, the month or the day.

use crate::model::{DateError, PartialDate};
use crate::words::Lang;

/// English month names in full; the three-letter forms come from the word table.
const ENGLISH: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words that may follow the year and mean nothing more: `2023 г.`, `2023 года`.
const YEAR_WORDS: [&str; 4] = ["г", "г.", "год", "года"];

/// Reads a typed date: `2023`; `2023-07`, `2023-7`; `2023-07-25`, `2023-7-5`; `25.07.2023`,
/// `07.2023`, `7.2023`; `July 2023`, `25 July 2023`, `July 25, 2023`, `Jul 2023`; `июль
/// 2023`, `25 июля 2023`, `25 июля 2023 года`. Month names in any case, Russian ones in
/// the nominative or the genitive; surrounding spaces are ignored.
///
/// # Errors
/// [`DateError::Format`] when the text is none of these forms, or the month or the day
/// when they do not exist.
pub fn typed_date(text: &str) -> Result<PartialDate, DateError> {
    let lower = text.trim().to_lowercase();
    let mut words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words.last().is_some_and(|w| YEAR_WORDS.contains(w)) {
        words.pop();
    }
    match words.as_slice() {
        [one] if one.contains('.') => dotted(one),
        [one] => dashed(one),
        [month, year] => PartialDate::new(year_of(year)?, Some(month_of(month)?), None),
        [day, month, year] | [month, day, year] if month_of(month).is_ok() => {
            PartialDate::new(year_of(year)?, Some(month_of(month)?), Some(number(day)?))
        }
        _ => Err(DateError::Format),
    }
}

/// `2023`, `2023-7`, `2023-07-25`: a four-digit year, then one- or two-digit numbers.
fn dashed(text: &str) -> Result<PartialDate, DateError> {
    let mut parts = text.split('-');
    let year = year_of(parts.next().unwrap_or(""))?;
    let month = parts.next().map(number).transpose()?;
    let day = parts.next().map(number).transpose()?;
    if parts.next().is_some() {
        return Err(DateError::Format);
    }
    PartialDate::new(year, month, day)
}

/// `25.07.2023`, `07.2023`, `7.2023`: day first, the year last.
fn dotted(text: &str) -> Result<PartialDate, DateError> {
    let parts: Vec<&str> = text.split('.').collect();
    match parts.as_slice() {
        [month, year] => PartialDate::new(year_of(year)?, Some(number(month)?), None),
        [day, month, year] => {
            PartialDate::new(year_of(year)?, Some(number(month)?), Some(number(day)?))
        }
        _ => Err(DateError::Format),
    }
}

/// Four ASCII digits.
fn year_of(text: &str) -> Result<i32, DateError> {
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().map_err(|_| DateError::Format)
    } else {
        Err(DateError::Format)
    }
}

/// One or two ASCII digits.
fn number(text: &str) -> Result<u32, DateError> {
    if (1..=2).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().map_err(|_| DateError::Format)
    } else {
        Err(DateError::Format)
    }
}

/// A month's number from its name (already lower-case): English in full or in three
/// letters (`sept` too), Russian in the nominative, the genitive or the short form, with
/// or without its dot.
fn month_of(name: &str) -> Result<u32, DateError> {
    let (en, ru) = (Lang::En.words(), Lang::Ru.words());
    let bare = name.trim_end_matches('.');
    let found = (0..12).find(|&i| {
        let short = |s: &str| s.trim_end_matches('.').to_lowercase() == bare;
        ENGLISH[i] == name
            || short(en.months_short()[i])
            || (i == 8 && bare == "sept")
            || ru.months_alone()[i] == name
            || ru.months_with_day()[i] == name
            || short(ru.months_short()[i])
    });
    found
        .and_then(|i| u32::try_from(i + 1).ok())
        .ok_or(DateError::Format)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: Option<u32>, d: Option<u32>) -> PartialDate {
        PartialDate::new(y, m, d).expect("a real date")
    }

    #[test]
    fn every_listed_form_reads() {
        let july = ymd(2023, Some(7), None);
        let day = ymd(2023, Some(7), Some(25));
        let fifth = ymd(2023, Some(7), Some(5));
        for (text, want) in [
            ("2023", ymd(2023, None, None)),
            ("2023-07", july),
            ("2023-7", july),
            ("2023-07-25", day),
            ("2023-7-5", fifth),
            ("25.07.2023", day),
            ("5.7.2023", fifth),
            ("07.2023", july),
            ("7.2023", july),
            ("июль 2023", july),
            ("ИЮЛЬ 2023", july),
            ("Июля 2023", july),
            ("25 июля 2023", day),
            ("25 июля 2023 года", day),
            ("2023 г.", ymd(2023, None, None)),
            ("July 2023", july),
            ("jul 2023", july),
            ("25 July 2023", day),
            ("July 25, 2023", day),
            ("  25 JULY 2023 ", day),
            ("1 сент. 2023", ymd(2023, Some(9), Some(1))),
            ("Sept 2023", ymd(2023, Some(9), None)),
        ] {
            assert_eq!(typed_date(text), Ok(want), "{text}");
        }
    }

    #[test]
    fn impossible_months_and_days_say_which() {
        assert_eq!(typed_date("2023-13"), Err(DateError::Month(13)));
        assert_eq!(typed_date("13.2023"), Err(DateError::Month(13)));
        assert!(matches!(
            typed_date("30.02.2023"),
            Err(DateError::Day { .. })
        ));
        assert!(matches!(
            typed_date("31 June 2023"),
            Err(DateError::Day { .. })
        ));
    }

    #[test]
    fn other_text_is_not_a_date() {
        for text in [
            "",
            "23",
            "July",
            "2023-07-25-1",
            "25.07.23",
            "Juli 2023",
            "2023 July 25",
            "1.2.3.2023",
            "2023-",
            "-2023",
            "2023-007",
            "25 июля",
            "июль 2023 год 1",
            "１２３４",
        ] {
            assert_eq!(typed_date(text), Err(DateError::Format), "{text:?}");
        }
    }

    proptest! {
        /// Every date the file may hold reads the same typed in each form, with or without
        /// leading zeros and with the month named in either language, in any case.
        #[test]
        fn every_form_of_a_date_reads_as_that_date(
            y in 1000i32..=9999, m in 1u32..=12, d in 1u32..=31, upper: bool, ru: bool,
        ) {
            prop_assume!(chrono::NaiveDate::from_ymd_opt(y, m, d).is_some());
            let (day, month, year) = (ymd(y, Some(m), Some(d)), ymd(y, Some(m), None), ymd(y, None, None));
            let w = if ru { Lang::Ru.words() } else { Lang::En.words() };
            let i = usize::try_from(m - 1).expect("a month");
            let case = |s: &str| if upper { s.to_uppercase() } else { s.to_owned() };
            let strict = day.to_string();
            prop_assert_eq!(typed_date(&strict), PartialDate::parse(&strict));
            prop_assert_eq!(typed_date(&month.to_string()), Ok(month));
            prop_assert_eq!(typed_date(&year.to_string()), Ok(year));
            prop_assert_eq!(typed_date(&format!("{y}-{m}-{d}")), Ok(day));
            prop_assert_eq!(typed_date(&format!("{d:02}.{m:02}.{y}")), Ok(day));
            prop_assert_eq!(typed_date(&format!("{d}.{m}.{y}")), Ok(day));
            prop_assert_eq!(typed_date(&format!("{m}.{y}")), Ok(month));
            let alone = case(w.months_alone()[i]);
            let with_day = case(w.months_with_day()[i]);
            prop_assert_eq!(typed_date(&format!("{alone} {y}")), Ok(month));
            prop_assert_eq!(typed_date(&format!("{d} {with_day} {y}")), Ok(day));
            let english = case(ENGLISH[i]);
            prop_assert_eq!(typed_date(&format!("{d} {english} {y}")), Ok(day));
        }

        /// What the strict reader refuses for its shape, the typed one refuses or reads as
        /// a date of the same precision: it never panics and never invents precision.
        #[test]
        fn any_text_reads_without_panicking(text in "\\PC{0,24}") {
            if let Ok(date) = typed_date(&text) {
                let digits = text.chars().filter(char::is_ascii_digit).count();
                prop_assert!(digits >= 4, "a year needs four digits: {text:?} gave {date}");
            }
        }
    }
}
