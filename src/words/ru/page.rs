//! The Russian words of a page made to be published.

use super::Russian;
use super::plural::plural;
use crate::model::Family;
use crate::words::PageWords;
use crate::words::page::either;

impl PageWords for Russian {
    fn page_intro(&self, subject: &str, from: &str, to: &str) -> String {
        format!("Хронология с источниками: {subject}, {from} – {to}.")
    }

    fn page_selection(
        &self,
        subject: &str,
        (from, to): (&str, &str),
        (shown, total): (usize, usize),
        (first, last): (&str, &str),
    ) -> String {
        let events = plural(shown, "событие", "события", "событий");
        format!(
            "Выборка из хронологии с источниками ({subject}, {from} – {to}): {shown} {events} из {total}, {first} – {last}."
        )
    }

    fn filters(&self, each: &[String]) -> String {
        format!("Условия отбора: {}.", each.join("; "))
    }

    fn filter_dates(&self, from: &str, to: &str) -> String {
        format!("даты — {from} – {to}")
    }

    fn filter_kinds(&self, kinds: &[&str]) -> String {
        format!("тип — {}", either(kinds, "или"))
    }

    fn filter_tags(&self, tags: &[&str]) -> String {
        format!("тег — {}", either(tags, "или"))
    }

    fn filter_case(&self, key: &str) -> String {
        format!("дело — {key}")
    }

    fn filter_text(&self, text: &str) -> String {
        format!("текст — «{text}»")
    }

    fn filter_disputed(&self) -> &'static str {
        "только события с разночтениями в источниках"
    }

    fn made(&self, date: Option<&str>, origin: Option<Option<&str>>) -> String {
        let on = date.map_or_else(String::new, |d| format!(" {d}"));
        let from = match origin {
            Some(Some(file)) => format!(" по файлу {file}"),
            Some(None) => " по встроенной хронологии".to_owned(),
            None => String::new(),
        };
        format!(
            "Страница создана{on} программой timeline{from}; каждая запись цитирует свои источники."
        )
    }

    fn link_to_event(&self) -> &'static str {
        "Ссылка на это событие"
    }

    fn more_quotations(&self, n: usize) -> String {
        let more = plural(n, "цитата", "цитаты", "цитат");
        format!("ещё {n} {more} — на веб-странице")
    }

    fn og_locale(&self) -> &'static str {
        "ru_RU"
    }

    fn family(&self, family: Family) -> &'static str {
        match family {
            Family::Legal => "Дело и заключение",
            Family::Writing => "Тексты и заявления",
            Family::PublicLife => "Общественная жизнь",
        }
    }
}
