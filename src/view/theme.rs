//! The one place for colours and styles, with a colourless variant for `NO_COLOR`.

use ratatui::style::{Color, Modifier, Style};

use super::palette::{BANDS, BLACK, DEEP_RED, GOLD, ON_DARK, ON_LIGHT, Palette, RED, WHITE};
use crate::model::Kind;

/// Colours and styles; every style the UI draws with comes from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
    light: bool,
}

impl Theme {
    /// A theme with or without colour, for a dark background.
    #[must_use]
    pub fn new(color: bool) -> Self {
        Self {
            color,
            light: false,
        }
    }

    /// The same theme for a light (`true`) or dark background: dark colours on light
    /// backgrounds and light ones on dark, readable in the xterm palette and in Solarized.
    #[must_use]
    pub fn on_light(self, light: bool) -> Self {
        Self { light, ..self }
    }

    /// Colour unless `NO_COLOR` is set (to any value); a light background when `COLORFGBG`
    /// (set by rxvt, Konsole and others) names one.
    #[must_use]
    pub fn from_env() -> Self {
        let light = std::env::var("COLORFGBG")
            .ok()
            .is_some_and(|v| light_background(&v));
        Self::new(std::env::var_os("NO_COLOR").is_none()).on_light(light)
    }

    fn palette(self) -> &'static Palette {
        if self.light { &ON_LIGHT } else { &ON_DARK }
    }

    /// A colour of the palette as the foreground, or nothing without colour.
    fn fg(self, pick: impl Fn(&Palette) -> u8) -> Style {
        if self.color {
            Style::new().fg(Color::Indexed(pick(self.palette())))
        } else {
            Style::new()
        }
    }

    /// The colour of a kind's marker.
    #[must_use]
    pub fn kind(self, kind: Kind) -> Style {
        self.fg(|p| match kind {
            Kind::Arrest => p.red,
            Kind::Detention => p.light_red,
            Kind::Charge => p.magenta,
            Kind::Ruling => p.yellow,
            Kind::Release => p.green,
            Kind::Designation => p.light_magenta,
            Kind::Publication => p.cyan,
            Kind::Award => p.light_yellow,
            Kind::Position => p.blue,
            Kind::Activism => p.light_green,
            Kind::Statement => p.light_cyan,
            Kind::Interview => p.light_blue,
            Kind::Other => p.grey,
        })
    }

    /// The cursor's line (in the list, a picker, the links): reverse video, so it shows
    /// without colour too.
    #[must_use]
    pub fn cursor(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// A year heading in the chronology.
    #[must_use]
    pub fn heading(self) -> Style {
        self.fg(|p| p.yellow).add_modifier(Modifier::BOLD)
    }

    /// Titles.
    #[must_use]
    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Field labels such as `Court`.
    #[must_use]
    pub fn label(self) -> Style {
        self.fg(|p| p.cyan).add_modifier(Modifier::BOLD)
    }

    /// Quotations.
    #[must_use]
    pub fn quote(self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    /// Secondary text: dates, attributions, hints.
    #[must_use]
    pub fn dim(self) -> Style {
        if self.color {
            self.fg(|p| p.dim)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// A source's address.
    #[must_use]
    pub fn link(self) -> Style {
        self.fg(|p| p.blue).add_modifier(Modifier::UNDERLINED)
    }

    /// A search match.
    #[must_use]
    pub fn matched(self) -> Style {
        if self.color {
            Style::new().bg(GOLD).fg(BLACK)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
        }
    }

    /// The date of a row that matches the search, when the search marks rather than filters.
    #[must_use]
    pub fn hit(self) -> Style {
        self.fg(|p| p.yellow).add_modifier(Modifier::BOLD)
    }

    /// The border of the focused pane.
    #[must_use]
    pub fn focused(self) -> Style {
        self.fg(|p| p.cyan)
    }

    /// The border of an unfocused pane.
    #[must_use]
    pub fn unfocused(self) -> Style {
        self.dim()
    }

    /// Warnings and the in-custody status.
    #[must_use]
    pub fn alert(self) -> Style {
        self.fg(|p| p.red).add_modifier(Modifier::BOLD)
    }

    /// The live-reload banner: the file is invalid or gone.
    #[must_use]
    pub fn banner(self) -> Style {
        if self.color {
            Style::new()
                .bg(DEEP_RED)
                .fg(WHITE)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    /// The at-liberty status.
    #[must_use]
    pub fn calm(self) -> Style {
        self.fg(|p| p.green).add_modifier(Modifier::BOLD)
    }

    /// Key names in the footer and help.
    #[must_use]
    pub fn key(self) -> Style {
        self.fg(|p| p.cyan).add_modifier(Modifier::BOLD)
    }

    /// An era band on the ruler, by era number.
    #[must_use]
    pub fn era(self, n: usize) -> Style {
        if self.color {
            Style::new()
                .bg(Color::Indexed(BANDS[n % BANDS.len()]))
                .fg(BLACK)
        } else if n.is_multiple_of(2) {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        }
    }

    /// Density bars on the ruler, in or out of custody.
    #[must_use]
    pub fn density(self, in_custody: bool) -> Style {
        match (self.color, in_custody) {
            (true, true) => Style::new().fg(WHITE).bg(RED),
            (true, false) => self.fg(|p| p.bars),
            (false, true) => Style::new().add_modifier(Modifier::REVERSED),
            (false, false) => Style::new(),
        }
    }

    /// The current event's marker on the ruler.
    #[must_use]
    pub fn marker(self) -> Style {
        self.fg(|p| p.yellow).add_modifier(Modifier::BOLD)
    }
}

/// Whether a `COLORFGBG` value (`foreground;background`) names a light background: the
/// ANSI colours 7 and 9–15 are the light ones.
#[must_use]
pub fn light_background(colorfgbg: &str) -> bool {
    colorfgbg
        .rsplit(';')
        .next()
        .and_then(|bg| bg.trim().parse::<u8>().ok())
        .is_some_and(|bg| bg == 7 || (9..=15).contains(&bg))
}

/// The one-cell marker drawn before an event of a kind.
#[must_use]
pub fn kind_marker(kind: Kind) -> &'static str {
    match kind {
        Kind::Arrest => "▲",
        Kind::Detention => "■",
        Kind::Charge => "◆",
        Kind::Ruling => "§",
        Kind::Release => "○",
        Kind::Designation => "✱",
        Kind::Publication => "¶",
        Kind::Award => "★",
        Kind::Position => "◇",
        Kind::Activism => "✦",
        Kind::Statement => "»",
        Kind::Interview => "◎",
        Kind::Other => "·",
    }
}
