//! `timeline export` and `timeline completions`.

use std::io::IsTerminal as _;
use std::path::Path;
use std::process::ExitCode;

use clap::CommandFactory as _;

use super::list::selected;
use super::{Cli, ExportFormat, Selection};
use crate::export;

/// The language of the web exports' labels until `--lang` comes.
const LANG: &str = "en";

/// Runs `export`.
#[must_use]
pub fn run(
    file: Option<&Path>,
    format: ExportFormat,
    output: Option<&Path>,
    s: &Selection,
) -> ExitCode {
    let (t, chosen) = match selected(file, s) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let text = match format {
        ExportFormat::Json => export::to_json(&t, &chosen).map_err(anyhow::Error::from),
        ExportFormat::Csv => export::to_csv(&t, &chosen),
        ExportFormat::Markdown => Ok(export::to_markdown(&t, &chosen)),
        ExportFormat::Html => Ok(export::to_html(&t, &chosen, LANG)),
        ExportFormat::Timelinejs => {
            export::to_timelinejs(&t, &chosen, LANG).map_err(anyhow::Error::from)
        }
        ExportFormat::Markwhen => Ok(export::to_markwhen(&t, &chosen, LANG)),
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
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            eprintln!("timeline: export failed: {e}");
            return ExitCode::FAILURE;
        }
    };
    let written = match output {
        Some(path) => export::write_atomic(path, text.as_bytes()).map_err(|e| {
            format!(
                "cannot write {}: {e}",
                crate::text::sanitize(&path.display().to_string())
            )
        }),
        // A terminal gets no raw control characters, whatever the format; a file or a pipe
        // gets the exact text.
        None if std::io::stdout().is_terminal() => {
            return super::emit(&export::for_terminal(&text));
        }
        None => return super::emit(&text),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("timeline: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints completions for a shell.
#[must_use]
pub fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "timeline", &mut out);
    super::emit(&String::from_utf8_lossy(&out))
}

/// Writes a synthetic timeline.
#[must_use]
pub fn generate(events: usize, seed: u64, output: Option<&Path>) -> ExitCode {
    let text = crate::synth::timeline(events, seed);
    match output {
        None => super::emit(&text),
        Some(path) => match export::write_atomic(path, text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!(
                    "timeline: cannot write {}: {e}",
                    crate::text::sanitize(&path.display().to_string())
                );
                ExitCode::FAILURE
            }
        },
    }
}
