//! Word wrapping of styled text by display width, so line counts are known before drawing.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// A run of text in one style.
type Piece = (String, Style);

struct Wrapper {
    width: usize,
    lines: Vec<Line<'static>>,
    line: Vec<Span<'static>>,
    used: usize,
    space: Option<Style>,
}

impl Wrapper {
    fn flush(&mut self) {
        self.lines.push(Line::from(std::mem::take(&mut self.line)));
        self.used = 0;
        self.space = None;
    }

    fn push(&mut self, text: String, style: Style) {
        self.used += text.width();
        self.line.push(Span::styled(text, style));
    }

    fn word(&mut self, word: Vec<Piece>) {
        let w: usize = word.iter().map(|(t, _)| t.width()).sum();
        let gap = usize::from(self.space.is_some() && self.used > 0);
        if self.used + gap + w > self.width && self.used > 0 {
            self.flush();
        } else if let Some(style) = self.space.take().filter(|_| self.used > 0) {
            self.push(" ".into(), style);
        }
        self.space = None;
        if self.used + w <= self.width {
            for (text, style) in word {
                self.push(text, style);
            }
            return;
        }
        // Longer than a line: break inside the word, character by character.
        for (text, style) in word {
            let mut chunk = String::new();
            for ch in text.chars() {
                let cw = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
                if self.used + chunk.width() + cw > self.width
                    && (self.used > 0 || !chunk.is_empty())
                {
                    self.push(std::mem::take(&mut chunk), style);
                    self.flush();
                }
                chunk.push(ch);
            }
            if !chunk.is_empty() {
                self.push(chunk, style);
            }
        }
    }
}

/// Wraps styled pieces into lines of at most `width` columns, breaking at spaces, inside
/// words longer than a line, and at `\n`.
#[must_use]
pub fn wrap(pieces: Vec<Piece>, width: usize) -> Vec<Line<'static>> {
    let mut w = Wrapper {
        width: width.max(1),
        lines: Vec::new(),
        line: Vec::new(),
        used: 0,
        space: None,
    };
    let mut word: Vec<Piece> = Vec::new();
    for (text, style) in pieces {
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let cut = rest.find(char::is_whitespace).unwrap_or(rest.len());
            if cut > 0 {
                word.push((rest[..cut].to_owned(), style));
                rest = &rest[cut..];
                continue;
            }
            let ch = rest.chars().next().unwrap_or(' ');
            rest = &rest[ch.len_utf8()..];
            if !word.is_empty() {
                w.word(std::mem::take(&mut word));
            }
            if ch == '\n' {
                w.flush();
            } else {
                w.space = Some(style);
            }
        }
    }
    if !word.is_empty() {
        w.word(word);
    }
    if !w.line.is_empty() || w.lines.is_empty() {
        w.flush();
    }
    w.lines
}

/// Wraps pieces beside a fixed-width prefix (a label or a quote bar): the prefix starts the
/// first line and every later line is indented by its width.
#[must_use]
pub fn hang(prefix: &Span<'static>, pieces: Vec<Piece>, width: usize) -> Vec<Line<'static>> {
    let indent = prefix.width();
    let mut lines = wrap(pieces, width.saturating_sub(indent).max(1));
    for (n, line) in lines.iter_mut().enumerate() {
        let lead = if n == 0 {
            prefix.clone()
        } else {
            Span::raw(" ".repeat(indent))
        };
        line.spans.insert(0, lead);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn breaks_at_spaces_within_width() {
        let lines = wrap(vec![("the quick brown fox jumps".into(), Style::new())], 10);
        assert_eq!(texts(&lines), ["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn splits_words_longer_than_a_line_and_wide_characters() {
        let lines = wrap(vec![("abcdefghij 漢字漢字漢字".into(), Style::new())], 4);
        assert_eq!(
            texts(&lines),
            ["abcd", "efgh", "ij", "漢字", "漢字", "漢字"]
        );
        assert!(lines.iter().all(|l| l.width() <= 4));
    }

    #[test]
    fn hangs_later_lines_under_the_prefix() {
        let lines = hang(
            &Span::raw("Court    "),
            vec![("one two three".into(), Style::new())],
            14,
        );
        assert_eq!(
            texts(&lines),
            ["Court    one", "         two", "         three"]
        );
    }

    #[test]
    fn keeps_styles_inside_a_word_and_honours_newlines() {
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let lines = wrap(
            vec![("Syk".into(), bold), ("tyvkar\nnext".into(), Style::new())],
            20,
        );
        assert_eq!(texts(&lines), ["Syktyvkar", "next"]);
        assert_eq!(lines[0].spans[0].style, bold);
    }
}
