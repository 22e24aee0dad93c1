//! Getting facts out of the explorer: opening and copying sources, going back along links,
//! and saying how a copy and an export went. The app asks for an [`Effect`](super::Effect); the
//! terminal loop performs it.

use super::{App, Mode, Overlay};
use crate::export::{Note, Written};
use crate::model::{EventIx, Text};
use crate::words::Phrase;

impl App {
    /// Asks the loop to open a quoted source's address: the excerpt `k` if given, else the
    /// first excerpt whose source has an `http(s)` address.
    pub(super) fn open_source(&mut self, k: Option<usize>) {
        let Some(e) = self.current() else { return };
        // In the order the detail text numbers them, which depends on the language.
        let url = self
            .timeline
            .excerpts_in(e, self.words.lang())
            .into_iter()
            .enumerate()
            .filter(|(i, _)| k.is_none_or(|k| k == *i))
            .filter_map(|(_, x)| self.timeline.source(&x.source)?.url.clone())
            .find(|u| crate::text::linkable(u));
        self.open_address(url);
    }

    /// Opens the source the full view highlights, else the first with an address.
    pub(super) fn open_highlighted_source(&mut self) {
        let events = self.links().len();
        let k = self.mode.link().and_then(|l| l.checked_sub(events));
        self.open_source(k);
    }

    /// Highlights the quoted source whose lines (quotation, attribution and address) a
    /// click on the full view lands on; it opens nothing.
    pub(super) fn click_source(&mut self, x: u16, y: u16) {
        let body = self.areas().detail_body;
        if !crate::view::layout::contains(body, x, y) {
            return;
        }
        // The line clicked, in the text the last frame drew, and the quoted source whose
        // block holds it, as the frame recorded them.
        let Some(d) = self.drawn_detail() else {
            return;
        };
        let at = d.top.saturating_add(usize::from(y - body.y));
        let Some(laid) = &d.laid else { return };
        let events = self.links().len();
        let found = laid
            .detail
            .source_blocks
            .iter()
            .position(|b| b.contains(&at))
            .map(|k| events + k);
        if let (Some(l), Mode::Browse(super::Screen::Full { link })) = (found, &mut self.mode) {
            *link = Some(l);
        }
    }

    /// Asks the loop to open a checked address and says so, or says there is none.
    pub(super) fn open_address(&mut self, url: Option<Text>) {
        match url {
            Some(url) => {
                self.say(self.words.opening(&crate::text::sanitize(&url)));
                self.effect = Some(super::Effect::Open(url.into()));
            }
            None => self.say(self.words.phrase(Phrase::NoAddress)),
        }
    }

    /// Says what was copied and how it reached the clipboard.
    pub(super) fn copied(&mut self, via: crate::words::Via) {
        // Copied from the sources view: the highlighted source alone.
        if let Mode::Over(_, Overlay::Sources) = self.mode {
            let rows = self.sources_view.rows(&self.timeline, self.words.lang());
            if let Some(i) = self.sources_view.source_at(&rows) {
                let id = crate::text::sanitize(&self.timeline.sources[i].id).into_owned();
                self.say(self.words.copied(&id, 1, via));
            }
            return;
        }
        let Some(e) = self.current() else { return };
        let said = self
            .words
            .copied(&crate::text::sanitize(&e.id), self.cited_sources, via);
        self.say(said);
    }

    /// Says where an export was written and how many events it holds (a calendar: how many
    /// it left out, and why), or why it was not written.
    pub(super) fn exported(&mut self, written: &Written) {
        let w = self.words;
        let shown = crate::text::sanitize(&written.path.display().to_string()).into_owned();
        let said = match &written.outcome {
            Ok(notes) => {
                let (mut skipped, mut out_of_range) = (0, 0);
                for note in notes {
                    match *note {
                        Note::Skipped(n) => skipped = n,
                        Note::OutOfRange(n) => out_of_range = n,
                        Note::Empty => {}
                    }
                }
                let path = format!("./{shown}");
                if skipped + out_of_range > 0 {
                    let kept = written.events - skipped - out_of_range;
                    w.exported_calendar(kept, skipped, out_of_range, &path)
                } else {
                    w.exported(written.events, &path, None)
                }
            }
            Err(e) => w.exported(written.events, &shown, Some(&e.worded(w))),
        };
        self.say(said);
    }

    /// Returns to the event shown before the last followed link.
    pub(super) fn go_back(&mut self) {
        let Some(index) = self.back.pop() else {
            self.say(self.words.phrase(Phrase::NothingBack));
            return;
        };
        self.show_index(index);
    }

    /// Moves the cursor to an event, clearing the filters if they hide it.
    pub(super) fn show_index(&mut self, index: EventIx) {
        if !self.move_to_index(index) {
            self.filters = crate::select::Filters::default();
            self.search = None;
            self.refilter(None, Some(index));
            self.say(self.words.phrase(Phrase::FiltersClearedForLink));
        }
    }
}
