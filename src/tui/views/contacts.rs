//! The contacts pane: everyone in the direct messages, suspicious first with their score;
//! for the selected contact, the conversation in time order (the owner's messages and the
//! contact's) with each signal's message highlighted and its reason, and the linked posts.

use crate::tui::app::App;
use crate::tui::views::detail::highlight_spans;
use crate::tui::views::fit;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn render(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    frame.render_widget(Clear, area);
    let contacts = &l.analysis.contacts;
    let list_w = (area.width / 3).clamp(24, 40);
    let [left, right] =
        Layout::horizontal([Constraint::Length(list_w), Constraint::Fill(1)]).areas(area);
    let w = list_w.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    if contacts.is_empty() {
        lines.push(Line::styled(
            "No direct messages in this archive.",
            t.muted(),
        ));
    }
    let rows = left.height.saturating_sub(2) as usize / 2;
    let first = app.contact_cursor.saturating_sub(rows.saturating_sub(1));
    for (i, c) in contacts.iter().enumerate().skip(first).take(rows.max(1)) {
        let mark = if c.suspicious { "⚑" } else { " " };
        let style = if c.suspicious { t.error() } else { t.base() };
        let mut head = Line::styled(fit(&format!("{mark} {}", c.contact), w), style);
        let sub = format!(
            "  {} · score {:.1} · {} msgs",
            c.platform.display_name(),
            c.score,
            c.messages
        );
        let mut sub = Line::styled(fit(&sub, w), t.muted());
        if i == app.contact_cursor {
            head = head.style(t.selection());
            sub = sub.style(t.selection());
        }
        lines.push(head);
        lines.push(sub);
    }
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_style(t.border(true))
                .title(format!(" Contacts ({}) ", contacts.len())),
        ),
        left,
    );
    let Some(c) = contacts.get(app.contact_cursor) else {
        frame.render_widget(Block::bordered().title(" Conversation "), right);
        return;
    };
    let tz = l.options.timezone;
    let mut out: Vec<Line<'_>> = Vec::new();
    if c.suspicious {
        out.push(Line::styled(
            "Report to your security officer — do not delete: the conversation is evidence.",
            t.error(),
        ));
    }
    out.push(Line::styled(
        format!(
            "{} · first {} · last {}{}",
            c.platform.display_name(),
            c.first.with_timezone(&tz).format("%Y-%m-%d"),
            c.last.with_timezone(&tz).format("%Y-%m-%d"),
            if c.reached_out_first {
                " · reached out first"
            } else {
                ""
            }
        ),
        t.muted(),
    ));
    if !c.linked_posts.is_empty() {
        out.push(Line::styled(
            format!(
                "Asked about {} of your posts (Enter shows them on the timeline):",
                c.linked_posts.len()
            ),
            t.accent(),
        ));
        for (p, words) in c.linked_posts.iter().take(5) {
            if let Some(post) = l.data.posts.get(*p) {
                out.push(Line::raw(format!(
                    "  {} · {} · \"{}\"",
                    post.created_at.with_timezone(&tz).format("%Y-%m-%d"),
                    words,
                    crate::export::excerpt(&post.text, 60)
                )));
            }
        }
    }
    out.push(Line::raw(""));
    if let Some(conv) = l.data.conversations.get(c.conversation) {
        for (i, m) in conv.messages.iter().enumerate() {
            if !m.from_owner && m.sender != c.contact {
                continue;
            }
            let sigs: Vec<&crate::analyze::contacts::ContactSignal> =
                c.signals.iter().filter(|s| s.message == i).collect();
            let who = if m.from_owner {
                "you"
            } else {
                m.sender.as_str()
            };
            let head = format!(
                "{} {}",
                m.sent_at.with_timezone(&tz).format("%Y-%m-%d %H:%M"),
                who
            );
            let head_style = if sigs.is_empty() {
                t.muted()
            } else {
                t.warning()
            };
            out.push(Line::styled(head, head_style));
            for tl in highlight_spans(&m.text, sigs.iter().map(|s| s.span), t) {
                let mut line = Line::raw(if m.from_owner { "    " } else { "  " });
                for sp in tl.spans {
                    line.push_span(sp);
                }
                out.push(line);
            }
            for s in sigs {
                out.push(Line::styled(format!("  ⚑ {}", s.reason), t.error()));
            }
        }
    }
    let p = Paragraph::new(out)
        .wrap(Wrap { trim: false })
        .scroll((app.contact_scroll.min(u16::MAX as usize) as u16, 0))
        .block(
            Block::bordered()
                .border_style(t.border(false))
                .title(Span::styled(format!(" {} ", c.contact), t.title())),
        );
    frame.render_widget(p, right);
}
