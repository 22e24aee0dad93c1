//! The words of the programs the explorer hands things to, the editor (`e`) and the browser
//! (`o`), when they cannot start or end badly. Each language's table is in its `output.rs`.

use std::io::Error;

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
