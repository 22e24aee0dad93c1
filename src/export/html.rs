//! The HTML export: one self-contained page of the chronology, with year navigation, kind
//! filters and a search box, readable on a phone and printable, that loads nothing; ready to
//! publish, with a description and Open Graph tags for link previews, a link on each event
//! to itself, and a footer that says when and from what it was made.

use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use super::page::{self, Page};
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

/// Text for an attribute or the title element, which show no markup: line breaks become
/// spaces, the rest is escaped as [`text`] does.
fn flat(s: &str) -> String {
    text(&s.replace("\r\n", " ").replace('\n', " "))
}

/// The head: metadata (the description and the Open Graph tags of link previews), a policy
/// that forbids every request and every other script, styles.
fn head(out: &mut String, (title, intro): (&str, &str), page: &Page, l: &Labels) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src {css}; script-src {js}; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"generator\" content=\"timeline export --format html\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{intro}\">\n\
         <meta property=\"og:type\" content=\"website\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{intro}\">\n\
         <meta property=\"og:locale\" content=\"{locale}\">\n",
        lang = l.lang,
        css = digest(CSS),
        js = digest(SCRIPT),
        title = flat(title),
        intro = flat(intro),
        locale = l.words().og_locale(),
    );
    if let Some(url) = page.url.as_deref().filter(|u| crate::text::linkable(u)) {
        let _ = writeln!(out, "<meta property=\"og:url\" content=\"{}\">", flat(url));
    }
    let _ = write!(out, "<style>{CSS}</style>\n</head>\n");
}

/// The top of the page: title and introduction, the year navigation (kept in view), and the tools (hidden until
/// the script shows them, so that a page without scripts shows no dead controls). Each is a
/// landmark (banner, navigation, search), so a screen reader can reach all of the page by
/// its landmarks.
fn top(
    out: &mut String,
    t: &Timeline,
    chosen: &[EventIx],
    (title, intro): (&str, &str),
    l: &Labels,
) {
    let _ = write!(
        out,
        "<body>\n<header class=\"top\">\n<h1>{}</h1>\n<p class=\"intro\">{}</p>\n</header>\n",
        text(title),
        text(intro),
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

/// One event as an article: date, kind, place and markers, title with a link to the event
/// itself, then its body, and the note that print shows in place of the quotations after
/// the first.
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
    let id = text(&e.id);
    let _ = write!(
        out,
        "</p><h3>{}<a class=\"self\" href=\"#{id}\" aria-label=\"{}\">#</a></h3></header>{}",
        text(e.title_in(l.lang())),
        l.words().link_to_event(),
        web::event_body(t, e, l)
    );
    let quotations = t.excerpts_in(e, l.lang()).len();
    if quotations > 1 {
        let _ = write!(
            out,
            "<p class=\"more\">{}</p>",
            l.words().more_quotations(quotations - 1)
        );
    }
    out.push_str("</article>\n");
}

/// Renders the chosen events (timeline indices) as one page, with the options of `page`,
/// made on the day `made` (which the footer leaves out when there is none).
#[must_use]
pub fn render(
    t: &Timeline,
    chosen: &[EventIx],
    l: &Labels,
    page: &Page,
    made: Option<chrono::NaiveDate>,
) -> String {
    let mut out = String::with_capacity(4096 + chosen.len() * 2048);
    let title = page::title(t, chosen, page, l.words());
    let intro = page::intro(t, chosen, page, l.words());
    head(&mut out, (&title, &intro), page, l);
    top(&mut out, t, chosen, (&title, &intro), l);
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
        text(&page::made(page, made, l.words()))
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
