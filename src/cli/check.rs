//! `timeline check`: validate a file and summarise it.

use std::fmt::Write as _;
use std::path::Path;

use super::{Failure, Opened, exit, open};
use crate::load::verify_sources;
use crate::model::{Kind, Timeline};
use crate::present;
use crate::words::Words;

/// The summary printed for a valid file: events, span, and the count of each kind.
#[must_use]
pub fn summary(w: &dyn Words, name: &str, t: &Timeline) -> String {
    let mut out = format!(
        "{name}: ok — {} events from {} to {}\n",
        t.events.len(),
        present::date(w, t.meta.from),
        present::date(w, t.meta.to)
    );
    let counts = t.kind_counts();
    let parts: Vec<String> = Kind::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{k} {n}"))
        .collect();
    let _ = writeln!(out, "  {}", parts.join(", "));
    let excerpts: usize = t.events.iter().map(|e| e.excerpts.len()).sum();
    let translated = t.events.iter().filter(|e| e.ru.is_some()).count();
    if translated > 0 {
        let _ = writeln!(
            out,
            "  {translated} of {} events translated into Russian",
            t.events.len()
        );
    }
    let _ = writeln!(
        out,
        "  {} sources, {} eras, {excerpts} excerpts",
        t.sources.len(),
        t.eras.len()
    );
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
    let mut out = crate::text::sanitize_multiline(&summary(w, &name, &timeline)).into_owned();
    if let Some(dir) = sources {
        let n = verify_sources(&name, &text, &timeline, dir)?;
        let dir = crate::text::sanitize(&dir.display().to_string()).into_owned();
        let _ = writeln!(out, "  {n} excerpts found verbatim in {dir}");
    }
    let warnings = crate::load::warnings(&timeline, &text);
    if !warnings.is_empty() {
        let _ = writeln!(out, "  {}", w.warnings(warnings.len()));
    }
    super::emit(&out)?;
    // One write for all the warnings: tens of thousands of small ones cost more than the check.
    let mut report = String::new();
    for d in &warnings {
        let _ = writeln!(
            report,
            "{name}:{}:{}: warning: {}",
            d.line, d.column, d.message
        );
    }
    {
        use std::io::Write as _;
        let _ = std::io::stderr().lock().write_all(report.as_bytes());
    }
    // The process ends now: freeing a large timeline piece by piece would only delay the exit.
    std::mem::forget(timeline);
    Ok(if strict && !warnings.is_empty() {
        exit::WARNINGS
    } else {
        exit::OK
    })
}
