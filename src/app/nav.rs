//! Moving the cursor: by step, by page, by year, to legal events and along a case.

use super::{App, Mode, Position, Row, Screen};
use crate::model::{Event, EventIx, PartialDate};
use crate::present;
use crate::words::Phrase;

impl App {
    /// Moves the cursor to a visible position (clamped), resetting the detail scroll and
    /// keeping the cursor on screen.
    pub fn move_to(&mut self, position: Position) {
        let position = position.min(self.visible.last().unwrap_or(Position::FIRST));
        if position != self.cursor {
            self.detail_scroll = 0;
            if let Mode::Browse(Screen::Full { link }) = &mut self.mode {
                *link = None;
            }
        }
        self.cursor = position;
        self.keep_cursor_on_screen();
    }

    /// Moves the cursor to an event if it is visible; returns whether it was.
    pub fn move_to_index(&mut self, index: EventIx) -> bool {
        match self.visible.position(index) {
            Some(p) => {
                self.move_to(p);
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

    /// Scrolls the chronology so the cursor's row (and its year heading, when it fits) shows.
    pub fn keep_cursor_on_screen(&mut self) {
        let height = self.list_height().max(1);
        let rows = self.visible.row_count();
        let Some(row) = self.visible.row_of(self.cursor) else {
            self.list_top = 0;
            return;
        };
        let heading = row
            .checked_sub(1)
            .filter(|&r| matches!(self.visible.row(r), Some(Row::Year(_))));
        let want_top = heading.filter(|_| height > 1).unwrap_or(row);
        if want_top < self.list_top {
            self.list_top = want_top;
        } else if row >= self.list_top + height {
            self.list_top = row + 1 - height;
        }
        self.list_top = self.list_top.min(rows.saturating_sub(height));
    }

    /// Moves the cursor by a number of events.
    pub fn step(&mut self, delta: isize) {
        self.move_to(self.cursor.offset(delta));
    }

    /// Moves by a screenful of rows.
    pub fn page(&mut self, down: bool) {
        let height = self.list_height().max(2);
        let delta = isize::try_from(height - 1).unwrap_or(isize::MAX);
        self.step(if down { delta } else { -delta });
    }

    fn year_at(&self, position: Position) -> Option<i32> {
        let i = self.visible.at(position)?;
        Some(self.timeline.year_of(i))
    }

    /// The first visible position whose year is at least `year`.
    fn first_from_year(&self, year: i32) -> Position {
        let t = &self.timeline;
        self.visible.partition_point(|i| t.year_of(i) < year)
    }

    /// Jumps to the first event of the previous or next year that has events.
    pub fn year_step(&mut self, forward: bool) {
        let Some(year) = self.year_at(self.cursor) else {
            return;
        };
        if forward {
            let next = self.first_from_year(year + 1);
            if self.visible.at(next).is_some() {
                self.move_to(next);
            } else {
                self.say(self.words.phrase(Phrase::NoLaterYear));
            }
        } else {
            let start = self.first_from_year(year);
            match start.prev().and_then(|p| self.year_at(p)) {
                Some(prev) => self.move_to(self.first_from_year(prev)),
                None if start < self.cursor => self.move_to(start),
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
            let date = crate::select::typed_date(at).map_err(|e| {
                self.words
                    .date_option("--at", &crate::text::sanitize(at), &e)
            })?;
            // Where the date has events, the explorer just opens there; where it has none,
            // it says so and where it went, as `d` does.
            if self.jump_to_date(date) {
                self.flash = None;
            }
        }
        if let Some(id) = event {
            let Some(index) = self.timeline.index_of(id) else {
                let close = self.timeline.closest_ids(id, 3);
                return Err(self.words.unknown_id(&crate::text::sanitize(id), &close));
            };
            self.move_to_index(index);
        }
        Ok(())
    }

    /// Jumps to the first event of a typed date (`select::typed_date`), or the nearest
    /// later one, and says which; or says what the prompt takes, and returns `false`.
    pub fn jump_to_typed(&mut self, typed: &str) -> bool {
        match crate::select::typed_date(typed) {
            Ok(date) => {
                self.jump_to_date(date);
                true
            }
            Err(e) => {
                let shown = crate::text::sanitize(typed.trim());
                self.say(self.words.not_a_date(&shown, &e));
                false
            }
        }
    }

    /// Moves to the first visible event at or after a date, and says where it landed;
    /// `true` when it landed within the date.
    pub fn jump_to_date(&mut self, date: PartialDate) -> bool {
        let events = &self.timeline.events;
        let start = date.key();
        let p = self
            .visible
            .partition_point(|i| events[i].date.key() < start);
        let Some(i) = self.visible.at(p) else {
            self.say(self.words.none_after(&present::date(self.words, date)));
            return false;
        };
        self.move_to(p);
        let landed = self.timeline.events[i].date;
        let typed = present::date(self.words, date);
        if landed.start() <= date.last_day() {
            self.say(self.words.jumped(&typed, None));
            true
        } else {
            let at = present::event_date(self.words, landed);
            self.say(self.words.jumped(&typed, Some(&at)));
            false
        }
    }

    /// The next (or previous) visible position whose event satisfies `want`.
    fn find(&self, forward: bool, want: impl Fn(&Event) -> bool) -> Option<Position> {
        let hit = |&p: &Position| want(&self.timeline.events[self.visible[p]]);
        let here = self.cursor.get();
        if forward {
            (here + 1..self.visible.len()).map(Position::new).find(hit)
        } else {
            (0..here).rev().map(Position::new).find(hit)
        }
    }

    /// Moves to the next (or previous) visible event that satisfies `want`, saying so if none.
    pub fn seek(&mut self, forward: bool, what: Phrase, want: impl Fn(&Event) -> bool) {
        match self.find(forward, want) {
            Some(p) => self.move_to(p),
            None => self.say(self.words.none_further(forward, what)),
        }
    }
}
