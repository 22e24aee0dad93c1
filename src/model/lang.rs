//! The languages the program speaks and the data may be written in: the file's own values
//! are in the original language, and its `[*.LANG]` tables translate them into the others.

use strum::VariantArray;

use super::kind::variants;

/// A language the program speaks, and that the data may give an edition in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::EnumCount,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "lowercase", const_into_str)]
pub enum Lang {
    /// English, the language the file's own values are written in.
    #[default]
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, in the order their editions are read, shown and written.
    pub const ALL: [Self; <Self as strum::EnumCount>::COUNT] = variants(Self::VARIANTS);

    /// The language of the values the file writes outside any `[*.LANG]` table.
    pub const ORIGINAL: Self = Self::En;

    /// The language's ISO 639-1 code, which names its tables in the file (`[event.ru]`) and
    /// its keys in the JSON export (`title_ru`).
    #[must_use]
    pub const fn code(self) -> &'static str {
        self.into_str()
    }

    /// The language's place in [`Lang::ALL`].
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The languages a file may translate its values into: all but the original.
    pub fn translations() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter().filter(|l| *l != Self::ORIGINAL)
    }

    /// The translation a table key names (`ru` for `[event.ru]`), if it names one.
    #[must_use]
    pub fn translation(key: &str) -> Option<Self> {
        Self::translations().find(|l| l.code() == key)
    }

    /// Reads a language code or a locale (case-insensitive, with an optional region or
    /// encoding such as `ru_RU.UTF-8`); the POSIX locales `C` and `POSIX` are English.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let code = s
            .split(['_', '-', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .or_else(|| ["c", "posix"].contains(&code.as_str()).then_some(Self::En))
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn every_language_is_at_its_index_and_parses_from_its_code() {
        for (n, l) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(l.index(), n);
            assert_eq!(Lang::parse(l.code()), Some(l));
            assert_eq!(Lang::parse(&l.code().to_uppercase()), Some(l));
        }
        assert_eq!(Lang::ALL.map(Lang::code), ["en", "ru"]);
        assert_eq!(Lang::parse("C"), Some(Lang::En));
        assert_eq!(Lang::parse("xx_XX"), None);
        assert!(Lang::translations().all(|l| l != Lang::ORIGINAL));
    }
}
