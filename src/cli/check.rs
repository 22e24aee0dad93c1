//! `timeline check`: validate a file and summarise it.

use std::fmt::Write as _;
use std::path::Path;

use super::{Failure, Opened, exit, open};
use crate::load::verify_sources;
use crate::model::{Kind, Lang, Timeline};
use crate::present;
use crate::words::Words;

/// The summary printed for a valid file: events, span, and the count of each kind.
#[must_use]
pub fn summary(w: &dyn Words, name: &str, t: &Timeline) -> String {
    let from = present::date(w, t.meta.from);
    let to = present::date(w, t.meta.to);
    let mut out = w.check_ok(name, t.events.len(), &from, &to);
    out.push('\n');
    let counts = t.kind_counts();
    let parts: Vec<String> = Kind::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{} {n}", w.kind(*k)))
        .collect();
    let _ = writeln!(out, "  {}", parts.join(", "));
    let excerpts: usize = t.events.iter().map(|e| e.excerpts.len()).sum();
    for lang in Lang::translations() {
        let translated = t.events.iter().filter(|e| e.translated(lang)).count();
        if translated > 0 {
            let _ = writeln!(out, "  {}", w.translated(translated, t.events.len(), lang));
        }
    }
    let inventory = w.inventory(t.sources.len(), t.eras.len(), excerpts);
    let _ = writeln!(out, "  {inventory}");
    out
}

/// Runs the check; warnings go to standard error after the summary.
///
/// # Errors
/// An invalid or unreadable file, or an excerpt not found in its source.
pub fn run(
    file: Option<&Path>,
    sources: Option<&Path>,
    strict: bool,
    w: &dyn Words,
) -> Result<u8, Failure> {
    let Opened {
        timeline,
        text,
        name,
    } = open(file)?;
    // The built-in chronology's name is words; a file's is the path as given.
    let shown = if file.is_none() {
        w.built_in_name()
    } else {
        &name
    };
    let mut out = crate::text::sanitize_multiline(&summary(w, shown, &timeline)).into_owned();
    if let Some(dir) = sources {
        let n = verify_sources(shown, &text, &timeline, dir)?;
        let dir = crate::text::sanitize(&dir.display().to_string()).into_owned();
        let _ = writeln!(out, "  {}", w.verbatim(n, &dir));
    }
    let warnings = crate::load::warnings(&timeline, &text);
    if !warnings.is_empty() {
        let _ = writeln!(out, "  {}", w.warnings(warnings.len()));
    }
    super::emit(&out, w)?;
    // The warnings through one buffer: tens of thousands of small writes would cost more
    // than the check, and one string of them all would hold megabytes at once.
    {
        use std::io::Write as _;
        let label = w.warning_label();
        let shown = crate::text::sanitize(shown);
        let mut err = std::io::BufWriter::with_capacity(1 << 16, std::io::stderr().lock());
        for d in &warnings {
            let message = d.message_in(w);
            let _ = writeln!(err, "{shown}:{}:{}: {label}: {message}", d.line, d.column);
        }
        let _ = err.flush();
    }
    // The process ends now: freeing a large timeline piece by piece would only delay the exit.
    std::mem::forget(timeline);
    Ok(if strict && !warnings.is_empty() {
        exit::WARNINGS
    } else {
        exit::OK
    })
}
