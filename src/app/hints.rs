//! The footer's hints, drawn from the key table in the order a reader needs them.

use super::keys::{BINDINGS, Binding, Context};
use crate::words::{Topic, Words};

/// One footer hint from the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// The keys, as the help writes them.
    pub keys: String,
    /// What they do, in a word or two.
    pub text: &'static str,
    /// Whether the footer keeps it at any width: help, and the way back or out.
    pub essential: bool,
    /// What it is about, so the footer can reword or promote it.
    pub topic: Topic,
}

impl Binding {
    /// The binding's footer hint, in a language: none where the language has no hint for
    /// its topic.
    fn hint_in(&self, w: &'static dyn Words) -> Option<Hint> {
        Some(Hint {
            keys: self.label(),
            text: w.hint(self.topic)?,
            essential: matches!(
                self.topic,
                Topic::Help | Topic::Quit | Topic::Back | Topic::Cancel
            ),
            topic: self.topic,
        })
    }
}

/// The footer's order, most needed first: the way back or out and help (kept at any
/// width), then what a reader of the chronology does most (search, open, the source, the
/// citation, the sources, the filter), then moving, and the year and legal steps last.
const FOOTER_ORDER: &[Topic] = &[
    Topic::Quit,
    Topic::Back,
    Topic::Cancel,
    Topic::Help,
    Topic::Search,
    Topic::Open,
    Topic::Accept,
    Topic::Toggle,
    Topic::WriteFormat,
    Topic::CopyChoice,
    Topic::ShowCiting,
    Topic::OpenSource,
    Topic::Copy,
    Topic::Sources,
    Topic::Filter,
    Topic::NextEvent,
    Topic::ScrollDown,
    Topic::EventStep,
    Topic::LinkStep,
    Topic::MatchStep,
    Topic::YearStep,
    Topic::YearPrompt,
    Topic::LegalStep,
];

/// Where a topic stands in the footer's order (a topic not listed comes last).
fn footer_rank(topic: Topic) -> usize {
    FOOTER_ORDER
        .iter()
        .position(|t| *t == topic)
        .unwrap_or(FOOTER_ORDER.len())
}

/// The footer hints for a context, most needed first ([`FOOTER_ORDER`]).
pub fn hints(context: Context, w: &'static dyn Words) -> impl Iterator<Item = Hint> {
    let mut shown: Vec<Hint> = BINDINGS
        .iter()
        .filter(move |b| b.contexts.contains(&context) && b.hint)
        .filter_map(move |b| b.hint_in(w))
        .collect();
    shown.sort_by_key(|h| footer_rank(h.topic));
    shown.into_iter()
}

/// The footer hint of a topic bound in a context, whether or not the footer shows it
/// unasked (`n N` once a search is in force).
pub fn hint_for(context: Context, topic: Topic, w: &'static dyn Words) -> Option<Hint> {
    BINDINGS
        .iter()
        .find(|b| b.topic == topic && b.contexts.contains(&context))
        .and_then(|b| b.hint_in(w))
}
