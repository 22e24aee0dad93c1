//! BibTeX (biblatex fields): one entry per quoted source (`export::biblio`), every value
//! braced and escaped so that braces, backslashes and TeX's special characters stay text.

use std::fmt::Write as _;

use super::biblio::{self, Entry, Kind};
use crate::model::{EventIx, Timeline};
use crate::words::Lang;

/// A value as BibTeX text: TeX's special characters escaped, on one line.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in biblio::one_line(text).chars() {
        match ch {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(ch);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '"' => out.push_str("{\"}"),
            c => out.push(c),
        }
    }
    out
}

/// An address for biblatex's verbatim `url` field, where escapes are not read: the
/// characters that would end the field or the line are percent-encoded instead.
fn verbatim(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for ch in biblio::one_line(url).chars() {
        match ch {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            ' ' => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out
}

/// One entry.
fn entry(out: &mut String, e: &Entry<'_>) {
    // biblatex has no newspaper, interview or blog type: the nearest, and the rest said by
    // the entry subtype.
    let (kind, subtype) = match e.kind {
        Kind::Article => ("article", Some("newspaper")),
        Kind::Webpage => ("online", None),
        Kind::Book => ("book", None),
        Kind::Interview => ("misc", Some("interview")),
        Kind::Post => ("online", Some("blog")),
    };
    let _ = writeln!(out, "@{kind}{{{},", e.id);
    let mut field = |k: &str, v: String| {
        let _ = writeln!(out, "  {k} = {{{v}}},");
    };
    if let Some(subtype) = subtype {
        field("entrysubtype", subtype.to_owned());
    }
    field("title", escape(e.title));
    // The whole name in braces: an organisation or a name with "and" stays one author.
    if let Some(a) = e.author {
        field("author", format!("{{{}}}", escape(a)));
    }
    if let Some(c) = e.container {
        let key = if e.kind == Kind::Article {
            "journal"
        } else {
            "publisher"
        };
        field(key, escape(c));
    }
    if let Some(d) = e.issued {
        field("year", d.year_num().to_string());
        if let Some(m) = d.month() {
            field("month", m.to_string());
        }
        if let Some(day) = d.day() {
            field("day", day.to_string());
        }
    }
    if let Some(u) = e.url {
        field("url", verbatim(u));
    }
    if let Some(l) = e.language {
        field("langid", escape(l));
    }
    out.push_str("}\n\n");
}

/// The BibTeX entries of the sources the chosen events quote, titles in `lang`, after a
/// comment line that says what they are.
#[must_use]
pub fn to_bibtex(t: &Timeline, chosen: &[EventIx], lang: Lang) -> String {
    source_bibtex(t, chosen, lang, None)
}

/// [`to_bibtex`], or with `only` the one source whose id it is (`timeline cite`).
#[must_use]
pub fn source_bibtex(t: &Timeline, chosen: &[EventIx], lang: Lang, only: Option<&str>) -> String {
    let mut out = format!("% {}\n\n", biblio::one_line(t.meta.title_in(lang)));
    let entries = biblio::entries(t, chosen, lang);
    for e in entries.iter().filter(|e| only.is_none_or(|o| o == e.id)) {
        entry(&mut out, e);
    }
    out
}
