//! The one integration-test binary: each module is one area of behaviour, driven through the
//! library, the built binary or a pseudo-terminal. Run one area with `cargo test --test it AREA::`.

mod common;

mod app_state;
mod authors_ru;
mod bad_files;
mod check_ru;
mod cli_ru;
mod custody;
mod drawn;
mod e2e;
mod e2e_terminal;
mod edition_ru;
mod empty_selection;
mod export;
mod export_ics;
mod export_markdown;
mod export_shape;
mod export_terminal;
mod exports_ru;
mod find_state;
mod footer;
mod hostile;
mod huge_text;
mod layers;
mod loader;
mod parts_props;
mod popups;
mod problems_ru;
mod prompts;
mod props;
mod publishers_ru;
mod readme;
mod refusals;
mod reload;
mod scale;
mod search_modes;
mod show_whole;
mod snapshots;
mod snapshots_ru;
mod sources;
mod translation;
mod warnings;
mod web_exports;
mod write_targets;
