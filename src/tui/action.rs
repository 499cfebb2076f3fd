//! What a key press can do. Keys map to [`Action`]s; only `App::update` acts on them.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Every action a key can trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Select the next post.
    Down,
    /// Select the previous post.
    Up,
    /// Move down one page.
    PageDown,
    /// Move up one page.
    PageUp,
    /// Jump to the first post.
    Top,
    /// Jump to the last post.
    Bottom,
    /// Show or hide the key help.
    ToggleHelp,
    /// Leave mosaic.
    Quit,
}

/// The default key bindings with their descriptions, in the order the help lists them.
pub const BINDINGS: &[(&str, Action, &str)] = &[
    ("j / ↓", Action::Down, "next post"),
    ("k / ↑", Action::Up, "previous post"),
    ("PgDn", Action::PageDown, "page down"),
    ("PgUp", Action::PageUp, "page up"),
    ("g / Home", Action::Top, "first post"),
    ("G / End", Action::Bottom, "last post"),
    ("?", Action::ToggleHelp, "show or hide this help"),
    (
        "q / Esc",
        Action::Quit,
        "quit (decisions are already saved)",
    ),
];

/// The action for a key press, if any.
pub fn from_key(key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    Some(match key.code {
        KeyCode::Char('j') | KeyCode::Down => Action::Down,
        KeyCode::Char('k') | KeyCode::Up => Action::Up,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::Char('g') | KeyCode::Home => Action::Top,
        KeyCode::Char('G') | KeyCode::End => Action::Bottom,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char('q') | KeyCode::Esc => Action::Quit,
        _ => return None,
    })
}
