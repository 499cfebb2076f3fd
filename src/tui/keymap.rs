//! Key bindings: key → [`Action`], the defaults, and overrides from `keys.toml`.
//!
//! `keys.toml` lives in the config directory (`MOSAIC_CONFIG_DIR` overrides the platform's)
//! and maps keys to action names, e.g. `"x" = "toggle_delete"`; `"d" = "none"` unbinds a key.
//! The file overrides the defaults key by key. See `docs/keybindings.md`.

use super::action::{ACTIONS, Action};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The default bindings, in help order.
pub const DEFAULT_KEYS: &[(&str, Action)] = &[
    ("j", Action::Down),
    ("down", Action::Down),
    ("k", Action::Up),
    ("up", Action::Up),
    ("pgdn", Action::PageDown),
    ("pgup", Action::PageUp),
    ("home", Action::Top),
    ("G", Action::Bottom),
    ("end", Action::Bottom),
    ("tab", Action::NextPane),
    ("backtab", Action::PrevPane),
    ("enter", Action::Open),
    ("esc", Action::Back),
    ("d", Action::ToggleDelete),
    ("K", Action::Keep),
    ("u", Action::Undo),
    ("ctrl-r", Action::Redo),
    ("/", Action::Search),
    ("f", Action::Filter),
    ("s", Action::Sort),
    ("p", Action::ApplyPlan),
    ("e", Action::Export),
    ("g", Action::Guided),
    ("c", Action::Contacts),
    ("?", Action::ToggleHelp),
    ("q", Action::Quit),
    ("ctrl-c", Action::Quit),
];

/// A key with its modifiers (Ctrl and Alt; Shift is part of the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    pub code: KeyCodeOrd,
    pub ctrl: bool,
    pub alt: bool,
}

/// A [`KeyCode`] subset that can be ordered and parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum KeyCodeOrd {
    Char(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Delete,
    Insert,
}

impl Key {
    /// Parse `j`, `G`, `?`, `space`, `enter`, `pgdn`, `ctrl-r`, `alt-x`, `f1`…
    pub fn parse(s: &str) -> Option<Key> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.chars().count() > 1 && (lower.starts_with("ctrl-") || lower.starts_with("c-")) {
                ctrl = true;
                rest = &rest[rest.find('-').map_or(0, |i| i + 1)..];
            } else if rest.chars().count() > 1
                && (lower.starts_with("alt-") || lower.starts_with("a-"))
            {
                alt = true;
                rest = &rest[rest.find('-').map_or(0, |i| i + 1)..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCodeOrd::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "space" => KeyCodeOrd::Char(' '),
                "enter" | "return" => KeyCodeOrd::Enter,
                "esc" | "escape" => KeyCodeOrd::Esc,
                "tab" => KeyCodeOrd::Tab,
                "backtab" | "shift-tab" => KeyCodeOrd::BackTab,
                "backspace" => KeyCodeOrd::Backspace,
                "up" => KeyCodeOrd::Up,
                "down" => KeyCodeOrd::Down,
                "left" => KeyCodeOrd::Left,
                "right" => KeyCodeOrd::Right,
                "pgup" | "pageup" => KeyCodeOrd::PageUp,
                "pgdn" | "pagedown" => KeyCodeOrd::PageDown,
                "home" => KeyCodeOrd::Home,
                "end" => KeyCodeOrd::End,
                "delete" | "del" => KeyCodeOrd::Delete,
                "insert" | "ins" => KeyCodeOrd::Insert,
                f if f.starts_with('f') => {
                    let n: u8 = f[1..].parse().ok()?;
                    if (1..=24).contains(&n) {
                        KeyCodeOrd::F(n)
                    } else {
                        return None;
                    }
                }
                _ => return None,
            },
        };
        Some(Key { code, ctrl, alt })
    }

    /// The key of a terminal key event.
    pub fn from_event(ev: &KeyEvent) -> Option<Key> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        let code = match ev.code {
            KeyCode::Char(c) => KeyCodeOrd::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            KeyCode::F(n) => KeyCodeOrd::F(n),
            KeyCode::Enter => KeyCodeOrd::Enter,
            KeyCode::Esc => KeyCodeOrd::Esc,
            KeyCode::Tab if ev.modifiers.contains(KeyModifiers::SHIFT) => KeyCodeOrd::BackTab,
            KeyCode::Tab => KeyCodeOrd::Tab,
            KeyCode::BackTab => KeyCodeOrd::BackTab,
            KeyCode::Backspace => KeyCodeOrd::Backspace,
            KeyCode::Up => KeyCodeOrd::Up,
            KeyCode::Down => KeyCodeOrd::Down,
            KeyCode::Left => KeyCodeOrd::Left,
            KeyCode::Right => KeyCodeOrd::Right,
            KeyCode::PageUp => KeyCodeOrd::PageUp,
            KeyCode::PageDown => KeyCodeOrd::PageDown,
            KeyCode::Home => KeyCodeOrd::Home,
            KeyCode::End => KeyCodeOrd::End,
            KeyCode::Delete => KeyCodeOrd::Delete,
            KeyCode::Insert => KeyCodeOrd::Insert,
            _ => return None,
        };
        Some(Key { code, ctrl, alt })
    }

    /// How the help writes the key.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCodeOrd::Char(' ') => "space".to_string(),
            KeyCodeOrd::Char(c) => c.to_string(),
            KeyCodeOrd::F(n) => format!("F{n}"),
            KeyCodeOrd::Enter => "Enter".into(),
            KeyCodeOrd::Esc => "Esc".into(),
            KeyCodeOrd::Tab => "Tab".into(),
            KeyCodeOrd::BackTab => "S-Tab".into(),
            KeyCodeOrd::Backspace => "Bksp".into(),
            KeyCodeOrd::Up => "↑".into(),
            KeyCodeOrd::Down => "↓".into(),
            KeyCodeOrd::Left => "←".into(),
            KeyCodeOrd::Right => "→".into(),
            KeyCodeOrd::PageUp => "PgUp".into(),
            KeyCodeOrd::PageDown => "PgDn".into(),
            KeyCodeOrd::Home => "Home".into(),
            KeyCodeOrd::End => "End".into(),
            KeyCodeOrd::Delete => "Del".into(),
            KeyCodeOrd::Insert => "Ins".into(),
        };
        match (self.ctrl, self.alt) {
            (true, true) => format!("C-A-{base}"),
            (true, false) => format!("C-{base}"),
            (false, true) => format!("A-{base}"),
            _ => base,
        }
    }
}

/// The active bindings.
#[derive(Debug, Clone)]
pub struct Keymap {
    map: BTreeMap<Key, Action>,
    /// Problems found in `keys.toml`, one line each, shown in the status line.
    pub warnings: Vec<String>,
}

impl Default for Keymap {
    fn default() -> Self {
        let map = DEFAULT_KEYS
            .iter()
            .filter_map(|(k, a)| Key::parse(k).map(|k| (k, *a)))
            .collect();
        Keymap {
            map,
            warnings: Vec::new(),
        }
    }
}

impl Keymap {
    /// The defaults with the overrides of a `keys.toml` text applied.
    pub fn from_toml(text: &str) -> Keymap {
        let mut km = Keymap::default();
        let table: toml::Table = match text.parse() {
            Ok(t) => t,
            Err(e) => {
                km.warnings.push(format!(
                    "keys.toml: {} (using default keys)",
                    e.to_string().lines().next().unwrap_or("unreadable")
                ));
                return km;
            }
        };
        for (k, v) in table {
            let Some(key) = Key::parse(&k) else {
                km.warnings.push(format!("keys.toml: unknown key '{k}'"));
                continue;
            };
            match v.as_str() {
                Some("none") | Some("") => {
                    km.map.remove(&key);
                }
                Some(name) => match Action::from_name(name) {
                    Some(a) => {
                        km.map.insert(key, a);
                    }
                    None => km
                        .warnings
                        .push(format!("keys.toml: unknown action '{name}' for '{k}'")),
                },
                None => km.warnings.push(format!(
                    "keys.toml: the value of '{k}' must be an action name"
                )),
            }
        }
        km
    }

    /// The defaults with `keys.toml` from the config directory applied, if it exists.
    pub fn load() -> Keymap {
        match config_dir() {
            Some(dir) => Self::load_from(&dir.join("keys.toml")),
            None => Keymap::default(),
        }
    }

    /// The defaults with the overrides of a file applied, if it exists.
    pub fn load_from(path: &Path) -> Keymap {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::from_toml(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Keymap::default(),
            Err(e) => {
                let mut km = Keymap::default();
                km.warnings
                    .push(format!("{}: {e} (using default keys)", path.display()));
                km
            }
        }
    }

    /// The action bound to a key event.
    pub fn action(&self, ev: &KeyEvent) -> Option<Action> {
        self.map.get(&Key::from_event(ev)?).copied()
    }

    /// The keys bound to an action, as the help writes them, in a stable order (defaults'
    /// order first).
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        let mut keys: Vec<(usize, String)> = self
            .map
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|(k, _)| {
                let rank = DEFAULT_KEYS
                    .iter()
                    .position(|(d, _)| Key::parse(d).as_ref() == Some(k))
                    .unwrap_or(usize::MAX);
                (rank, k.label())
            })
            .collect();
        keys.sort();
        keys.into_iter().map(|(_, l)| l).collect()
    }

    /// The help: every bindable action with its keys and description.
    pub fn help(&self) -> Vec<(String, &'static str)> {
        ACTIONS
            .iter()
            .map(|(a, _, desc)| {
                let keys = self.keys_for(*a);
                let keys = if keys.is_empty() {
                    "(unbound)".to_string()
                } else {
                    keys.join(" ")
                };
                (keys, *desc)
            })
            .collect()
    }

    /// The first key of an action, for the hint line.
    pub fn first_key(&self, action: Action) -> Option<String> {
        self.keys_for(action).into_iter().next()
    }
}

/// The config directory: `MOSAIC_CONFIG_DIR` if set, else the platform's.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("MOSAIC_CONFIG_DIR").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "mosaic").map(|d| d.config_dir().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn defaults_resolve() {
        let km = Keymap::default();
        assert_eq!(
            km.action(&ev(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            km.action(&ev(KeyCode::Char('K'), KeyModifiers::SHIFT)),
            Some(Action::Keep)
        );
        assert_eq!(
            km.action(&ev(KeyCode::Char('r'), KeyModifiers::CONTROL)),
            Some(Action::Redo)
        );
        assert_eq!(
            km.action(&ev(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::PrevPane)
        );
        // Every default key parses.
        assert!(DEFAULT_KEYS.iter().all(|(k, _)| Key::parse(k).is_some()));
        // Every bindable action has a default key.
        assert!(ACTIONS.iter().all(|(a, _, _)| !km.keys_for(*a).is_empty()));
    }

    #[test]
    fn toml_overrides_key_by_key() {
        let km = Keymap::from_toml(
            "x = \"toggle_delete\"\nd = \"none\"\n\"ctrl-z\" = \"undo\"\nq = \"nope\"\n\"bad key\" = \"quit\"\n",
        );
        assert_eq!(
            km.action(&ev(KeyCode::Char('x'), KeyModifiers::NONE)),
            Some(Action::ToggleDelete)
        );
        assert_eq!(km.action(&ev(KeyCode::Char('d'), KeyModifiers::NONE)), None);
        assert_eq!(
            km.action(&ev(KeyCode::Char('z'), KeyModifiers::CONTROL)),
            Some(Action::Undo)
        );
        // Unknown actions leave the default in place.
        assert_eq!(
            km.action(&ev(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::Quit)
        );
        assert_eq!(km.warnings.len(), 2, "{:?}", km.warnings);
        assert_eq!(km.keys_for(Action::ToggleDelete), vec!["x"]);
    }

    #[test]
    fn bad_toml_keeps_defaults() {
        let km = Keymap::from_toml("this is = = not toml");
        assert_eq!(km.warnings.len(), 1);
        assert_eq!(
            km.action(&ev(KeyCode::Char('d'), KeyModifiers::NONE)),
            Some(Action::ToggleDelete)
        );
    }

    #[test]
    fn help_lists_every_action() {
        let help = Keymap::default().help();
        assert_eq!(help.len(), ACTIONS.len());
        assert_eq!(help[0].0, "j ↓");
    }
}

#[cfg(test)]
mod doc_tests {
    use super::*;

    /// `docs/keybindings.md` names every action and every default key.
    #[test]
    fn keybindings_doc_is_complete() {
        let doc = include_str!("../../docs/keybindings.md");
        for (_, name, _) in ACTIONS {
            assert!(
                doc.contains(&format!("`{name}`")),
                "docs/keybindings.md lacks {name}"
            );
        }
        for (key, _) in DEFAULT_KEYS {
            let shown = match *key {
                "down" => "↓",
                "up" => "↑",
                "pgdn" => "PgDn",
                "pgup" => "PgUp",
                "home" => "Home",
                "end" => "End",
                "tab" => "Tab",
                "backtab" => "Shift-Tab",
                "enter" => "Enter",
                "esc" => "Esc",
                "ctrl-r" => "Ctrl-r",
                "ctrl-c" => "Ctrl-c",
                k => k,
            };
            assert!(
                doc.contains(&format!("`{shown}`")),
                "docs/keybindings.md lacks {key}"
            );
        }
    }
}
