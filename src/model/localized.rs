//! `Localized`: one translatable value, as the file writes it and in each language its
//! `[*.LANG]` tables translate it into. Every translatable field of the model is one.

use std::ops::Deref;

use serde::{Serialize, Serializer};

use super::Lang;

/// A value in the original language ([`Lang::ORIGINAL`]) with its translations, by
/// language. It reads as the original, the value as the file writes it (as a [`Text`]
/// reads as a `str`); [`Localized::in_lang`] gives the value a reader of a language sees.
///
/// [`Text`]: super::Text
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Localized<T> {
    original: T,
    /// One slot per language of [`Lang::ALL`], the original's always empty; absent while
    /// nothing is translated, so an untranslated value costs one pointer.
    translations: Option<Box<[Option<T>; Lang::ALL.len()]>>,
}

impl<T> Localized<T> {
    /// A value with no translation yet.
    #[must_use]
    pub const fn new(original: T) -> Self {
        Self {
            original,
            translations: None,
        }
    }

    /// The value as the file writes it, in the original language.
    #[must_use]
    pub const fn original(&self) -> &T {
        &self.original
    }

    /// The translation into a language, when the file gives one (never for the original).
    #[must_use]
    pub fn translation(&self, lang: Lang) -> Option<&T> {
        self.translations.as_ref()?[lang.index()].as_ref()
    }

    /// Sets the value in a language: a translation, or the original in
    /// [`Lang::ORIGINAL`].
    pub fn set(&mut self, lang: Lang, value: T) {
        if lang == Lang::ORIGINAL {
            self.original = value;
        } else {
            let slots = self
                .translations
                .get_or_insert_with(|| Box::new(std::array::from_fn(|_| None)));
            slots[lang.index()] = Some(value);
        }
    }

    /// The value in a language to fill in, for the loader: the original, or the
    /// translation, begun empty when there is none yet.
    pub fn edit(&mut self, lang: Lang) -> &mut T
    where
        T: Default,
    {
        if lang == Lang::ORIGINAL {
            return &mut self.original;
        }
        let slots = self
            .translations
            .get_or_insert_with(|| Box::new(std::array::from_fn(|_| None)));
        slots[lang.index()].get_or_insert_with(T::default)
    }

    /// The value in a language: its translation when there is one, else the original.
    #[must_use]
    pub fn in_lang(&self, lang: Lang) -> &T {
        self.translation(lang).unwrap_or(&self.original)
    }

    /// The translations given, in the order of [`Lang::ALL`].
    pub fn translations(&self) -> impl Iterator<Item = (Lang, &T)> {
        Lang::translations().filter_map(|l| self.translation(l).map(|t| (l, t)))
    }
}

impl<T> Localized<Option<T>> {
    /// An optional value in a language: its translation when there is one, else the
    /// original, which may be absent too.
    #[must_use]
    pub fn get(&self, lang: Lang) -> Option<&T> {
        self.translation(lang)
            .and_then(Option::as_ref)
            .or(self.original.as_ref())
    }
}

impl<T> From<T> for Localized<T> {
    fn from(original: T) -> Self {
        Self::new(original)
    }
}

impl<T> Deref for Localized<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.original
    }
}

/// The original, under the value's own key; its owner writes the translations (see
/// `model::shape`).
impl<T: Serialize> Serialize for Localized<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.original.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, Localized};

    #[test]
    fn a_language_without_a_translation_reads_the_original() {
        let mut v = Localized::new("original");
        assert_eq!(*v.in_lang(Lang::Ru), "original");
        v.set(Lang::Ru, "перевод");
        assert_eq!(*v.in_lang(Lang::Ru), "перевод");
        assert_eq!(*v.in_lang(Lang::En), "original");
        assert_eq!(v.translation(Lang::ORIGINAL), None);
        assert_eq!(v.translations().count(), 1);
    }

    #[test]
    fn an_optional_value_falls_back_to_the_original_and_may_be_translated_alone() {
        let mut v: Localized<Option<&str>> = Localized::new(Some("a"));
        v.set(Lang::Ru, None);
        assert_eq!(v.get(Lang::Ru), Some(&"a"));
        let mut alone: Localized<Option<&str>> = Localized::new(None);
        alone.set(Lang::Ru, Some("б"));
        assert_eq!(alone.get(Lang::Ru), Some(&"б"));
        assert_eq!(alone.get(Lang::En), None);
    }
}
