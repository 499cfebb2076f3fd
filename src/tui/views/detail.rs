//! The detail pane: the selected post in full, with its signals and where it came from.

use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn render(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    let Some(p) = l.data.posts.get(app.selected) else {
        frame.render_widget(Paragraph::new("No posts.").block(Block::bordered()), area);
        return;
    };
    let local = p.created_at.with_timezone(&l.options.timezone);
    let mut lines = vec![Line::from(vec![
        Span::styled(local.format("%Y-%m-%d %a %H:%M %Z").to_string(), t.title()),
        Span::styled(
            format!("  {} {}", p.platform.display_name(), p.kind.as_str()),
            t.muted(),
        ),
    ])];
    lines.extend(p.text.lines().map(|s| Line::raw(s.to_string())));
    if let Some(g) = p.geo {
        lines.push(Line::styled(
            format!("◉ {:.5}, {:.5}", g.lat, g.lon),
            t.accent(),
        ));
    }
    if let Some(place) = &p.place {
        lines.push(Line::styled(format!("place: {place}"), t.accent()));
    }
    for m in &p.media {
        let gps = m
            .gps
            .map(|g| format!("  ◉ {:.5}, {:.5}", g.lat, g.lon))
            .unwrap_or_default();
        let missing = if m.present { "" } else { "  (not in archive)" };
        lines.push(Line::styled(
            format!("▣ {} {}{gps}{missing}", m.kind.as_str(), m.path),
            t.muted(),
        ));
        if let Some(alt) = &m.alt {
            lines.push(Line::styled(format!("  alt: {alt}"), t.muted()));
        }
    }
    for s in l.analysis.signals.get(app.selected).into_iter().flatten() {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", s.category.letter()), t.warning()),
            Span::styled(format!("{}: ", s.detector), t.muted()),
            Span::raw(s.reason.clone()),
        ]));
    }
    if let Some(url) = &p.url {
        lines.push(Line::styled(url.clone(), t.muted()));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(" Why this post ")),
        area,
    );
}
