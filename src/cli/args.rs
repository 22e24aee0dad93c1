//! The command line, declared with clap: the explorer and its headless subcommands.

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::words::{English, Lang, Words as _};

/// Explore a sourced chronology of Boris Kagarlitsky in the terminal.
#[derive(Debug, Parser)]
#[command(
    name = "timeline",
    version,
    about,
    after_help = "Examples:\n  timeline                     open the built-in chronology\n  timeline my.toml             open another file\n  timeline --at 2023-07        open with the first event of July 2023 selected\n  timeline --event arrest-2023 open on one event\n  timeline --watch my.toml     reload my.toml on every save\n  timeline check my.toml --sources ../shared/sources\n\nIn the explorer, press ? for its keys (q quits)."
)]
pub struct Cli {
    /// A timeline file to open instead of the built-in chronology.
    pub file: Option<PathBuf>,
    /// Open with the first event at or after this date selected (`1993`, `2023-07`, `2023-7`,
    /// `2023-07-25`, `25.07.2023`, `7.2023`, `July 2023`, `25 July 2023`, `25 июля 2023`).
    #[arg(long, value_name = "DATE", conflicts_with = "event")]
    pub at: Option<String>,
    /// Open with this event selected, by id (for example `--event arrest-2023`).
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    /// Reload FILE whenever it is saved, keeping the selection and the filters.
    #[arg(long, requires = "file")]
    pub watch: bool,
    /// Show source addresses as plain text, never as terminal hyperlinks (OSC 8); they are
    /// links by default except under `TERM=dumb` or `linux`, or with `FORCE_HYPERLINK=0`.
    #[arg(long)]
    pub no_hyperlinks: bool,
    /// The background the colours are chosen for (default: from `COLORFGBG`, else dark).
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,
    /// The language of everything shown (default: from `LC_ALL`, `LC_MESSAGES` or `LANG`;
    /// English unless it names Russian).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// The subcommand; without one, the explorer opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The backgrounds `--theme` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// A dark background.
    Dark,
    /// A light background.
    Light,
}

/// The languages `--lang` takes: every one the program speaks, by its code, with its
/// English name as the help (clap's help is English).
impl ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        &Lang::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.code()).help(English.language(*self)))
    }
}

impl Cli {
    /// The language chosen: `--lang`, else the environment's.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::from_env)
    }
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a timeline file and summarise it; lists every problem with its line and column,
    /// then the curator's warnings (such as an event resting on one source, an unrecorded
    /// disagreement, a missing translation, a title that reads like a note).
    #[command(
        after_help = "Examples:\n  timeline check\n  timeline check timeline.toml --sources ../shared/sources\n  timeline check timeline.toml --strict\n  timeline check my.toml --format json\n\nExit status: 0 valid (warnings allowed unless --strict), 2 invalid or unreadable, 3 warnings with --strict."
    )]
    Check {
        /// The file to check (default: the built-in chronology).
        file: Option<PathBuf>,
        /// Check every excerpt against the stored source texts in this directory.
        #[arg(long, value_name = "DIR")]
        sources: Option<PathBuf>,
        /// Fail (exit status 3) when there is any warning.
        #[arg(long)]
        strict: bool,
        /// Output format: `text` (`FILE:LINE:COLUMN: message` lines on standard error, a
        /// summary on standard output), or `json` (a JSON array on standard output, one object
        /// per problem and warning: file, line, column, severity, code, message).
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// Print one aligned line per event: date, kind, id and title.
    #[command(
        after_help = "Examples:\n  timeline list --kind ruling\n  timeline list --from 2023 --search court --format json"
    )]
    List {
        /// The file to read (default: the built-in chronology).
        file: Option<PathBuf>,
        /// The selection.
        #[command(flatten)]
        select: Selection,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print one event in full: summary, legal details and excerpts with their sources.
    #[command(after_help = "Example:\n  timeline show arrest-2023")]
    Show {
        /// The event's id.
        id: String,
        /// The file to read (default: the built-in chronology).
        file: Option<PathBuf>,
    },
    /// Print the ready citation of one event, as the explorer's `y` copies it, or of one of
    /// its sources; or the source(s) as a bibliography entry.
    #[command(
        after_help = "Examples:\n  timeline cite arrest-2023\n  timeline cite arrest-2023 --source meduza-2023 --format bibtex"
    )]
    Cite {
        /// The event's id.
        id: String,
        /// The file to read (default: the built-in chronology).
        file: Option<PathBuf>,
        /// Cite the event through this one of its sources (its id) only.
        #[arg(long, value_name = "SRC")]
        source: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CiteFormat::Markdown)]
        format: CiteFormat,
    },
    /// Export the chronology (or a selection of it) as Markdown, an HTML page, CSV, JSON,
    /// iCalendar, `TimelineJS` JSON or Markwhen, or the sources it quotes as a bibliography
    /// (CSL-JSON, `BibTeX` or RIS).
    #[command(
        after_help = "Examples:\n  timeline export --format markdown -o CHRONOLOGY.md\n  timeline export --format ics --kind ruling -o rulings.ics\n  timeline export --format csv --from 2023\n  timeline export --format html -o chronology.html\n  timeline export --format html --from 2023 --to 2024 --url https://example.org/case.html -o case.html"
    )]
    Export {
        /// The file to read (default: the built-in chronology).
        file: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum)]
        format: crate::export::Format,
        /// Write to this path (atomically) instead of standard output.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// CSV only: keep every cell exactly as written. By default a cell starting with `=`,
        /// `+`, `-`, `@`, a tab or a carriage return gets a `'` before it, so that a
        /// spreadsheet shows it as text instead of running it as a formula.
        #[arg(long)]
        csv_exact: bool,
        /// What a page to publish says around the events.
        #[command(flatten)]
        page: PageArgs,
        /// The selection.
        #[command(flatten)]
        select: Selection,
    },
    /// Write the built-in chronology to a file, to edit it (then `timeline --watch FILE`).
    #[command(after_help = "Example:\n  timeline copy my.toml && timeline --watch my.toml")]
    Copy {
        /// Where to write it; an existing file is refused.
        output: PathBuf,
    },
    /// Write a synthetic timeline of N events, for benchmarks and scale tests.
    #[command(after_help = "Example:\n  timeline gen --events 100000 --seed 1 -o /tmp/100k.toml")]
    Gen {
        /// How many events (at least 1).
        #[arg(long, default_value_t = 1000)]
        events: usize,
        /// The seed: the same seed gives the same file.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write to this path (atomically) instead of standard output.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Print the manual page (roff), or write one page per command into a directory.
    #[command(
        after_help = "Examples:\n  timeline man | man -l -\n  timeline man --dir ~/.local/share/man/man1 && man timeline-check"
    )]
    Man {
        /// Write `timeline.1` and a page per subcommand (`timeline-check.1`, …) into this
        /// directory instead of printing the main page.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Print shell completions.
    #[command(
        after_help = "Example:\n  timeline completions bash > ~/.local/share/bash-completion/completions/timeline"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// Which events to include; the same choices as the explorer's filters and search.
#[derive(Debug, Clone, Default, Args)]
pub struct Selection {
    /// Only events of this kind (repeatable), e.g. `--kind arrest --kind ruling`.
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<String>,
    /// Only events with this tag (repeatable).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Only events ending on or after this date, e.g. `--from 2023-07` or `--from 25.07.2023`
    /// (the forms of `--at`).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only events starting on or before this date, e.g. `--to 1993` or `--to "July 2023"`.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only events that quote this source (repeatable): its id, or a word of its publisher or
    /// title in any edition (case- and accent-insensitive), e.g. `--source meduza`.
    #[arg(long = "source", value_name = "SOURCE")]
    pub sources: Vec<String>,
    /// Only events whose text or quoted sources (publisher, author, title, address) contain
    /// this (case-insensitive), e.g. `--search Syktyvkar`.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only the events of one legal case, e.g. `--case justifying-terrorism-2023`.
    #[arg(long, value_name = "KEY")]
    pub case: Option<String>,
    /// Only events whose sources disagree (that record a dispute).
    #[arg(long)]
    pub disputed: bool,
}

/// The options of a page to publish: its title, introduction and address.
#[derive(Debug, Clone, Default, Args)]
pub struct PageArgs {
    /// html, timelinejs, markwhen, markdown: the title (default: the chronology's, with a
    /// selection's own span of years, e.g. `…, 2023–2024`).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// html, timelinejs, markwhen, markdown: the introduction (default: what the chronology
    /// is; for a selection, how many of its events it holds and the filters that chose them).
    #[arg(long, value_name = "TEXT")]
    pub intro: Option<String>,
    /// html only: the page's public address, for link previews (`og:url`); http(s) only.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
}

/// Formats for `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// The summary, then `FILE:LINE:COLUMN: message` lines.
    Text,
    /// A JSON array of problems and warnings.
    Json,
}

/// Formats for `cite`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CiteFormat {
    /// Markdown, as the explorer's `y` copies it.
    Markdown,
    /// The same citation without Markdown.
    Text,
    /// The quoted source(s) as `export --format bibtex` writes them.
    Bibtex,
    /// The quoted source(s) as `export --format csl-json` writes them.
    #[value(name = "csl-json")]
    CslJson,
}

/// Formats for `list`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListFormat {
    /// Aligned text.
    Text,
    /// JSON, the same shape as `export --format json`.
    Json,
}
