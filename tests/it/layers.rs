//! The layering of docs/ARCHITECTURE.md, checked file by file: every file of `src/` imports
//! only from its own layer or the layers below it, `cli` and `export` never import `app` or
//! `ui`, and no file imports another in a circle. Files are parsed with `syn`; the imports
//! are the `crate::`, `super::` and `self::` paths in `use` items and in code, resolved to
//! the file that defines the module they name. A `mod.rs` naming its own children
//! (`mod x; pub use x::…`) is the module's table of contents, not an import. Unit tests
//! (`#[cfg(test)]` items) may use any module, such as the generator.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use syn::visit::Visit;

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

/// Edges the document forbids besides the upward ones: `cli` sits beside the explorer's
/// terminal edge but never on its state or its drawing (`export`, lower, could not anyway).
const NEVER: &[(&str, &str)] = &[
    ("cli", "app"),
    ("cli", "ui"),
    ("export", "app"),
    ("export", "ui"),
];

/// The layer of a top-level module.
fn layer(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer of docs/ARCHITECTURE.md"))
}

/// A module's path from the crate root (`["load", "items"]`), as a file defines it.
type ModPath = Vec<String>;

/// Every `.rs` file under `src/` but the two crate roots, by the module it defines.
fn files() -> BTreeMap<ModPath, String> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<ModPath, String>) {
        for entry in fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let mut module = prefix.to_vec();
            if path.is_dir() {
                module.push(stem.to_owned());
                walk(&path, &module, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                if stem != "mod" {
                    module.push(stem.to_owned());
                }
                if module.is_empty() || module == ["lib"] || module == ["main"] {
                    continue;
                }
                out.insert(module, fs::read_to_string(&path).expect("a source file"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &[],
        &mut out,
    );
    out
}

/// Whether an item is compiled only for tests.
fn test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Meta>()
                .is_ok_and(|m| m.path().is_ident("test"))
    })
}

/// Collects every path of a file, skipping test-only items.
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl Paths {
    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => self.push_with(prefix, &n.ident),
            syn::UseTree::Rename(r) => self.push_with(prefix, &r.ident),
            syn::UseTree::Glob(_) => self.0.push(prefix.clone()),
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(prefix, t);
                }
            }
        }
    }

    fn push_with(&mut self, prefix: &[String], last: &syn::Ident) {
        let mut path = prefix.to_vec();
        if last != "self" {
            path.push(last.to_string());
        }
        self.0.push(path);
    }
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs: &[syn::Attribute] = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Use(u) => &u.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Const(c) => &c.attrs,
            syn::Item::Static(s) => &s.attrs,
            syn::Item::Struct(s) => &s.attrs,
            syn::Item::Enum(e) => &e.attrs,
            _ => &[],
        };
        if !test_only(attrs) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &u.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.0
            .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, path);
    }
}

/// The module a path names, from the file of `here`: `crate::`, `super::` and `self::`
/// resolved, cut to the longest prefix that a file defines; `None` for any other path.
fn resolve(here: &[String], path: &[String], known: &BTreeMap<ModPath, String>) -> Option<ModPath> {
    let (mut base, mut rest) = match path.first().map(String::as_str) {
        Some("crate") => (Vec::new(), &path[1..]),
        Some("self") => (here.to_vec(), &path[1..]),
        Some("super") => (here.to_vec(), path),
        _ => return None,
    };
    while rest.first().is_some_and(|s| s == "super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend(rest.iter().cloned());
    (1..=base.len())
        .rev()
        .map(|n| base[..n].to_vec())
        .find(|p| known.contains_key(p))
}

/// File → the other files it imports.
fn graph() -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let known = files();
    let mut graph = BTreeMap::new();
    for (module, text) in &known {
        let file = syn::parse_file(text)
            .unwrap_or_else(|e| panic!("src/{} does not parse: {e}", module.join("/")));
        let mut paths = Paths::default();
        paths.visit_file(&file);
        let targets: BTreeSet<ModPath> = paths
            .0
            .iter()
            .filter_map(|p| resolve(module, p, &known))
            .filter(|t| t != module)
            .collect();
        graph.insert(module.clone(), targets);
    }
    graph
}

fn name(m: &[String]) -> String {
    m.join("::")
}

#[test]
fn the_import_reader_resolves_crate_super_and_self_paths_to_files() {
    let known: BTreeMap<ModPath, String> = [
        ["load"].as_slice(),
        &["load", "items"],
        &["load", "read"],
        &["model"],
    ]
    .iter()
    .map(|m| (m.iter().map(|s| (*s).to_owned()).collect(), String::new()))
    .collect();
    let here: ModPath = vec!["load".into(), "items".into()];
    let p = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    let got = |s: &str| resolve(&here, &p(s), &known).map(|m| name(&m));
    assert_eq!(got("super::read::id").as_deref(), Some("load::read"));
    assert_eq!(got("super::Diagnostic").as_deref(), Some("load"));
    assert_eq!(got("crate::model::Event").as_deref(), Some("model"));
    assert_eq!(got("super::super::model::Kind").as_deref(), Some("model"));
    assert_eq!(got("self::inner::x").as_deref(), Some("load::items"));
    assert_eq!(got("std::fs::read"), None);
    let code = "use crate::{model::Event, words::{Words, Lang}};\n#[cfg(test)]\nmod tests { use crate::synth; }\nfn f() { super::read::id(); }";
    let mut paths = Paths::default();
    paths.visit_file(&syn::parse_file(code).expect("parses"));
    let all: Vec<String> = paths.0.iter().map(|p| name(p)).collect();
    assert!(all.contains(&"crate::model::Event".to_owned()), "{all:?}");
    assert!(all.contains(&"crate::words::Lang".to_owned()), "{all:?}");
    assert!(all.contains(&"super::read::id".to_owned()), "{all:?}");
    assert!(!all.iter().any(|p| p.contains("synth")), "{all:?}");
}

#[test]
fn no_file_imports_from_a_higher_layer_and_cli_and_export_stay_off_the_explorer() {
    let mut wrong = Vec::new();
    for (module, targets) in graph() {
        for target in targets {
            let (from, to) = (module[0].as_str(), target[0].as_str());
            if layer(to) > layer(from) || NEVER.contains(&(from, to)) {
                wrong.push(format!("{} → {}", name(&module), name(&target)));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:?}");
}

/// A circle through `node`, if a depth-first walk from it finds one (named by its path).
fn visit(
    node: &ModPath,
    graph: &BTreeMap<ModPath, BTreeSet<ModPath>>,
    path: &mut Vec<ModPath>,
    done: &mut BTreeSet<ModPath>,
) -> Option<Vec<ModPath>> {
    if let Some(at) = path.iter().position(|p| p == node) {
        let mut circle = path[at..].to_vec();
        circle.push(node.clone());
        return Some(circle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.clone());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(c) = visit(next, graph, path, done) {
            return Some(c);
        }
    }
    path.pop();
    done.insert(node.clone());
    None
}

#[test]
fn no_import_circle_between_files() {
    let graph = graph();
    let mut done = BTreeSet::new();
    let mut circles = BTreeSet::new();
    for node in graph.keys() {
        if let Some(c) = visit(node, &graph, &mut Vec::new(), &mut done) {
            circles.insert(c.iter().map(|m| name(m)).collect::<Vec<_>>().join(" → "));
        }
    }
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}
