//! Rendering: a pure function of [`App`] (it only records the panes' areas for mouse clicks
//! and keeps the selection in view). Lays out the screen and hands each area to a view.
//!
//! Wide screens show findings and places beside the timeline; below 110 columns the side
//! panes fold behind `Tab`, taking the detail pane's place while focused.

pub mod chart;
pub mod contacts;
pub mod detail;
pub mod findings;
pub mod guided;
pub mod help;
pub mod map;
pub mod popup;
pub mod status;
pub mod timeline;

use super::app::{App, LoadState, Mode, Pane};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

/// The width from which the side panes are shown beside the timeline.
pub const WIDE: u16 = 110;

/// Draw the whole screen.
pub fn render(app: &mut App, frame: &mut Frame<'_>) {
    let area = frame.area();
    let chart_h = if area.height >= 20 { 3 } else { 0 };
    let [title, chart, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(chart_h),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    status::render_title(app, frame, title);
    status::render_status(app, frame, status);
    status::render_hints(app, frame, hints);
    app.areas = Default::default();
    match &app.load {
        LoadState::Ready(_) => {
            if chart_h > 0 {
                app.areas.chart = chart;
                chart::render(app, frame, chart);
            }
            render_body(app, frame, body);
        }
        LoadState::Loading { .. } | LoadState::Failed(_) => {
            status::render_loading(app, frame, chart.union(body))
        }
    }
    match &app.mode {
        Mode::Help => help::render(app, frame, area),
        Mode::FilterMenu(cursor) => popup::render_filter(app, *cursor, frame, body),
        Mode::Search(text) => popup::render_search(app, text, frame, hints),
        Mode::Guided if app.loaded().is_some() => guided::render(app, frame, chart.union(body)),
        Mode::Contacts if app.loaded().is_some() => contacts::render(app, frame, chart.union(body)),
        Mode::Guided | Mode::Contacts | Mode::Normal => {}
    }
}

fn render_body(app: &mut App, frame: &mut Frame<'_>, body: Rect) {
    if app.zoom_detail {
        detail::render(app, frame, body);
        return;
    }
    if body.width >= WIDE && body.height >= 16 {
        let [left, right] =
            Layout::horizontal([Constraint::Length(44), Constraint::Fill(1)]).areas(body);
        let [find, map] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Fill(1)]).areas(left);
        let [list, detail] =
            Layout::vertical([Constraint::Percentage(58), Constraint::Fill(1)]).areas(right);
        app.areas.findings = find;
        app.areas.map = map;
        findings::render(app, frame, find);
        map::render(app, frame, map);
        app.areas.timeline = list;
        timeline::render(app, frame, list);
        detail::render(app, frame, detail);
    } else {
        let [list, bottom] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Fill(1)]).areas(body);
        app.areas.timeline = list;
        timeline::render(app, frame, list);
        match app.focus {
            Pane::Findings => {
                app.areas.findings = bottom;
                findings::render(app, frame, bottom);
            }
            Pane::Map => {
                app.areas.map = bottom;
                map::render(app, frame, bottom);
            }
            Pane::Timeline | Pane::Chart => detail::render(app, frame, bottom),
        }
    }
}

/// A single-line string cut to `width` characters, with `…` when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else if width == 0 {
        String::new()
    } else {
        let mut out: String = s.chars().take(width - 1).collect();
        out.push('…');
        out
    }
}
