//! Domain-to-text conversions shared by the explorer, the plain-text commands and the
//! exports: dates, in the reader's language.

use crate::model::{Event, EventDate, PartialDate};
use crate::words::Words;

fn month(names: [&'static str; 12], m: u32) -> &'static str {
    names
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// `25 Jul 2023`, `Jul 2023` or `2023` (`25 июля 2023`, `июль 2023`).
#[must_use]
pub fn date(w: &dyn Words, d: PartialDate) -> String {
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => format!("{day} {} {}", month(w.months_with_day(), m), d.year_num()),
        (Some(m), None) => format!("{} {}", month(w.months_alone(), m), d.year_num()),
        _ => d.year_num().to_string(),
    }
}

/// An event's date: [`date`], or its window (`between 27 Mar and 5 Jun 2024`, `not before
/// 27 Feb 2015`).
#[must_use]
pub fn event_date(w: &dyn Words, d: EventDate) -> String {
    match d {
        EventDate::On(d) => date(w, d),
        EventDate::Between(a, b) => w.between(a, b),
        EventDate::NotBefore(a) => w.not_before(a),
    }
}

/// A compact date for columns: `~25 Jul 2023`, `Jul 2023`, `2023` (`25 июл. 2023`); a
/// window shows where it sorts, its earliest date, after `≥` (`≥27 Mar 2024`).
#[must_use]
pub fn short(w: &dyn Words, d: EventDate, approximate: bool) -> String {
    let tilde = match (d.is_window(), approximate) {
        (true, _) => "≥",
        (false, true) => "~",
        (false, false) => "",
    };
    let d = d.earliest();
    let names = w.months_short();
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => format!("{tilde}{day} {} {}", month(names, m), d.year_num()),
        (Some(m), None) => format!("{tilde}{} {}", month(names, m), d.year_num()),
        _ => format!("{tilde}{}", d.year_num()),
    }
}

/// The widest [`short`] date in a language, in terminal cells: the width of a date column.
#[must_use]
pub fn short_width(w: &dyn Words) -> usize {
    use unicode_width::UnicodeWidthStr as _;
    w.months_short()
        .iter()
        .map(|m| m.width() + "~28  2023".len())
        .max()
        .unwrap_or(12)
}

/// A date or a span, with `~` before an approximate one: `25 Jul – 12 Dec 2023`.
#[must_use]
pub fn when(
    w: &dyn Words,
    start: PartialDate,
    end: Option<PartialDate>,
    approximate: bool,
) -> String {
    let tilde = if approximate { "~" } else { "" };
    let Some(end) = end.filter(|e| *e != start) else {
        return format!("{tilde}{}", date(w, start));
    };
    let same_year =
        start.year_num() == end.year_num() && start.month().is_some() && end.month().is_some();
    let first = if same_year {
        match (start.month(), start.day()) {
            (Some(m), Some(d)) if end.month() == Some(m) && end.day().is_some() => d.to_string(),
            (Some(m), Some(d)) => format!("{d} {}", month(w.months_with_day(), m)),
            (Some(m), None) => month(w.months_alone(), m).to_owned(),
            _ => date(w, start),
        }
    } else {
        date(w, start)
    };
    format!("{tilde}{first} – {}", date(w, end))
}

/// The event's date as shown everywhere: [`when`] of its date, end and approximation, or
/// its window, with the end of a span that began in it (`between 28 Apr and 31 Dec 1983,
/// until 1988`).
#[must_use]
pub fn event_when(w: &dyn Words, e: &Event) -> String {
    match e.date {
        EventDate::On(d) => when(w, d, e.end, e.approximate),
        window => {
            let mut text = event_date(w, window);
            if let Some(end) = e.end {
                text.push_str(", ");
                text.push_str(&w.until(end));
            }
            text
        }
    }
}

/// A fixed-width date for aligned lists: `2023-07-25`, `2023-07`, `2023`, with `~` when
/// approximate; a window gives its earliest date after `≥` (`≥2024-03-27`).
#[must_use]
pub fn list_date(e: &Event) -> String {
    match e.date {
        EventDate::On(d) => format!("{}{d}", if e.approximate { "~" } else { "" }),
        window => format!("≥{}", window.earliest()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).expect("valid test date")
    }

    #[test]
    fn formats_each_precision() {
        let en = Lang::En.words();
        assert_eq!(date(en, d("2023-07-25")), "25 Jul 2023");
        assert_eq!(date(en, d("2023-07")), "Jul 2023");
        assert_eq!(date(en, d("2023")), "2023");
        assert_eq!(when(en, d("1982"), None, true), "~1982");
    }

    #[test]
    fn formats_spans() {
        let en = Lang::En.words();
        assert_eq!(
            when(en, d("2023-07-25"), Some(d("2023-12-12")), false),
            "25 Jul – 12 Dec 2023"
        );
        assert_eq!(
            when(en, d("2023-07-03"), Some(d("2023-07-05")), false),
            "3 – 5 Jul 2023"
        );
        assert_eq!(when(en, d("1990"), Some(d("1993")), false), "1990 – 1993");
        assert_eq!(
            when(en, d("2023-07"), Some(d("2024-02")), false),
            "Jul 2023 – Feb 2024"
        );
    }

    #[test]
    fn russian_dates_inflect_the_month() {
        let ru = Lang::Ru.words();
        assert_eq!(date(ru, d("2023-07-25")), "25 июля 2023");
        assert_eq!(date(ru, d("2023-07")), "июль 2023");
        assert_eq!(
            when(ru, d("2023-07-25"), Some(d("2023-12-12")), false),
            "25 июля – 12 декабря 2023"
        );
        assert_eq!(
            when(ru, d("2023-07"), Some(d("2024-02")), false),
            "июль 2023 – февраль 2024"
        );
    }
}
