//! The CSV export: one row per event, RFC 4180 quoting by the `csv` crate, and cells a
//! spreadsheet would run as formulas neutralised unless the exact text is asked for.

use crate::model::{EventIx, Fact, LegalField, PartialDate, Text, Timeline};

/// What a CSV cell holds of text that a spreadsheet would read as a formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cells {
    /// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return, which a
    /// spreadsheet would run as a formula, gets a `'` before it (OWASP, "CSV Injection").
    #[default]
    Safe,
    /// Every cell is the text as written.
    Exact,
}

/// The characters that make a cell a formula to a spreadsheet, when they start it (OWASP).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell's text as `cells` asks.
fn cell(text: String, cells: Cells) -> String {
    match cells {
        Cells::Safe if text.starts_with(FORMULA_STARTS) => format!("'{text}"),
        _ => text,
    }
}

/// An end of a window (empty for a date that is not one, or a window's open end).
fn window_end(window: bool, end: Option<PartialDate>) -> String {
    end.filter(|_| window)
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// The columns before the facts.
const LEADING: [&str; 7] = ["id", "date", "end", "precision", "kind", "title", "summary"];
/// The columns between the facts and the legal fields.
const MIDDLE: [&str; 2] = ["tags", "case"];
/// The columns after the legal fields.
/// The columns after the legal fields: the last two, filled for a window only, are its
/// ends (added last, so that the columns before keep their places).
const TRAILING: [&str; 5] = ["disputed", "sources", "urls", "earliest", "latest"];

/// The columns, in order: the leading ones, one per [`Fact`] (its key), `tags` and `case`,
/// one per [`LegalField`] (its key), the trailing ones.
#[must_use]
pub fn columns() -> Vec<&'static str> {
    let facts = Fact::ALL.map(Fact::key);
    let legal = LegalField::ALL.map(LegalField::key);
    [&LEADING[..], &facts, &MIDDLE, &legal, &TRAILING].concat()
}

/// Renders the chosen events; lists (tags, sources, addresses) are joined with `; `.
pub fn render(t: &Timeline, chosen: &[EventIx], cells: Cells) -> Result<String, ::csv::Error> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(columns())?;
    for &i in chosen {
        let e = &t.events[i];
        let legal = e.legal.as_deref();
        let mut sources: Vec<&str> = Vec::new();
        for x in &e.excerpts {
            if !sources.contains(&x.source.as_str()) {
                sources.push(&x.source);
            }
        }
        let opt = |v: &Option<Text>| v.as_deref().unwrap_or_default().to_owned();
        let urls: Vec<&str> = sources
            .iter()
            .filter_map(|id| t.source(id)?.url.as_deref())
            .collect();
        let mut row = vec![
            e.id.to_string(),
            e.date.to_string(),
            e.end.map(|d| d.to_string()).unwrap_or_default(),
            e.date.precision().as_str().to_owned(),
            e.kind.as_str().to_owned(),
            e.title.to_string(),
            e.summary.to_string(),
        ];
        row.extend(Fact::ALL.map(|f| e.facts.get(f).unwrap_or_default().to_owned()));
        row.extend([e.tags.join("; "), opt(&e.case)]);
        row.extend(
            LegalField::ALL.map(|f| legal.and_then(|l| l.get(f)).unwrap_or_default().to_owned()),
        );
        row.extend([opt(&e.disputed), sources.join("; "), urls.join("; ")]);
        row.push(window_end(e.date.is_window(), Some(e.date.earliest())));
        row.push(window_end(e.date.is_window(), e.date.latest()));
        w.write_record(row.into_iter().map(|text| cell(text, cells)))?;
    }
    let bytes = w.into_inner().map_err(::csv::IntoInnerError::into_error)?;
    // Every cell is a `str`, so the bytes are UTF-8.
    String::from_utf8(bytes)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e).into())
}
