//! The scale benchmarks: load, first frame and keystrokes on synthetic timelines of 1,000,
//! 10,000 and 100,000 events (`cargo bench`; see BENCHMARKS.md).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use timeline::app::{Action, App, Focus, Mode, Overlay, Picker, Screen};
use timeline::model::Timeline;
use timeline::view::Theme;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const SCREEN: (u16, u16) = (200, 50);

fn text(n: usize) -> String {
    timeline::synth::timeline(n, 1)
}

fn loaded(n: usize) -> Timeline {
    timeline::load::parse("bench.toml", &text(n)).expect("generated timelines are valid")
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(SCREEN.0, SCREEN.1)).expect("test terminal")
}

/// Draws a frame and hands the app what it drew, as the terminal loop does.
fn draw(t: &mut Terminal<TestBackend>, app: &mut App) {
    let mut drawn = None;
    t.draw(|f| drawn = Some(timeline::ui::render(f, app)))
        .expect("draw");
    app.record(drawn.unwrap_or_default());
}

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    for n in SIZES {
        let text = text(n);
        g.bench_with_input(
            BenchmarkId::new("timeline parse (parallel)", n),
            &text,
            |b, s| {
                b.iter(|| timeline::load::parse("bench.toml", black_box(s)).expect("valid"));
            },
        );
        g.bench_with_input(
            BenchmarkId::new("timeline parse (one core)", n),
            &text,
            |b, s| {
                b.iter(|| timeline::load::parse_whole("bench.toml", black_box(s)).expect("valid"));
            },
        );
        g.bench_with_input(BenchmarkId::new("bare toml::Table", n), &text, |b, s| {
            b.iter(|| toml::from_str::<toml::Table>(black_box(s)).expect("valid"));
        });
    }
    g.finish();
}

fn first_frame(c: &mut Criterion) {
    let mut g = c.benchmark_group("first frame 200x50");
    g.sample_size(20);
    for n in SIZES {
        let t = loaded(n);
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let copy = t.clone();
                    let mut term = terminal();
                    let start = Instant::now();
                    let mut app = App::new(copy, Theme::new(true), SCREEN);
                    draw(&mut term, &mut app);
                    total += start.elapsed();
                    drop(app);
                }
                total
            });
        });
    }
    g.finish();
}

/// Times `step` (one keystroke and its redraw) on a 100k app, after an untimed `prepare`.
fn keystroke(
    c: &mut Criterion,
    name: &str,
    prepare: impl Fn(&mut App),
    step: impl Fn(&mut App, u64),
) {
    let mut app = App::new(loaded(100_000), Theme::new(true), SCREEN);
    let mut term = terminal();
    draw(&mut term, &mut app);
    c.bench_function(&format!("keystroke 100k/{name}"), |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for i in 0..iters {
                prepare(&mut app);
                let start = Instant::now();
                step(&mut app, i);
                draw(&mut term, &mut app);
                total += start.elapsed();
            }
            total
        });
    });
}

fn alternate(a: Action, b: Action) -> impl Fn(&mut App, u64) {
    move |app, i| app.update(if i % 2 == 0 { a.clone() } else { b.clone() })
}

fn keystrokes(c: &mut Criterion) {
    let none = |_: &mut App| {};
    keystroke(
        c,
        "next-previous",
        none,
        alternate(Action::Down, Action::Up),
    );
    keystroke(c, "page", none, alternate(Action::PageDown, Action::PageUp));
    keystroke(
        c,
        "first-last",
        none,
        alternate(Action::Last, Action::First),
    );
    keystroke(
        c,
        "year [ ]",
        |app| {
            app.jump_to_typed("2000");
        },
        alternate(Action::NextYear, Action::PrevYear),
    );
    keystroke(
        c,
        "jump to year",
        |app| app.mode = Mode::Over(Screen::Split(Focus::List), Overlay::Year("2050".into())),
        |app, i| {
            if i % 2 == 1 {
                app.mode = Mode::Over(Screen::Split(Focus::List), Overlay::Year("1950".into()));
            }
            app.update(Action::Submit);
        },
    );
    keystroke(
        c,
        "search: one more character",
        |app| {
            app.mode = Mode::Search(Screen::Split(Focus::List), "cour".into());
            app.preview_search();
        },
        |app, _| app.update(Action::Input('t')),
    );
    keystroke(
        c,
        "toggle a kind filter",
        |app| {
            app.mode = Mode::Over(
                Screen::Split(Focus::List),
                Overlay::Picker(Picker::default()),
            );
            if !app.filters.kinds.is_empty() {
                app.toggle_entry(0);
            }
        },
        |app, _| app.update(Action::Toggle),
    );
}

criterion_group!(benches, load, first_frame, keystrokes);
criterion_main!(benches);
