//! The bibliography exports (CSL-JSON, BibTeX, RIS): one entry per source the selection
//! quotes, with the source's fields in the chosen edition, never its note; hostile titles
//! kept whole and inert.

use std::collections::BTreeSet;

use timeline::export::{to_bibtex, to_csl_json, to_ris};
use timeline::load;
use timeline::model::{EventIx, Timeline};
use timeline::words::Lang;

fn quoted(t: &Timeline, chosen: &[EventIx]) -> BTreeSet<String> {
    chosen
        .iter()
        .flat_map(|&i| t.events[i].excerpts.iter().map(|x| x.source.to_string()))
        .collect()
}

#[test]
fn each_format_has_one_entry_per_quoted_source_and_no_note() {
    let t = crate::common::shipped();
    let chosen: Vec<EventIx> = t.indices().collect();
    let want = quoted(&t, &chosen);
    for lang in [Lang::En, Lang::Ru] {
        let csl: serde_json::Value =
            serde_json::from_str(&to_csl_json(&t, &chosen, lang).expect("CSL")).expect("JSON");
        let items = csl.as_array().expect("an array");
        let ids: BTreeSet<String> = items
            .iter()
            .map(|i| i["id"].as_str().expect("id").to_owned())
            .collect();
        assert_eq!((ids.len(), &ids), (items.len(), &want));
        for item in items {
            let s = t.source(item["id"].as_str().unwrap()).expect("a source");
            assert_eq!(item["title"], s.title_in(lang));
            assert_eq!(item["URL"].as_str(), s.url.as_deref());
            assert_eq!(item["container-title"].as_str(), s.publisher_in(lang));
            assert_eq!(item["language"].as_str(), s.lang.as_deref());
            let year = item["issued"]["date-parts"][0][0].as_i64();
            assert_eq!(year, s.date.map(|d| i64::from(d.year_num())));
        }
        let bib = to_bibtex(&t, &chosen, lang);
        let ris = to_ris(&t, &chosen, lang);
        assert_eq!(
            bib.lines().filter(|l| l.starts_with('@')).count(),
            want.len()
        );
        assert_eq!(
            ris.lines().filter(|l| l.starts_with("TY  - ")).count(),
            want.len()
        );
        assert_eq!(ris.lines().filter(|l| *l == "ER  - ").count(), want.len());
        for s in &t.sources {
            if let Some(note) = s.note_in(lang) {
                for (name, text) in [
                    ("csl", csl.to_string()),
                    ("bib", bib.clone()),
                    ("ris", ris.clone()),
                ] {
                    assert!(!text.contains(note), "{name} carries the note of {}", s.id);
                }
            }
        }
    }
}

const HOSTILE: &str = "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n\n\
    [[source]]\nid = \"h\"\ntitle = \"Braces {open and} close} \\\\back\\\\slash \\\"quoted\\\" next line % & # _ ~ ^ $\"\n\
    author = \"Smith and Jones {x}\"\npublisher = \"P}ress\"\nurl = \"https://e.org/a{b}\"\n\n\
    [[event]]\nid = \"e\"\ndate = \"2000\"\nkind = \"other\"\ntitle = \"t\"\nsummary = \"s\"\n\
    [[event.excerpt]]\nsource = \"h\"\ntext = \"w\"\n";

#[test]
fn hostile_titles_stay_one_balanced_value_in_bibtex_and_one_line_in_ris() {
    let t = load::parse("h.toml", HOSTILE).expect("valid");
    let chosen = [EventIx::new(0)];
    let bib = to_bibtex(&t, &chosen, Lang::En);
    let body: Vec<&str> = bib.lines().skip_while(|l| !l.starts_with('@')).collect();
    // Every brace that is not escaped opens or closes a value: the entry stays balanced.
    let mut depth = 0i32;
    for line in &body {
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            assert!(depth >= 0, "{bib}");
        }
    }
    assert_eq!(depth, 0, "{bib}");
    let title = body
        .iter()
        .find(|l| l.trim_start().starts_with("title"))
        .expect("title");
    assert!(title.contains("\\{open and\\} close\\}"), "{title}");
    assert!(title.contains("\\textbackslash{}back"), "{title}");
    assert!(title.contains("next line"), "one line: {title}");
    let ris = to_ris(&t, &chosen, Lang::En);
    let ti: Vec<&str> = ris.lines().filter(|l| l.starts_with("TI  - ")).collect();
    assert_eq!(ti.len(), 1, "{ris}");
    assert!(ti[0].ends_with("next line % & # _ ~ ^ $"), "{ris}");
    assert!(
        ti[0].contains("{open and} close} \\back\\slash \"quoted\""),
        "{ris}"
    );
    assert!(
        ris.lines()
            .all(|l| l.is_empty() || l.as_bytes().get(2..6) == Some(b"  - "))
    );
}

/// A file whose one source says what it is (`type`) though its fields say otherwise: a
/// publisher, which alone would make it a newspaper article.
fn typed(kind: &str) -> String {
    format!(
        "[timeline]\ntitle = \"T\"\nsubject = \"S\"\nfrom = \"1980\"\nto = \"2024-11\"\n\n\
         [[source]]\nid = \"x\"\ntitle = \"X\"\npublisher = \"P\"\ntype = \"{kind}\"\n\n\
         [[event]]\nid = \"e\"\ndate = \"2000\"\nkind = \"other\"\ntitle = \"t\"\nsummary = \"s\"\n\
         [[event.excerpt]]\nsource = \"x\"\ntext = \"w\"\n"
    )
}

#[test]
fn a_sources_type_replaces_the_guessed_one_in_all_three_formats() {
    // docs/FORMAT.md: each type's name in CSL, biblatex (with its entry subtype) and RIS.
    let cases = [
        ("article", "article-newspaper", "@article{x,", "NEWS"),
        ("webpage", "webpage", "@online{x,", "ELEC"),
        ("book", "book", "@book{x,", "BOOK"),
        ("interview", "interview", "@misc{x,", "GEN"),
        ("post", "post-weblog", "@online{x,", "BLOG"),
    ];
    for (kind, csl, bib, ris) in cases {
        let t = load::parse("t.toml", &typed(kind)).expect("valid");
        let chosen = [EventIx::new(0)];
        let json: serde_json::Value =
            serde_json::from_str(&to_csl_json(&t, &chosen, Lang::En).expect("CSL")).unwrap();
        assert_eq!(json[0]["type"], csl, "{kind}");
        let bibtex = to_bibtex(&t, &chosen, Lang::En);
        assert!(bibtex.contains(bib), "{kind}: {bibtex}");
        let subtype = match kind {
            "article" => Some("newspaper"),
            "interview" => Some("interview"),
            "post" => Some("blog"),
            _ => None,
        };
        let line = subtype.map(|s| format!("  entrysubtype = {{{s}}},"));
        assert_eq!(
            bibtex.lines().find(|l| l.contains("entrysubtype")),
            line.as_deref(),
            "{kind}: {bibtex}"
        );
        let text = to_ris(&t, &chosen, Lang::En);
        assert_eq!(text.lines().next(), Some(format!("TY  - {ris}").as_str()));
    }
}

#[test]
fn an_unknown_source_type_is_refused_at_its_place_with_the_closest() {
    let file = typed("intervew");
    let err = load::parse("t.toml", &file)
        .expect_err("invalid")
        .to_string();
    let line = file.lines().position(|l| l.starts_with("type =")).unwrap() + 1;
    let at = format!("t.toml:{line}:8:");
    assert!(err.contains(&at), "{err}");
    assert!(
        err.contains("`intervew`") && err.contains("`interview`"),
        "{err}"
    );
}
