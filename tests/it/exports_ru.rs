//! `show` and the Markdown and iCalendar exports are wholly Russian under `--lang ru`: on a
//! file whose every text has a Russian translation, no English word is left, neither in a
//! heading, a label, a date, the single-source or dispute note, nor in a legal label. The
//! same scan of the English edition finds those words, so the scan can tell.

use std::collections::BTreeSet;
use std::process::Command;

use timeline::export;
use timeline::model::{EventIx, Timeline};
use timeline::words::Lang;

/// Every piece of text in English and Russian; ids, the case key and the address use no
/// English word, so any English word in the Russian edition comes from the program.
const FILE: &str = r#"
[timeline]
title = "Test chronology"
subject = "A. Person"
from = "1980"
to = "2024-11"

[timeline.ru]
title = "Проверочная хронология"
subject = "А. Персона"

[[source]]
id = "zapiski"
title = "Test notes"
author = "А. Автор"
publisher = "Издательство"
date = "2023-07"
url = "https://primer.org/zapiski"
lang = "ru"

[source.ru]
title = "Заметки"

[[event]]
id = "sob-1"
date = "2023-07-25"
end = "2023-07-26"
approximate = true
kind = "arrest"
title = "Arrested"
summary = "Held at the airport."
place = "Moscow"
case = "delo-2023"
related = ["sob-2"]
disputed = "Sources differ on the date."
single_source = true
custody = "detained"

[event.legal]
charge = "Article 205.2"
penalty_faced = "Up to seven years"

[event.ru]
title = "Задержан"
summary = "Задержан в аэропорту."
place = "Москва"
disputed = "Источники расходятся в дате."

[event.ru.legal]
charge = "Статья 205.2"
penalty_faced = "До семи лет"

[[event.excerpt]]
source = "zapiski"
text = "задержан в июле"

[[event]]
id = "sob-2"
date = "2023-12-12"
kind = "ruling"
title = "Fined"
summary = "Fined and freed."
case = "delo-2023"
custody = "free"
single_source = true

[event.legal]
court = "Military court"
instance = "first instance"
outcome = "Guilty"
sentence = "A fine"

[event.ru]
title = "Оштрафован"
summary = "Оштрафован и освобождён."

[event.ru.legal]
court = "Военный суд"
instance = "первая инстанция"
outcome = "Виновен"
sentence = "Штраф"

[[event.excerpt]]
source = "zapiski"
text = "оштрафован в декабре"
"#;

/// Latin words the Russian edition may show: the ids, the case key, the address and the
/// command named in a generated file's first line.
const ALLOWED: &[&str] = &[
    "sob", "delo", "zapiski", "https", "primer", "org", "timeline", "export", "format", "markdown",
];

fn timeline() -> Timeline {
    timeline::load::parse("t.toml", FILE).expect("the test file is valid")
}

/// The Latin words of a text that are not allowed.
fn english(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty() && !ALLOWED.contains(w))
        .map(str::to_owned)
        .collect()
}

/// The values of the iCalendar lines a calendar shows, unfolded.
fn shown_in_calendar(ics: &str) -> String {
    ics.replace("\r\n ", "")
        .lines()
        .filter_map(|l| {
            [
                "X-WR-CALNAME:",
                "SUMMARY:",
                "DESCRIPTION:",
                "LOCATION:",
                "CATEGORIES:",
            ]
            .iter()
            .find_map(|k| l.strip_prefix(k))
        })
        .collect::<Vec<_>>()
        .join("\n")
        .replace("\\n", "\n")
}

#[test]
fn show_markdown_and_calendar_leave_no_english_word() {
    let t = timeline();
    let all = [EventIx::new(0), EventIx::new(1)];
    for lang in [Lang::Ru, Lang::En] {
        let texts = [
            timeline::view::detail::plain(&t, EventIx::new(0), 100, lang),
            timeline::view::detail::plain(&t, EventIx::new(1), 100, lang),
            export::to_markdown(&t, &all, lang),
            shown_in_calendar(&export::to_ics(&t, &all, lang, chrono::DateTime::UNIX_EPOCH).text),
        ];
        for text in texts {
            let found = english(&text);
            if lang == Lang::Ru {
                assert!(found.is_empty(), "English left: {found:?}\n{text}");
            } else {
                assert!(!found.is_empty(), "the scan finds English:\n{text}");
            }
        }
    }
}

#[test]
fn the_russian_edition_has_its_headings_labels_and_dates() {
    let t = timeline();
    let md = export::to_markdown(&t, &[EventIx::new(0), EventIx::new(1)], Lang::Ru);
    for said in [
        "# Проверочная хронология",
        "### ~25 – 26 июля 2023 — Задержан",
        "*задержание* · Москва",
        "- **Обвинение:** Статья 205.2",
        "- **Грозящее наказание:** До семи лет",
        "**Разночтения:** Источники расходятся в дате.",
        "**Один источник:** это событие подтверждает только «Заметки».",
        "## Источники",
        "А. Автор, «Заметки», *Издательство*, июль 2023.",
    ] {
        assert!(md.contains(said), "{said}\n{md}");
    }
    let ics = shown_in_calendar(
        &export::to_ics(
            &t,
            &[EventIx::new(0), EventIx::new(1)],
            Lang::Ru,
            chrono::DateTime::UNIX_EPOCH,
        )
        .text,
    );
    for said in ["Оштрафован", "Суд: Военный суд", "решение", "Проверочная"]
    {
        assert!(ics.contains(said), "{said}\n{ics}");
    }
}

#[test]
fn the_markwhen_export_says_it_was_generated_in_russian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("t.toml");
    std::fs::write(&file, FILE).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(["--lang", "ru", "export", "--format", "markwhen"])
        .arg(&file)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "\n// Создано командой `timeline export --format markwhen`; не редактируйте вручную.\n"
        ),
        "{text}"
    );
}
