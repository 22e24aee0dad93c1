//! The English table of words.

use super::{Lang, Phrase, Topic, Via, Words};
use crate::model::{Custody, Fact, Kind, LegalField};

/// English.
#[derive(Debug)]
pub struct English;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Words for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn months_with_day(&self) -> [&'static str; 12] {
        self.months_alone()
    }

    fn months_alone(&self) -> [&'static str; 12] {
        [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
    }

    fn months_short(&self) -> [&'static str; 12] {
        self.months_alone()
    }

    fn kind(&self, kind: Kind) -> &'static str {
        kind.as_str()
    }

    fn legal(&self, field: LegalField) -> &'static str {
        match field {
            LegalField::Charge => "Charge",
            LegalField::Court => "Court",
            LegalField::Instance => "Instance",
            LegalField::Outcome => "Outcome",
            LegalField::PenaltyFaced => "Penalty faced",
            LegalField::Sentence => "Sentence",
        }
    }

    fn fact(&self, fact: Fact) -> &'static str {
        match fact {
            Fact::Place => "Place",
        }
    }

    fn custody(&self, custody: Custody) -> &'static str {
        custody.as_str()
    }

    fn help(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::NextEvent => "next event (or scroll the focused pane)",
            Topic::PrevEvent => "previous event (or scroll the focused pane)",
            Topic::PageDown => "page down",
            Topic::PageUp => "page up",
            Topic::FirstEvent => "first event (or the top of the focused pane)",
            Topic::LastEvent => "last event (or the bottom of the focused pane)",
            Topic::YearStep => "previous / next year with events",
            Topic::YearPrompt => "jump to a year, month or day",
            Topic::LegalStep => "next / previous arrest or ruling",
            Topic::CaseStep => "next / previous event of the same case",
            Topic::Search => "search titles, summaries, places, tags, legal fields, excerpts",
            Topic::MatchStep => "next / previous search match",
            Topic::SearchMode => "search: show only the matches, or mark them in the full list",
            Topic::Filter => "filter by kind and tag",
            Topic::ClearFilters => "clear every filter and the search",
            Topic::Ruler => "show / hide the overview ruler",
            Topic::Open => "open the full detail view",
            Topic::Focus => "move focus between chronology and detail",
            Topic::ScrollDown => "scroll down",
            Topic::ScrollUp => "scroll up",
            Topic::Top => "to the top",
            Topic::Bottom => "to the bottom",
            Topic::EventStep => "previous or next event, staying in the detail view",
            Topic::LinkStep => "highlight the next / previous linked event",
            Topic::FollowLink => "jump to the highlighted linked event",
            Topic::NextEntry => "next entry",
            Topic::PrevEntry => "previous entry",
            Topic::Toggle => "toggle the entry",
            Topic::Accept => "accept",
            Topic::Cancel => "cancel",
            Topic::DeleteChar => "delete the character before the cursor",
            Topic::DeleteUnder => "delete the character under the cursor",
            Topic::CursorStep => "move the cursor left / right",
            Topic::LineStart => "to the start of the line",
            Topic::LineEnd => "to the end of the line",
            Topic::ClearLine => "delete to the start of the line",
            Topic::DeleteWord => "delete the word before the cursor",
            Topic::History => "earlier / later searches of this session",
            Topic::Help => "show / hide this help",
            Topic::Back => "back",
            Topic::BackOrClear => "clear the search, then the filters (never quits)",
            Topic::Quit => "quit",
            Topic::Suspend => "suspend to the shell (fg resumes)",
            Topic::OpenSource => "open the highlighted (or first) source in the browser",
            Topic::Copy => "copy the event as a citation (Markdown, to the clipboard)",
            Topic::GoBack => "back to the event before the last followed link",
            Topic::Sources => "list every source with how many events quote it",
            Topic::Export => {
                "export the events in view to a file, in any format of timeline export"
            }
            Topic::Edit => "edit the event in $VISUAL or $EDITOR, then reload the file",
            Topic::ShowCiting => "show only the events that quote this source",
        }
    }

    fn hint(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::NextEvent => "move",
            Topic::YearStep => "year",
            Topic::YearPrompt => "jump",
            Topic::LegalStep => "legal",
            Topic::Search => "search",
            Topic::Filter => "filter",
            Topic::Open => "open",
            Topic::ScrollDown => "scroll",
            Topic::EventStep => "prev/next",
            Topic::MatchStep => "match",
            Topic::LinkStep => "links",
            Topic::Toggle => "toggle",
            Topic::Accept => "accept",
            Topic::Cancel => "cancel",
            Topic::Help => "help",
            Topic::Back => "back",
            Topic::Quit => "quit",
            Topic::OpenSource => "source",
            Topic::Copy => "copy",
            Topic::Sources => "sources",
            Topic::ShowCiting => "show its events",
            _ => "",
        }
    }

    fn help_sections(&self) -> [&'static str; 6] {
        [
            "Chronology",
            "Full detail view",
            "Filter picker",
            "Sources",
            "Prompts (search, date)",
            "Help",
        ]
    }

    fn help_mouse(&self) -> &'static str {
        "click a row or the ruler to select; the wheel scrolls the pane under it"
    }

    fn phrase(&self, p: Phrase) -> &'static str {
        match p {
            Phrase::TooSmall => "terminal too small",
            Phrase::NoMatch => "no match",
            Phrase::Free => "Free",
            Phrase::ListEmpty => "No events match.",
            Phrase::ListEmptyHint => "F clears the filters.",
            Phrase::DetailEmpty => "No event matches the filters and search.",
            Phrase::Disputed => "Disputed: ",
            Phrase::SingleSource => "Single source: ",
            Phrase::Related => "Related",
            Phrase::PaneChronology => " Chronology ",
            Phrase::PaneDetail => " Detail ",
            Phrase::PaneFull => " Event (Esc back · ←/→ events · Tab links) ",
            Phrase::YearLabel => "Date: ",
            Phrase::YearTitle => "Jump to YYYY, YYYY-MM or YYYY-MM-DD · Enter · Esc",
            Phrase::HelpTitle => "Keys · j/k scroll · ? or Esc closes",
            Phrase::FilterTitle => "Filter · Space toggles · F clears · Esc",
            Phrase::NoLaterYear => "no later year",
            Phrase::NoEarlierYear => "no earlier year",
            Phrase::ArrestOrRuling => "arrest or ruling",
            Phrase::EventInCase => "event in this case",
            Phrase::NoCase => "this event belongs to no case",
            Phrase::NoLinks => "this event links to no other",
            Phrase::LinkHint => "Tab highlights a linked event; Enter jumps to it",
            Phrase::FiltersClearedForLink => "filters cleared to show the linked event",
            Phrase::NoSearch => "no search in force; press / to search",
            Phrase::WrappedFirst => "search wrapped to the first match",
            Phrase::WrappedLast => "search wrapped to the last match",
            Phrase::FiltersCleared => "filters cleared",
            Phrase::ColDate => "Date",
            Phrase::ColKind => "Kind",
            Phrase::ColInstance => "Instance",
            Phrase::ColCourt => "Court",
            Phrase::ColOutcome => "Outcome",
            Phrase::Kinds => "Kinds",
            Phrase::Tags => "Tags",
            Phrase::References => "References",
            Phrase::SourceNoAddress => "this source has no web address",
            Phrase::NoAddress => "no quoted source of this event has a web address",
            Phrase::NothingBack => "no earlier event to go back to",
            Phrase::NowFiltering => "search now filters the list: only matches are shown",
            Phrase::NowHighlighting => {
                "search now marks matches in the whole list; n/N jump between them"
            }
            Phrase::Filtered => "filtered",
            Phrase::Highlighted => "marked",
            Phrase::WriteHint => "write",
            Phrase::NothingToExport => "nothing to export: no event is in view",
            Phrase::ExportTitle => "Export the events in view · Enter writes · Esc",
            Phrase::BuiltIn => {
                "edit a copy: `timeline copy my.toml`, then `timeline --watch my.toml`"
            }
            Phrase::SourcesTitle => {
                "Sources · events quoting each · Enter shows them · o opens · Esc"
            }
            Phrase::WebDisputed => "Disputed",
            Phrase::WebSingleSource => "single source",
            Phrase::ApproximateDate => "approximate date",
            Phrase::Years => "Years",
            Phrase::Search => "Search",
            Phrase::ShownOf => "of",
            Phrase::ShownTail => "events shown",
            Phrase::Generated => {
                "*Generated by `timeline export --format markdown`; do not edit by hand.*"
            }
        }
    }

    fn events(&self, n: usize) -> String {
        plural(n, "event", "events")
    }

    fn matches_for(&self, at: usize, n: usize, query: &str) -> String {
        format!("{at}/{n} matches for \"{query}\"")
    }

    fn matching(&self, n: usize) -> String {
        format!("{n} matching")
    }

    fn showing(&self, shown: usize, total: usize, what: &str) -> String {
        format!("showing {shown} of {total}: {what}")
    }

    fn quoted(&self, text: &str) -> String {
        format!("\"{text}\"")
    }

    fn quotes(&self) -> (&'static str, &'static str) {
        ("“", "”")
    }

    fn custody_since(
        &self,
        custody: Custody,
        since: &str,
        day: Option<i64>,
        held: Option<i64>,
    ) -> String {
        let day = day.map_or_else(String::new, |d| format!(" (day {d})"));
        match custody {
            Custody::Free => held.map_or_else(
                || "free".to_owned(),
                |n| {
                    let days = if n == 1 { "day" } else { "days" };
                    format!("free since {since}, after {n} {days} in custody")
                },
            ),
            Custody::Detained => format!("in custody since {since}{day}"),
            Custody::Imprisoned => format!("in custody since {since}{day}, serving a sentence"),
        }
    }

    fn custody_then(&self, custody: Custody, from: &str) -> String {
        match custody {
            Custody::Free => format!("then free from {from}"),
            Custody::Detained => format!("then in custody from {from}"),
            Custody::Imprisoned => format!("then in custody from {from}, serving a sentence"),
        }
    }

    fn invalid_banner(&self, count: usize, first: &str) -> String {
        let p = if count == 1 { "problem" } else { "problems" };
        format!("{count} {p}, showing the last good version; first: {first}")
    }

    fn missing_banner(&self, name: &str) -> String {
        format!("{name} is gone; showing the last good version")
    }

    fn as_of(&self, date: &str, status: &str) -> String {
        format!("As of {date}: {status}")
    }

    fn jumped(&self, typed: &str, landed: Option<&str>) -> String {
        match landed {
            None => format!("jumped to {typed}"),
            Some(l) => format!("no events in {typed}; jumped to {l}, the nearest later"),
        }
    }

    fn none_after(&self, date: &str) -> String {
        format!("no events in or after {date}")
    }

    fn not_a_date(&self, typed: &str) -> String {
        format!("not a date: \"{typed}\" (write 2023, 2023-07 or 2023-07-25)")
    }

    fn none_further(&self, forward: bool, what: Phrase) -> String {
        let dir = if forward { "later" } else { "earlier" };
        format!("no {dir} {}", self.phrase(what))
    }

    fn no_match_for(&self, query: &str) -> String {
        format!("no match for \"{query}\"")
    }

    fn reloaded(&self, n: usize) -> String {
        format!("reloaded ({})", self.events(n))
    }

    fn case_heading(&self, case: &str) -> String {
        format!("Case: {case} — the procedure")
    }

    fn single_source(&self, title: &str) -> String {
        format!("only “{title}” supports this event.")
    }

    fn unknown_id(&self, id: &str, closest: &[&str]) -> String {
        let tail = if closest.is_empty() {
            String::new()
        } else {
            format!("; closest: {}", closest.join(", "))
        };
        format!("no event with id \"{id}\"{tail}")
    }

    fn problems_found(&self, n: usize) -> String {
        format!("{} found", plural(n, "problem", "problems"))
    }

    fn warnings(&self, n: usize) -> String {
        format!("{} (see below)", plural(n, "warning", "warnings"))
    }

    fn exported(&self, n: usize, path: &str, error: Option<&str>) -> String {
        match error {
            None => format!("{path}: wrote {}", self.events(n)),
            Some(e) => format!("could not write {path}: {e}"),
        }
    }

    fn exported_calendar(
        &self,
        written: usize,
        skipped: usize,
        out_of_range: usize,
        path: &str,
    ) -> String {
        let mut left = Vec::new();
        if skipped > 0 {
            left.push(format!("{skipped} without an exact day"));
        }
        if out_of_range > 0 {
            left.push(format!("{out_of_range} outside the years 0001–9999"));
        }
        format!(
            "{path}: wrote {}, left out {}",
            self.events(written),
            left.join(" and ")
        )
    }

    fn opening(&self, url: &str) -> String {
        format!("opening {url}")
    }

    fn copied(&self, id: &str, sources: usize, via: Via) -> String {
        let s = if sources == 1 { "source" } else { "sources" };
        let to = match via {
            Via::System => "to the system clipboard",
            Via::Terminal => "to the clipboard through the terminal (OSC 52)",
        };
        format!("copied the citation of {id} ({sources} {s}) {to}")
    }

    fn chronology_intro(&self, subject: &str, from: &str, to: &str) -> String {
        format!(
            "A sourced chronology of {subject}, {from} – {to}. Every entry quotes its sources; the numbers in brackets refer to the references at the end."
        )
    }

    fn subset_note(&self, shown: usize, total: usize) -> String {
        format!(
            "*A selection: {shown} of the chronology's {}, exported with `timeline export`.*",
            self.events(total)
        )
    }
}
