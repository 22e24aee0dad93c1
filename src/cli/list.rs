//! `timeline list` and `timeline show`: the chronology as aligned lines, one event in full.

use std::path::Path;

use super::{Failure, Opened, Selection, emit, exit, open, unknown_id};
use crate::model::{EventIx, Kind, Timeline};
use crate::present;
use crate::select::{Filters, Query, known, typed_date};
use crate::text::{fit, sanitize};
use crate::words::{Facet, Lang, Words};

/// Turns command-line selection options into a query on `t`.
///
/// # Errors
/// A kind, tag or case key the file does not know (with the closest ones), a date that
/// cannot be read, or a `--from` later than the `--to`, in the words of `w`.
pub fn query(s: &Selection, t: &Timeline, w: &dyn Words) -> Result<Query, String> {
    let chosen = [Facet::Kind, Facet::Tag, Facet::Case].into_iter().zip([
        &s.kinds[..],
        &s.tags[..],
        s.case.as_slice(),
    ]);
    for (facet, values) in chosen {
        for value in values {
            if let Some(u) = known::unknown(t, facet, value) {
                // The file's own values may hold anything a terminal would act on.
                let closest: Vec<_> = u.closest.iter().map(|&s| sanitize(s)).collect();
                let all: Vec<_> = u.known.iter().map(|&s| sanitize(s)).collect();
                let (closest, all) = (refs(&closest), refs(&all));
                return Err(w.unknown_choice(facet, &sanitize(value), &closest, &all));
            }
        }
    }
    let mut filters = Filters::default();
    filters
        .kinds
        .extend(s.kinds.iter().filter_map(|k| Kind::parse(k)));
    filters.tags.extend(s.tags.iter().cloned());
    let date = |flag: &str, v: &Option<String>| {
        v.as_deref()
            .map(|d| typed_date(d).map_err(|e| w.date_option(flag, &sanitize(d), &e)))
            .transpose()
    };
    let (from, to) = (date("--from", &s.from)?, date("--to", &s.to)?);
    if let (Some(f), Some(t)) = (from, to)
        && f.start() > t.last_day()
    {
        let shown = |v: &Option<String>| sanitize(v.as_deref().unwrap_or("")).into_owned();
        return Err(w.reversed_range(&shown(&s.from), &shown(&s.to)));
    }
    Ok(Query {
        filters,
        from,
        to,
        search: s.search.clone(),
        case: s.case.clone(),
        disputed: s.disputed,
    })
}

/// Borrowed strings, for a list of sanitised ones.
fn refs<'a>(v: &'a [std::borrow::Cow<'_, str>]) -> Vec<&'a str> {
    v.iter().map(AsRef::as_ref).collect()
}

/// Loads the file and applies the selection, reporting problems.
///
/// # Errors
/// A bad file or selection.
pub fn selected(
    file: Option<&Path>,
    s: &Selection,
    w: &dyn Words,
) -> Result<(Timeline, Vec<EventIx>), Failure> {
    let Opened { timeline, .. } = open(file)?;
    let q = query(s, &timeline, w).map_err(Failure::Input)?;
    let chosen = q.select(&timeline);
    Ok((timeline, chosen))
}

/// The aligned text listing: date, kind, id and title per line, the kind and the title in
/// the language of `w` (a title without a translation stays as written).
#[must_use]
pub fn listing(t: &Timeline, chosen: &[EventIx], w: &dyn Words) -> String {
    let id_w = chosen
        .iter()
        .map(|&i| sanitize(&t.events[i].id).chars().count())
        .max()
        .unwrap_or(0);
    let kind_w = Kind::ALL
        .iter()
        .map(|k| w.kind(*k).chars().count())
        .max()
        .unwrap_or(0)
        .max(11);
    let mut out = String::new();
    for &i in chosen {
        let e = &t.events[i];
        let line = format!(
            "{} {} {} {}",
            fit(&present::list_date(e), 11),
            fit(w.kind(e.kind), kind_w),
            fit(&sanitize(&e.id), id_w),
            sanitize(e.title_in(w.lang()))
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Runs `list`.
///
/// # Errors
/// A bad file or selection, or output that cannot be written.
pub fn run_list(
    file: Option<&Path>,
    s: &Selection,
    json: bool,
    w: &dyn Words,
) -> Result<u8, Failure> {
    let (t, chosen) = selected(file, s, w)?;
    if chosen.is_empty() {
        // Said on standard error, so that a pipe still reads an empty list (or document).
        eprintln!("timeline: {}", w.no_events_match());
    }
    let text = if json {
        crate::export::to_json(&t, &chosen)
            .map_err(|e| Failure::Output(w.export_failed(&e.to_string())))?
    } else {
        listing(&t, &chosen, w)
    };
    emit(&text, w)?;
    Ok(exit::OK)
}

/// Runs `show`: the lines of the explorer's detail pane, at the terminal's width.
///
/// # Errors
/// A bad file, an unknown id (naming the closest), or output that cannot be written.
pub fn run_show(id: &str, file: Option<&Path>, lang: Lang) -> Result<u8, Failure> {
    let Opened { timeline, .. } = open(file)?;
    let index = timeline
        .index_of(id)
        .ok_or_else(|| Failure::Input(unknown_id(lang.words(), &timeline, id)))?;
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80u16)
        .clamp(40, 200);
    let text = crate::view::detail::plain(&timeline, index, width, lang);
    emit(&text, lang.words())?;
    Ok(exit::OK)
}
