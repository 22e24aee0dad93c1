//! The view layer: what the screen and the headless commands both need to turn the model
//! into text and geometry (layout, styles, wrapping, the detail text, the ruler's scale).
//! It knows the model and ratatui's types, never the app's state.

mod case_table;
pub mod detail;
pub mod help;
pub mod layout;
pub mod lines;
mod palette;
pub mod ruler;
mod spec;
mod theme;
pub mod wrap;

pub use theme::{Theme, kind_marker, light_background};
