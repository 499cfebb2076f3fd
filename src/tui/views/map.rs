//! The map: located posts on a canvas zoomed to the user's places, with each finding's place
//! marked and labelled, and the list of places to filter by.

use crate::tui::app::{App, Pane};
use crate::tui::views::fit;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Circle, Points};
use ratatui::widgets::{Block, Paragraph};

pub fn render(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    let d = &l.derived;
    let focused = app.focus == Pane::Map;
    let block = Block::bordered()
        .title(format!(
            " Places ({} located posts, {} places) ",
            d.located,
            d.places.len()
        ))
        .border_style(t.border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let list_h = (d.places.len() as u16).min(4).min(inner.height / 2);
    let [canvas_area, list_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(list_h)]).areas(inner);
    if d.located == 0 && d.places.is_empty() {
        frame.render_widget(
            Paragraph::new(" No located posts.").style(t.muted()),
            canvas_area,
        );
        return;
    }
    let muted = t.muted();
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds(d.map_x)
        .y_bounds(d.map_y)
        .paint(|ctx| {
            ctx.draw(&Points {
                coords: &d.map_points,
                color: muted.fg.unwrap_or_default(),
            });
            ctx.layer();
            for (i, p) in d.places.iter().enumerate() {
                let style = if i == app.place_cursor && focused {
                    t.selection()
                } else {
                    t.severity(p.severity)
                };
                // Radius in degrees, roughly (metres per degree of latitude).
                let r = (p.area.radius_m / 111_000.0).max((d.map_y[1] - d.map_y[0]) / 40.0);
                ctx.draw(&Circle {
                    x: p.area.lon,
                    y: p.area.lat,
                    radius: r,
                    color: style.fg.unwrap_or_default(),
                });
                ctx.print(
                    p.area.lon,
                    p.area.lat,
                    Line::styled(format!("■ {}", p.short), style),
                );
            }
        });
    frame.render_widget(canvas, canvas_area);
    let first = app.place_cursor.saturating_sub(list_h.max(1) as usize - 1);
    let lines: Vec<Line> = d
        .places
        .iter()
        .enumerate()
        .skip(first)
        .take(list_h as usize)
        .map(|(i, p)| {
            let f = app.filter.place == Some(i);
            let text = format!(
                "{}{} {}: {}",
                if i == app.place_cursor { "▶" } else { " " },
                if f { "▸" } else { " " },
                p.short,
                p.label
            );
            let mut line = Line::from(Span::styled(
                fit(&text, list_area.width as usize),
                t.severity(p.severity),
            ));
            if i == app.place_cursor && focused {
                line = line.style(t.selection());
            }
            line
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list_area);
}
