//! The Russian table of words.

mod command;
mod keys;
mod output;
mod page;
mod phrases;
mod plural;
mod problems;
mod spans;

use super::{Lang, Phrase, ProblemWords as _, Topic, Via, Words};
use crate::model::{Custody, DateError, Fact, Kind, LegalField};
use plural::plural;

/// Russian.
#[derive(Debug)]
pub struct Russian;

impl Words for Russian {
    fn lang(&self) -> Lang {
        Lang::Ru
    }

    fn language(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "английский",
            Lang::Ru => "русский",
        }
    }

    fn months_with_day(&self) -> [&'static str; 12] {
        [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ]
    }

    fn months_alone(&self) -> [&'static str; 12] {
        [
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ]
    }

    fn months_short(&self) -> [&'static str; 12] {
        [
            "янв.",
            "февр.",
            "мар.",
            "апр.",
            "мая",
            "июн.",
            "июл.",
            "авг.",
            "сент.",
            "окт.",
            "нояб.",
            "дек.",
        ]
    }

    fn kind(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Arrest => "задержание",
            Kind::Detention => "содержание под стражей",
            Kind::Charge => "обвинение",
            Kind::Ruling => "судебное решение",
            Kind::Release => "освобождение",
            Kind::Designation => "реестр",
            Kind::Publication => "публикация",
            Kind::Award => "награда",
            Kind::Position => "должность",
            Kind::Activism => "активизм",
            Kind::Statement => "заявление",
            Kind::Interview => "интервью",
            Kind::Other => "другое",
        }
    }

    fn legal(&self, field: LegalField) -> &'static str {
        match field {
            LegalField::Charge => "Обвинение",
            LegalField::Court => "Суд",
            LegalField::Instance => "Инстанция",
            LegalField::Outcome => "Итог",
            LegalField::PenaltyFaced => "Грозящее наказание",
            LegalField::Sentence => "Назначенное наказание",
        }
    }

    fn fact(&self, fact: Fact) -> &'static str {
        match fact {
            Fact::Place => "Место",
        }
    }

    fn custody(&self, custody: Custody) -> &'static str {
        match custody {
            Custody::Free => "на свободе",
            Custody::Detained => "под стражей",
            Custody::Imprisoned => "в заключении",
        }
    }

    fn help(&self, topic: Topic) -> &'static str {
        keys::help(topic)
    }

    fn hint(&self, topic: Topic) -> Option<&'static str> {
        keys::hint(topic)
    }

    fn help_sections(&self) -> [&'static str; 8] {
        [
            "Хронология",
            "Событие целиком",
            "Фильтр",
            "Форматы экспорта",
            "Меню цитат",
            "Источники",
            "Строки ввода (поиск, дата)",
            "Справка",
        ]
    }

    fn help_mouse(&self) -> (&'static str, &'static str) {
        (
            "мышь",
            "щелчок по строке или шкале выбирает; колесо прокручивает панель под указателем, на три строки за щелчок",
        )
    }

    fn phrase(&self, p: Phrase) -> &'static str {
        phrases::phrase(p)
    }

    fn events(&self, n: usize) -> String {
        format!("{n} {}", plural(n, "событие", "события", "событий"))
    }

    fn matches_for(&self, at: usize, n: usize, query: &str) -> String {
        format!("{at}/{n}: совпадения с «{query}»")
    }

    fn matched_in_source(&self, name: &str) -> String {
        format!("источник: {name}")
    }

    fn matching(&self, n: usize) -> String {
        format!(
            "{n} {}",
            plural(n, "совпадение", "совпадения", "совпадений")
        )
    }

    fn showing(&self, shown: usize, total: usize, what: &str) -> String {
        format!("показано {shown} из {total}: {what}")
    }

    fn quoted(&self, text: &str) -> String {
        format!("«{text}»")
    }

    fn quotes(&self) -> (&'static str, &'static str) {
        ("«", "»")
    }

    fn custody_since(
        &self,
        custody: Custody,
        since: &str,
        day: Option<i64>,
        held: Option<i64>,
    ) -> String {
        let day = day.map_or_else(String::new, |d| format!(" (день {d})"));
        match custody {
            Custody::Free => held.map_or_else(
                || "на свободе".to_owned(),
                |n| {
                    // «после» takes the genitive: после 1 дня, 2 дней, 5 дней, 21 дня.
                    let days = plural(usize::try_from(n).unwrap_or(0), "дня", "дней", "дней");
                    format!("на свободе с {since}, после {n} {days} под стражей")
                },
            ),
            Custody::Detained => format!("под стражей с {since}{day}"),
            Custody::Imprisoned => format!("под стражей с {since}{day}, отбывает наказание"),
        }
    }

    fn custody_then(&self, custody: Custody, from: &str) -> String {
        match custody {
            Custody::Free => format!("затем на свободе с {from}"),
            Custody::Detained => format!("затем под стражей с {from}"),
            Custody::Imprisoned => format!("затем под стражей с {from}, отбывает наказание"),
        }
    }

    fn invalid_banner(&self, count: usize, first: &str) -> String {
        let p = plural(count, "ошибка", "ошибки", "ошибок");
        format!("{count} {p}, показана последняя исправная версия; первая: {first}")
    }

    fn missing_banner(&self, name: &str) -> String {
        format!("{name} исчез; показана последняя исправная версия")
    }

    // The dates come in the nominative for a month or a year (`июль 2023`, `2024`), which
    // no preposition takes: each phrase sets the date apart with a colon instead.
    fn as_of(&self, date: &str, status: &str) -> String {
        format!("{date}: {status}")
    }

    fn jumped(&self, typed: &str, landed: Option<&str>) -> String {
        match landed {
            None => format!("переход: {typed}"),
            Some(l) => format!("{typed}: событий нет; переход к ближайшему более позднему: {l}"),
        }
    }

    fn none_after(&self, date: &str) -> String {
        format!("{date} и позже: событий нет")
    }

    fn not_a_date(&self, typed: &str, e: &DateError) -> String {
        match e {
            DateError::Format => {
                format!("это не дата: «{typed}»; пишите 2023, 25.07.2023 или июль 2023")
            }
            other => format!("это не дата: «{typed}»: {}", self.date_error(other)),
        }
    }

    fn none_further(&self, forward: bool, what: Phrase) -> String {
        let dir = if forward {
            "дальше"
        } else {
            "раньше"
        };
        format!("{dir} нет {}", self.phrase(what))
    }

    fn no_match_for(&self, query: &str) -> String {
        format!("нет совпадений с «{query}»")
    }

    fn reloaded(&self, n: usize) -> String {
        format!("перезагружено ({})", self.events(n))
    }

    fn case_heading(&self, case: &str, name: Option<&str>) -> String {
        name.map_or_else(
            || format!("Дело {case}: ход процесса"),
            |name| format!("{name}: ход процесса"),
        )
    }

    fn single_source(&self, title: &str) -> String {
        format!("это событие подтверждает только «{title}».")
    }

    fn unknown_id(&self, id: &str, closest: &[&str]) -> String {
        let tail = if closest.is_empty() {
            String::new()
        } else {
            format!("; похожие: {}", closest.join(", "))
        };
        format!("нет события с id «{id}»{tail}")
    }

    fn problems_found(&self, n: usize) -> String {
        format!(
            "{} {n} {}",
            plural(n, "найдена", "найдены", "найдено"),
            plural(n, "ошибка", "ошибки", "ошибок")
        )
    }

    fn exported(&self, n: usize, path: &str, error: Option<&str>) -> String {
        match error {
            None => format!("{path}: записано {}", self.events(n)),
            Some(e) => format!("не удалось записать {path}: {e}"),
        }
    }

    fn exported_calendar(
        &self,
        written: usize,
        skipped: usize,
        out_of_range: usize,
        path: &str,
    ) -> String {
        let mut said = vec![format!("{path}: записано {}", self.events(written))];
        if skipped > 0 {
            said.push(format!("без точного дня пропущено {skipped}"));
        }
        if out_of_range > 0 {
            said.push(format!("вне 0001–9999 годов пропущено {out_of_range}"));
        }
        said.join(", ")
    }

    fn opening(&self, url: &str) -> String {
        format!("открывается {url}")
    }

    fn sources_count(&self, n: usize) -> String {
        format!("{n} {}", plural(n, "источник", "источника", "источников"))
    }

    fn copied(&self, id: &str, sources: usize, via: Via) -> String {
        let to = match via {
            Via::System => "в системный буфер обмена",
            Via::Terminal => "в буфер обмена через терминал (OSC 52)",
            // Short enough for 80 columns with the longest id (34 characters).
            Via::Tmux => return format!("цитата {id} (OSC 52); в tmux — set-clipboard on"),
        };
        format!(
            "цитата {id} ({sources} {}) скопирована {to}",
            plural(sources, "источник", "источника", "источников")
        )
    }

    fn chronology_intro(&self, subject: &str, from: &str, to: &str) -> String {
        format!(
            "Хронология с источниками: {subject}, {from} – {to}. Каждая запись цитирует свои источники; числа в скобках отсылают к списку источников в конце."
        )
    }

    fn subset_note(&self, shown: usize, total: usize) -> String {
        format!(
            "*Выборка: {shown} из {} хронологии, экспортированная командой `timeline export`.*",
            self.events(total)
        )
    }

    fn warnings(&self, n: usize) -> String {
        format!(
            "{n} {} (см. ниже)",
            plural(n, "предупреждение", "предупреждения", "предупреждений")
        )
    }
}

#[cfg(test)]
mod tests;
