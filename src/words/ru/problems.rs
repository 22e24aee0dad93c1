//! The Russian words of checking a file. Keys, table headers, kinds and values stay as the
//! file writes them; the TOML parser's own syntax messages keep its English after a Russian
//! lead-in.

use super::plural::plural;
use crate::model::{DateError, Grouping, Kind, Lang, SourceType};
use crate::words::Russian;
use crate::words::problems::{
    Expected, Owner, Problem, ProblemWords, TomlType, Translation, ticked, toml_array, typographic,
};

/// Where: `на верхнем уровне`, `в [[event]]`, `в событии «id»`.
fn inside(o: &Owner) -> String {
    match o {
        Owner::TopLevel => "на верхнем уровне".to_owned(),
        Owner::Table(header) => format!("в {header}"),
        Owner::Translation(header) => format!("в {header}"),
        Owner::Event(id) => format!("в событии «{id}»"),
    }
}

/// Whose: `у [[event]]`, `у события «id»`.
fn whose(o: &Owner) -> String {
    match o {
        Owner::TopLevel => "у файла".to_owned(),
        Owner::Table(header) => format!("у {header}"),
        Owner::Translation(header) => format!("у {header}"),
        Owner::Event(id) => format!("у события «{id}»"),
    }
}

/// A language as an adjective: in the genitive (`нет русского перевода`) and in the
/// accusative (`переведено на русский`).
pub(super) fn language(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("английского", "английский"),
        Lang::Ru => ("русского", "русский"),
    }
}

/// A type in the instrumental case, after `быть` or `а не`.
fn toml_type(t: TomlType) -> &'static str {
    match t {
        TomlType::String => "строкой",
        TomlType::Integer => "целым числом",
        TomlType::Float => "дробным числом",
        TomlType::Boolean => "логическим значением",
        TomlType::Datetime => "датой и временем",
        TomlType::Array => "массивом",
        TomlType::Table => "таблицей",
    }
}

fn expected(e: Expected, key: &str) -> String {
    match e {
        Expected::String => "строкой".to_owned(),
        Expected::Boolean => "true или false".to_owned(),
        Expected::Strings => "массивом строк".to_owned(),
        Expected::Table => "таблицей".to_owned(),
        Expected::Tables => format!("массивом таблиц (`[[{key}]]`)"),
    }
}

/// `; может быть, «x»?` after an unknown id, or nothing.
fn closest(hint: Option<&String>) -> String {
    hint.map_or_else(String::new, |s| format!("; может быть, «{s}»?"))
}

/// One problem in Russian: one arm per problem, so the compiler checks the table complete.
#[allow(clippy::too_many_lines)] // One arm per problem; splitting the match would lose that check.
fn sentence(p: &Problem) -> String {
    match p {
        Problem::Directory { path } => format!("{path} — каталог, а не файл хронологии"),
        Problem::NoSuchFile { path } => format!("{path}: нет такого файла"),
        Problem::TooLarge { path, mib } => {
            format!("{path}: больше {mib} МиБ — больше, чем может быть читаемый здесь файл")
        }
        Problem::TooComplex { tokens, limit } => format!(
            "в файле {tokens} {} TOML (ключей, значений, скобок, переводов строки) — больше {limit}, которые можно разобрать за один раз в пределах отведённой памяти",
            plural(*tokens, "лексема", "лексемы", "лексем")
        ),
        Problem::SourceOutside { name } => format!(
            "файл источника «{name}» лежит за пределами каталога источников; укажите путь внутри него"
        ),
        Problem::SourceNotFile { name } => {
            format!("файл источника «{name}» не является обычным файлом")
        }
        Problem::WithoutOriginal { owner, key, lang } => format!(
            "{} в {} есть `{key}`, а в самом событии `{key}` нет — переводить нечего",
            whose(owner),
            Translation::of("event", *lang)
        ),
        Problem::PermissionDenied { path } => format!("{path}: нет прав на чтение"),
        Problem::CannotRead { path, error } => format!("{path}: не удаётся прочитать ({error})"),
        Problem::NotUtf8 => "файл не является текстом в кодировке UTF-8".to_owned(),
        Problem::SecondBom => {
            "второй маркер порядка байтов (U+FEFF); файл может начинаться только с одного"
                .to_owned()
        }
        Problem::Syntax(message) => format!("ошибка синтаксиса TOML: {message}"),
        Problem::StraightQuote { quoted } => {
            let fix = quoted.as_ref().map_or_else(
                || "запишите её как \\\"".to_owned(),
                |q| {
                    let (open, close) = typographic(q);
                    format!("оформите цитату как {open}{q}{close} или \\\"{q}\\\"")
                },
            );
            format!(
                "прямая кавычка (\") здесь закрывает значение раньше времени; {fix} либо заключите всё значение в ''' и '''"
            )
        }
        Problem::LineBreakInString { key, one_line } => match (key, one_line) {
            (Some(k), true) => format!(
                "значение `{k}` обрывается в конце этой строки, а `{k}` должен умещаться в одну строку: соедините строки"
            ),
            (k, _) => format!(
                "{} обрывается в конце этой строки; текст из нескольких строк заключите в \"\"\" и \"\"\" или соедините строки",
                k.as_ref().map_or_else(
                    || "однострочное значение".to_owned(),
                    |k| format!("значение `{k}`")
                )
            ),
        },
        Problem::UnclosedString { quote } => format!(
            "значение в кавычках не закрыто: поставьте закрывающую кавычку `{quote}` в конце строки"
        ),
        Problem::DuplicateKey { key, table, first } => {
            let first = first.map_or_else(String::new, |l| format!(" (впервые — в строке {l})"));
            if *table {
                format!("таблица {key} открыта дважды{first}; соберите её ключи под одним заголовком")
            } else {
                format!("ключ `{key}` задан в этой таблице дважды{first}; оставьте один")
            }
        }
        Problem::StringForArray { key, items } => format!(
            "значение `{key}` должно быть массивом строк: напишите {key} = {}",
            toml_array(items)
        ),
        Problem::UnclosedHeader { written, closed } => {
            format!("заголовок таблицы {written} не закрыт: напишите {closed}")
        }
        Problem::UnknownKey { key, owner, hint } => {
            let tail = hint.map_or_else(String::new, |s| format!("; может быть, `{s}`?"));
            format!("неизвестный ключ `{key}` {}{tail}", inside(owner))
        }
        Problem::Missing { key, owner } => format!("нет ключа `{key}` {}", inside(owner)),
        Problem::NoTimeline => "нет таблицы [timeline] (title, subject, from, to)".to_owned(),
        Problem::NoEvents => "в файле нет ни одного [[event]]".to_owned(),
        Problem::WrongType {
            key,
            expected: e,
            found,
        } => format!(
            "значение `{key}` должно быть {}, а не {}",
            expected(*e, key),
            toml_type(*found)
        ),
        Problem::BadInteger(i) => format!("недопустимое целое число `{i}`: нужны цифры"),
        Problem::BadFloat(f) => format!("недопустимое дробное число `{f}`"),
        Problem::Empty { key } => format!("значение `{key}` пустое"),
        Problem::NotOneLine { key } => format!("значение `{key}` должно умещаться в одну строку"),
        Problem::BadDate { key, text, error } => format!(
            "`{key}` = \"{text}\" — недопустимая дата: {}",
            Russian.date_error(error)
        ),
        Problem::BadTomlDate { key, error } => {
            format!("`{key}` — недопустимая дата: {}", Russian.date_error(error))
        }
        Problem::DateWithTime { key } => format!("значение `{key}` должно быть датой без времени"),
        Problem::YearAsNumber { key, year } => {
            format!("значение `{key}` должно быть строкой; напишите \"{year}\"")
        }
        Problem::NotADate { key, found } => format!(
            "значение `{key}` должно быть датой, например \"2023-07-25\", а не {}",
            toml_type(*found)
        ),
        Problem::NotKebab { id } => format!(
            "id «{id}» должен состоять из строчных латинских букв и цифр через дефис, например «arrest-2023»"
        ),
        Problem::UnknownSourceType { name, hint } => {
            let tail = hint.map_or_else(
                || {
                    let names: Vec<&str> = SourceType::ALL.iter().map(|t| t.as_str()).collect();
                    format!(" (допустимые: {})", names.join(", "))
                },
                |s| format!("; может быть, `{s}`?"),
            );
            format!("неизвестный вид источника `{name}`{tail}")
        }
        Problem::UnknownKind { name, hint } => {
            let tail = hint.map_or_else(
                || {
                    let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                    format!(" (допустимые: {})", names.join(", "))
                },
                |s| format!("; может быть, `{s}`?"),
            );
            format!("неизвестный тип события `{name}`{tail}")
        }
        Problem::UnknownCustody { name } => format!(
            "неизвестное значение `{name}` для `custody` (допустимы free, detained и imprisoned)"
        ),
        Problem::EmptyExcerpt => "у цитаты пустой `text`".to_owned(),
        Problem::EraBackwards { name } => {
            format!("эпоха «{name}» заканчивается раньше, чем начинается")
        }
        Problem::NoExcerpt { owner } => format!(
            "{} нет ни одной цитаты; добавьте хотя бы одну [[event.excerpt]]",
            whose(owner)
        ),
        Problem::NoLegal { owner, kind } => {
            format!("{} типа `{kind}` нет таблицы [event.legal]", whose(owner))
        }
        Problem::NoCourt { owner } => format!(
            "{} типа `ruling` в таблице [event.legal] нет `court`",
            whose(owner)
        ),
        Problem::DuplicateSource { id } => format!("id источника «{id}» повторяется"),
        Problem::DuplicateEvent { id } => format!("id события «{id}» повторяется"),
        Problem::EndBeforeDate { end, date } => format!("`end` {end} раньше, чем `date` {date}"),
        Problem::ApproximateWindow => {
            "промежуток дат не бывает приблизительным (`approximate`): уберите `approximate` или расширьте промежуток".to_owned()
        }
        Problem::OutsideSpan {
            id,
            date,
            from,
            to,
            widen: (end, line),
        } => format!(
            "событие «{id}» ({date}) выходит за пределы периода хронологии {from}..{to}; чтобы расширить период, измените `{}` в строке {line} ([timeline])",
            end.key()
        ),
        Problem::DuplicateName { grouping, id } => match grouping {
            Grouping::Case => format!("id дела «{id}» повторяется"),
            Grouping::Tag => format!("id тега «{id}» повторяется"),
        },
        Problem::UnusedName { grouping, id, hint } => {
            let what = match grouping {
                Grouping::Case => "к делу",
                Grouping::Tag => "к тегу",
            };
            format!(
                "ни одно событие не относится {what} «{id}»{}",
                closest(hint.as_ref())
            )
        }
        Problem::Unnamed { grouping, id } => match grouping {
            Grouping::Case => format!(
                "у дела «{id}» нет названия: добавьте таблицу [[case]] с `id` и `name`"
            ),
            Grouping::Tag => format!(
                "у тега «{id}» нет названия: добавьте таблицу [[tag]] с `id` и `name`"
            ),
        },
        Problem::RelatedSelf { id } => {
            format!("событие «{id}» ссылается в `related` само на себя")
        }
        Problem::UnknownRelated { id, hint } => {
            format!(
                "неизвестное связанное событие «{id}»{}",
                closest(hint.as_ref())
            )
        }
        Problem::UnknownSource { id, hint } => {
            format!("неизвестный источник «{id}»{}", closest(hint.as_ref()))
        }
        Problem::NotVerbatim {
            event,
            words,
            source,
        } => format!(
            "событие «{event}»: цитата «{words}…» не найдена дословно в источнике «{source}»"
        ),
        Problem::Untranslated { id, lang } => format!(
            "у события «{id}» нет {} перевода ({})",
            language(*lang).0,
            Translation::of("event", *lang)
        ),
        Problem::DisputeUntranslated { id, lang } => format!(
            "у события «{id}» указано разногласие (`disputed`), а в его {} — нет",
            Translation::of("event", *lang)
        ),
        Problem::OneSource { id, source } => format!(
            "событие «{id}» опирается только на один источник («{source}»); добавьте ещё один или отметьте `single_source = true`"
        ),
        Problem::NotSingle { id, sources } => format!(
            "событие «{id}» отмечено `single_source`, но ссылается на {sources} {}",
            plural(*sources, "источник", "источника", "источников")
        ),
        Problem::UnrecordedDispute { id, word } => format!(
            "событие «{id}»: в описании говорится о разногласии («{word}»), но нет `disputed`"
        ),
        Problem::SentenceNotRuling { id, kind } => format!(
            "у события «{id}» типа `{kind}` есть `sentence`, а наказание назначает только судебное решение (`ruling`); возможный срок по обвинению пишется в `penalty_faced`"
        ),
        Problem::NoteLikeTitle { id, lang } => {
            let key = if *lang == Lang::ORIGINAL {
                "в `title`".to_owned()
            } else {
                format!("в `title` таблицы {}", Translation::of("source", *lang))
            };
            format!(
                "источник «{id}»: {key} в скобках стоит примечание куратора (о странице, копии, зеркале или отсутствующем заголовке); перенесите его в `note`, а название оставьте таким, как оно напечатано"
            )
        }
        Problem::BadLanguage { code, lower } => {
            let tail = lower.as_ref().map_or_else(
                || ", например «ru» или «en»".to_owned(),
                |l| format!("; напишите «{l}»"),
            );
            format!("`lang` = «{code}» — не код языка по ISO 639-1{tail}")
        }
        Problem::LegalTranslationAlone { owner, lang } => format!(
            "{} есть {}, но нет [event.legal], который он переводил бы",
            whose(owner),
            Translation::event_legal(*lang)
        ),
        Problem::LegalTranslationExtra { owner, key, lang } => format!(
            "{} в {} есть `{key}`, а в [event.legal] — нет",
            whose(owner),
            Translation::event_legal(*lang)
        ),
        Problem::UntranslatedLegal { id, keys, lang } => format!(
            "у события «{id}» в [event.legal] есть {}, а в {} перевода нет",
            ticked(keys),
            Translation::event_legal(*lang)
        ),
        Problem::EmptyTable { table, keys } => format!(
            "таблица {table} пуста; укажите в ней хотя бы один из ключей {}",
            ticked(keys)
        ),
    }
}

impl ProblemWords for Russian {
    fn problem(&self, p: &Problem) -> String {
        sentence(p)
    }

    fn date_error(&self, e: &DateError) -> String {
        match e {
            DateError::Format => {
                "ожидается дата вида «YYYY», «YYYY-MM» или «YYYY-MM-DD»".to_owned()
            }
            DateError::Month(m) => format!("месяца {m} не существует (ожидается от 01 до 12)"),
            DateError::Day { year, month, day } => {
                format!("даты {year}-{month:02}-{day:02} не существует")
            }
            DateError::Window => {
                "ожидается промежуток вида «[НЕ_РАНЕЕ..НЕ_ПОЗДНЕЕ]» или «[НЕ_РАНЕЕ..]», \
                 где каждая граница — дата вида «YYYY», «YYYY-MM» или «YYYY-MM-DD»"
                    .to_owned()
            }
            DateError::WindowPrecision => {
                "обе границы промежутка должны быть записаны с одинаковой \
                 точностью, например [2024-03-27..2024-06-05] или [2023-12..2024-02]"
                    .to_owned()
            }
            DateError::WindowReversed { earliest, latest } => format!(
                "промежуток заканчивается ({latest}) раньше, чем начинается ({earliest}); \
                 первой укажите более раннюю дату"
            ),
        }
    }

    fn warning_label(&self) -> &'static str {
        "предупреждение"
    }
}
