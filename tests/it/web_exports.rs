//! The web exports checked in Rust against the data: `TimelineJS`'s dates, groups and eras,
//! the page's markup (only its own elements and attributes, whatever the file holds), and
//! Markwhen's entry lines. The real clients read them in `tests/web/` (see `.ci/run`).

use std::collections::BTreeSet;

use serde_json::Value;
use timeline::export;
use timeline::model::{EventDate, PartialDate, Timeline};

fn load(path: &str) -> Timeline {
    let text = std::fs::read_to_string(path).expect("fixture");
    timeline::load::parse(path, &text).expect("the fixture is valid")
}

fn shipped() -> Timeline {
    timeline::load::parse(timeline::load::EMBEDDED_NAME, timeline::load::EMBEDDED)
        .expect("the shipped file is valid")
}

fn all(t: &Timeline) -> Vec<timeline::model::EventIx> {
    t.indices().collect()
}

/// The unusual fixtures: terminal escapes, Markdown and HTML, Markwhen syntax, spans.
const FIXTURES: [&str; 4] = [
    "tests/fixtures/hostile.toml",
    "tests/fixtures/markup.toml",
    "tests/fixtures/spans.toml",
    "tests/web/markwhen-hostile.toml",
];

/// A `TimelineJS` date as the data gives it: year, then month and day when known.
fn tl_date(d: PartialDate) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("year".into(), d.year_num().into());
    if let Some(month) = d.month() {
        m.insert("month".into(), month.into());
    }
    if let Some(day) = d.day() {
        m.insert("day".into(), day.into());
    }
    Value::Object(m)
}

/// The end a date range shows: the event's `end`, else a window's latest date, unless it
/// is the date itself.
fn shown_end(e: &timeline::model::Event) -> Option<PartialDate> {
    let end = e
        .end
        .or_else(|| e.date.latest().filter(|_| e.date.is_window()));
    end.filter(|end| EventDate::On(*end) != e.date)
}

#[test]
fn timelinejs_has_one_slide_per_event_at_the_precision_of_the_data() {
    let t = shipped();
    let doc: Value =
        serde_json::from_str(&export::to_timelinejs(&t, &all(&t), "en").expect("serialises"))
            .expect("valid JSON");
    let slides = doc["events"].as_array().expect("events");
    assert_eq!(slides.len(), t.events.len());
    for (s, e) in slides.iter().zip(&t.events) {
        assert_eq!(s["unique_id"], e.id.as_str());
        assert_eq!(s["start_date"], tl_date(e.date.earliest()), "{}", e.id);
        match shown_end(e) {
            Some(end) => assert_eq!(s["end_date"], tl_date(end), "{}", e.id),
            None => assert!(s.get("end_date").is_none(), "{}", e.id),
        }
        // The group is the kind's family, in the export's language.
        let group = s["group"].as_str().expect("group");
        assert_eq!(
            group,
            timeline::words::PageWords::family(&timeline::words::English, e.kind.family()),
            "{}",
            e.kind
        );
    }
    let arrest = &slides[t.index_of("arrest-2023").expect("the 2023 arrest").get()];
    assert_eq!(
        arrest["text"]["headline"],
        t.event("arrest-2023").unwrap().title.as_str()
    );
    let eras = doc["eras"].as_array().expect("eras");
    assert_eq!(eras.len(), t.eras.len());
    for (x, era) in eras.iter().zip(&t.eras) {
        assert_eq!(x["text"]["headline"], era.name.as_str());
        assert_eq!(x["start_date"], tl_date(era.from));
        assert_eq!(x["end_date"], tl_date(era.to));
    }
    assert_eq!(doc["title"]["text"]["headline"], t.meta.title.as_str());
}

/// Every tag in a piece of HTML: its name and the names of its attributes. The scan is
/// simple on purpose: the export writes no `>` inside attribute values.
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for chunk in html.split('<').skip(1) {
        let inner = chunk.split_once('>').expect("every tag closes").0;
        if inner.starts_with('/') || inner.starts_with('!') {
            continue;
        }
        let mut words = inner.split_whitespace();
        let name = words.next().unwrap_or_default().to_owned();
        let attrs = words
            .map(|w| w.split('=').next().unwrap_or_default().to_owned())
            .filter(|a| !a.is_empty() && !a.starts_with('"') && !a.starts_with('\''))
            .collect();
        out.push((name, attrs));
    }
    out
}

const PAGE_TAGS: [&str; 36] = [
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "p",
    "nav",
    "h2",
    "ul",
    "li",
    "a",
    "div",
    "label",
    "input",
    "fieldset",
    "legend",
    "span",
    "main",
    "section",
    "article",
    "time",
    "h3",
    "strong",
    "dl",
    "dt",
    "dd",
    "figure",
    "blockquote",
    "figcaption",
    "cite",
    "footer",
    "script",
    "br",
];

#[test]
fn no_file_text_becomes_an_element_or_an_attribute_of_the_page() {
    for path in FIXTURES {
        let t = load(path);
        let html = export::to_html(&t, &all(&t), "en");
        // The page's CSS is inside <style>, its script inside <script>: neither holds `<`.
        for (name, attrs) in tags(&html) {
            assert!(PAGE_TAGS.contains(&name.as_str()), "{path}: <{name}>");
            for a in attrs {
                assert!(
                    !a.starts_with("on") && a != "src" && a != "style",
                    "{path}: {a} on <{name}>"
                );
            }
        }
        assert_eq!(html.matches("<script").count(), 1, "{path}");
        for e in &t.events {
            let shown = timeline::text::sanitize_multiline(&e.title)
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
                .replace('\n', "<br>");
            assert!(
                html.contains(&format!("<h3>{shown}<a class=\"self\"")),
                "{path}: {}",
                e.id
            );
        }
    }
}

#[test]
fn the_page_forbids_every_request_and_every_other_script() {
    let t = shipped();
    let html = export::to_html(&t, &all(&t), "en");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("default-src 'none'; style-src 'sha256-"));
    for bad in ["src=", "<link", "@import", "url(", "<iframe", "<img"] {
        assert!(!html.contains(bad), "{bad}");
    }
    let hrefs: BTreeSet<&str> = html
        .split("href=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap_or_default())
        .filter(|h| !h.starts_with('#'))
        .collect();
    assert!(!hrefs.is_empty());
    for h in hrefs {
        assert!(h.starts_with("https://") || h.starts_with("http://"), "{h}");
    }
    assert_eq!(
        html.matches("<article ").count(),
        t.events.len(),
        "one article per event"
    );
    assert_eq!(
        html.matches("class=\"single\"").count(),
        t.events.iter().filter(|e| e.single_source).count()
    );
}

#[test]
fn markwhen_writes_one_entry_line_per_event_with_its_dates() {
    for path in FIXTURES.iter().copied().chain(["tests/fixtures/mini.toml"]) {
        let t = load(path);
        let text = export::to_markwhen(&t, &all(&t), "en");
        let body = text
            .splitn(3, "---\n")
            .nth(2)
            .expect("a header, then the entries");
        let entries: Vec<&str> = body
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        assert_eq!(entries.len(), t.events.len(), "{path}");
        for (line, e) in entries.iter().zip(&t.events) {
            let range = match shown_end(e) {
                Some(end) => format!("{}/{end}", e.date.earliest()),
                None => e.date.earliest().to_string(),
            };
            let kind_tag = format!(" #{}", e.kind.as_str());
            assert!(
                line.starts_with(&format!("{range}: {}", export::MARKWHEN_JOINER)),
                "{path}: {line}"
            );
            assert!(line.contains(&kind_tag), "{path}: {line}");
        }
        // No other line starts with what Markwhen reads as structure.
        for l in body
            .lines()
            .filter(|l| !entries.contains(l) && !l.starts_with("// Generated by"))
        {
            assert!(!l.starts_with(['#', '/', '-', ' ', '\t']), "{path}: {l:?}");
        }
    }
}
