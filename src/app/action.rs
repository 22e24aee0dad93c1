//! Everything the explorer can be asked to do, whatever asked for it: a key, the mouse, a timer,
//! the file watcher.

use crate::model::Timeline;

/// What reading the watched file again gave.
#[derive(Debug, Clone)]
pub enum Reload {
    /// A valid timeline.
    Loaded(Box<Timeline>),
    /// An invalid or unreadable file: its problems, worded in the explorer's language when
    /// the banner is made.
    Invalid(crate::load::LoadError),
    /// The file is gone; its name.
    Missing(String),
}

/// One thing to do to the app's state.
#[derive(Debug, Clone)]
pub enum Action {
    /// Previous event (or scroll up in a focused detail pane).
    Up,
    /// Next event (or scroll down in a focused detail pane).
    Down,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// First event.
    First,
    /// Last event.
    Last,
    /// First event of the previous year that has events.
    PrevYear,
    /// First event of the next year that has events.
    NextYear,
    /// Open the jump-to-year prompt.
    YearPrompt,
    /// Next arrest or ruling.
    NextLegal,
    /// Previous arrest or ruling.
    PrevLegal,
    /// Show the detail on the full screen.
    Open,
    /// Leave the current screen or overlay; at the top level, clear the search or quit.
    Back,
    /// Move focus between the chronology and the detail pane.
    ToggleFocus,
    /// Show or hide the help.
    Help,
    /// Quit.
    Quit,
    /// On the full screen: previous event.
    PrevEvent,
    /// On the full screen: next event.
    NextEvent,
    /// Open the search prompt.
    Search,
    /// Next search match.
    NextMatch,
    /// Previous search match.
    PrevMatch,
    /// Switch between filtering the list to the search's matches and highlighting them.
    ToggleSearchMode,
    /// Open the filter picker.
    Filter,
    /// Clear every filter and the search.
    ClearFilters,
    /// Next event of the same case.
    NextInCase,
    /// Previous event of the same case.
    PrevInCase,
    /// Show or hide the overview ruler.
    ToggleRuler,
    /// Share the split screen's width another way: list-wide, even, detail-wide.
    CyclePanes,
    /// Give the focused pane the whole width, or share it again.
    ZoomPane,
    /// On the full screen: highlight the next linked event.
    NextLink,
    /// On the full screen: highlight the previous linked event.
    PrevLink,
    /// On the full screen: jump to the highlighted linked event.
    FollowLink,
    /// In a picker: toggle the highlighted entry.
    Toggle,
    /// In the sources view: show the highlighted publisher's sources.
    Expand,
    /// In the sources view: hide the sources of the publisher under the cursor.
    Collapse,
    /// A character typed into a prompt.
    Input(char),
    /// Delete the character before a prompt's cursor.
    Backspace,
    /// Delete the character under a prompt's cursor.
    DeleteUnder,
    /// Move a prompt's cursor one character left.
    CursorLeft,
    /// Move a prompt's cursor one character right.
    CursorRight,
    /// Move a prompt's cursor to the start of the line.
    LineStart,
    /// Move a prompt's cursor to the end of the line.
    LineEnd,
    /// Delete from the start of a prompt's line to the cursor (`Ctrl-U`).
    ClearLine,
    /// Delete the word before a prompt's cursor (`Ctrl-W`).
    DeleteWord,
    /// An earlier search from this session, in the search prompt.
    HistoryPrev,
    /// A later search from this session, in the search prompt.
    HistoryNext,
    /// Accept a prompt.
    Submit,
    /// Cancel a prompt.
    Cancel,
    /// A left click at a screen cell (column, row).
    Click(u16, u16),
    /// The wheel turned over a screen cell (column, row); `true` is down.
    Wheel(u16, u16, bool),
    /// The terminal is now this size (columns, rows).
    Resize(u16, u16),
    /// Time passed: expire transient messages.
    Tick,
    /// Suspend to the shell (Ctrl-Z); handled by the terminal loop.
    Suspend,
    /// Open the export picker for the visible events.
    Export,
    /// Open the list of sources.
    Sources,
    /// Open the highlighted (or first) quoted source's web address in the browser.
    OpenSource,
    /// Edit the current event in the file, in `$VISUAL` or `$EDITOR`.
    Edit,
    /// Copy the current event as a ready citation.
    CopyCitation,
    /// The terminal loop copied the citation, this way.
    Copied(crate::words::Via),
    /// The terminal loop wrote the export asked for, or could not: where, and what it left out
    /// or why not.
    Exported(Box<crate::export::Written>),
    /// The terminal loop could not start the editor or the browser, or the editor ended
    /// badly (and the file was not read again).
    LaunchFailed(crate::words::Program, crate::words::LaunchFailure),
    /// Go back to the event shown before the last followed link.
    GoBack,
    /// The watched file changed on disk and was read again.
    Reloaded(Box<Reload>),
}
