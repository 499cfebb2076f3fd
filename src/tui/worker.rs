//! Loading and analysis on a background thread, reported as [`WorkerMsg`]s.

use super::event::Event;
use crate::analyze::{Analysis, Options};
use crate::cli::AnalysisArgs;
use crate::ingest::Progress;
use crate::model::Dataset;
use crate::watchlist::Watchlist;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

/// What the worker reports.
#[derive(Debug)]
pub enum WorkerMsg {
    Progress {
        stage: String,
        done: u64,
        total: u64,
    },
    Loaded(Box<Loaded>),
    Failed(String),
}

/// A finished load: the data, the options used, and the analysis.
#[derive(Debug)]
pub struct Loaded {
    pub data: Dataset,
    pub options: Options,
    pub analysis: Analysis,
}

/// Start loading; the result arrives on `tx`.
pub fn spawn(archives: Vec<PathBuf>, args: AnalysisArgs, watchlist: Watchlist, tx: Sender<Event>) {
    std::thread::spawn(move || {
        let last = Mutex::new(Instant::now() - Duration::from_secs(1));
        let ptx = Mutex::new(tx.clone());
        let progress = |p: Progress<'_>| {
            // At most ~30 progress messages a second: the UI redraws per message.
            let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed() < Duration::from_millis(33) {
                return;
            }
            *last = Instant::now();
            let tx = ptx.lock().unwrap_or_else(|e| e.into_inner());
            let _ = tx.send(Event::Worker(WorkerMsg::Progress {
                stage: p.stage.to_string(),
                done: p.done,
                total: p.total,
            }));
        };
        let msg = match crate::cli::load_and_analyze(&archives, &args, watchlist, &progress) {
            Ok((data, options, analysis)) => WorkerMsg::Loaded(Box::new(Loaded {
                data,
                options,
                analysis,
            })),
            Err(e) => WorkerMsg::Failed(crate::cli::one_line(&e)),
        };
        let _ = tx.send(Event::Worker(msg));
    });
}
