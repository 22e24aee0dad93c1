//! The English words of the commands around a file: `check`'s summary and counts, and how
//! the selection and date options refuse a value.

use crate::model::{DateError, Lang};
use crate::words::{CommandWords, English, Facet, ProblemWords as _, Words as _};

impl CommandWords for English {
    fn built_in_name(&self) -> &'static str {
        "timeline.toml (built in)"
    }

    fn check_ok(&self, name: &str, events: usize, from: &str, to: &str) -> String {
        format!("{name}: ok — {events} events from {from} to {to}")
    }

    fn translated(&self, n: usize, total: usize, lang: Lang) -> String {
        format!(
            "{n} of {total} events translated into {}",
            self.language(lang)
        )
    }

    fn inventory(&self, sources: usize, eras: usize, excerpts: usize) -> String {
        format!("{sources} sources, {eras} eras, {excerpts} excerpts")
    }

    fn more_problems(&self, n: usize) -> String {
        let noun = if n == 1 { "problem" } else { "problems" };
        format!("… and {n} more {noun} not shown")
    }

    fn no_events_to_generate(&self) -> &'static str {
        "--events must be at least 1: a timeline file needs an [[event]]"
    }

    fn verbatim(&self, n: usize, dir: &str) -> String {
        format!("{n} excerpts found verbatim in {dir}")
    }

    fn unknown_choice(&self, facet: Facet, name: &str, closest: &[&str], known: &[&str]) -> String {
        let (what, all) = match facet {
            Facet::Kind => ("kind", "kinds"),
            Facet::Tag => ("tag", "tags"),
            Facet::Case => ("case", "cases"),
            Facet::Source => ("source", "sources"),
        };
        let tail = match (closest, known) {
            ([], _) if facet == Facet::Source => {
                " (no source id, publisher or title is like it)".to_owned()
            }
            ([], []) => format!(" (the file has no {all})"),
            ([], known) => format!(" ({all}: {})", known.join(", ")),
            (closest, _) => format!("; closest: {}", closest.join(", ")),
        };
        format!("unknown {what} \"{name}\"{tail}")
    }

    fn unquoted_source(
        &self,
        event: &str,
        name: &str,
        closest: &[&str],
        quoted: &[&str],
    ) -> String {
        let tail = if closest.is_empty() {
            format!("it quotes {}", quoted.join(", "))
        } else {
            format!("closest: {}", closest.join(", "))
        };
        format!("event \"{event}\" quotes no source \"{name}\"; {tail}")
    }

    fn date_option(&self, flag: &str, text: &str, e: &DateError) -> String {
        match e {
            DateError::Format => format!(
                "{flag} {text}: expected a date such as 2023, 2023-07, 2023-07-25, 25.07.2023, \
                 July 2023 or 25 July 2023"
            ),
            other => format!("{flag} {text}: {}", self.date_error(other)),
        }
    }

    fn reversed_range(&self, from: &str, to: &str) -> String {
        format!("--from {from} is later than --to {to}; swap the two dates")
    }

    fn not_a_terminal(&self) -> &'static str {
        "standard output is not a terminal; use `timeline list` or `timeline export` instead"
    }
}
