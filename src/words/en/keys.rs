//! The English words of the keys: each help line and each footer hint.

use crate::words::Topic;

/// A help line in English.
pub fn help(topic: Topic) -> &'static str {
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
        Topic::Search => "search titles, summaries, places, tags, legal fields, excerpts, sources",
        Topic::MatchStep => "next / previous search match",
        Topic::SearchMode => "search: show only the matches, or mark them in the full list",
        Topic::Filter => "filter by kind and tag",
        Topic::ClearFilters => "clear every filter and the search",
        Topic::Ruler => "show / hide the overview ruler",
        Topic::Panes => "share the width another way: wide chronology, even, wide detail",
        Topic::Zoom => "give the focused pane the whole width, or share it again",
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
        Topic::WriteFormat => {
            "write the events in view in this format to a new timeline-view file here"
        }
        Topic::CopyChoice => "copy this citation",
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
        Topic::Copy => {
            "copy a citation: the event or the highlighted source, as Markdown, plain text, BibTeX or CSL-JSON"
        }
        Topic::GoBack => "back to the event before the last followed link",
        Topic::Sources => "list every source with how many events quote it",
        Topic::Export => "export the events in view to a file, in any format of timeline export",
        Topic::Edit => "edit the event in $VISUAL or $EDITOR, then reload the file",
        Topic::ShowCiting => "show only the events that quote this source (or this publisher's)",
        Topic::Expand => "show a publisher's sources under it",
        Topic::Collapse => "hide a publisher's sources",
        Topic::SourceFilter => "filter the sources by title, publisher, author or address",
        Topic::CopySource => "copy the source as a citation (Markdown, to the clipboard)",
    }
}

/// A footer hint in English, for the topics the footer shows.
pub fn hint(topic: Topic) -> Option<&'static str> {
    match topic {
        Topic::NextEvent => Some("move"),
        Topic::YearStep => Some("year"),
        Topic::YearPrompt => Some("jump"),
        Topic::LegalStep => Some("legal"),
        Topic::Search => Some("search"),
        Topic::Filter | Topic::SourceFilter => Some("filter"),
        Topic::Open => Some("open"),
        Topic::ScrollDown => Some("scroll"),
        Topic::EventStep => Some("prev/next"),
        Topic::MatchStep => Some("match"),
        Topic::LinkStep => Some("links"),
        Topic::Toggle => Some("toggle"),
        Topic::WriteFormat => Some("write"),
        Topic::Accept => Some("accept"),
        Topic::Cancel => Some("cancel"),
        Topic::Help => Some("help"),
        Topic::Back => Some("back"),
        Topic::Quit => Some("quit"),
        Topic::OpenSource => Some("source"),
        Topic::Copy | Topic::CopyChoice => Some("copy"),
        Topic::Sources => Some("sources"),
        Topic::ShowCiting => Some("show its events"),
        Topic::Expand => Some("expand"),
        Topic::PrevEvent
        | Topic::PageDown
        | Topic::PageUp
        | Topic::FirstEvent
        | Topic::LastEvent
        | Topic::CaseStep
        | Topic::ClearFilters
        | Topic::Ruler
        | Topic::Focus
        | Topic::ScrollUp
        | Topic::Top
        | Topic::Bottom
        | Topic::FollowLink
        | Topic::NextEntry
        | Topic::PrevEntry
        | Topic::DeleteChar
        | Topic::BackOrClear
        | Topic::Suspend
        | Topic::GoBack
        | Topic::Edit
        | Topic::Export
        | Topic::ClearLine
        | Topic::DeleteWord
        | Topic::History
        | Topic::CursorStep
        | Topic::LineStart
        | Topic::LineEnd
        | Topic::DeleteUnder
        | Topic::SearchMode
        | Topic::Panes
        | Topic::Zoom
        | Topic::Collapse
        | Topic::CopySource => None,
    }
}
