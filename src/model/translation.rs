//! An event's words in another language, written by the curator.

use serde::Serialize;

use super::{Facts, Legal, Text};

/// An `[event.ru]` table: the event's words in Russian, written by the curator.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Translation {
    /// The one-line title.
    pub title: Text,
    /// The summary.
    pub summary: Text,
    /// The facts (place, …) where the event gives them.
    #[serde(flatten)]
    pub facts: Facts,
    /// What the sources disagree on, when the event records it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disputed: Option<Text>,
    /// The legal block's values (`[event.ru.legal]`), when the event has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal: Option<Legal>,
}
