//! Live reload: swapping in a re-read timeline without losing the current event or the filters.

use super::{App, Reload};
use crate::model::Timeline;

impl App {
    /// Applies what the watcher read: a new timeline, or a banner saying why the last good
    /// one still shows.
    pub fn reload(&mut self, reload: Reload) {
        match reload {
            Reload::Loaded(t) => self.replace_timeline(*t),
            Reload::Invalid(error) => {
                // A 'reloaded' message from an earlier save would contradict the banner.
                self.flash = None;
                let first = error.first_in(self.words);
                self.banner = Some(self.words.invalid_banner(error.count(), &first));
            }
            Reload::Missing(name) => {
                self.flash = None;
                self.banner = Some(self.words.missing_banner(&name));
            }
        }
    }

    /// Swaps in a new timeline, keeping the current event by id (or the nearest by index),
    /// the filters and the search.
    fn replace_timeline(&mut self, t: Timeline) {
        let old = self.current_index();
        let id = self.current().map(|e| e.id.clone());
        let anchor = id.and_then(|id| t.index_of(&id)).or(old);
        self.timeline = t;
        self.search_index = None;
        self.hits = None;
        self.tag_counts = std::cell::OnceCell::new();
        // The last frame's detail text was laid out from the old events.
        self.drawn = super::Drawn::default();
        self.banner = None;
        let query = self.search.clone();
        self.refilter(query.as_deref(), anchor);
        self.say(self.words.reloaded(self.timeline.events.len()));
    }
}
