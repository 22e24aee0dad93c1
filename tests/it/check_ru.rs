//! The headless commands and the reload banner speak Russian under `--lang ru` or a Russian
//! locale: every problem, warning and summary line of `check`, the `list` columns, the
//! option errors; `--lang en` overrides the locale. A few sentences are checked by hand for
//! their grammar.

use crate::common;

use timeline::app::{Action, Reload};
use timeline::words::{
    CommandWords as _, Expected, Lang, Owner, Problem, ProblemWords as _, Russian, TomlType,
};

/// Runs the binary with no locale but `locale`: (status, stdout, stderr).
fn run(args: &[&str], locale: &[(&str, &str)]) -> (i32, String, String) {
    let r = common::run(args, locale);
    (r.code, r.out, r.err)
}

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Arguments, locale variables, and the standard error expected.
type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);

const UNKNOWN_KEY: &str = "tests/bad/unknown-key.toml";
const RUSSIAN: &str = "tests/bad/unknown-key.toml:16:1: неизвестный ключ `sumary` в [[event]]; может быть, `summary`?\nнайдена 1 ошибка\n";
const ENGLISH: &str = "tests/bad/unknown-key.toml:16:1: unknown key `sumary` in [[event]]; did you mean `summary`?\n1 problem found\n";

#[test]
fn check_speaks_russian_by_flag_or_locale_and_english_on_request() {
    let ru = "ru_RU.UTF-8";
    let cases: [Case; 5] = [
        (&["--lang", "ru", "check", UNKNOWN_KEY], &[], RUSSIAN),
        (&["check", UNKNOWN_KEY], &[("LANG", ru)], RUSSIAN),
        (
            &["check", UNKNOWN_KEY],
            &[("LANG", "en_US.UTF-8"), ("LC_ALL", ru)],
            RUSSIAN,
        ),
        (
            &["--lang", "en", "check", UNKNOWN_KEY],
            &[("LANG", ru)],
            ENGLISH,
        ),
        (&["check", UNKNOWN_KEY], &[], ENGLISH),
    ];
    for (args, locale, expected) in cases {
        let (code, _, err) = run(args, locale);
        assert_eq!(code, 2, "{args:?} {locale:?}");
        assert_eq!(err, expected, "{args:?} {locale:?}");
    }
}

#[test]
fn every_bad_file_checks_in_russian_line_for_line() {
    for entry in std::fs::read_dir("tests/bad").expect("tests/bad") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let file = path.to_str().expect("utf-8 path");
        let (code, _, ru) = run(&["--lang", "ru", "check", file], &[]);
        let (_, _, en) = run(&["check", file], &[]);
        assert_eq!(code, 2, "{file}");
        assert_eq!(ru.lines().count(), en.lines().count(), "{ru}\n{en}");
        for (r, e) in ru.lines().zip(en.lines()) {
            assert!(cyrillic(r), "untranslated: {r}");
            assert_ne!(r, e);
            if let Some(place) = e.split(": ").next().filter(|p| p.starts_with(file)) {
                assert!(
                    r.starts_with(&format!("{place}: ")),
                    "FILE:LINE:COLUMN kept: {r}"
                );
            }
        }
    }
}

#[test]
fn the_summary_and_the_warnings_are_russian() {
    let (code, out, err) = run(&["--lang", "ru", "check", "tests/fixtures/mini.toml"], &[]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        // 7, and its two cases and two tags, none named.
        "tests/fixtures/mini.toml: ошибок нет — 7 событий, 1980 — ноябрь 2024\n  задержание 2, судебное решение 2, освобождение 1, публикация 1, другое 1\n  источников: 1, эпох: 2, цитат: 7\n  11 предупреждений (см. ниже)\n"
    );
    assert_eq!(err.lines().count(), 11, "{err}");
    assert!(
        err.lines()
            .all(|l| l.contains(": предупреждение: событие «")
                || l.contains(": предупреждение: у дела «")
                || l.contains(": предупреждение: у тега «")),
        "{err}"
    );
    let (_, out, _) = run(&["--lang", "ru", "check"], &[]);
    let events = common::shipped().events.len();
    assert!(
        out.starts_with(&format!(
            "timeline.toml (встроенная хронология): ошибок нет — {events} событи"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "\n  переведено на русский: {events} из {events} событ"
        )),
        "{out}"
    );
}

#[test]
fn excerpts_checked_against_sources_are_reported_in_russian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, sources) = crate::common::mini_with_a_stored_source(dir.path());
    let (file, sources) = (file.as_str(), sources.as_str());
    let (code, _, err) = run(&["--lang", "ru", "check", file, "--sources", sources], &[]);
    assert_eq!(code, 2, "{err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(first.contains(": событие «"), "{first}");
    assert!(
        first.contains("не найдена дословно в источнике «notes»"),
        "{first}"
    );
}

#[test]
fn list_and_its_option_errors_are_russian() {
    let (code, out, _) = run(&["--lang", "ru", "list", "--kind", "release"], &[]);
    assert_eq!(code, 0);
    let first = out.lines().next().unwrap_or_default();
    assert!(
        // The kind's column is as wide as the widest kind, «содержание под стражей».
        first.starts_with("1983-04-28  освобождение           release-1983")
            && first.contains("Вышел из Лефортовской тюрьмы"),
        "{first}"
    );
    let (code, _, err) = run(&["--lang", "ru", "list", "--from", "2023-13"], &[]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "timeline: --from 2023-13: месяца 13 не существует (ожидается от 01 до 12)\n"
    );
    let (_, _, err) = run(&["--lang", "ru", "list", "--kind", "speech"], &[]);
    assert!(
        err.starts_with("timeline: неизвестный тип события «speech» (типы: arrest,"),
        "{err}"
    );
    let (_, _, err) = run(&["--lang", "ru", "check", "tests"], &[]);
    assert_eq!(err, "timeline: tests — каталог, а не файл хронологии\n");
}

#[test]
fn the_explorers_refusals_before_it_starts_are_russian() {
    let (code, _, err) = run(&["--lang", "ru"], &[]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "timeline: стандартный вывод — не терминал; используйте `timeline list` или `timeline export`\n"
    );
    let mut a = common::app(common::mini(), 100, 30);
    a.words = Lang::Ru.words();
    assert_eq!(
        a.start_at(Some("2023-02-30"), None),
        Err("--at 2023-02-30: даты 2023-02-30 не существует".to_owned())
    );
}

#[test]
fn the_reload_banner_speaks_the_explorers_language() {
    let mut a = common::app(common::mini(), 200, 30);
    a.words = Lang::Ru.words();
    let text = std::fs::read_to_string("tests/fixtures/mini.toml").expect("fixture");
    let bad = text.replace("date = \"1983-04\"", "date = \"1983-13\"");
    let error = timeline::load::parse("mini.toml", &bad).expect_err("invalid");
    a.update(Action::Reloaded(Box::new(Reload::Invalid(error))));
    assert_eq!(
        a.banner.as_deref(),
        Some(
            "1 ошибка, показана последняя исправная версия; первая: mini.toml:54:8: `date` = \"1983-13\" — недопустимая дата: месяца 13 не существует (ожидается от 01 до 12)"
        )
    );
}

#[test]
fn russian_sentences_agree_in_case_and_number() {
    let id = || "e1".to_owned();
    let said = |p: Problem| Russian.problem(&p);
    let missing = Problem::Missing {
        key: "summary",
        owner: Owner::Event(id()),
    };
    assert_eq!(said(missing), "нет ключа `summary` в событии «e1»");
    let wrong = Problem::WrongType {
        key: "title",
        expected: Expected::String,
        found: TomlType::Integer,
    };
    assert_eq!(
        said(wrong),
        "значение `title` должно быть строкой, а не целым числом"
    );
    for (n, tail) in [(2, "2 источника"), (5, "5 источников"), (21, "21 источник")]
    {
        let p = Problem::NotSingle {
            id: id(),
            sources: n,
        };
        let expected = format!("событие «e1» отмечено `single_source`, но ссылается на {tail}");
        assert_eq!(said(p), expected);
    }
    let ok = |n| Russian.check_ok("f.toml", n, "1980", "ноябрь 2024");
    assert_eq!(ok(1), "f.toml: ошибок нет — 1 событие, 1980 — ноябрь 2024");
    assert_eq!(ok(3), "f.toml: ошибок нет — 3 события, 1980 — ноябрь 2024");
    assert_eq!(
        ok(11),
        "f.toml: ошибок нет — 11 событий, 1980 — ноябрь 2024"
    );
    assert_eq!(
        Russian.translated(1, 21, Lang::Ru),
        "переведено на русский: 1 из 21 события"
    );
    assert_eq!(
        Russian.translated(7, 86, Lang::Ru),
        "переведено на русский: 7 из 86 событий"
    );
}
