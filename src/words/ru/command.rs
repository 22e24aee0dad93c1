//! The Russian words of the commands around a file: the summary and counts of `check`, and
//! how the selection and date options refuse a value.

use super::plural::plural;
use super::problems::language;
use crate::model::{DateError, Lang};
use crate::words::{CommandWords, Facet, ProblemWords as _, Russian};

impl CommandWords for Russian {
    fn built_in_name(&self) -> &'static str {
        "timeline.toml (встроенная хронология)"
    }

    fn check_ok(&self, name: &str, events: usize, from: &str, to: &str) -> String {
        let word = plural(events, "событие", "события", "событий");
        format!("{name}: ошибок нет — {events} {word}, {from} — {to}")
    }

    fn translated(&self, n: usize, total: usize, lang: Lang) -> String {
        let word = plural(total, "события", "событий", "событий");
        format!("переведено на {}: {n} из {total} {word}", language(lang).1)
    }

    fn inventory(&self, sources: usize, eras: usize, excerpts: usize) -> String {
        format!("источников: {sources}, эпох: {eras}, цитат: {excerpts}")
    }

    fn more_problems(&self, n: usize) -> String {
        format!(
            "…и ещё {n} {} {}",
            plural(n, "ошибка", "ошибки", "ошибок"),
            plural(n, "не показана", "не показаны", "не показаны")
        )
    }

    fn no_events_to_generate(&self) -> &'static str {
        "значение --events должно быть не меньше 1: в файле хронологии нужно хотя бы одно [[event]]"
    }

    fn verbatim(&self, n: usize, dir: &str) -> String {
        format!("цитат, найденных дословно в {dir}: {n}")
    }

    fn unknown_choice(&self, facet: Facet, name: &str, closest: &[&str], known: &[&str]) -> String {
        let (what, all, none) = match facet {
            Facet::Kind => ("неизвестный тип события", "типы", "типов"),
            Facet::Tag => ("неизвестный тег", "теги", "тегов"),
            Facet::Case => ("неизвестное дело", "дела", "дел"),
            Facet::Source => ("неизвестный источник", "источники", "источников"),
        };
        let tail = match (closest, known) {
            ([], _) if facet == Facet::Source => {
                " (ни идентификатор, ни издатель, ни заголовок ни одного источника на него не \
                 похожи)"
                    .to_owned()
            }
            ([], []) => format!(" (в файле нет {none})"),
            ([], known) => format!(" ({all}: {})", known.join(", ")),
            (closest, _) => format!("; похожие: {}", closest.join(", ")),
        };
        format!("{what} «{name}»{tail}")
    }

    fn unquoted_source(
        &self,
        event: &str,
        name: &str,
        closest: &[&str],
        quoted: &[&str],
    ) -> String {
        let tail = if closest.is_empty() {
            format!("оно цитирует {}", quoted.join(", "))
        } else {
            format!("похожие: {}", closest.join(", "))
        };
        format!("событие «{event}» не цитирует источник «{name}»; {tail}")
    }

    fn date_option(&self, flag: &str, text: &str, e: &DateError) -> String {
        match e {
            DateError::Format => format!(
                "{flag} {text}: нужна дата вида 2023, 2023-07, 2023-07-25, 25.07.2023, \
                 июль 2023 или 25 июля 2023"
            ),
            other => format!("{flag} {text}: {}", self.date_error(other)),
        }
    }

    fn reversed_range(&self, from: &str, to: &str) -> String {
        format!("--from {from} позже, чем --to {to}; поменяйте даты местами")
    }

    fn not_a_terminal(&self) -> &'static str {
        "стандартный вывод — не терминал; используйте `timeline list` или `timeline export`"
    }
}
