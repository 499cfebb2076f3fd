//! The timeline: the shown posts, one line each. Only the visible rows are built.

use crate::analyze::Category;
use crate::review::Decision;
use crate::tui::app::{App, Pane, SortBy};
use crate::tui::theme::risk_glyph;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// The categories the badges show, in order.
pub const BADGES: [Category; 5] = [
    Category::Unit,
    Category::Role,
    Category::Location,
    Category::Routine,
    Category::Home,
];

pub fn render(app: &mut App, frame: &mut Frame<'_>, area: Rect) {
    let rows = area.height.saturating_sub(2) as usize;
    app.scroll_into_view(rows);
    let (selected, offset) = (app.selected, app.offset);
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    let tz = l.options.timezone;
    let wide = area.width >= 100;
    let end = (offset + rows).min(app.view.len());
    let text_width = area.width.saturating_sub(2) as usize;
    let mut lines = Vec::with_capacity(rows);
    for (pos, &i) in app.view[offset.min(end)..end].iter().enumerate() {
        let i = i as usize;
        let pos = offset + pos;
        let Some(p) = l.data.posts.get(i) else {
            continue;
        };
        let risk = l.derived.risk.get(i).copied().flatten();
        let rs = t.risk(risk);
        let local = p.created_at.with_timezone(&tz);
        let cats = l.analysis.categories.get(i).copied().unwrap_or_default();
        let mut spans = vec![
            Span::raw(if pos == selected { "▶" } else { " " }),
            Span::styled(risk_glyph(risk).to_string(), rs),
            Span::styled(local.format(" %Y-%m-%d %a %H:%M ").to_string(), t.muted()),
            Span::styled(
                if wide {
                    format!("{:<9} ", p.platform.display_name())
                } else {
                    format!(
                        "{:<2} ",
                        crate::tui::views::fit(p.platform.display_name(), 2)
                    )
                },
                t.muted(),
            ),
        ];
        for c in BADGES {
            if cats.contains(c) {
                spans.push(Span::styled(c.letter().to_string(), rs));
            } else {
                spans.push(Span::styled(".", t.muted()));
            }
        }
        let geo = if p.location().is_some() { '◉' } else { ' ' };
        let media = if p.media.is_empty() { ' ' } else { '▣' };
        let d = l_decision(app, i);
        let dch = match d {
            Decision::Delete => 'D',
            Decision::Keep => 'K',
            Decision::Undecided => ' ',
        };
        spans.push(Span::raw(format!(" {geo}{media} ")));
        spans.push(Span::styled(dch.to_string(), t.decision(d)));
        spans.push(Span::raw(" "));
        let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
        let text: String = p
            .text
            .chars()
            .take(text_width.saturating_sub(used) + 1)
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        spans.push(Span::raw(crate::tui::views::fit(
            &text,
            text_width.saturating_sub(used),
        )));
        let mut line = Line::from(spans);
        if pos == selected {
            line = line.style(t.selection());
        }
        lines.push(line);
    }
    if app.view.is_empty() {
        lines.push(Line::styled(
            if l.data.posts.is_empty() {
                " The archive has no posts."
            } else {
                " No post matches the filter (Esc clears it)."
            },
            t.muted(),
        ));
    }
    let title = format!(
        " Timeline {}/{} · filter: {} · sort: {} · {} ",
        if app.view.is_empty() { 0 } else { selected + 1 },
        app.view.len(),
        app.filter_label(),
        match app.sort {
            SortBy::Time => "time",
            SortBy::Risk => "risk",
        },
        tz.name()
    );
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(crate::tui::views::fit(
                    &title,
                    area.width.saturating_sub(2) as usize,
                ))
                .border_style(t.border(app.focus == Pane::Timeline)),
        ),
        area,
    );
}

fn l_decision(app: &App, i: usize) -> Decision {
    app.decision(i)
}
