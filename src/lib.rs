//! `timeline`: a terminal explorer for a sourced chronology of Boris Kagarlitsky.

pub mod app;
pub mod cite;
pub mod cli;
pub mod clipboard;
pub mod export;
pub mod fold;
pub mod launch;
pub mod load;
pub mod model;
pub mod present;
pub mod select;
pub mod synth;
pub mod text;
pub mod tui;
pub mod ui;
pub mod view;
pub mod watch;
pub mod words;
