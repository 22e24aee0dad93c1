//! The words of the programs the explorer hands things to, the editor (`e`) and the browser
//! (`o`), when they cannot start or end badly, in every language.

use std::io::{Error, ErrorKind};

use super::{English, OutputWords as _, Russian};

/// A program the explorer starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Program {
    /// `$VISUAL`, `$EDITOR` or `vi`, given the file at the event's line.
    Editor,
    /// `$BROWSER`, `xdg-open` or `open`, given a source's address.
    Opener,
}

/// How starting a program went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchFailure {
    /// The variable (`VISUAL`, `EDITOR`) is no command line: a quote is left open.
    Unparseable(&'static str),
    /// The program (as named) could not be started, and why, worded by
    /// [`LaunchWords::cannot_start`].
    NotStarted(String, String),
    /// The program ended with this exit status.
    Status(String, i32),
    /// The program was ended by this signal.
    Signal(String, i32),
}

/// The words of starting programs, one table per language, checked complete by the compiler.
pub trait LaunchWords {
    /// Why the system would not start a program, from the kind of its error.
    fn cannot_start(&self, e: &Error) -> String;
    /// What went wrong with a program, for the footer: short enough for 80 columns.
    fn launch_failed(&self, program: Program, failure: &LaunchFailure) -> String;
}

impl LaunchWords for English {
    fn cannot_start(&self, e: &Error) -> String {
        match e.kind() {
            ErrorKind::NotFound => "no such program".to_owned(),
            ErrorKind::PermissionDenied => "it is not executable".to_owned(),
            _ => self.io_error(e),
        }
    }

    fn launch_failed(&self, program: Program, failure: &LaunchFailure) -> String {
        let role = match program {
            Program::Editor => "the editor",
            Program::Opener => "the opener",
        };
        // Only the editor's file is read again on a clean exit.
        let kept = match program {
            Program::Editor => "; not reloaded",
            Program::Opener => "",
        };
        match failure {
            LaunchFailure::Unparseable(var) => {
                format!("could not parse ${var}: a quote is not closed")
            }
            LaunchFailure::NotStarted(name, why) => format!("could not start {role} {name}: {why}"),
            LaunchFailure::Status(name, code) => {
                format!("{role} {name} exited with status {code}{kept}")
            }
            LaunchFailure::Signal(name, signal) => {
                format!("{role} {name} was ended by signal {signal}{kept}")
            }
        }
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
