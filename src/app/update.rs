//! `App::update`: the single entry point that applies an action to the state.

use super::{Action, App, Focus, Overlay};
use crate::view::layout::contains;
use crate::words::Phrase;

impl App {
    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => {
                self.size = (w, h);
                if self.areas().detail.is_none() {
                    self.focus = Focus::List;
                }
                self.keep_selected_on_screen();
                self.clamp_scroll();
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
            Action::Reloaded(reload) => self.reload(*reload),
            Action::Click(x, y) => self.click(x, y),
            Action::Wheel(x, y, down) => self.wheel(x, y, down),
            _ => match self.overlay.clone() {
                Overlay::Help => self.help_action(&action),
                Overlay::Picker(cursor) => self.picker_action(&action, cursor),
                Overlay::Year(text) => self.year_action(&action, text),
                Overlay::Search(text) => self.search_action(&action, text),
                Overlay::None if self.full => self.detail_action(&action),
                Overlay::None => self.list_action(&action),
            },
        }
    }

    fn toggle_help(&mut self) {
        self.overlay = if self.overlay == Overlay::Help {
            Overlay::None
        } else {
            Overlay::Help
        };
        self.help_scroll = 0;
    }

    fn list_action(&mut self, action: &Action) {
        let detail = self.focus == Focus::Detail;
        match action {
            Action::Down if detail => self.scroll_detail(1),
            Action::Up if detail => self.scroll_detail(-1),
            Action::PageDown if detail => self.scroll_detail(self.detail_page()),
            Action::PageUp if detail => self.scroll_detail(-self.detail_page()),
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.page(true),
            Action::PageUp => self.page(false),
            Action::First => self.select(0),
            Action::Last => self.select(usize::MAX),
            Action::YearPrompt => self.overlay = Overlay::Year(String::new()),
            Action::Filter => self.overlay = Overlay::Picker(0),
            Action::ToggleRuler => {
                self.ruler = !self.ruler;
                self.keep_selected_on_screen();
            }
            Action::ToggleFocus if detail || self.areas().detail.is_some() => {
                self.focus = if detail { Focus::List } else { Focus::Detail };
            }
            Action::Open if !self.visible.is_empty() => {
                self.full = true;
                self.detail_scroll = 0;
                self.link = None;
            }
            Action::Back if self.search.is_some() => self.clear_search(),
            Action::Back if !self.filters.is_empty() => self.clear_filters(),
            other => self.browse_action(other),
        }
    }

    /// Actions shared by the split view and the full detail view.
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
            Action::ClearFilters => self.clear_filters(),
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
            Action::Back => self.full = false,
            other => self.browse_action(other),
        }
    }

    fn help_action(&mut self, action: &Action) {
        let page = usize::from(self.size.1 / 2).max(1);
        match action {
            Action::Down => self.help_scroll += 1,
            Action::Up => self.help_scroll = self.help_scroll.saturating_sub(1),
            Action::PageDown => self.help_scroll += page,
            Action::PageUp => self.help_scroll = self.help_scroll.saturating_sub(page),
            Action::First => self.help_scroll = 0,
            Action::Last => self.help_scroll = usize::MAX,
            Action::Back => self.overlay = Overlay::None,
            _ => {}
        }
        self.help_scroll = self
            .help_scroll
            .min(super::keys::help_rows().saturating_sub(1));
    }

    fn picker_action(&mut self, action: &Action, cursor: usize) {
        let last = self.picker_entries().len().saturating_sub(1);
        match action {
            Action::Down => self.overlay = Overlay::Picker((cursor + 1).min(last)),
            Action::Up => self.overlay = Overlay::Picker(cursor.saturating_sub(1)),
            Action::Toggle => self.toggle_entry(cursor),
            Action::ClearFilters => self.clear_filters(),
            Action::Back | Action::Filter => self.overlay = Overlay::None,
            _ => {}
        }
    }

    fn year_action(&mut self, action: &Action, mut text: String) {
        match action {
            Action::Input(c) if text.chars().count() < 10 => text.push(*c),
            Action::Backspace => _ = text.pop(),
            Action::Submit => {
                self.overlay = Overlay::None;
                self.jump_to_typed(&text);
                return;
            }
            Action::Cancel => {
                self.overlay = Overlay::None;
                return;
            }
            _ => {}
        }
        self.overlay = Overlay::Year(text);
    }

    fn search_action(&mut self, action: &Action, mut text: String) {
        match action {
            Action::Input(c) if text.chars().count() < 200 => text.push(*c),
            Action::Backspace => _ = text.pop(),
            Action::Submit => return self.submit_search(),
            Action::Cancel => return self.cancel_search(),
            _ => return,
        }
        self.overlay = Overlay::Search(text);
        self.preview_search();
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

    fn clamp_scroll(&mut self) {
        let area = self.areas().detail_body;
        let lines = crate::view::detail::line_count(&self.detail_spec(), area.width);
        self.detail_scroll = self
            .detail_scroll
            .min(lines.saturating_sub(usize::from(area.height)));
    }

    fn cycle_link(&mut self, forward: bool) {
        let n = self.links().len();
        if n == 0 {
            self.say(self.words.phrase(Phrase::NoLinks));
            return;
        }
        self.link = Some(match (self.link, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        });
    }

    fn follow_link(&mut self) {
        let Some(target) = self.link.and_then(|l| self.links().get(l)) else {
            self.say(self.words.phrase(Phrase::LinkHint));
            return;
        };
        if !self.select_index(target) {
            self.filters = crate::select::Filters::default();
            self.search = None;
            self.refilter(None, Some(target));
            self.say(self.words.phrase(Phrase::FiltersClearedForLink));
        }
    }

    fn click(&mut self, x: u16, y: u16) {
        let areas = self.areas();
        if self.overlay != Overlay::None || self.full {
            return;
        }
        if contains(areas.list_body, x, y) {
            self.focus = Focus::List;
            let row = self.list_top + usize::from(y - areas.list_body.y);
            let target = self.visible.rows.get(row..).and_then(|rows| {
                rows.iter().find_map(|r| match r {
                    super::Row::Event(p) => Some(*p),
                    super::Row::Year(_) => None,
                })
            });
            if let Some(p) = target {
                self.select(p);
            }
        } else if let Some(ruler) = areas.ruler.filter(|r| contains(*r, x, y)) {
            let date = crate::view::ruler::date_at(&self.timeline, ruler, x);
            let events = &self.timeline.events;
            let key = crate::model::naive_key(date);
            let p = self
                .visible
                .events
                .partition_point(|&i| events[i].date.key() < key);
            let before = p.checked_sub(1).filter(|&b| {
                let dist = |q: usize| {
                    (events[self.visible.events[q]].date.start() - date)
                        .num_days()
                        .abs()
                };
                p >= self.visible.len() || dist(b) < dist(p)
            });
            if !self.visible.is_empty() {
                self.select(before.unwrap_or(p));
            }
        } else if areas.detail.is_some_and(|d| contains(d, x, y)) {
            self.focus = Focus::Detail;
        }
    }

    fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let areas = self.areas();
        let delta = if down { 3 } else { -3 };
        let over_detail = self.full || areas.detail.is_some_and(|d| contains(d, x, y));
        match &self.overlay {
            Overlay::Help => self.help_action(if down { &Action::Down } else { &Action::Up }),
            Overlay::None if over_detail => self.scroll_detail(delta),
            Overlay::None if contains(areas.list, x, y) => self.step(delta),
            _ => {}
        }
    }
}
