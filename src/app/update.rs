//! `App::update`: the single entry point that applies an action to the state.

use super::{Action, App, Focus, Mode, Overlay, Position, Screen};
use crate::view::layout::{contains, scroll_top};
use crate::words::Phrase;

/// The lines one notch of the mouse wheel scrolls in the detail text and the help (and the
/// events it steps in the chronology).
const WHEEL_LINES: isize = 3;

impl App {
    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        // A message lasts until the next thing the user does (or its time runs out).
        if !matches!(
            action,
            Action::Tick | Action::Resize(..) | Action::Reloaded(_)
        ) {
            self.flash = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => {
                self.size = (w, h);
                if self.areas().detail.is_none() {
                    self.mode.focus_list();
                }
                self.keep_cursor_on_screen();
                // The next frame, at the new size, clamps the detail's scroll.
            }
            Action::Tick => {
                self.warm();
                if let Some(f) = &mut self.flash {
                    f.ttl = f.ttl.saturating_sub(1);
                    if f.ttl == 0 {
                        self.flash = None;
                    }
                }
            }
            Action::Help => self.toggle_help(),
            Action::Copied(via) => self.copied(via),
            Action::Exported(written) => self.exported(&written),
            Action::LaunchFailed(program, failure) => {
                self.say(self.words.launch_failed(program, &failure));
            }
            Action::Reloaded(reload) => self.reload(*reload),
            Action::Click(x, y) => self.click(x, y),
            Action::Wheel(x, y, down) => self.wheel(x, y, down),
            _ => match &self.mode {
                Mode::Over(..) => self.overlay_action(&action),
                Mode::Search(_, text) => {
                    let text = text.clone();
                    self.search_action(&action, text);
                }
                Mode::Browse(Screen::Full { .. }) => self.detail_action(&action),
                Mode::Browse(Screen::Split(_)) => self.list_action(&action),
            },
        }
    }

    fn list_action(&mut self, action: &Action) {
        let detail = self.mode.focus() == Focus::Detail;
        match action {
            Action::Down if detail => self.scroll_detail(1),
            Action::Up if detail => self.scroll_detail(-1),
            Action::PageDown if detail => self.scroll_detail(self.detail_page()),
            Action::PageUp if detail => self.scroll_detail(-self.detail_page()),
            Action::First if detail => self.detail_scroll = 0,
            Action::Last if detail => self.scroll_detail(isize::MAX),
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.page(true),
            Action::PageUp => self.page(false),
            Action::First => self.move_to(Position::FIRST),
            Action::Last => self.move_to(Position::END),
            Action::YearPrompt => self.open_year_prompt(),
            Action::Filter => self.open_picker(),
            Action::Sources => self.open(Overlay::Sources),
            Action::Export => self.open_export(),
            Action::ToggleRuler => {
                self.ruler = !self.ruler;
                self.keep_cursor_on_screen();
            }
            Action::CyclePanes => {
                self.share = self.share.next();
                self.keep_cursor_on_screen();
            }
            Action::ZoomPane => {
                self.zoom = !self.zoom;
                self.keep_cursor_on_screen();
            }
            Action::ToggleFocus if detail || self.zoom || self.areas().detail.is_some() => {
                let focus = if detail { Focus::List } else { Focus::Detail };
                self.mode = Mode::Browse(Screen::Split(focus));
            }
            Action::Open if !self.visible.is_empty() => {
                self.mode = Mode::Browse(Screen::Full { link: None });
                self.detail_scroll = 0;
            }
            Action::Back if self.search.is_some() => self.clear_search(),
            Action::Back if !self.filters.is_empty() => self.clear_filters(),
            other => self.browse_action(other),
        }
    }

    /// Actions shared by the split screen and the full screen.
    fn browse_action(&mut self, action: &Action) {
        match action {
            Action::PrevYear => self.year_step(false),
            Action::NextYear => self.year_step(true),
            Action::NextLegal | Action::PrevLegal => self.seek(
                matches!(action, Action::NextLegal),
                Phrase::ArrestOrRuling,
                crate::model::Event::is_legal,
            ),
            Action::NextInCase | Action::PrevInCase => {
                self.case_step(matches!(action, Action::NextInCase));
            }
            Action::Search => self.open_search(),
            Action::NextMatch => self.next_match(true),
            Action::PrevMatch => self.next_match(false),
            Action::ToggleSearchMode => self.toggle_search_mode(),
            Action::ClearFilters => self.clear_filters(),
            Action::OpenSource => self.open_highlighted_source(),
            Action::CopyCitation => self.open_cite_menu(),
            Action::GoBack => self.go_back(),
            Action::Edit => match (&self.file, self.current()) {
                (Some(path), Some(e)) => {
                    self.effect = Some(super::Effect::Edit(path.clone(), e.offset));
                }
                (None, _) => self.say(self.words.phrase(Phrase::BuiltIn)),
                _ => {}
            },
            _ => {}
        }
    }

    fn case_step(&mut self, forward: bool) {
        match self.current().and_then(|e| e.case.clone()) {
            Some(case) => self.seek(forward, Phrase::EventInCase, |e| {
                e.case.as_deref() == Some(&case)
            }),
            None => self.say(self.words.phrase(Phrase::NoCase)),
        }
    }

    fn detail_action(&mut self, action: &Action) {
        match action {
            Action::Down => self.scroll_detail(1),
            Action::Up => self.scroll_detail(-1),
            Action::PageDown => self.scroll_detail(self.detail_page()),
            Action::PageUp => self.scroll_detail(-self.detail_page()),
            Action::First => self.detail_scroll = 0,
            Action::Last => self.scroll_detail(isize::MAX),
            Action::PrevEvent => self.step(-1),
            Action::NextEvent => self.step(1),
            Action::NextLink | Action::PrevLink => {
                self.cycle_link(matches!(action, Action::NextLink));
            }
            Action::FollowLink => self.follow_link(),
            Action::Back => {
                // The pane wraps the text otherwise: its top, not the full view's line number.
                self.mode = Mode::Browse(Screen::Split(Focus::List));
                self.detail_scroll = 0;
            }
            other => self.browse_action(other),
        }
    }

    /// Lines a page of detail text scrolls by.
    fn detail_page(&self) -> isize {
        isize::try_from(self.areas().detail_body.height.saturating_sub(1).max(1)).unwrap_or(1)
    }

    /// Scrolls the detail text, within its length.
    pub fn scroll_detail(&mut self, delta: isize) {
        self.detail_scroll = self.detail_scroll.saturating_add_signed(delta);
        self.clamp_scroll();
    }

    /// Keeps the detail's scroll within the text as the last frame laid it out (a text not
    /// drawn yet is clamped by its first frame, by the same rule).
    fn clamp_scroll(&mut self) {
        if let Some(d) = self.drawn_detail() {
            self.detail_scroll = scroll_top(self.detail_scroll, d.lines, d.rows);
        }
    }

    fn cycle_link(&mut self, forward: bool) {
        let n = self.links().len() + self.current().map_or(0, |e| e.excerpts.len());
        if n == 0 {
            self.say(self.words.phrase(Phrase::NoLinks));
            return;
        }
        let next = Some(match (self.mode.link(), forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        });
        if let Mode::Browse(Screen::Full { link }) = &mut self.mode {
            *link = next;
        }
        self.scroll_to_link();
    }

    /// Scrolls the detail text so that the highlighted link's line shows, where the last
    /// frame drew it (highlighting a link moves no line).
    fn scroll_to_link(&mut self) {
        let Some(d) = self.drawn_detail() else {
            return;
        };
        let Some(&at) = self.mode.link().and_then(|l| d.link_lines.get(l)) else {
            return;
        };
        let height = d.rows.max(1);
        if at < self.detail_scroll {
            self.detail_scroll = at;
        } else if at >= self.detail_scroll + height {
            self.detail_scroll = at + 1 - height;
        }
    }

    fn follow_link(&mut self) {
        let links = self.links();
        let Some(l) = self.mode.link() else {
            self.say(self.words.phrase(Phrase::LinkHint));
            return;
        };
        let Some(target) = links.get(l) else {
            // Past the event links come the quoted sources: Enter opens one.
            self.open_source(Some(l - links.len()));
            return;
        };
        if let Some(here) = self.current_index() {
            self.back.push(here);
        }
        self.show_index(target);
    }

    fn click(&mut self, x: u16, y: u16) {
        let areas = self.areas();
        if matches!(self.mode, Mode::Browse(Screen::Full { .. })) {
            self.click_source(x, y);
            return;
        }
        if self.mode.overlaid() {
            return;
        }
        if contains(areas.list_body, x, y) {
            self.mode = Mode::Browse(Screen::Split(Focus::List));
            let row = self.list_top + usize::from(y - areas.list_body.y);
            let target = self.visible.rows_from(row).find_map(|r| match r {
                super::Row::Event(p) => Some(p),
                super::Row::Year(_) => None,
            });
            if let Some(p) = target {
                self.move_to(p);
            }
        } else if let Some(ruler) = areas.ruler.filter(|r| contains(*r, x, y)) {
            let date = crate::view::ruler::date_at(&self.timeline, ruler, x);
            let events = &self.timeline.events;
            let key = crate::model::naive_key(date);
            let p = self.visible.partition_point(|i| events[i].date.key() < key);
            let before = p.prev().filter(|&b| {
                let dist = |q: Position| {
                    (events[self.visible[q]].date.start() - date)
                        .num_days()
                        .abs()
                };
                self.visible.at(p).is_none() || dist(b) < dist(p)
            });
            if !self.visible.is_empty() {
                self.move_to(before.unwrap_or(p));
            }
        } else if areas.detail.is_some_and(|d| contains(d, x, y)) {
            self.mode = Mode::Browse(Screen::Split(Focus::Detail));
        }
    }

    fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let areas = self.areas();
        let delta = if down { WHEEL_LINES } else { -WHEEL_LINES };
        let over_detail = self.mode.full() || areas.detail.is_some_and(|d| contains(d, x, y));
        match &self.mode {
            Mode::Over(_, Overlay::Help(_)) => {
                let way = if down { Action::Down } else { Action::Up };
                for _ in 0..WHEEL_LINES {
                    self.overlay_action(&way);
                }
            }
            Mode::Browse(_) if over_detail => self.scroll_detail(delta),
            Mode::Browse(_) if contains(areas.list, x, y) => self.step(delta),
            _ => {}
        }
    }
}
