//! The overview ruler: eras, event density, custody periods, year labels and the current event.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::app::App;
use crate::model::Timeline;
use crate::text::{sanitize, truncate};
use crate::view::ruler::{Band, column, date_at, density, era_labels, label_step};

const BARS: [&str; 9] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

/// Draws the ruler in its three rows.
pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let buf = frame.buffer_mut();
    let (t, theme, w) = (&app.timeline, app.theme, area.width);
    let [eras_y, bars_y, labels_y] = [area.y, area.y + 1, area.y + 2];
    let dates: Vec<NaiveDate> = (0..w).map(|x| date_at(t, area, area.x + x)).collect();
    // Eras: contiguous runs of the latest era covering each column.
    let eras: Vec<Option<usize>> = dates
        .iter()
        .map(|d| {
            t.eras
                .iter()
                .rposition(|e| e.from.start() <= *d && *d <= e.to.last_day())
        })
        .collect();
    // Each band in its colour, then the labels over them, where `era_labels` puts them:
    // a label may reach back over the blank end of the band before it, in that band's colour.
    let mut x = 0;
    let mut names = Vec::new();
    let mut bands = Vec::new();
    for run in eras.chunk_by(|a, b| a == b) {
        let len = u16::try_from(run.len()).unwrap_or(w);
        if let Some(n) = run[0] {
            let blank = " ".repeat(run.len());
            buf.set_stringn(area.x + x, eras_y, blank, run.len(), theme.era(n));
            let name = sanitize(t.eras[n].name_in(app.words.lang())).into_owned();
            let label = unicode_width::UnicodeWidthStr::width(name.as_str());
            bands.push(Band {
                start: x,
                len,
                label,
            });
            names.push(name);
        }
        x += len;
    }
    for (name, (x, cells)) in names.iter().zip(era_labels(&bands, w)) {
        let text = truncate(name, cells);
        buf.set_stringn(area.x + x, eras_y, text, cells, Style::new());
    }
    // Density of visible events per column, shaded where he was in custody.
    let counts = density(t, &app.visible.events, w);
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    // The days of each period are worked out once, when the timeline is built: at 100,000
    // events there are thousands of periods, and this runs on every frame.
    let held = t.custody_periods();
    for ((x, &n), d) in (area.x..).zip(&counts).zip(&dates) {
        // The periods follow one another in order, so the one that could hold `d` is the last
        // to start on or before it.
        let k = held.partition_point(|p| p.from <= *d);
        let in_custody = k > 0 && *d <= held[k - 1].until;
        let level = if n == 0 {
            0
        } else {
            (n * 8).div_ceil(max).clamp(1, 8)
        };
        buf.set_string(x, bars_y, BARS[level], theme.density(in_custody));
    }
    labels(buf, t, area, labels_y);
    if let Some(e) = app.current() {
        let x = area.x + column(t, w, e.date.start());
        // The marker takes a free cell under the bars; over a year label it reverses the digit instead.
        if let Some(cell) = buf.cell_mut((x, labels_y)) {
            if cell.symbol() == " " {
                cell.set_symbol("▲").set_style(theme.marker());
            } else {
                cell.set_style(theme.cursor());
            }
        }
        if let Some(cell) = buf.cell_mut((x, bars_y)) {
            cell.set_style(theme.cursor());
        }
    }
}

fn labels(buf: &mut Buffer, t: &Timeline, area: Rect, y: u16) {
    let (first, last) = (t.meta.from.year_num(), t.meta.to.year_num());
    let step = label_step(last - first + 1, area.width);
    let mut next_free = 0u16;
    let start = first + (step - first.rem_euclid(step)) % step;
    for year in (start..=last).step_by(usize::try_from(step).unwrap_or(1)) {
        let Some(jan1) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            continue;
        };
        let col = if year == first {
            0
        } else {
            column(t, area.width, jan1)
        };
        let label = format!("{:04}", jan1.year());
        if col >= next_free && col + 4 <= area.width {
            buf.set_string(area.x + col, y, &label, ratatui::style::Style::new());
            next_free = col + 6;
        }
    }
}
