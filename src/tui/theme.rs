//! Colours by meaning. Views never name a colour; `NO_COLOR` turns colour off and the
//! letters and markers still carry the meaning.

use crate::analyze::Severity;
use ratatui::style::{Color, Modifier, Style};

/// The styles views use, by role.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set (to anything).
    pub fn from_env() -> Self {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    pub fn plain() -> Self {
        Theme { color: false }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn base(&self) -> Style {
        Style::new()
    }
    pub fn muted(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }
    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn selection(&self) -> Style {
        if self.color {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }
    pub fn accent(&self) -> Style {
        self.fg(Color::Cyan)
    }
    pub fn highlight(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
        }
    }
    pub fn warning(&self) -> Style {
        self.fg(Color::Yellow)
    }
    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    /// The colour of a risk level. Red and yellow read on both dark and light backgrounds.
    pub fn severity(&self, s: Severity) -> Style {
        match s {
            Severity::Critical => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Severity::High => self.fg(Color::Red),
            Severity::Medium => self.fg(Color::Yellow),
            Severity::Low => self.fg(Color::Blue),
        }
    }

    /// A pane's border: accented when it has the focus.
    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.accent().add_modifier(Modifier::BOLD)
        } else {
            self.muted()
        }
    }

    /// The risk colour of a post; no risk is muted.
    pub fn risk(&self, r: Option<Severity>) -> Style {
        match r {
            Some(s) => self.severity(s),
            None => self.muted(),
        }
    }

    /// A decision's badge.
    pub fn decision(&self, d: crate::review::Decision) -> Style {
        match d {
            crate::review::Decision::Delete => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            crate::review::Decision::Keep => self.fg(Color::Green),
            crate::review::Decision::Undecided => self.muted(),
        }
    }
}

/// The risk glyph, so risk survives `NO_COLOR`: `‼` critical, `!` high, `•` medium, `·` low.
pub fn risk_glyph(r: Option<Severity>) -> char {
    match r {
        Some(Severity::Critical) => '‼',
        Some(Severity::High) => '!',
        Some(Severity::Medium) => '•',
        Some(Severity::Low) => '·',
        None => ' ',
    }
}
