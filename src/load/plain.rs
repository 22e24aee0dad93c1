//! The TOML mistakes a curator makes, recognised from the parser's error and the text around
//! it, to be said in plain words: a straight `"` inside a string, a line break pasted into a
//! one-line string or a string left open, a key or table given twice, a table header left
//! open. Anything else keeps the parser's own words.

use crate::text::sanitize;
use crate::words::Problem;

/// The keys whose strings may run over several lines; every other string is one line.
const SEVERAL_LINES: &[&str] = &["summary", "disputed", "text"];
/// The most characters of a quotation shown in a message; a longer one is cut in the middle.
const SHOWN: usize = 40;

/// A syntax error recognised as a curator's mistake.
#[derive(Debug)]
pub struct Plain {
    /// Where the message points.
    pub at: usize,
    /// The mistake.
    pub problem: Problem,
    /// The parser's later errors before this offset are echoes of the mistake, not mistakes.
    pub echoes_to: usize,
}

/// The mistake behind the parser's error `message` at byte `at` of `text`, when it is one
/// a curator makes.
#[must_use]
pub fn recognise(text: &str, at: usize, message: &str) -> Option<Plain> {
    let at = at.min(text.len());
    if message.starts_with("unexpected key or value") {
        straight_quote(text, at)
    } else if message.starts_with("invalid basic string") {
        open_string(text, at, '"')
    } else if message.starts_with("invalid literal string") {
        open_string(text, at, '\'')
    } else if message == "duplicate key" {
        duplicate(text, at)
    } else if message.starts_with("unclosed array table") || message.starts_with("unclosed table") {
        header(text, at, message.starts_with("unclosed array"))
    } else {
        None
    }
}

/// Where the line holding `at` starts, and where it ends (before its line break).
fn line_around(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let end = if text[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    (start, end)
}

/// Whether the quote at byte `i` is escaped by an odd run of backslashes before it.
fn escaped(text: &str, i: usize) -> bool {
    text[..i].bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1
}

/// The straight quotes in `text[from..to]` that no backslash escapes, as byte offsets.
fn quotes(text: &str, (from, to): (usize, usize)) -> Vec<usize> {
    memchr::memchr_iter(b'"', &text.as_bytes()[from..to])
        .map(|i| from + i)
        .filter(|&i| !escaped(text, i))
        .collect()
}

/// `key = "He said "no" to them"`: the parser closed the string at the quote before `no`
/// and met `no` where the line should end.
fn straight_quote(text: &str, at: usize) -> Option<Plain> {
    let (start, end) = line_around(text, at);
    let before = text[start..at].trim_end_matches([' ', '\t']);
    let early = start + before.len().checked_sub(1)?;
    let value = start + text[start..end].find('=')? + 1;
    let opening = value + text[value..end].find(|c: char| !c.is_whitespace())?;
    if !text[opening..].starts_with('"') || text[opening..].starts_with("\"\"\"") {
        return None;
    }
    let all = quotes(text, (opening, end));
    let closing = *all.last()?;
    if text.as_bytes()[early] != b'"' || early <= opening || closing < at {
        return None;
    }
    let next = all.iter().find(|&&q| q > early && q < closing);
    let quoted = next.map(|&q| shortened(&sanitize(&text[early + 1..q])));
    Some(Plain {
        at: early,
        problem: Problem::StraightQuote { quoted },
        echoes_to: end + 1,
    })
}

/// A quotation cut in the middle when it is long.
fn shortened(quoted: &str) -> String {
    let count = quoted.chars().count();
    if count <= SHOWN {
        return quoted.to_owned();
    }
    let head: String = quoted.chars().take(SHOWN / 2).collect();
    let tail: String = quoted.chars().skip(count - SHOWN / 2 + 1).collect();
    format!("{head}…{tail}")
}

/// A one-line string still open where its line ends: its text goes on below (a pasted line
/// break), or the closing quote was forgotten (the next line is a key or a table of its own).
fn open_string(text: &str, at: usize, quote: char) -> Option<Plain> {
    if !(at == text.len() || text[at..].starts_with(['\n', '\r'])) {
        return None;
    }
    let (start, end) = line_around(text, at);
    let line = &text[start..end];
    let key = line
        .split_once('=')
        .map(|(k, _)| k.trim())
        .filter(|k| !k.is_empty() && k.chars().all(key_char))
        .map(|k| sanitize(k).into_owned());
    let mut below = text[(end + 1).min(text.len())..]
        .split_inclusive('\n')
        .scan(end + 1, |offset, l| {
            let here = *offset;
            *offset += l.len();
            Some((here, l))
        })
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((next, first)) = below.next().filter(|(_, l)| !starts_entry(l)) else {
        let problem = Problem::UnclosedString { quote };
        return Some(Plain {
            at,
            problem,
            echoes_to: 0,
        });
    };
    // The text runs on to the line that closes it; the parser's errors until there are
    // echoes of the break.
    let closes = std::iter::once((next, first))
        .chain(below)
        .find(|(_, l)| l.contains(quote))
        .unwrap_or((next, first));
    let one_line = key.as_deref().is_some_and(|k| !SEVERAL_LINES.contains(&k));
    Some(Plain {
        at,
        problem: Problem::LineBreakInString { key, one_line },
        echoes_to: closes.0 + closes.1.len() + 1,
    })
}

/// A character of a key as a curator writes one: bare, dotted or quoted.
fn key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '"' | '\'' | ' ')
}

/// Whether a line starts an entry of its own: a key and `=`, a table header, or a comment.
fn starts_entry(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(['[', '#']) {
        return true;
    }
    line.split_once('=').is_some_and(|(k, _)| {
        let k = k.trim();
        !k.is_empty() && k.chars().all(key_char)
    })
}

/// `title = "…"` twice in one table, or a `[table]` header twice.
fn duplicate(text: &str, at: usize) -> Option<Plain> {
    let (start, end) = line_around(text, at);
    let line = text[start..end].trim();
    // The lines above, nearest first, each with its 1-based number.
    let above = memchr::memchr_iter(b'\n', &text.as_bytes()[..start]).count();
    let earlier = (1..=above).rev().zip(text[..start].rsplit('\n').skip(1));
    let (key, table, first) = if line.starts_with('[') {
        let header = line.split('#').next().unwrap_or(line).trim();
        let first = earlier
            .map(|(n, l)| (n, l.split('#').next().unwrap_or(l).trim()))
            .find(|(_, l)| same_header(l, header));
        (header.to_owned(), true, first.map(|(n, _)| n))
    } else {
        let key = key_at(&text[at..end])?;
        let mut first = None;
        for (n, l) in earlier {
            let l = l.trim_start();
            if l.starts_with('[') {
                break;
            }
            let unquoted = |k: &str| k.trim_matches(['"', '\'']).to_owned();
            if let Some(k) = key_at(l)
                && unquoted(k) == unquoted(key)
                && defines(&l[k.len()..])
            {
                first = Some(n);
                break;
            }
        }
        (key.trim_matches(['"', '\'']).to_owned(), false, first)
    };
    let key = sanitize(&key).into_owned();
    Some(Plain {
        at,
        problem: Problem::DuplicateKey { key, table, first },
        echoes_to: 0,
    })
}

/// Whether two table headers name the same table, spaces aside.
fn same_header(a: &str, b: &str) -> bool {
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    bare(a) == bare(b)
}

/// The key that starts `text`, bare or quoted, as written.
fn key_at(text: &str) -> Option<&str> {
    let len = match text.chars().next()? {
        q @ ('"' | '\'') => text[1..].find(q)? + 2,
        _ => text
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(text.len()),
    };
    (len > 0).then(|| &text[..len])
}

/// Whether what follows a key makes it a definition: `=` or a dot, after any blanks.
fn defines(rest: &str) -> bool {
    rest.trim_start().starts_with(['=', '.'])
}

/// `[[event]` or `[event.ru`: a table header whose closing brackets are missing.
fn header(text: &str, at: usize, array: bool) -> Option<Plain> {
    let (start, end) = line_around(text, at);
    let written = text[start..end].split('#').next()?.trim();
    let name = written.trim_start_matches('[').trim_end_matches(']').trim();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        return None;
    }
    let closed = if array {
        format!("[[{name}]]")
    } else {
        format!("[{name}]")
    };
    let written = sanitize(written).into_owned();
    Some(Plain {
        at,
        problem: Problem::UnclosedHeader { written, closed },
        echoes_to: next_table(text, end, name.split('.').next().unwrap_or(name)),
    })
}

/// Where the next table outside `top` (and its own tables) opens after byte `from`: the
/// next `[[top]]`, or a header of another name. The parser reads what lies between into the
/// wrong table, so its errors there (a key or a table "given twice") are echoes.
fn next_table(text: &str, from: usize, top: &str) -> usize {
    let mut offset = from;
    for line in text[from..].split_inclusive('\n') {
        let header = line.trim_start();
        let name = header.trim_start_matches('[').trim_start();
        let own = name
            .strip_prefix(top)
            .is_some_and(|rest| rest.trim_start().starts_with('.'));
        if offset > from && header.starts_with('[') && !own {
            return offset;
        }
        offset += line.len();
    }
    text.len()
}
