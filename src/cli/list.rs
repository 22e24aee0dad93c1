//! `timeline list` and `timeline show`: the chronology as aligned lines, one event in full.

use std::path::Path;
use std::process::ExitCode;

use super::{Opened, Selection, emit, open, report, unknown_id};
use crate::app::App;
use crate::model::{Kind, PartialDate, Timeline};
use crate::present;
use crate::select::{Filters, Query};
use crate::text::sanitize;
use crate::ui::{Theme, fit};

/// Turns command-line selection options into a query.
///
/// # Errors
/// An unknown kind (with the closest one) or a date that cannot be read.
pub fn query(s: &Selection) -> Result<Query, String> {
    let mut filters = Filters::default();
    for name in &s.kinds {
        let kind = Kind::parse(name).ok_or_else(|| {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
            format!(
                "unknown kind \"{}\" (kinds: {})",
                sanitize(name),
                names.join(", ")
            )
        })?;
        filters.kinds.insert(kind);
    }
    filters.tags.extend(s.tags.iter().cloned());
    let date = |flag: &str, v: &Option<String>| {
        v.as_deref()
            .map(|d| PartialDate::parse(d).map_err(|e| format!("{flag} {}: {e}", sanitize(d))))
            .transpose()
    };
    Ok(Query {
        filters,
        from: date("--from", &s.from)?,
        to: date("--to", &s.to)?,
        search: s.search.clone(),
    })
}

/// Loads the file and applies the selection, reporting problems.
///
/// # Errors
/// The exit status to end with, once the problem has been printed.
pub fn selected(file: Option<&Path>, s: &Selection) -> Result<(Timeline, Vec<usize>), ExitCode> {
    let Opened { timeline, .. } = open(file).map_err(|e| report(&e))?;
    let q = query(s).map_err(|msg| {
        eprintln!("timeline: {msg}");
        ExitCode::from(super::EXIT_INVALID)
    })?;
    let chosen = q.select(&timeline);
    Ok((timeline, chosen))
}

/// The aligned text listing: date, kind, id and title per line.
#[must_use]
pub fn listing(t: &Timeline, chosen: &[usize]) -> String {
    let id_w = chosen
        .iter()
        .map(|&i| sanitize(&t.events[i].id).chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for &i in chosen {
        let e = &t.events[i];
        let line = format!(
            "{} {} {} {}",
            fit(&present::list_date(e), 11),
            fit(e.kind.as_str(), 11),
            fit(&sanitize(&e.id), id_w),
            sanitize(&e.title)
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Runs `list`.
#[must_use]
pub fn run_list(file: Option<&Path>, s: &Selection, json: bool) -> ExitCode {
    let (t, chosen) = match selected(file, s) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if !json {
        return emit(&listing(&t, &chosen));
    }
    match crate::export::to_json(&t, &chosen) {
        Ok(text) => emit(&text),
        Err(e) => {
            eprintln!("timeline: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The plain-text detail of one event: exactly the lines the detail pane shows.
#[must_use]
pub fn detail_text(t: Timeline, index: usize, width: u16) -> String {
    let mut app = App::new(t, Theme::new(false), (width, 50));
    app.select_index(index);
    let mut out = String::new();
    for line in crate::ui::detail::document(&app, usize::from(width)) {
        out.push_str(line.to_string().trim_end());
        out.push('\n');
    }
    out
}

/// Runs `show`.
#[must_use]
pub fn run_show(id: &str, file: Option<&Path>) -> ExitCode {
    let Opened { timeline, .. } = match open(file) {
        Ok(o) => o,
        Err(e) => return report(&e),
    };
    let Some(index) = timeline.index_of(id) else {
        eprintln!("timeline: {}", unknown_id(&timeline, id));
        return ExitCode::FAILURE;
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80u16)
        .clamp(40, 200);
    emit(&detail_text(timeline, index, width))
}
