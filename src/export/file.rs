//! Writing an export out: atomically to a path, to a terminal without its control
//! characters, and to a new file in the working directory, as the explorer's `x` does.

use std::borrow::Cow;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{ExportError, Format, Note, Options};
use crate::model::{EventIx, Timeline};
use crate::words::Lang;

/// What writing an export to a new file gave, for the explorer to say.
#[derive(Debug, Clone)]
pub struct Written {
    /// The file's name in the working directory ([`new_name`]).
    pub path: PathBuf,
    /// How many events were chosen.
    pub events: usize,
    /// What the export noted beside its text, or why nothing was written.
    pub outcome: Result<Vec<Note>, ExportError>,
}

/// The first of `timeline-view.EXT`, `timeline-view-2.EXT`, `timeline-view-3.EXT`, … that
/// names no file in the working directory, for a file in `format`.
#[must_use]
pub fn new_name(format: Format) -> PathBuf {
    let ext = format.extension();
    let mut path = PathBuf::from(format!("timeline-view.{ext}"));
    for n in 2.. {
        if !path.exists() {
            break;
        }
        path = format!("timeline-view-{n}.{ext}").into();
    }
    path
}

/// Renders the chosen events in a format and language to a new file in the working
/// directory ([`new_name`]), written atomically.
#[must_use]
pub fn write_new(
    format: Format,
    t: &Timeline,
    chosen: &[EventIx],
    lang: Lang,
    options: &Options,
) -> Written {
    let path = new_name(format);
    let outcome = format.render(t, chosen, lang, options).and_then(|r| {
        write_atomic(&path, r.text.as_bytes())
            .map(|()| r.notes)
            .map_err(|e| ExportError::Write(std::sync::Arc::new(e)))
    });
    Written {
        path,
        events: chosen.len(),
        outcome,
    }
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
