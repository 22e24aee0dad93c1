//! The closed vocabularies of the format: event kinds and custody states.

use std::fmt;

/// What sort of event an entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// An arrest.
    Arrest,
    /// A custody decision or extension.
    Detention,
    /// A criminal charge.
    Charge,
    /// A court ruling: verdict, appeal, cassation.
    Ruling,
    /// A release from custody.
    Release,
    /// An official designation ("foreign agent", the terrorist list).
    Designation,
    /// A book or article.
    Publication,
    /// A prize or honour.
    Award,
    /// A job or role.
    Position,
    /// Political activism.
    Activism,
    /// A public statement.
    Statement,
    /// An interview.
    Interview,
    /// Anything else.
    Other,
}

impl Kind {
    /// Every kind, in the order they are listed in pickers and summaries.
    pub const ALL: [Kind; 13] = [
        Kind::Arrest,
        Kind::Detention,
        Kind::Charge,
        Kind::Ruling,
        Kind::Release,
        Kind::Designation,
        Kind::Publication,
        Kind::Award,
        Kind::Position,
        Kind::Activism,
        Kind::Statement,
        Kind::Interview,
        Kind::Other,
    ];

    /// The name used in the file.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Arrest => "arrest",
            Kind::Detention => "detention",
            Kind::Charge => "charge",
            Kind::Ruling => "ruling",
            Kind::Release => "release",
            Kind::Designation => "designation",
            Kind::Publication => "publication",
            Kind::Award => "award",
            Kind::Position => "position",
            Kind::Activism => "activism",
            Kind::Statement => "statement",
            Kind::Interview => "interview",
            Kind::Other => "other",
        }
    }

    /// Reads a kind by its name in the file.
    #[must_use]
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Whether events of this kind must carry a `legal` table.
    #[must_use]
    pub fn is_legal(self) -> bool {
        matches!(self, Kind::Arrest | Kind::Ruling)
    }

    /// The position of this kind in [`Kind::ALL`].
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
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
    pub const ALL: [Custody; 3] = [Custody::Free, Custody::Detained, Custody::Imprisoned];

    /// The name used in the file.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Custody::Free => "free",
            Custody::Detained => "detained",
            Custody::Imprisoned => "imprisoned",
        }
    }

    /// Reads a status by its name in the file.
    #[must_use]
    pub fn parse(name: &str) -> Option<Custody> {
        Custody::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// Whether he is held in this status.
    #[must_use]
    pub fn in_custody(self) -> bool {
        !matches!(self, Custody::Free)
    }
}
