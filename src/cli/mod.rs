//! The headless side of `timeline`: opening files and running the subcommands.

mod args;
mod check;
mod check_json;
mod cite;
mod export;
pub mod list;
mod sources;

use std::path::Path;
use std::process::ExitCode;

use arcstr::ArcStr;

pub use args::{CheckFormat, CiteFormat, Cli, Command, ListFormat, PageArgs, Selection, ThemeArg};

use crate::load::{self, LoadError};
use crate::model::Timeline;
use crate::words::{Lang, Words};

/// A loaded timeline with the text it came from and the name it goes by.
#[derive(Debug)]
pub struct Opened {
    /// The timeline.
    pub timeline: Timeline,
    /// Its source text.
    pub text: ArcStr,
    /// The name used in messages.
    pub name: String,
}

/// Loads `file`, or the built-in chronology when there is none.
///
/// # Errors
/// Every problem in the file, or the reason it cannot be read.
pub fn open(file: Option<&Path>) -> Result<Opened, LoadError> {
    match file {
        None => {
            let timeline = load::parse(load::EMBEDDED_NAME, load::EMBEDDED)?;
            Ok(Opened {
                timeline,
                text: ArcStr::from(load::EMBEDDED),
                name: load::EMBEDDED_NAME.to_owned(),
            })
        }
        Some(path) => {
            let (timeline, text) = load::load_path(path)?;
            Ok(Opened {
                timeline,
                text,
                name: path.display().to_string(),
            })
        }
    }
}

/// Exit statuses, the same for every subcommand (listed in `--help` and the README).
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Output or the terminal failed (a disk full, a closed terminal).
    pub const FAILURE: u8 = 1;
    /// The input was wrong: an invalid or unreadable file, an unknown id, kind, tag, case
    /// key or date, a reversed date range.
    pub const INVALID: u8 = 2;
    /// `check --strict` found warnings.
    pub const WARNINGS: u8 = 3;
}

/// Why a subcommand failed: what the user gave it, or the output.
#[derive(Debug)]
pub enum Failure {
    /// A file that cannot be read or is invalid.
    Load(LoadError),
    /// Wrong input other than the file: an unknown id, kind, tag, case key or date, a
    /// reversed range.
    Input(String),
    /// The output could not be written.
    Output(String),
}

impl Failure {
    /// Prints the failure to standard error and returns its exit status.
    #[must_use]
    pub fn report(&self, w: &dyn Words) -> ExitCode {
        match self {
            // A file that cannot be read is an error of the command line, like the others;
            // the problems inside a file open with their FILE:LINE:COLUMN instead.
            Self::Load(err @ LoadError::Unreadable(_)) => {
                eprintln!("timeline: {}", err.render(w));
                ExitCode::from(exit::INVALID)
            }
            Self::Load(err) => {
                eprintln!("{}", err.render(w));
                eprintln!("{}", w.problems_found(err.count()));
                ExitCode::from(exit::INVALID)
            }
            Self::Input(message) => {
                eprintln!("timeline: {message}");
                ExitCode::from(exit::INVALID)
            }
            Self::Output(message) => {
                eprintln!("timeline: {message}");
                ExitCode::from(exit::FAILURE)
            }
        }
    }
}

impl From<LoadError> for Failure {
    fn from(e: LoadError) -> Self {
        Self::Load(e)
    }
}

/// Writes text to standard output; a reader that went away (`timeline list | head`) is not
/// an error.
///
/// # Errors
/// Any other failure to write, in the words of `w`.
pub fn emit(text: &str, w: &dyn Words) -> Result<(), Failure> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::Output(w.cannot_write_output(&w.io_error(&e))))
        }
        _ => Ok(()),
    }
}

/// Prints clap's answer `e` to the command line `args` it did not take (help, the version,
/// or an error), and returns its exit status. Clap would echo what was typed raw (`--lang
/// $'\e]0;title\a'`), so the answer printed is the one to the same command line with every
/// control character shown as its visible stand-in.
#[must_use]
pub fn refuse_arguments(
    e: &clap::Error,
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> ExitCode {
    use clap::Parser as _;
    let shown = args
        .into_iter()
        .map(|a| crate::text::sanitize(&a.to_string_lossy()).into_owned());
    let _ = match Cli::try_parse_from(shown) {
        Err(same) if same.kind() == e.kind() => same.print(),
        // Never seen: clap's plain text, which leaves escape sequences out, made safe too.
        _ => {
            eprint!(
                "{}",
                crate::text::sanitize_multiline(&e.render().to_string())
            );
            Ok(())
        }
    };
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(exit::INVALID))
}

/// "no event \"x\"; closest: a, b, c".
#[must_use]
pub fn unknown_id(w: &dyn Words, t: &Timeline, id: &str) -> String {
    w.unknown_id(&crate::text::sanitize(id), &t.closest_ids(id, 3))
}

/// Runs a headless subcommand in a language.
#[must_use]
pub fn run(command: Command, lang: Lang) -> ExitCode {
    let w = lang.words();
    let result = match command {
        Command::Check {
            file,
            sources,
            strict,
            format: CheckFormat::Text,
        } => check::run(file.as_deref(), sources.as_deref(), strict, w),
        Command::Check {
            file,
            sources,
            strict,
            format: CheckFormat::Json,
        } => check_json::run(file.as_deref(), sources.as_deref(), strict, w),
        Command::List {
            file,
            select,
            format,
        } => list::run_list(
            file.as_deref(),
            &select,
            matches!(format, ListFormat::Json),
            w,
        ),
        Command::Show { id, file } => list::run_show(&id, file.as_deref(), lang),
        Command::Cite {
            id,
            file,
            source,
            format,
        } => cite::run(&id, file.as_deref(), source.as_deref(), format, lang),
        Command::Export {
            file,
            format,
            output,
            csv_exact,
            page,
            select,
        } => export::run(
            file.as_deref(),
            (format, csv_exact),
            output.as_deref(),
            (&select, page),
            lang,
        ),
        Command::Completions { shell } => export::completions(shell, w),
        Command::Man { dir } => export::man_pages(dir.as_deref(), w),
        Command::Gen {
            events,
            seed,
            output,
        } => export::generate(events, seed, output.as_deref(), w),
        Command::Copy { output } => export::copy_builtin(&output, w),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) => f.report(w),
    }
}
