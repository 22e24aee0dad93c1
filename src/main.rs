//! Entry point: parse the command line, load the file before touching the terminal, then run.

use std::io::IsTerminal as _;
use std::process::ExitCode;

use clap::Parser;
use timeline::app::App;
use timeline::cli::{self, Cli};
use timeline::view::Theme;

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => return cli::refuse_arguments(&e, std::env::args_os()),
    };
    let lang = args.lang();
    if let Some(command) = args.command {
        return cli::run(command, lang);
    }
    if !std::io::stdout().is_terminal() {
        eprintln!("timeline: {}", lang.words().not_a_terminal());
        return ExitCode::FAILURE;
    }
    // The source text is only needed for `check --sources`; the explorer keeps the model alone.
    let cli::Opened { timeline, .. } = match cli::open(args.file.as_deref()) {
        Ok(opened) => opened,
        Err(e) => return cli::Failure::from(e).report(lang.words()),
    };
    timeline::load::give_back_memory();
    let theme = match args.theme {
        Some(t) => Theme::from_env().on_light(t == cli::ThemeArg::Light),
        None => Theme::from_env(),
    };
    let mut app = App::new(timeline, theme, (80, 24));
    app.words = lang.words();
    app.file.clone_from(&args.file);
    let env = |name| std::env::var(name).ok();
    app.hyperlinks = !args.no_hyperlinks
        && timeline::ui::hyperlink::wanted(
            env("TERM").as_deref(),
            env("FORCE_HYPERLINK").as_deref(),
        );
    if let Err(message) = app.start_at(args.at.as_deref(), args.event.as_deref()) {
        return cli::Failure::Input(message).report(app.words);
    }
    let watcher = args.watch.then(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        if let Some(path) = &args.file {
            timeline::watch::spawn(path.clone(), tx);
        }
        rx
    });
    match timeline::tui::run(app, watcher.as_ref()) {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(signal)) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
        Err(e) => {
            let w = lang.words();
            eprintln!("timeline: {}", w.terminal_error(&w.io_error(&e)));
            ExitCode::FAILURE
        }
    }
}
