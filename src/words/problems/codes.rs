//! The stable names of problems and warnings: one kebab-case code per [`Problem`] variant,
//! which `check --format json` writes beside the message so that tools can tell problems
//! apart whatever the language. A code never changes once shipped, so each is written out
//! here rather than derived from the variant's name.

use super::{Problem, ProblemCode};

impl ProblemCode {
    /// The code, in kebab case: `unknown-key`, `not-verbatim`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Directory => "directory",
            Self::NoSuchFile => "no-such-file",
            Self::TooLarge => "too-large",
            Self::TooComplex => "too-complex",
            Self::SourceOutside => "source-outside-directory",
            Self::SourceNotFile => "source-not-a-file",
            Self::WithoutOriginal => "translation-without-original",
            Self::PermissionDenied => "permission-denied",
            Self::CannotRead => "cannot-read",
            Self::NotUtf8 => "not-utf8",
            Self::SecondBom => "second-bom",
            Self::Syntax => "toml-syntax",
            Self::StraightQuote => "straight-quote-in-string",
            Self::LineBreakInString => "line-break-in-string",
            Self::UnclosedString => "unclosed-string",
            Self::DuplicateKey => "duplicate-key",
            Self::StringForArray => "string-for-array",
            Self::UnclosedHeader => "unclosed-header",
            Self::UnknownKey => "unknown-key",
            Self::Missing => "missing-key",
            Self::NoTimeline => "no-timeline",
            Self::NoEvents => "no-events",
            Self::WrongType => "wrong-type",
            Self::BadInteger => "bad-integer",
            Self::BadFloat => "bad-float",
            Self::Empty => "empty-value",
            Self::NotOneLine => "not-one-line",
            Self::BadDate => "bad-date",
            Self::BadTomlDate => "bad-toml-date",
            Self::DateWithTime => "date-with-time",
            Self::YearAsNumber => "year-as-number",
            Self::NotADate => "not-a-date",
            Self::NotKebab => "not-kebab",
            Self::UnknownKind => "unknown-kind",
            Self::UnknownSourceType => "unknown-source-type",
            Self::UnknownCustody => "unknown-custody",
            Self::EmptyExcerpt => "empty-excerpt",
            Self::EraBackwards => "era-backwards",
            Self::NoExcerpt => "no-excerpt",
            Self::NoLegal => "no-legal",
            Self::NoCourt => "no-court",
            Self::DuplicateSource => "duplicate-source",
            Self::DuplicateEvent => "duplicate-event",
            Self::DuplicateName => "duplicate-name",
            Self::UnusedName => "unused-name",
            Self::Unnamed => "unnamed",
            Self::EndBeforeDate => "end-before-date",
            Self::OutsideSpan => "outside-span",
            Self::ApproximateWindow => "approximate-window",
            Self::RelatedSelf => "related-self",
            Self::UnknownRelated => "unknown-related",
            Self::UnknownSource => "unknown-source",
            Self::NotVerbatim => "not-verbatim",
            Self::Untranslated => "untranslated",
            Self::DisputeUntranslated => "dispute-untranslated",
            Self::OneSource => "one-source",
            Self::NotSingle => "not-single-source",
            Self::UnrecordedDispute => "unrecorded-dispute",
            Self::SentenceNotRuling => "sentence-not-ruling",
            Self::NoteLikeTitle => "note-like-title",
            Self::BadLanguage => "bad-language",
            Self::LegalTranslationAlone => "ru-legal-without-legal",
            Self::LegalTranslationExtra => "ru-legal-extra",
            Self::UntranslatedLegal => "untranslated-legal",
            Self::EmptyTable => "empty-table",
        }
    }
}

impl Problem {
    /// This problem's stable code (see [`ProblemCode::as_str`]).
    #[must_use]
    pub fn code(&self) -> &'static str {
        ProblemCode::from(self).as_str()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use strum::IntoEnumIterator as _;

    use super::ProblemCode;

    #[test]
    fn every_variant_has_its_own_kebab_case_code() {
        let all: Vec<&str> = ProblemCode::iter().map(ProblemCode::as_str).collect();
        let unique: BTreeSet<&str> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len(), "a code is used twice: {all:?}");
        for code in all {
            assert!(
                code.split('-').all(|part| !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{code:?} is not kebab-case"
            );
        }
    }
}
