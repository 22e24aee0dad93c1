//! A web page ready to publish (issue #23 item 5): a selection is titled and introduced by
//! its own span and filters, the page carries a description and Open Graph tags (escaped,
//! whatever the file or the options hold), a link on each event to itself, a footer that
//! says when and from what it was made, a compact print; `TimelineJS` shows only the eras
//! of the selection and a few groups; and the page options are refused where they have no
//! place.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Output};

use serde_json::Value;
use timeline::export;
use timeline::model::{EventIx, PartialDate, Timeline};
use timeline::select::Query;

fn shipped() -> Timeline {
    timeline::load::parse(timeline::load::EMBEDDED_NAME, timeline::load::EMBEDDED)
        .expect("the shipped file is valid")
}

/// The events of 2023 and 2024, as `--from 2023 --to 2024` chooses them.
fn of_2023_24(t: &Timeline) -> Vec<EventIx> {
    let q = Query {
        from: PartialDate::parse("2023").ok(),
        to: PartialDate::parse("2024").ok(),
        ..Query::default()
    };
    q.select(t)
}

/// Runs the binary with `args`, `SOURCE_DATE_EPOCH` set to `epoch`.
fn run(args: &[&str], epoch: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", epoch)
        .output()
        .expect("run")
}

/// The text of a page's `<title>`.
fn title_of(html: &str) -> &str {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    &html[start..start + html[start..].find("</title>").expect("its end")]
}

/// The raw (escaped) content of `<meta ATTR="NAME" content="…">`, if there is one.
fn meta<'a>(html: &'a str, attr: &str, name: &str) -> Option<&'a str> {
    let open = format!("<meta {attr}=\"{name}\" content=\"");
    let start = html.find(&open)? + open.len();
    Some(&html[start..start + html[start..].find('"')?])
}

/// Reads back the five character references the page writes.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn a_2023_24_selection_is_titled_and_introduced_by_its_own_span() {
    let t = shipped();
    let chosen = of_2023_24(&t);
    assert!(chosen.len() > 1 && chosen.len() < t.events.len());
    // Every event chosen lies in 2023 and 2024 (so the span of years is 2023–2024).
    for &i in &chosen {
        let e = &t.events[i];
        assert!((2023..=2024).contains(&e.date.year_num()), "{}", e.id);
    }
    let written = t.meta.title.as_str();
    let stem = written
        .strip_suffix("1980–2024")
        .expect("the title ends in its span");
    let want = format!("{stem}2023–2024");
    let html = export::to_html(&t, &chosen, "en");
    assert_eq!(title_of(&html), want);
    assert!(html.contains(&format!("<h1>{want}</h1>")));
    assert_eq!(meta(&html, "property", "og:title"), Some(want.as_str()));
    let intro = meta(&html, "name", "description").expect("a description");
    assert!(
        intro.contains(&format!(
            "{} of its {} events",
            chosen.len(),
            t.events.len()
        )),
        "{intro}"
    );
    assert_eq!(meta(&html, "property", "og:description"), Some(intro));
    assert_eq!(meta(&html, "property", "og:locale"), Some("en_GB"));
    assert_eq!(
        meta(&html, "property", "og:url"),
        None,
        "no address unless given"
    );

    let ru = export::to_html(&t, &chosen, "ru");
    let written = t.meta.title_in(timeline::model::Lang::Ru);
    let stem = written
        .strip_suffix("1980–2024")
        .expect("the Russian title ends in its span");
    assert_eq!(title_of(&ru), format!("{stem}2023–2024"));
    let intro = meta(&ru, "name", "description").expect("a description");
    assert!(intro.starts_with("Выборка"), "{intro}");
    assert!(
        intro.contains(&format!(" из {}", t.events.len()))
            && intro.contains(&format!("): {} ", chosen.len())),
        "{intro}"
    );
    assert_eq!(meta(&ru, "property", "og:locale"), Some("ru_RU"));

    // The whole chronology keeps its title and says it is no selection.
    let all: Vec<EventIx> = t.indices().collect();
    let whole = export::to_html(&t, &all, "en");
    assert_eq!(title_of(&whole), t.meta.title.as_str());
    assert!(
        !meta(&whole, "name", "description")
            .unwrap_or_default()
            .contains("selection")
    );
}

#[test]
fn a_selection_from_the_command_line_names_its_filters() {
    let out = run(
        &[
            "export", "--format", "html", "--from", "2023", "--to", "2024", "--kind", "ruling",
        ],
        "0",
    );
    assert_eq!(out.status.code(), Some(0));
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    let intro = meta(&html, "name", "description").expect("a description");
    assert!(
        intro.ends_with("Filters: dates 2023 – 2024; kind ruling."),
        "{intro}"
    );
    let out = run(
        &[
            "--lang",
            "ru",
            "export",
            "--format",
            "timelinejs",
            "--from",
            "2023-07",
            "--disputed",
        ],
        "0",
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let intro = doc["title"]["text"]["text"]
        .as_str()
        .expect("the title slide's text");
    assert!(
        intro.contains("Условия отбора: даты — июль 2023 – …; только события с разночтениями"),
        "{intro}"
    );
}

#[test]
fn the_open_graph_tags_hold_hostile_text_as_text() {
    let title = "T \"><script>alert(1)</script> \u{1b}]0;x\u{7} 'q' & done";
    let intro = "Line one\nline <b>two</b> \u{202e}rtl";
    let url = "https://example.org/case?a=1&b=\"2\"";
    let out = run(
        &[
            "export",
            "tests/fixtures/hostile.toml",
            "--format",
            "html",
            "--title",
            title,
            "--intro",
            intro,
            "--url",
            url,
        ],
        "0",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    // In an attribute a line break is a space, and controls become their stand-ins.
    let shown = |s: &str| timeline::text::sanitize(&s.replace('\n', " ")).into_owned();
    for (name, want) in [
        ("og:title", shown(title)),
        ("og:description", shown(intro)),
        ("og:url", url.to_owned()),
    ] {
        let raw = meta(&html, "property", name).unwrap_or_else(|| panic!("{name}"));
        assert!(!raw.contains(['<', '>', '"', '\'']), "{name}: {raw}");
        assert_eq!(unescape(raw), want, "{name}");
    }
    assert_eq!(
        html.matches("<script").count(),
        1,
        "the page's own script only"
    );

    // The hostile file's own title, by default.
    let out = run(
        &["export", "tests/fixtures/hostile.toml", "--format", "html"],
        "0",
    );
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    let raw = meta(&html, "property", "og:title").expect("og:title");
    assert!(!raw.contains(['\u{1b}', '\u{7}', '<', '"']), "{raw}");
    let t = timeline::load::parse(
        "tests/fixtures/hostile.toml",
        &std::fs::read_to_string("tests/fixtures/hostile.toml").expect("fixture"),
    )
    .expect("valid");
    assert_eq!(unescape(raw), shown(&t.meta.title));
}

#[test]
fn each_event_has_one_named_link_to_itself() {
    let t = shipped();
    let chosen = of_2023_24(&t);
    let html = export::to_html(&t, &chosen, "en");
    assert_eq!(html.matches("class=\"self\"").count(), chosen.len());
    for &i in &chosen {
        let id = &t.events[i].id;
        let link = format!("<a class=\"self\" href=\"#{id}\" aria-label=\"Link to this event\">");
        assert_eq!(html.matches(&link).count(), 1, "{id}");
        assert_eq!(
            html.matches(&format!("id=\"{id}\"")).count(),
            1,
            "{id}: its target"
        );
    }
    let ru = export::to_html(&t, &chosen, "ru");
    assert_eq!(
        ru.matches("aria-label=\"Ссылка на это событие\"").count(),
        chosen.len()
    );
}

#[test]
fn the_footer_says_when_and_from_what_the_page_was_made() {
    // 86,400 × 365 seconds: 1 January 1971.
    let out = run(&["export", "--format", "html"], "31536000");
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        html.contains("Made on 1 Jan 1971 with timeline from the built-in chronology; every entry quotes its sources."),
        "{}",
        &html[html.find("<footer").unwrap_or(0)..]
    );
    let out = run(
        &[
            "--lang",
            "ru",
            "export",
            "tests/fixtures/mini.toml",
            "--format",
            "html",
        ],
        "31536000",
    );
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    let footer = &html[html.find("<footer").expect("a footer")..];
    assert!(
        footer.contains("Страница создана 1 января 1971 программой timeline по файлу mini.toml;"),
        "{footer}"
    );
    assert!(
        !footer.contains("fixtures"),
        "the file's name, not its folders: {footer}"
    );
    let out = run(&["export", "--format", "html"], "yesterday");
    assert_eq!(
        out.status.code(),
        Some(2),
        "a SOURCE_DATE_EPOCH that is no time"
    );
}

#[test]
fn print_keeps_the_first_quotation_of_each_event_and_counts_the_rest() {
    let t = shipped();
    let chosen = of_2023_24(&t);
    let html = export::to_html(&t, &chosen, "en");
    let print = &html[html.find("@media print").expect("a print style sheet")..];
    assert!(print.contains(".excerpt ~ .excerpt { display: none; }"));
    let mut notes = 0;
    for &i in &chosen {
        let e = &t.events[i];
        let n = t.excerpts_in(e, timeline::model::Lang::En).len();
        let article = &html[html.find(&format!("id=\"{}\"", e.id)).expect("its article")..];
        let article = &article[..article.find("</article>").expect("its end")];
        if n > 1 {
            notes += 1;
            let more = if n == 2 {
                "1 more quotation"
            } else {
                &format!("{} more quotations", n - 1)
            };
            assert!(
                article.contains(&format!("<p class=\"more\">{more} on the web page</p>")),
                "{}",
                e.id
            );
        } else {
            assert!(!article.contains("class=\"more\""), "{}", e.id);
        }
    }
    assert!(notes > 0);
}

#[test]
fn timelinejs_shows_the_selection_s_eras_and_a_few_groups() {
    let t = shipped();
    let chosen = of_2023_24(&t);
    let doc: Value = serde_json::from_str(&export::to_timelinejs(&t, &chosen, "en").expect("JSON"))
        .expect("valid JSON");
    let headline = doc["title"]["text"]["headline"]
        .as_str()
        .expect("a title slide");
    assert!(headline.ends_with("2023–2024"), "{headline}");
    // Eras that overlap 2023–2024, and no other; each drawn within the selection's years.
    let (first, last) = (
        PartialDate::year(2023).start(),
        PartialDate::year(2024).last_day(),
    );
    let want: BTreeSet<&str> = t
        .eras
        .iter()
        .filter(|era| era.from.start() <= last && era.to.last_day() >= first)
        .map(|era| era.name.as_str())
        .collect();
    assert!(!want.is_empty() && want.len() < t.eras.len());
    let eras = doc["eras"].as_array().expect("eras");
    let got: BTreeSet<&str> = eras
        .iter()
        .map(|e| e["text"]["headline"].as_str().expect("a name"))
        .collect();
    assert_eq!(got, want);
    for era in eras {
        for end in ["start_date", "end_date"] {
            let year = era[end]["year"].as_i64().expect("a year");
            assert!((2023..=2024).contains(&year), "{era}");
        }
    }
    // A few groups over the whole chronology, one per kind's family: all events of a kind
    // in one group.
    let all: Vec<EventIx> = t.indices().collect();
    let doc: Value =
        serde_json::from_str(&export::to_timelinejs(&t, &all, "en").expect("JSON")).expect("JSON");
    let mut group_of = BTreeMap::new();
    for (s, e) in doc["events"]
        .as_array()
        .expect("slides")
        .iter()
        .zip(&t.events)
    {
        let g = s["group"].as_str().expect("a group");
        assert_eq!(*group_of.entry(e.kind).or_insert(g), g, "{}", e.kind);
    }
    let groups: BTreeSet<&str> = group_of.values().copied().collect();
    assert!(groups.len() <= 4, "{groups:?}");
    assert!(group_of.len() > groups.len(), "fewer groups than kinds");
}

#[test]
fn page_options_are_refused_where_they_have_no_place() {
    let missing = "no/such/file.toml";
    for (args, says_en, says_ru) in [
        (
            &["--format", "csv", "--title", "T"][..],
            "--title is for --format html, timelinejs, markwhen or markdown only",
            "--title действует только вместе с --format html, timelinejs, markwhen или markdown",
        ),
        (
            &["--format", "ics", "--intro", "I"][..],
            "--intro is for --format html, timelinejs, markwhen or markdown only",
            "--intro действует только вместе с --format html, timelinejs, markwhen или markdown",
        ),
        (
            &["--format", "timelinejs", "--url", "https://example.org/"][..],
            "--url is for --format html only",
            "--url действует только вместе с --format html",
        ),
        (
            &["--format", "html", "--url", "javascript:alert(1)"][..],
            "--url must be a web address (http:// or https://, no spaces), not \"javascript:alert(1)\"",
            "--url должен быть веб-адресом (http:// или https://, без пробелов), а не «javascript:alert(1)»",
        ),
    ] {
        for (lang, says) in [("en", says_en), ("ru", says_ru)] {
            // Refused before the file is read: a missing file is not what is said.
            let mut all = vec!["--lang", lang, "export", missing];
            all.extend_from_slice(args);
            let out = run(&all, "0");
            assert_eq!(out.status.code(), Some(2), "{all:?}");
            assert!(out.stdout.is_empty());
            assert_eq!(
                String::from_utf8_lossy(&out.stderr),
                format!("timeline: {says}\n")
            );
        }
    }
    // And accepted where they have one.
    for format in ["html", "timelinejs", "markwhen", "markdown"] {
        let out = run(
            &[
                "export",
                "--format",
                format,
                "--title",
                "A title of mine",
                "--intro",
                "Mine too.",
            ],
            "0",
        );
        assert_eq!(out.status.code(), Some(0), "{format}");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            text.contains("A title of mine") && text.contains("Mine too."),
            "{format}"
        );
        assert!(
            !text.contains(t_title()),
            "{format}: the chronology's title is replaced"
        );
    }
}

/// The shipped chronology's title.
fn t_title() -> &'static str {
    "Boris Kagarlitsky: a sourced chronology"
}
