//! Starting the programs the explorer hands things to, never through a shell: the editor
//! (`$VISUAL`, else `$EDITOR`, else `vi`, split into words as a shell would split it) at an
//! event's line, and the browser (`$BROWSER`, else the platform's opener) at an address.

use std::ffi::OsString;
use std::io;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering::SeqCst};

use crate::words::{LaunchFailure, Words};

/// Editors that open a file at a line given as `+LINE` before it, by their program's name.
const PLUS_LINE: &[&str] = &[
    "vi",
    "vim",
    "nvim",
    "gvim",
    "vis",
    "nano",
    "rnano",
    "pico",
    "emacs",
    "emacsclient",
    "micro",
    "kak",
    "hx",
    "helix",
    "joe",
    "jmacs",
    "jpico",
    "jstar",
    "ne",
    "mg",
    "jed",
];

/// Editors that take `-g FILE:LINE` (Visual Studio Code and its builds).
const GOTO: &[&str] = &["code", "code-insiders", "code-oss", "codium", "vscodium"];

/// The editor to run: its program, as named, and its arguments, the file last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorCommand {
    /// The program, as `$VISUAL` or `$EDITOR` names it.
    pub program: String,
    /// The arguments: those of the variable, then the line (for editors known to take it)
    /// and the file.
    pub args: Vec<OsString>,
}

impl EditorCommand {
    /// The command, ready to run in the foreground on the terminal.
    #[must_use]
    pub fn command(&self) -> Command {
        let mut command = Command::new(&self.program);
        command.args(&self.args);
        command
    }
}

/// The editor's command line from the values of `VISUAL` and `EDITOR` (the first one that is
/// not blank decides, else `vi`), opening `path` at `line` where the editor is known to take
/// a line.
///
/// # Errors
/// The variable is no command line: a quote is left open.
pub fn editor_command(
    visual: Option<&str>,
    editor: Option<&str>,
    path: &Path,
    line: usize,
) -> Result<EditorCommand, LaunchFailure> {
    let chosen = [("VISUAL", visual), ("EDITOR", editor)]
        .into_iter()
        .find_map(|(name, value)| Some((name, value?)).filter(|(_, v)| !v.trim().is_empty()));
    let mut words = match chosen {
        Some((name, value)) => {
            shell_words::split(value).map_err(|_| LaunchFailure::Unparseable(name))?
        }
        None => vec!["vi".to_owned()],
    }
    .into_iter();
    let program = words.next().unwrap_or_default();
    let mut args: Vec<OsString> = words.map(OsString::from).collect();
    let name = Path::new(&program)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let name = name.strip_suffix(".exe").unwrap_or(name);
    if PLUS_LINE.contains(&name) {
        args.push(format!("+{line}").into());
        args.push(path.into());
    } else if GOTO.contains(&name) {
        let mut at = path.as_os_str().to_owned();
        at.push(format!(":{line}"));
        args.extend(["-g".into(), at]);
    } else {
        args.push(path.into());
    }
    Ok(EditorCommand { program, args })
}

/// What an editor's end says: nothing if it exited cleanly, else its status or its signal.
#[must_use]
pub fn ended_badly(program: &str, status: ExitStatus) -> Option<LaunchFailure> {
    if status.success() {
        return None;
    }
    let name = crate::text::sanitize(program).into_owned();
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(&status) {
        return Some(LaunchFailure::Signal(name, signal));
    }
    Some(LaunchFailure::Status(name, status.code().unwrap_or(-1)))
}

/// Why a program could not start, in the words of `w`.
#[must_use]
pub fn not_started(program: &str, e: &io::Error, w: &dyn Words) -> LaunchFailure {
    let name = crate::text::sanitize(program).into_owned();
    LaunchFailure::NotStarted(name, w.cannot_start(e))
}

/// The program that runs on the terminal in the explorer's place (the editor), known to the
/// signal watcher: while it runs, the terminal is its own, so a terminating signal does not
/// take the terminal back from under it. `SIGINT` is left to it (a `Ctrl-C` typed reaches
/// it from the terminal itself); `SIGTERM` and `SIGHUP` are passed on to it, and the
/// explorer ends once it has.
#[derive(Debug, Default)]
pub struct Foreground {
    /// 0 when nothing runs, -1 while the program is being started, else its process id.
    pid: AtomicI32,
    /// The terminating signal that came while it ran, 0 if none.
    signal: AtomicI32,
    /// Whether that signal has reached the program (it is sent once).
    passed: AtomicBool,
}

impl Foreground {
    /// Runs a command on the terminal until it ends; returns how it ended.
    ///
    /// # Errors
    /// The command could not be started.
    pub fn run(&self, mut command: Command) -> io::Result<ExitStatus> {
        self.signal.store(0, SeqCst);
        self.passed.store(false, SeqCst);
        self.pid.store(-1, SeqCst);
        let ended = command.spawn().and_then(|mut child| {
            self.pid
                .store(i32::try_from(child.id()).unwrap_or(-1), SeqCst);
            // A signal that came while it was starting.
            self.pass_on();
            child.wait()
        });
        self.pid.store(0, SeqCst);
        ended
    }

    /// For the signal watcher: whether a program owns the terminal, which makes the signal
    /// its business (passed on, or for `SIGINT` left to it) rather than the watcher's.
    pub fn claims(&self, signal: i32) -> bool {
        if self.pid.load(SeqCst) == 0 {
            return false;
        }
        #[cfg(unix)]
        if signal != libc::SIGINT {
            let _ = self.signal.compare_exchange(0, signal, SeqCst, SeqCst);
            self.pass_on();
        }
        true
    }

    /// The terminating signal that came while the program ran, if one did.
    #[must_use]
    pub fn signal(&self) -> Option<i32> {
        Some(self.signal.load(SeqCst)).filter(|&s| s != 0)
    }

    /// Sends the program the signal that came, once, if both are known.
    fn pass_on(&self) {
        let (pid, signal) = (self.pid.load(SeqCst), self.signal.load(SeqCst));
        if pid > 0 && signal != 0 && !self.passed.swap(true, SeqCst) {
            #[cfg(unix)]
            // SAFETY: `kill` only sends a signal; the process is our child, not yet reaped.
            unsafe {
                libc::kill(pid, signal);
            }
        }
    }
}

/// Opens a checked `http(s)` address with `$BROWSER` (one program), else the platform's
/// opener. The address is one argument of the program, never a shell command line; a
/// thread waits for the program, so none is left behind unreaped.
///
/// # Errors
/// The program could not be started, worded by `w`.
pub fn open(url: &str, w: &dyn Words) -> Result<(), LaunchFailure> {
    let opener = std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
        .unwrap_or_else(|| {
            if cfg!(target_os = "macos") {
                "open".to_owned()
            } else {
                "xdg-open".to_owned()
            }
        });
    let mut child = Command::new(&opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| not_started(&opener, &e, w))?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(visual: Option<&str>, editor: Option<&str>) -> Result<Vec<String>, LaunchFailure> {
        let c = editor_command(visual, editor, Path::new("/t/my file.toml"), 12)?;
        Ok(std::iter::once(c.program)
            .chain(c.args.iter().map(|a| a.to_string_lossy().into_owned()))
            .collect())
    }

    #[test]
    fn known_editors_get_the_line_others_only_the_file() {
        let file = "/t/my file.toml";
        for (editor, want) in [
            ("vi", vec!["vi", "+12", file]),
            (
                "/usr/bin/nvim -u NONE",
                vec!["/usr/bin/nvim", "-u", "NONE", "+12", file],
            ),
            (
                "'/opt/my editors/hx'",
                vec!["/opt/my editors/hx", "+12", file],
            ),
            ("code -w", vec!["code", "-w", "-g", "/t/my file.toml:12"]),
            ("gedit --wait", vec!["gedit", "--wait", file]),
            ("vim.sh", vec!["vim.sh", file]),
        ] {
            let want = want.into_iter().map(String::from).collect();
            assert_eq!(args(None, Some(editor)), Ok(want), "{editor}");
        }
    }

    #[test]
    fn visual_comes_first_blank_values_count_as_unset_and_vi_is_the_default() {
        assert_eq!(args(Some("nano"), Some("vim")).unwrap()[0], "nano");
        assert_eq!(args(Some("  "), Some("vim")).unwrap()[0], "vim");
        assert_eq!(args(None, None).unwrap()[0], "vi");
    }

    #[test]
    fn an_unclosed_quote_names_its_variable() {
        assert_eq!(
            args(None, Some("'vi -n")),
            Err(LaunchFailure::Unparseable("EDITOR"))
        );
        assert_eq!(
            args(Some("vi \"-n"), Some("vim")),
            Err(LaunchFailure::Unparseable("VISUAL"))
        );
    }
}
