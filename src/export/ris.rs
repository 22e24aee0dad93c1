//! RIS: one record per quoted source (`export::biblio`), each value on one line.

use std::fmt::Write as _;

use super::biblio::{self, Entry, Kind};
use crate::model::{EventIx, Timeline};
use crate::words::Lang;

/// One record.
fn record(out: &mut String, e: &Entry<'_>) {
    let mut tag = |t: &str, v: &str| {
        let _ = writeln!(out, "{t}  - {}", biblio::one_line(v));
    };
    tag(
        "TY",
        match e.kind {
            Kind::Article => "NEWS",
            Kind::Webpage => "ELEC",
            Kind::Book => "BOOK",
            // RIS has no interview type: the generic one.
            Kind::Interview => "GEN",
            Kind::Post => "BLOG",
        },
    );
    tag("ID", e.id);
    tag("TI", e.title);
    if let Some(a) = e.author {
        tag("AU", a);
    }
    if let Some(c) = e.container {
        tag(if e.kind == Kind::Book { "PB" } else { "T2" }, c);
    }
    if let Some(d) = e.issued {
        tag("PY", &d.year_num().to_string());
        let part = |p: Option<u32>| p.map_or(String::new(), |p| format!("{p:02}"));
        tag(
            "DA",
            &format!("{}/{}/{}/", d.year_num(), part(d.month()), part(d.day())),
        );
    }
    if let Some(u) = e.url {
        tag("UR", u);
    }
    if let Some(l) = e.language {
        tag("LA", l);
    }
    out.push_str("ER  - \n\n");
}

/// The RIS records of the sources the chosen events quote, titles in `lang`; an empty
/// selection is one empty line.
#[must_use]
pub fn to_ris(t: &Timeline, chosen: &[EventIx], lang: Lang) -> String {
    let mut out = String::new();
    for e in biblio::entries(t, chosen, lang) {
        record(&mut out, &e);
    }
    if out.is_empty() {
        out.push('\n');
    }
    out
}
