//! The one list of export formats: the explorer's `x` offers every format `timeline export
//! --format` takes, and nothing else, and what it writes in one of them is what that
//! format's reader reads.

use ratatui::crossterm::event::KeyCode;
use serde_json::Value;
use timeline::app::Effect;

use crate::common::{app, mini, press, shipped, type_keys};

/// The values `timeline export --format` takes, as clap lists them.
fn cli_formats() -> Vec<String> {
    use clap::CommandFactory as _;
    let cli = timeline::cli::Cli::command();
    let export = cli.find_subcommand("export").expect("an export subcommand");
    let format = export
        .get_arguments()
        .find(|a| a.get_id() == "format")
        .expect("a --format argument");
    format
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect()
}

/// The popup's lines, in order: the boxed cells that read `NAME (.EXT)`.
fn entries(screen: &str) -> Vec<String> {
    screen
        .lines()
        .flat_map(|line| line.split('│').map(str::trim))
        .filter(|cell| cell.ends_with(')') && cell.contains(" (."))
        .map(str::to_owned)
        .collect()
}

#[test]
fn x_offers_every_format_the_cli_has_and_nothing_else() {
    let cli = cli_formats();
    let mut offered = Vec::new();
    // Each line of the popup in turn: Enter on the n-th line asks for one export.
    for n in 0..cli.len() + 2 {
        let mut a = app(mini(), 120, 40);
        type_keys(&mut a, "x");
        for _ in 0..n {
            type_keys(&mut a, "j");
        }
        press(&mut a, KeyCode::Enter);
        match a.effect {
            // The format's keyword is its `--format` value (`csl-json`).
            Some(Effect::Export(format, _)) => {
                offered.push(format.keyword().to_owned());
            }
            other => panic!("Enter on line {n} asked for {other:?}"),
        }
    }
    offered.dedup();
    let (mut offered_sorted, mut cli_sorted) = (offered.clone(), cli.clone());
    offered_sorted.sort();
    cli_sorted.sort();
    assert_eq!(
        offered_sorted, cli_sorted,
        "x offers {offered:?}; --format takes {cli:?}"
    );
    // And the popup is tall enough to draw every one of them, one line each.
    let mut a = app(mini(), 120, 40);
    type_keys(&mut a, "x");
    let screen = crate::common::drawn(&a, 120, 40).join("\n");
    assert_eq!(
        entries(&screen).len(),
        cli.len(),
        "one popup line per format:\n{screen}"
    );
}

#[test]
fn timelinejs_chosen_in_the_explorer_is_a_document_timelinejs_reads_in_its_language() {
    use crate::common::pty::Session;
    let dir = tempfile::tempdir().expect("a scratch directory");
    let mut s = Session::start_in(dir.path(), &["--lang", "ru"], (120, 40), &[]);
    s.wait_text("Хронология");
    s.send("x");
    s.wait_text("TimelineJS");
    // The cursor starts on the popup's first line.
    let at = entries(&s.text())
        .iter()
        .position(|l| l.contains("TimelineJS"))
        .expect("a TimelineJS line");
    s.send(&format!("{}\r", "j".repeat(at)));
    s.wait_text("timeline-view.json");
    let text = std::fs::read_to_string(dir.path().join("timeline-view.json")).expect("written");
    s.send("q");
    assert_eq!(s.finish(), 0);

    // What TimelineJS3 requires of a document: an `events` array whose slides each have a
    // `start_date` with a numeric `year`; eras, when present, a start and an end; the title
    // slide and the slides' text as `text.headline` and `text.text` strings.
    let t = shipped();
    let doc: Value = serde_json::from_str(&text).expect("valid JSON");
    let slides = doc["events"].as_array().expect("an events array");
    assert_eq!(slides.len(), t.events.len(), "one slide per event in view");
    for (slide, e) in slides.iter().zip(&t.events) {
        assert!(slide["start_date"]["year"].is_i64(), "{}", e.id);
        assert!(slide["text"]["headline"].is_string(), "{}", e.id);
        assert!(slide["text"]["text"].is_string(), "{}", e.id);
    }
    for era in doc["eras"].as_array().expect("an eras array") {
        assert!(era["start_date"]["year"].is_i64() && era["end_date"]["year"].is_i64());
    }
    // In the explorer's language: the Russian title.
    assert_eq!(
        doc["title"]["text"]["headline"],
        t.meta.title_in(timeline::words::Lang::Ru)
    );
}

#[test]
fn the_export_commands_summary_names_every_format_of_the_registry() {
    use clap::CommandFactory as _;
    let cli = timeline::cli::Cli::command();
    let export = cli.find_subcommand("export").expect("an export subcommand");
    let about = export.get_about().expect("a summary").to_string();
    for f in timeline::export::Format::ALL {
        assert!(about.contains(f.name()), "{} in: {about}", f.name());
    }
}
