//! The README stays true: its key table is the key table, and its commands exist.

#[test]
fn the_readme_key_table_is_the_key_table() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let table = timeline::app::keys::markdown();
    assert!(
        readme.contains(&table),
        "README.md's key table is out of date; replace it with:\n\n{table}"
    );
}

#[test]
fn the_readme_gives_the_two_commands() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}
