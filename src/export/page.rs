//! What a document made to be published says around its events: its title and introduction
//! (given, or made from the chronology and the selection's real span and filters), its
//! public address, and where it came from. The HTML page, `TimelineJS`, Markwhen and
//! Markdown take a title and an introduction; only the page takes an address.

use crate::model::{Event, EventIx, Grouping, Kind, PartialDate, Timeline};
use crate::present;
use crate::words::{Lang, Words};

use super::Format;

/// What the caller says about the document besides the events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// `--title`: the title instead of the chronology's.
    pub title: Option<String>,
    /// `--intro`: the introduction instead of the one made from the selection.
    pub intro: Option<String>,
    /// `--url`: the page's public address (`og:url`); checked `http(s)` by [`Format::check`].
    pub url: Option<String>,
    /// How the events were chosen, for the introduction of a selection to say.
    pub filters: Vec<Filter>,
    /// Where the chronology was read from, for the footer.
    pub origin: Origin,
}

/// Where the chronology was read from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Origin {
    /// Not said (the explorer's exports).
    #[default]
    Unsaid,
    /// The chronology built into the program.
    BuiltIn,
    /// A file, by its name alone: a published page does not show the folders it was made in.
    File(String),
}

/// One filter that chose the events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// `--from`, `--to`: either end may be open.
    Dates(Option<PartialDate>, Option<PartialDate>),
    /// `--kind`, any of these.
    Kinds(Vec<Kind>),
    /// `--tag`, any of these.
    Tags(Vec<String>),
    /// `--case`.
    Case(String),
    /// `--search`.
    Text(String),
    /// `--disputed`.
    Disputed,
}

/// The formats that take a title and an introduction.
pub const TITLED: [Format; 4] = [
    Format::Html,
    Format::Timelinejs,
    Format::Markwhen,
    Format::Markdown,
];

/// The formats that take a public address.
pub const ADDRESSED: [Format; 1] = [Format::Html];

impl Page {
    /// The first option given that `format` has no place for, by its flag, with the
    /// formats that take it.
    #[must_use]
    pub fn unsuited(&self, format: Format) -> Option<(&'static str, &'static [Format])> {
        [
            ("--title", self.title.is_some(), &TITLED[..]),
            ("--intro", self.intro.is_some(), &TITLED[..]),
            ("--url", self.url.is_some(), &ADDRESSED[..]),
        ]
        .into_iter()
        .find(|(_, given, takes)| *given && !takes.contains(&format))
        .map(|(flag, _, takes)| (flag, takes))
    }
}

/// What a reader of a published event looks for to place it: the name of its case and the
/// names of its tags in a language (each the key itself where the file names it not).
#[must_use]
pub fn groups<'a>(t: &'a Timeline, e: &'a Event, lang: Lang) -> (Option<&'a str>, Vec<&'a str>) {
    let case = e
        .case
        .as_deref()
        .map(|c| t.names.label(Grouping::Case, c, lang));
    let tags = e
        .tags
        .iter()
        .map(|tag| t.names.label(Grouping::Tag, tag, lang))
        .collect();
    (case, tags)
}

/// The last date an event reaches: its end, its window's latest date, or its date.
fn reaches(e: &Event) -> PartialDate {
    e.end
        .or_else(|| e.date.latest())
        .unwrap_or_else(|| e.date.earliest())
}

/// The real span of the chosen events: the earliest date of any, the latest any reaches.
#[must_use]
pub fn span(t: &Timeline, chosen: &[EventIx]) -> Option<(PartialDate, PartialDate)> {
    let events = || chosen.iter().map(|&i| &t.events[i]);
    let first = events()
        .map(|e| e.date.earliest())
        .min_by_key(|d| d.start())?;
    let last = events().map(reaches).max_by_key(|d| d.last_day())?;
    Some((first, last))
}

/// Whether the chosen events are a part of the chronology rather than all of it.
#[must_use]
pub fn is_selection(t: &Timeline, chosen: &[EventIx]) -> bool {
    chosen.len() != t.events.len()
}

/// The title, as text: `--title`; else the chronology's, where a selection gets its own span
/// of years in place of the chronology's at the end (`…, 1980–2024` becomes `…, 2023–2024`),
/// or after a comma when the title ends in no span.
#[must_use]
pub fn title(t: &Timeline, chosen: &[EventIx], page: &Page, w: &dyn Words) -> String {
    if let Some(title) = &page.title {
        return title.clone();
    }
    let written = t.meta.title_in(w.lang());
    let Some((first, last)) = span(t, chosen).filter(|_| is_selection(t, chosen)) else {
        return written.to_owned();
    };
    let years = |a: i32, b: i32| {
        if a == b {
            a.to_string()
        } else {
            format!("{a}–{b}")
        }
    };
    let shown = years(first.year_num(), last.year_num());
    let (from, to) = (t.meta.from.year_num(), t.meta.to.year_num());
    let (body, close) = written
        .strip_suffix(')')
        .map_or((written, ""), |inner| (inner, ")"));
    for dash in ['–', '-', '—'] {
        let whole = if from == to {
            from.to_string()
        } else {
            format!("{from}{dash}{to}")
        };
        if let Some(stem) = body.strip_suffix(&whole) {
            return format!("{stem}{shown}{close}");
        }
    }
    format!("{written}, {shown}")
}

/// The introduction, as text: `--intro`; else what the chronology is, and for a selection
/// how many of its events it holds, their span, and the filters that chose them.
#[must_use]
pub fn intro(t: &Timeline, chosen: &[EventIx], page: &Page, w: &dyn Words) -> String {
    if let Some(intro) = &page.intro {
        return intro.clone();
    }
    let subject = t.meta.subject_in(w.lang());
    let date = |d| present::date(w, d);
    let (from, to) = (date(t.meta.from), date(t.meta.to));
    let Some((first, last)) = span(t, chosen).filter(|_| is_selection(t, chosen)) else {
        return w.page_intro(subject, &from, &to);
    };
    let mut out = w.page_selection(
        subject,
        (&from, &to),
        (chosen.len(), t.events.len()),
        (&date(first), &date(last)),
    );
    if !page.filters.is_empty() {
        let each: Vec<String> = page.filters.iter().map(|f| filter(f, w)).collect();
        out.push(' ');
        out.push_str(&w.filters(&each));
    }
    out
}

/// One filter in words.
fn filter(f: &Filter, w: &dyn Words) -> String {
    let end = |d: &Option<PartialDate>| d.map_or_else(|| "…".to_owned(), |d| present::date(w, d));
    match f {
        Filter::Dates(from, to) => w.filter_dates(&end(from), &end(to)),
        Filter::Kinds(kinds) => {
            let names: Vec<&str> = kinds.iter().map(|&k| w.kind(k)).collect();
            w.filter_kinds(&names)
        }
        Filter::Tags(tags) => {
            let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
            w.filter_tags(&tags)
        }
        Filter::Case(key) => w.filter_case(key),
        Filter::Text(text) => w.filter_text(text),
        Filter::Disputed => w.filter_disputed().to_owned(),
    }
}

/// The footer's words: when the document was made (`made`, a day) and from what.
#[must_use]
pub fn made(page: &Page, made: Option<chrono::NaiveDate>, w: &dyn Words) -> String {
    use chrono::Datelike as _;
    let date = made
        .and_then(|d| PartialDate::new(d.year(), Some(d.month()), Some(d.day())).ok())
        .map(|d| present::date(w, d));
    let origin = match &page.origin {
        Origin::Unsaid => None,
        Origin::BuiltIn => Some(None),
        Origin::File(name) => Some(Some(name.as_str())),
    };
    w.made(date.as_deref(), origin)
}
