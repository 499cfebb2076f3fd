//! The review screen. The only module that uses ratatui and crossterm.
//!
//! - [`app`]: all UI state and `App::update(Action)`; no I/O.
//! - [`action`]: what a key can do, each with the description the help screen shows.
//! - [`event`]: the one channel the loop reads: key presses, resizes and the worker's news.
//! - [`worker`]: loads and analyses the archive on a background thread.
//! - [`views`]: pure rendering of `&App`.
//! - [`theme`]: colours by meaning; `NO_COLOR` turns them off.

pub mod action;
pub mod app;
pub mod event;
pub mod theme;
pub mod views;
pub mod worker;

use crate::cli::AnalysisArgs;
use crate::watchlist::Watchlist;
use anyhow::{Result, bail};
use event::Event;
use ratatui::crossterm::event as ct;
use std::path::PathBuf;
use std::sync::mpsc;

/// Open the review screen on the archive(s). Returns when the user quits.
pub fn run(archives: Vec<PathBuf>, args: AnalysisArgs, watchlist: Watchlist) -> Result<()> {
    if archives.is_empty() {
        bail!("no archive given: run `mosaic ARCHIVE` (a .zip or folder), or `mosaic --help`");
    }
    for a in &archives {
        if !a.exists() {
            bail!("{}: no such file or folder", a.display());
        }
    }
    let (tx, rx) = mpsc::channel::<Event>();
    let label = crate::cli::archive_label(&archives);
    worker::spawn(archives, args, watchlist, tx.clone());
    event::spawn_input(tx);
    let mut app = app::App::new(label, theme::Theme::from_env());
    let mut terminal = ratatui::init();
    let result = event_loop(&mut terminal, &mut app, &rx);
    ratatui::restore();
    result
}

/// Draw, then block for the next event; drain whatever else is queued before drawing again,
/// so a burst of events costs one frame.
fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut app::App,
    rx: &mpsc::Receiver<Event>,
) -> Result<()> {
    while !app.should_quit() {
        terminal.draw(|f| views::render(app, f))?;
        let Ok(first) = rx.recv() else { break };
        handle(app, first);
        while let Ok(next) = rx.try_recv() {
            handle(app, next);
        }
    }
    Ok(())
}

fn handle(app: &mut app::App, event: Event) {
    match event {
        Event::Input(ct::Event::Key(key)) if key.is_press() => {
            if let Some(action) = action::from_key(key) {
                app.update(action);
            }
        }
        Event::Input(_) => {}
        Event::Worker(msg) => app.on_worker(msg),
    }
}
