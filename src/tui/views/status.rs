//! The title line (with the progress gauge while loading), the status line with counts and
//! the last message, the key hint line, and the loading screen.

use crate::tui::action::Action;
use crate::tui::app::{App, LoadState};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, LineGauge, Paragraph, Wrap};

pub fn render_title(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    let mut spans = vec![Span::styled(" mosaic ", t.title())];
    match &app.load {
        LoadState::Ready(l) => {
            let d = &l.data;
            let range = match (d.posts.first(), d.posts.last()) {
                (Some(a), Some(b)) => format!(
                    " {} → {}",
                    a.created_at.format("%Y-%m"),
                    b.created_at.format("%Y-%m")
                ),
                _ => String::new(),
            };
            let who = d
                .profile
                .as_ref()
                .and_then(|p| p.handle.clone().or(p.name.clone()))
                .unwrap_or_default();
            spans.push(Span::raw(format!(
                "· {who} · {}{range}",
                d.descriptions.first().cloned().unwrap_or_default(),
            )));
        }
        LoadState::Loading { stage, done, total } => {
            let [left, gauge] = Layout::horizontal([
                Constraint::Fill(1),
                Constraint::Length(40.min(area.width / 2)),
            ])
            .areas(area);
            spans.push(Span::styled(format!("· loading {} ", app.label), t.muted()));
            frame.render_widget(Line::from(spans).style(t.base()), left);
            let ratio = if *total > 0 {
                (*done as f64 / *total as f64).clamp(0.0, 1.0)
            } else {
                0.0
            };
            frame.render_widget(
                LineGauge::default()
                    .filled_style(t.accent())
                    .ratio(ratio)
                    .label(crate::tui::views::fit(stage, 16)),
                gauge,
            );
            return;
        }
        LoadState::Failed(_) => spans.push(Span::styled(format!("· {}", app.label), t.muted())),
    }
    let help = app
        .keymap
        .first_key(Action::ToggleHelp)
        .map(|k| format!("   [{k}] help"))
        .unwrap_or_default();
    spans.push(Span::styled(help, t.muted()));
    frame.render_widget(Line::from(spans), area);
}

pub fn render_status(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    let width = area.width as usize;
    let msg = app.message.clone().unwrap_or_default();
    let mut spans = Vec::new();
    if let Some(l) = app.loaded() {
        let (posts, flagged, marked) = (l.data.posts.len(), l.derived.flagged, app.marked);
        let full = format!(" {posts} posts · {flagged} flagged · {marked} marked for deletion");
        let short = format!(" {marked} marked · {flagged} flagged · {posts} posts");
        let warn = if app.saving { "" } else { " · NOT SAVING" };
        let room = |c: &str| c.chars().count() + warn.len() + 3 + msg.chars().count() <= width;
        // The message wins over the long form of the counts: it may be a path to read.
        let counts = if msg.is_empty() || room(&full) {
            full
        } else if room(&short) {
            short
        } else {
            format!(" {marked} marked")
        };
        spans.push(Span::styled(counts, t.title()));
        if !warn.is_empty() {
            spans.push(Span::styled(warn, t.error()));
        }
    }
    if !msg.is_empty() {
        spans.push(Span::styled(" │ ", t.muted()));
        spans.push(Span::raw(msg));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The key hint line, from the active key map.
pub fn render_hints(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let special = match app.mode {
        crate::tui::app::Mode::Guided => {
            Some("guided review: keys at the foot of the pane".to_string())
        }
        crate::tui::app::Mode::Contacts => Some(
            "j/k contact · Enter their linked posts on the timeline · PgDn/PgUp scroll · Esc back"
                .to_string(),
        ),
        _ if app.guided.as_ref().is_some_and(|g| g.picking) => Some(format!(
            "picking posts: j/k move · {} delete · {} back to the guided review",
            app.keymap
                .first_key(Action::ToggleDelete)
                .unwrap_or_default(),
            app.keymap.first_key(Action::Guided).unwrap_or_default()
        )),
        _ => None,
    };
    if let Some(text) = special {
        frame.render_widget(
            Line::styled(
                format!(
                    " {}",
                    crate::tui::views::fit(&text, area.width.saturating_sub(1) as usize)
                ),
                app.theme.muted(),
            ),
            area,
        );
        return;
    }
    let hints: &[(Action, &str)] = &[
        (Action::Down, "move"),
        (Action::ToggleDelete, "delete"),
        (Action::Keep, "keep"),
        (Action::Undo, "undo"),
        (Action::NextPane, "pane"),
        (Action::Open, "open"),
        (Action::Search, "search"),
        (Action::Filter, "filter"),
        (Action::Sort, "sort"),
        (Action::ApplyPlan, "plan"),
        (Action::Export, "export"),
        (Action::Guided, "guided"),
        (Action::Contacts, "contacts"),
        (Action::Quit, "quit"),
    ];
    let text = hints
        .iter()
        .filter_map(|(a, what)| app.keymap.first_key(*a).map(|k| format!("{k} {what}")))
        .collect::<Vec<_>>()
        .join(" · ");
    frame.render_widget(
        Line::styled(
            format!(
                " {}",
                crate::tui::views::fit(&text, area.width.saturating_sub(1) as usize)
            ),
            app.theme.muted(),
        ),
        area,
    );
}

pub fn render_loading(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    match &app.load {
        LoadState::Loading { stage, done, total } => {
            let p = Paragraph::new(vec![
                Line::raw(""),
                Line::styled(format!(" Reading {} …", app.label), t.title()),
                Line::styled(format!(" {stage} ({done}/{total})"), t.muted()),
                Line::raw(""),
                Line::styled(
                    " Everything stays on this machine. Keys work: ? help, q quits.",
                    t.muted(),
                ),
            ])
            .block(Block::bordered().title(" Timeline "));
            frame.render_widget(p, area);
        }
        LoadState::Failed(e) => {
            let p = Paragraph::new(vec![
                Line::styled("Could not open the archive:", t.error()),
                Line::raw(e.clone()),
                Line::raw(""),
                Line::styled("Press q to quit.", t.muted()),
            ])
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(" Error "));
            frame.render_widget(p, area);
        }
        LoadState::Ready(_) => {}
    }
}
