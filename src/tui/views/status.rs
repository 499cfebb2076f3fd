//! The title line, the status line, and the loading screen.

use crate::tui::app::{App, LoadState};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Gauge, Paragraph, Wrap};

pub fn render_title(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    let mut spans = vec![Span::styled(" mosaic ", t.title())];
    match app.loaded() {
        Some(l) => {
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
                "· {who} · {}{range} · {} posts · {} flagged",
                d.descriptions.first().cloned().unwrap_or_default(),
                d.posts.len(),
                l.analysis.flagged_count()
            )));
        }
        None => spans.push(Span::styled(format!("· {}", app.label), t.muted())),
    }
    spans.push(Span::styled("   ? help", t.muted()));
    frame.render_widget(Line::from(spans), area);
}

pub fn render_status(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    let text = match &app.message {
        Some(m) => format!(" {m}  ·  j/k move · PgUp/PgDn · g/G · ? help · q quit"),
        None => " j/k move · PgUp/PgDn · g/G · ? help · q quit".to_string(),
    };
    frame.render_widget(Line::styled(text, t.muted()), area);
}

pub fn render_loading(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    let [_, gauge_area, note] = Layout::vertical([
        Constraint::Percentage(40),
        Constraint::Length(3),
        Constraint::Fill(1),
    ])
    .areas(area);
    match &app.load {
        LoadState::Loading { stage, done, total } => {
            let ratio = if *total > 0 {
                (*done as f64 / *total as f64).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let gauge = Gauge::default()
                .block(Block::bordered().title(format!(" Loading {} ", app.label)))
                .gauge_style(t.accent())
                .ratio(ratio)
                .label(format!("{stage} {done}/{total}"));
            frame.render_widget(gauge, gauge_area);
            frame.render_widget(
                Paragraph::new("Reading the archive. Keys work: q quits.").style(t.muted()),
                note,
            );
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
            frame.render_widget(p, gauge_area.union(note));
        }
        LoadState::Ready(_) => {}
    }
}
