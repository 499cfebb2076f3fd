//! The review screen. The only module that uses ratatui and crossterm.
//!
//! - [`app`]: all UI state and `App::update(Action) -> Option<Effect>`; no I/O.
//! - [`session`]: carries out effects (save, undo/redo, export, finding reviews, notes, the
//!   guided position) against the review database.
//! - [`guided`]: the guided review's state (findings walked, skipped, text box, summary).
//! - [`action`]: what a key can do, each with the description the help screen shows.
//! - [`keymap`]: keys → actions, defaults plus `keys.toml` overrides.
//! - [`event`]: the one channel the loop reads: key presses, mouse, resizes, worker news.
//! - [`worker`]: loads and analyses the archive on a background thread.
//! - [`photo`]: decodes the selected post's photo off the UI thread for the preview.
//! - [`derived`]: per-load precomputation so no frame scans the archive.
//! - [`views`]: pure rendering of `&App`.
//! - [`theme`]: colours by meaning; `NO_COLOR` turns them off.

pub mod action;
pub mod app;
pub mod derived;
pub mod event;
pub mod guided;
pub mod keymap;
pub mod photo;
pub mod session;
pub mod theme;
pub mod views;
pub mod worker;

use crate::cli::AnalysisArgs;
use crate::watchlist::Watchlist;
use action::Action;
use anyhow::{Result, bail};
use event::Event;
use ratatui::crossterm::event as ct;
use std::path::PathBuf;
use std::sync::mpsc;

/// Open the review screen on the archive(s). Returns when the user quits.
pub fn run(archives: Vec<PathBuf>, args: AnalysisArgs, watchlist: Watchlist) -> Result<()> {
    run_with(archives, args, watchlist, false)
}

/// Open the review screen; with `guided`, start in the guided review once loaded.
pub fn run_with(
    archives: Vec<PathBuf>,
    args: AnalysisArgs,
    watchlist: Watchlist,
    guided: bool,
) -> Result<()> {
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
    worker::spawn(archives.clone(), args, watchlist, tx.clone());
    let mut app = app::App::new(label, theme::Theme::from_env());
    app.start_guided = guided;
    app.keymap = keymap::Keymap::load();
    if let Some(w) = app.keymap.warnings.first() {
        app.message = Some(w.clone());
    }
    let mut session = session::Session::default();
    // ratatui::init restores the terminal on panic too; mouse capture is turned off the same
    // way by a hook chained in front of it.
    let mut terminal = ratatui::init();
    let _ = ratatui::crossterm::execute!(std::io::stdout(), ct::EnableMouseCapture);
    let saved_in = saved_in();
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::crossterm::execute!(std::io::stdout(), ct::DisableMouseCapture);
        prev(info);
        eprintln!(
            "mosaic: the review screen crashed; every decision made before it is saved in {saved_in}"
        );
    }));
    restore_on_signals();
    // The first frame at once, before anything else can take time.
    terminal.draw(|f| views::render(&mut app, f))?;
    let photos = photo::Photos::start(archives, tx.clone());
    event::spawn_input(tx);
    let result = event_loop(&mut terminal, &mut app, &mut session, &photos, &rx);
    let _ = ratatui::crossterm::execute!(std::io::stdout(), ct::DisableMouseCapture);
    ratatui::restore();
    result
}

/// Where decisions are saved, for the crash message.
fn saved_in() -> String {
    crate::review::data_dir()
        .map(|d| d.join(crate::review::DB_FILE).display().to_string())
        .unwrap_or_else(|e| format!("(no data directory: {e})"))
}

/// On SIGTERM, SIGHUP or SIGINT (raw mode turns Ctrl-C into a key, but `kill -INT` still
/// arrives), put the terminal back and exit. Each decision is committed when it is made, so
/// nothing saved is lost by leaving at once.
fn restore_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let _ = ratatui::crossterm::execute!(std::io::stdout(), ct::DisableMouseCapture);
            ratatui::restore();
            eprintln!(
                "mosaic: stopped by signal {sig}; decisions are saved in {}",
                saved_in()
            );
            std::process::exit(128 + sig);
        }
    });
}

/// Draw, then block for the next event; drain whatever else is queued before drawing again,
/// so a burst of events costs one frame.
fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut app::App,
    session: &mut session::Session,
    photos: &photo::Photos,
    rx: &mpsc::Receiver<Event>,
) -> Result<()> {
    while !app.should_quit() {
        terminal.draw(|f| views::render(app, f))?;
        let Ok(first) = rx.recv() else { break };
        handle(app, session, photos, first);
        while let Ok(next) = rx.try_recv() {
            handle(app, session, photos, next);
            if app.should_quit() {
                break;
            }
        }
        photos.request(app);
        session.refresh_note(app);
    }
    Ok(())
}

/// The action for a key press in the app's current mode.
pub fn key_action(app: &app::App, key: &ct::KeyEvent) -> Option<Action> {
    if let app::Mode::Search(_) = app.mode {
        let ctrl = key.modifiers.contains(ct::KeyModifiers::CONTROL);
        return match key.code {
            ct::KeyCode::Char('c') if ctrl => Some(Action::Quit),
            ct::KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
            ct::KeyCode::Backspace => Some(Action::InputBackspace),
            ct::KeyCode::Enter => Some(Action::Open),
            ct::KeyCode::Esc => Some(Action::Back),
            _ => None,
        };
    }
    // The guided review reads its own letters (and types into its text box).
    if app.mode == app::Mode::Guided {
        let ctrl = key.modifiers.contains(ct::KeyModifiers::CONTROL);
        return match key.code {
            ct::KeyCode::Char('c') if ctrl => Some(Action::Quit),
            ct::KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
            ct::KeyCode::Backspace => Some(Action::InputBackspace),
            ct::KeyCode::Enter => Some(Action::Open),
            ct::KeyCode::Esc => Some(Action::Back),
            ct::KeyCode::Down => Some(Action::Down),
            ct::KeyCode::Up => Some(Action::Up),
            ct::KeyCode::Right => Some(Action::NextPane),
            ct::KeyCode::Left => Some(Action::PrevPane),
            _ => None,
        };
    }
    app.keymap.action(key)
}

fn handle(
    app: &mut app::App,
    session: &mut session::Session,
    photos: &photo::Photos,
    event: Event,
) {
    match event {
        Event::Input(ct::Event::Key(key)) if key.is_press() || key.is_repeat() => {
            if let Some(action) = key_action(app, &key) {
                session.dispatch(app, action);
            }
        }
        Event::Input(ct::Event::Mouse(m)) => match m.kind {
            ct::MouseEventKind::ScrollDown => app.scroll(3),
            ct::MouseEventKind::ScrollUp => app.scroll(-3),
            ct::MouseEventKind::Down(ct::MouseButton::Left) => app.click(m.column, m.row),
            _ => {}
        },
        Event::Input(_) => {}
        Event::Worker(worker::WorkerMsg::Loaded(mut l)) => {
            session.store = l.store.take();
            app.on_worker(worker::WorkerMsg::Loaded(l));
            app.saving = session.store.is_some();
        }
        Event::Worker(worker::WorkerMsg::Photo(d)) => photos.receive(app, *d),
        Event::Worker(msg) => app.on_worker(msg),
    }
}

#[cfg(test)]
mod tests;
