//! The closed vocabularies of the format: event kinds and custody states.

use std::fmt;

use strum::VariantArray;

/// A closed word list's variants as an array: strum's [`VariantArray::VARIANTS`] (every
/// variant, in declaration order) with its length in the type, for per-variant tables.
///
/// # Panics
/// When `N` is more than the variants; called in a constant, that fails the build.
#[must_use]
pub(crate) const fn variants<T: Copy, const N: usize>(all: &[T]) -> [T; N] {
    match all.first_chunk() {
        Some(array) => *array,
        None => panic!("N counts the variants"),
    }
}

/// What sort of event an entry records. The explicit discriminants are each kind's
/// [`Kind::index`]; the names are the file's keywords.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumCount,
    strum::EnumIter,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "lowercase")]
pub enum Kind {
    /// An arrest.
    Arrest = 0,
    /// A custody decision or extension.
    Detention = 1,
    /// A criminal charge.
    Charge = 2,
    /// A court ruling: verdict, appeal, cassation.
    Ruling = 3,
    /// A release from custody.
    Release = 4,
    /// An official designation ("foreign agent", the terrorist list).
    Designation = 5,
    /// A book or article.
    Publication = 6,
    /// A prize or honour.
    Award = 7,
    /// A job or role.
    Position = 8,
    /// Political activism.
    Activism = 9,
    /// A public statement.
    Statement = 10,
    /// An interview.
    Interview = 11,
    /// Anything else.
    Other = 12,
}

impl Kind {
    /// Every kind, in the order they are listed in pickers and summaries (which is the
    /// order of [`Kind::index`]: a test holds the two together).
    pub const ALL: [Kind; <Kind as strum::EnumCount>::COUNT] = variants(Kind::VARIANTS);

    /// The name used in the file.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Reads a kind by its name in the file (exactly as written there: lower case).
    #[must_use]
    pub fn parse(name: &str) -> Option<Kind> {
        name.parse().ok()
    }

    /// Whether events of this kind must carry a `legal` table.
    #[must_use]
    pub fn is_legal(self) -> bool {
        matches!(self, Kind::Arrest | Kind::Ruling)
    }

    /// This kind's slot in per-kind arrays such as [`Kind::ALL`]: its discriminant, fixed
    /// in the declaration above, so it does not follow a reordering of the array.
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A family of kinds, the few rows a timeline widget groups events in: the case against him
/// and its consequences, what he wrote and said, and the rest of his public life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// Arrests, custody, charges, rulings, releases and official designations.
    Legal,
    /// Publications, statements and interviews.
    Writing,
    /// Positions, activism, awards and anything else.
    PublicLife,
}

impl Kind {
    /// The family the kind belongs to.
    #[must_use]
    pub fn family(self) -> Family {
        match self {
            Kind::Arrest
            | Kind::Detention
            | Kind::Charge
            | Kind::Ruling
            | Kind::Release
            | Kind::Designation => Family::Legal,
            Kind::Publication | Kind::Statement | Kind::Interview => Family::Writing,
            Kind::Award | Kind::Position | Kind::Activism | Kind::Other => Family::PublicLife,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// His custody status from an event on.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    strum::EnumCount,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Custody {
    /// At liberty.
    Free,
    /// Held before a final verdict.
    Detained,
    /// Serving a sentence.
    Imprisoned,
}

impl Custody {
    /// Every status, as named in the file.
    pub const ALL: [Custody; <Custody as strum::EnumCount>::COUNT] = variants(Custody::VARIANTS);

    /// The name used in the file.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Reads a status by its name in the file (exactly as written there: lower case).
    #[must_use]
    pub fn parse(name: &str) -> Option<Custody> {
        name.parse().ok()
    }

    /// Whether he is held in this status.
    #[must_use]
    pub fn in_custody(self) -> bool {
        !matches!(self, Custody::Free)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn index_and_all_agree_for_every_kind() {
        assert_eq!(Kind::ALL.len(), Kind::iter().count());
        for k in Kind::iter() {
            assert_eq!(Kind::ALL[k.index()], k, "{k} sits elsewhere in Kind::ALL");
        }
    }

    #[test]
    fn the_file_keywords_read_and_write_exactly() {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "arrest",
                "detention",
                "charge",
                "ruling",
                "release",
                "designation",
                "publication",
                "award",
                "position",
                "activism",
                "statement",
                "interview",
                "other",
            ]
        );
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
            assert_eq!(k.to_string(), k.as_str());
        }
        for wrong in ["Arrest", "ARREST", " arrest", "arrest ", "", "arrests"] {
            assert_eq!(Kind::parse(wrong), None, "{wrong:?}");
        }
    }

    #[test]
    fn every_custody_status_is_listed_in_order_and_named_exactly() {
        for (n, c) in Custody::ALL.into_iter().enumerate() {
            assert_eq!(c as usize, n, "{c:?} sits elsewhere in Custody::ALL");
            assert_eq!(Custody::parse(c.as_str()), Some(c));
        }
        let names: Vec<&str> = Custody::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names, ["free", "detained", "imprisoned"]);
        for wrong in ["Free", "FREE", " free", "", "held"] {
            assert_eq!(Custody::parse(wrong), None, "{wrong:?}");
        }
    }
}
