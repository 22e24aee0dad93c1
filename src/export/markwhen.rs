//! The Markwhen export (markwhen.com): a front-matter header, then one entry per event,
//! `DATE[/END]: TITLE #kind #tags` with its description on the lines below.

use std::fmt::Write as _;

use super::page::{self, Page};
use super::web::Labels;
use crate::model::{Event, EventDate, EventIx, Source, Timeline};
use crate::words::Phrase;

/// The word joiner (U+2060): invisible, not whitespace and not a word character, so it
/// breaks Markwhen's syntax wherever it is put without changing what a reader sees.
pub const JOINER: char = '\u{2060}';

/// Makes file text one line of literal Markwhen text.
///
/// Control and bidi characters become visible stand-ins ([`crate::text::sanitize`]) and
/// line breaks spaces. A word joiner goes after every `#` and `!` (no tag, event id or
/// image), after a `.` before `start` or `end` (no event reference), between `]` and `(`
/// (no link, image or location) and between a digit and `%` (no completion percentage).
#[must_use]
pub fn escape(text: &str) -> String {
    let clean = crate::text::sanitize_multiline(&text.replace("\r\n", "\n")).replace('\n', " ");
    let mut out = String::with_capacity(clean.len() + 8);
    let mut prev = None;
    for (i, ch) in clean.char_indices() {
        let rest = &clean[i + ch.len_utf8()..];
        if (ch == '(' && prev == Some(']'))
            || (ch == '%' && prev.is_some_and(|p: char| p.is_ascii_digit()))
        {
            out.push(JOINER);
        }
        out.push(ch);
        if ch == '#'
            || ch == '!'
            || (ch == '.' && (rest.starts_with("start") || rest.starts_with("end")))
        {
            out.push(JOINER);
        }
        prev = Some(ch);
    }
    out
}

/// A tag as Markwhen reads one (`#` and word characters): every character other than an
/// ASCII letter, digit or `_` becomes `_`, and an all-digit tag gets a leading `_`. Tags
/// with no ASCII letter or digit are left out.
#[must_use]
pub fn tag(name: &str) -> Option<String> {
    if !name.chars().any(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut t: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if t.bytes().all(|b| b.is_ascii_digit()) {
        t.insert(0, '_');
    }
    Some(t)
}

/// A source's attribution on one line; its address only when it is plain `http(s)` and
/// holds nothing Markwhen reads as a link or an image.
fn attribution(s: &Source, l: &Labels) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(a) = s.author_in(l.lang()) {
        parts.push(escape(a));
    }
    let (open, close) = l.quotes();
    parts.push(format!("{open}{}{close}", escape(s.title_in(l.lang()))));
    if let Some(p) = s.publisher_in(l.lang()) {
        parts.push(escape(p));
    }
    if let Some(d) = s.date {
        parts.push(l.date(d));
    }
    let mut out = parts.join(", ");
    if let Some(url) = s
        .url
        .as_deref()
        .filter(|u| crate::text::linkable(u) && !u.contains("](") && !u.contains("!["))
    {
        let _ = write!(out, " {url}");
    }
    out
}

/// One entry: the date line, then the kind line, the summary (after a word joiner, so that
/// it cannot start an entry, a section or a property), disputed, legal fields, the name of
/// its case, excerpts.
fn entry(out: &mut String, t: &Timeline, e: &Event, l: &Labels) {
    // Markwhen has no uncertain dates: a window is written as the range it may fall in
    // (from its earliest date alone when it is open), and its facts say it is a window.
    let _ = write!(out, "{}", e.date.earliest());
    let end = match (e.date, e.end) {
        (_, Some(end)) => Some(end),
        (EventDate::Between(_, latest), None) => Some(latest),
        _ => None,
    };
    if let Some(end) = end.filter(|end| EventDate::On(*end) != e.date) {
        let _ = write!(out, "/{end}");
    }
    let _ = write!(
        out,
        ": {JOINER}{} #{}",
        escape(e.title_in(l.lang())),
        e.kind.as_str()
    );
    for name in e.tags.iter().filter_map(|n| tag(n)) {
        let _ = write!(out, " #{name}");
    }
    out.push('\n');
    let mut facts = vec![l.kind(e.kind).to_owned()];
    if e.approximate {
        facts.push(l.approximate_date.to_owned());
    }
    if e.date.is_window() {
        facts.push(l.when(e));
    }
    facts.extend(l.facts(e).map(|(_, _, value)| escape(value)));
    if e.single_source {
        facts.push(l.single_source.to_owned());
    }
    let _ = writeln!(out, "{}", facts.join(" · "));
    let _ = writeln!(out, "{JOINER}{}", escape(e.summary_in(l.lang())));
    if let Some(d) = e.disputed_in(l.lang()) {
        let _ = writeln!(out, "⚠ {}: {}", l.disputed, escape(d));
    }
    for (label, value) in l.legal_fields(e) {
        let _ = writeln!(out, "{label}: {}", escape(value));
    }
    if let (Some(case), _) = super::page::groups(t, e, l.lang()) {
        let _ = writeln!(
            out,
            "{}: {}",
            l.words().phrase(Phrase::CaseLabel),
            escape(case)
        );
    }
    for x in t.excerpts_in(e, l.lang()) {
        let source = t
            .source(&x.source)
            .map_or_else(|| escape(&x.source), |s| attribution(s, l));
        let (open, close) = l.quotes();
        let _ = writeln!(out, "> {open}{}{close} — {source}", escape(&x.text));
    }
    out.push('\n');
}

/// Renders the chosen events (timeline indices) as a Markwhen document, with the title and
/// description (the introduction) of `page`.
#[must_use]
pub fn render(t: &Timeline, chosen: &[EventIx], l: &Labels, page: &Page) -> String {
    // Header values are YAML; a JSON string is a YAML double-quoted scalar.
    let quoted = |s: &str| serde_json::to_string(&escape(s)).unwrap_or_else(|_| "\"\"".into());
    let mut out = format!(
        "---\ntitle: {}\ndescription: {}\n---\n\n// {}\n\n",
        quoted(&page::title(t, chosen, page, l.words())),
        quoted(&page::intro(t, chosen, page, l.words())),
        l.generated_by("timeline export --format markwhen")
    );
    for &i in chosen {
        entry(&mut out, t, &t.events[i], l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_characters_get_a_joiner() {
        let j = JOINER;
        assert_eq!(
            escape("#tag !id ![i](x)"),
            format!("#{j}tag !{j}id !{j}[i]{j}(x)")
        );
        assert_eq!(
            escape("x.start a.end. 50% 5.5"),
            format!("x.{j}start a.{j}end. 50{j}% 5.5")
        );
        assert_eq!(escape("a\r\nb\u{1b}"), "a b\u{241b}");
    }

    #[test]
    fn tags_are_word_characters() {
        assert_eq!(tag("2023-case").as_deref(), Some("2023_case"));
        assert_eq!(tag("2023").as_deref(), Some("_2023"));
        assert_eq!(tag("комы"), None);
    }
}
