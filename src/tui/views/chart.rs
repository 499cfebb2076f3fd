//! The activity chart: posts per month as bars coloured by the month's highest risk, with a
//! year label before each January. A window around the month cursor is shown when the
//! months do not fit.

use crate::tui::app::{App, Pane};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

const BARS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub fn render(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    let months = &l.derived.months;
    if months.is_empty() {
        frame.render_widget(
            Paragraph::new(" No posts.")
                .style(t.muted())
                .block(Block::bordered().title(" Activity by month (risk) ")),
            area,
        );
        return;
    }
    let focused = app.focus == Pane::Chart;
    let width = area.width.saturating_sub(2) as usize;
    let max = months.iter().map(|m| m.posts).max().unwrap_or(0).max(1);
    // Cells each month needs: one bar, plus "YYYY " before January and the first month.
    let cost = |i: usize| if i == 0 || months[i].month == 1 { 6 } else { 1 };
    // Choose the first month so the cursor is visible.
    let cursor = app.month_cursor.min(months.len().saturating_sub(1));
    let mut start = 0;
    let mut used: usize = (0..=cursor).map(cost).sum();
    while used > width && start < cursor {
        used -= cost(start);
        start += 1;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for (i, m) in months.iter().enumerate().skip(start) {
        let label = i == start || m.month == 1;
        let need = if label { 6 } else { 1 };
        if used + need > width {
            break;
        }
        if label {
            spans.push(Span::styled(format!(" {} ", m.year), t.muted()));
        }
        let level = if m.posts == 0 {
            0
        } else {
            (m.posts * 8).div_ceil(max).clamp(1, 8)
        };
        let mut style = t.risk(m.risk);
        if focused && i == cursor {
            style = t.selection();
        }
        spans.push(Span::styled(BARS[level].to_string(), style));
        used += need;
    }
    let title = match months.get(cursor) {
        Some(m) if focused => format!(
            " Activity by month (risk) · {}-{:02}: {} posts, {} flagged · Enter jumps ",
            m.year, m.month, m.posts, m.flagged
        ),
        _ => " Activity by month (risk) ".to_string(),
    };
    frame.render_widget(
        Paragraph::new(Line::from(spans)).block(
            Block::bordered()
                .title(crate::tui::views::fit(&title, width))
                .border_style(t.border(focused)),
        ),
        area,
    );
}
