//! Invalid files that were once accepted: each case here loaded without complaint before
//! its fix. The shipped chronology stands in for a curator's real file.

use timeline::load::{self, LoadError};

const HEAD: &str =
    "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n";

const SOURCE: &str = "\n[[source]]\nid = \"src\"\ntitle = \"A source\"\nfile = \"a.txt\"\n";

/// An event whose lines are given one per entry, followed by one excerpt.
fn event(lines: &[&str]) -> String {
    format!(
        "\n[[event]]\n{}\n[[event.excerpt]]\nsource = \"src\"\ntext = \"words\"\n",
        lines.join("\n")
    )
}

const FULL: &[&str] = &[
    "id = \"e1\"",
    "date = \"2023-07-25\"",
    "kind = \"statement\"",
    "title = \"A title\"",
    "summary = \"A summary\"",
    "case = \"c\"",
];

/// The messages for a text that must be refused.
fn refused(text: &str) -> Vec<String> {
    match load::parse("bad.toml", text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(LoadError::Invalid { diagnostics, .. }) => {
            diagnostics.into_iter().map(|d| d.message()).collect()
        }
        Err(e) => panic!("unexpected error {e}"),
    }
}

fn without(key: &str) -> String {
    let lines: Vec<&str> = FULL
        .iter()
        .copied()
        .filter(|l| !l.starts_with(&format!("{key} ")))
        .collect();
    format!("{HEAD}{SOURCE}{}", event(&lines))
}

#[test]
fn the_full_event_loads() {
    let text = format!("{HEAD}{SOURCE}{}", event(FULL));
    assert!(load::parse("ok.toml", &text).is_ok());
}

#[test]
fn a_missing_id_is_reported_although_kind_looks_like_it() {
    let messages = refused(&without("id"));
    assert!(
        messages.iter().any(|m| m.contains("missing `id`")),
        "{messages:?}"
    );
}

#[test]
fn a_missing_date_is_reported_although_case_looks_like_it() {
    let messages = refused(&without("date"));
    assert!(
        messages.iter().any(|m| m.contains("missing `date`")),
        "{messages:?}"
    );
}

#[test]
fn a_source_without_a_title_is_reported_not_dropped() {
    let text = format!(
        "{HEAD}\n[[source]]\nid = \"src\"\nfile = \"a.txt\"\n{}",
        event(FULL)
    );
    let messages = refused(&text);
    assert!(
        messages
            .iter()
            .any(|m| m.contains("missing `title` in [[source]]")),
        "{messages:?}"
    );
}

#[test]
fn a_hint_names_only_a_key_that_is_absent() {
    // `titel` is close to `title`, which is present: the hint must not name it.
    let mut lines = FULL.to_vec();
    lines.push("titel = \"x\"");
    let messages = refused(&format!("{HEAD}{SOURCE}{}", event(&lines)));
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].contains("unknown key `titel`"), "{messages:?}");
    assert!(!messages[0].contains("did you mean"), "{messages:?}");
    // With `title` gone, the typo stands for it and is the only message.
    let lines: Vec<&str> = lines
        .into_iter()
        .filter(|l| !l.starts_with("title "))
        .collect();
    let messages = refused(&format!("{HEAD}{SOURCE}{}", event(&lines)));
    assert_eq!(
        messages,
        ["unknown key `titel` in [[event]]; did you mean `title`?"]
    );
}

#[test]
fn two_byte_order_marks_are_refused() {
    let text = format!("\u{feff}\u{feff}{HEAD}{SOURCE}{}", event(FULL));
    let messages = refused(&text);
    assert!(messages[0].contains("byte-order mark"), "{messages:?}");
    // One is fine.
    assert!(load::parse("ok.toml", &format!("\u{feff}{HEAD}{SOURCE}{}", event(FULL))).is_ok());
}

#[test]
fn a_carriage_return_breaks_a_one_line_title() {
    let mut lines = FULL.to_vec();
    lines[3] = "title = \"first\\rsecond\"";
    let messages = refused(&format!("{HEAD}{SOURCE}{}", event(&lines)));
    assert_eq!(messages, ["`title` must be one line"]);
}

#[test]
fn prefix_only_integers_get_the_toml_error() {
    for bad in ["0x", "0b", "0o"] {
        let mut lines = FULL.to_vec();
        let line = format!("approximate = {bad}");
        lines.push(&line);
        let messages = refused(&format!("{HEAD}{SOURCE}{}", event(&lines)));
        assert_eq!(
            messages,
            [format!("invalid integer `{bad}`: expected digits")]
        );
    }
}

#[test]
fn crlf_files_load_exactly_as_lf_files() {
    let mut lines = FULL.to_vec();
    lines[4] = "summary = \"\"\"\nline one\nline two\n\"\"\"";
    let lf = format!("{HEAD}{SOURCE}{}", event(&lines));
    let crlf = lf.replace('\n', "\r\n");
    let a = load::parse("lf.toml", &lf).expect("lf");
    let b = load::parse("crlf.toml", &crlf).expect("crlf");
    assert_eq!(*b.events[0].summary, "line one\nline two\n");
    assert_eq!(
        serde_json::to_string(&a).expect("json"),
        serde_json::to_string(&b).expect("json")
    );
}

#[test]
fn did_you_mean_is_deterministic_and_never_the_event_itself() {
    // "e-2" and "e-3" are equally close to "e-x"; the first in the file wins, every time.
    let mut text = format!("{HEAD}{SOURCE}");
    for id in ["e-x", "e-2", "e-3"] {
        let id_line = format!("id = \"{id}\"");
        let related = if id == "e-x" {
            "related = [\"e-y\"]"
        } else {
            ""
        };
        text.push_str(&event(&[
            &id_line,
            "date = \"2000\"",
            "kind = \"other\"",
            "title = \"t\"",
            "summary = \"s\"",
            related,
        ]));
    }
    let first = refused(&text);
    assert_eq!(
        first,
        ["unknown related event \"e-y\"; did you mean \"e-2\"?"]
    );
    for _ in 0..20 {
        assert_eq!(refused(&text), first);
    }
}

/// The keys each table must have.
fn required(table: &str) -> &'static [&'static str] {
    match table {
        "[timeline]" => &["title", "subject", "from", "to"],
        "[[source]]" => &["id", "title"],
        "[[era]]" => &["name", "from", "to"],
        "[[event]]" => &["id", "date", "kind", "title", "summary"],
        "[[event.excerpt]]" => &["source", "text"],
        _ => &[],
    }
}

#[test]
fn deleting_any_required_key_of_a_real_file_is_refused() {
    // The screen fixture: a frozen part of the chronology, every kind of table in it.
    let text = std::fs::read_to_string("tests/fixtures/screens.toml").expect("fixture");
    let lines: Vec<&str> = text.lines().collect();
    let (mut table, mut tried) = ("", 0);
    for (n, line) in lines.iter().enumerate() {
        if line.starts_with('[') {
            table = line.trim();
            continue;
        }
        let key = line.split('=').next().unwrap_or("").trim();
        // Only one-line values: deleting the first line of a multi-line one breaks the syntax.
        if !required(table).contains(&key) || line.contains("\"\"\"") || line.contains("'''") {
            continue;
        }
        let mut cut = lines.clone();
        cut.remove(n);
        tried += 1;
        assert!(
            load::parse("cut.toml", &cut.join("\n")).is_err(),
            "deleting line {} ({line}) was accepted",
            n + 1
        );
    }
    assert!(tried > 300, "only {tried} lines tried");
}

/// An escape the author wrote (`\r`, `\u000D`) is a carriage return in the text, in a file
/// with either line end; only a CRLF that ends a line inside a multi-line string is read
/// as LF, as TOML allows.
#[test]
fn an_escaped_carriage_return_stays_one() {
    let mut lines = FULL.to_vec();
    lines[4] = "summary = \"\"\"\na\\r\\nb\\u000D\nc\n\"\"\"";
    let lf = format!("{HEAD}{SOURCE}{}", event(&lines));
    let crlf = lf.replace('\n', "\r\n");
    for text in [&lf, &crlf] {
        let t = load::parse("f.toml", text).expect("loads");
        assert_eq!(*t.events[0].summary, "a\r\nb\r\nc\n");
    }
    lines[4] = r#"summary = "one\r\ntwo""#;
    let lf = format!("{HEAD}{SOURCE}{}", event(&lines));
    let crlf = lf.replace('\n', "\r\n");
    for text in [&lf, &crlf] {
        let t = load::parse("f.toml", text).expect("loads");
        assert_eq!(*t.events[0].summary, "one\r\ntwo");
    }
}

/// The same in a file large enough to be parsed in parts, where the string stands in a
/// part that does not start the file.
#[test]
fn an_escaped_carriage_return_stays_one_in_a_large_file() {
    let mut text = format!("{HEAD}{SOURCE}");
    let mut n = 0;
    while text.len() < 3 << 20 {
        n += 1;
        text.push_str(&event(&[
            &format!("id = \"e{n}\""),
            "date = \"2000\"",
            "kind = \"other\"",
            "title = \"t\"",
            "summary = \"s\"",
        ]));
    }
    text.push_str(&event(&[
        "id = \"last\"",
        "date = \"2001\"",
        "kind = \"other\"",
        "title = \"t\"",
        "summary = \"\"\"\nx\\r\\ny\nz\"\"\"",
    ]));
    let crlf = text.replace('\n', "\r\n");
    for text in [&text, &crlf] {
        for t in [
            load::parse("big.toml", text).expect("loads"),
            load::parse_whole("big.toml", text).expect("loads"),
        ] {
            let last = t.events.iter().find(|e| e.id == "last").expect("last");
            assert_eq!(*last.summary, "x\r\ny\nz");
        }
    }
}
