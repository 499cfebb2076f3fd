//! Rendering: a pure function of [`App`]. Lays out the screen and hands each area to a view.

pub mod detail;
pub mod help;
pub mod status;
pub mod timeline;

use super::app::{App, LoadState};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

/// Draw the whole screen.
pub fn render(app: &mut App, frame: &mut Frame<'_>) {
    let [title, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    status::render_title(app, frame, title);
    match &app.load {
        LoadState::Ready(_) => {
            let [list, detail] =
                Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)])
                    .areas(body);
            timeline::render(app, frame, list);
            detail::render(app, frame, detail);
        }
        LoadState::Loading { .. } | LoadState::Failed(_) => {
            status::render_loading(app, frame, body)
        }
    }
    status::render_status(app, frame, status);
    if app.show_help {
        help::render(app, frame, body);
    }
}
