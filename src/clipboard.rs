//! Copying to the clipboard, two ways. On a machine with a local display (an X11 or Wayland
//! session, macOS, Windows) the system clipboard is set directly with `arboard`; over SSH,
//! or with no display, or when that fails, the text goes through the terminal as OSC 52,
//! which the terminal (and tmux with `set-clipboard on`, and ssh, which passes it on) puts
//! on the clipboard of the machine the user sits at.
//!
//! Why this order: over SSH a `DISPLAY` names the remote machine's display (or a forwarded
//! one), and `arboard` would fill a clipboard the user cannot paste from, while OSC 52
//! reaches the user's own terminal; locally, the system clipboard works in every terminal,
//! including those that ignore OSC 52 or ask before honouring it. `arboard` is built
//! without default features (no image support, pure-Rust X11, nothing to link), so a
//! headless machine builds it and simply falls back to OSC 52 at run time.

use std::io::{self, Write as _};

use crate::words::Via;

/// Whether to try the system clipboard first, given a way to read the environment: only
/// with a local display and not over SSH.
#[must_use]
pub fn prefer_system(env: impl Fn(&str) -> Option<String>) -> bool {
    let set = |name: &str| env(name).is_some_and(|v| !v.is_empty());
    let remote = ["SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"]
        .into_iter()
        .any(set);
    let display =
        cfg!(any(target_os = "macos", windows)) || set("WAYLAND_DISPLAY") || set("DISPLAY");
    display && !remote
}

/// How OSC 52 goes out, given a way to read the environment: through tmux when `$TMUX` is
/// set (which passes it on only with `set-clipboard on`), else straight to the terminal.
#[must_use]
pub fn terminal_via(env: impl Fn(&str) -> Option<String>) -> Via {
    if env("TMUX").is_some_and(|v| !v.is_empty()) {
        Via::Tmux
    } else {
        Via::Terminal
    }
}

/// The clipboard for a session: the system one is opened at the first copy and kept open,
/// as X11 serves a copy from the program that made it.
#[derive(Default)]
pub struct Clipboard {
    system: Option<arboard::Clipboard>,
    /// Set once opening the system clipboard has failed, so it is not tried again.
    unavailable: bool,
}

impl std::fmt::Debug for Clipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clipboard")
            .field("system", &self.system.is_some())
            .field("unavailable", &self.unavailable)
            .finish()
    }
}

impl Clipboard {
    /// Copies text, the system clipboard first when [`prefer_system`] says so, and says
    /// which way it went.
    pub fn copy(&mut self, text: &str) -> Via {
        if prefer_system(|name| std::env::var(name).ok()) && self.copy_system(text) {
            return Via::System;
        }
        osc52(text);
        terminal_via(|name| std::env::var(name).ok())
    }

    /// Sets the system clipboard; false when there is none or it refused.
    fn copy_system(&mut self, text: &str) -> bool {
        if self.system.is_none() && !self.unavailable {
            self.system = arboard::Clipboard::new().ok();
            self.unavailable = self.system.is_none();
        }
        self.system
            .as_mut()
            .is_some_and(|c| c.set_text(text.to_owned()).is_ok())
    }
}

/// Writes the text to the terminal as OSC 52, for it to put on the clipboard.
fn osc52(text: &str) {
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = io::stdout();
    let _ = write!(out, "\x1b]52;c;{encoded}\x07");
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&str, &str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_system_clipboard_only_with_a_local_display() {
        let desktop = cfg!(any(target_os = "macos", windows));
        assert!(prefer_system(env(&[("DISPLAY", ":0")])));
        assert!(prefer_system(env(&[("WAYLAND_DISPLAY", "wayland-0")])));
        assert_eq!(prefer_system(env(&[])), desktop, "no display");
        assert_eq!(prefer_system(env(&[("DISPLAY", "")])), desktop);
        assert!(
            !prefer_system(env(&[
                ("DISPLAY", "localhost:10.0"),
                ("SSH_CONNECTION", "a b c d")
            ])),
            "over SSH, even with a forwarded display"
        );
        assert!(!prefer_system(env(&[
            ("DISPLAY", ":0"),
            ("SSH_TTY", "/dev/pts/1")
        ])));
    }
}
