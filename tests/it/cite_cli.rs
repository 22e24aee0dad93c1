//! `timeline cite`: prints exactly what the explorer's `y` then `Enter` copies (read from its
//! OSC 52 sequence), in both languages; `--source` keeps one source's line, `text` drops the
//! Markdown, `bibtex` and `csl-json` are the bibliography exports' entries; an unknown id
//! or source exits 2 naming the closest.

use crate::common::pty::Session;

use std::process::{Command, Output};

use base64::Engine as _;
use timeline::cite::escape;
use timeline::export::{to_bibtex, to_csl_json};
use timeline::model::Timeline;
use timeline::words::Lang;

const LANGS: [(&str, Lang); 2] = [("en", Lang::En), ("ru", Lang::Ru)];
const EVENT: &str = "arrest-2023";

fn cite(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(["--lang", lang, "cite"])
        .args(args)
        .output()
        .expect("run timeline cite")
}

fn stdout(out: Output) -> String {
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// What `y` copies on the event, in a language: the payload of the OSC 52 sequence.
fn copied(lang: &str) -> String {
    let mut s = Session::start_with_env(
        &["--lang", lang, "--event", EVENT],
        120,
        40,
        // No display, as on a server: the copy goes through the terminal.
        &[("DISPLAY", ""), ("WAYLAND_DISPLAY", "")],
    );
    s.wait_text(EVENT);
    let before = s.raw.len();
    s.send("y");
    // The menu: the event in Markdown is its first entry.
    s.wait_text("· Markdown");
    s.send("\r");
    let at = s.wait_bytes(before, b"\x1b]52;c;");
    let end = s.wait_bytes(at, b"\x07") - 1;
    let text = base64::engine::general_purpose::STANDARD
        .decode(&s.raw[at..end])
        .expect("base64");
    s.send("q");
    s.finish();
    String::from_utf8(text).expect("UTF-8")
}

fn shipped() -> Timeline {
    crate::common::shipped()
}

#[test]
fn cite_prints_what_y_copies_in_both_languages() {
    for (code, _) in LANGS {
        assert_eq!(stdout(cite(code, &[EVENT])), copied(code), "{code}");
    }
}

#[test]
fn source_keeps_the_heading_that_sources_line_and_the_id() {
    let t = shipped();
    let e = t.event(EVENT).expect("event");
    for (code, lang) in LANGS {
        let all = stdout(cite(code, &[EVENT]));
        let lines: Vec<&str> = all.lines().collect();
        for x in &e.excerpts {
            let s = t.source(&x.source).expect("source");
            let (open, _) = lang.words().quotes();
            let head = format!("- {open}{}", escape(s.title_in(lang)));
            let want: Vec<&str> = lines
                .iter()
                .enumerate()
                .filter(|(i, l)| *i == 0 || *i == lines.len() - 1 || l.starts_with(&head))
                .map(|(_, l)| *l)
                .collect();
            let one = stdout(cite(code, &[EVENT, "--source", &x.source]));
            assert_eq!(one.lines().collect::<Vec<_>>(), want, "{code} {}", x.source);
        }
    }
}

#[test]
fn text_is_the_markdown_without_its_markup() {
    for (code, _) in LANGS {
        let md = stdout(cite(code, &[EVENT]));
        // CommonMark: a backslash before ASCII punctuation makes it literal; the rest of the
        // Markdown is the bold heading, the autolinks and the id's code span.
        assert!(!md.contains("&#"), "{md}");
        let unescaped = |l: &str| {
            let mut out = String::new();
            let mut chars = l.chars().peekable();
            while let Some(c) = chars.next() {
                match chars.peek() {
                    Some(&n) if c == '\\' && n.is_ascii_punctuation() => {}
                    _ => out.push(c),
                }
            }
            out
        };
        let want: String = md
            .lines()
            .enumerate()
            .map(|(i, l)| {
                let l = if i == 0 {
                    l.replacen("**", "", 2)
                } else {
                    l.to_owned()
                };
                let l = l.replace(": <", ": ").replace("(`", "(").replace("`)", ")");
                let l = l.strip_suffix('>').unwrap_or(&l).to_owned();
                unescaped(&l) + "\n"
            })
            .collect();
        assert_eq!(stdout(cite(code, &[EVENT, "--format", "text"])), want);
    }
}

#[test]
fn bibtex_and_csl_json_are_the_exports_entries() {
    let t = shipped();
    let ix = t.index_of(EVENT).expect("event");
    for (code, lang) in LANGS {
        let bib = stdout(cite(code, &[EVENT, "--format", "bibtex"]));
        assert_eq!(bib, to_bibtex(&t, &[ix], lang));
        let csl = stdout(cite(code, &[EVENT, "--format", "csl-json"]));
        assert_eq!(csl, to_csl_json(&t, &[ix], lang).expect("CSL"));
        let all: serde_json::Value = serde_json::from_str(&csl).expect("JSON");
        let src = &t.events[ix].excerpts[0].source;
        let one: serde_json::Value = serde_json::from_str(&stdout(cite(
            code,
            &[EVENT, "--source", src, "--format", "csl-json"],
        )))
        .expect("JSON");
        let want: Vec<_> = all
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["id"] == src.as_str())
            .collect();
        assert_eq!(one.as_array().unwrap().iter().collect::<Vec<_>>(), want);
        let one_bib = stdout(cite(code, &[EVENT, "--source", src, "--format", "bibtex"]));
        assert_eq!(one_bib.matches("\n@").count(), 1, "{one_bib}");
        assert!(one_bib.contains(&format!("{{{src},")), "{one_bib}");
    }
}

#[test]
fn an_unknown_id_or_source_exits_2_naming_the_closest() {
    for (code, _) in LANGS {
        let out = cite(code, &["arest-2023"]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("arrest-2023"), "{err}");
        let out = cite(code, &[EVENT, "--source", "meduza-2023-07-2"]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("meduza-2023-07-26"), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn a_source_like_none_the_event_quotes_is_refused_with_every_one_it_does_quote() {
    let t = crate::common::shipped();
    let e = &t.events[t.index_of(EVENT).expect("the event")];
    for (code, _) in LANGS {
        let out = cite(code, &[EVENT, "--source", "qqq"]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        for x in &e.excerpts {
            assert!(
                err.contains(x.source.as_str()),
                "{code}: {} in {err}",
                x.source
            );
        }
    }
}
