//! The closed list of what a cited work is (`type` on a `[[source]]`), for the
//! bibliography exports when the file says it rather than leaving it to be guessed.

/// What kind of work a source is, as the file names it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    strum::EnumCount,
    strum::EnumIter,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "lowercase")]
pub enum SourceType {
    /// An article in a newspaper, a magazine or a news site.
    Article,
    /// A web page.
    Webpage,
    /// A book.
    Book,
    /// An interview.
    Interview,
    /// A blog post or a post on a social network.
    Post,
}

impl SourceType {
    /// Every type, in the order the documentation lists them.
    pub const ALL: [SourceType; <SourceType as strum::EnumCount>::COUNT] = [
        SourceType::Article,
        SourceType::Webpage,
        SourceType::Book,
        SourceType::Interview,
        SourceType::Post,
    ];

    /// The file's keyword for the type.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The type a keyword names, exactly as written.
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_read_back() {
        for t in SourceType::ALL {
            assert_eq!(SourceType::parse(t.as_str()), Some(t));
        }
        assert_eq!(SourceType::parse("Book"), None);
    }
}
