//! The editor schema, `schema/timeline.schema.json`, says what the loader says: the same
//! tables with the same keys (every other key refused), the same required keys, the same
//! closed lists of kinds, custody values and source languages, and a description for
//! every key. The shipped chronology names it in its first line, for Taplo.

use std::collections::BTreeSet;

use serde_json::Value;
use timeline::load::{KEY_TABLES, languages};
use timeline::model::{Custody, Kind, SourceType};

fn schema() -> Value {
    let text = std::fs::read_to_string("schema/timeline.schema.json").expect("the schema");
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// The JSON pointer of a table's schema, from its header as the loader names it:
/// `[event.ru.legal]` is `/properties/event/items/properties/ru/properties/legal`, each
/// array of tables (a header written `[[…]]`) adding `/items`.
fn pointer(header: &str) -> String {
    let arrays: BTreeSet<&str> = KEY_TABLES
        .iter()
        .filter_map(|t| t.header.strip_prefix("[[")?.strip_suffix("]]"))
        .collect();
    let path = header.trim_start_matches('[').trim_end_matches(']');
    let mut out = String::new();
    if path.is_empty() {
        return out;
    }
    let segments: Vec<&str> = path.split('.').collect();
    for (i, segment) in segments.iter().enumerate() {
        out.push_str("/properties/");
        out.push_str(segment);
        if arrays.contains(segments[..=i].join(".").as_str()) {
            out.push_str("/items");
        }
    }
    out
}

fn names(value: &Value) -> BTreeSet<String> {
    match value {
        Value::Object(map) => map.keys().cloned().collect(),
        Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().expect("a name").to_owned())
            .collect(),
        _ => BTreeSet::new(),
    }
}

#[test]
fn every_table_has_exactly_the_keys_the_loader_knows_and_requires() {
    let schema = schema();
    assert!(KEY_TABLES.len() >= 12, "{}", KEY_TABLES.len());
    for table in KEY_TABLES {
        let at = pointer(table.header);
        let node = schema
            .pointer(&at)
            .unwrap_or_else(|| panic!("{} is not in the schema (at {at:?})", table.header));
        assert_eq!(node["type"], "object", "{}", table.header);
        assert_eq!(
            node["additionalProperties"],
            Value::Bool(false),
            "{} refuses other keys",
            table.header
        );
        let keys: BTreeSet<String> = table.keys.iter().map(|k| (*k).to_owned()).collect();
        assert_eq!(
            names(&node["properties"]),
            keys,
            "the keys of {}",
            table.header
        );
        let required: BTreeSet<String> = table.required.iter().map(|k| (*k).to_owned()).collect();
        assert_eq!(
            names(&node["required"]),
            required,
            "required in {}",
            table.header
        );
    }
}

/// Every object schema with properties, by pointer.
fn objects(node: &Value, at: &str, out: &mut Vec<String>) {
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        out.push(at.to_owned());
        for (key, child) in props {
            objects(child, &format!("{at}/properties/{key}"), out);
        }
    }
    if let Some(items) = node.get("items") {
        objects(items, &format!("{at}/items"), out);
    }
}

#[test]
fn the_schema_has_no_table_the_loader_does_not_read() {
    let mut found = Vec::new();
    objects(&schema(), "", &mut found);
    let known: BTreeSet<String> = KEY_TABLES.iter().map(|t| pointer(t.header)).collect();
    for at in found {
        assert!(
            known.contains(&at),
            "the schema has a table at {at:?} the loader does not read"
        );
    }
}

#[test]
fn every_key_is_described() {
    let schema = schema();
    for table in KEY_TABLES {
        let node = &schema.pointer(&pointer(table.header)).expect("table");
        for key in table.keys {
            let description = node["properties"][*key]["description"]
                .as_str()
                .unwrap_or_default();
            assert!(
                description.len() > 10,
                "{} `{key}` has no description",
                table.header
            );
        }
    }
}

#[test]
fn the_closed_lists_are_the_loaders() {
    let schema = schema();
    let event = &schema["properties"]["event"]["items"]["properties"];
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(event["kind"]["enum"], serde_json::json!(kinds));
    let custody: Vec<&str> = Custody::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(event["custody"]["enum"], serde_json::json!(custody));
    let langs: Vec<&str> = languages().collect();
    assert!(langs.len() > 150 && langs.contains(&"ru"), "{langs:?}");
    assert_eq!(
        schema["properties"]["source"]["items"]["properties"]["lang"]["enum"],
        serde_json::json!(langs)
    );
    let types: Vec<&str> = SourceType::ALL.iter().map(|t| t.as_str()).collect();
    assert_eq!(
        schema["properties"]["source"]["items"]["properties"]["type"]["enum"],
        serde_json::json!(types)
    );
}

#[test]
fn the_shipped_chronology_names_the_schema_first() {
    let first = timeline::load::EMBEDDED.lines().next().unwrap_or_default();
    assert_eq!(first, "#:schema ./schema/timeline.schema.json");
    assert!(timeline::load::parse("timeline.toml", timeline::load::EMBEDDED).is_ok());
}
