//! Loading and analysis on a background thread, reported as [`WorkerMsg`]s.
//!
//! The worker also opens the review database and maps the saved decisions onto the posts, and
//! precomputes the [`Derived`] data, so the UI thread gets everything it needs in one move.

use super::derived::Derived;
use super::event::Event;
use crate::analyze::{Analysis, Options};
use crate::cli::AnalysisArgs;
use crate::ingest::Progress;
use crate::model::Dataset;
use crate::review::{Decision, ReviewStore};
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
    /// A photo decoded for the preview.
    Photo(Box<super::photo::Decoded>),
}

/// A finished load: the data, the options used, the analysis, and the saved decisions.
#[derive(Debug)]
pub struct Loaded {
    pub data: Dataset,
    pub options: Options,
    pub analysis: Analysis,
    pub derived: Derived,
    /// Per post, its review key.
    pub keys: Vec<String>,
    /// Post indices sorted by key, to find a post by key.
    pub key_order: Vec<u32>,
    /// The archive's review key.
    pub archive_key: String,
    /// Per post, the saved decision (moved into the app on arrival).
    pub decisions: Vec<Decision>,
    /// The open review database (moved into the session on arrival).
    pub store: Option<ReviewStore>,
    /// Why the review database could not be opened, if it could not.
    pub store_error: Option<String>,
    /// Reviewer, finding reviews, notes and guided position (moved into the app on arrival).
    pub review: super::guided::ReviewData,
}

impl Loaded {
    /// Put a load together without a database (decisions all undecided unless given).
    pub fn new(
        data: Dataset,
        options: Options,
        analysis: Analysis,
        archive_key: String,
        decisions: Option<Vec<Decision>>,
    ) -> Loaded {
        let derived = Derived::new(&data, &analysis, options.timezone);
        let keys: Vec<String> = data.posts.iter().map(crate::review::post_key).collect();
        let mut key_order: Vec<u32> = (0..keys.len() as u32).collect();
        key_order.sort_by(|a, b| keys[*a as usize].cmp(&keys[*b as usize]));
        let decisions = decisions
            .filter(|d| d.len() == keys.len())
            .unwrap_or_else(|| vec![Decision::Undecided; keys.len()]);
        Loaded {
            data,
            options,
            analysis,
            derived,
            keys,
            key_order,
            archive_key,
            decisions,
            store: None,
            store_error: None,
            review: Default::default(),
        }
    }

    /// The post with a review key.
    pub fn post_by_key(&self, key: &str) -> Option<usize> {
        self.key_order
            .binary_search_by(|i| self.keys[*i as usize].as_str().cmp(key))
            .ok()
            .map(|pos| self.key_order[pos] as usize)
    }
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
            Ok((data, options, analysis)) => {
                let key = crate::cli::review_key(&data, &archives);
                let mut loaded = Loaded::new(data, options, analysis, key.clone(), None);
                match ReviewStore::open_default(&key).and_then(|s| {
                    let (_, d) = crate::review::decisions_for(&s, &loaded.data.posts)?;
                    let review = super::guided::ReviewData {
                        reviewer: s.reviewer()?.map(|(n, _)| n),
                        reviews: s.finding_reviews()?,
                        notes: s.notes()?,
                        position: s.guided_position()?.filter(|p| !p.is_empty()),
                    };
                    Ok((s, d, review))
                }) {
                    Ok((store, decisions, review)) => {
                        loaded.decisions = decisions;
                        loaded.store = Some(store);
                        loaded.review = review;
                    }
                    Err(e) => loaded.store_error = Some(e.to_string()),
                }
                WorkerMsg::Loaded(Box::new(loaded))
            }
            Err(e) => WorkerMsg::Failed(crate::cli::one_line(&e)),
        };
        let _ = tx.send(Event::Worker(msg));
    });
}
