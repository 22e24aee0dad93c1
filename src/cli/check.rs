//! `timeline check`: validate a file and summarise it.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{Opened, open, report};
use crate::load::verify_sources;
use crate::model::{Kind, Timeline};
use crate::present;

/// The summary printed for a valid file: events, span, and the count of each kind.
#[must_use]
pub fn summary(name: &str, t: &Timeline) -> String {
    let mut out = format!(
        "{name}: ok — {} events from {} to {}\n",
        t.events.len(),
        present::date(t.meta.from),
        present::date(t.meta.to)
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
    let _ = writeln!(
        out,
        "  {} sources, {} eras, {excerpts} excerpts",
        t.sources.len(),
        t.eras.len()
    );
    out
}

/// The exit status of `check --strict` on a valid file with warnings.
pub const EXIT_WARNINGS: u8 = 3;

/// Runs the check; warnings go to standard error after the summary.
#[must_use]
pub fn run(file: Option<&Path>, sources: Option<&Path>, strict: bool) -> ExitCode {
    let Opened {
        timeline,
        text,
        name,
    } = match open(file) {
        Ok(opened) => opened,
        Err(e) => return report(&e),
    };
    let mut out = crate::text::sanitize_multiline(&summary(&name, &timeline)).into_owned();
    if let Some(dir) = sources {
        match verify_sources(&name, &text, &timeline, dir) {
            Ok(n) => {
                let dir = crate::text::sanitize(&dir.display().to_string()).into_owned();
                let _ = writeln!(out, "  {n} excerpts found verbatim in {dir}");
            }
            Err(e) => return report(&e),
        }
    }
    let warnings = crate::load::warnings(&timeline, &text);
    if !warnings.is_empty() {
        let _ = writeln!(
            out,
            "  {} warning{} (see below)",
            warnings.len(),
            if warnings.len() == 1 { "" } else { "s" }
        );
    }
    let mut code = super::emit(&out);
    for w in &warnings {
        eprintln!("{name}:{}:{}: warning: {}", w.line, w.column, w.message);
    }
    if strict && !warnings.is_empty() {
        code = ExitCode::from(EXIT_WARNINGS);
    }
    // The process ends now: freeing a large timeline piece by piece would only delay the exit.
    std::mem::forget(timeline);
    code
}
