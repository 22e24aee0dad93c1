//! The case table under an event that belongs to a case: one row per event of the case,
//! with its date, kind, instance, court and outcome. Instances and court names wrap within
//! their columns, and the outcome too, so nothing in the table is cut: a row takes the
//! lines its longest cell needs. Where the columns would be too narrow for a court's words
//! (a split view), each row is stacked instead: date, kind and instance on one line, the
//! court and the outcome below. A spec that asks for the whole text (`timeline show`)
//! always gets stacked rows.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::spec::{Detail, Spec};
use super::wrap::{hang, wrap};
use unicode_width::UnicodeWidthStr as _;

use crate::model::{Event, EventIx, Grouping, Kind, LegalField};
use crate::present;
use crate::text::{fit, sanitize};
use crate::words::Phrase;

/// Columns between the longest kind and the instance column.
const KIND_GAP: usize = 2;
/// The least room for the court and outcome of a stacked row under the date's end.
const STACKED_MIN: usize = 16;

/// The width of the instance column.
const INSTANCE: usize = 15;
/// The least width shared by the court and outcome columns (about 25 each); below it rows are
/// stacked, which reads better than two narrow columns of many lines.
const TABLE_FLEX: usize = 50;

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

/// The case thread as table rows, marking the current event and the highlighted link.
pub fn render(spec: &Spec<'_>, e: &Event, here: EventIx, width: usize, out: &mut Detail) {
    let Some(case) = &e.case else { return };
    let (theme, w) = (spec.theme, spec.words);
    let names = &spec.timeline.names;
    let name = names
        .name(Grouping::Case, case, w.lang())
        .map(|n| sanitize(n).into_owned());
    out.lines.push(Line::default());
    out.lines.extend(wrap(
        vec![(
            w.case_heading(&sanitize(case), name.as_deref()),
            theme.label(),
        )],
        width.max(1),
    ));
    let date_w = present::short_width(w) + 1;
    // The kind column fits the longest kind in this language, and a gap.
    let kind_w = Kind::ALL
        .into_iter()
        .map(|k| w.kind(k).width())
        .max()
        .unwrap_or(0)
        + KIND_GAP;
    let flex = width.saturating_sub(2 + date_w + kind_w + INSTANCE);
    if spec.whole || flex < TABLE_FLEX {
        stacked(spec, here, case, date_w, width, out);
        return;
    }
    let (court_w, outcome_w) = (flex / 2, flex - flex / 2);
    let head = format!(
        "  {}{}{}{}{}",
        fit(w.phrase(Phrase::ColDate), date_w),
        fit(w.phrase(Phrase::ColKind), kind_w),
        fit(w.phrase(Phrase::ColInstance), INSTANCE),
        fit(w.phrase(Phrase::ColCourt), court_w),
        fit(w.phrase(Phrase::ColOutcome), outcome_w)
    );
    out.lines.push(Line::styled(fit(&head, width), theme.dim()));
    let mut link = 0;
    for &i in spec.timeline.case_thread(case) {
        let ev = &spec.timeline.events[i];
        let value = |field| ev.legal_value(field, w.lang());
        let (mark, style) = row_mark(spec, i == here, &mut link, out);
        // Each text column leaves one blank column before the next.
        let instance = cell_lines(value(LegalField::Instance), INSTANCE - 1);
        let court = cell_lines(value(LegalField::Court), court_w.saturating_sub(1));
        let outcome = cell_lines(value(LegalField::Outcome), outcome_w.saturating_sub(1));
        let height = instance.len().max(court.len()).max(outcome.len()).max(1);
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
                fit(kind, kind_w),
                part(&instance, INSTANCE),
                part(&court, court_w),
                part(&outcome, outcome_w),
            );
            out.lines.push(Line::styled(fit(&row, width), style));
        }
    }
}

/// The mark and style of a row: `▶` for the event shown, the cursor's style for the
/// highlighted link; every other row is link number `*link`, which it advances, and starts
/// on the next line of `out`.
fn row_mark(
    spec: &Spec<'_>,
    current: bool,
    link: &mut usize,
    out: &mut Detail,
) -> (&'static str, Style) {
    if current {
        return ("▶ ", spec.theme.title());
    }
    let lit = spec.link == Some(*link);
    out.mark_link(*link);
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

/// The case thread with each row stacked: date, kind and instance (wrapped under
/// themselves), then the court and the whole outcome indented under the date's end.
fn stacked(
    spec: &Spec<'_>,
    here: EventIx,
    case: &str,
    date_w: usize,
    width: usize,
    out: &mut Detail,
) {
    let w = spec.words;
    // Under the date's end, unless that leaves the court and outcome too little room for
    // their words (a narrow detail pane beside the chronology): then under the mark.
    let indent = if width >= 2 + date_w + STACKED_MIN {
        2 + date_w
    } else {
        2
    };
    let inner = width.saturating_sub(indent).max(1);
    let mut link = 0;
    for &i in spec.timeline.case_thread(case) {
        let ev = &spec.timeline.events[i];
        let value = |field| ev.legal_value(field, w.lang());
        let (mark, style) = row_mark(spec, i == here, &mut link, out);
        let date = present::short(w, ev.date, ev.approximate);
        let mut first = w.kind(ev.kind).to_owned();
        if let Some(instance) = value(LegalField::Instance) {
            first.push_str(" · ");
            first.push_str(sanitize(instance).trim());
        }
        let lead = Span::raw(format!("{mark}{}", fit(&date, date_w)));
        let mut rows: Vec<String> = hang(&lead, vec![(first, Style::new())], width)
            .iter()
            .map(ToString::to_string)
            .collect();
        let court = cell_lines(value(LegalField::Court), inner);
        let outcome = cell_lines(value(LegalField::Outcome), inner);
        let pad = " ".repeat(indent);
        rows.extend(court.iter().chain(&outcome).map(|l| format!("{pad}{l}")));
        out.lines
            .extend(rows.into_iter().map(|r| Line::styled(r, style)));
    }
}
