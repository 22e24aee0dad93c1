//! Every loader problem and curator warning has Russian words: one sample of each kind of
//! problem (the compiler keeps the list complete) and every file of the bad catalogue, each
//! worded in both languages and compared.

use std::collections::BTreeSet;

use timeline::load::{self, LoadError};
use timeline::model::{DateError, EventDate, Grouping, Kind, PartialDate};
use timeline::words::{
    English, Expected, Lang, Owner, Problem, ProblemWords, Russian, SpanEnd, TomlType, Translation,
};

/// Which kind of problem this is. The match has no catch-all, so a new kind of problem does
/// not compile until it is numbered here, and then [`samples`] must show one.
fn index(p: &Problem) -> usize {
    match p {
        Problem::Directory { .. } => 0,
        Problem::NoSuchFile { .. } => 1,
        Problem::PermissionDenied { .. } => 2,
        Problem::CannotRead { .. } => 3,
        Problem::NotUtf8 => 4,
        Problem::SecondBom => 5,
        Problem::Syntax(_) => 6,
        Problem::UnknownKey { .. } => 7,
        Problem::Missing { .. } => 8,
        Problem::NoTimeline => 9,
        Problem::NoEvents => 10,
        Problem::WrongType { .. } => 11,
        Problem::BadInteger(_) => 12,
        Problem::BadFloat(_) => 13,
        Problem::Empty { .. } => 14,
        Problem::NotOneLine { .. } => 15,
        Problem::BadDate { .. } => 16,
        Problem::BadTomlDate { .. } => 17,
        Problem::DateWithTime { .. } => 18,
        Problem::YearAsNumber { .. } => 19,
        Problem::NotADate { .. } => 20,
        Problem::NotKebab { .. } => 21,
        Problem::UnknownKind { .. } => 22,
        Problem::UnknownCustody { .. } => 23,
        Problem::EmptyExcerpt => 24,
        Problem::EraBackwards { .. } => 25,
        Problem::NoExcerpt { .. } => 26,
        Problem::NoLegal { .. } => 27,
        Problem::NoCourt { .. } => 28,
        Problem::DuplicateSource { .. } => 29,
        Problem::DuplicateEvent { .. } => 30,
        Problem::EndBeforeDate { .. } => 31,
        Problem::OutsideSpan { .. } => 32,
        Problem::RelatedSelf { .. } => 33,
        Problem::UnknownRelated { .. } => 34,
        Problem::UnknownSource { .. } => 35,
        Problem::NotVerbatim { .. } => 36,
        Problem::Untranslated { .. } => 37,
        Problem::DisputeUntranslated { .. } => 38,
        Problem::OneSource { .. } => 39,
        Problem::NotSingle { .. } => 40,
        Problem::UnrecordedDispute { .. } => 41,
        Problem::SentenceNotRuling { .. } => 42,
        Problem::BadLanguage { .. } => 43,
        Problem::LegalTranslationAlone { .. } => 44,
        Problem::LegalTranslationExtra { .. } => 45,
        Problem::UntranslatedLegal { .. } => 46,
        Problem::TooLarge { .. } => 47,
        Problem::EmptyTable { .. } => 48,
        Problem::TooComplex { .. } => 49,
        Problem::SourceOutside { .. } => 50,
        Problem::SourceNotFile { .. } => 51,
        Problem::WithoutOriginal { .. } => 52,
        Problem::ApproximateWindow => 53,
        Problem::StraightQuote { .. } => 54,
        Problem::LineBreakInString { .. } => 55,
        Problem::UnclosedString { .. } => 56,
        Problem::DuplicateKey { .. } => 57,
        Problem::StringForArray { .. } => 58,
        Problem::UnclosedHeader { .. } => 59,
        Problem::NoteLikeTitle { .. } => 60,
        Problem::DuplicateName { .. } => 61,
        Problem::UnusedName { .. } => 62,
        Problem::Unnamed { .. } => 63,
        Problem::UnknownSourceType { .. } => 64,
    }
}

const KINDS_OF_PROBLEM: usize = 65;

fn date(text: &str) -> PartialDate {
    PartialDate::parse(text).expect("date")
}

/// One problem of each kind, with every wording of its parts (owners, types, hints).
#[allow(clippy::too_many_lines)] // One line or two per kind of problem, listed in one place.
fn samples() -> Vec<Problem> {
    let (id, path) = (|| "e1".to_owned(), || "my.toml".to_owned());
    let mut all = vec![
        Problem::Directory { path: path() },
        Problem::NoSuchFile { path: path() },
        Problem::PermissionDenied { path: path() },
        Problem::CannotRead {
            path: path(),
            error: "Input/output error".to_owned(),
        },
        Problem::NotUtf8,
        Problem::SecondBom,
        Problem::Syntax("invalid basic string, expected `\"`".to_owned()),
        Problem::NoTimeline,
        Problem::NoEvents,
        Problem::BadInteger("0x".to_owned()),
        Problem::BadFloat("1e".to_owned()),
        Problem::Empty { key: "title" },
        Problem::NotOneLine { key: "title" },
        Problem::DateWithTime { key: "date" },
        Problem::YearAsNumber {
            key: "date",
            year: "1980".to_owned(),
        },
        Problem::NotKebab {
            id: "Arrest".to_owned(),
        },
        Problem::UnknownCustody {
            name: "jailed".to_owned(),
        },
        Problem::EmptyExcerpt,
        Problem::EraBackwards {
            name: "Thaw".to_owned(),
        },
        Problem::DuplicateSource { id: id() },
        Problem::DuplicateEvent { id: id() },
        Problem::DuplicateName {
            grouping: Grouping::Case,
            id: id(),
        },
        Problem::UnusedName {
            grouping: Grouping::Tag,
            id: id(),
            hint: Some("e2".to_owned()),
        },
        Problem::Unnamed {
            grouping: Grouping::Case,
            id: id(),
        },
        Problem::EndBeforeDate {
            end: date("2023-07-01"),
            date: EventDate::On(date("2023-07-25")),
        },
        Problem::ApproximateWindow,
        Problem::OutsideSpan {
            id: id(),
            date: EventDate::On(date("2025")),
            from: date("1980"),
            to: date("2024-11"),
            widen: (SpanEnd::To, 5),
        },
        Problem::RelatedSelf { id: id() },
        Problem::NotVerbatim {
            event: id(),
            words: "the first words".to_owned(),
            source: "s".to_owned(),
        },
        Problem::Untranslated {
            id: id(),
            lang: Lang::Ru,
        },
        Problem::DisputeUntranslated {
            id: id(),
            lang: Lang::Ru,
        },
        Problem::OneSource {
            id: id(),
            source: "s".to_owned(),
        },
        Problem::NotSingle {
            id: id(),
            sources: 2,
        },
        Problem::UnrecordedDispute {
            id: id(),
            word: "disput",
        },
        Problem::SentenceNotRuling {
            id: id(),
            kind: Kind::Charge,
        },
        Problem::NoteLikeTitle {
            id: id(),
            lang: Lang::En,
        },
        Problem::NoteLikeTitle {
            id: id(),
            lang: Lang::Ru,
        },
        Problem::TooLarge {
            path: path(),
            mib: 128,
        },
        Problem::TooComplex {
            tokens: 20_000_000,
            limit: 12 << 20,
        },
        Problem::SourceOutside {
            name: "../secret.txt".to_owned(),
        },
        Problem::SourceNotFile {
            name: "fifo".to_owned(),
        },
        Problem::BadLanguage {
            code: "RU".to_owned(),
            lower: Some("ru".to_owned()),
        },
        Problem::BadLanguage {
            code: "xx".to_owned(),
            lower: None,
        },
        Problem::UntranslatedLegal {
            id: id(),
            keys: vec!["court", "outcome"],
            lang: Lang::Ru,
        },
        Problem::EmptyTable {
            table: Translation::of("source", Lang::Ru),
            keys: &["title", "publisher", "author", "note"],
        },
    ];
    let owners = || {
        [
            Owner::TopLevel,
            Owner::Table("[[event]]"),
            Owner::Event(id()),
        ]
    };
    for owner in owners() {
        let hint = Some("summary");
        all.push(Problem::UnknownKey {
            key: "sumary".to_owned(),
            owner: owner.clone(),
            hint,
        });
        all.push(Problem::Missing {
            key: "summary",
            owner: owner.clone(),
        });
        all.push(Problem::NoExcerpt {
            owner: owner.clone(),
        });
        all.push(Problem::LegalTranslationAlone {
            owner: owner.clone(),
            lang: Lang::Ru,
        });
        all.push(Problem::LegalTranslationExtra {
            owner: owner.clone(),
            key: "court",
            lang: Lang::Ru,
        });
        all.push(Problem::NoLegal {
            owner: owner.clone(),
            kind: Kind::Arrest,
        });
        all.push(Problem::WithoutOriginal {
            owner: owner.clone(),
            key: "place",
            lang: Lang::Ru,
        });
        all.push(Problem::NoCourt { owner });
    }
    let types = [
        TomlType::String,
        TomlType::Integer,
        TomlType::Float,
        TomlType::Boolean,
        TomlType::Datetime,
        TomlType::Array,
        TomlType::Table,
    ];
    for (i, found) in types.into_iter().enumerate() {
        let expected = [
            Expected::String,
            Expected::Boolean,
            Expected::Strings,
            Expected::Table,
            Expected::Tables,
        ][i % 5];
        let key = "tags";
        all.push(Problem::WrongType {
            key,
            expected,
            found,
        });
        all.push(Problem::NotADate { key: "date", found });
    }
    for error in [
        DateError::Format,
        DateError::Month(13),
        DateError::Day {
            year: 2023,
            month: 2,
            day: 30,
        },
        DateError::Window,
        DateError::WindowPrecision,
        DateError::WindowReversed {
            earliest: date("2024-06-05"),
            latest: date("2024-03-27"),
        },
    ] {
        all.push(Problem::BadDate {
            key: "date",
            text: "x".to_owned(),
            error: error.clone(),
        });
        all.push(Problem::BadTomlDate { key: "date", error });
    }
    for quoted in [None, Some("no".to_owned())] {
        all.push(Problem::StraightQuote { quoted });
    }
    for (key, one_line) in [
        (None, false),
        (Some("title"), true),
        (Some("summary"), false),
    ] {
        let key = key.map(str::to_owned);
        all.push(Problem::LineBreakInString { key, one_line });
    }
    all.push(Problem::UnclosedString { quote: '"' });
    for (key, table, first) in [("title", false, Some(15)), ("[timeline]", true, None)] {
        let key = key.to_owned();
        all.push(Problem::DuplicateKey { key, table, first });
    }
    all.push(Problem::StringForArray {
        key: "tags",
        items: vec!["protest".to_owned()],
    });
    all.push(Problem::UnclosedHeader {
        written: "[[event]".to_owned(),
        closed: "[[event]]".to_owned(),
    });
    for hint in [None, Some("statement")] {
        let name = "speech".to_owned();
        all.push(Problem::UnknownKind { name, hint });
    }
    for hint in [None, Some("interview")] {
        let name = "interveiw".to_owned();
        all.push(Problem::UnknownSourceType { name, hint });
    }
    for hint in [None, Some("e2".to_owned())] {
        all.push(Problem::UnknownRelated {
            id: id(),
            hint: hint.clone(),
        });
        all.push(Problem::UnknownSource { id: id(), hint });
    }
    all
}

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Asserts that the Russian of a problem is Russian, and the English English.
fn assert_worded(p: &Problem) {
    let (en, ru) = (English.problem(p), Russian.problem(p));
    assert!(cyrillic(&ru), "no Russian in {ru:?} for {p:?}");
    assert!(!cyrillic(&en), "Russian in the English {en:?}");
    assert_ne!(en, ru, "{p:?}");
}

#[test]
fn every_kind_of_problem_is_worded_in_russian() {
    let samples = samples();
    let seen: BTreeSet<usize> = samples.iter().map(index).collect();
    assert_eq!(
        seen,
        (0..KINDS_OF_PROBLEM).collect(),
        "a sample of each kind"
    );
    for p in &samples {
        assert_worded(p);
    }
}

#[test]
fn every_bad_file_is_reported_in_russian() {
    let mut files = 0;
    for entry in std::fs::read_dir("tests/bad").expect("tests/bad") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        let Err(LoadError::Invalid { diagnostics, .. }) = load::parse("bad.toml", &text) else {
            panic!("{} loads", path.display());
        };
        for d in &diagnostics {
            assert_worded(&d.problem);
            assert_eq!(
                d.message(),
                English.problem(&d.problem),
                "English unchanged"
            );
            assert_eq!(d.message_in(&Russian), Russian.problem(&d.problem));
        }
        files += 1;
    }
    assert!(files >= 20, "{files} bad files");
}
