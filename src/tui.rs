//! The terminal session: set-up, the event loop, and restoring the terminal on every exit path.

use std::io::{self, Write as _};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};
use ratatui::{DefaultTerminal, Terminal, backend::CrosstermBackend};

use crate::app::{Action, App, Effect, action_for, action_for_mouse};
use crate::model::EventIx;

/// How long the loop waits for input before a tick.
const TICK: Duration = Duration::from_millis(100);

/// Puts the terminal back as it was: mouse off, main screen, cursor shown, cooked mode.
pub fn restore() {
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

/// Opens the file in `$VISUAL` or `$EDITOR` (else `vi`) at the line of a byte offset, with
/// the terminal handed over until the editor exits.
fn edit(terminal: &mut DefaultTerminal, path: &std::path::Path, offset: usize) -> io::Result<()> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let line = crate::load::LineIndex::new(crate::load::without_bom(&text))
        .locate(offset)
        .0;
    let editor = ["VISUAL", "EDITOR"]
        .into_iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned());
    // `$EDITOR` may hold arguments (`code --wait`): split on whitespace, never through a shell.
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    restore();
    let _ = std::process::Command::new(program)
        .args(words)
        .arg(format!("+{line}"))
        .arg(path)
        .status();
    *terminal = enter()?;
    execute!(io::stdout(), terminal::Clear(terminal::ClearType::All))
}

/// Writes the visible events to a new file in the working directory (named
/// `timeline-view.*`, as it always was); says where.
fn export_visible(app: &App, format: crate::app::ExportFormat, events: &[EventIx]) -> String {
    use crate::app::ExportFormat as F;
    let t = &app.timeline;
    let lang = app.words.lang();
    let code = lang.code();
    // The calendar holds only the events dated to the day; it says how many it left out.
    let mut skipped = 0;
    let text = match format {
        F::Markdown => Ok(crate::export::to_markdown(t, events, lang)),
        F::Html => Ok(crate::export::to_html(t, events, code)),
        F::Csv => crate::export::to_csv(t, events).map_err(|e| e.to_string()),
        F::Json => crate::export::to_json(t, events).map_err(|e| e.to_string()),
        F::Ics => {
            let ics = crate::export::to_ics(t, events, lang);
            skipped = ics.skipped;
            Ok(ics.text)
        }
    };
    let mut path = std::path::PathBuf::from(format!("timeline-view.{}", format.extension()));
    for n in 2.. {
        if !path.exists() {
            break;
        }
        path = format!("timeline-view-{n}.{}", format.extension()).into();
    }
    let shown = crate::text::sanitize(&path.display().to_string()).into_owned();
    let written = text.and_then(|text| {
        crate::export::write_atomic(&path, text.as_bytes()).map_err(|e| app.words.io_error(&e))
    });
    let w = app.words;
    match written {
        Ok(()) if skipped > 0 => {
            w.exported_calendar(events.len() - skipped, skipped, &format!("./{shown}"))
        }
        Ok(()) => w.exported(events.len(), &format!("./{shown}"), None),
        Err(e) => w.exported(events.len(), &shown, Some(&e)),
    }
}

/// Does what the app asked for outside its state.
fn perform(effect: Effect) {
    match effect {
        Effect::Open(url) => open_in_browser(&url),
        Effect::Edit(..) | Effect::Export(..) | Effect::Copy(_) => {}
    }
}

/// Opens a checked `http(s)` address with `$BROWSER`, else the platform's opener; the
/// address is one argument of the program, never a shell command line.
fn open_in_browser(url: &str) {
    use std::process::{Command, Stdio};
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
    let _ = Command::new(opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
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
/// terminal and exits from this thread with `128 + signal`.
#[cfg(unix)]
fn watch_signals(stop: Arc<AtomicUsize>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
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
    #[cfg(unix)]
    watch_signals(Arc::clone(&stop))?;
    let mut terminal = enter()?;
    let result = event_loop(&mut terminal, &mut app, &stop, external);
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
    stop: &AtomicUsize,
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
        let action = match event::read()? {
            Event::Key(key) => action_for(app.context(), &key),
            Event::Mouse(mouse) => action_for_mouse(&mouse),
            Event::Resize(w, h) => Some(Action::Resize(w, h)),
            _ => None,
        };
        dirty = action.is_some();
        match action {
            Some(Action::Suspend) => suspend(terminal)?,
            Some(action) => {
                app.update(action);
                match app.effect.take() {
                    Some(Effect::Edit(path, offset)) => {
                        edit(terminal, &path, offset)?;
                        // Read the file again, keeping the current event, as a watched save would.
                        app.update(Action::Reloaded(Box::new(crate::watch::read(&path))));
                    }
                    Some(Effect::Copy(text)) => {
                        let via = clipboard.copy(&text);
                        app.update(Action::Copied(via));
                    }
                    Some(Effect::Export(format, events)) => {
                        let said = export_visible(app, format, &events);
                        app.say(said);
                    }
                    Some(effect) => perform(effect),
                    None => {}
                }
            }
            None => {}
        }
    }
    Ok(())
}
