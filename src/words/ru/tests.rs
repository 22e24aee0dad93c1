//! The Russian table's grammar: cases after prepositions and numbers.

use super::*;

#[test]
fn days_in_custody_take_the_genitive_after_posle() {
    let said = |n| Russian.custody_since(Custody::Free, "1 мая", None, Some(n));
    assert!(said(1).ends_with("после 1 дня под стражей"), "{}", said(1));
    assert!(said(2).ends_with("после 2 дней под стражей"), "{}", said(2));
    assert!(
        said(21).ends_with("после 21 дня под стражей"),
        "{}",
        said(21)
    );
    assert!(
        said(140).ends_with("после 140 дней под стражей"),
        "{}",
        said(140)
    );
}

#[test]
fn a_month_or_year_in_the_nominative_never_follows_a_preposition() {
    for date in ["июль 2023", "2024"] {
        let said = [
            Russian.as_of(date, "на свободе"),
            Russian.jumped(date, None),
            Russian.jumped(date, Some("5 июня 2024")),
            Russian.none_after(date),
        ];
        for text in said {
            for preposition in ["на ", "к ", "в ", "с ", "до "] {
                let wrong = format!("{preposition}{date}");
                assert!(
                    !text.to_lowercase().contains(&wrong),
                    "{text:?} has {wrong:?}"
                );
            }
        }
    }
}
