//! The help's text laid out at a width: section headings, then each binding's keys in a
//! column and its words wrapped under themselves, so no entry is ever cut.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Theme;
use super::wrap::{hang, wrap};
use crate::text::fit;

/// The width of the keys column.
pub const KEYS_WIDTH: usize = 12;

/// The help's rows (`(keys, words)`, or `(None, heading)`) as lines of `width` cells.
#[must_use]
pub fn lines(
    rows: Vec<(Option<String>, String)>,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let width = width.max(KEYS_WIDTH + 1);
    let mut out = Vec::new();
    for (keys, text) in rows {
        match keys {
            None => out.extend(wrap(vec![(text, theme.heading())], width)),
            Some(k) => {
                let lead = Span::styled(fit(&k, KEYS_WIDTH), theme.key());
                out.extend(hang(&lead, vec![(text, Style::new())], width));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_entry_wraps_under_its_words_and_loses_none() {
        let theme = Theme::new(false);
        let words = "one two three four five six seven eight nine ten".to_owned();
        let got = lines(vec![(Some("x".into()), words.clone())], 30, &theme);
        assert!(got.len() > 1);
        let text: Vec<String> = got
            .iter()
            .map(|l| l.to_string().trim().to_owned())
            .collect();
        assert!(text[0].starts_with('x'));
        let joined = text.join(" ");
        assert_eq!(joined.trim_start_matches('x').trim(), words);
        assert!(got.iter().all(|l| l.width() <= 30));
    }
}
