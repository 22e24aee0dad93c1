//! Parsing TOML text into a spanned tree within the memory budget, and its syntax errors as
//! problems.
//!
//! The parser holds two 24-byte records per token (a key, a value, a bracket, a line end)
//! besides the tree, and keeps every syntax error it meets: a file of `=` lines makes three
//! errors of a hundred bytes or more from every two bytes. So a text of more than
//! [`MAX_TOKENS`] tokens is refused before it is parsed, and only a small text is parsed
//! with every syntax error kept; a larger one that fails is read again by the grammar alone,
//! which counts its errors but keeps only the first [`MAX_PROBLEMS`].

use toml::Spanned;
use toml::de::DeTable;
use toml_parser::decoder::Encoding;
use toml_parser::lexer::TokenKind;
use toml_parser::parser::{Event, EventKind, EventReceiver, RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, Expected, ParseError, Source, Span};

use super::diag::MAX_PROBLEMS;
use super::part::Problems;
use super::plain;
use crate::text::sanitize;
use crate::words::Problem;

/// The most tokens one text parsed at once may hold: 12 Mi, above the 9.3 million of the
/// 100,000-event file `timeline gen` writes, parsed whole when a doubt sends it back.
pub const MAX_TOKENS: usize = 12 << 20;
/// Texts up to this size are parsed keeping every syntax error (at most three to every two
/// bytes), as the parser reports them.
const FULL_RECOVERY: usize = 1 << 20;
/// How deep arrays and tables may nest, as the `toml` crate allows.
const MAX_DEPTH: u32 = 80;

/// The syntax problems of a text that does not parse, and how many more were counted.
pub type Refusal = (Problems, usize);

/// How many tokens a text holds, counted without keeping them; a text shorter than the
/// limit cannot hold more tokens than bytes, and is not counted.
fn too_many_tokens(text: &str) -> Option<usize> {
    if text.len() < MAX_TOKENS {
        return None;
    }
    let tokens = Source::new(text).lex().count();
    (tokens > MAX_TOKENS).then_some(tokens)
}

/// Parses a text into its tree, or says why not: too many tokens, or its syntax errors.
///
/// # Errors
/// The text's syntax problems in file order, at most [`MAX_PROBLEMS`] of them kept.
pub fn parse(text: &str) -> Result<Spanned<DeTable<'_>>, Refusal> {
    if let Some(tokens) = too_many_tokens(text) {
        let limit = MAX_TOKENS;
        return Err((vec![(0, Problem::TooComplex { tokens, limit })], 0));
    }
    if text.len() <= FULL_RECOVERY {
        let (root, errors) = DeTable::parse_recoverable(text);
        if errors.is_empty() {
            return Ok(root);
        }
        let problems = errors
            .iter()
            .map(|e| (e.span().map_or(0, |s| s.start), e.message().to_owned()))
            .collect();
        return Err((located(text, problems), 0));
    }
    match DeTable::parse(text) {
        Ok(root) => Ok(root),
        Err(first) => {
            let (mut problems, more) = grammar(text);
            problems.push((
                first.span().map_or(0, |s| s.start),
                first.message().to_owned(),
            ));
            Err((located(text, problems), more))
        }
    }
}

/// Whether a text parses: a quick test for a part of a large file, which keeps no errors.
#[must_use]
pub fn parses(text: &str) -> Option<Spanned<DeTable<'_>>> {
    if too_many_tokens(text).is_some() {
        return None;
    }
    DeTable::parse(text).ok()
}

/// Decodes each key and value as the parser meets it, keeping nothing: this finds what the
/// `toml` crate finds when it decodes them (an empty bare key, a bad escape, an unquoted
/// string), without building the tree.
struct Decoding<'s> {
    source: Source<'s>,
}

impl Decoding<'_> {
    fn decode(
        &self,
        kind: EventKind,
        span: Span,
        encoding: Option<Encoding>,
        error: &mut dyn ErrorSink,
    ) {
        let event = Event::new_unchecked(kind, encoding, span);
        let Some(raw) = self.source.get(event) else {
            return;
        };
        if kind == EventKind::SimpleKey {
            raw.decode_key(&mut (), error);
        } else {
            let _ = raw.decode_scalar(&mut (), error);
        }
    }
}

impl EventReceiver for Decoding<'_> {
    fn simple_key(&mut self, span: Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        self.decode(EventKind::SimpleKey, span, encoding, error);
    }

    fn scalar(&mut self, span: Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        self.decode(EventKind::Scalar, span, encoding, error);
    }
}

/// The grammar's and the decoder's errors in a text, the first [`MAX_PROBLEMS`] of them
/// with their number. Errors found only when the tree is built (a key defined twice, a date
/// that does not exist) are not among them: the caller adds the first of those.
fn grammar(text: &str) -> (Vec<(usize, String)>, usize) {
    let source = Source::new(text);
    let tokens = source.lex().into_vec();
    let mut kept = Vec::new();
    let mut count = 0;
    let mut sink = |e: ParseError| {
        count += 1;
        if kept.len() < MAX_PROBLEMS {
            kept.push((e.unexpected().map_or(0, |s| s.start()), message(&e)));
        }
    };
    let mut decoding = Decoding { source };
    let mut whitespace = ValidateWhitespace::new(&mut decoding, source);
    let mut guard = RecursionGuard::new(&mut whitespace, MAX_DEPTH);
    toml_parser::parser::parse_document(&tokens, &mut guard, &mut sink as &mut dyn ErrorSink);
    let more = count - kept.len();
    (kept, more)
}

/// A grammar error in the words the `toml` crate gives it.
fn message(e: &ParseError) -> String {
    let mut message = e.description().to_owned();
    if let Some(expected) = e.expected() {
        message.push_str(", expected ");
        if expected.is_empty() {
            message.push_str("nothing");
        }
        let words: Vec<String> = expected
            .iter()
            .map(|x| match x {
                Expected::Literal(s) => literal(s),
                Expected::Description(s) => (*s).to_owned(),
                _ => "etc".to_owned(),
            })
            .collect();
        message.push_str(&words.join(", "));
    }
    message
}

/// An expected literal as the `toml` crate writes it.
fn literal(s: &str) -> String {
    match s {
        "\n" => "newline".to_owned(),
        "`" => "'`'".to_owned(),
        s if s.chars().all(|c| c.is_ascii_control()) => format!("`{}`", s.escape_debug()),
        s => format!("`{s}`"),
    }
}

/// Syntax errors as problems, sorted and without repeats, a curator's mistake in plain
/// words ([`plain`]); an error at the end of a multi-line string that is never closed is placed where the string opens, since the end
/// of the file says nothing of where to look.
fn located(text: &str, mut errors: Vec<(usize, String)>) -> Problems {
    let unclosed = unclosed_multiline(text);
    if let Some((start, end)) = unclosed {
        for (at, _) in &mut errors {
            if *at >= end {
                *at = start;
            }
        }
    }
    errors.sort_by_key(|(at, _)| *at);
    let mut problems: Problems = Vec::with_capacity(errors.len());
    // A mistake the curator made is said in plain words, and the parser's errors it causes
    // further on are left out.
    let mut echoes_to = 0;
    for (at, m) in errors {
        let m = m.trim();
        if at < echoes_to {
            continue;
        }
        if let Some(p) = plain::recognise(text, at, m) {
            echoes_to = p.echoes_to;
            problems.push((p.at, p.problem));
        } else {
            problems.push((at, Problem::Syntax(sanitize(m).into_owned())));
        }
    }
    problems.sort_by_key(|(at, _)| *at);
    problems.dedup();
    problems
}

/// Where the last token opens and ends, when it is a multi-line string that runs to the end
/// of the text without its closing quotes.
fn unclosed_multiline(text: &str) -> Option<(usize, usize)> {
    let last = Source::new(text)
        .lex()
        .filter(|t| t.kind() != TokenKind::Eof)
        .last()?;
    let quotes = match last.kind() {
        TokenKind::MlBasicString => "\"\"\"",
        TokenKind::MlLiteralString => "'''",
        _ => return None,
    };
    let span = last.span();
    let token = &text[span.start()..span.end()];
    let closed = token.len() >= 6 && token.ends_with(quotes);
    (!closed && span.end() == text.len()).then_some((span.start(), span.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes from an alphabet of TOML's punctuation, the same for every run.
    fn garbage(len: usize, seed: u64) -> String {
        let alphabet = b"[]=\"'\n abcxyz=.,{}#0123456789-\\";
        let mut state = seed;
        (0..len)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                char::from(alphabet[usize::try_from(state >> 59).unwrap_or(0) % alphabet.len()])
            })
            .collect()
    }

    #[test]
    fn the_bounded_reading_finds_every_error_the_whole_parse_finds() {
        // It may find a few more: the tree builder does not decode a value whose key-value
        // pair is already broken.
        for seed in 1..40 {
            let text = garbage(2_000, seed);
            let (_, all) = DeTable::parse_recoverable(&text);
            let (found, more) = grammar(&text);
            assert!(
                all.len() < MAX_PROBLEMS && more == 0,
                "seed {seed}: {} {more}",
                all.len()
            );
            // A key or table defined twice is found only in the tree.
            for e in all.iter().filter(|e| !e.message().starts_with("duplicate")) {
                let error = (e.span().map_or(0, |s| s.start), e.message().to_owned());
                assert!(found.contains(&error), "seed {seed}: {error:?}");
            }
        }
    }
}
