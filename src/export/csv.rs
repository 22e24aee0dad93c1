//! The CSV export: one row per event, RFC 4180 quoting by the `csv` crate.

use crate::model::{EventIx, Text, Timeline};

/// The columns, in order.
pub const COLUMNS: [&str; 18] = [
    "id",
    "date",
    "end",
    "precision",
    "kind",
    "title",
    "summary",
    "place",
    "tags",
    "case",
    "charge",
    "court",
    "instance",
    "outcome",
    "sentence",
    "disputed",
    "sources",
    "urls",
];

/// Renders the chosen events; lists (tags, sources, addresses) are joined with `; `.
pub fn render(t: &Timeline, chosen: &[EventIx]) -> anyhow::Result<String> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for &i in chosen {
        let e = &t.events[i];
        let legal = e.legal.clone().unwrap_or_default();
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
        w.write_record([
            e.id.to_string(),
            e.date.to_string(),
            e.end.map(|d| d.to_string()).unwrap_or_default(),
            e.date.precision().as_str().to_owned(),
            e.kind.as_str().to_owned(),
            e.title.to_string(),
            e.summary.to_string(),
            opt(&e.place),
            e.tags.join("; "),
            opt(&e.case),
            opt(&legal.charge),
            opt(&legal.court),
            opt(&legal.instance),
            opt(&legal.outcome),
            opt(&legal.sentence),
            opt(&e.disputed),
            sources.join("; "),
            urls.join("; "),
        ])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}
