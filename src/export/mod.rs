//! Exports of a selection of the chronology: JSON, Markdown, CSV, iCalendar, and for the
//! web a self-contained HTML page, `TimelineJS` JSON and Markwhen text. [`Format`] is the
//! one list of them, which `timeline export --format` takes and the explorer's `x` offers,
//! and [`Format::render`] the one way to render any of them.

mod biblio;
mod bibtex;
mod csl;
mod csv;
mod file;
mod html;
mod ics;
mod json;
mod markdown;
mod markwhen;
mod page;
mod ris;
mod timelinejs;
mod web;

use chrono::{DateTime, Utc};

use crate::model::{EventIx, Timeline};
use crate::words::{Lang, Words};
use web::Labels;

pub use biblio::{Entry, Kind as SourceKind, entries, kind as source_kind};
pub use bibtex::{source_bibtex, to_bibtex};
pub use csl::{source_csl_json, to_csl_json};
pub use csv::Cells as CsvCells;
pub use file::{Written, for_terminal, new_name, write_atomic, write_new};
pub use ics::{Ics, export_time};
pub use json::{Document, to_json};
pub use markwhen::JOINER as MARKWHEN_JOINER;
pub use page::{Filter, Origin, Page};
pub use ris::to_ris;

/// The export formats: the one list, which `timeline export --format` takes (its values are
/// the variants' names in lower case, each with its comment as help) and the explorer's `x`
/// offers, in this order. A new format is a variant here, its arms below, and its module.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    clap::ValueEnum,
    strum::VariantArray,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "lowercase")]
pub enum Format {
    /// Citation-ready Markdown.
    Markdown,
    /// One self-contained web page with year navigation, kind filters and search.
    Html,
    /// One row per event.
    Csv,
    /// JSON with every field.
    Json,
    /// iCalendar all-day events.
    Ics,
    /// The JSON that Knight Lab's `TimelineJS3` reads.
    Timelinejs,
    /// Markwhen text (markwhen.com).
    Markwhen,
    /// The quoted sources as a CSL-JSON bibliography (pandoc, Zotero).
    #[value(name = "csl-json")]
    #[strum(to_string = "csl-json")]
    CslJson,
    /// The quoted sources as BibTeX entries.
    Bibtex,
    /// The quoted sources as RIS records.
    Ris,
}

impl Format {
    /// Every format, in the order the explorer lists them.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The value of `--format` that names it (`markdown`, `timelinejs`); it parses back.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        self.into()
    }

    /// The format's name, the same in every language.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Markdown => "Markdown",
            Self::Html => "HTML",
            Self::Csv => "CSV",
            Self::Json => "JSON",
            Self::Ics => "iCalendar",
            Self::Timelinejs => "TimelineJS",
            Self::Markwhen => "Markwhen",
            Self::CslJson => "CSL-JSON",
            Self::Bibtex => "BibTeX",
            Self::Ris => "RIS",
        }
    }

    /// The extension of a file in this format, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Csv => "csv",
            Self::Json | Self::Timelinejs | Self::CslJson => "json",
            Self::Bibtex => "bib",
            Self::Ris => "ris",
            Self::Ics => "ics",
            Self::Markwhen => "mw",
        }
    }

    /// Whether the options suit this format: exact CSV cells are for CSV only, a title and
    /// an introduction for the formats that show them, a public address for the page only,
    /// and that address must be a plain web address ([`crate::text::linkable`]).
    ///
    /// # Errors
    /// [`ExportError::CsvExactAlone`] for exact cells with another format,
    /// [`ExportError::PageOptionAlone`] for a page option the format has no place for,
    /// [`ExportError::BadUrl`] for an address that is not plain `http(s)`.
    pub fn check(self, options: &Options) -> Result<(), ExportError> {
        if self != Self::Csv && options.cells == CsvCells::Exact {
            return Err(ExportError::CsvExactAlone);
        }
        if let Some((flag, takes)) = options.page.unsuited(self) {
            return Err(ExportError::PageOptionAlone(flag, takes));
        }
        match &options.page.url {
            Some(url) if !crate::text::linkable(url) => Err(ExportError::BadUrl(url.clone())),
            _ => Ok(()),
        }
    }

    /// Renders the chosen events (timeline indices) in `lang`, with the notes on what the
    /// text leaves out: none chosen, or the events a calendar cannot hold.
    ///
    /// # Errors
    /// Options that do not suit the format ([`Format::check`]), a `SOURCE_DATE_EPOCH` that is
    /// no time (when the calendar's stamp is to be read from it), or a failing writer.
    pub fn render(
        self,
        t: &Timeline,
        chosen: &[EventIx],
        lang: Lang,
        options: &Options,
    ) -> Result<Rendered, ExportError> {
        self.check(options)?;
        let mut notes = Vec::new();
        if chosen.is_empty() {
            notes.push(Note::Empty);
        }
        let writer = |e: &dyn std::fmt::Display| ExportError::Writer(e.to_string());
        // The time of export: each calendar event's stamp, the day the page says it was made.
        let stamp = || match options.stamp {
            Some(stamp) => Ok(stamp),
            None => export_time().map_err(ExportError::SourceDateEpoch),
        };
        let (page, labels) = (&options.page, Labels::for_lang(lang.code()));
        let text = match self {
            Self::Markdown => markdown::render(t, chosen, lang.words(), page),
            Self::Html => html::render(t, chosen, &labels, page, Some(stamp()?.date_naive())),
            Self::Csv => to_csv(t, chosen, options.cells).map_err(|e| writer(&e))?,
            Self::Json => to_json(t, chosen).map_err(|e| writer(&e))?,
            Self::Ics => {
                let ics = to_ics(t, chosen, lang, stamp()?);
                notes.extend(
                    [
                        (ics.skipped > 0).then_some(Note::Skipped(ics.skipped)),
                        (ics.out_of_range > 0).then_some(Note::OutOfRange(ics.out_of_range)),
                    ]
                    .into_iter()
                    .flatten(),
                );
                ics.text
            }
            Self::Timelinejs => {
                timelinejs::render(t, chosen, &labels, page).map_err(|e| writer(&e))?
            }
            Self::Markwhen => markwhen::render(t, chosen, &labels, page),
            Self::CslJson => to_csl_json(t, chosen, lang).map_err(|e| writer(&e))?,
            Self::Bibtex => to_bibtex(t, chosen, lang),
            Self::Ris => to_ris(t, chosen, lang),
        };
        Ok(Rendered { text, notes })
    }
}

/// What some formats need besides the events and the language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// CSV only: formula cells neutralised (the default) or every cell exact.
    pub cells: CsvCells,
    /// iCalendar and HTML: the time of export, each calendar event's DTSTAMP and the day
    /// the page says it was made; `None` reads it when either is rendered ([`export_time`]:
    /// `SOURCE_DATE_EPOCH`, else now).
    pub stamp: Option<DateTime<Utc>>,
    /// The web formats and Markdown: title, introduction, address, origin ([`Page`]).
    pub page: Page,
}

/// An export's text, with what it has to say beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The document.
    pub text: String,
    /// What the document leaves out, in the order to say it.
    pub notes: Vec<Note>,
}

/// Something an export says beside its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// No event was chosen: the document is valid and empty.
    Empty,
    /// The calendar left out this many events whose date is only a year or a month.
    Skipped(usize),
    /// The calendar left out this many events dated outside the years 0001 to 9999.
    OutOfRange(usize),
}

impl Note {
    /// The note as `timeline export` says it, in the words of `w`.
    #[must_use]
    pub fn worded(self, w: &dyn Words) -> String {
        match self {
            Self::Empty => w.export_empty().to_owned(),
            Self::Skipped(n) => w.ics_skipped(n),
            Self::OutOfRange(n) => w.ics_out_of_range(n),
        }
    }
}

/// Why an export was not made.
#[derive(Debug, Clone)]
pub enum ExportError {
    /// Exact CSV cells were asked for with another format.
    CsvExactAlone,
    /// A page option (its flag) with a format that has no place for it; the formats that
    /// take it.
    PageOptionAlone(&'static str, &'static [Format]),
    /// `--url` is not a plain web address: its value.
    BadUrl(String),
    /// `SOURCE_DATE_EPOCH` is set to what is no time: its value.
    SourceDateEpoch(String),
    /// The format's writer failed, in its own words.
    Writer(String),
    /// The file could not be written.
    Write(std::sync::Arc<std::io::Error>),
}

impl ExportError {
    /// Why, in the words of `w`: what follows `could not write PATH:`.
    #[must_use]
    pub fn worded(&self, w: &dyn Words) -> String {
        match self {
            Self::CsvExactAlone => w.csv_exact_alone().to_owned(),
            Self::PageOptionAlone(flag, takes) => {
                let names: Vec<&str> = takes.iter().map(|f| f.keyword()).collect();
                w.page_option_alone(flag, &names)
            }
            Self::BadUrl(url) => w.bad_page_url(&crate::text::sanitize(url)),
            Self::SourceDateEpoch(v) => w.bad_source_date_epoch(&crate::text::sanitize(v)),
            Self::Writer(why) => why.clone(),
            Self::Write(e) => w.io_error(e),
        }
    }
}

/// Renders the chosen events (timeline indices) as CSV, with formula cells neutralised or
/// exact as `cells` says.
///
/// # Errors
/// A failure of the CSV writer.
pub fn to_csv(t: &Timeline, chosen: &[EventIx], cells: CsvCells) -> Result<String, ::csv::Error> {
    csv::render(t, chosen, cells)
}

/// Renders the chosen events as citation-ready Markdown in a language.
#[must_use]
pub fn to_markdown(t: &Timeline, chosen: &[EventIx], lang: crate::words::Lang) -> String {
    markdown::render(t, chosen, lang.words(), &Page::default())
}

/// Renders the chosen events with a day-precise date as iCalendar in a language: titles,
/// summaries, places and legal details from the event's translation where it has one.
/// `stamp` is the time of export, each event's DTSTAMP ([`export_time`]).
#[must_use]
pub fn to_ics(
    t: &Timeline,
    chosen: &[EventIx],
    lang: crate::words::Lang,
    stamp: chrono::DateTime<chrono::Utc>,
) -> Ics {
    ics::render(t, chosen, lang.words(), stamp)
}

/// Renders the chosen events as one self-contained HTML page, labelled in `lang` (English
/// for a language without a table yet), with the title and introduction made from the
/// selection and no day of making ([`Format::render`] gives the page's options and day).
#[must_use]
pub fn to_html(t: &Timeline, chosen: &[EventIx], lang: &str) -> String {
    html::render(t, chosen, &Labels::for_lang(lang), &Page::default(), None)
}

/// Renders the chosen events as the JSON document `TimelineJS3` reads.
///
/// # Errors
/// Serialisation cannot fail for these values; the error is passed on for form's sake.
pub fn to_timelinejs(t: &Timeline, chosen: &[EventIx], lang: &str) -> serde_json::Result<String> {
    timelinejs::render(t, chosen, &Labels::for_lang(lang), &Page::default())
}

/// Renders the chosen events as a Markwhen document.
#[must_use]
pub fn to_markwhen(t: &Timeline, chosen: &[EventIx], lang: &str) -> String {
    markwhen::render(t, chosen, &Labels::for_lang(lang), &Page::default())
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn each_format_is_named_on_the_command_line_by_its_keyword() {
        use clap::ValueEnum as _;
        for &f in Format::ALL {
            let value = f.to_possible_value().expect("every format is offered");
            assert_eq!(value.get_name(), f.keyword());
            assert_eq!(f.keyword().parse::<Format>(), Ok(f));
        }
        assert_eq!(Format::value_variants(), Format::ALL);
    }
}
