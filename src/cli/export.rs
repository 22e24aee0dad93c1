//! `timeline export` and `timeline completions`.

use std::io::IsTerminal as _;
use std::path::Path;

use clap::CommandFactory as _;

use super::list::selected;
use super::{Cli, ExportFormat, Failure, Selection, exit};
use crate::export;
use crate::words::{Lang, Words};

/// Runs `export` in a format, with `csv_exact` (`--csv-exact`) for CSV only.
///
/// # Errors
/// A bad file or selection, `--csv-exact` with another format, or output that cannot be
/// written.
pub fn run(
    file: Option<&Path>,
    (format, csv_exact): (ExportFormat, bool),
    output: Option<&Path>,
    s: &Selection,
    lang: Lang,
) -> Result<u8, Failure> {
    let w = lang.words();
    let cells = match (format, csv_exact) {
        (ExportFormat::Csv, true) => export::CsvCells::Exact,
        (_, false) => export::CsvCells::Safe,
        (_, true) => return Err(Failure::Input(w.csv_exact_alone().to_owned())),
    };
    let (t, chosen) = selected(file, s, w)?;
    if chosen.is_empty() {
        // The empty document is still written, valid in its format; the note goes aside.
        eprintln!("timeline: {}", w.export_empty());
    }
    let text = match format {
        ExportFormat::Json => export::to_json(&t, &chosen).map_err(anyhow::Error::from),
        ExportFormat::Csv => export::to_csv(&t, &chosen, cells),
        ExportFormat::Markdown => Ok(export::to_markdown(&t, &chosen, lang)),
        ExportFormat::Html => Ok(export::to_html(&t, &chosen, lang.code())),
        ExportFormat::Timelinejs => {
            export::to_timelinejs(&t, &chosen, lang.code()).map_err(anyhow::Error::from)
        }
        ExportFormat::Markwhen => Ok(export::to_markwhen(&t, &chosen, lang.code())),
        ExportFormat::Ics => {
            let stamp = export::export_time()
                .map_err(|v| Failure::Input(w.bad_source_date_epoch(&crate::text::sanitize(&v))))?;
            let ics = export::to_ics(&t, &chosen, lang, stamp);
            if ics.skipped > 0 {
                eprintln!("timeline: {}", w.ics_skipped(ics.skipped));
            }
            if ics.out_of_range > 0 {
                eprintln!("timeline: {}", w.ics_out_of_range(ics.out_of_range));
            }
            Ok(ics.text)
        }
    };
    let text = text.map_err(|e| Failure::Output(w.export_failed(&e.to_string())))?;
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
    Ok(exit::OK)
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
