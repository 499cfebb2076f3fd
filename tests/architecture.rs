//! The dependency rule of `docs/architecture.md`, checked on the source: only the TUI
//! (`src/tui.rs`, `src/tui/`) may use ratatui or crossterm, and only the TUI itself and the
//! CLI that launches it may refer to `crate::tui`. The engine stays usable without a terminal.

#![allow(clippy::unwrap_used)] // a test: failing to read src/ is a failure

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's code with `//` comments (doc comments included) removed, line by line.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split("//").next().unwrap_or("")))
}

/// Whether `word` occurs in `line` as a whole identifier.
fn has_word(line: &str, word: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    line.match_indices(word).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

#[test]
fn only_the_tui_uses_the_terminal_and_only_the_cli_launches_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 10, "found the sources in {}", src.display());

    let mut violations = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let in_tui = rel == "tui.rs" || rel.starts_with("tui/");
        let may_launch_tui = in_tui || rel == "cli.rs";
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in code_lines(&text) {
            if !in_tui {
                for word in ["ratatui", "crossterm"] {
                    if has_word(line, word) {
                        violations.push(format!("src/{rel}:{n}: uses {word}: {}", line.trim()));
                    }
                }
            }
            if !may_launch_tui && (line.contains("crate::tui") || line.contains("mosaic::tui")) {
                violations.push(format!("src/{rel}:{n}: refers to the TUI: {}", line.trim()));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "the dependency rule is broken:\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_checker_sees_what_it_should() {
    assert!(has_word("use ratatui::widgets::List;", "ratatui"));
    assert!(has_word("ratatui::crossterm::event::read()", "crossterm"));
    assert!(!has_word("let my_ratatui_like = 1;", "ratatui"));
    let lines: Vec<_> = code_lines("/// uses ratatui\nlet x = 1; // crossterm\n")
        .map(|(_, l)| l)
        .collect();
    assert!(
        lines
            .iter()
            .all(|l| !l.contains("ratatui") && !l.contains("crossterm"))
    );
}
