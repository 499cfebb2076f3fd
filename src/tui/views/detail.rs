//! "Why this post": the selected post in full with its matched words highlighted, every
//! signal with its detector and reason, the findings it feeds, its media, place and URL.

use crate::analyze::Signal;
use crate::review::Decision;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// The text as lines, with the signals' byte spans highlighted. Spans that are out of range
/// or not on character boundaries are ignored.
pub fn highlighted<'a>(text: &'a str, signals: &[Signal], theme: &Theme) -> Vec<Line<'a>> {
    highlight_spans(text, signals.iter().filter_map(|s| s.span), theme)
}

/// The text as lines, with byte spans highlighted (bad spans ignored).
pub fn highlight_spans<'a>(
    text: &'a str,
    spans: impl Iterator<Item = (usize, usize)>,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let mut ranges: Vec<(usize, usize)> = spans
        .filter(|&(a, b)| {
            a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        })
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    // Pieces of (start, end, highlighted).
    let mut pieces = Vec::new();
    let mut at = 0;
    for (a, b) in merged {
        if at < a {
            pieces.push((at, a, false));
        }
        pieces.push((a, b, true));
        at = b;
    }
    if at < text.len() {
        pieces.push((at, text.len(), false));
    }
    let mut lines = vec![Line::default()];
    for (a, b, hl) in pieces {
        let style = if hl { theme.highlight() } else { theme.base() };
        for (k, part) in text[a..b].split('\n').enumerate() {
            if k > 0 {
                lines.push(Line::default());
            }
            if !part.is_empty()
                && let Some(line) = lines.last_mut()
            {
                line.push_span(Span::styled(part, style));
            }
        }
    }
    lines
}

/// The detail pane: the selected finding explained while the findings pane has the focus,
/// else the selected post, with the photo preview at its right when there is one.
pub fn render(app: &mut App, frame: &mut Frame<'_>, area: Rect) {
    if app.focus == crate::tui::app::Pane::Findings && app.selected_finding().is_some() {
        render_finding(app, frame, area);
        return;
    }
    let area = if app.photo.is_some() && area.width >= 60 {
        let [text, photo] = ratatui::layout::Layout::horizontal([
            ratatui::layout::Constraint::Fill(1),
            ratatui::layout::Constraint::Length((area.width / 3).min(48)),
        ])
        .areas(area);
        render_photo(app, frame, photo);
        text
    } else {
        area
    };
    render_text(app, frame, area);
}

fn render_photo(app: &mut App, frame: &mut Frame<'_>, area: Rect) {
    use crate::tui::photo::Preview;
    let t = app.theme;
    let block = Block::bordered()
        .title(" Photo ")
        .border_style(t.border(false));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    match &mut app.photo {
        Some(Preview::Ready(_, proto)) => {
            frame.render_stateful_widget(
                ratatui_image::StatefulImage::default(),
                inner,
                proto.as_mut(),
            );
        }
        Some(Preview::Loading(_)) => {
            frame.render_widget(Paragraph::new(" loading…").style(t.muted()), inner)
        }
        Some(Preview::Failed(_, e)) => frame.render_widget(
            Paragraph::new(format!(" no preview: {e}"))
                .style(t.muted())
                .wrap(Wrap { trim: false }),
            inner,
        ),
        None => {}
    }
}

/// "What this finding tells": the explanation in words, its evidence and the plan's answer.
fn render_finding(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Some(l) = app.loaded() else { return };
    let Some(fi) = app.selected_finding() else {
        return;
    };
    let Some(f) = l.analysis.findings.get(fi) else {
        return;
    };
    let t = &app.theme;
    let marked = app.finding_marked.get(fi).copied().unwrap_or(0);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                format!("{} ", f.severity.as_str().to_uppercase()),
                t.severity(f.severity),
            ),
            Span::styled(f.title.clone(), t.title()),
        ]),
        Line::raw(f.explanation.clone()),
        Line::raw(""),
        Line::styled(
            format!(
                "{} posts are evidence, {marked} marked for deletion · Enter shows them · d marks them all",
                f.evidence.len()
            ),
            t.muted(),
        ),
    ];
    if let Some(a) = f.location {
        lines.push(Line::styled(
            format!("◉ {:.4}, {:.4} (within {:.0} m)", a.lat, a.lon, a.radius_m),
            t.accent(),
        ));
    }
    let plan = &l.analysis.plan;
    if plan.breaks.contains(&f.id) {
        lines.push(Line::styled(
            "The deletion plan breaks this finding (p marks the plan's posts).",
            t.accent(),
        ));
    } else if !plan.delete.is_empty() {
        lines.push(Line::styled(
            "The deletion plan does not break this finding on its own.",
            t.warning(),
        ));
    }
    for w in plan.warnings.iter().chain(&plan.still_exposed) {
        lines.push(Line::styled(format!("· {w}"), t.muted()));
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .title(" What this finding tells ")
                .border_style(t.border(false)),
        ),
        area,
    );
}

fn render_text(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let Some(l) = app.loaded() else { return };
    let t = &app.theme;
    let block = Block::bordered()
        .title(" Why this post ")
        .border_style(t.border(false));
    let Some(i) = app.selected_post() else {
        frame.render_widget(Paragraph::new(" No post selected.").block(block), area);
        return;
    };
    let Some(p) = l.data.posts.get(i) else { return };
    let signals: &[Signal] = l.analysis.signals.get(i).map_or(&[], Vec::as_slice);
    let local = p.created_at.with_timezone(&l.options.timezone);
    let d = app.decision(i);
    let mut lines = vec![Line::from(vec![
        Span::styled(local.format("%Y-%m-%d %a %H:%M %Z").to_string(), t.title()),
        Span::styled(
            format!("  {} {}  ", p.platform.display_name(), p.kind.as_str()),
            t.muted(),
        ),
        Span::styled(
            match d {
                Decision::Delete => "decision: DELETE".to_string(),
                Decision::Keep => "decision: KEEP".to_string(),
                Decision::Undecided => "decision: undecided".to_string(),
            },
            t.decision(d),
        ),
    ])];
    if let Some((_, note)) = app
        .decision_note
        .as_ref()
        .filter(|(q, n)| *q == i && !n.is_empty())
    {
        lines.push(Line::styled(format!("last decision: {note}"), t.muted()));
    }
    lines.extend(highlighted(&p.text, signals, t));
    if let Some(r) = &p.reply_to {
        lines.push(Line::styled(format!("↪ reply to {r}"), t.muted()));
    }
    if let Some(g) = p.geo {
        lines.push(Line::styled(
            format!("◉ {:.5}, {:.5} (geotag)", g.lat, g.lon),
            t.accent(),
        ));
    }
    if let Some(place) = &p.place {
        lines.push(Line::styled(format!("place: {place}"), t.accent()));
    }
    for m in &p.media {
        let missing = if m.present { "" } else { "  (not in archive)" };
        lines.push(Line::styled(
            format!("▣ {} {}{missing}", m.kind.as_str(), m.path),
            t.muted(),
        ));
        if let Some(alt) = &m.alt {
            lines.push(Line::styled(format!("  alt: {alt}"), t.muted()));
        }
        if let Some(g) = m.gps {
            lines.push(Line::styled(
                format!("  ◉ GPS {:.5}, {:.5}", g.lat, g.lon),
                t.accent(),
            ));
        }
        if let Some(at) = &m.taken_at {
            lines.push(Line::styled(
                format!("  taken {}", at.to_report_string()),
                t.muted(),
            ));
        }
        if let Some(c) = &m.camera {
            lines.push(Line::styled(format!("  camera {c}"), t.muted()));
        }
    }
    for s in signals {
        let matched = s
            .span
            .and_then(|(a, b)| p.text.get(a..b))
            .map(|m| format!(" “{m}”"))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", s.category.letter()), t.warning()),
            Span::styled(format!("{}{matched}: ", s.detector), t.muted()),
            Span::raw(s.reason.clone()),
        ]));
    }
    for &fi in l.derived.findings_by_post.get(i).into_iter().flatten() {
        if let Some(f) = l.analysis.findings.get(fi) {
            lines.push(Line::from(vec![
                Span::raw("→ finding: "),
                Span::styled(
                    format!("{} ", f.severity.as_str().to_uppercase()),
                    t.severity(f.severity),
                ),
                Span::raw(f.title.clone()),
            ]));
        }
    }
    if signals.is_empty() && l.derived.findings_by_post.get(i).is_none_or(Vec::is_empty) {
        lines.push(Line::styled("No signals in this post.", t.muted()));
    }
    if let Some(url) = &p.url {
        lines.push(Line::styled(url.clone(), t.accent()));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::{Category, Strength};
    use ratatui::buffer::Buffer;
    use ratatui::widgets::Widget;

    fn sig(span: Option<(usize, usize)>) -> Signal {
        Signal {
            category: Category::Unit,
            detector: "d",
            reason: "r".into(),
            span,
            strength: Strength::Strong,
            subject: None,
        }
    }

    #[test]
    fn highlights_spans_across_lines_and_ignores_bad_ones() {
        let theme = Theme { color: true };
        let text = "at Harbör Point\nteam";
        // "Harbör" is bytes 3..10; (4, 5) is inside 'ö'? 'H'=3,'a'=4: fine; (8, 9) splits 'ö'.
        let lines = highlighted(
            text,
            &[sig(Some((3, 10))), sig(Some((8, 9))), sig(None)],
            &theme,
        );
        assert_eq!(lines.len(), 2);
        let spans: Vec<(&str, bool)> = lines[0]
            .spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style == theme.highlight()))
            .collect();
        assert_eq!(
            spans,
            vec![("at ", false), ("Harbör", true), (" Point", false)]
        );
        // Rendered into a buffer, the text reads through.
        let area = Rect::new(0, 0, 20, 2);
        let mut buf = Buffer::empty(area);
        Paragraph::new(lines).render(area, &mut buf);
        let mut expected = Buffer::with_lines(["at Harbör Point     ", "team                "]);
        expected.set_style(Rect::new(3, 0, 6, 1), theme.highlight());
        assert_eq!(buf, expected);
    }
}
