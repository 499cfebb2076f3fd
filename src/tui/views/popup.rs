//! Popups: the filter menu and the search box.

use crate::tui::app::{App, FilterItem};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

fn item_label(app: &App, item: &FilterItem) -> (String, bool) {
    let f = &app.filter;
    match item {
        FilterItem::Clear => ("all posts (clear filters)".into(), f.is_empty()),
        FilterItem::Category(c) => (
            format!("category {} {}", c.letter(), c.as_str()),
            f.category == Some(*c),
        ),
        FilterItem::Finding(i) => (
            format!(
                "finding: {}",
                app.loaded()
                    .and_then(|l| l.analysis.findings.get(*i))
                    .map_or("", |f| f.title.as_str())
            ),
            f.finding == Some(*i),
        ),
        FilterItem::Platform(p) => (
            format!("platform {}", p.display_name()),
            f.platform == Some(*p),
        ),
        FilterItem::Year(y) => (format!("year {y}"), f.year == Some(*y)),
        FilterItem::HasGeo => ("has geo ◉".into(), f.has_geo),
        FilterItem::HasPhoto => ("has photo ▣".into(), f.has_photo),
    }
}

pub fn render_filter(app: &App, cursor: usize, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    let items = app.filter_items();
    let width = 50.min(area.width);
    let height = (items.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    let rows = height.saturating_sub(2) as usize;
    let first = cursor.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, item)| {
            let (label, on) = item_label(app, item);
            let line = Line::from(vec![
                Span::raw(if on { " [x] " } else { " [ ] " }),
                Span::raw(crate::tui::views::fit(&label, width as usize - 7)),
            ]);
            if i == cursor {
                line.style(t.selection())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(" Filter (Enter toggles, Esc closes) ")
                .border_style(t.border(true)),
        ),
        popup,
    );
}

pub fn render_search(app: &App, text: &str, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    frame.render_widget(Clear, area);
    frame.render_widget(
        Line::from(vec![
            Span::styled(" search: ", t.accent()),
            Span::raw(text.to_string()),
            Span::styled("▏", t.accent()),
            Span::styled("   Enter apply · Esc cancel", t.muted()),
        ]),
        area,
    );
}
