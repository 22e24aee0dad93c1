//! Moving the selection: by step, by page, by year, to legal events and along a case.

use super::{App, Mode, Row, View};
use crate::model::{Event, PartialDate};
use crate::present;
use crate::words::Phrase;

impl App {
    /// Selects a visible position (clamped), resetting the detail scroll and keeping it on screen.
    pub fn select(&mut self, position: usize) {
        let last = self.visible.len().saturating_sub(1);
        let position = position.min(last);
        if position != self.selected {
            self.detail_scroll = 0;
            if let Mode::Browse(View::Full { link }) = &mut self.mode {
                *link = None;
            }
        }
        self.selected = position;
        self.keep_selected_on_screen();
    }

    /// Selects a timeline index if it is visible; returns whether it was.
    pub fn select_index(&mut self, index: usize) -> bool {
        match self.visible.position(index) {
            Some(p) => {
                self.select(p);
                true
            }
            None => false,
        }
    }

    /// Rows that fit in the chronology pane.
    #[must_use]
    pub fn list_height(&self) -> usize {
        usize::from(self.areas().list_body.height)
    }

    /// Scrolls the chronology so the selected row (and its year heading, when it fits) shows.
    pub fn keep_selected_on_screen(&mut self) {
        let height = self.list_height().max(1);
        let rows = self.visible.rows.len();
        let Some(&row) = self.visible.row_of.get(self.selected) else {
            self.list_top = 0;
            return;
        };
        let heading = row
            .checked_sub(1)
            .filter(|&r| matches!(self.visible.rows[r], Row::Year(_)));
        let want_top = heading.filter(|_| height > 1).unwrap_or(row);
        if want_top < self.list_top {
            self.list_top = want_top;
        } else if row >= self.list_top + height {
            self.list_top = row + 1 - height;
        }
        self.list_top = self.list_top.min(rows.saturating_sub(height));
    }

    /// Moves the selection by a number of events.
    pub fn step(&mut self, delta: isize) {
        self.select(self.selected.saturating_add_signed(delta));
    }

    /// Moves by a screenful of rows.
    pub fn page(&mut self, down: bool) {
        let height = self.list_height().max(2);
        let delta = isize::try_from(height - 1).unwrap_or(isize::MAX);
        self.step(if down { delta } else { -delta });
    }

    fn year_at(&self, position: usize) -> Option<i32> {
        let i = *self.visible.events.get(position)?;
        Some(self.timeline.events[i].date.year_num())
    }

    /// The first visible position whose year is at least `year`.
    fn first_from_year(&self, year: i32) -> usize {
        let events = &self.timeline.events;
        self.visible
            .events
            .partition_point(|&i| events[i].date.year_num() < year)
    }

    /// Jumps to the first event of the previous or next year that has events.
    pub fn year_step(&mut self, forward: bool) {
        let Some(year) = self.year_at(self.selected) else {
            return;
        };
        if forward {
            let next = self.first_from_year(year + 1);
            if next < self.visible.len() {
                self.select(next);
            } else {
                self.say(self.words.phrase(Phrase::NoLaterYear));
            }
        } else {
            let start = self.first_from_year(year);
            match start.checked_sub(1).and_then(|p| self.year_at(p)) {
                Some(prev) => self.select(self.first_from_year(prev)),
                None if start < self.selected => self.select(start),
                None => self.say(self.words.phrase(Phrase::NoEarlierYear)),
            }
        }
    }

    /// Applies the deep links `--at DATE` and `--event ID` to a new explorer.
    ///
    /// # Errors
    /// A date that cannot be read, or an unknown id (naming the closest ones).
    pub fn start_at(&mut self, at: Option<&str>, event: Option<&str>) -> Result<(), String> {
        if let Some(at) = at {
            let date = PartialDate::parse(at).map_err(|e| {
                self.words
                    .date_option("--at", &crate::text::sanitize(at), &e)
            })?;
            self.jump_to_date(date);
            self.flash = None;
        }
        if let Some(id) = event {
            let Some(index) = self.timeline.index_of(id) else {
                let close = self.timeline.closest_ids(id, 3);
                return Err(self.words.unknown_id(&crate::text::sanitize(id), &close));
            };
            self.select_index(index);
        }
        Ok(())
    }

    /// Jumps to the first event of a typed `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or the nearest
    /// later one, and says which.
    pub fn jump_to_typed(&mut self, typed: &str) {
        let typed = typed.trim();
        match PartialDate::parse(typed) {
            Ok(date) => self.jump_to_date(date),
            Err(_) => self.say(self.words.not_a_date(&crate::text::sanitize(typed))),
        }
    }

    /// Selects the first visible event at or after a date, and says where it landed.
    pub fn jump_to_date(&mut self, date: PartialDate) {
        let events = &self.timeline.events;
        let start = date.key();
        let p = self
            .visible
            .events
            .partition_point(|&i| events[i].date.key() < start);
        let Some(&i) = self.visible.events.get(p) else {
            self.say(self.words.none_after(&present::date(self.words, date)));
            return;
        };
        self.select(p);
        let landed = self.timeline.events[i].date;
        let typed = present::date(self.words, date);
        if landed.start() <= date.last_day() {
            self.say(self.words.jumped(&typed, None));
        } else {
            let at = present::date(self.words, landed);
            self.say(self.words.jumped(&typed, Some(&at)));
        }
    }

    /// The next (or previous) visible position whose event satisfies `want`.
    fn find(&self, forward: bool, want: impl Fn(&Event) -> bool) -> Option<usize> {
        let hit = |&p: &usize| want(&self.timeline.events[self.visible.events[p]]);
        if forward {
            (self.selected + 1..self.visible.len()).find(hit)
        } else {
            (0..self.selected).rev().find(hit)
        }
    }

    /// Moves to the next (or previous) visible event that satisfies `want`, saying so if none.
    pub fn seek(&mut self, forward: bool, what: Phrase, want: impl Fn(&Event) -> bool) {
        match self.find(forward, want) {
            Some(p) => self.select(p),
            None => self.say(self.words.none_further(forward, what)),
        }
    }
}
