//! The words of the commands around a file: what `check` says of the whole (its summary,
//! its counts, where the problems stop being listed), and how the selection and date
//! options refuse a value (`--kind`, `--tag`, `--case`, `--source`, `--from`, `--to`,
//! `cite --source`). One table per language, checked complete by the compiler; the
//! problems of a file itself are [`ProblemWords`](super::ProblemWords).

use crate::model::{DateError, Lang};

/// What a selection option names, each value checked against those the file holds
/// (`select::known`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// An event's kind, `--kind`.
    Kind,
    /// A tag, `--tag`.
    Tag,
    /// A legal case's key, `--case`.
    Case,
    /// A source, `--source`: its id, or a word of its publisher or title.
    Source,
}

/// The words of the commands around a file, one table per language.
pub trait CommandWords {
    /// The name the built-in chronology goes by in the check's summary.
    fn built_in_name(&self) -> &'static str;
    /// `FILE: ok — 86 events from 1980 to Nov 2024`.
    fn check_ok(&self, name: &str, events: usize, from: &str, to: &str) -> String;
    /// `86 of 86 events translated into Russian`.
    fn translated(&self, n: usize, total: usize, lang: Lang) -> String;
    /// `123 sources, 5 eras, 373 excerpts`.
    fn inventory(&self, sources: usize, eras: usize, excerpts: usize) -> String;
    /// `… and 12 more problems not shown`, after the listed ones.
    fn more_problems(&self, n: usize) -> String;
    /// Why `timeline gen --events 0` writes nothing.
    fn no_events_to_generate(&self) -> &'static str;
    /// `373 excerpts found verbatim in DIR`.
    fn verbatim(&self, n: usize, dir: &str) -> String;
    /// `unknown tag "x"; closest: y, z`, or `unknown kind "x" (kinds: …)` with every known
    /// value when none is close: for `--kind`, `--tag` and `--case`; for `--source`, which
    /// lists no known values (there are too many), that none is like it.
    fn unknown_choice(&self, facet: Facet, name: &str, closest: &[&str], known: &[&str]) -> String;
    /// `event "e" quotes no source "x"; closest: a, b`, for `cite --source`, or, when none
    /// is close, the sources the event quotes.
    fn unquoted_source(&self, event: &str, name: &str, closest: &[&str], quoted: &[&str])
    -> String;
    /// `--from x: why`, for a date option that cannot be read.
    fn date_option(&self, flag: &str, text: &str, e: &DateError) -> String;
    /// `--from 2024 is later than --to 2023`, for a date range that ends before it starts.
    fn reversed_range(&self, from: &str, to: &str) -> String;
    /// Why plain `timeline` will not start with its output in a pipe.
    fn not_a_terminal(&self) -> &'static str;
}
