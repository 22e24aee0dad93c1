//! The explorer's state and its transitions; no terminal I/O happens here.

mod action;
mod cite_menu;
mod drawn;
mod effects;
pub mod hints;
pub mod keys;
mod mode;
mod nav;
mod overlay;
mod overlays;
mod prompt;
mod reload;
mod search;
mod typed;
mod update;
mod visible;

pub use action::{Action, Reload};
pub use cite_menu::CiteChoice;
pub use drawn::{DetailKey, Drawn, DrawnDetail, DrawnHelp, Laid};
pub use keys::{Context, action_for, action_for_mouse, after_escape};
pub use mode::{Focus, Mode, Screen};
pub use overlay::{
    CiteMenu, ExportMenu, HelpPager, Outcome, Overlay, Picker, SourceRow, SourcesView, YearPrompt,
};
pub use prompt::PickerEntry;
pub use search::SearchMode;
pub use typed::Typed;
pub use visible::{Position, Row, Visible};

use crate::model::{Event, EventIx, Links, Timeline};
use crate::select::{Filters, SearchIndex};
use crate::view::Theme;
use crate::view::layout::{Areas, Pane, Panes, Share};
use crate::words::{Lang, Words};

/// Something the terminal loop must do outside the state: the app asks, the loop acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open a checked `http(s)` address in the browser.
    Open(String),
    /// Put text on the clipboard.
    Copy(String),
    /// Open the file in the user's editor at the byte offset of an event, then reload it.
    Edit(std::path::PathBuf, usize),
    /// Write these events in a format to a new file in the working directory; the loop
    /// reports how it went with [`Action::Exported`].
    Export(crate::export::Format, Vec<EventIx>),
}

/// A transient message in the footer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    /// The text.
    pub text: String,
    /// Ticks (a tenth of a second each) left before it disappears.
    pub ttl: u8,
}

/// The whole state of the explorer.
#[derive(Debug)]
#[allow(clippy::struct_excessive_bools)] // Independent settings (ruler, links, zoom), not a state machine.
pub struct App {
    /// The chronology.
    pub timeline: Timeline,
    /// Colours and styles.
    pub theme: Theme,
    /// The words shown, in the reader's language.
    pub words: &'static dyn Words,
    /// The events that pass the filters and search, as rows.
    pub visible: Visible,
    /// Where the cursor stands in the visible list: on the current event.
    pub cursor: Position,
    /// The first row drawn in the chronology pane.
    pub list_top: usize,
    /// Lines scrolled in the detail text.
    pub detail_scroll: usize,
    /// What is shown: the screen and whatever sits on top of it.
    pub mode: Mode,
    /// Kind and tag filters.
    pub filters: Filters,
    /// The search query in force, as typed.
    pub search: Option<String>,
    /// Whether a search filters the list or highlights its matches in it.
    pub search_mode: SearchMode,
    /// Whether the overview ruler is shown.
    pub ruler: bool,
    /// How the split screen shares its width between the panes (`+` cycles).
    pub share: Share,
    /// Whether the focused pane of the split screen has the whole width (`_`).
    pub zoom: bool,
    /// Whether source addresses are drawn as terminal hyperlinks (OSC 8).
    pub hyperlinks: bool,
    /// The terminal size (columns, rows).
    pub size: (u16, u16),
    /// A transient footer message.
    pub flash: Option<Flash>,
    /// Set when the app should end.
    pub quit: bool,
    /// The file shown, when it is not the built-in chronology (so `e` can edit it).
    pub file: Option<std::path::PathBuf>,
    /// What the terminal loop should do next, if anything.
    pub effect: Option<Effect>,
    /// The searches submitted in this session, oldest first, and where `↑`/`↓` stand in them.
    pub history: (Vec<String>, Option<usize>),
    /// Events left by following links, most recent last (`Backspace` returns).
    pub back: Vec<EventIx>,
    /// The sources the last copied citation names, for the message that says it was copied.
    pub(crate) cited_sources: usize,
    /// The sources view's rows, cursor and filter, kept while it is closed.
    pub sources_view: SourcesView,
    /// A standing warning: the watched file is invalid or gone, and the last good data shows.
    pub banner: Option<String>,
    search_index: Option<SearchIndex>,
    hits: Option<(String, Vec<crate::select::Hit>)>,
    matches: Vec<EventIx>,
    /// Whether the matches are the visible events (a search that filters the list), which
    /// are then not kept twice.
    matches_listed: bool,
    search_origin: EventIx,
    tag_counts: std::cell::OnceCell<Vec<(String, usize)>>,
    drawn: Drawn,
}

impl App {
    /// An explorer on a timeline, at a terminal size, showing the first event.
    #[must_use]
    pub fn new(timeline: Timeline, theme: Theme, size: (u16, u16)) -> Self {
        let visible = Visible::new(&timeline, timeline.indices().collect());
        let mut app = Self {
            timeline,
            theme,
            words: Lang::En.words(),
            visible,
            cursor: Position::FIRST,
            list_top: 0,
            detail_scroll: 0,
            mode: Mode::default(),
            filters: Filters::default(),
            search: None,
            search_mode: SearchMode::default(),
            ruler: true,
            share: Share::default(),
            zoom: false,
            hyperlinks: false,
            size,
            flash: None,
            quit: false,
            banner: None,
            sources_view: SourcesView::default(),
            effect: None,
            file: None,
            back: Vec::new(),
            cited_sources: 0,
            history: (Vec::new(), None),
            search_index: None,
            hits: None,
            matches: Vec::new(),
            matches_listed: false,
            search_origin: EventIx::default(),
            tag_counts: std::cell::OnceCell::new(),
            drawn: Drawn::default(),
        };
        app.move_to(Position::FIRST);
        app
    }

    /// The context that decides what keys mean: a prompt's while the sources view's filter
    /// is being typed.
    #[must_use]
    pub fn context(&self) -> Context {
        match self.mode {
            Mode::Over(_, Overlay::Sources) if self.sources_view.typing => Context::Prompt,
            _ => self.mode.context(),
        }
    }

    /// The timeline index of the current event (the one under the cursor), if any event is
    /// visible.
    #[must_use]
    pub fn current_index(&self) -> Option<EventIx> {
        self.visible.at(self.cursor)
    }

    /// The current event, if any event is visible.
    #[must_use]
    pub fn current(&self) -> Option<&Event> {
        self.current_index().map(|i| &self.timeline.events[i])
    }

    /// The screen areas at the current size.
    #[must_use]
    pub fn areas(&self) -> Areas {
        Areas::compute_panes(self.size, self.mode.full(), self.ruler, self.panes())
    }

    /// How the split screen is divided now: the share, and the focused pane if it is zoomed.
    #[must_use]
    pub fn panes(&self) -> Panes {
        let zoom = self.zoom.then_some(match self.mode.focus() {
            Focus::List => Pane::List,
            Focus::Detail => Pane::Detail,
        });
        Panes {
            share: self.share,
            zoom,
        }
    }

    /// What the detail text shows now: the current event, the query's matches, and the
    /// highlighted link on the full screen.
    #[must_use]
    pub fn detail_spec(&self) -> crate::view::detail::Spec<'_> {
        crate::view::detail::Spec {
            timeline: &self.timeline,
            index: self.current_index(),
            query: self.highlight(),
            link: self.mode.link(),
            theme: self.theme,
            words: self.words,
            whole: false,
        }
    }

    /// The query being typed or in force, folded, for highlighting.
    #[must_use]
    pub fn highlight(&self) -> Option<String> {
        match &self.mode {
            Mode::Search(_, q) if !q.is_empty() => Some(crate::select::fold(q)),
            _ => self.search.as_deref().map(crate::select::fold),
        }
    }

    /// The events the current event links to.
    #[must_use]
    pub fn links(&self) -> Links {
        self.current_index()
            .map(|i| self.timeline.links(i))
            .unwrap_or_default()
    }

    /// Every tag with how many events carry it, counted when first asked for.
    #[must_use]
    pub fn tag_counts(&self) -> &[(String, usize)] {
        self.tag_counts.get_or_init(|| tag_counts(&self.timeline))
    }

    /// Builds the search index if it is not built yet: done on an idle tick, so that the
    /// first search in a large timeline does not wait for it.
    pub fn warm(&mut self) {
        if self.search_index.is_none() {
            self.search_index = Some(SearchIndex::new(&self.timeline));
        }
    }

    /// Shows a transient message in the footer.
    pub fn say(&mut self, text: impl Into<String>) {
        self.flash = Some(Flash {
            text: text.into(),
            ttl: 30,
        });
    }
}

/// Every tag with the number of events that carry it, by name.
fn tag_counts(t: &Timeline) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for e in &t.events {
        for tag in &e.tags {
            *counts.entry(tag).or_default() += 1;
        }
    }
    counts.into_iter().map(|(t, n)| (t.to_owned(), n)).collect()
}
