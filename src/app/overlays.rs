//! Opening the popups, handing each key to the open one with what it needs to know, and
//! carrying out what it asks ([`Outcome`]).

use super::overlay::{CiteMenu, ExportMenu, HelpPager, Outcome, Picker, YearPrompt};
use super::{Action, App, Effect, Mode, Overlay};
use crate::words::Phrase;

impl App {
    /// Opens a popup over the screen underneath.
    pub(super) fn open(&mut self, overlay: Overlay) {
        self.mode = Mode::Over(self.mode.screen(), overlay);
    }

    /// `?`: opens the help at its top, or closes it.
    pub(super) fn toggle_help(&mut self) {
        self.mode = match self.mode {
            Mode::Over(screen, Overlay::Help(_)) => Mode::Browse(screen),
            _ => Mode::Over(self.mode.screen(), Overlay::Help(HelpPager::default())),
        };
    }

    /// Opens the filter picker, the export formats or the date prompt at their first entry.
    pub(super) fn open_picker(&mut self) {
        self.open(Overlay::Picker(Picker::default()));
    }

    /// Opens the export formats, unless the view is empty: an empty file is never made.
    pub(super) fn open_export(&mut self) {
        if self.visible.is_empty() {
            self.say(self.words.phrase(Phrase::NothingToExport));
        } else {
            self.open(Overlay::Export(ExportMenu::default()));
        }
    }

    /// Opens the date prompt, empty.
    pub(super) fn open_year_prompt(&mut self) {
        self.open(Overlay::Year(YearPrompt::default()));
    }

    /// Opens the citation menu, when there is an event to cite.
    pub(super) fn open_cite_menu(&mut self) {
        if self.current().is_some() {
            self.open(Overlay::Cite(CiteMenu::default()));
        }
    }

    /// How far a page goes in a popup: half the screen.
    fn popup_page(&self) -> usize {
        usize::from(self.size.1 / 2).max(1)
    }

    /// Hands a key to the open popup, with what it needs to know, and does what it asks.
    pub(super) fn overlay_action(&mut self, action: &Action) {
        let page = self.popup_page();
        let lang = self.words.lang();
        let entries = match self.mode.overlay() {
            Some(Overlay::Picker(_)) => self.picker_entries().len(),
            Some(Overlay::Cite(_)) => self.cite_choices().len(),
            _ => 0,
        };
        let help = self.drawn().help;
        let outcome = match &mut self.mode {
            Mode::Over(_, Overlay::Help(h)) => h.handle(action, page, help),
            Mode::Over(_, Overlay::Picker(p)) => p.handle(action, entries, page),
            Mode::Over(_, Overlay::Year(y)) => y.handle(action),
            Mode::Over(_, Overlay::Export(x)) => x.handle(action, page),
            Mode::Over(_, Overlay::Cite(c)) => c.handle(action, entries, page),
            Mode::Over(_, Overlay::Sources) => {
                self.sources_view.handle(action, &self.timeline, lang, page)
            }
            _ => Outcome::Stay,
        };
        self.carry_out(outcome);
    }

    /// Does what a popup asked.
    fn carry_out(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Stay => {}
            Outcome::Close => self.mode = self.mode.closed(),
            Outcome::Toggle(entry) => self.toggle_entry(entry),
            Outcome::ClearFilters => self.clear_filters(),
            Outcome::Write(format) => {
                self.effect = Some(Effect::Export(format, self.visible.events.clone()));
                self.mode = self.mode.closed();
            }
            Outcome::Cite(entry) => {
                if let Some(&c) = self.cite_choices().get(entry)
                    && let Some(text) = self.cite_text(c)
                {
                    self.cited_sources = if c.source { 1 } else { self.quoted_count() };
                    self.effect = Some(Effect::Copy(text));
                }
                self.mode = self.mode.closed();
            }
            Outcome::Jump => {
                // A date the prompt cannot read keeps it open with the text, under a
                // message that says what it takes.
                let open = self.mode.clone();
                self.mode = self.mode.closed();
                if let Some(Overlay::Year(y)) = open.overlay()
                    && !self.jump_to_typed(y.text.as_str())
                {
                    self.mode = open;
                }
            }
            Outcome::ShowEvents(ids) => {
                self.filters.sources = ids;
                self.mode = self.mode.closed();
                let query = self.search.clone();
                self.refilter(query.as_deref(), self.current_index());
            }
            Outcome::OpenSource(i) => {
                let url = self.timeline.sources[i].url.clone();
                self.open_address(url.filter(|u| crate::text::linkable(u)));
            }
            Outcome::CopySource(i) => {
                let text = crate::cite::source_citation(&self.timeline.sources[i], self.words);
                self.effect = Some(Effect::Copy(text));
            }
        }
    }
}
