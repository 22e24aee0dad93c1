//! Domain-to-view conversions shared by the explorer and the plain-text commands: dates.

use crate::model::{Event, PartialDate};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(m: u32) -> &'static str {
    MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// `25 Jul 2023`, `Jul 2023` or `2023`.
#[must_use]
pub fn date(d: PartialDate) -> String {
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => format!("{day} {} {}", month_name(m), d.year_num()),
        (Some(m), None) => format!("{} {}", month_name(m), d.year_num()),
        _ => d.year_num().to_string(),
    }
}

/// A date or a span, with `~` before an approximate one: `25 Jul – 12 Dec 2023`.
#[must_use]
pub fn when(start: PartialDate, end: Option<PartialDate>, approximate: bool) -> String {
    let tilde = if approximate { "~" } else { "" };
    let Some(end) = end.filter(|e| *e != start) else {
        return format!("{tilde}{}", date(start));
    };
    let same_year =
        start.year_num() == end.year_num() && start.month().is_some() && end.month().is_some();
    let first = if same_year {
        match (start.month(), start.day()) {
            (Some(m), Some(d)) if end.month() == Some(m) && end.day().is_some() => d.to_string(),
            (Some(m), Some(d)) => format!("{d} {}", month_name(m)),
            (Some(m), None) => month_name(m).to_owned(),
            _ => date(start),
        }
    } else {
        date(start)
    };
    format!("{tilde}{first} – {}", date(end))
}

/// The event's date as shown everywhere: [`when`] of its date, end and approximation.
#[must_use]
pub fn event_when(e: &Event) -> String {
    when(e.date, e.end, e.approximate)
}

/// A fixed-width date for aligned lists: `2023-07-25`, `2023-07`, `2023`, with `~` when approximate.
#[must_use]
pub fn list_date(e: &Event) -> String {
    format!("{}{}", if e.approximate { "~" } else { "" }, e.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).expect("valid test date")
    }

    #[test]
    fn formats_each_precision() {
        assert_eq!(date(d("2023-07-25")), "25 Jul 2023");
        assert_eq!(date(d("2023-07")), "Jul 2023");
        assert_eq!(date(d("2023")), "2023");
        assert_eq!(when(d("1982"), None, true), "~1982");
    }

    #[test]
    fn formats_spans() {
        assert_eq!(
            when(d("2023-07-25"), Some(d("2023-12-12")), false),
            "25 Jul – 12 Dec 2023"
        );
        assert_eq!(
            when(d("2023-07-03"), Some(d("2023-07-05")), false),
            "3 – 5 Jul 2023"
        );
        assert_eq!(when(d("1990"), Some(d("1993")), false), "1990 – 1993");
        assert_eq!(
            when(d("2023-07"), Some(d("2024-02")), false),
            "Jul 2023 – Feb 2024"
        );
    }
}
