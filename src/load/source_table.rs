//! Reads one `[[source]]`: the cited work, the language it is written in (`lang`, an ISO
//! 639-1 code) and its title, publisher and author in Russian (`[source.ru]`).

use toml::de::DeTable;

use super::read::{Reader, Value, absent, suggest};
use super::read::{id, missing_keys};
use crate::model::{Source, Text};
use crate::words::{Owner, Problem};

const SOURCE: Owner = Owner::Table("[[source]]");
use crate::text::sanitize;

pub(super) const SOURCE_KEYS: &[&str] = &[
    "id",
    "title",
    "author",
    "publisher",
    "date",
    "url",
    "file",
    "lang",
    "ru",
];

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

/// The keys of `[source.ru]`, of which it must hold at least one.
pub(super) const SOURCE_RU_KEYS: &[&str] = &["title", "publisher", "author"];

/// Reads `[source.ru]` into its source: the title, the publisher and the author in Russian.
pub fn source_ru(r: &mut Reader, table: &DeTable<'_>, at: &Value<'_>, s: &mut Source) {
    let mut misspelt = false;
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "title" => s.title_ru = r.line("title", value),
            "publisher" => s.publisher_ru = r.line("publisher", value),
            "author" => s.author_ru = r.line("author", value),
            name => {
                let allowed = absent(table, SOURCE_RU_KEYS);
                misspelt |= suggest(name, &allowed).is_some();
                r.unknown_key((key, value), Owner::Table("[source.ru]"), &allowed);
            }
        }
    }
    // A typo already says which key was meant; an empty table says nothing else.
    if !misspelt && !SOURCE_RU_KEYS.iter().any(|k| table.contains_key(*k)) {
        let keys = SOURCE_RU_KEYS;
        let problem = Problem::EmptyTable {
            table: "[source.ru]",
            keys,
        };
        r.problem(at.span().start, problem);
    }
}

/// Reads one `[[source]]`.
pub fn source(r: &mut Reader, table: &DeTable<'_>, at: usize) -> Option<(Source, usize)> {
    let mut s = Source {
        id: Text::default(),
        title: Text::default(),
        author: None,
        publisher: None,
        date: None,
        url: None,
        file: None,
        file_offset: at,
        lang: None,
        title_ru: None,
        publisher_ru: None,
        author_ru: None,
    };
    let (mut has_id, mut id_at) = (false, at);
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "id" => {
                id_at = value.span().start;
                has_id = id(r, value).map(|v| s.id = v).is_some();
            }
            "title" => s.title = r.line("title", value).unwrap_or_default(),
            "author" => s.author = r.line("author", value),
            "publisher" => s.publisher = r.line("publisher", value),
            "date" => s.date = r.date("date", value),
            "url" => s.url = r.line("url", value),
            "file" => (s.file, s.file_offset) = (r.line("file", value), value.span().start),
            "lang" => s.lang = language(r, value),
            "ru" => {
                if let Some(t) = r.table("ru", value) {
                    source_ru(r, t, value, &mut s);
                }
            }
            _ => r.unknown_key((key, value), SOURCE, &absent(table, SOURCE_KEYS)),
        }
    }
    missing_keys(r, table, at, (SOURCE_REQUIRED, SOURCE_KEYS), &SOURCE);
    // A source without its title is reported as such and kept, so that the excerpts citing
    // its id still find it rather than each being told of an unknown source.
    has_id.then_some((s, id_at))
}
