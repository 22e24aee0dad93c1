//! The terminal session: set-up, the event loop, and restoring the terminal on every exit path.

use std::io::{self, Write as _};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};
use ratatui::{DefaultTerminal, Terminal, backend::CrosstermBackend};

use crate::app::{Action, App, Effect, action_for, action_for_mouse, after_escape};
use crate::launch::Foreground;
use crate::words::{LaunchFailure, Program};

/// How long the loop waits for input before a tick.
const TICK: Duration = Duration::from_millis(100);

/// Whether the explorer holds the terminal (raw mode, the alternate screen), so that
/// [`restore`] gives back only what was taken, once.
static TAKEN: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was: mouse off, main screen, cursor shown, cooked mode.
pub fn restore() {
    if !TAKEN.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
}

/// Raw mode, the alternate screen, mouse capture, and no cursor.
fn take_over() -> io::Result<()> {
    TAKEN.store(true, Ordering::SeqCst);
    terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )
}

fn enter() -> io::Result<DefaultTerminal> {
    take_over()?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Restores the terminal before a panic message in the words of `w`, which is short unless
/// `RUST_BACKTRACE` is set.
fn install_panic_hook(w: &'static dyn crate::words::Words) {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        if std::env::var_os("RUST_BACKTRACE").is_some() {
            default(info);
        } else {
            let place = info.location().map(|l| (l.file(), l.line()));
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(ToString::to_string)
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let _ = writeln!(io::stderr(), "{}", w.crashed(&msg, place));
        }
    }));
}

/// Opens the file in the editor at the line of a byte offset, with the terminal handed over
/// until the editor ends; says what went wrong if it could not start or ended badly. The
/// terminal is taken back unless a terminating signal came meanwhile: the explorer ends then.
fn edit(
    terminal: &mut DefaultTerminal,
    path: &std::path::Path,
    offset: usize,
    foreground: &Foreground,
    w: &dyn crate::words::Words,
) -> io::Result<Result<(), LaunchFailure>> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let line = crate::load::LineIndex::new(crate::load::without_bom(&text))
        .locate(offset)
        .0;
    let var = |name| std::env::var(name).ok();
    let editor = match crate::launch::editor_command(
        var("VISUAL").as_deref(),
        var("EDITOR").as_deref(),
        path,
        line,
    ) {
        Ok(editor) => editor,
        Err(failure) => return Ok(Err(failure)),
    };
    restore();
    let ended = foreground.run(editor.command());
    if foreground.signal().is_none() {
        *terminal = enter()?;
        execute!(io::stdout(), terminal::Clear(terminal::ClearType::All))?;
    }
    Ok(match ended {
        Ok(status) => crate::launch::ended_badly(&editor.program, status).map_or(Ok(()), Err),
        Err(e) => Err(crate::launch::not_started(&editor.program, &e, w)),
    })
}

/// Stops the process until the shell resumes it, leaving the terminal usable meanwhile.
fn suspend(terminal: &mut DefaultTerminal) -> io::Result<()> {
    restore();
    #[cfg(unix)]
    {
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
    }
    // A fresh terminal has empty buffers, so the next frame redraws every cell.
    *terminal = enter()?;
    execute!(io::stdout(), terminal::Clear(terminal::ClearType::All))
}

/// How long the event loop has to notice a terminating signal before the process ends anyway.
const GRACE: Duration = Duration::from_millis(500);

/// On `SIGTERM`, `SIGHUP` or `SIGINT`, asks the event loop to stop; if it has not within
/// [`GRACE`] (a vanished terminal can leave it blocked inside the input reader), restores the
/// terminal and exits from this thread with `128 + signal`. While the editor runs, the
/// terminal is the editor's: the signal is its business ([`Foreground::claims`]).
#[cfg(unix)]
fn watch_signals(stop: Arc<AtomicUsize>, foreground: Arc<Foreground>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        for sig in signals.forever() {
            if foreground.claims(sig) {
                continue;
            }
            stop.store(usize::try_from(sig).unwrap_or(1), Ordering::Relaxed);
            std::thread::sleep(GRACE);
            restore();
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}

/// Runs the explorer until the user quits or a terminating signal arrives; returns the
/// signal's number in that case, so the process can exit with `128 + signal`.
///
/// # Errors
/// A failure to set up or draw to the terminal.
pub fn run(mut app: App, external: Option<&Receiver<Action>>) -> io::Result<Option<i32>> {
    install_panic_hook(app.words);
    let stop = Arc::new(AtomicUsize::new(0));
    let foreground = Arc::new(Foreground::default());
    #[cfg(unix)]
    watch_signals(Arc::clone(&stop), Arc::clone(&foreground))?;
    let mut terminal = enter()?;
    let result = event_loop(&mut terminal, &mut app, (&stop, &foreground), external);
    restore();
    result?;
    Ok(match stop.load(Ordering::Relaxed) {
        0 => None,
        sig => i32::try_from(sig).ok(),
    })
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    (stop, foreground): (&AtomicUsize, &Foreground),
    external: Option<&Receiver<Action>>,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut clipboard = crate::clipboard::Clipboard::default();
    let mut dirty = true;
    // The first idle tick builds the search index; the memory freed on the way goes back.
    let mut indexed = false;
    while !app.quit && stop.load(Ordering::Relaxed) == 0 {
        if dirty {
            // The frame says what it drew; the app keeps it (scroll bounds, link lines).
            let mut drawn = None;
            terminal.draw(|frame| drawn = Some(crate::ui::render(frame, app)))?;
            app.record(drawn.unwrap_or_default());
        }
        if let Some(action) = external.and_then(|rx| rx.try_recv().ok()) {
            app.update(action);
            crate::load::give_back_memory();
            dirty = true;
            continue;
        }
        if !event::poll(TICK)? {
            let flashing = app.flash.is_some();
            app.update(Action::Tick);
            if !indexed {
                indexed = true;
                crate::load::give_back_memory();
            }
            dirty = flashing != app.flash.is_some();
            continue;
        }
        let mut escaped = false;
        let action = match event::read()? {
            Event::Key(key) => match after_escape(app.context(), &key) {
                // `Esc` and a letter in one read: `Esc` first, then the letter where it leads.
                Some(letter) => {
                    let esc = event::KeyEvent::from(event::KeyCode::Esc);
                    if let Some(back) = action_for(app.context(), &esc) {
                        app.update(back);
                        escaped = true;
                    }
                    action_for(app.context(), &letter)
                }
                None => action_for(app.context(), &key),
            },
            Event::Mouse(mouse) => action_for_mouse(&mouse),
            Event::Resize(w, h) => Some(Action::Resize(w, h)),
            _ => None,
        };
        dirty = escaped || action.is_some();
        match action {
            Some(Action::Suspend) => suspend(terminal)?,
            Some(action) => {
                app.update(action);
                match app.effect.take() {
                    Some(Effect::Edit(path, offset)) => {
                        // On a clean exit, read the file again, keeping the current event,
                        // as a watched save would.
                        let after = match edit(terminal, &path, offset, foreground, app.words)? {
                            Ok(()) => Action::Reloaded(Box::new(crate::watch::read(&path))),
                            Err(failure) => Action::LaunchFailed(Program::Editor, failure),
                        };
                        app.update(after);
                        // A terminating signal passed on to the editor ends the explorer too.
                        if let Some(sig) = foreground.signal() {
                            stop.store(usize::try_from(sig).unwrap_or(1), Ordering::Relaxed);
                        }
                    }
                    Some(Effect::Copy(text)) => {
                        let via = clipboard.copy(&text);
                        app.update(Action::Copied(via));
                    }
                    Some(Effect::Export(format, events)) => {
                        // The explorer writes the safe form of CSV cells.
                        let written = crate::export::write_new(
                            format,
                            &app.timeline,
                            &events,
                            app.words.lang(),
                            &crate::export::Options::default(),
                        );
                        app.update(Action::Exported(Box::new(written)));
                    }
                    Some(Effect::Open(url)) => {
                        if let Err(failure) = crate::launch::open(&url, app.words) {
                            app.update(Action::LaunchFailed(Program::Opener, failure));
                        }
                    }
                    None => {}
                }
            }
            None => {}
        }
    }
    Ok(())
}
