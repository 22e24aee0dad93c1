//! The words of a page made to be published: its introduction (and, for a selection, how
//! the events were chosen), its footer, its link to each event, its print note, its locale
//! for link previews, and the families of kinds a `TimelineJS` timeline groups events in.
//! Each language's table is its `page.rs`.

use crate::model::Family;

/// The words of a published page, one table per language. Arguments are already in the
/// form the page shows (escaped for HTML where the page is HTML), so a table only orders
/// and inflects them.
pub trait PageWords {
    /// `A sourced chronology of SUBJECT, FROM – TO.`: the introduction of the whole.
    fn page_intro(&self, subject: &str, from: &str, to: &str) -> String;
    /// The introduction of a selection: from which chronology (its span `whole`), how many
    /// of its `total` events, and the span `shown` of those.
    fn page_selection(
        &self,
        subject: &str,
        whole: (&str, &str),
        count: (usize, usize),
        shown: (&str, &str),
    ) -> String;
    /// `Filters: A; B.`: how a selection was made, each filter worded below.
    fn filters(&self, each: &[String]) -> String;
    /// `dates FROM – TO` (an open end is `…`).
    fn filter_dates(&self, from: &str, to: &str) -> String;
    /// `kind A or B`, the kinds' shown names.
    fn filter_kinds(&self, kinds: &[&str]) -> String;
    /// `tag A or B`.
    fn filter_tags(&self, tags: &[&str]) -> String;
    /// `case KEY`.
    fn filter_case(&self, key: &str) -> String;
    /// `text “WORDS”`.
    fn filter_text(&self, text: &str) -> String;
    /// `disputed events only`.
    fn filter_disputed(&self) -> &'static str;
    /// The footer: `Made on DATE with timeline from ORIGIN; every entry quotes its sources.`
    /// `origin` is a file's name, `None` the built-in chronology; no `date` leaves it out.
    fn made(&self, date: Option<&str>, origin: Option<Option<&str>>) -> String;
    /// The accessible name of an event's link to itself.
    fn link_to_event(&self) -> &'static str;
    /// `2 more quotations on the web page`: what a printed event leaves out.
    fn more_quotations(&self, n: usize) -> String;
    /// The Open Graph locale: `en_GB`, `ru_RU`.
    fn og_locale(&self) -> &'static str;
    /// The name of a family of kinds, a group of a `TimelineJS` timeline.
    fn family(&self, family: Family) -> &'static str;
}

/// `A or B or C` in a language, from its word for "or".
pub(super) fn either(items: &[&str], or: &str) -> String {
    items.join(&format!(" {or} "))
}

#[cfg(test)]
mod tests {
    use super::PageWords;
    use crate::words::{English, Russian};

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(Russian.more_quotations(1), "ещё 1 цитата — на веб-странице");
        assert_eq!(Russian.more_quotations(5), "ещё 5 цитат — на веб-странице");
        assert_eq!(
            English.more_quotations(1),
            "1 more quotation on the web page"
        );
        assert!(
            Russian
                .page_selection("Б", ("1980", "2024"), (22, 186), ("2023", "2024"))
                .contains("22 события из 186")
        );
    }
}
