//! Exports of a selection of the chronology: JSON, Markdown, CSV, iCalendar, and for the
//! web a self-contained HTML page, `TimelineJS` JSON and Markwhen text.

mod csv;
mod html;
mod ics;
mod json;
mod markdown;
mod markwhen;
mod timelinejs;

use std::borrow::Cow;
use std::io::Write as _;
use std::path::Path;

use crate::model::{EventIx, Timeline};

pub use csv::Cells as CsvCells;
pub use html::labels::Labels;
pub use ics::{Ics, export_time};
pub use json::{Document, to_json};
pub use markwhen::JOINER as MARKWHEN_JOINER;

/// Renders the chosen events (timeline indices) as CSV, with formula cells neutralised or
/// exact as `cells` says.
///
/// # Errors
/// A failure of the CSV writer.
pub fn to_csv(t: &Timeline, chosen: &[EventIx], cells: CsvCells) -> anyhow::Result<String> {
    csv::render(t, chosen, cells)
}

/// Renders the chosen events as citation-ready Markdown in a language.
#[must_use]
pub fn to_markdown(t: &Timeline, chosen: &[EventIx], lang: crate::words::Lang) -> String {
    markdown::render(t, chosen, lang.words())
}

/// Renders the chosen events with a day-precise date as iCalendar in a language: titles,
/// summaries, places and legal details from the event's translation where it has one.
/// `stamp` is the time of export, each event's DTSTAMP ([`export_time`]).
#[must_use]
pub fn to_ics(
    t: &Timeline,
    chosen: &[EventIx],
    lang: crate::words::Lang,
    stamp: chrono::DateTime<chrono::Utc>,
) -> Ics {
    ics::render(t, chosen, lang.words(), stamp)
}

/// Renders the chosen events as one self-contained HTML page, labelled in `lang` (English
/// for a language without a table yet).
#[must_use]
pub fn to_html(t: &Timeline, chosen: &[EventIx], lang: &str) -> String {
    html::render(t, chosen, &Labels::for_lang(lang))
}

/// Renders the chosen events as the JSON document `TimelineJS3` reads.
///
/// # Errors
/// Serialisation cannot fail for these values; the error is passed on for form's sake.
pub fn to_timelinejs(t: &Timeline, chosen: &[EventIx], lang: &str) -> serde_json::Result<String> {
    timelinejs::render(t, chosen, &Labels::for_lang(lang))
}

/// Renders the chosen events as a Markwhen document.
#[must_use]
pub fn to_markwhen(t: &Timeline, chosen: &[EventIx], lang: &str) -> String {
    markwhen::render(t, chosen, &Labels::for_lang(lang))
}

/// Makes an export safe to print on a terminal: every control or bidi character becomes its
/// visible stand-in ([`crate::text::sanitize`]), except line feeds and the carriage return
/// of a CRLF line end. Exports written to a file or a pipe keep their exact text.
#[must_use]
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let line_end = c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'));
        if crate::text::is_hazard(c) && !line_end {
            changed = true;
            out.push_str(&crate::text::sanitize(c.encode_utf8(&mut [0; 4])));
        } else {
            out.push(c);
        }
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes `contents` to `path` atomically: a temporary file beside it, then a rename, so an
/// existing file is replaced only on success. A link is followed, so the file it names is
/// replaced and the link stays; a pipe, a terminal or a device (`/dev/stdout`), which no
/// rename can replace, is written in place.
///
/// # Errors
/// The path is a directory, the directory cannot be written, or the rename fails.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let real = std::fs::canonicalize(path);
    let path = real.as_deref().unwrap_or(path);
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(std::io::ErrorKind::IsADirectory.into()),
        Ok(m) if !m.is_file() => {
            use std::io::IsTerminal as _;
            let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
            // A terminal gets no raw control characters, as on standard output.
            return match std::str::from_utf8(contents) {
                Ok(text) if file.is_terminal() => file.write_all(for_terminal(text).as_bytes()),
                _ => file.write_all(contents),
            };
        }
        _ => {}
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents)?;
    // Keep the permissions of the file being replaced; a new file gets the usual 0644
    // rather than the temporary file's private 0600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let permissions = std::fs::metadata(path).map_or_else(
            |_| std::fs::Permissions::from_mode(0o644),
            |m| m.permissions(),
        );
        tmp.as_file().set_permissions(permissions)?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::for_terminal;

    #[test]
    fn terminal_text_keeps_line_ends_and_shows_every_other_control() {
        assert_eq!(
            for_terminal("a\u{1b}c\u{7}\t\r\nb\r\u{7f}\u{202e}\n"),
            "a\u{241b}c\u{2407}\u{2409}\r\nb\u{240d}\u{2421}\\u{202e}\n"
        );
        assert!(matches!(
            for_terminal("id,title\r\n1,x\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
