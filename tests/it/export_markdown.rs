//! The Markdown export read back by a real CommonMark/GFM parser: every piece of file text
//! comes out as text, never as HTML, a list, a rule, code or strike-through.

use crate::common;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use timeline::export;
use timeline::model::{Grouping, Timeline};
use timeline::words::Lang;

fn load(path: &str) -> Timeline {
    let text = std::fs::read_to_string(path).expect("fixture");
    timeline::load::parse(path, &text).expect("the fixture is valid")
}

/// The documented Markdown treatment of file text (docs/FORMAT.md, "Exports"): a line break
/// becomes a space, every other control character its visible stand-in.
fn shown(text: &str) -> String {
    timeline::text::sanitize_multiline(text).replace('\n', " ")
}

/// Whether an address may become a link: http(s), no whitespace, `<`, `>` or controls.
fn linkable(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || c.is_control())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Heading(HeadingLevel),
    Paragraph { quoted: bool },
    Item,
}

#[derive(Debug)]
struct Block {
    kind: Kind,
    text: String,
}

/// What the parser made of a document: its text blocks, links and a count of every structure.
#[derive(Debug, Default)]
struct Read {
    blocks: Vec<Block>,
    links: Vec<(String, String)>,
    lists: usize,
    items: usize,
    quotes: usize,
    forbidden: Vec<String>,
}

fn read(md: &str) -> Read {
    let opts = Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut r = Read::default();
    let mut open: Vec<usize> = Vec::new();
    let mut depth_quote = 0;
    let mut link: Option<(String, String)> = None;
    for ev in Parser::new_ext(md, opts) {
        let add = |r: &mut Read, s: &str| {
            if let Some(&b) = open.last() {
                r.blocks[b].text.push_str(s);
            }
        };
        match ev {
            Event::Start(tag) => {
                let kind = match &tag {
                    Tag::Heading { level, .. } => Some(Kind::Heading(*level)),
                    Tag::Paragraph => Some(Kind::Paragraph {
                        quoted: depth_quote > 0,
                    }),
                    Tag::Item => Some(Kind::Item),
                    _ => None,
                };
                if let Some(kind) = kind {
                    open.push(r.blocks.len());
                    r.blocks.push(Block {
                        kind,
                        text: String::new(),
                    });
                }
                match tag {
                    Tag::BlockQuote(_) => {
                        depth_quote += 1;
                        r.quotes += 1;
                    }
                    Tag::List(_) => r.lists += 1,
                    Tag::Item => r.items += 1,
                    Tag::Link { dest_url, .. } => {
                        link = Some((dest_url.to_string(), String::new()));
                    }
                    Tag::Paragraph | Tag::Heading { .. } | Tag::Emphasis | Tag::Strong => {}
                    other => r.forbidden.push(format!("{other:?}")),
                }
            }
            Event::End(end) => match end {
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item => {
                    open.pop();
                }
                TagEnd::BlockQuote(_) => depth_quote -= 1,
                TagEnd::Link => r.links.extend(link.take()),
                _ => {}
            },
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = &mut link {
                    text.push_str(&t);
                }
                add(&mut r, &t);
            }
            Event::SoftBreak | Event::HardBreak => add(&mut r, "\n"),
            other => r.forbidden.push(format!("{other:?}")),
        }
    }
    r
}

/// The blocks an entry's heading is followed by, from the data: facts, summary, legal
/// items, dispute, the names of its case and tags, single-source note, then the quotations numbered by first citation.
fn expected_blocks<'t>(
    t: &'t Timeline,
    e: &'t timeline::model::Event,
    cited: &mut Vec<&'t str>,
) -> Vec<(Kind, String)> {
    let mut expected = vec![(Kind::Paragraph { quoted: false }, {
        let mut facts = e.kind.as_str().to_owned();
        for (_, value) in e.facts.given() {
            facts = format!("{facts} · {}", shown(value));
        }
        facts
    })];
    expected.push((Kind::Paragraph { quoted: false }, shown(&e.summary)));
    for (label, value) in e
        .legal
        .as_deref()
        .map(timeline::model::Localized::original)
        .into_iter()
        .flat_map(timeline::model::Fields::given)
    {
        expected.push((
            Kind::Item,
            format!(
                "{}: {}",
                timeline::words::Lang::En.words().legal(label),
                shown(value)
            ),
        ));
    }
    if let Some(d) = e.disputed.as_ref() {
        expected.push((
            Kind::Paragraph { quoted: false },
            format!("Disputed: {}", shown(d)),
        ));
    }
    let names = &t.names;
    let mut groups = Vec::new();
    if let Some(case) = &e.case {
        let name = names.name(Grouping::Case, case, Lang::En).unwrap_or(case);
        groups.push(format!("Case: {}", shown(name)));
    }
    if !e.tags.is_empty() {
        let tags: Vec<String> = e
            .tags
            .iter()
            .map(|tag| shown(names.name(Grouping::Tag, tag, Lang::En).unwrap_or(tag)))
            .collect();
        groups.push(format!("Tags: {}", tags.join(", ")));
    }
    if !groups.is_empty() {
        expected.push((Kind::Paragraph { quoted: false }, groups.join(" · ")));
    }
    if e.single_source {
        let source = t.source(&e.excerpts[0].source).expect("source");
        expected.push((
            Kind::Paragraph { quoted: false },
            format!(
                "Single source: only “{}” supports this event.",
                shown(&source.title)
            ),
        ));
    }
    for x in &e.excerpts {
        if !cited.contains(&x.source.as_str()) {
            cited.push(&x.source);
        }
        let n = 1 + cited.iter().position(|s| *s == x.source).expect("cited");
        expected.push((
            Kind::Paragraph { quoted: true },
            format!("{} [{n}]", shown(&x.text)),
        ));
    }
    expected
}

/// Reads the export of `t` back and checks it against the data, entry by entry.
fn check(t: &Timeline) {
    let all: Vec<_> = t.indices().collect();
    let md = export::to_markdown(t, &all, timeline::words::Lang::En);
    let r = read(&md);
    assert!(
        r.forbidden.is_empty(),
        "HTML, code, rules, tables or strike-through from file text: {:?}\n{md}",
        r.forbidden
    );
    let blocks = &r.blocks;
    assert_eq!(blocks[0].kind, Kind::Heading(HeadingLevel::H1));
    assert_eq!(blocks[0].text, shown(&t.meta.title));
    let intro = format!("A sourced chronology of {}, ", shown(&t.meta.subject));
    assert!(blocks[1].text.starts_with(&intro), "{:?}", blocks[1]);
    let h3: Vec<usize> = (0..blocks.len())
        .filter(|&b| blocks[b].kind == Kind::Heading(HeadingLevel::H3))
        .collect();
    assert_eq!(h3.len(), t.events.len(), "one heading per entry");
    let mut cited: Vec<&str> = Vec::new();
    for (e, &at) in t.events.iter().zip(&h3) {
        let title = format!(" — {}", shown(&e.title));
        assert!(blocks[at].text.ends_with(&title), "{:?}", blocks[at]);
        let expected = expected_blocks(t, e, &mut cited);
        let got: Vec<(Kind, String)> = blocks[at + 1..=at + expected.len()]
            .iter()
            .map(|b| (b.kind, b.text.clone()))
            .collect();
        assert_eq!(got, expected, "entry {}", e.id);
        let next = blocks.get(at + expected.len() + 1).map(|b| b.kind);
        assert!(
            matches!(next, None | Some(Kind::Heading(_))),
            "nothing else in entry {}: {next:?}",
            e.id
        );
    }
    let refs: Vec<&Block> = blocks
        .iter()
        .skip_while(|b| b.kind != Kind::Heading(HeadingLevel::H2) || b.text != "References")
        .skip(1)
        .collect();
    assert_eq!(refs.len(), cited.len(), "one reference per cited source");
    let mut links = Vec::new();
    for (b, id) in refs.iter().zip(&cited) {
        let s = t.source(id).expect("source");
        let mut parts: Vec<String> = s.author.iter().map(|a| shown(a)).collect();
        parts.push(format!("“{}”", shown(&s.title)));
        parts.extend(s.publisher.iter().map(|p| shown(p)));
        parts.extend(
            s.date
                .map(|d| timeline::present::date(timeline::words::Lang::En.words(), d)),
        );
        let mut text = parts.join(", ");
        if let Some(url) = &s.url {
            text = format!("{text}. {}", shown(url));
            if linkable(url) {
                links.push((url.to_string(), url.to_string()));
            }
        }
        assert_eq!((b.kind, &b.text), (Kind::Item, &text), "reference {id}");
    }
    assert_eq!(r.links, links, "links only for checked http(s) addresses");
    let legal = t.events.iter().filter(|e| e.legal.is_some()).count();
    assert_eq!(r.lists, legal + usize::from(!cited.is_empty()), "lists");
    let fields: usize = t
        .events
        .iter()
        .map(|e| e.legal.as_ref().map_or(0, |l| l.given().count()))
        .sum();
    assert_eq!(r.items, fields + cited.len(), "list items");
    let excerpts: usize = t.events.iter().map(|e| e.excerpts.len()).sum();
    assert_eq!(r.quotes, excerpts, "block quotes");
}

#[test]
fn markup_in_file_text_stays_text() {
    check(&load("tests/fixtures/markup.toml"));
}

#[test]
fn hostile_text_stays_text_with_controls_made_visible() {
    let t = load("tests/fixtures/hostile.toml");
    check(&t);
    let md = export::to_markdown(
        &t,
        &t.indices().collect::<Vec<_>>(),
        timeline::words::Lang::En,
    );
    assert!(
        !md.chars()
            .any(|c| c != '\n' && timeline::text::is_hazard(c)),
        "no raw control or bidi character"
    );
}

#[test]
fn the_shipped_chronology_reads_back_as_its_data() {
    check(&common::shipped());
}

#[test]
fn an_address_with_a_tab_is_not_an_autolink() {
    let t = load("tests/fixtures/markup.toml");
    let md = export::to_markdown(
        &t,
        &t.indices().collect::<Vec<_>>(),
        timeline::words::Lang::En,
    );
    let url = t
        .source("tabbed")
        .and_then(|s| s.url.as_deref())
        .expect("url");
    let host = url.split('\t').next().expect("host");
    assert!(!md.contains(&format!("<{host}")), "{md}");
    let tab = timeline::text::sanitize("\t");
    assert!(md.contains(&format!("{host}{tab}\\<img")), "{md}");
}
