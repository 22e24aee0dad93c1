//! The TOML mistakes a curator makes, said in plain words in both languages at
//! `FILE:LINE:COLUMN`, each with its stable code: a straight `"` inside a string, a pasted
//! line break, a string left open, a key given twice, a string where an array is due, a
//! table header left open; an event outside the span names the `[timeline]` line to widen;
//! `timeline copy` says what it wrote and what to run next.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// A valid file of one event; line 15 is `title`, line 16 `summary`, line 19 the excerpt's
/// `text`.
const BASE: &str = "[timeline]
title = \"A file\"
subject = \"Test\"
from = \"1980\"
to = \"2024-11\"

[[source]]
id = \"src\"
title = \"A source\"

[[event]]
id = \"e1\"
date = \"2023-07-25\"
kind = \"statement\"
title = \"A title\"
summary = \"A summary\"

[[event.excerpt]]
source = \"src\"
text = \"words\"
";

/// `BASE` with its 1-based line `line` replaced by `with` (which may hold several lines).
fn with_line(line: usize, with: &str) -> String {
    let mut lines: Vec<&str> = BASE.lines().collect();
    lines[line - 1] = with;
    lines.join("\n") + "\n"
}

/// `BASE` with `lines` put in after its 1-based line `after`.
fn inserted(after: usize, lines: &str) -> String {
    let mut all: Vec<&str> = BASE.lines().collect();
    all.insert(after, lines);
    all.join("\n") + "\n"
}

/// What `check` said of a file in one language: exit status, and its lines of standard
/// error split as (line, column, message) when they are `FILE:LINE:COLUMN: message`.
struct Said {
    code: i32,
    lines: Vec<(usize, usize, String)>,
    err: String,
}

fn check(path: &Path, lang: &str) -> Said {
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(["--lang", lang, "check"])
        .arg(path)
        .output()
        .expect("run timeline");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let prefix = format!("{}:", path.display());
    let lines = err
        .lines()
        .filter_map(|l| l.strip_prefix(&prefix))
        .filter_map(|rest| {
            let mut parts = rest.splitn(3, ':');
            let line = parts.next()?.parse().ok()?;
            let column = parts.next()?.parse().ok()?;
            Some((line, column, parts.next()?.trim_start().to_owned()))
        })
        .collect();
    Said {
        code: out.status.code().unwrap_or(-1),
        lines,
        err,
    }
}

/// The codes `check --format json` gives the file's problems, with their lines and columns.
fn codes(path: &Path) -> Vec<(u64, u64, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(["check", "--format", "json"])
        .arg(path)
        .output()
        .expect("run timeline");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    doc.as_array()
        .expect("array")
        .iter()
        .map(|o| {
            (
                o["line"].as_u64().unwrap_or(0),
                o["column"].as_u64().unwrap_or(0),
                o["code"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Words of the TOML parser's own that a curator should no longer meet.
const PARSER_WORDS: [&str; 6] = [
    "expected newline",
    "unexpected key or value",
    "invalid basic string",
    "key with no value",
    "unclosed",
    "duplicate key\n",
];

/// Checks `text` in both languages: exactly one problem, at `(line, column)`, with the
/// code `code`; each language's message holds every piece of `en` or `ru` (the parts of
/// the fix it must show); the Russian is Russian and the English English. Returns the two
/// messages.
fn one_problem(
    text: &str,
    (line, column): (usize, usize),
    code: &str,
    (en, ru): (&[&str], &[&str]),
) -> [String; 2] {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("my.toml");
    std::fs::write(&path, text).expect("write");
    let mut said = Vec::new();
    for (lang, pieces) in [("en", en), ("ru", ru)] {
        let s = check(&path, lang);
        assert_eq!(s.code, 2, "{lang}: {}", s.err);
        assert_eq!(
            s.lines.len(),
            1,
            "{lang}: one problem, not its echoes: {}",
            s.err
        );
        let (l, c, message) = &s.lines[0];
        assert_eq!((*l, *c), (line, column), "{lang}: {}", s.err);
        for piece in pieces {
            assert!(
                message.contains(piece),
                "{lang}: {piece:?} not in {message:?}"
            );
        }
        for words in PARSER_WORDS {
            assert!(!s.err.contains(words), "{lang}: parser words in {}", s.err);
        }
        // The file's own words, quoted in the fix, may be in either script.
        let own = pieces.iter().fold(message.clone(), |m, p| m.replace(p, ""));
        assert_eq!(cyrillic(&own), lang == "ru", "{lang}: {message}");
        said.push(message.clone());
    }
    let expected = vec![(line as u64, column as u64, code.to_owned())];
    assert_eq!(codes(&path), expected, "check --format json");
    [said[0].clone(), said[1].clone()]
}

#[test]
fn a_straight_quote_inside_a_string_is_pointed_at_with_the_three_ways_to_write_it() {
    // The inner quote that ends the string early stands in column 18.
    let text = with_line(15, "title = \"He said \"no\" to them\"");
    one_problem(
        &text,
        (15, 18),
        "straight-quote-in-string",
        (
            &["“no”", "\\\"no\\\"", "'''"],
            &["“no”", "\\\"no\\\"", "'''"],
        ),
    );
    // A quotation in Russian gets the Russian typographic quotes, in either language.
    let text = with_line(16, "summary = \"Он сказал \"нет\" суду\"");
    one_problem(
        &text,
        (16, 22),
        "straight-quote-in-string",
        (&["«нет»", "\\\"нет\\\""], &["«нет»", "\\\"нет\\\""]),
    );
}

#[test]
fn a_pasted_line_break_suggests_triple_quotes_or_joining_and_hides_its_echoes() {
    // The summary's text runs on over two more lines; the break is at the end of line 16.
    let text = with_line(16, "summary = \"A summary that\n\ngoes on here.\"");
    one_problem(
        &text,
        (16, 26),
        "line-break-in-string",
        (&["`summary`", "\"\"\""], &["`summary`", "\"\"\""]),
    );
    // A title is one line: joining it is the fix, not triple quotes.
    let text = with_line(15, "title = \"A title\nthat goes on\"");
    let [en, ru] = one_problem(
        &text,
        (15, 17),
        "line-break-in-string",
        (&["`title`"], &["`title`"]),
    );
    assert!(
        !en.contains("\"\"\"") && !ru.contains("\"\"\""),
        "{en}\n{ru}"
    );
}

#[test]
fn a_string_left_open_asks_for_its_closing_quote() {
    // The next line is a key of its own: the quote was forgotten, no line was pasted.
    let text = with_line(15, "title = \"A title");
    one_problem(&text, (15, 17), "unclosed-string", (&["`\"`"], &["`\"`"]));
}

#[test]
fn a_duplicate_key_is_named_with_the_line_it_first_stands_on() {
    let text = inserted(16, "title = \"Again\"");
    one_problem(
        &text,
        (17, 1),
        "duplicate-key",
        (&["`title`", "15"], &["`title`", "15"]),
    );
    // A table opened twice is named as its header, with the line it first opens on.
    let text = inserted(5, "[timeline]");
    let said = one_problem(
        &text,
        (6, 2),
        "duplicate-key",
        (&["[timeline]", " 1"], &["[timeline]", " 1"]),
    );
    assert!(said.iter().all(|m| !m.contains("`timeline`")), "{said:?}");
}

#[test]
fn a_string_where_an_array_is_due_shows_the_array() {
    let text = inserted(16, "tags = \"protest\"");
    one_problem(
        &text,
        (17, 8),
        "string-for-array",
        (
            &["`tags`", "tags = [\"protest\"]"],
            &["`tags`", "tags = [\"protest\"]"],
        ),
    );
    // Several names in one string are shown as several strings.
    let text = inserted(16, "tags = \"protest, court\"");
    one_problem(
        &text,
        (17, 8),
        "string-for-array",
        (
            &["tags = [\"protest\", \"court\"]"],
            &["tags = [\"protest\", \"court\"]"],
        ),
    );
}

#[test]
fn an_unclosed_table_header_shows_it_closed() {
    let text = with_line(11, "[[event]");
    one_problem(
        &text,
        (11, 9),
        "unclosed-header",
        (&["[[event]]"], &["[[event]]"]),
    );
    let text = with_line(11, "[[event");
    one_problem(
        &text,
        (11, 8),
        "unclosed-header",
        (&["[[event]]"], &["[[event]]"]),
    );
    let text = inserted(
        16,
        "\n[event.ru\ntitle = \"Заголовок\"\nsummary = \"Кратко\"",
    );
    one_problem(
        &text,
        (18, 10),
        "unclosed-header",
        (&["[event.ru]"], &["[event.ru]"]),
    );
}

#[test]
fn an_event_outside_the_span_names_the_line_to_widen() {
    // After the span: `to`, on line 5. Before it: `from`, on line 4.
    for (date, key, line) in [("2025-02-28", "to", "5"), ("1979", "from", "4")] {
        let text = with_line(13, &format!("date = \"{date}\""));
        one_problem(
            &text,
            (13, 8),
            "outside-span",
            (
                &[&format!("`{key}`"), line, "[timeline]"],
                &[&format!("`{key}`"), line, "[timeline]"],
            ),
        );
    }
}

#[test]
fn copy_says_what_it_wrote_and_what_to_run_next() {
    let events = timeline::load::parse("t", timeline::load::EMBEDDED)
        .expect("the built-in chronology loads")
        .events
        .len()
        .to_string();
    let dir = tempfile::tempdir().expect("temp dir");
    for lang in ["en", "ru"] {
        let path = dir.path().join(format!("{lang}.toml"));
        let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
            .args(["--lang", lang, "copy"])
            .arg(&path)
            .output()
            .expect("run timeline");
        assert!(out.status.success());
        assert!(out.stdout.is_empty(), "notes go to standard error");
        let err = String::from_utf8_lossy(&out.stderr);
        let shown = path.display().to_string();
        assert!(err.starts_with("timeline: "), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(&shown), "{err}");
        assert!(err.contains(&events), "{err}");
        assert!(err.contains(&format!("timeline --watch {shown}")), "{err}");
        assert_eq!(cyrillic(&err), lang == "ru", "{err}");
    }
}

#[test]
fn an_unclosed_header_is_one_problem_not_the_echoes_that_follow_it() {
    // Two translated events; the second one's header left open makes the parser read the
    // rest into the first event, which then seems to hold its tables twice.
    let ru = "\n[event.ru]\ntitle = \"Заголовок\"\nsummary = \"Кратко\"";
    let first = inserted(16, ru);
    let second = BASE
        .split_once("[[event]]")
        .map(|(_, event)| format!("[[event]{}", event.replace("\"e1\"", "\"e2\"")))
        .expect("an event");
    let second = second.replacen(
        "summary = \"A summary\"",
        &format!("summary = \"A summary\"{ru}"),
        1,
    );
    let line = first.lines().count() + 2;
    one_problem(
        &format!("{first}\n{second}"),
        (line, 9),
        "unclosed-header",
        (&["[[event]]"], &["[[event]]"]),
    );
}
