//! The HTML export: one self-contained page of the chronology, with year navigation, kind
//! filters and a search box, readable on a phone and printable, that loads nothing.

use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use super::web::{self, Labels, text};
use crate::model::{Event, EventIx, Kind, Timeline};

/// The page's style sheet, inlined.
const CSS: &str = include_str!("html/page.css");

/// The page's script, inlined: filters and search only hide and show events.
const SCRIPT: &str = include_str!("html/page.js");

/// The `sha256-…` source expression of an inline script or style sheet, for the
/// Content-Security-Policy that allows these two and nothing else.
fn digest(body: &str) -> String {
    let hash = Sha256::digest(body.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(hash)
    )
}

/// The head: metadata, a policy that forbids every request and every other script, styles.
fn head(out: &mut String, t: &Timeline, l: &Labels) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src {css}; script-src {js}; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"generator\" content=\"timeline export --format html\">\n\
         <title>{title}</title>\n<style>{CSS}</style>\n</head>\n",
        lang = l.lang,
        css = digest(CSS),
        js = digest(SCRIPT),
        // The title element shows no markup: line breaks become spaces there.
        title = text(
            &t.meta
                .title_in(l.lang())
                .replace("\r\n", " ")
                .replace('\n', " ")
        ),
    );
}

/// The top of the page: title and introduction, the year navigation (kept in view), and the tools (hidden until
/// the script shows them, so that a page without scripts shows no dead controls). Each is a
/// landmark (banner, navigation, search), so a screen reader can reach all of the page by
/// its landmarks.
fn top(out: &mut String, t: &Timeline, chosen: &[EventIx], l: &Labels) {
    let _ = write!(
        out,
        "<body>\n<header class=\"top\">\n<h1>{}</h1>\n<p class=\"intro\">{} {}, {} – {}.</p>\n</header>\n",
        text(t.meta.title_in(l.lang())),
        l.intro,
        text(t.meta.subject_in(l.lang())),
        l.date(t.meta.from),
        l.date(t.meta.to),
    );
    let mut years: Vec<i32> = chosen
        .iter()
        .map(|&i| t.events[i].date.year_num())
        .collect();
    years.dedup();
    let _ = write!(
        out,
        "<nav class=\"years\" aria-label=\"{0}\"><h2>{0}</h2><ul>",
        l.years
    );
    for y in &years {
        let _ = write!(out, "<li><a href=\"#y{y}\" data-year=\"{y}\">{y}</a></li>");
    }
    out.push_str("</ul></nav>\n<div class=\"tools\" id=\"tools\" role=\"search\" hidden>\n");
    let _ = writeln!(
        out,
        "<p class=\"search\"><label for=\"q\">{}</label> <input id=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\"></p>",
        l.search
    );
    let _ = write!(
        out,
        "<fieldset class=\"kinds\"><legend>{}</legend>",
        l.kinds_heading
    );
    for k in Kind::ALL {
        let n = chosen.iter().filter(|&&i| t.events[i].kind == k).count();
        if n > 0 {
            let _ = write!(
                out,
                "<label><input type=\"checkbox\" name=\"kind\" value=\"{}\" checked> {} <span class=\"count\">{n}</span></label>",
                k.as_str(),
                l.kind(k)
            );
        }
    }
    let _ = write!(
        out,
        "</fieldset>\n<p id=\"status\" role=\"status\" aria-live=\"polite\" data-of=\"{}\" data-shown=\"{}\"></p>\n</div>\n",
        l.shown.0, l.shown.1
    );
}

/// An event's date as a `<time>`; a window, which no `datetime` can say, as a `<span>`
/// titled with its EDTF notation.
fn when(e: &Event, l: &Labels) -> String {
    if e.date.is_window() {
        format!(
            "<span class=\"when\" title=\"{}\">{}</span>",
            e.date,
            l.when(e)
        )
    } else {
        format!("<time datetime=\"{}\">{}</time>", e.date, l.when(e))
    }
}

/// One event as an article: date, kind, place and markers, title, then its body.
fn article(out: &mut String, t: &Timeline, i: EventIx, l: &Labels) {
    let e = &t.events[i];
    let _ = write!(
        out,
        "<article class=\"event{}\" id=\"{}\" data-kind=\"{}\"><header><p class=\"meta\">{} · <span class=\"kind\">{}</span>",
        if e.disputed.is_some() {
            " is-disputed"
        } else {
            ""
        },
        text(&e.id),
        e.kind.as_str(),
        when(e, l),
        l.kind(e.kind),
    );
    for (fact, label, value) in l.facts(e) {
        let _ = write!(
            out,
            " · <span class=\"{}\" title=\"{label}\">{}</span>",
            fact.key(),
            text(value)
        );
    }
    if e.single_source {
        let _ = write!(out, " <span class=\"single\">{}</span>", l.single_source);
    }
    if e.disputed.is_some() {
        let _ = write!(out, " <span class=\"flag\">⚠ {}</span>", l.disputed);
    }
    let _ = writeln!(
        out,
        "</p><h3>{}</h3></header>{}</article>",
        text(e.title_in(l.lang())),
        web::event_body(t, e, l)
    );
}

/// Renders the chosen events (timeline indices) as one page.
#[must_use]
pub fn render(t: &Timeline, chosen: &[EventIx], l: &Labels) -> String {
    let mut out = String::with_capacity(4096 + chosen.len() * 2048);
    head(&mut out, t, l);
    top(&mut out, t, chosen, l);
    out.push_str("<main>\n");
    let mut year = None;
    for &i in chosen {
        let y = t.events[i].date.year_num();
        if year != Some(y) {
            if year.is_some() {
                out.push_str("</section>\n");
            }
            year = Some(y);
            let _ = writeln!(
                out,
                "<section class=\"year\" id=\"y{y}\" data-year=\"{y}\"><h2>{y}</h2>"
            );
        }
        article(&mut out, t, i, l);
    }
    if year.is_some() {
        out.push_str("</section>\n");
    }
    let _ = write!(
        out,
        "<p id=\"none\" class=\"none\"{}>{}</p>\n</main>\n<footer><p>{}</p></footer>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        if chosen.is_empty() { "" } else { " hidden" },
        l.no_match,
        l.generated
    );
    out
}

#[cfg(test)]
mod tests {
    use super::digest;

    #[test]
    fn digest_is_the_csp_source_expression() {
        // The SHA-256 of the empty string, base64-encoded.
        assert_eq!(
            digest(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
    }
}
