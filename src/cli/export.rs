//! `timeline export` and `timeline completions`.

use std::io::IsTerminal as _;
use std::path::Path;

use clap::CommandFactory as _;

use super::list::selected;
use super::{Cli, Failure, Selection, exit};
use crate::export::{self, ExportError, Format};
use crate::words::{Lang, Words};

/// Runs `export` in a format, with `csv_exact` (`--csv-exact`) for CSV only.
///
/// # Errors
/// A bad file or selection, `--csv-exact` with another format, or output that cannot be
/// written.
pub fn run(
    file: Option<&Path>,
    (format, csv_exact): (Format, bool),
    output: Option<&Path>,
    s: &Selection,
    lang: Lang,
) -> Result<u8, Failure> {
    let w = lang.words();
    let options = export::Options {
        cells: if csv_exact {
            export::CsvCells::Exact
        } else {
            export::CsvCells::Safe
        },
        stamp: None,
    };
    // Options that do not suit the format are refused before the file is read.
    format
        .check(options)
        .map_err(|e| Failure::Input(e.worded(w)))?;
    let (t, chosen) = selected(file, s, w)?;
    let rendered = format
        .render(&t, &chosen, lang, options)
        .map_err(|e| match e {
            ExportError::Writer(_) | ExportError::Write(_) => {
                Failure::Output(w.export_failed(&e.worded(w)))
            }
            ExportError::CsvExactAlone | ExportError::SourceDateEpoch(_) => {
                Failure::Input(e.worded(w))
            }
        })?;
    // An empty selection still gets its valid document; the notes go aside.
    for note in rendered.notes {
        eprintln!("timeline: {}", note.worded(w));
    }
    let text = rendered.text;
    match output {
        Some(path) => write(path, &text, w)?,
        // A terminal gets no raw control characters, whatever the format; a file or a pipe
        // gets the exact text.
        None if std::io::stdout().is_terminal() => {
            super::emit(&export::for_terminal(&text), w)?;
        }
        None => super::emit(&text, w)?,
    }
    Ok(exit::OK)
}

/// Writes a file atomically, naming it in the failure, in the words of `w`.
fn write(path: &Path, text: &str, w: &dyn Words) -> Result<(), Failure> {
    match export::write_atomic(path, text.as_bytes()) {
        // `-o /dev/stdout | head`: a reader that went away is not an error, as on standard output.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
    .map_err(|e| {
        let shown = crate::text::sanitize(&path.display().to_string()).into_owned();
        Failure::Output(w.cannot_write(&shown, &w.io_error(&e)))
    })
}

/// Prints completions for a shell.
///
/// # Errors
/// Output that cannot be written.
pub fn completions(shell: clap_complete::Shell, w: &dyn Words) -> Result<u8, Failure> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "timeline", &mut out);
    super::emit(&String::from_utf8_lossy(&out), w)?;
    Ok(exit::OK)
}

/// Prints the manual page built from the command line's own definitions, or writes it and
/// a page per subcommand into `dir`.
///
/// # Errors
/// A page cannot be written.
pub fn man_pages(dir: Option<&Path>, w: &dyn Words) -> Result<u8, Failure> {
    // As `clap_mangen::generate_to` builds it: no `help` subcommand, which has no page.
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    if let Some(dir) = dir {
        clap_mangen::generate_to(command, dir).map_err(|e| {
            let shown = crate::text::sanitize(&dir.display().to_string()).into_owned();
            Failure::Output(w.cannot_write(&shown, &w.io_error(&e)))
        })?;
    } else {
        let mut out = Vec::new();
        clap_mangen::Man::new(command)
            .render(&mut out)
            .map_err(|e| Failure::Output(w.cannot_write_output(&w.io_error(&e))))?;
        super::emit(&String::from_utf8_lossy(&out), w)?;
    }
    Ok(exit::OK)
}

/// Writes the built-in chronology to a new file, for editing.
///
/// # Errors
/// The file exists already, or cannot be written.
pub fn copy_builtin(path: &Path, w: &dyn Words) -> Result<u8, Failure> {
    // `symlink_metadata`: a link, even a broken one, is something the copy would replace.
    if path.symlink_metadata().is_ok() {
        let shown = crate::text::sanitize(&path.display().to_string()).into_owned();
        return Err(Failure::Input(w.exists_already(&shown)));
    }
    write(path, crate::load::EMBEDDED, w)?;
    let events = crate::load::parse(crate::load::EMBEDDED_NAME, crate::load::EMBEDDED)
        .map_or(0, |t| t.events.len());
    let shown = crate::text::sanitize(&path.display().to_string()).into_owned();
    let next = format!("timeline --watch {}", shell_word(&shown));
    // A note, as the other commands' are: on standard error, so that standard output stays
    // what the command writes (here nothing).
    eprintln!("timeline: {}", w.wrote_copy(&shown, events, &next));
    Ok(exit::OK)
}

/// A path as one word of a shell command line: as it is when it holds nothing a shell
/// reads, else in single quotes.
fn shell_word(path: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "/._-+,:@%=".contains(c);
    if !path.is_empty() && path.chars().all(plain) {
        path.to_owned()
    } else {
        format!("'{}'", path.replace('\'', r"'\''"))
    }
}

/// Writes a synthetic timeline.
///
/// # Errors
/// Output that cannot be written.
pub fn generate(
    events: usize,
    seed: u64,
    output: Option<&Path>,
    w: &dyn Words,
) -> Result<u8, Failure> {
    if events == 0 {
        return Err(Failure::Input(w.no_events_to_generate().to_owned()));
    }
    let text = crate::synth::timeline(events, seed);
    match output {
        None => super::emit(&text, w)?,
        Some(path) => write(path, &text, w)?,
    }
    Ok(exit::OK)
}
