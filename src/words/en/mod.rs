//! The English table of words.

mod command;
mod keys;
mod output;
mod page;
mod phrases;
mod problems;
mod spans;

use super::{Lang, Phrase, ProblemWords as _, Topic, Via, Words};
use crate::model::{Custody, DateError, Fact, Kind, LegalField};

/// English.
#[derive(Debug)]
pub struct English;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Words for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn language(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "English",
            Lang::Ru => "Russian",
        }
    }

    fn months_with_day(&self) -> [&'static str; 12] {
        self.months_alone()
    }

    fn months_alone(&self) -> [&'static str; 12] {
        [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
    }

    fn months_short(&self) -> [&'static str; 12] {
        self.months_alone()
    }

    fn kind(&self, kind: Kind) -> &'static str {
        kind.as_str()
    }

    fn legal(&self, field: LegalField) -> &'static str {
        match field {
            LegalField::Charge => "Charge",
            LegalField::Court => "Court",
            LegalField::Instance => "Instance",
            LegalField::Outcome => "Outcome",
            LegalField::PenaltyFaced => "Penalty faced",
            LegalField::Sentence => "Sentence",
        }
    }

    fn fact(&self, fact: Fact) -> &'static str {
        match fact {
            Fact::Place => "Place",
        }
    }

    fn custody(&self, custody: Custody) -> &'static str {
        custody.as_str()
    }

    fn help(&self, topic: Topic) -> &'static str {
        keys::help(topic)
    }

    fn hint(&self, topic: Topic) -> Option<&'static str> {
        keys::hint(topic)
    }

    fn help_sections(&self) -> [&'static str; 8] {
        [
            "Chronology",
            "Full detail view",
            "Filter picker",
            "Export formats",
            "Citation menu",
            "Sources",
            "Prompts (search, date)",
            "Help",
        ]
    }

    fn help_mouse(&self) -> (&'static str, &'static str) {
        (
            "mouse",
            "click a row or the ruler to select; a notch of the wheel scrolls the pane under it by three lines",
        )
    }

    fn phrase(&self, p: Phrase) -> &'static str {
        phrases::phrase(p)
    }

    fn events(&self, n: usize) -> String {
        plural(n, "event", "events")
    }

    fn matches_for(&self, at: usize, n: usize, query: &str) -> String {
        format!("{at}/{n} matches for \"{query}\"")
    }

    fn matched_in_source(&self, name: &str) -> String {
        format!("source: {name}")
    }

    fn matching(&self, n: usize) -> String {
        format!("{n} matching")
    }

    fn showing(&self, shown: usize, total: usize, what: &str) -> String {
        format!("showing {shown} of {total}: {what}")
    }

    fn quoted(&self, text: &str) -> String {
        format!("\"{text}\"")
    }

    fn quotes(&self) -> (&'static str, &'static str) {
        ("“", "”")
    }

    fn custody_since(
        &self,
        custody: Custody,
        since: &str,
        day: Option<i64>,
        held: Option<i64>,
    ) -> String {
        let day = day.map_or_else(String::new, |d| format!(" (day {d})"));
        match custody {
            Custody::Free => held.map_or_else(
                || "free".to_owned(),
                |n| {
                    let days = if n == 1 { "day" } else { "days" };
                    format!("free since {since}, after {n} {days} in custody")
                },
            ),
            Custody::Detained => format!("in custody since {since}{day}"),
            Custody::Imprisoned => format!("in custody since {since}{day}, serving a sentence"),
        }
    }

    fn custody_then(&self, custody: Custody, from: &str) -> String {
        match custody {
            Custody::Free => format!("then free from {from}"),
            Custody::Detained => format!("then in custody from {from}"),
            Custody::Imprisoned => format!("then in custody from {from}, serving a sentence"),
        }
    }

    fn invalid_banner(&self, count: usize, first: &str) -> String {
        let p = if count == 1 { "problem" } else { "problems" };
        format!("{count} {p}, showing the last good version; first: {first}")
    }

    fn missing_banner(&self, name: &str) -> String {
        format!("{name} is gone; showing the last good version")
    }

    fn as_of(&self, date: &str, status: &str) -> String {
        format!("As of {date}: {status}")
    }

    fn jumped(&self, typed: &str, landed: Option<&str>) -> String {
        match landed {
            None => format!("jumped to {typed}"),
            Some(l) => format!("no events in {typed}; jumped to {l}, the nearest later"),
        }
    }

    fn none_after(&self, date: &str) -> String {
        format!("no events in or after {date}")
    }

    fn not_a_date(&self, typed: &str, e: &DateError) -> String {
        match e {
            DateError::Format => {
                format!("not a date: \"{typed}\"; write 2023, 25.07.2023 or July 2023")
            }
            other => format!("not a date: \"{typed}\": {}", self.date_error(other)),
        }
    }

    fn none_further(&self, forward: bool, what: Phrase) -> String {
        let dir = if forward { "later" } else { "earlier" };
        format!("no {dir} {}", self.phrase(what))
    }

    fn no_match_for(&self, query: &str) -> String {
        format!("no match for \"{query}\"")
    }

    fn reloaded(&self, n: usize) -> String {
        format!("reloaded ({})", self.events(n))
    }

    fn case_heading(&self, case: &str, name: Option<&str>) -> String {
        name.map_or_else(
            || format!("Case: {case} — the procedure"),
            |name| format!("{name} — the procedure"),
        )
    }

    fn single_source(&self, title: &str) -> String {
        format!("only “{title}” supports this event.")
    }

    fn unknown_id(&self, id: &str, closest: &[&str]) -> String {
        let tail = if closest.is_empty() {
            String::new()
        } else {
            format!("; closest: {}", closest.join(", "))
        };
        format!("no event with id \"{id}\"{tail}")
    }

    fn problems_found(&self, n: usize) -> String {
        format!("{} found", plural(n, "problem", "problems"))
    }

    fn warnings(&self, n: usize) -> String {
        format!("{} (see below)", plural(n, "warning", "warnings"))
    }

    fn exported(&self, n: usize, path: &str, error: Option<&str>) -> String {
        match error {
            None => format!("{path}: wrote {}", self.events(n)),
            Some(e) => format!("could not write {path}: {e}"),
        }
    }

    fn exported_calendar(
        &self,
        written: usize,
        skipped: usize,
        out_of_range: usize,
        path: &str,
    ) -> String {
        let mut left = Vec::new();
        if skipped > 0 {
            left.push(format!("{skipped} without an exact day"));
        }
        if out_of_range > 0 {
            left.push(format!("{out_of_range} outside the years 0001–9999"));
        }
        format!(
            "{path}: wrote {}, left out {}",
            self.events(written),
            left.join(" and ")
        )
    }

    fn opening(&self, url: &str) -> String {
        format!("opening {url}")
    }

    fn sources_count(&self, n: usize) -> String {
        let s = if n == 1 { "source" } else { "sources" };
        format!("{n} {s}")
    }

    fn copied(&self, id: &str, sources: usize, via: Via) -> String {
        let s = if sources == 1 { "source" } else { "sources" };
        let to = match via {
            Via::System => "to the system clipboard",
            Via::Terminal => "to the clipboard through the terminal (OSC 52)",
            // Short enough for 80 columns with the longest id (34 characters).
            Via::Tmux => return format!("copied {id} (OSC 52); tmux needs set-clipboard on"),
        };
        format!("copied the citation of {id} ({sources} {s}) {to}")
    }

    fn chronology_intro(&self, subject: &str, from: &str, to: &str) -> String {
        format!(
            "A sourced chronology of {subject}, {from} – {to}. Every entry quotes its sources; the numbers in brackets refer to the references at the end."
        )
    }

    fn subset_note(&self, shown: usize, total: usize) -> String {
        format!(
            "*A selection: {shown} of the chronology's {}, exported with `timeline export`.*",
            self.events(total)
        )
    }
}
