//! The English words of a page made to be published.

use super::English;
use crate::model::Family;
use crate::words::PageWords;
use crate::words::page::either;

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
