//! The help overlay, generated from the key bindings and the actions' descriptions.

use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The help's lines: every bindable action with its keys, then the markers' legend.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut lines: Vec<Line> = app
        .keymap
        .help()
        .into_iter()
        .map(|(keys, desc)| {
            Line::from(vec![
                Span::styled(format!(" {keys:<12} "), t.accent()),
                Span::raw(desc),
            ])
        })
        .collect();
    lines.push(Line::styled(
        " mouse        wheel scrolls, click selects",
        t.muted(),
    ));
    lines.push(Line::styled(
        " U R L T H unit role location routine home · ◉ geo ▣ media · D delete K keep",
        t.muted(),
    ));
    lines.push(Line::styled(
        " risk ‼ critical ! high • medium · low · keys: keys.toml (docs/keybindings.md)",
        t.muted(),
    ));
    lines
}

pub fn render(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let mut lines = lines(app);
    if lines.len() as u16 + 2 > area.height {
        // Small screens: the three notes become one line, and the paired moves (down/up,
        // page down/up, first/last, next/previous pane) share a line each.
        let t = &app.theme;
        let help = app.keymap.help();
        let mut compact: Vec<Line<'static>> = Vec::new();
        let mut i = 0;
        while i < help.len() {
            if i < 8 && i + 1 < help.len() {
                let (ka, da) = &help[i];
                let (kb, db) = &help[i + 1];
                compact.push(Line::from(vec![
                    Span::styled(format!(" {:<12} ", format!("{ka} / {kb}")), t.accent()),
                    Span::raw(format!("{da} / {db}")),
                ]));
                i += 2;
            } else {
                let (k, d) = &help[i];
                compact.push(Line::from(vec![
                    Span::styled(format!(" {k:<12} "), t.accent()),
                    Span::raw(*d),
                ]));
                i += 1;
            }
        }
        lines = compact;
        lines.push(Line::styled(
            " mouse: wheel, click · markers: docs/keybindings.md",
            app.theme.muted(),
        ));
    }
    let width = 80.min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(" Keys (any key closes) ")
                .style(app.theme.base()),
        ),
        popup,
    );
}
