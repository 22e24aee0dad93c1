//! The English words of checking a file. The messages are the ones `timeline check` has
//! always printed; tests hold them byte for byte.

use crate::model::{DateError, Grouping, Kind, Lang, SourceType};
use crate::words::problems::{
    Expected, Owner, Problem, ProblemWords, TomlType, Translation, ticked, toml_array, typographic,
};
use crate::words::{English, Words};

/// A table's header, `the top level`, or `event "id"`.
fn owner(o: &Owner) -> String {
    match o {
        Owner::TopLevel => "the top level".to_owned(),
        Owner::Table(header) => (*header).to_owned(),
        Owner::Translation(header) => header.to_string(),
        Owner::Event(id) => format!("event \"{id}\""),
    }
}

fn toml_type(t: TomlType) -> &'static str {
    match t {
        TomlType::String => "string",
        TomlType::Integer => "integer",
        TomlType::Float => "float",
        TomlType::Boolean => "boolean",
        TomlType::Datetime => "datetime",
        TomlType::Array => "array",
        TomlType::Table => "table",
    }
}

fn expected(e: Expected, key: &str) -> String {
    match e {
        Expected::String => "a string".to_owned(),
        Expected::Boolean => "true or false".to_owned(),
        Expected::Strings => "an array of strings".to_owned(),
        Expected::Table => "a table".to_owned(),
        Expected::Tables => format!("an array of tables (`[[{key}]]`)"),
    }
}

/// `; did you mean "x"?` after an unknown id, or nothing.
fn closest(hint: Option<&String>) -> String {
    hint.map_or_else(String::new, |s| format!("; did you mean \"{s}\"?"))
}

/// One problem in English: one arm per problem, so the compiler checks the table complete.
#[allow(clippy::too_many_lines)] // One arm per problem; splitting the match would lose that check.
fn sentence(p: &Problem) -> String {
    match p {
        Problem::Directory { path } => format!("{path} is a directory, not a timeline file"),
        Problem::NoSuchFile { path } => format!("{path}: no such file"),
        Problem::TooLarge { path, mib } => {
            format!("{path}: larger than {mib} MiB, the most a file read here may be")
        }
        Problem::TooComplex { tokens, limit } => format!(
            "the file holds {tokens} TOML tokens (keys, values, brackets, line ends), more than the {limit} that can be parsed at once within the memory budget"
        ),
        Problem::SourceOutside { name } => format!(
            "source file \"{name}\" lies outside the sources directory; give a path inside it"
        ),
        Problem::SourceNotFile { name } => {
            format!("source file \"{name}\" is not a regular file")
        }
        Problem::WithoutOriginal {
            owner: o,
            key,
            lang,
        } => format!(
            "{}: {} has `{key}` but the event has no `{key}` for it to translate",
            owner(o),
            Translation::of("event", *lang)
        ),
        Problem::PermissionDenied { path } => format!("{path}: permission denied"),
        Problem::CannotRead { path, error } => format!("{path}: cannot be read ({error})"),
        Problem::NotUtf8 => "the file is not valid UTF-8 text".to_owned(),
        Problem::SecondBom => {
            "a second byte-order mark (U+FEFF); a file may start with only one".to_owned()
        }
        Problem::Syntax(message) => message.clone(),
        Problem::StraightQuote { quoted } => {
            let fix = quoted.as_ref().map_or_else(
                || "write it as \\\"".to_owned(),
                |q| {
                    let (open, close) = typographic(q);
                    format!("write the quotation as {open}{q}{close} or \\\"{q}\\\"")
                },
            );
            format!(
                "this straight quote (\") ends the string early; {fix}, or put the whole value between ''' and '''"
            )
        }
        Problem::LineBreakInString { key, one_line } => match (key, one_line) {
            (Some(k), true) => format!(
                "the string of `{k}` breaks off at the end of this line, but `{k}` is one line: join the lines"
            ),
            (k, _) => format!(
                "the string{} breaks off at the end of this line; put a text of several lines between \"\"\" and \"\"\", or join the lines",
                k.as_ref()
                    .map_or_else(String::new, |k| format!(" of `{k}`"))
            ),
        },
        Problem::UnclosedString { quote } => {
            format!("this string is not closed: end it with `{quote}` before the line ends")
        }
        Problem::DuplicateKey { key, table, first } => {
            let first = first.map_or_else(String::new, |l| format!(" (first on line {l})"));
            if *table {
                format!("{key} is opened twice{first}; put its keys under one header")
            } else {
                format!("`{key}` is given twice in this table{first}; keep one")
            }
        }
        Problem::StringForArray { key, items } => format!(
            "`{key}` must be an array of strings: write {key} = {}",
            toml_array(items)
        ),
        Problem::UnclosedHeader { written, closed } => {
            format!("the table header {written} is not closed: write {closed}")
        }
        Problem::UnknownKey {
            key,
            owner: o,
            hint,
        } => {
            let tail = hint.map_or_else(String::new, |s| format!("; did you mean `{s}`?"));
            format!("unknown key `{key}` in {}{tail}", owner(o))
        }
        Problem::Missing { key, owner: o } => format!("missing `{key}` in {}", owner(o)),
        Problem::NoTimeline => "missing the [timeline] table (title, subject, from, to)".to_owned(),
        Problem::NoEvents => "the file has no [[event]]".to_owned(),
        Problem::WrongType {
            key,
            expected: e,
            found,
        } => format!(
            "`{key}` must be {}, found {}",
            expected(*e, key),
            toml_type(*found)
        ),
        Problem::BadInteger(i) => format!("invalid integer `{i}`: expected digits"),
        Problem::BadFloat(f) => format!("invalid float `{f}`"),
        Problem::Empty { key } => format!("`{key}` is empty"),
        Problem::NotOneLine { key } => format!("`{key}` must be one line"),
        Problem::BadDate { key, text, error } => format!(
            "`{key}` = \"{text}\" is not a valid date: {}",
            English.date_error(error)
        ),
        Problem::BadTomlDate { key, error } => {
            format!("`{key}` is not a valid date: {}", English.date_error(error))
        }
        Problem::DateWithTime { key } => format!("`{key}` must be a date without a time"),
        Problem::YearAsNumber { key, year } => {
            format!("`{key}` must be a string; write \"{year}\"")
        }
        Problem::NotADate { key, found } => format!(
            "`{key}` must be a date such as \"2023-07-25\", found {}",
            toml_type(*found)
        ),
        Problem::NotKebab { id } => {
            format!("id \"{id}\" must be lowercase-kebab, like \"arrest-2023\"")
        }
        Problem::UnknownSourceType { name, hint } => {
            let tail = hint.map_or_else(
                || {
                    let names: Vec<&str> = SourceType::ALL.iter().map(|t| t.as_str()).collect();
                    format!(" (expected one of: {})", names.join(", "))
                },
                |s| format!("; did you mean `{s}`?"),
            );
            format!("unknown source type `{name}`{tail}")
        }
        Problem::UnknownKind { name, hint } => {
            let tail = hint.map_or_else(
                || {
                    let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                    format!(" (expected one of: {})", names.join(", "))
                },
                |s| format!("; did you mean `{s}`?"),
            );
            format!("unknown kind `{name}`{tail}")
        }
        Problem::UnknownCustody { name } => {
            format!("unknown custody `{name}` (expected free, detained or imprisoned)")
        }
        Problem::EmptyExcerpt => "excerpt `text` is empty".to_owned(),
        Problem::EraBackwards { name } => format!("era \"{name}\" ends before it begins"),
        Problem::NoExcerpt { owner: o } => format!(
            "{} has no excerpt; add at least one [[event.excerpt]]",
            owner(o)
        ),
        Problem::NoLegal { owner: o, kind } => format!(
            "{} is of kind `{kind}` but has no [event.legal] table",
            owner(o)
        ),
        Problem::NoCourt { owner: o } => format!(
            "{} is a ruling but its [event.legal] table has no `court`",
            owner(o)
        ),
        Problem::DuplicateSource { id } => format!("duplicate source id \"{id}\""),
        Problem::DuplicateEvent { id } => format!("duplicate event id \"{id}\""),
        Problem::EndBeforeDate { end, date } => format!("`end` {end} is before `date` {date}"),
        Problem::ApproximateWindow => {
            "a window is not `approximate`: drop `approximate`, or widen the window".to_owned()
        }
        Problem::OutsideSpan {
            id,
            date,
            from,
            to,
            widen: (end, line),
        } => format!(
            "event \"{id}\" ({date}) lies outside the timeline's span {from}..{to}; widen `{}` on line {line} of [timeline]",
            end.key()
        ),
        Problem::DuplicateName { grouping, id } => {
            format!("duplicate {} id \"{id}\"", grouping.table())
        }
        Problem::UnusedName { grouping, id, hint } => format!(
            "no event has the {} \"{id}\"{}",
            grouping.table(),
            closest(hint.as_ref())
        ),
        Problem::Unnamed { grouping, id } => {
            let (key, table) = match grouping {
                Grouping::Case => ("case", "[[case]]"),
                Grouping::Tag => ("tag", "[[tag]]"),
            };
            format!("the {key} \"{id}\" has no name: give it a {table} with `id` and `name`")
        }
        Problem::RelatedSelf { id } => format!("event \"{id}\" lists itself in `related`"),
        Problem::UnknownRelated { id, hint } => {
            format!("unknown related event \"{id}\"{}", closest(hint.as_ref()))
        }
        Problem::UnknownSource { id, hint } => {
            format!("unknown source \"{id}\"{}", closest(hint.as_ref()))
        }
        Problem::NotVerbatim {
            event,
            words,
            source,
        } => format!(
            "event \"{event}\": excerpt \"{words}…\" does not occur verbatim in source \"{source}\""
        ),
        Problem::Untranslated { id, lang } => format!(
            "event \"{id}\" has no {} translation ({})",
            English.language(*lang),
            Translation::of("event", *lang)
        ),
        Problem::DisputeUntranslated { id, lang } => format!(
            "event \"{id}\" records a dispute that its {} does not",
            Translation::of("event", *lang)
        ),
        Problem::OneSource { id, source } => format!(
            "event \"{id}\" rests on one source only (\"{source}\"); add another or mark it `single_source = true`"
        ),
        Problem::NotSingle { id, sources } => {
            format!("event \"{id}\" is marked `single_source` but cites {sources} sources")
        }
        Problem::UnrecordedDispute { id, word } => format!(
            "event \"{id}\": its summary speaks of a disagreement (\"{word}\") but it has no `disputed`"
        ),
        Problem::SentenceNotRuling { id, kind } => format!(
            "event \"{id}\" is of kind `{kind}` but has a `sentence`; only a ruling imposes one (a charge's range goes in `penalty_faced`)"
        ),
        Problem::NoteLikeTitle { id, lang } => {
            let key = if *lang == Lang::ORIGINAL {
                "`title`".to_owned()
            } else {
                format!("`title` in {}", Translation::of("source", *lang))
            };
            format!(
                "source \"{id}\": its {key} holds a remark in parentheses (about the page, a copy, a mirror or a missing headline); put the remark in `note` and keep the title as printed"
            )
        }
        Problem::BadLanguage { code, lower } => {
            let tail = lower.as_ref().map_or_else(
                || " such as \"ru\" or \"en\"".to_owned(),
                |l| format!("; write \"{l}\""),
            );
            format!("`lang` = \"{code}\" is not an ISO 639-1 language code{tail}")
        }
        Problem::LegalTranslationAlone { owner: o, lang } => format!(
            "{} has {} but no [event.legal] for it to translate",
            owner(o),
            Translation::event_legal(*lang)
        ),
        Problem::LegalTranslationExtra {
            owner: o,
            key,
            lang,
        } => format!(
            "{}: {} has `{key}` but [event.legal] does not",
            owner(o),
            Translation::event_legal(*lang)
        ),
        Problem::UntranslatedLegal { id, keys, lang } => format!(
            "event \"{id}\" has {} in [event.legal] that its {} does not translate",
            ticked(keys),
            Translation::event_legal(*lang)
        ),
        Problem::EmptyTable { table, keys } => {
            format!("{table} is empty; give it at least one of {}", ticked(keys))
        }
    }
}

impl ProblemWords for English {
    fn problem(&self, p: &Problem) -> String {
        sentence(p)
    }

    fn date_error(&self, e: &DateError) -> String {
        match e {
            DateError::Format => {
                "expected a date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"".to_owned()
            }
            DateError::Month(m) => format!("month {m} does not exist (expected 01 to 12)"),
            DateError::Day { year, month, day } => {
                format!("{year}-{month:02}-{day:02} does not exist")
            }
            DateError::Window => {
                "expected a window as \"[EARLIEST..LATEST]\" or \"[EARLIEST..]\", \
                 each end a date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\""
                    .to_owned()
            }
            DateError::WindowPrecision => "the two ends of a window must be written to the same \
                 precision, such as [2024-03-27..2024-06-05] or [2023-12..2024-02]"
                .to_owned(),
            DateError::WindowReversed { earliest, latest } => format!(
                "the window ends ({latest}) before it begins ({earliest}); put the earlier date first"
            ),
        }
    }

    fn warning_label(&self) -> &'static str {
        "warning"
    }
}
