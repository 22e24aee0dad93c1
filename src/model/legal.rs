//! The legal block of an arrest or a ruling, and the names of its fields.

use strum::VariantArray;

use super::fields::{Fields, Key};
use super::kind::variants;

/// The `[event.legal]` table of an arrest or a ruling: the charge, the court, the instance,
/// what was decided, the penalty the charge carries by law (as distinct from a sentence
/// imposed) and the sentence a court imposed, each at most once.
pub type Legal = Fields<LegalField, { LegalField::ALL.len() }>;

/// A field of the `[event.legal]` table, named in the file by its [`key`](Self::key).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::EnumCount,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case", const_into_str)]
pub enum LegalField {
    /// The charge.
    Charge,
    /// The court.
    Court,
    /// The instance.
    Instance,
    /// What was decided.
    Outcome,
    /// The penalty the charge carries.
    PenaltyFaced,
    /// The sentence imposed.
    Sentence,
}

impl LegalField {
    /// Every field, in display order.
    pub const ALL: [Self; <Self as strum::EnumCount>::COUNT] = variants(Self::VARIANTS);

    /// The key that names the field in the file and in JSON.
    #[must_use]
    pub const fn key(self) -> &'static str {
        self.into_str()
    }

    /// The field a key names, if it names one.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }
}

impl Key for LegalField {
    const ALL: &'static [Self] = &LegalField::ALL;

    fn key(self) -> &'static str {
        LegalField::key(self)
    }

    fn slot(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_legal_field_is_listed_in_order_and_named_by_its_key() {
        for (n, f) in LegalField::ALL.into_iter().enumerate() {
            assert_eq!(f as usize, n, "{f:?} sits elsewhere in LegalField::ALL");
            assert_eq!(LegalField::from_key(f.key()), Some(f));
        }
        let keys = LegalField::ALL.map(LegalField::key);
        assert_eq!(
            keys,
            [
                "charge",
                "court",
                "instance",
                "outcome",
                "penalty_faced",
                "sentence"
            ]
        );
        for wrong in ["Charge", "penaltyfaced", "penalty-faced", "", "verdict"] {
            assert_eq!(LegalField::from_key(wrong), None, "{wrong:?}");
        }
    }
}
