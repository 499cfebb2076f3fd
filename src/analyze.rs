//! The analysis engine: per-post detectors, cross-post aggregation into findings, and the
//! deletion plan.
//!
//! [`analyze`] is a pure function of the [`Dataset`] and the [`Options`]: it reads nothing
//! from disk and knows nothing of the UI. Detectors ([`detectors`]) look at one post at a time
//! and emit [`Signal`]s; aggregation ([`aggregate`]) lines signals and located posts up
//! across the whole timeline into [`Finding`]s; [`plan`] picks the smallest set of posts whose
//! deletion breaks every high and critical finding.

pub mod aggregate;
pub mod contacts;
pub mod detector;
pub mod detectors;
pub mod lexicon;
pub mod matcher;
pub mod orgs;
pub mod plan;
pub mod trade_index;
pub mod trades;

use crate::ingest::{Progress, ProgressFn};
use crate::model::{Dataset, FindingId, GeoPoint};
use crate::timezone::ZoneSource;
use crate::watchlist::Watchlist;
use chrono_tz::Tz;
use serde::Serialize;

/// What a post or finding exposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// The employer or work unit.
    Unit,
    /// The job, duties, clearance or seniority.
    Role,
    /// Where the person works.
    Location,
    /// A regular schedule or movement pattern.
    Routine,
    /// Where the person lives.
    Home,
    /// A contact whose messages probe for work details.
    Contact,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Unit,
        Category::Role,
        Category::Location,
        Category::Routine,
        Category::Home,
        Category::Contact,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Unit => "unit",
            Category::Role => "role",
            Category::Location => "location",
            Category::Routine => "routine",
            Category::Home => "home",
            Category::Contact => "contact",
        }
    }

    /// The one-letter badge shown in the TUI (U R L T H C).
    pub fn letter(self) -> char {
        match self {
            Category::Unit => 'U',
            Category::Role => 'R',
            Category::Location => 'L',
            Category::Routine => 'T',
            Category::Home => 'H',
            Category::Contact => 'C',
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A small set of categories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CategorySet(u8);

impl CategorySet {
    pub fn insert(&mut self, c: Category) {
        self.0 |= c.bit();
    }
    pub fn contains(self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }
}

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// How much a signal says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Only meaningful together with other posts (a vague cue, a geotag).
    Weak,
    /// Enough on its own to expose the category (a watchlist match, "I work at …").
    Strong,
}

/// One thing a detector noticed in one post.
#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    pub category: Category,
    /// The detector's id, e.g. `employment-statement`.
    pub detector: &'static str,
    /// Why, in one sentence a person can read.
    pub reason: String,
    /// `[start, end)` byte offsets into the post text, if the signal is in the text.
    pub span: Option<(usize, usize)>,
    pub strength: Strength,
    /// What the signal is about, for aggregation: the unit or role named, the place name.
    pub subject: Option<String>,
}

/// A circle on the map.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Area {
    pub lat: f64,
    pub lon: f64,
    pub radius_m: f64,
}

impl Area {
    pub fn center(&self) -> GeoPoint {
        GeoPoint {
            lat: self.lat,
            lon: self.lon,
        }
    }
}

/// What several posts reveal together.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable fingerprint of the finding's kind and subject.
    pub id: FindingId,
    pub category: Category,
    pub severity: Severity,
    pub title: String,
    /// The unit or role named, the place or schedule, or the contact.
    pub value: Option<String>,
    pub location: Option<Area>,
    /// Indices into [`Dataset::posts`], in time order.
    pub evidence: Vec<usize>,
    /// Which posts made it and why, in one or two sentences.
    pub explanation: String,
}

/// The smallest set of posts to delete.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// Indices into [`Dataset::posts`], in time order.
    pub delete: Vec<usize>,
    /// Findings the deletion breaks.
    pub breaks: Vec<FindingId>,
    /// What would still be exposed afterwards, one line each.
    pub still_exposed: Vec<String>,
    /// Why deletion alone is not the end of it.
    pub warnings: Vec<String>,
}

/// What the analysis is run with.
#[derive(Debug, Clone)]
pub struct Options {
    pub timezone: Tz,
    pub zone_source: ZoneSource,
    pub watchlist: Watchlist,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            timezone: Tz::UTC,
            zone_source: ZoneSource::Fallback,
            watchlist: Watchlist::default(),
        }
    }
}

/// The result of analysing a dataset.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Per post (same index as [`Dataset::posts`]), every signal.
    pub signals: Vec<Vec<Signal>>,
    /// Per post, the categories it feeds (findings it is evidence for, plus strong signals).
    pub categories: Vec<CategorySet>,
    /// Signals on the profile, with the field they came from.
    pub profile_signals: Vec<(String, Signal)>,
    /// Findings, most severe first.
    pub findings: Vec<Finding>,
    pub plan: Plan,
    /// Every contact in the direct messages, suspicious ones first.
    pub contacts: Vec<contacts::Contact>,
}

impl Analysis {
    /// Per post, the findings it is evidence for (indices into [`Analysis::findings`]).
    pub fn findings_by_post(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.signals.len()];
        for (fi, f) in self.findings.iter().enumerate() {
            for &p in &f.evidence {
                if let Some(v) = out.get_mut(p) {
                    v.push(fi);
                }
            }
        }
        out
    }

    /// Number of posts that feed at least one category.
    pub fn flagged_count(&self) -> usize {
        self.categories.iter().filter(|c| !c.is_empty()).count()
    }
}

/// Run every stage on a dataset.
pub fn analyze(data: &Dataset, opts: &Options, progress: ProgressFn<'_>) -> Analysis {
    analyze_with(data, opts, matcher::Matcher::new(&opts.watchlist), progress)
}

/// [`analyze`] with the lexicon and watchlist matcher already built for `opts.watchlist`
/// (building it takes tens of milliseconds, which can pass while the archive is read).
pub fn analyze_with(
    data: &Dataset,
    opts: &Options,
    matcher: matcher::Matcher,
    progress: ProgressFn<'_>,
) -> Analysis {
    let total = data.posts.len() as u64;
    progress(Progress {
        stage: "detecting",
        done: 0,
        total,
    });
    let engine = detectors::Engine::with_matcher(opts, matcher);
    let (signals, norms) = engine.run_with_text(data, progress);
    let profile_signals = data
        .profile
        .as_ref()
        .map(|p| engine.profile(p))
        .unwrap_or_default();
    progress(Progress {
        stage: "aggregating",
        done: total,
        total,
    });
    let agg = aggregate::run(data, &signals, &profile_signals, opts, None, &norms, None);
    let mut signals = signals;
    for (i, s) in &agg.extra {
        if let Some(v) = signals.get_mut(*i) {
            v.push(s.clone());
        }
    }
    progress(Progress {
        stage: "planning",
        done: total,
        total,
    });
    let plan = plan::plan(data, &signals, &profile_signals, &agg, opts, &norms);
    // Freeing every post's normalised text takes a while on a big archive: done beside the
    // contacts' analysis.
    let freeing = std::thread::spawn(move || drop(norms));
    let contacts = contacts::analyse_with(data, &signals, engine.matcher());
    let mut findings = agg.findings;
    findings.extend(contacts::findings(data, &contacts));
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let categories = aggregate::post_categories(data.posts.len(), &signals, &findings, &agg.away);
    let _ = freeing.join();
    Analysis {
        signals,
        categories,
        profile_signals,
        findings,
        plan,
        contacts,
    }
}
