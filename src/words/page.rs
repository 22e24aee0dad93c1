//! The words of a page made to be published: its introduction (and, for a selection, how
//! the events were chosen), its footer, its link to each event, its print note, its locale
//! for link previews, and the families of kinds a `TimelineJS` timeline groups events in.

use super::ru_plural::plural;
use super::{English, Russian};
use crate::model::Family;

/// The words of a published page, one table per language. Arguments are already in the
/// form the page shows (escaped for HTML where the page is HTML), so a table only orders
/// and inflects them.
pub trait PageWords {
    /// `A sourced chronology of SUBJECT, FROM – TO.`: the introduction of the whole.
    fn page_intro(&self, subject: &str, from: &str, to: &str) -> String;
    /// The introduction of a selection: from which chronology (its span `whole`), how many
    /// of its `total` events, and the span `shown` of those.
    fn page_selection(
        &self,
        subject: &str,
        whole: (&str, &str),
        count: (usize, usize),
        shown: (&str, &str),
    ) -> String;
    /// `Filters: A; B.`: how a selection was made, each filter worded below.
    fn filters(&self, each: &[String]) -> String;
    /// `dates FROM – TO` (an open end is `…`).
    fn filter_dates(&self, from: &str, to: &str) -> String;
    /// `kind A or B`, the kinds' shown names.
    fn filter_kinds(&self, kinds: &[&str]) -> String;
    /// `tag A or B`.
    fn filter_tags(&self, tags: &[&str]) -> String;
    /// `case KEY`.
    fn filter_case(&self, key: &str) -> String;
    /// `text “WORDS”`.
    fn filter_text(&self, text: &str) -> String;
    /// `disputed events only`.
    fn filter_disputed(&self) -> &'static str;
    /// The footer: `Made on DATE with timeline from ORIGIN; every entry quotes its sources.`
    /// `origin` is a file's name, `None` the built-in chronology; no `date` leaves it out.
    fn made(&self, date: Option<&str>, origin: Option<Option<&str>>) -> String;
    /// The accessible name of an event's link to itself.
    fn link_to_event(&self) -> &'static str;
    /// `2 more quotations on the web page`: what a printed event leaves out.
    fn more_quotations(&self, n: usize) -> String;
    /// The Open Graph locale: `en_GB`, `ru_RU`.
    fn og_locale(&self) -> &'static str;
    /// The name of a family of kinds, a group of a `TimelineJS` timeline.
    fn family(&self, family: Family) -> &'static str;
}

/// `A or B or C` in a language, from its word for "or".
fn either(items: &[&str], or: &str) -> String {
    items.join(&format!(" {or} "))
}

impl PageWords for English {
    fn page_intro(&self, subject: &str, from: &str, to: &str) -> String {
        format!("A sourced chronology of {subject}, {from} – {to}.")
    }

    fn page_selection(
        &self,
        subject: &str,
        (from, to): (&str, &str),
        (shown, total): (usize, usize),
        (first, last): (&str, &str),
    ) -> String {
        let events = if total == 1 { "event" } else { "events" };
        format!(
            "A selection from the sourced chronology of {subject} ({from} – {to}): {shown} of its {total} {events}, {first} – {last}."
        )
    }

    fn filters(&self, each: &[String]) -> String {
        format!("Filters: {}.", each.join("; "))
    }

    fn filter_dates(&self, from: &str, to: &str) -> String {
        format!("dates {from} – {to}")
    }

    fn filter_kinds(&self, kinds: &[&str]) -> String {
        format!("kind {}", either(kinds, "or"))
    }

    fn filter_tags(&self, tags: &[&str]) -> String {
        format!("tag {}", either(tags, "or"))
    }

    fn filter_case(&self, key: &str) -> String {
        format!("case {key}")
    }

    fn filter_text(&self, text: &str) -> String {
        format!("text “{text}”")
    }

    fn filter_disputed(&self) -> &'static str {
        "disputed events only"
    }

    fn made(&self, date: Option<&str>, origin: Option<Option<&str>>) -> String {
        let on = date.map_or_else(String::new, |d| format!(" on {d}"));
        let from = match origin {
            Some(Some(file)) => format!(" from {file}"),
            Some(None) => " from the built-in chronology".to_owned(),
            None => String::new(),
        };
        format!("Made{on} with timeline{from}; every entry quotes its sources.")
    }

    fn link_to_event(&self) -> &'static str {
        "Link to this event"
    }

    fn more_quotations(&self, n: usize) -> String {
        let q = if n == 1 { "quotation" } else { "quotations" };
        format!("{n} more {q} on the web page")
    }

    fn og_locale(&self) -> &'static str {
        "en_GB"
    }

    fn family(&self, family: Family) -> &'static str {
        match family {
            Family::Legal => "The case and custody",
            Family::Writing => "Writing and statements",
            Family::PublicLife => "Public life",
        }
    }
}

impl PageWords for Russian {
    fn page_intro(&self, subject: &str, from: &str, to: &str) -> String {
        format!("Хронология с источниками: {subject}, {from} – {to}.")
    }

    fn page_selection(
        &self,
        subject: &str,
        (from, to): (&str, &str),
        (shown, total): (usize, usize),
        (first, last): (&str, &str),
    ) -> String {
        let events = plural(shown, "событие", "события", "событий");
        format!(
            "Выборка из хронологии с источниками ({subject}, {from} – {to}): {shown} {events} из {total}, {first} – {last}."
        )
    }

    fn filters(&self, each: &[String]) -> String {
        format!("Условия отбора: {}.", each.join("; "))
    }

    fn filter_dates(&self, from: &str, to: &str) -> String {
        format!("даты — {from} – {to}")
    }

    fn filter_kinds(&self, kinds: &[&str]) -> String {
        format!("тип — {}", either(kinds, "или"))
    }

    fn filter_tags(&self, tags: &[&str]) -> String {
        format!("метка — {}", either(tags, "или"))
    }

    fn filter_case(&self, key: &str) -> String {
        format!("дело — {key}")
    }

    fn filter_text(&self, text: &str) -> String {
        format!("текст — «{text}»")
    }

    fn filter_disputed(&self) -> &'static str {
        "только события с разночтениями в источниках"
    }

    fn made(&self, date: Option<&str>, origin: Option<Option<&str>>) -> String {
        let on = date.map_or_else(String::new, |d| format!(" {d}"));
        let from = match origin {
            Some(Some(file)) => format!(" по файлу {file}"),
            Some(None) => " по встроенной хронологии".to_owned(),
            None => String::new(),
        };
        format!(
            "Страница создана{on} программой timeline{from}; каждая запись цитирует свои источники."
        )
    }

    fn link_to_event(&self) -> &'static str {
        "Ссылка на это событие"
    }

    fn more_quotations(&self, n: usize) -> String {
        let more = plural(n, "цитата", "цитаты", "цитат");
        format!("ещё {n} {more} — на веб-странице")
    }

    fn og_locale(&self) -> &'static str {
        "ru_RU"
    }

    fn family(&self, family: Family) -> &'static str {
        match family {
            Family::Legal => "Дело и заключение",
            Family::Writing => "Тексты и заявления",
            Family::PublicLife => "Общественная жизнь",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(Russian.more_quotations(1), "ещё 1 цитата — на веб-странице");
        assert_eq!(Russian.more_quotations(5), "ещё 5 цитат — на веб-странице");
        assert_eq!(
            English.more_quotations(1),
            "1 more quotation on the web page"
        );
        assert!(
            Russian
                .page_selection("Б", ("1980", "2024"), (22, 186), ("2023", "2024"))
                .contains("22 события из 186")
        );
    }
}
