//! Driving the real binary in a pseudo-terminal and reading its screen through a VT100 emulator.

use std::io::{Read as _, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// How long to wait for the screen to show something before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A running `timeline` in a pseudo-terminal.
pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    /// The emulated terminal.
    pub parser: vt100::Parser,
    /// Every byte the program wrote.
    pub raw: Vec<u8>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    /// Starts the built binary with arguments at a terminal size.
    pub fn start(args: &[&str], cols: u16, rows: u16) -> Self {
        Self::start_with_env(args, cols, rows, &[])
    }

    /// Starts the built binary with arguments and extra environment variables.
    pub fn start_with_env(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Self {
        Self::start_in(env!("CARGO_MANIFEST_DIR").as_ref(), args, (cols, rows), env)
    }

    /// Starts the built binary in a working directory, at a size (columns, rows).
    pub fn start_in(
        dir: &std::path::Path,
        args: &[&str],
        (cols, rows): (u16, u16),
        env: &[(&str, &str)],
    ) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_timeline"));
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("start timeline");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let rows = std::num::NonZeroU16::new(rows).expect("rows");
        let cols = std::num::NonZeroU16::new(cols).expect("cols");
        Self {
            child,
            writer,
            output,
            parser: vt100::Parser::new(rows, cols, 0),
            raw: Vec::new(),
            _master: pty.master,
        }
    }

    fn feed(&mut self, bytes: &[u8]) {
        self.raw.extend_from_slice(bytes);
        self.parser.process(bytes);
    }

    /// Whether the program ever switched to the alternate screen.
    pub fn entered_alternate_screen(&self) -> bool {
        self.raw.windows(8).any(|w| w == b"\x1b[?1049h")
    }

    /// Types bytes into the terminal.
    pub fn send(&mut self, bytes: &str) {
        self.writer
            .write_all(bytes.as_bytes())
            .expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// The screen's text.
    pub fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads output until the screen satisfies `done`; panics with the screen if it never does.
    pub fn wait_for(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !done(self.parser.screen()) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self
                .output
                .recv_timeout(left.min(Duration::from_millis(200)))
            {
                Ok(bytes) => self.feed(&bytes),
                Err(RecvTimeoutError::Timeout) if Instant::now() < deadline => {}
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    panic!("never saw {what}; the screen was:\n{}", self.text())
                }
            }
        }
    }

    /// Reads output until none has come for a moment, so the screen is a whole frame.
    pub fn settle(&mut self) {
        let deadline = Instant::now() + PATIENCE;
        while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(300)) {
            self.feed(&bytes);
            assert!(
                Instant::now() < deadline,
                "the screen never settled:\n{}",
                self.text()
            );
        }
    }

    /// Waits until the bytes written since offset `from` contain `needle`; returns where it ends.
    pub fn wait_bytes(&mut self, from: usize, needle: &[u8]) -> usize {
        let find = |raw: &[u8]| {
            raw.get(from..)
                .and_then(|r| r.windows(needle.len()).position(|w| w == needle))
        };
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(at) = find(&self.raw) {
                return from + at + needle.len();
            }
            match self.output.recv_timeout(Duration::from_millis(200)) {
                Ok(bytes) => self.feed(&bytes),
                Err(RecvTimeoutError::Timeout) if Instant::now() < deadline => {}
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => panic!(
                    "never saw {:?}; the screen was:\n{}",
                    String::from_utf8_lossy(needle),
                    self.text()
                ),
            }
        }
    }

    /// Waits until the screen contains `needle`.
    pub fn wait_text(&mut self, needle: &str) {
        self.wait_for(needle, |s| s.contents().contains(needle));
    }

    /// Whether the process is still running.
    pub fn running(&mut self) -> bool {
        self.child.try_wait().expect("wait").is_none()
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("pid")
    }

    /// Waits for the process to end, draining its output into the emulator; returns the exit code.
    pub fn finish(&mut self) -> u32 {
        let deadline = Instant::now() + PATIENCE;
        loop {
            while let Ok(bytes) = self.output.try_recv() {
                self.feed(&bytes);
            }
            if let Some(status) = self.child.try_wait().expect("wait") {
                std::thread::sleep(Duration::from_millis(100));
                while let Ok(bytes) = self.output.try_recv() {
                    self.feed(&bytes);
                }
                return status.exit_code();
            }
            assert!(
                Instant::now() < deadline,
                "timeline did not exit; the screen was:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
