//! CSL-JSON: the bibliography of a selection as citeproc (pandoc, Zotero, citation-js)
//! reads it, one item per quoted source (`export::biblio`).

use serde_json::{Value, json};

use super::biblio::{self, Entry, Kind};
use crate::model::{EventIx, Timeline};
use crate::words::Lang;

/// One CSL item.
fn item(e: &Entry<'_>) -> Value {
    let kind = match e.kind {
        Kind::Article => "article-newspaper",
        Kind::Webpage => "webpage",
        Kind::Book => "book",
        Kind::Interview => "interview",
        Kind::Post => "post-weblog",
    };
    let mut item = json!({ "id": e.id, "type": kind, "title": biblio::one_line(e.title) });
    let map = item.as_object_mut().expect("an object");
    if let Some(a) = e.author {
        map.insert("author".into(), json!([{ "literal": biblio::one_line(a) }]));
    }
    if let Some(c) = e.container {
        map.insert("container-title".into(), json!(biblio::one_line(c)));
    }
    if let Some(d) = e.issued {
        let parts: Vec<i64> = [
            Some(d.year_num()),
            d.month().map(i32::try_from).and_then(Result::ok),
            d.day().map(i32::try_from).and_then(Result::ok),
        ]
        .into_iter()
        .flatten()
        .map(i64::from)
        .collect();
        map.insert("issued".into(), json!({ "date-parts": [parts] }));
    }
    if let Some(u) = e.url {
        map.insert("URL".into(), json!(biblio::one_line(u)));
    }
    if let Some(l) = e.language {
        map.insert("language".into(), json!(l));
    }
    item
}

/// The CSL-JSON array of the sources the chosen events quote, titles in `lang`.
///
/// # Errors
/// A failing JSON writer.
pub fn to_csl_json(t: &Timeline, chosen: &[EventIx], lang: Lang) -> serde_json::Result<String> {
    source_csl_json(t, chosen, lang, None)
}

/// [`to_csl_json`], or with `only` the one source whose id it is (`timeline cite`).
///
/// # Errors
/// A failing JSON writer.
pub fn source_csl_json(
    t: &Timeline,
    chosen: &[EventIx],
    lang: Lang,
    only: Option<&str>,
) -> serde_json::Result<String> {
    let entries = biblio::entries(t, chosen, lang);
    let items: Vec<Value> = entries
        .iter()
        .filter(|e| only.is_none_or(|o| o == e.id))
        .map(item)
        .collect();
    let mut text = serde_json::to_string_pretty(&items)?;
    text.push('\n');
    Ok(text)
}
