//! The events the loop reads from its one channel.

use super::worker::WorkerMsg;
use ratatui::crossterm::event as ct;
use std::sync::mpsc::Sender;

/// Everything that can wake the loop.
#[derive(Debug)]
pub enum Event {
    /// A key press, mouse event or resize from the terminal.
    Input(ct::Event),
    /// News from the background worker.
    Worker(WorkerMsg),
}

/// Read terminal input on its own thread and forward it. Ends when the loop hangs up.
pub fn spawn_input(tx: Sender<Event>) {
    std::thread::spawn(move || {
        while let Ok(ev) = ct::read() {
            if tx.send(Event::Input(ev)).is_err() {
                break;
            }
        }
    });
}
