//! The case table under an event that belongs to a case: one row per event of the case,
//! with its date, kind, instance, court and outcome. Instances and court names wrap within
//! their columns, so a long court is read whole; the outcome fills the lines its row has
//! and is cut with `…` after them (it stands in full in that event's own legal block).
//! Where the columns would be too narrow for a court's words (a split view), each row is
//! stacked instead: date, kind and instance on one line, the court and the outcome below.
//! A spec that asks for the whole text (`timeline show`) always gets stacked rows, nothing
//! in them cut: the outcome takes every line it needs.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::detail::Spec;
use super::wrap::{hang, wrap};
use crate::model::{Event, EventIx, LegalField};
use crate::present;
use crate::text::{fit, sanitize, truncate};
use crate::words::Phrase;

/// The width of the kind column.
const KIND: usize = 12;
/// The width of the instance column.
const INSTANCE: usize = 15;
/// The least width shared by the court and outcome columns; below it rows are stacked.
const TABLE_FLEX: usize = 32;
/// The most lines a stacked row gives its outcome.
const STACKED_OUTCOME: usize = 2;

/// A cell's text wrapped to a column, one string per line (none for an empty cell).
fn cell_lines(text: Option<&str>, width: usize) -> Vec<String> {
    let text = sanitize(text.unwrap_or("")).trim().to_owned();
    if text.is_empty() {
        return Vec::new();
    }
    wrap(vec![(text, Style::new())], width.max(1))
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The outcome in at most `height` lines of `width`, the last cut with `…` if it goes on.
fn outcome_lines(text: Option<&str>, width: usize, height: usize) -> Vec<String> {
    let mut lines = cell_lines(text, width);
    if lines.len() > height {
        // The rest spans two lines or more, so it never fits one: it always ends in `…`.
        let rest = lines.split_off(height - 1).join(" ");
        lines.push(truncate(&rest, width));
    }
    lines
}

/// The case thread as table rows, marking the current event and the highlighted link.
pub fn render(
    spec: &Spec<'_>,
    e: &Event,
    here: EventIx,
    width: usize,
    out: &mut Vec<Line<'static>>,
) {
    let Some(case) = &e.case else { return };
    let (theme, w) = (spec.theme, spec.words);
    out.push(Line::default());
    out.push(Line::styled(w.case_heading(&sanitize(case)), theme.label()));
    let date_w = present::short_width(w) + 1;
    let flex = width.saturating_sub(2 + date_w + KIND + INSTANCE);
    if spec.whole || flex < TABLE_FLEX {
        stacked(spec, here, case, date_w, width, out);
        return;
    }
    let (court_w, outcome_w) = (flex / 2, flex - flex / 2);
    let head = format!(
        "  {}{}{}{}{}",
        fit(w.phrase(Phrase::ColDate), date_w),
        fit(w.phrase(Phrase::ColKind), KIND),
        fit(w.phrase(Phrase::ColInstance), INSTANCE),
        fit(w.phrase(Phrase::ColCourt), court_w),
        fit(w.phrase(Phrase::ColOutcome), outcome_w)
    );
    out.push(Line::styled(fit(&head, width), theme.dim()));
    let mut link = 0;
    for &i in spec.timeline.case_thread(case) {
        let ev = &spec.timeline.events[i];
        let value = |field| ev.legal_value(field, w.russian());
        let (mark, style) = row_mark(spec, i == here, &mut link);
        // Each text column leaves one blank column before the next.
        let instance = cell_lines(value(LegalField::Instance), INSTANCE - 1);
        let court = cell_lines(value(LegalField::Court), court_w.saturating_sub(1));
        let height = instance.len().max(court.len()).max(1);
        let outcome = outcome_lines(
            value(LegalField::Outcome),
            outcome_w.saturating_sub(1),
            height,
        );
        for n in 0..height {
            let part = |lines: &[String], w: usize| fit(lines.get(n).map_or("", String::as_str), w);
            let (lead, date, kind) = if n == 0 {
                let date = present::short(w, ev.date, ev.approximate);
                (mark, date, w.kind(ev.kind))
            } else {
                ("  ", String::new(), "")
            };
            let row = format!(
                "{lead}{}{}{}{}{}",
                fit(&date, date_w),
                fit(kind, KIND),
                part(&instance, INSTANCE),
                part(&court, court_w),
                part(&outcome, outcome_w),
            );
            out.push(Line::styled(fit(&row, width), style));
        }
    }
}

/// The mark and style of a row: `▶` for the event shown, the cursor's style for the
/// highlighted link; every other row is link number `*link`, which it advances.
fn row_mark(spec: &Spec<'_>, current: bool, link: &mut usize) -> (&'static str, Style) {
    if current {
        return ("▶ ", spec.theme.title());
    }
    let lit = spec.link == Some(*link);
    *link += 1;
    (
        "  ",
        if lit {
            spec.theme.cursor()
        } else {
            Style::new()
        },
    )
}

/// The case thread with each row stacked: date, kind and instance, then the court and
/// the outcome indented under the date's end; the outcome takes at most
/// [`STACKED_OUTCOME`] lines, and a first line wider than `width` is cut, unless the spec
/// asks for the whole text, which wraps the first line and never cuts the outcome.
fn stacked(
    spec: &Spec<'_>,
    here: EventIx,
    case: &str,
    date_w: usize,
    width: usize,
    out: &mut Vec<Line<'static>>,
) {
    let w = spec.words;
    let indent = 2 + date_w;
    let inner = width.saturating_sub(indent).max(1);
    let mut link = 0;
    for &i in spec.timeline.case_thread(case) {
        let ev = &spec.timeline.events[i];
        let value = |field| ev.legal_value(field, w.russian());
        let (mark, style) = row_mark(spec, i == here, &mut link);
        let date = present::short(w, ev.date, ev.approximate);
        let mut first = w.kind(ev.kind).to_owned();
        if let Some(instance) = value(LegalField::Instance) {
            first.push_str(" · ");
            first.push_str(sanitize(instance).trim());
        }
        let lead = Span::raw(format!("{mark}{}", fit(&date, date_w)));
        let mut rows: Vec<String> = if spec.whole {
            let lines = hang(&lead, vec![(first, Style::new())], width);
            lines.iter().map(ToString::to_string).collect()
        } else {
            vec![format!("{lead}{first}")]
        };
        let height = if spec.whole {
            usize::MAX
        } else {
            STACKED_OUTCOME
        };
        let court = cell_lines(value(LegalField::Court), inner);
        let outcome = outcome_lines(value(LegalField::Outcome), inner, height);
        let pad = " ".repeat(indent);
        rows.extend(court.iter().chain(&outcome).map(|l| format!("{pad}{l}")));
        let whole = spec.whole;
        out.extend(
            rows.into_iter()
                .map(|r| Line::styled(if whole { r } else { fit(&r, width) }, style)),
        );
    }
}
