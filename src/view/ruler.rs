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
