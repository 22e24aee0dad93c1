//! Dates known only within a window (`[2024-03-27..2024-06-05]`, `[2015-02-27..]`): where
//! they sort, how every view and export says them in both languages, how `check` refuses a
//! bad one; and the days in custody in all, over every recorded period.

use std::process::Command;

use serde_json::Value;
use timeline::export;
use timeline::model::{Days, EventIx, Timeline};
use timeline::words::Lang;

use crate::common;

const FIXTURE: &str = "tests/fixtures/windows.toml";

fn windows() -> Timeline {
    let text = std::fs::read_to_string(FIXTURE).expect("fixture");
    timeline::load::parse("windows.toml", &text).expect("fixture is valid")
}

fn all(t: &Timeline) -> Vec<EventIx> {
    t.indices().collect()
}

fn bin(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_timeline"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The header's status line with the cursor on `id`.
fn header(t: Timeline, id: &str, lang: Lang) -> String {
    let mut a = common::app(t, 160, 40);
    a.words = lang.words();
    let i = a.timeline.index_of(id).expect("id");
    a.move_to_index(i);
    common::drawn(&a, 160, 40)
        .swap_remove(1)
        .trim_end()
        .to_owned()
}

#[test]
fn a_window_sorts_at_its_earliest_day_after_the_dates_of_that_day() {
    let t = windows();
    let ids: Vec<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
    // By the rule: the start of each date's period, the less precise first, a window after
    // every date of its earliest day; the transfer comes after the 26 March letter, after
    // the event of 27 March itself, and before the cassation of 5 June.
    assert_eq!(
        ids,
        [
            "expelled-1980",
            "arrest-1982",
            "release-1983",
            "lift-1983",
            "arrest-1993",
            "release-1993",
            "nemtsov-2015",
            "admin-arrest-2021",
            "admin-release-2021",
            "arrest-2023",
            "statement-2023",
            "komi-2023",
            "interview-2024",
            "verdict-2023",
            "year-2024",
            "appeal-2024",
            "letter-2024",
            "same-day-2024",
            "transfer-2024",
            "cassation-2024",
            "refusal-2024",
        ]
    );
}

#[test]
fn days_in_custody_in_all_count_every_recorded_period() {
    let t = windows();
    let total = |id: &str| {
        t.custody_at(t.index_of(id).expect("id"))
            .expect("a status")
            .total
    };
    let exact = |n| Days {
        least: n,
        most: Some(n),
    };
    // 6 Apr 1982 to 28 Apr 1983: 365 days to 6 Apr 1983, then 22.
    assert_eq!(total("arrest-1982"), exact(1), "the first day counts");
    assert_eq!(total("release-1983"), exact(387));
    // 3 to 4 Oct 1993: one day more; the open window after it adds nothing, being free.
    assert_eq!(total("nemtsov-2015"), exact(388));
    // 29 Sep 2021 to a release known only as October 2021: from 1 Oct (2 days) to 31 Oct
    // (32 days).
    let after_2021 = Days {
        least: 390,
        most: Some(420),
    };
    assert_eq!(total("admin-release-2021"), after_2021);
    // 25 Jul to 12 Dec 2023: 6 + 31 + 30 + 31 + 30 + 12 = 140 days.
    let after_2023 = Days {
        least: 530,
        most: Some(560),
    };
    assert_eq!(total("verdict-2023"), after_2023);
    assert_eq!(total("year-2024"), after_2023, "free at the head of 2024");
    // In a window: from 13 Feb 2024 to 27 Mar (day 44) at the earliest, to 5 Jun (day 114)
    // at the latest.
    let transfer = Days {
        least: 530 + 44,
        most: Some(560 + 114),
    };
    assert_eq!(total("transfer-2024"), transfer);
    // 13 Feb to 14 Nov 2024 is day 276.
    let refusal = Days {
        least: 530 + 276,
        most: Some(560 + 276),
    };
    assert_eq!(total("refusal-2024"), refusal);
}

#[test]
fn the_header_gives_the_total_and_says_when_no_custody_is_recorded_yet() {
    let en = |id| header(windows(), id, Lang::En);
    let ru = |id| header(windows(), id, Lang::Ru);
    assert_eq!(en("expelled-1980"), "As of 1980: no custody recorded yet");
    assert_eq!(ru("expelled-1980"), "1980: сведений о задержаниях пока нет");
    assert_eq!(
        en("arrest-1982"),
        "As of 6 Apr 1982: in custody since 6 Apr 1982 (day 1); 1 day in custody in all"
    );
    assert_eq!(
        ru("arrest-1982"),
        "6 апреля 1982: под стражей с 6 апреля 1982 (день 1); всего под стражей 1 день"
    );
    assert_eq!(
        en("refusal-2024"),
        "As of 14 Nov 2024: in custody since 13 Feb 2024 (day 276), serving a sentence; \
         806 to 836 days in custody in all"
    );
    assert_eq!(
        ru("refusal-2024"),
        "14 ноября 2024: под стражей с 13 февраля 2024 (день 276), отбывает наказание; \
         всего под стражей от 806 до 836 дней"
    );
    assert_eq!(
        en("transfer-2024"),
        "Between 27 Mar and 5 Jun 2024: in custody since 13 Feb 2024, serving a sentence; \
         574 to 674 days in custody in all"
    );
    assert_eq!(
        ru("transfer-2024"),
        "Между 27 марта и 5 июня 2024 года: под стражей с 13 февраля 2024, отбывает \
         наказание; всего под стражей от 574 до 674 дней"
    );
    assert_eq!(
        en("release-1983"),
        "As of 28 Apr 1983: free since 28 Apr 1983, after 387 days in custody; 387 days in \
         custody in all"
    );
}

#[test]
fn an_event_dated_to_a_year_in_which_custody_changed_has_both_statuses() {
    let t = windows();
    let i = t.index_of("year-2024").expect("the year-dated event");
    let status = t.custody_at(i).expect("a status");
    // It sorts at the head of 2024, after the release of 12 Dec 2023, and he was taken
    // back into custody on 13 Feb 2024: free for part of the year, held for the rest.
    assert!(!status.state.in_custody());
    let (then, from) = status.then.expect("the change within 2024");
    assert!(then.in_custody());
    assert_eq!(from.to_string(), "2024-02-13");
    let line = header(windows(), "year-2024", Lang::En);
    assert!(
        line.contains("; then in custody from 13 Feb 2024, serving a sentence;"),
        "{line}"
    );
}

#[test]
fn every_view_and_export_says_the_window() {
    let t = windows();
    let md = export::to_markdown(&t, &all(&t), Lang::En);
    assert!(md.contains("between 27 Mar and 5 Jun 2024"), "{md}");
    assert!(md.contains("not before 27 Feb 2015"), "{md}");
    assert!(
        md.contains("between 28 Apr and 31 Dec 1983, until 1988"),
        "{md}"
    );
    assert!(md.contains("between Dec 2023 and Feb 2024"), "{md}");
    let md = export::to_markdown(&t, &all(&t), Lang::Ru);
    assert!(md.contains("между 27 марта и 5 июня 2024 года"), "{md}");
    assert!(md.contains("не ранее 27 февраля 2015 года"), "{md}");
    assert!(
        md.contains("между 28 апреля и 31 декабря 1983 года, по 1988 год"),
        "{md}"
    );
    assert!(
        md.contains("между декабрём 2023 года и февралём 2024 года"),
        "{md}"
    );
    for lang in ["en", "ru"] {
        let html = export::to_html(&t, &all(&t), lang);
        assert!(
            html.contains("<span class=\"when\" title=\"[2024-03-27..2024-06-05]\">"),
            "a window is no <time datetime>"
        );
        let words = if lang == "en" {
            "between 27 Mar and 5 Jun 2024"
        } else {
            "между 27 марта и 5 июня 2024 года"
        };
        let mw = export::to_markwhen(&t, &all(&t), lang);
        let entry = mw
            .lines()
            .position(|l| l.starts_with("2024-03-27/2024-06-05: "))
            .expect("the window as Markwhen's range");
        assert!(mw.lines().nth(entry + 1).is_some_and(|l| l.contains(words)));
        let tl: Value =
            serde_json::from_str(&export::to_timelinejs(&t, &all(&t), lang).expect("json"))
                .expect("valid");
        let slide = tl["events"]
            .as_array()
            .expect("slides")
            .iter()
            .find(|s| s["unique_id"] == "transfer-2024")
            .expect("the transfer");
        assert_eq!(slide["display_date"], words);
        assert_eq!(slide["start_date"]["day"], 27);
        assert_eq!(slide["end_date"]["month"], 6);
    }
    let ics = export::to_ics(&t, &all(&t), Lang::En, chrono::DateTime::UNIX_EPOCH);
    assert!(
        !ics.text.contains("UID:transfer-2024@"),
        "a window has no day for a calendar"
    );
}

#[test]
fn json_and_csv_give_the_notation_and_both_ends() {
    let t = windows();
    let doc: Value =
        serde_json::from_str(&export::to_json(&t, &all(&t)).expect("json")).expect("valid");
    let event = |id: &str| {
        doc["events"]
            .as_array()
            .expect("events")
            .iter()
            .find(|e| e["id"] == id)
            .expect("id")
            .clone()
    };
    let transfer = event("transfer-2024");
    assert_eq!(transfer["date"], "[2024-03-27..2024-06-05]");
    assert_eq!(transfer["precision"], "window");
    assert_eq!(transfer["earliest"], "2024-03-27");
    assert_eq!(transfer["latest"], "2024-06-05");
    assert_eq!(transfer["period"]["start"], "2024-03-27");
    assert_eq!(transfer["period"]["end"], "2024-06-05");
    let open = event("nemtsov-2015");
    assert_eq!(
        (&open["latest"], &open["period"]["end"]),
        (&Value::Null, &Value::Null)
    );
    let plain = event("letter-2024");
    assert!(plain.get("earliest").is_none() && plain["precision"] == "day");
    let csv = export::to_csv(&t, &all(&t), export::CsvCells::Exact).expect("csv");
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let head = rows.headers().expect("header").clone();
    let col = |name: &str| head.iter().position(|h| h == name).expect(name);
    let row = rows
        .records()
        .map(|r| r.expect("row"))
        .find(|r| &r[0] == "interview-2024")
        .expect("the interview");
    assert_eq!(
        [
            &row[col("date")],
            &row[col("precision")],
            &row[col("earliest")],
            &row[col("latest")]
        ],
        ["[2023-12..2024-02]", "window", "2023-12", "2024-02"]
    );
}

#[test]
fn show_and_list_say_the_window() {
    let (code, out, _) = bin(&["show", "transfer-2024", FIXTURE]);
    assert_eq!(code, 0);
    assert!(out.contains("between 27 Mar and 5 Jun 2024"), "{out}");
    let (_, out, _) = bin(&["--lang", "ru", "show", "transfer-2024", FIXTURE]);
    assert!(out.contains("между 27 марта и 5 июня 2024 года"), "{out}");
    let (_, out, _) = bin(&["list", FIXTURE]);
    let line = out
        .lines()
        .find(|l| l.contains("transfer-2024"))
        .expect("listed");
    assert!(line.starts_with("≥2024-03-27 "), "{line}");
    for (lang, short, long) in [
        (Lang::En, "≥27 Mar 2024", "between 27 Mar and 5 Jun 2024"),
        (
            Lang::Ru,
            "≥27 мар. 2024",
            "между 27 марта и 5 июня 2024 года",
        ),
    ] {
        let mut a = common::app(windows(), 120, 30);
        a.words = lang.words();
        a.move_to_index(a.timeline.index_of("transfer-2024").expect("id"));
        let screen = common::drawn(&a, 120, 30);
        assert!(
            screen
                .iter()
                .any(|l| l.contains(short) && l.contains("■ Moved towards")),
            "the list row: {screen:#?}"
        );
        assert!(screen.iter().any(|l| l.contains(long)), "the detail");
    }
}

#[test]
fn check_refuses_a_reversed_window_in_both_languages() {
    let file = "tests/bad/window-reversed.toml";
    let (code, _, err) = bin(&["check", file]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(&format!("{file}:13:8: `date` = \"[2024-06-05..2024-03-27]\" is not a valid date: the window ends (2024-03-27) before it begins (2024-06-05)")),
        "{err}"
    );
    let (code, _, err) = bin(&["--lang", "ru", "check", file]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(&format!("{file}:13:8: `date` = \"[2024-06-05..2024-03-27]\" — недопустимая дата: промежуток заканчивается (2024-03-27) раньше, чем начинается (2024-06-05)")),
        "{err}"
    );
}
