//! The guided review: one finding at a time (what an adversary learns, the evidence with the
//! matched words, the plan's suggestion, the choice), and the summary at the end.

use crate::review::Decision;
use crate::tui::app::App;
use crate::tui::guided::{Guided, outcome_label};
use crate::tui::views::detail::highlighted;
use crate::tui::views::fit;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// The keys the guided review reads, shown at its foot.
pub const KEYS: &str = "d delete all evidence · p pick posts · a accept risk (reason) · n note · m note on post · r reviewer · j/k move · Enter/→ next · ← back · Esc leave";

pub fn render(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Some(g) = &app.guided else { return };
    frame.render_widget(Clear, area);
    let [main, input] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(if g.input.is_some() { 3 } else { 0 }),
    ])
    .areas(area);
    if g.at_summary() {
        render_summary(app, g, frame, main);
    } else {
        render_finding(app, g, frame, main);
    }
    if let Some((what, text)) = &g.input {
        let t = &app.theme;
        let width = input.width.saturating_sub(4) as usize;
        let shown: String = {
            let n = text.chars().count();
            text.chars().skip(n.saturating_sub(width)).collect()
        };
        let p = Paragraph::new(Line::from(vec![
            Span::raw(shown),
            Span::styled("▏", t.accent()),
        ]))
        .block(
            Block::bordered()
                .border_style(t.border(true))
                .title(format!(" {} — Enter saves, Esc cancels ", what.prompt())),
        );
        frame.render_widget(p, input);
    }
}

fn title(app: &App, g: &Guided) -> String {
    let who = app
        .review
        .reviewer
        .as_deref()
        .map(|r| format!(" · reviewer: {r}"))
        .unwrap_or_default();
    let skipped = if g.skip.is_empty() {
        String::new()
    } else {
        format!(" · {} unchanged since reviewed, skipped", g.skip.len())
    };
    if g.at_summary() {
        format!(" Guided review · summary{who} ")
    } else {
        format!(
            " Guided review · finding {} of {}{skipped}{who} ",
            g.pos + 1,
            g.order.len()
        )
    }
}

fn render_finding(app: &App, g: &Guided, frame: &mut Frame<'_>, area: Rect) {
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    let Some(fi) = g.finding() else { return };
    let Some(f) = l.analysis.findings.get(fi) else {
        return;
    };
    let width = area.width.saturating_sub(2) as usize;
    let block = Block::bordered()
        .border_style(t.border(true))
        .title(Span::styled(title(app, g), t.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut top: Vec<Line<'_>> = vec![Line::from(vec![
        Span::styled(
            format!("{} ", f.severity.as_str().to_uppercase()),
            t.severity(f.severity),
        ),
        Span::styled(f.title.clone(), t.title()),
    ])];
    if let Some(r) = l
        .analysis
        .findings
        .get(fi)
        .and_then(|f| app.review.reviews.get(f.id.as_str()))
    {
        let changed = g.hashes.get(g.pos).is_some_and(|h| *h != r.evidence);
        top.push(Line::styled(
            format!(
                "Reviewed before: {}{}",
                outcome_label(r),
                if changed {
                    " — the evidence has changed since"
                } else {
                    ""
                }
            ),
            t.warning(),
        ));
    }
    top.push(Line::from(vec![
        Span::styled("What an adversary learns: ", t.accent()),
        Span::raw(f.explanation.clone()),
    ]));
    let plan = &l.analysis.plan;
    let in_plan = f
        .evidence
        .iter()
        .filter(|p| plan.delete.binary_search(p).is_ok())
        .count();
    let breaks = plan.breaks.contains(&f.id);
    let suggestion = if in_plan == 0 {
        "the plan deletes none of these posts (it only targets high and critical findings)"
            .to_string()
    } else {
        format!(
            "delete {in_plan} of these {} posts{}",
            f.evidence.len(),
            if breaks {
                ", which breaks this finding"
            } else {
                ""
            }
        )
    };
    top.push(Line::from(vec![
        Span::styled("Plan suggests: ", t.accent()),
        Span::raw(suggestion),
    ]));
    let marked = app.finding_marked.get(fi).copied().unwrap_or(0);
    if let Some(n) = app
        .review
        .notes
        .get(&crate::review::finding_target(f.id.as_str()))
    {
        top.push(Line::from(vec![
            Span::styled("Note: ", t.accent()),
            Span::raw(n.note.clone()),
        ]));
    }
    let top_h = (top
        .iter()
        .map(|l| l.width().div_ceil(width.max(1)).max(1))
        .sum::<usize>() as u16)
        .min(inner.height.saturating_sub(4));
    let [head, ev_title, list, keys] = Layout::vertical([
        Constraint::Length(top_h),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(top).wrap(Wrap { trim: false }), head);
    frame.render_widget(
        Line::styled(
            format!(
                "Evidence: {} posts, {} marked for deletion",
                f.evidence.len(),
                marked
            ),
            t.title(),
        ),
        ev_title,
    );
    // The evidence, each post on one line with its matched words highlighted; why the one
    // under the cursor was flagged below the list when there is room.
    let room_for_why = if list.height >= 8 { 4 } else { 0 };
    let list_h = (f.evidence.len() as u16).min(list.height.saturating_sub(room_for_why));
    let [list, why] =
        Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]).areas(list);
    let why_h = why.height;
    let rows = list.height as usize;
    let first = g.cursor.saturating_sub(rows.saturating_sub(1));
    let mut lines = Vec::new();
    for (k, &p) in f.evidence.iter().enumerate().skip(first).take(rows) {
        let Some(post) = l.data.posts.get(p) else {
            continue;
        };
        let d = app.decision(p);
        let badge = match d {
            Decision::Delete => "D",
            Decision::Keep => "K",
            Decision::Undecided => " ",
        };
        let date = post
            .created_at
            .with_timezone(&l.options.timezone)
            .format("%Y-%m-%d %H:%M");
        let mut line = Line::from(vec![
            Span::raw(if k == g.cursor { "▶ " } else { "  " }),
            Span::styled(format!("{date} "), t.muted()),
            Span::styled(format!("{badge} "), t.decision(d)),
            Span::styled(format!("{:<9}", post.platform.display_name()), t.muted()),
        ]);
        let text_lines = highlighted(
            &post.text,
            l.analysis.signals.get(p).map_or(&[][..], |v| v.as_slice()),
            t,
        );
        let mut room = width.saturating_sub(line.width());
        for tl in text_lines {
            for sp in tl.spans {
                if room == 0 {
                    break;
                }
                let s = fit(&sp.content, room);
                room = room.saturating_sub(s.chars().count());
                line.push_span(Span::styled(s, sp.style));
            }
            if room > 0 {
                line.push_span(Span::raw(" "));
                room -= 1;
            }
        }
        let has_note = l.keys.get(p).is_some_and(|k| {
            app.review
                .notes
                .contains_key(&crate::review::post_target(k))
        });
        if has_note {
            line.push_span(Span::styled(" ✎", t.accent()));
        }
        if k == g.cursor {
            line = line.style(t.selection());
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), list);
    if why_h > 0
        && let Some(&p) = f.evidence.get(g.cursor)
    {
        let mut w: Vec<Line<'_>> = vec![Line::raw(""), Line::styled("Why this post:", t.accent())];
        for sig in l.analysis.signals.get(p).into_iter().flatten() {
            w.push(Line::raw(format!(
                "  {} {}: {}",
                sig.category.letter(),
                sig.detector,
                sig.reason
            )));
        }
        if let Some(n) = l
            .keys
            .get(p)
            .and_then(|k| app.review.notes.get(&crate::review::post_target(k)))
        {
            w.push(Line::from(vec![
                Span::styled("  Note: ", t.accent()),
                Span::raw(n.note.clone()),
            ]));
        }
        frame.render_widget(Paragraph::new(w).wrap(Wrap { trim: false }), why);
    }
    frame.render_widget(
        Paragraph::new(Line::styled(KEYS, t.muted())).wrap(Wrap { trim: false }),
        keys,
    );
}

fn render_summary(app: &App, g: &Guided, frame: &mut Frame<'_>, area: Rect) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.border(true))
        .title(Span::styled(title(app, g), t.title()));
    let Some(list) = &g.summary else {
        frame.render_widget(block, area);
        return;
    };
    let s = &list.summary;
    let mut lines: Vec<Line<'_>> = Vec::new();
    let head = |lines: &mut Vec<Line<'_>>, text: String| {
        lines.push(Line::styled(text, t.title()));
    };
    head(
        &mut lines,
        format!(
            "Findings broken by the marked deletions: {} of {}",
            s.broken.len(),
            s.findings
        ),
    );
    for b in &s.broken {
        lines.push(Line::raw(format!("  ✓ {b}")));
    }
    head(&mut lines, format!("Risks accepted: {}", s.accepted.len()));
    for a in &s.accepted {
        lines.push(Line::raw(format!("  • {} — {}", a.title, a.reason)));
    }
    let per: Vec<String> = s
        .per_platform
        .iter()
        .map(|c| format!("{} {}", c.platform, c.posts))
        .collect();
    head(
        &mut lines,
        format!(
            "Posts to delete: {} ({})",
            list.items.len(),
            if per.is_empty() {
                "none".into()
            } else {
                per.join(", ")
            }
        ),
    );
    head(&mut lines, format!("Still open: {}", s.open.len()));
    for o in &s.open {
        lines.push(Line::styled(format!("  ! {o}"), t.warning()));
    }
    if !list.contacts.is_empty() {
        head(
            &mut lines,
            format!(
                "Contacts to report to your security officer: {} (do not delete: evidence)",
                list.contacts.len()
            ),
        );
        for c in &list.contacts {
            lines.push(Line::raw(format!("  ⚑ {} ({})", c.contact, c.platform)));
        }
    }
    head(&mut lines, "Still exposed after deletion:".into());
    // Findings still standing and accepted risks are listed above already.
    for e in list
        .still_exposed
        .iter()
        .filter(|e| !e.starts_with("Still standing") && !e.starts_with("Accepted risk"))
        .chain(&list.warnings)
    {
        lines.push(Line::styled(format!("  – {e}"), t.muted()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "e export the checklist (md, csv, json, html) · ← back to the findings · Enter/Esc leave · q quit",
        t.muted(),
    ));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
