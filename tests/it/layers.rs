//! The layering of docs/ARCHITECTURE.md, checked: every module of `src/` imports only from
//! its own layer or the layers below it, and the modules import one another in no circle.
//! Unit tests (`#[cfg(test)]` at a file's end) may use any module, such as the generator.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers, lowest first, as the architecture document lists them.
const LAYERS: &[&[&str]] = &[
    &["text"],
    &["model"],
    &["words"],
    &["load"],
    &["present", "fold", "cite", "export"],
    &["select"],
    &["view"],
    &["app"],
    &["ui"],
    &["tui", "launch", "clipboard", "watch", "cli", "synth"],
];

/// The layer of a top-level module.
fn layer(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer of docs/ARCHITECTURE.md"))
}

/// Every `.rs` file under `dir`, with the top-level module it belongs to.
fn files(dir: &Path, top: Option<&str>, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_owned();
        let module = top.map_or_else(|| name.clone(), str::to_owned);
        if path.is_dir() {
            files(&path, Some(&module), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((module, fs::read_to_string(&path).expect("a source file")));
        }
    }
}

/// The top-level modules a source text names through `crate::`, outside comments and
/// unit tests:
/// `crate::model::Event` and each first name of `crate::{model, words::Words}`.
fn imports(text: &str) -> BTreeSet<String> {
    let shipped = text.split("#[cfg(test)]").next().unwrap_or(text);
    let code: String = shipped
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut name = String::new();
            let mut fresh = true;
            for ch in group.chars() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        if !name.is_empty() {
                            found.insert(std::mem::take(&mut name));
                        }
                        fresh = true;
                    }
                    c if depth == 0 && fresh && (c.is_alphanumeric() || c == '_') => name.push(c),
                    c if !c.is_whitespace() && !name.is_empty() => {
                        found.insert(std::mem::take(&mut name));
                        fresh = false;
                    }
                    _ => {}
                }
            }
            if !name.is_empty() {
                found.insert(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

/// Module → the other top-level modules it imports.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        None,
        &mut all,
    );
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in all {
        if module == "lib" || module == "main" {
            continue;
        }
        let names = imports(&text);
        let entry = graph.entry(module.clone()).or_default();
        entry.extend(names.into_iter().filter(|n| *n != module));
    }
    graph
}

#[test]
fn the_import_reader_sees_plain_and_grouped_paths() {
    let text = "use crate::model::Event;\n// crate::ui in a comment\nuse crate::{words::{Words, Lang}, view, text::fit};\nlet x = crate::select::Query::default();";
    let found: Vec<String> = imports(text).into_iter().collect();
    assert_eq!(found, ["model", "select", "text", "view", "words"]);
}

#[test]
fn no_module_imports_from_a_higher_layer() {
    let mut upward = Vec::new();
    for (module, names) in graph() {
        for name in names {
            if layer(&name) > layer(&module) {
                upward.push(format!("{module} → {name}"));
            }
        }
    }
    assert!(upward.is_empty(), "upward imports: {upward:?}");
}

/// A circle through `node`, if a depth-first walk from it finds one (named by its path).
fn visit(
    node: &str,
    graph: &BTreeMap<String, BTreeSet<String>>,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|p| p == node) {
        let mut circle = path[at..].to_vec();
        circle.push(node.to_owned());
        return Some(circle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.to_owned());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(c) = visit(next, graph, path, done) {
            return Some(c);
        }
    }
    path.pop();
    done.insert(node.to_owned());
    None
}

#[test]
fn no_import_circle_between_modules() {
    let graph = graph();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        let circle = visit(node, &graph, &mut Vec::new(), &mut done);
        assert!(
            circle.is_none(),
            "import circle: {}",
            circle.unwrap_or_default().join(" → ")
        );
    }
}
