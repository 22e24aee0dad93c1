//! `timeline export` and `timeline completions`.

use std::io::IsTerminal as _;
use std::path::Path;

use clap::CommandFactory as _;

use super::list::selected;
use super::{Cli, ExportFormat, Failure, Selection, exit};
use crate::export;
use crate::words::Lang;

/// Runs `export`.
///
/// # Errors
/// A bad file or selection, or output that cannot be written.
pub fn run(
    file: Option<&Path>,
    format: ExportFormat,
    output: Option<&Path>,
    s: &Selection,
    lang: Lang,
) -> Result<u8, Failure> {
    let (t, chosen) = selected(file, s, lang.words())?;
    let text = match format {
        ExportFormat::Json => export::to_json(&t, &chosen).map_err(anyhow::Error::from),
        ExportFormat::Csv => export::to_csv(&t, &chosen),
        ExportFormat::Markdown => Ok(export::to_markdown(&t, &chosen, lang)),
        ExportFormat::Html => Ok(export::to_html(&t, &chosen, lang.code())),
        ExportFormat::Timelinejs => {
            export::to_timelinejs(&t, &chosen, lang.code()).map_err(anyhow::Error::from)
        }
        ExportFormat::Markwhen => Ok(export::to_markwhen(&t, &chosen, lang.code())),
        ExportFormat::Ics => {
            let ics = export::to_ics(&t, &chosen);
            if ics.skipped > 0 {
                eprintln!(
                    "timeline: left out {} event{} whose date is not a single day",
                    ics.skipped,
                    if ics.skipped == 1 { "" } else { "s" }
                );
            }
            Ok(ics.text)
        }
    };
    let text = text.map_err(|e| Failure::Output(format!("export failed: {e}")))?;
    match output {
        Some(path) => write(path, &text)?,
        // A terminal gets no raw control characters, whatever the format; a file or a pipe
        // gets the exact text.
        None if std::io::stdout().is_terminal() => super::emit(&export::for_terminal(&text))?,
        None => super::emit(&text)?,
    }
    Ok(exit::OK)
}

/// Writes a file atomically, naming it in the failure.
fn write(path: &Path, text: &str) -> Result<(), Failure> {
    export::write_atomic(path, text.as_bytes()).map_err(|e| {
        Failure::Output(format!(
            "cannot write {}: {e}",
            crate::text::sanitize(&path.display().to_string())
        ))
    })
}

/// Prints completions for a shell.
///
/// # Errors
/// Output that cannot be written.
pub fn completions(shell: clap_complete::Shell) -> Result<u8, Failure> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "timeline", &mut out);
    super::emit(&String::from_utf8_lossy(&out))?;
    Ok(exit::OK)
}

/// Writes the built-in chronology to a new file, for editing.
///
/// # Errors
/// The file exists already, or cannot be written.
pub fn copy_builtin(path: &Path) -> Result<u8, Failure> {
    if path.exists() {
        return Err(Failure::Input(format!(
            "{} exists already; choose another name",
            crate::text::sanitize(&path.display().to_string())
        )));
    }
    write(path, crate::load::EMBEDDED)?;
    Ok(exit::OK)
}

/// Writes a synthetic timeline.
///
/// # Errors
/// Output that cannot be written.
pub fn generate(events: usize, seed: u64, output: Option<&Path>) -> Result<u8, Failure> {
    let text = crate::synth::timeline(events, seed);
    match output {
        None => super::emit(&text)?,
        Some(path) => write(path, &text)?,
    }
    Ok(exit::OK)
}
