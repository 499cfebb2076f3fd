//! The timeline: every post in time order, one line each. Only visible rows are built.

use crate::analyze::Category;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn render(app: &mut App, frame: &mut Frame<'_>, area: Rect) {
    let rows = area.height.saturating_sub(2) as usize;
    app.scroll_into_view(rows);
    let (selected, offset) = (app.selected, app.offset);
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    let tz = l.options.timezone;
    let end = (offset + rows).min(l.data.posts.len());
    let mut lines = Vec::with_capacity(rows);
    for i in offset..end {
        let p = &l.data.posts[i];
        let local = p.created_at.with_timezone(&tz);
        let cats = l.analysis.categories.get(i).copied().unwrap_or_default();
        let badges: String = [
            Category::Unit,
            Category::Role,
            Category::Location,
            Category::Routine,
            Category::Home,
        ]
        .iter()
        .map(|c| if cats.contains(*c) { c.letter() } else { '.' })
        .collect();
        let geo = if p.location().is_some() { '◉' } else { ' ' };
        let media = if p.media.is_empty() { ' ' } else { '▣' };
        let text: String = p
            .text
            .chars()
            .map(|c| if c == '\n' { ' ' } else { c })
            .collect();
        let marker = if i == selected { "▶ " } else { "  " };
        let badge_style = if cats.is_empty() {
            t.muted()
        } else {
            t.warning()
        };
        let mut line = Line::from(vec![
            Span::raw(marker),
            Span::styled(local.format("%Y-%m-%d %a %H:%M ").to_string(), t.muted()),
            Span::styled(format!("{:<9}", p.platform.display_name()), t.muted()),
            Span::styled(badges, badge_style),
            Span::raw(format!(" {geo}{media} ")),
            Span::raw(text),
        ]);
        if i == selected {
            line = line.style(t.selection());
        }
        lines.push(line);
    }
    let title = format!(
        " Timeline ({} posts, times in {}) ",
        l.data.posts.len(),
        tz.name()
    );
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        area,
    );
}
