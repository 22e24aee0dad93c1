//! Text helpers: neutralising untrusted text before it reaches a terminal, fitting text
//! into a number of terminal cells by display width, which addresses may be links, and the
//! one rule for the words closest to a mistyped one.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Whether a character could drive a terminal or reorder text: C0, DEL, C1 and bidi controls.
#[must_use]
pub fn is_hazard(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// The visible stand-in for a hazardous character: a control picture for C0 and DEL,
/// an escape like `\u{9b}` for the rest.
fn stand_in(c: char, out: &mut String) {
    match c {
        '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
        '\u{7f}' => out.push('\u{2421}'),
        _ => {
            use std::fmt::Write as _;
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// Replaces every hazardous character with a visible stand-in; text without any is
/// borrowed unchanged. Every place that shows file text in a terminal goes through this.
#[must_use]
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hazard) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_hazard(c) {
            stand_in(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`sanitize`], but keeps line breaks, for text that is wrapped into paragraphs.
#[must_use]
pub fn sanitize_multiline(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_hazard(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c != '\n' && is_hazard(c) {
            stand_in(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Truncates text to at most `width` cells, ending with `…` when cut.
#[must_use]
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Truncates or pads text to exactly `width` cells.
#[must_use]
pub fn fit(text: &str, width: usize) -> String {
    let mut out = truncate(text, width);
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// Whether an address may be written as a link (in the terminal, Markdown or a web page)
/// or opened in the browser: an `http` or `https` scheme and no whitespace, angle bracket,
/// control or bidi character.
#[must_use]
pub fn linkable(url: &str) -> bool {
    let scheme = url.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    matches!(scheme.as_deref(), Some("http" | "https"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || is_hazard(c))
}

/// The candidates closest to a mistyped word, best first, at most `most`, each once: those
/// alike by Jaro–Winkler (0.8 or more), or, for a word of four characters or more, within two
/// edits of it or holding it whole (`terrorism` names `justifying-terrorism-2023`). Case is
/// ignored; ties keep the candidates' order, so the answer never depends on luck. Every
/// suggestion the program makes (a key, an id, a kind, a tag, a case, a source) comes from
/// here.
#[must_use]
pub fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    most: usize,
) -> Vec<&'a str> {
    let word = word.to_lowercase();
    let long = word.chars().count() > 3;
    let mut scored: Vec<(f64, &str)> = Vec::new();
    for c in candidates {
        if scored.iter().any(|(_, seen)| *seen == c) {
            continue;
        }
        let lower = c.to_lowercase();
        let score = strsim::jaro_winkler(&word, &lower);
        if score >= 0.8
            || (long && (strsim::levenshtein(&word, &lower) <= 2 || lower.contains(&word)))
        {
            scored.push((score, c));
        }
    }
    // A stable sort: equal scores keep the candidates' order.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(most).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_words_come_best_first_each_once_and_far_ones_not_at_all() {
        let known = ["interviews", "prison-writings", "justifying-terrorism-2023"];
        assert_eq!(closest("interview", known, 3), ["interviews"]);
        assert_eq!(closest("Prison-Writing", known, 3), ["prison-writings"]);
        assert_eq!(
            closest("terrorism", known, 3),
            ["justifying-terrorism-2023"]
        );
        assert!(closest("zzzzzz", known, 3).is_empty());
        assert_eq!(
            closest("meduza", ["Meduza", "Meduza", "Medusa"], 3),
            ["Meduza", "Medusa"]
        );
        // Ties go to the first candidate.
        assert_eq!(closest("ab", ["ab", "AB"], 1), ["ab"]);
    }

    #[test]
    fn escapes_and_bidi_become_visible() {
        assert_eq!(sanitize("a\u{1b}]0;x\u{7}b"), "a\u{241b}]0;x\u{2407}b");
        assert_eq!(sanitize("\u{202e}abc"), "\\u{202e}abc");
        assert_eq!(sanitize("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(sanitize("del\u{7f}"), "del\u{2421}");
        // The Arabic letter mark and the left-to-right and right-to-left marks reorder too.
        assert_eq!(sanitize("a\u{61c}b"), "a\\u{61c}b");
        assert_eq!(sanitize("\u{200e}\u{200f}"), "\\u{200e}\\u{200f}");
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(sanitize("Сыктывкар 25 Jul"), Cow::Borrowed(_)));
        assert_eq!(sanitize_multiline("a\nb\u{1b}"), "a\nb\u{241b}");
    }

    #[test]
    fn fits_by_display_width() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("漢字漢字", 5), "漢字…");
        assert_eq!(fit("漢字漢字", 5).width(), 5);
        assert_eq!(truncate("abc", 0), "");
    }
}
