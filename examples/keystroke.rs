//! A driver for counting one search keystroke under valgrind: loads a file, types a query,
//! then adds one character and redraws at 200×50, `KEYS` times (the query reset untimed in
//! between), inside `step`, the one function to count
//! (`valgrind --tool=callgrind --collect-atstart=no --toggle-collect='keystroke::step'
//! target/release/examples/keystroke FILE [KEYS]`; see BENCHMARKS.md).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use timeline::app::{Action, App, Focus, Mode, Screen};
use timeline::view::Theme;

/// Draws a frame and hands the app what it drew, as the terminal loop does.
fn draw(t: &mut Terminal<TestBackend>, app: &mut App) {
    let mut drawn = None;
    t.draw(|f| drawn = Some(timeline::ui::render(f, app)))
        .expect("draw");
    app.record(drawn.unwrap_or_default());
}

/// One keystroke (`cour` → `court`) and its redraw: what is counted.
#[inline(never)]
fn step(app: &mut App, term: &mut Terminal<TestBackend>) {
    app.update(Action::Input('t'));
    draw(term, app);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: keystroke FILE [KEYS]");
    let keys: usize = args.next().map_or(1, |k| k.parse().expect("a count"));
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let t = timeline::load::parse(&path, &text).expect("a valid timeline");
    drop(text);
    let mut app = App::new(t, Theme::new(true), (200, 50));
    let mut term = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    draw(&mut term, &mut app);
    for _ in 0..keys {
        app.mode = Mode::Search(Screen::Split(Focus::List), "cour".into());
        app.preview_search();
        draw(&mut term, &mut app);
        step(&mut app, &mut term);
    }
    println!("{} matches", app.matches().len());
}
