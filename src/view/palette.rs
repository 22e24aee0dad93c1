//! The colours of the two themes, as indices of the 256-colour table.

use ratatui::style::Color;

/// The colours of one background, as indices of the 256-colour table. The 16 ANSI colours
/// are left alone: each terminal theme redefines them, and Solarized's make most of them
/// unreadable on one background or the other, whereas the colour cube (16–231) and the grey
/// ramp (232–255) stay as xterm defines them. Every colour here reaches WCAG AA against the
/// background it is for, in the xterm palette and in Solarized (`tests/it/theme_contrast.rs`).
pub(super) struct Palette {
    pub(super) red: u8,
    pub(super) light_red: u8,
    pub(super) magenta: u8,
    pub(super) light_magenta: u8,
    pub(super) yellow: u8,
    pub(super) light_yellow: u8,
    pub(super) green: u8,
    pub(super) light_green: u8,
    pub(super) cyan: u8,
    pub(super) light_cyan: u8,
    pub(super) blue: u8,
    pub(super) light_blue: u8,
    pub(super) grey: u8,
    pub(super) dim: u8,
    pub(super) bars: u8,
}

/// Light colours for a dark background.
pub(super) const ON_DARK: Palette = Palette {
    red: 203,
    light_red: 210,
    magenta: 207,
    light_magenta: 219,
    yellow: 220,
    light_yellow: 229,
    green: 77,
    light_green: 157,
    cyan: 44,
    light_cyan: 159,
    blue: 75,
    light_blue: 117,
    grey: 250,
    dim: 248,
    bars: 250,
};

/// Dark colours for a light background.
pub(super) const ON_LIGHT: Palette = Palette {
    red: 124,
    light_red: 160,
    magenta: 127,
    light_magenta: 91,
    yellow: 94,
    light_yellow: 58,
    green: 22,
    light_green: 23,
    cyan: 24,
    light_cyan: 60,
    blue: 26,
    light_blue: 61,
    grey: 240,
    dim: 240,
    bars: 243,
};

/// The era bands, pale enough for black text on either background.
pub(super) const BANDS: [u8; 5] = [117, 218, 121, 221, 147];
/// Black and white from the colour cube, the same in every palette.
pub(super) const BLACK: Color = Color::Indexed(16);
pub(super) const WHITE: Color = Color::Indexed(231);
/// The banner's ground: a deep red under white.
pub(super) const DEEP_RED: Color = Color::Indexed(124);
/// The in-custody shading of the ruler, under white bars: a red that stands out from dark
/// and light backgrounds alike.
pub(super) const RED: Color = Color::Indexed(196);
/// A search match's ground, under black.
pub(super) const GOLD: Color = Color::Indexed(220);
