//! The Russian legal words (#22.7): the kinds named as Russian courts and legal journalists
//! name them, the disputes labelled «Разночтения», and a sentence a court imposed not called
//! «Приговор» (an administrative arrest or a fine is no verdict).

use timeline::model::{Kind, LegalField};
use timeline::words::Lang;

use crate::common::edition::show_and_markdown;

/// One disputed event with its Russian edition.
const FILE: &str = r#"
[timeline]
title = "Disputes"
subject = "A. Person"
from = "2020"
to = "2024"

[[source]]
id = "notes"
title = "Notes"

[[event]]
id = "e1"
date = "2023-07-25"
kind = "statement"
title = "Spoke"
summary = "Spoke at a meeting."
disputed = "Sources differ on the hour."

[event.ru]
title = "Выступил"
summary = "Выступил на собрании."
disputed = "Источники расходятся во времени."

[[event.excerpt]]
source = "notes"
text = "spoke"
"#;

#[test]
fn the_legal_kinds_read_as_russian_procedure_names_them() {
    let w = Lang::Ru.words();
    // УПК РФ, ст. 5 п. 53.2: «судебное решение» is a verdict, a ruling or an order alike.
    assert_eq!(w.kind(Kind::Ruling), "судебное решение");
    // Every event of the kind is a remand, its extension or where he is held.
    assert_eq!(w.kind(Kind::Detention), "содержание под стражей");
    // The police seize him in every arrest of the file; a court's «арест» is another thing.
    assert_eq!(w.kind(Kind::Arrest), "задержание");
    // The English keeps its words.
    assert_eq!(Lang::En.words().kind(Kind::Ruling), "ruling");
}

#[test]
fn an_imposed_penalty_is_not_called_a_verdict() {
    let ru = Lang::Ru.words();
    assert_eq!(ru.legal(LegalField::Sentence), "Назначенное наказание");
    assert_eq!(ru.legal(LegalField::PenaltyFaced), "Грозящее наказание");
    assert_eq!(Lang::En.words().legal(LegalField::Sentence), "Sentence");
}

#[test]
fn disputes_are_labelled_raznochteniya_in_show_and_the_exports() {
    for text in show_and_markdown(FILE, Lang::Ru) {
        assert!(!text.contains("Спорно"), "{text}");
        assert!(text.contains("Разночтения:"), "{text}");
    }
    let t = timeline::load::parse("t.toml", FILE).expect("the fixture is valid");
    let all: Vec<_> = t.indices().collect();
    let html = timeline::export::to_html(&t, &all, "ru");
    assert!(
        html.contains("Разночтения") && !html.contains("Спорно"),
        "{html}"
    );
    let english = timeline::export::to_html(&t, &all, "en");
    assert!(!english.contains("Разночтения"));
}
