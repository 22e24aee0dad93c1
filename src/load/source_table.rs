//! Reads one `[[source]]`: the cited work, the language it is written in (`lang`, an ISO
//! 639-1 code), the curator's note, and its title, publisher, author and note in other
//! languages (`[source.LANG]`).

use toml::de::DeTable;

use super::editions::{self, SOURCE_EDITION, with_translations};
use super::read::{Reader, Value, absent, id, missing_keys};
use crate::model::{Lang, Localized, Source, SourceType, Text};
use crate::words::{Owner, Problem};

const SOURCE: Owner = Owner::Table("[[source]]");
use crate::text::sanitize;

pub(super) const SOURCE_KEYS: &[&str] = &with_translations::<10, { 9 + Lang::ALL.len() }>([
    "id",
    "title",
    "author",
    "publisher",
    "date",
    "url",
    "file",
    "lang",
    "note",
    "type",
]);

/// The keys a `[[source]]` must hold.
pub(super) const SOURCE_REQUIRED: &[&str] = &["id", "title"];

/// The ISO 639-1 language codes, two letters each.
pub(super) const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca \
    ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu \
    gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko \
    kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl \
    nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn \
    so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo \
    xh yi yo za zh zu";

/// Reads a source's `lang`: an ISO 639-1 code, in lowercase.
pub fn language(r: &mut Reader, value: &Value<'_>) -> Option<Text> {
    let code = r.line("lang", value)?;
    let known = |c: &str| c.len() == 2 && ISO_639_1.split_whitespace().any(|k| k == c);
    if !known(&code) {
        let lower = Some(code.to_ascii_lowercase()).filter(|l| known(l));
        let code = sanitize(&code).into_owned();
        r.problem(value.span().start, Problem::BadLanguage { code, lower });
        return None;
    }
    Some(code)
}

/// Reads a source's `type`: one of the closed list, or a problem naming the closest.
fn source_type(r: &mut Reader, value: &Value<'_>) -> Option<SourceType> {
    let names: Vec<&'static str> = SourceType::ALL.iter().map(|t| t.as_str()).collect();
    r.closed("type", value, SourceType::parse, &names, |name, hint| {
        Problem::UnknownSourceType { name, hint }
    })
}

/// Reads one `[[source]]`.
pub fn source(r: &mut Reader, table: &DeTable<'_>, at: usize) -> Option<(Source, usize)> {
    let mut s = Source {
        id: Text::default(),
        title: Localized::default(),
        author: Localized::default(),
        publisher: Localized::default(),
        date: None,
        url: None,
        file: None,
        file_offset: at,
        title_offset: at,
        lang: None,
        note: Localized::default(),
        kind: None,
    };
    let (mut title, mut author, mut publisher, mut note) = (None, None, None, None);
    let (mut has_id, mut id_at) = (false, at);
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "id" => {
                id_at = value.span().start;
                has_id = id(r, value).map(|v| s.id = v).is_some();
            }
            "title" => (title, s.title_offset) = (r.line("title", value), value.span().start),
            "author" => author = r.line("author", value),
            "publisher" => publisher = r.line("publisher", value),
            "date" => s.date = r.date("date", value),
            "url" => s.url = r.line("url", value),
            "file" => (s.file, s.file_offset) = (r.line("file", value), value.span().start),
            "lang" => s.lang = language(r, value),
            "note" => note = r.line("note", value),
            "type" => s.kind = source_type(r, value),
            k => {
                let read = editions::read(r, &SOURCE_EDITION, k, value, |r, lang, k, v| {
                    let value = r.line(k, v);
                    match k {
                        "title" => value.into_iter().for_each(|t| s.title.set(lang, t)),
                        "publisher" => s.publisher.set(lang, value),
                        "note" => s.note.set(lang, value),
                        _ => s.author.set(lang, value),
                    }
                });
                if read.is_none() {
                    r.unknown_key((key, value), SOURCE, &absent(table, SOURCE_KEYS));
                }
            }
        }
    }
    s.title.set(Lang::ORIGINAL, title.unwrap_or_default());
    s.author.set(Lang::ORIGINAL, author);
    s.publisher.set(Lang::ORIGINAL, publisher);
    s.note.set(Lang::ORIGINAL, note);
    missing_keys(r, table, at, (SOURCE_REQUIRED, SOURCE_KEYS), &SOURCE);
    // A source without its title is reported as such and kept, so that the excerpts citing
    // its id still find it rather than each being told of an unknown source.
    has_id.then_some((s, id_at))
}
