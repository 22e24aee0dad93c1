//! The `TimelineJS` export: the JSON document that Knight Lab's `TimelineJS3` widget reads,
//! with a title slide (the selection's title and introduction), one slide per event in one
//! of three groups (the families of kinds: the case, writing, public life), and as bands the
//! eras that overlap the selection, cut to its span (`TimelineJS` widens its time axis to
//! every era it is given).

use serde_json::{Map, Value, json};

use super::page::{self, Page};
use super::web::{Labels, event_body, text};
use crate::model::{Era, Event, EventDate, EventIx, PartialDate, Timeline};

/// A `TimelineJS` date object at the precision the data has: `{year, month?, day?}`.
#[must_use]
pub fn date(d: PartialDate) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.year_num()));
    if let Some(month) = d.month() {
        m.insert("month".into(), json!(month));
    }
    if let Some(day) = d.day() {
        m.insert("day".into(), json!(day));
    }
    Value::Object(m)
}

/// Keeps `TimelineJS`'s autolinking (on by default) off the text: it rewrites web and mail
/// addresses in the HTML it is given, swallowing a following `&gt;` into the link and
/// adding an `onclick`. A `<wbr>` (no text, no space) goes into the text, never into a
/// tag, where it matches: after `:` in `://`, after `www`, before `@`. Character
/// references would not do: `TimelineJS`'s sanitiser writes them back as characters first.
#[must_use]
pub fn defuse(html: &str) -> String {
    let text = |t: &str| {
        t.replace("://", ":<wbr>//")
            .replace("www.", "www<wbr>.")
            .replace('@', "<wbr>@")
    };
    let mut chunks = html.split('<');
    let mut out = text(chunks.next().unwrap_or_default());
    for chunk in chunks {
        let (tag, rest) = chunk.split_once('>').unwrap_or((chunk, ""));
        out.push('<');
        out.push_str(tag);
        out.push('>');
        out.push_str(&text(rest));
    }
    out
}

/// One slide: dates, the shown date, headline and HTML text, the kind as its group.
fn slide(t: &Timeline, e: &Event, l: &Labels) -> Value {
    let mut meta = Vec::new();
    meta.extend(l.facts(e).map(|(_, _, value)| text(value)));
    if e.single_source {
        meta.push(format!("<em>{}</em>", l.single_source));
    }
    let mut body = String::new();
    if !meta.is_empty() {
        body = format!("<p class=\"meta\">{}</p>", meta.join(" · "));
    }
    body.push_str(&event_body(t, e, l));
    let mut s = json!({
        "start_date": date(e.date.earliest()),
        "display_date": l.when(e),
        "text": { "headline": defuse(&text(e.title_in(l.lang()))), "text": defuse(&body) },
        "group": l.words().family(e.kind.family()),
        "unique_id": e.id,
    });
    // A window shows as the stretch it may fall in, its `display_date` saying which.
    let end = match (e.date, e.end) {
        (_, Some(end)) => Some(end),
        (EventDate::Between(_, latest), None) => Some(latest),
        _ => None,
    };
    if let Some(end) = end.filter(|end| EventDate::On(*end) != e.date) {
        s["end_date"] = date(end);
    }
    s
}

/// The eras that overlap the span `(first, last)`, each cut to it: the later of the two
/// starts, the earlier of the two ends.
#[must_use]
pub fn eras_within(
    eras: &[Era],
    (first, last): (PartialDate, PartialDate),
) -> Vec<(&Era, PartialDate, PartialDate)> {
    eras.iter()
        .filter(|era| era.from.start() <= last.last_day() && era.to.last_day() >= first.start())
        .map(|era| {
            let from = if era.from.start() < first.start() {
                first
            } else {
                era.from
            };
            let to = if era.to.last_day() > last.last_day() {
                last
            } else {
                era.to
            };
            (era, from, to)
        })
        .collect()
}

/// Renders the chosen events (timeline indices) as a `TimelineJS` document, pretty-printed,
/// with the title and introduction of `page`.
///
/// # Errors
/// Serialisation cannot fail for these values; the error is passed on for form's sake.
pub fn render(
    t: &Timeline,
    chosen: &[EventIx],
    l: &Labels,
    page: &Page,
) -> serde_json::Result<String> {
    let title = page::title(t, chosen, page, l.words());
    let intro = format!("<p>{}</p>", text(&page::intro(t, chosen, page, l.words())));
    let events: Vec<Value> = chosen.iter().map(|&i| slide(t, &t.events[i], l)).collect();
    let eras: Vec<Value> = page::span(t, chosen)
        .map(|span| eras_within(&t.eras, span))
        .unwrap_or_default()
        .into_iter()
        .map(|(era, from, to)| {
            json!({
                "start_date": date(from),
                "end_date": date(to),
                "text": { "headline": defuse(&text(era.name_in(l.lang()))) },
            })
        })
        .collect();
    let doc = json!({
        "title": { "text": { "headline": defuse(&text(&title)), "text": defuse(&intro) } },
        "events": events,
        "eras": eras,
    });
    let mut out = serde_json::to_string_pretty(&doc)?;
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_not_left_for_autolinking() {
        assert_eq!(
            defuse("a@b <a href=\"https://a.org/x@y\">www.b.org http://c</a>"),
            "a<wbr>@b <a href=\"https://a.org/x@y\">www<wbr>.b.org http:<wbr>//c</a>"
        );
    }

    #[test]
    fn dates_keep_their_precision() {
        let d = |s: &str| date(PartialDate::parse(s).expect("valid test date"));
        assert_eq!(d("2023"), json!({ "year": 2023 }));
        assert_eq!(d("2023-07"), json!({ "year": 2023, "month": 7 }));
        assert_eq!(
            d("2023-07-25"),
            json!({ "year": 2023, "month": 7, "day": 25 })
        );
    }
}
