//! Property tests: random keys, mouse events, resizes and prompt input never panic and keep
//! the invariants; the loader never panics on arbitrary or mutated input.

use crate::common;

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use timeline::app::{Action, App, action_for};

#[derive(Debug, Clone)]
enum Step {
    Key(KeyCode, KeyModifiers),
    Click(u16, u16),
    Wheel(u16, u16, bool),
    Resize(u16, u16),
    /// The terminal shrinks (or grows) but the app has not yet read the Resize event: the
    /// keys queued before it are handled and drawn at the new size.
    Shrink(u16, u16),
    Tick,
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        4 => prop::sample::select(
            "jkgGyaAcCnNfF[]/?q oh l0123456789abcxyzЖ漢".chars().collect::<Vec<_>>()
        ).prop_map(KeyCode::Char),
        1 => prop::sample::select(vec![
            KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right, KeyCode::PageUp, KeyCode::PageDown,
            KeyCode::Home, KeyCode::End, KeyCode::Enter, KeyCode::Esc, KeyCode::Tab, KeyCode::BackTab,
            KeyCode::Backspace,
        ]),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => (key_code(), prop::sample::select(vec![KeyModifiers::NONE, KeyModifiers::SHIFT, KeyModifiers::ALT]))
            .prop_map(|(c, m)| Step::Key(c, m)),
        2 => (0u16..320, 0u16..110).prop_map(|(x, y)| Step::Click(x, y)),
        1 => (0u16..320, 0u16..110, any::<bool>()).prop_map(|(x, y, d)| Step::Wheel(x, y, d)),
        2 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Step::Resize(w, h)),
        2 => (1u16..=250, 1u16..=70).prop_map(|(w, h)| Step::Shrink(w, h)),
        1 => Just(Step::Tick),
    ]
}

/// Applies a step, never through `Quit`, so the sequence keeps exercising the app.
fn apply(app: &mut App, step: &Step) {
    let action = match *step {
        Step::Key(code, mods) => action_for(app.context(), &KeyEvent::new(code, mods)),
        Step::Click(x, y) => Some(Action::Click(x, y)),
        Step::Wheel(x, y, down) => Some(Action::Wheel(x, y, down)),
        Step::Resize(w, h) => Some(Action::Resize(w, h)),
        Step::Tick | Step::Shrink(..) => Some(Action::Tick),
    };
    if let Some(a) = action.filter(|a| !matches!(a, Action::Quit | Action::Suspend)) {
        app.update(a);
    }
    app.quit = false;
}

fn check_invariants(app: &App) {
    if app.visible.is_empty() {
        assert_eq!(app.cursor.get(), 0);
        return;
    }
    assert!(
        app.cursor.get() < app.visible.len(),
        "selection {} of {}",
        app.cursor.get(),
        app.visible.len()
    );
    let height = app.list_height();
    if height > 0 && !app.areas().too_small && !app.mode.full() {
        let row = app.visible.row_of(app.cursor).expect("a row");
        assert!(
            row >= app.list_top && row < app.list_top + height,
            "row {row} off screen (top {}, height {height})",
            app.list_top
        );
    }
}

fn run(app: &mut App, steps: &[Step]) {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    for s in steps {
        apply(app, s);
        // The screen is the app's size, unless it just changed behind the app's back.
        let (w, h) = match *s {
            Step::Shrink(w, h) => (w, h),
            _ => app.size,
        };
        terminal.backend_mut().resize(w, h);
        // The frame says what it drew and the app keeps it, as in the terminal loop.
        let mut drawn = None;
        terminal
            .draw(|f| drawn = Some(timeline::ui::render(f, app)))
            .expect("draw");
        app.record(drawn.expect("drawn"));
        check_invariants(app);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_keys_at_any_size_keep_the_invariants(steps in prop::collection::vec(step(), 1..80)) {
        let mut app = common::app(common::mini(), 80, 24);
        run(&mut app, &steps);
    }

    #[test]
    fn a_larger_timeline_keeps_the_invariants(steps in prop::collection::vec(step(), 1..60)) {
        let mut app = common::app(common::generated(400, 7), 120, 40);
        run(&mut app, &steps);
    }

    #[test]
    fn the_loader_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = timeline::load::parse("fuzz.toml", &text);
    }

    #[test]
    fn the_loader_never_panics_on_mutated_files(cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), ".{0,12}"), 1..6)) {
        let mut text = std::fs::read_to_string("tests/fixtures/mini.toml").expect("fixture");
        for (at, len, insert) in cuts {
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let start = boundaries[at.index(boundaries.len())];
            let end_choices: Vec<usize> = boundaries.iter().copied().filter(|&b| b >= start && b <= start + 40).collect();
            let end = end_choices[len.index(end_choices.len())];
            text.replace_range(start..end, &insert);
        }
        let _ = timeline::load::parse("mutated.toml", &text);
    }
}

/// The crash the issue found, as one fixed case: a wide screen shrinks to 1×1 while keys
/// queued before the Resize event are still being handled and drawn.
#[test]
fn keys_queued_behind_a_shrink_to_one_cell_do_not_panic() {
    let mut app = common::app(common::mini(), 200, 60);
    let steps = [
        Step::Key(KeyCode::Char('j'), KeyModifiers::NONE),
        Step::Shrink(1, 1),
        Step::Key(KeyCode::Char('j'), KeyModifiers::NONE),
        Step::Shrink(30, 8),
        Step::Key(KeyCode::Char('G'), KeyModifiers::SHIFT),
        Step::Resize(30, 8),
        Step::Shrink(250, 70),
        Step::Key(KeyCode::Char('g'), KeyModifiers::NONE),
    ];
    run(&mut app, &steps);
    assert_eq!(
        app.cursor.get(),
        0,
        "the last key, g, went to the first event"
    );
}

/// 6,000 random keys with random resizes and shrinks from 1×1 to 250×70 on a generated
/// 20,000-event timeline: `cargo test --release --test it props:: -- --ignored many_keys`.
#[test]
#[ignore = "long: run by hand"]
fn many_keys_on_a_large_timeline() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 20,
        ..ProptestConfig::default()
    });
    let timeline = common::generated(20_000, 200);
    runner
        .run(&prop::collection::vec(step(), 300), |steps| {
            let mut app = common::app(timeline.clone(), 120, 40);
            run(&mut app, &steps);
            Ok(())
        })
        .expect("no failure");
}

/// A longer run for hand use: `cargo test --test it props:: -- --ignored`.
#[test]
#[ignore = "long: run by hand"]
fn long_random_sessions() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 2000,
        ..ProptestConfig::default()
    });
    runner
        .run(&prop::collection::vec(step(), 1..300), |steps| {
            let mut app = common::app(common::mini(), 80, 24);
            run(&mut app, &steps);
            Ok(())
        })
        .expect("no failure");
}
