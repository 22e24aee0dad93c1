//! Every colour of the dark and the light theme reaches WCAG 2.2 AA contrast against the
//! ground it is drawn on (4.5:1 for text, 3:1 for bars and borders), in the xterm default
//! palette and in Solarized, dark and light: relative luminance and contrast ratio as WCAG
//! defines them, for each style's foreground against its own background or the theme's.

use ratatui::style::{Color, Style};
use timeline::model::Kind;
use timeline::view::Theme;

type Rgb = (u8, u8, u8);

/// A terminal's palette: its default background and its 16 ANSI colours.
struct Palette {
    name: &'static str,
    background: Rgb,
    ansi: [Rgb; 16],
}

/// xterm's defaults, from its resource file `XTerm-col.ad` and `charproc.c` (colours 0–15);
/// the background of a dark terminal is black, of a light one white.
const XTERM: [Rgb; 16] = [
    (0x00, 0x00, 0x00),
    (0xcd, 0x00, 0x00),
    (0x00, 0xcd, 0x00),
    (0xcd, 0xcd, 0x00),
    (0x00, 0x00, 0xee),
    (0xcd, 0x00, 0xcd),
    (0x00, 0xcd, 0xcd),
    (0xe5, 0xe5, 0xe5),
    (0x7f, 0x7f, 0x7f),
    (0xff, 0x00, 0x00),
    (0x00, 0xff, 0x00),
    (0xff, 0xff, 0x00),
    (0x5c, 0x5c, 0xff),
    (0xff, 0x00, 0xff),
    (0x00, 0xff, 0xff),
    (0xff, 0xff, 0xff),
];

/// Solarized's terminal colours, from Ethan Schoonover's table
/// (<https://ethanschoonover.com/solarized/>, "Usage & Development"): base02, red, green,
/// yellow, blue, magenta, cyan, base2, base03, orange, base01, base00, base0, violet,
/// base1, base3. The dark variant has base03 as its background, the light one base3; the
/// scheme defines the 16 ANSI colours only, so 16–255 stay xterm's.
const SOLARIZED: [Rgb; 16] = [
    (0x07, 0x36, 0x42),
    (0xdc, 0x32, 0x2f),
    (0x85, 0x99, 0x00),
    (0xb5, 0x89, 0x00),
    (0x26, 0x8b, 0xd2),
    (0xd3, 0x36, 0x82),
    (0x2a, 0xa1, 0x98),
    (0xee, 0xe8, 0xd5),
    (0x00, 0x2b, 0x36),
    (0xcb, 0x4b, 0x16),
    (0x58, 0x6e, 0x75),
    (0x65, 0x7b, 0x83),
    (0x83, 0x94, 0x96),
    (0x6c, 0x71, 0xc4),
    (0x93, 0xa1, 0xa1),
    (0xfd, 0xf6, 0xe3),
];

const DARK: [Palette; 2] = [
    Palette {
        name: "xterm on black",
        background: (0, 0, 0),
        ansi: XTERM,
    },
    Palette {
        name: "Solarized dark",
        background: (0x00, 0x2b, 0x36),
        ansi: SOLARIZED,
    },
];

const LIGHT: [Palette; 2] = [
    Palette {
        name: "xterm on white",
        background: (0xff, 0xff, 0xff),
        ansi: XTERM,
    },
    Palette {
        name: "Solarized light",
        background: (0xfd, 0xf6, 0xe3),
        ansi: SOLARIZED,
    },
];

/// A colour's value in a palette; `None` for the terminal's own foreground or background.
/// Colours 16–255 are xterm's 6×6×6 cube and grey ramp (`256colres.h`).
fn rgb(colour: Color, p: &Palette) -> Option<Rgb> {
    let ansi = |n: usize| Some(p.ansi[n]);
    match colour {
        Color::Reset => None,
        Color::Black => ansi(0),
        Color::Red => ansi(1),
        Color::Green => ansi(2),
        Color::Yellow => ansi(3),
        Color::Blue => ansi(4),
        Color::Magenta => ansi(5),
        Color::Cyan => ansi(6),
        Color::Gray => ansi(7),
        Color::DarkGray => ansi(8),
        Color::LightRed => ansi(9),
        Color::LightGreen => ansi(10),
        Color::LightYellow => ansi(11),
        Color::LightBlue => ansi(12),
        Color::LightMagenta => ansi(13),
        Color::LightCyan => ansi(14),
        Color::White => ansi(15),
        Color::Indexed(n) if n < 16 => ansi(usize::from(n)),
        Color::Indexed(n) if n >= 232 => {
            let v = 8 + 10 * (n - 232);
            Some((v, v, v))
        }
        Color::Indexed(n) => {
            let level = |i: u8| if i == 0 { 0 } else { 55 + 40 * i };
            let n = n - 16;
            Some((level(n / 36), level(n / 6 % 6), level(n % 6)))
        }
        Color::Rgb(r, g, b) => Some((r, g, b)),
    }
}

/// WCAG relative luminance.
fn luminance((r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio, from 1 to 21.
fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

const TEXT: f64 = 4.5;
const NON_TEXT: f64 = 3.0;

/// Every coloured style of a theme, named, with the contrast it needs.
fn styles(t: Theme) -> Vec<(String, Style, f64)> {
    let mut out: Vec<(String, Style, f64)> = Kind::ALL
        .iter()
        .map(|&k| (format!("kind {}", k.as_str()), t.kind(k), TEXT))
        .collect();
    let named = [
        ("heading", t.heading(), TEXT),
        ("label", t.label(), TEXT),
        ("dim", t.dim(), TEXT),
        ("link", t.link(), TEXT),
        ("matched", t.matched(), TEXT),
        ("hit", t.hit(), TEXT),
        ("alert", t.alert(), TEXT),
        ("banner", t.banner(), TEXT),
        ("calm", t.calm(), TEXT),
        ("key", t.key(), TEXT),
        ("focused border", t.focused(), NON_TEXT),
        ("unfocused border", t.unfocused(), NON_TEXT),
        ("ruler bars", t.density(false), NON_TEXT),
        ("ruler bars in custody", t.density(true), NON_TEXT),
        ("ruler marker", t.marker(), NON_TEXT),
    ];
    out.extend(named.into_iter().map(|(n, s, r)| (n.to_owned(), s, r)));
    out.extend((0..5).map(|n| (format!("era band {n}"), t.era(n), TEXT)));
    out
}

/// The pairs below AA: each style's foreground against its own background, or the
/// palette's; and the in-custody shading itself against the palette's background.
fn failures(t: Theme, palettes: &[Palette]) -> Vec<String> {
    let mut bad = Vec::new();
    for p in palettes {
        for (name, style, need) in styles(t) {
            let Some(fg) = style.fg.and_then(|c| rgb(c, p)) else {
                continue;
            };
            let bg = style.bg.and_then(|c| rgb(c, p)).unwrap_or(p.background);
            let ratio = contrast(fg, bg);
            if ratio < need {
                bad.push(format!("{}: {name} {ratio:.2} < {need}", p.name));
            }
        }
        let shading = t.density(true).bg.and_then(|c| rgb(c, p));
        if let Some(bg) = shading
            && contrast(bg, p.background) < NON_TEXT
        {
            let ratio = contrast(bg, p.background);
            bad.push(format!("{}: custody shading {ratio:.2} < 3", p.name));
        }
    }
    bad
}

#[test]
fn the_contrast_formula_gives_the_known_ratios() {
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
    assert!((luminance((255, 255, 255)) - 1.0).abs() < 1e-9);
    let cube = rgb(Color::Indexed(203), &DARK[0]);
    assert_eq!(cube, Some((0xff, 0x5f, 0x5f)));
    assert_eq!(rgb(Color::Indexed(244), &DARK[0]), Some((0x80, 0x80, 0x80)));
}

#[test]
fn every_colour_of_the_dark_theme_reads_on_dark_backgrounds() {
    let bad = failures(Theme::new(true), &DARK);
    assert!(bad.is_empty(), "below WCAG AA:\n{}", bad.join("\n"));
}

#[test]
fn every_colour_of_the_light_theme_reads_on_light_backgrounds() {
    let bad = failures(Theme::new(true).on_light(true), &LIGHT);
    assert!(bad.is_empty(), "below WCAG AA:\n{}", bad.join("\n"));
}

#[test]
fn without_colour_the_styles_carry_no_colour() {
    let t = Theme::new(false);
    for (name, style, _) in styles(t) {
        assert!(
            style.fg.is_none() && style.bg.is_none(),
            "{name} has a colour"
        );
    }
}
