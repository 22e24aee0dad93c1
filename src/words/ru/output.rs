//! The Russian words of writing things out and of starting the editor and the browser.

use std::io::{Error, ErrorKind};

use super::Russian;
use super::plural::plural;
use crate::words::output::system;
use crate::words::{LaunchFailure, LaunchWords, OutputWords, Program};

impl OutputWords for Russian {
    fn io_error(&self, e: &Error) -> String {
        match e.kind() {
            ErrorKind::NotFound => "нет такого файла или каталога".to_owned(),
            ErrorKind::PermissionDenied => "нет прав доступа".to_owned(),
            ErrorKind::IsADirectory => "это каталог".to_owned(),
            ErrorKind::NotADirectory => "часть пути — не каталог".to_owned(),
            ErrorKind::ReadOnlyFilesystem => {
                "файловая система доступна только для чтения".to_owned()
            }
            ErrorKind::StorageFull => "на устройстве не осталось места".to_owned(),
            _ => format!("системная ошибка ({})", system(e)),
        }
    }

    fn cannot_write(&self, path: &str, why: &str) -> String {
        format!("не удалось записать {path}: {why}")
    }

    fn cannot_write_output(&self, why: &str) -> String {
        format!("не удалось вывести результат: {why}")
    }

    fn export_failed(&self, why: &str) -> String {
        format!("экспорт не удался: {why}")
    }

    fn exists_already(&self, path: &str) -> String {
        format!("{path} уже существует; выберите другое имя")
    }

    fn wrote_copy(&self, path: &str, events: usize, next: &str) -> String {
        let noun = plural(events, "событие", "события", "событий");
        format!("записан файл {path} ({events} {noun}); далее: {next}")
    }

    fn ics_skipped(&self, n: usize) -> String {
        format!(
            "в календарь не {} {n} {} без точного дня (известен только год или месяц)",
            plural(n, "вошло", "вошли", "вошло"),
            plural(n, "событие", "события", "событий")
        )
    }

    fn ics_out_of_range(&self, n: usize) -> String {
        format!(
            "в календарь не {} {n} {} с датами вне 0001–9999 годов: других лет календари не читают",
            plural(n, "вошло", "вошли", "вошло"),
            plural(n, "событие", "события", "событий")
        )
    }

    fn bad_source_date_epoch(&self, value: &str) -> String {
        format!(
            "переменная окружения SOURCE_DATE_EPOCH должна быть целым числом секунд с 1970 года, \
             а не «{value}»"
        )
    }

    fn csv_exact_alone(&self) -> &'static str {
        "--csv-exact действует только вместе с --format csv"
    }

    fn no_events_match(&self) -> &'static str {
        "ни одно событие не подходит"
    }

    fn export_empty(&self) -> &'static str {
        "ни одно событие не подходит; экспорт пуст"
    }

    fn terminal_error(&self, why: &str) -> String {
        format!("ошибка терминала: {why}")
    }

    fn crashed(&self, message: &str, place: Option<(&str, u32)>) -> String {
        let at = place.map_or_else(String::new, |(file, line)| format!(" ({file}:{line})"));
        format!(
            "программа timeline аварийно завершилась: {message}{at}\nСообщите, пожалуйста, \
             составителям этой хронологии, какую команду вы запустили, каков размер терминала, \
             какой файл был открыт, если не встроенная хронология, и что выводит тот же запуск \
             с RUST_BACKTRACE=1."
        )
    }

    fn generated_by(&self, command: &str) -> String {
        format!("Создано командой `{command}`; не редактируйте вручную.")
    }
}

impl LaunchWords for Russian {
    fn cannot_start(&self, e: &Error) -> String {
        match e.kind() {
            ErrorKind::NotFound => "такой программы нет".to_owned(),
            ErrorKind::PermissionDenied => "файл не является исполняемым".to_owned(),
            _ => self.io_error(e),
        }
    }

    fn launch_failed(&self, program: Program, failure: &LaunchFailure) -> String {
        let role = match program {
            Program::Editor => "редактор",
            Program::Opener => "браузер",
        };
        let kept = match program {
            Program::Editor => "; файл не перечитан",
            Program::Opener => "",
        };
        match failure {
            LaunchFailure::Unparseable(var) => {
                format!("не удалось разобрать ${var}: не закрыта кавычка")
            }
            LaunchFailure::NotStarted(name, why) => {
                format!("не удалось запустить {role} {name}: {why}")
            }
            LaunchFailure::Status(name, code) => {
                format!("{role} {name} завершился с кодом {code}{kept}")
            }
            LaunchFailure::Signal(name, signal) => {
                format!("{role} {name} прерван сигналом {signal}{kept}")
            }
        }
    }
}
