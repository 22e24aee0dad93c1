//! The overview ruler's geometry: which date each column stands for, and how many events
//! fall in each, shared by drawing and by clicks.

use chrono::NaiveDate;
use ratatui::layout::Rect;

use crate::model::{EventIx, Timeline, naive_key};

/// The first day of the timeline's span and its length in days.
#[must_use]
pub fn span(t: &Timeline) -> (NaiveDate, i64) {
    let from = t.meta.from.start();
    (from, (t.meta.to.last_day() - from).num_days().max(1))
}

/// The date under a column of the ruler.
#[must_use]
pub fn date_at(t: &Timeline, area: Rect, x: u16) -> NaiveDate {
    let (from, days) = span(t);
    let col = i64::from(x.saturating_sub(area.x));
    let w = i64::from(area.width.max(1));
    from + chrono::Duration::days((2 * col + 1) * days / (2 * w))
}

/// The column (from 0) a date falls in.
#[must_use]
pub fn column(t: &Timeline, width: u16, date: NaiveDate) -> u16 {
    let (from, days) = span(t);
    let offset = (date - from).num_days().clamp(0, days - 1);
    u16::try_from(offset * i64::from(width) / days)
        .unwrap_or(0)
        .min(width.saturating_sub(1))
}

/// Visible events per column, found by binary search over their sorted dates, so a frame
/// costs the same at a hundred events as at a hundred thousand.
#[must_use]
pub fn density(t: &Timeline, visible: &[EventIx], width: u16) -> Vec<usize> {
    let (from, days) = span(t);
    let w = i64::from(width);
    let before = |c: i64| -> usize {
        match c {
            0 => 0,
            c if c >= w => visible.len(),
            c => {
                let d = naive_key(from + chrono::Duration::days((c * days + w - 1) / w));
                visible.partition_point(|&i| t.events[i].date.key() < d)
            }
        }
    };
    let bounds: Vec<usize> = (0..=w).map(before).collect();
    bounds.windows(2).map(|b| b[1] - b[0]).collect()
}

/// The year step that lets labels (`2023` plus a gap) fit the width.
#[must_use]
pub fn label_step(years: i32, width: u16) -> i32 {
    [1, 2, 5, 10, 20, 50, 100, 1000]
        .into_iter()
        .find(|step| years / step * 6 <= i32::from(width))
        .unwrap_or(1000)
}

/// A band of the ruler's era row: its first column, its width, and its label's width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    /// The first column.
    pub start: u16,
    /// How many columns it covers.
    pub len: u16,
    /// Its label's width in cells.
    pub label: usize,
}

/// Where each band's label goes: its first column and the cells it may take (cut with `…`
/// when fewer than its width). A label starts at its band's start; one too long for its
/// band ends at the band's end instead, reaching back over the blank end of the band
/// before it, as far as one cell after that band's label. Labels keep one cell between
/// them and the next band, except at the row's end.
#[must_use]
pub fn era_labels(bands: &[Band], width: u16) -> Vec<(u16, usize)> {
    let mut free = 0usize;
    let mut out = Vec::with_capacity(bands.len());
    for b in bands {
        let (start, end) = (usize::from(b.start), usize::from(b.start + b.len));
        let end = if end >= usize::from(width) {
            end
        } else {
            end.saturating_sub(1)
        };
        let x = end.saturating_sub(b.label).min(start).max(free);
        let cells = b.label.min(end.saturating_sub(x));
        out.push((u16::try_from(x).unwrap_or(b.start), cells));
        if cells > 0 {
            free = x + cells + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Band, era_labels};

    fn band(start: u16, len: u16, label: usize) -> Band {
        Band { start, len, label }
    }

    #[test]
    fn a_label_that_fits_its_band_starts_at_its_start() {
        let bands = [band(0, 20, 6), band(20, 30, 9)];
        assert_eq!(era_labels(&bands, 50), vec![(0, 6), (20, 9)]);
    }

    #[test]
    fn a_label_too_long_for_its_band_reaches_back_over_the_blank_before_it() {
        // The last band, four columns at the row's end, with a 14-cell label.
        let bands = [band(0, 30, 9), band(30, 4, 14)];
        assert_eq!(era_labels(&bands, 34), vec![(0, 9), (20, 14)]);
        // Room only as far as one cell after the label before it: cut there.
        let bands = [band(0, 12, 9), band(12, 4, 14)];
        assert_eq!(era_labels(&bands, 16), vec![(0, 9), (10, 6)]);
    }

    #[test]
    fn the_first_band_has_nothing_before_it_to_reach_over() {
        let bands = [band(0, 9, 12), band(9, 12, 11)];
        assert_eq!(era_labels(&bands, 80), vec![(0, 8), (9, 11)]);
    }
}
