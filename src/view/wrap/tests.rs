//! Tests of the wrapper: where lines break, and that a line laid out alone from its start is
//! the line a pass over the whole text makes.

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

#[test]
fn blank_lines_and_trailing_breaks_count_as_a_whole_pass_does() {
    let count = |s: &str| wrap(vec![(s.into(), Style::new())], 10).len();
    assert_eq!(count(""), 1, "empty text still takes a line");
    assert_eq!(count("a\n"), 1, "a final break opens no line");
    assert_eq!(count("a\n\n"), 2);
    assert_eq!(count("\n"), 1);
    assert_eq!(count("a\n  "), 1, "spaces after a final break open no line");
}

/// Every line made alone, from where it starts, is the line of one pass over the whole:
/// what lets the explorer lay out only the lines it draws.
#[test]
fn each_line_laid_out_alone_is_the_line_of_a_whole_pass() {
    let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
    let dim = Style::new().add_modifier(ratatui::style::Modifier::DIM);
    let texts = [
        "the quick brown fox jumps over the lazy dog",
        "  leading spaces and   runs of   spaces\n\nand a blank line\n",
        "averyveryverylongwordthatneverends and then some more words after it",
        "漢字漢字漢字漢字 Сыктывкар приговор суд 漢字 x",
        "a\tb\u{3000}c\u{a0}d \n \n e",
        "",
    ];
    for text in texts {
        for width in [1, 2, 3, 5, 8, 13, 40] {
            // Styles change inside words and between them.
            let cut = text.char_indices().nth(7).map_or(text.len(), |(i, _)| i);
            let pieces = vec![
                (text[..cut].to_owned(), bold),
                (String::new(), dim),
                (text[cut..].to_owned(), dim),
            ];
            for prefix in [None, Some(Span::raw("  » "))] {
                let para = Para::pieces(pieces.clone(), width, prefix);
                let whole = para.all();
                assert_eq!(para.len(), whole.len(), "{text:?} at {width}");
                for (n, line) in whole.iter().enumerate() {
                    assert_eq!(
                        para.line(n).as_ref(),
                        Some(line),
                        "{text:?} at {width}, line {n}"
                    );
                }
                assert_eq!(para.line(whole.len()), None);
            }
        }
    }
}
