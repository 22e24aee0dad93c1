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

/// The lines of the README's fenced code blocks.
fn code_lines(readme: &str) -> Vec<&str> {
    let mut inside = false;
    readme
        .lines()
        .filter(|l| {
            if l.starts_with("```") {
                inside = !inside;
                return false;
            }
            inside
        })
        .map(|l| l.split(" #").next().unwrap_or(l).trim())
        .collect()
}

#[test]
fn the_readme_gives_the_two_commands_as_commands() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let code = code_lines(&readme);
    for command in ["cargo run --release", "cargo test"] {
        assert!(
            code.contains(&command),
            "no code line `{command}` in README.md"
        );
    }
    // The CI script runs the README's test command, not another one.
    let ci = std::fs::read_to_string(".ci/run").expect(".ci/run");
    assert!(
        ci.lines().any(|l| l.trim() == "cargo test"),
        ".ci/run runs `cargo test`"
    );
}

#[test]
fn every_subcommand_the_readme_shows_exists() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_timeline"))
        .arg("--help")
        .output()
        .expect("timeline --help");
    let help = String::from_utf8_lossy(&help.stdout);
    for line in code_lines(&readme) {
        let mut words = line.split_whitespace();
        if words.next() != Some("timeline") {
            continue;
        }
        if let Some(sub) = words
            .next()
            .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        {
            assert!(
                help.lines().any(|l| l.trim_start().starts_with(sub)),
                "README.md shows `timeline {sub}`, which --help does not list"
            );
        }
    }
}
