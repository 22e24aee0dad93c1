//! The headless side of `timeline`: opening files and running the subcommands.

mod args;
mod check;
mod export;
pub mod list;

use std::path::Path;
use std::process::ExitCode;

pub use args::{Cli, Command, ExportFormat, ListFormat, Selection};

use crate::load::{self, LoadError};
use crate::model::Timeline;

/// A loaded timeline with the text it came from and the name it goes by.
#[derive(Debug)]
pub struct Opened {
    /// The timeline.
    pub timeline: Timeline,
    /// Its source text.
    pub text: String,
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
                text: load::EMBEDDED.to_owned(),
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

/// Writes text to standard output; a reader that went away (`timeline list | head`) is not
/// an error.
#[must_use]
pub fn emit(text: &str) -> ExitCode {
    use std::io::Write as _;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("timeline: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// The exit status for a file that cannot be read or is invalid.
pub const EXIT_INVALID: u8 = 2;

/// Prints a load error to standard error and returns the matching exit status.
#[must_use]
pub fn report(err: &LoadError) -> ExitCode {
    eprintln!("{err}");
    if let LoadError::Invalid { diagnostics, .. } = err {
        let n = diagnostics.len();
        eprintln!("{n} problem{} found", if n == 1 { "" } else { "s" });
    }
    ExitCode::from(EXIT_INVALID)
}

/// Applies `--at DATE` or `--event ID` to a new explorer.
///
/// # Errors
/// A date that cannot be read, or an unknown id (naming the closest ones).
pub fn start_at(
    app: &mut crate::app::App,
    at: Option<&str>,
    event: Option<&str>,
) -> Result<(), String> {
    if let Some(at) = at {
        let date = crate::model::PartialDate::parse(at)
            .map_err(|e| format!("--at {}: {e}", crate::text::sanitize(at)))?;
        app.jump_to_date(date);
        app.flash = None;
    }
    if let Some(id) = event {
        let Some(index) = app.timeline.index_of(id) else {
            return Err(unknown_id(&app.timeline, id));
        };
        app.select_index(index);
    }
    Ok(())
}

/// "no event \"x\"; closest: a, b, c".
#[must_use]
pub fn unknown_id(t: &Timeline, id: &str) -> String {
    let close = t.closest_ids(id, 3);
    let tail = if close.is_empty() {
        String::new()
    } else {
        format!("; closest: {}", close.join(", "))
    };
    format!("no event with id \"{}\"{tail}", crate::text::sanitize(id))
}

/// Runs a headless subcommand.
#[must_use]
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check {
            file,
            sources,
            strict,
        } => check::run(file.as_deref(), sources.as_deref(), strict),
        Command::List {
            file,
            select,
            format,
        } => list::run_list(file.as_deref(), &select, matches!(format, ListFormat::Json)),
        Command::Show { id, file } => list::run_show(&id, file.as_deref()),
        Command::Export {
            file,
            format,
            output,
            select,
        } => export::run(file.as_deref(), format, output.as_deref(), &select),
        Command::Completions { shell } => export::completions(shell),
        Command::Gen {
            events,
            seed,
            output,
        } => export::generate(events, seed, output.as_deref()),
    }
}
