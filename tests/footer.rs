//! The footer fits its width: whatever the width, it keeps `? help` and the way out.

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

/// The footer row as drawn.
fn footer(app: &timeline::app::App, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| timeline::ui::render(f, app))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    (0..w).map(|x| buffer[(x, h - 1)].symbol()).collect()
}

#[test]
fn the_main_view_keeps_help_and_quit_at_every_width() {
    for w in [40, 60, 80, 100, 160] {
        let app = common::app(common::mini(), w, 24);
        let line = footer(&app, w, 24);
        assert!(line.contains("? help"), "{w}: {line:?}");
        assert!(line.contains("q quit"), "{w}: {line:?}");
    }
}

#[test]
fn wider_footers_show_more_hints_in_table_order() {
    let narrow = footer(&common::app(common::mini(), 60, 24), 60, 24);
    let wide = footer(&common::app(common::mini(), 200, 24), 200, 24);
    let count = |s: &str| s.split("  ").filter(|p| !p.trim().is_empty()).count();
    assert!(count(&wide) > count(&narrow), "{narrow:?} / {wide:?}");
    assert!(wide.contains("↓ j move"), "{wide:?}");
    let (search, filter) = (wide.find("/ search"), wide.find("f filter"));
    assert!(search < filter, "table order: {wide:?}");
}

#[test]
fn the_detail_view_and_help_keep_help_and_back() {
    let mut app = common::app(common::mini(), 60, 24);
    common::press(&mut app, KeyCode::Enter);
    let line = footer(&app, 60, 24);
    assert!(
        line.contains("? help") && line.contains("Esc q back"),
        "{line:?}"
    );
    common::press(&mut app, KeyCode::Char('?'));
    let line = footer(&app, 60, 24);
    assert!(
        line.contains("? help") && line.contains("Esc q back"),
        "{line:?}"
    );
}
