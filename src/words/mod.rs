//! Every word the program shows a person, in one table per language. File keywords (kinds,
//! legal fields, custody values) stay English in the format; what is shown for them comes
//! from here. The traits are here (`Words`, and `ProblemWords`, `OutputWords` and
//! `LaunchWords` beside it); each language is one folder (`en/`, `ru/`) implementing them
//! all, so a new language is one new folder, checked complete by the compiler.

mod command;
mod en;
mod launch;
mod output;
mod page;
mod problems;
mod ru;
mod spans;

use crate::model::{Custody, DateError, Fact, Kind, LegalField};

pub use command::{CommandWords, Facet};
pub use en::English;
pub use launch::{LaunchFailure, LaunchWords, Program};
pub use output::OutputWords;
pub use page::PageWords;
pub use problems::{
    Expected, Owner, Problem, ProblemCode, ProblemWords, SpanEnd, TomlType, Translation,
};
pub use ru::Russian;
pub use spans::SpanWords;

pub use crate::model::Lang;

impl Lang {
    /// The language of the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first
    /// one set deciding, as POSIX orders them; English when none names a language the
    /// program speaks.
    #[must_use]
    pub fn from_env() -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Self::parse(&v))
            .unwrap_or_default()
    }

    /// The table of words for this language.
    #[must_use]
    pub fn words(self) -> &'static dyn Words {
        match self {
            Self::En => &English,
            Self::Ru => &Russian,
        }
    }
}

/// What a help line or footer hint describes: the key table names these, each language
/// words them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // Each variant is named for what its help line says.
pub enum Topic {
    NextEvent,
    PrevEvent,
    PageDown,
    PageUp,
    FirstEvent,
    LastEvent,
    YearStep,
    YearPrompt,
    LegalStep,
    CaseStep,
    Search,
    MatchStep,
    Filter,
    ClearFilters,
    Ruler,
    Open,
    Focus,
    ScrollDown,
    ScrollUp,
    Top,
    Bottom,
    EventStep,
    LinkStep,
    FollowLink,
    NextEntry,
    PrevEntry,
    Toggle,
    /// Write the highlighted export format.
    WriteFormat,
    /// Copy the highlighted citation.
    CopyChoice,
    Accept,
    Cancel,
    DeleteChar,
    Help,
    Back,
    BackOrClear,
    Quit,
    Suspend,
    OpenSource,
    Copy,
    GoBack,
    Sources,
    ShowCiting,
    Edit,
    Export,
    ClearLine,
    DeleteWord,
    History,
    CursorStep,
    LineStart,
    LineEnd,
    DeleteUnder,
    SearchMode,
    Panes,
    Zoom,
    Expand,
    Collapse,
    SourceFilter,
    CopySource,
}

/// The words of one language. Methods that take numbers or names build whole phrases, so
/// each language orders and inflects them its own way. The words of checking a file are a
/// table of their own, [`ProblemWords`], and so are those of writing out, [`OutputWords`], of
/// starting the editor and the browser, [`LaunchWords`], and of windows of dates and days in
/// custody in all, [`SpanWords`], and of a page made to be published, [`PageWords`].
pub trait Words:
    Sync
    + std::fmt::Debug
    + ProblemWords
    + CommandWords
    + OutputWords
    + LaunchWords
    + SpanWords
    + PageWords
{
    /// The language these words are in.
    fn lang(&self) -> Lang;
    /// A language's name, standing alone (`Russian`, `русский`).
    fn language(&self, lang: Lang) -> &'static str;
    /// Month names after a day number (`25 Jul 2023`, `25 июля 2023`).
    fn months_with_day(&self) -> [&'static str; 12];
    /// Month names standing alone (`Jul 2023`, `июль 2023`).
    fn months_alone(&self) -> [&'static str; 12];
    /// Short month names for aligned columns (`Jul`, `июл.`).
    fn months_short(&self) -> [&'static str; 12];
    /// The display label of a kind.
    fn kind(&self, kind: Kind) -> &'static str;
    /// The display label of a legal field.
    fn legal(&self, field: LegalField) -> &'static str;
    /// The display label of an event's fact (place, …).
    fn fact(&self, fact: Fact) -> &'static str;
    /// A custody value as a word.
    fn custody(&self, custody: Custody) -> &'static str;
    /// A help line's text.
    fn help(&self, topic: Topic) -> &'static str;
    /// A footer hint's word or two, for the topics the footer shows (every topic is listed
    /// in each language, so a new one must be decided on).
    fn hint(&self, topic: Topic) -> Option<&'static str>;
    /// Headings of the help's sections: chronology, full-screen detail, picker, prompts, help.
    fn help_sections(&self) -> [&'static str; 8];
    /// The help's line about the mouse: the word in its key column (`mouse`, `мышь`) and
    /// the line.
    fn help_mouse(&self) -> (&'static str, &'static str);
    /// Fixed phrases, looked up by name.
    fn phrase(&self, p: Phrase) -> &'static str;
    /// `3 events`, `1 event` (with the right plural form).
    fn events(&self, n: usize) -> String;
    /// `3/7 matches for "court"`.
    fn matches_for(&self, at: usize, n: usize, query: &str) -> String;
    /// `source: Meduza`: why the current event matched, when the query is only in a source
    /// it quotes (named by its publisher, else its title).
    fn matched_in_source(&self, name: &str) -> String;
    /// `5 matching`, while a search is being typed.
    fn matching(&self, n: usize) -> String;
    /// `showing 4 of 51: ruling`.
    fn showing(&self, shown: usize, total: usize, what: &str) -> String;
    /// Typed text in the language's quotation marks: `"court"`, `«суд»`.
    fn quoted(&self, text: &str) -> String;
    /// The marks around a quotation or a title: `“…”` in English, `«…»` in Russian.
    fn quotes(&self) -> (&'static str, &'static str);
    /// `In custody since 25 Jul 2023 (day 64)` and its variants; `held` is how many days
    /// the custody just ended lasted.
    fn custody_since(
        &self,
        custody: Custody,
        since: &str,
        day: Option<i64>,
        held: Option<i64>,
    ) -> String;
    /// `then in custody from 13 Feb 2024`: a status that began later within the period of
    /// an event dated only to a month or a year.
    fn custody_then(&self, custody: Custody, from: &str) -> String;
    /// The live-reload banner for an invalid file: the count first, so it survives a cut.
    fn invalid_banner(&self, count: usize, first: &str) -> String;
    /// The live-reload banner for a file that is gone.
    fn missing_banner(&self, name: &str) -> String;
    /// `As of 12 Dec 2023: …`, before the custody status.
    fn as_of(&self, date: &str, status: &str) -> String;
    /// `jumped to 2023`, or a landing elsewhere when the year has no events.
    fn jumped(&self, typed: &str, landed: Option<&str>) -> String;
    /// `no events in or after 2050`.
    fn none_after(&self, date: &str) -> String;
    /// `not a date: "x"` with the forms the prompt takes, or why the month or the day
    /// does not exist.
    fn not_a_date(&self, typed: &str, e: &DateError) -> String;
    /// `no later arrest or ruling` and the like.
    fn none_further(&self, forward: bool, what: Phrase) -> String;
    /// `no match for "x"`.
    fn no_match_for(&self, query: &str) -> String;
    /// `reloaded (86 events)`.
    fn reloaded(&self, n: usize) -> String;
    /// `Justifying terrorism case (2023–24) — the procedure` for a named case, else `Case:
    /// justifying-terrorism-2023 — the procedure`.
    fn case_heading(&self, case: &str, name: Option<&str>) -> String;
    /// `only “Title” supports this event.`
    fn single_source(&self, title: &str) -> String;
    /// `no event with id "x"; closest: a, b`.
    fn unknown_id(&self, id: &str, closest: &[&str]) -> String;
    /// `3 problems found`.
    fn problems_found(&self, n: usize) -> String;
    /// `2 warnings (see below)`.
    fn warnings(&self, n: usize) -> String;
    /// `./timeline-view.md: wrote 15 events`, or why not.
    fn exported(&self, n: usize, path: &str, error: Option<&str>) -> String;
    /// `./timeline-view.ics: wrote 40 events, left out 46 without an exact day` (and `1
    /// outside the years 0001–9999`, when `out_of_range` is not 0).
    fn exported_calendar(
        &self,
        written: usize,
        skipped: usize,
        out_of_range: usize,
        path: &str,
    ) -> String;
    /// `opening https://…`.
    fn opening(&self, url: &str) -> String;
    /// `copied the citation of arrest-2023 (3 sources) to the system clipboard`, or through
    /// the terminal.
    fn copied(&self, id: &str, sources: usize, via: Via) -> String;
    /// How many sources a publisher has in the sources view: `2 sources`.
    fn sources_count(&self, n: usize) -> String;
    /// The opening line of the Markdown chronology.
    fn chronology_intro(&self, subject: &str, from: &str, to: &str) -> String;
    /// The note on a Markdown export of part of the chronology.
    fn subset_note(&self, shown: usize, total: usize) -> String;
}

/// How a copy reached the clipboard, for the message that says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The system clipboard, directly.
    System,
    /// The terminal's clipboard sequence (OSC 52), which the terminal may or may not honour.
    Terminal,
    /// OSC 52 inside tmux (`$TMUX` set), which passes it on only with `set-clipboard on`.
    Tmux,
}

/// Fixed phrases without numbers or names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // Each variant is named for what it says.
pub enum Phrase {
    TooSmall,
    NoMatch,
    ListEmpty,
    ListEmptyHint,
    DetailEmpty,
    Disputed,
    SingleSource,
    SourceNote,
    Related,
    PaneChronology,
    PaneDetail,
    PaneFull,
    YearLabel,
    YearTitle,
    HelpTitle,
    FilterTitle,
    NoLaterYear,
    NoEarlierYear,
    ArrestOrRuling,
    EventInCase,
    NoCase,
    NoLinks,
    LinkHint,
    FiltersClearedForLink,
    NoSearch,
    WrappedFirst,
    WrappedLast,
    FiltersCleared,
    ColDate,
    ColKind,
    ColInstance,
    ColCourt,
    ColOutcome,
    Kinds,
    Legend,
    Approximate,
    Window,
    RulerLegend,
    RulerBars,
    RulerMarker,
    EveryList,
    EveryDown,
    EveryUp,
    EveryTop,
    EveryBottom,
    References,
    CaseLabel,
    TagsLabel,
    Generated,
    WebDisputed,
    WebSingleSource,
    ApproximateDate,
    Years,
    Search,
    ShownOf,
    ShownTail,
    NoAddress,
    SourceNoAddress,
    NothingBack,
    SourcesTitle,
    SourceFilter,
    BuiltIn,
    ExportTitle,
    CiteTitle,
    CiteEvent,
    CiteSource,
    PlainText,
    NothingToExport,
    NowFiltering,
    NowHighlighting,
    Filtered,
    Highlighted,
}
