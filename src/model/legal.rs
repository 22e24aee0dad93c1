//! The legal block of an arrest or a ruling, and the names of its fields.

use serde::Serialize;

use strum::VariantArray;

use super::Text;
use super::kind::variants;

/// The `[event.legal]` table of an arrest or a ruling.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Legal {
    /// The charge, for example the article of the criminal code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge: Option<Text>,
    /// The court.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court: Option<Text>,
    /// The instance: first instance, appeal, cassation, …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<Text>,
    /// What was decided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Text>,
    /// The penalty the charge carries by law, as distinct from a sentence imposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub penalty_faced: Option<Text>,
    /// The sentence a court imposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Text>,
}

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

impl Legal {
    /// The value of one field.
    #[must_use]
    pub fn get(&self, field: LegalField) -> Option<&str> {
        match field {
            LegalField::Charge => self.charge.as_deref(),
            LegalField::Court => self.court.as_deref(),
            LegalField::Instance => self.instance.as_deref(),
            LegalField::Outcome => self.outcome.as_deref(),
            LegalField::PenaltyFaced => self.penalty_faced.as_deref(),
            LegalField::Sentence => self.sentence.as_deref(),
        }
    }

    /// The value slot of one field, for the loader.
    pub fn slot(&mut self, field: LegalField) -> &mut Option<Text> {
        match field {
            LegalField::Charge => &mut self.charge,
            LegalField::Court => &mut self.court,
            LegalField::Instance => &mut self.instance,
            LegalField::Outcome => &mut self.outcome,
            LegalField::PenaltyFaced => &mut self.penalty_faced,
            LegalField::Sentence => &mut self.sentence,
        }
    }

    /// The filled fields with their values, in display order.
    #[must_use]
    pub fn fields(&self) -> Vec<(LegalField, &str)> {
        LegalField::ALL
            .into_iter()
            .filter_map(|f| self.get(f).map(|v| (f, v)))
            .collect()
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
