//! The findings pane: every finding by severity with its evidence count, then the plan's
//! suggestion. Two lines per finding.

use crate::tui::app::{App, Pane};
use crate::tui::views::fit;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn render(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    let focused = app.focus == Pane::Findings;
    let width = area.width.saturating_sub(2) as usize;
    let inner_rows = area.height.saturating_sub(2) as usize;
    let plan = &l.analysis.plan;
    let plan_lines = if plan.delete.is_empty() { 0 } else { 1 };
    let per_page = (inner_rows.saturating_sub(plan_lines) / 2).max(1);
    let first = app.finding_cursor.saturating_sub(per_page - 1);
    let mut lines = Vec::new();
    for (pos, &fi) in l
        .derived
        .finding_order
        .iter()
        .enumerate()
        .skip(first)
        .take(per_page)
    {
        let Some(f) = l.analysis.findings.get(fi) else {
            continue;
        };
        let mark = match f.severity {
            crate::analyze::Severity::Critical => "!!",
            crate::analyze::Severity::High => " !",
            crate::analyze::Severity::Medium => " ·",
            crate::analyze::Severity::Low => "  ",
        };
        let selected = pos == app.finding_cursor;
        let filtered = app.filter.finding == Some(fi);
        let head = format!(
            "{mark} {:<8} {}{}",
            f.severity.as_str().to_uppercase(),
            if filtered { "▸ " } else { "" },
            f.title
        );
        let mut head_line = Line::from(Span::styled(fit(&head, width), t.severity(f.severity)));
        let marked = app.finding_marked.get(fi).copied().unwrap_or(0);
        let reviewed = match app.review_state(fi) {
            crate::review::ReviewState::Reviewed => " · reviewed",
            crate::review::ReviewState::Changed => " · changed since reviewed",
            crate::review::ReviewState::New => "",
        };
        let sub = format!(
            "   {} posts ({} marked){reviewed}{}",
            f.evidence.len(),
            marked,
            f.value
                .as_ref()
                .map(|v| format!(" · {v}"))
                .unwrap_or_default()
        );
        let mut sub_line = Line::styled(fit(&sub, width), t.muted());
        if selected && focused {
            head_line = head_line.style(t.selection());
            sub_line = sub_line.style(t.selection());
        }
        lines.push(head_line);
        lines.push(sub_line);
    }
    if l.analysis.findings.is_empty() {
        lines.push(Line::styled(" No findings.", t.muted()));
    }
    if !plan.delete.is_empty() {
        let total = l
            .analysis
            .findings
            .iter()
            // Contacts are reported, not deleted: the plan does not aim at them.
            .filter(|f| {
                f.severity >= crate::analyze::Severity::High
                    && f.category != crate::analyze::Category::Contact
            })
            .count();
        lines.push(Line::styled(
            fit(
                &format!(
                    " plan: delete {} posts → breaks {} of {} (p)",
                    plan.delete.len(),
                    plan.breaks.len(),
                    total
                ),
                width,
            ),
            t.accent(),
        ));
    }
    let title = format!(" Findings ({}) ", l.analysis.findings.len());
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(title)
                .border_style(t.border(focused)),
        ),
        area,
    );
}
