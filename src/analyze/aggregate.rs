//! Cross-post aggregation: what the posts reveal together.
//!
//! - [`places`]: located events clustered (~150 m, grid index) into the office, home, routine
//!   places and trips;
//! - [`unit`]: organisation names ranked across posts, with their short forms and acronyms;
//! - [`role`]: role evidence gathered into one finding that names the role;
//! - [`routine`]: the week reconstructed from routine places, office hours and stated schedules.
//!
//! Aggregation can run with some posts masked out ([`run`]'s `removed`), which is how the plan
//! checks that deleting its posts really breaks the findings.

pub mod departures;
pub mod places;
pub mod recurring;
pub mod role;
pub mod routine;
pub mod unit;

use super::{Area, Category, CategorySet, Finding, Options, Severity, Signal, Strength};
use crate::model::{Dataset, FindingId};
use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;

/// What it takes to break a finding: delete every `core` post, and from each pool all but
/// the number of posts it may keep.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Breaking {
    pub core: Vec<usize>,
    pub pools: Vec<(Vec<usize>, usize)>,
}

impl Breaking {
    /// Delete all of `core`.
    pub fn all(core: Vec<usize>) -> Self {
        Breaking {
            core,
            pools: Vec::new(),
        }
    }

    /// Delete `core`, and all but `keep` of `pool`.
    pub fn with_pool(core: Vec<usize>, pool: Vec<usize>, keep: usize) -> Self {
        Breaking {
            core,
            pools: vec![(pool, keep)],
        }
    }
}

/// The result of one aggregation run.
#[derive(Debug, Clone, Default)]
pub struct Aggregation {
    /// Findings, most severe first.
    pub findings: Vec<Finding>,
    /// Per finding (same order), what deleting would break it.
    pub breaking: Vec<Breaking>,
    /// Signals the aggregation adds to posts (a post names the discovered unit by an alias, a
    /// post is one of a cluster's), as (post index, signal).
    pub extra: Vec<(usize, Signal)>,
    /// Posts at one-off places far from the usual ones (see [`places::Located::away`]),
    /// sorted: their check-ins say nothing about work on their own.
    pub away: Vec<usize>,
    /// Topics written about at the same time each week (see [`recurring`]); a rerun with
    /// posts removed starts from them.
    pub recurring: Vec<recurring::Recurring>,
    /// The timed departures found (re-checked, not searched again, when posts are removed).
    pub departures: Vec<departures::Departure>,
    /// Acronyms and unit ordinals written in the posts (counted again, not searched again,
    /// when posts are removed).
    pub acronyms: std::sync::Arc<[unit::AcronymUse]>,
}

/// A post's time in the report's zone, broken down for routine reasoning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    /// 0 = Monday.
    pub weekday: u32,
    /// Minutes since local midnight.
    pub minute: u32,
    /// Days since the epoch, local.
    pub day: i32,
    /// ISO week as year * 100 + week.
    pub week: i32,
}

impl LocalTime {
    pub fn new(t: DateTime<Utc>, tz: Tz) -> Self {
        Self::from_naive(t.with_timezone(&tz).naive_local())
    }

    /// From a wall-clock time.
    pub fn from_naive(l: chrono::NaiveDateTime) -> Self {
        let iso = l.iso_week();
        LocalTime {
            weekday: l.weekday().num_days_from_monday(),
            minute: l.hour() * 60 + l.minute(),
            day: l.date().num_days_from_ce(),
            week: iso.year() * 100 + iso.week() as i32,
        }
    }

    pub fn is_weekend(&self) -> bool {
        self.weekday >= 5
    }

    /// Weekdays, 07:30 to 18:30.
    pub fn is_working_hours(&self) -> bool {
        !self.is_weekend() && (450..=1110).contains(&self.minute)
    }

    /// 19:30 to 05:00: evenings and nights, not the early-morning commute.
    pub fn is_night(&self) -> bool {
        self.minute >= 1170 || self.minute < 300
    }
}

/// Post `i`'s normalised text: from detection when kept, else normalised now.
pub fn norm_of<'a>(norms: &'a [String], i: usize, text: &str) -> std::borrow::Cow<'a, str> {
    match norms.get(i) {
        Some(n) => std::borrow::Cow::Borrowed(n),
        None => std::borrow::Cow::Owned(crate::analyze::matcher::normalized(text)),
    }
}

/// Run every aggregator. `removed` masks posts out (for the plan's check); `None` keeps all.
/// `norms` holds each post's normalised text from detection, or is empty (then the
/// aggregators normalise what they need).
pub fn run(
    data: &Dataset,
    signals: &[Vec<Signal>],
    profile: &[(String, Signal)],
    opts: &Options,
    removed: Option<&[bool]>,
    norms: &[String],
    previous: Option<&Aggregation>,
) -> Aggregation {
    let keep = |i: usize| removed.is_none_or(|r| !r.get(i).copied().unwrap_or(false));
    let mut agg = Aggregation::default();
    let mut drafts: Vec<(Finding, Breaking)> = Vec::new();

    let located = places::analyse(data, signals, opts, &keep);
    let acronyms = match previous {
        Some(previous) => std::sync::Arc::clone(&previous.acronyms),
        None => unit::acronym_uses(data, signals).into(),
    };
    // The recurring topics need only the places: they are found beside the unit and the role.
    let (unit, role, recurring) = std::thread::scope(|scope| {
        let recurring = scope.spawn(|| match removed.zip(previous) {
            // Removing posts only takes posts from a topic: a rerun re-checks the topics found.
            Some((_, previous)) => recurring::recheck(data, opts, &keep, &previous.recurring),
            None => recurring::find(data, opts, &keep, norms, &located.routine_places),
        });
        let unit = unit::discover(
            data,
            signals,
            profile,
            opts,
            &keep,
            norms,
            unit::Clues {
                office: &located.office_hours,
                acronyms: &acronyms,
            },
        );
        // Where the person is at work: posts at the office and posts that name the unit. A
        // lesser work cue there ("audit", 数据) is about their own work.
        let mut at_work: Vec<usize> = located.office_hours.clone();
        for (f, _) in unit
            .findings
            .iter()
            .filter(|(f, _)| f.category == Category::Unit)
        {
            at_work.extend(&f.evidence);
        }
        at_work.sort_unstable();
        at_work.dedup();
        let role = role::gather(data, signals, profile, opts, &keep, norms, &at_work);
        let recurring = recurring
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (unit, role, recurring)
    });
    drafts.extend(unit.findings);
    agg.extra.extend(unit.extra);
    drafts.extend(role.findings);
    agg.extra.extend(role.extra);
    agg.extra.extend(located.extra.iter().cloned());
    for r in &recurring {
        for &i in &r.posts {
            agg.extra.push((
                i,
                Signal {
                    category: Category::Routine,
                    detector: "recurring-topic",
                    reason: format!(
                        "one of {} posts about '{}', all written {}: the same activity at the same time each week",
                        r.posts.len(),
                        r.topic,
                        r.schedule.describe()
                    ),
                    span: None,
                    strength: Strength::Weak,
                    subject: Some(r.topic.clone()),
                },
            ));
        }
    }
    // Removing posts only takes posts from a departure: a rerun re-checks the ones found.
    let departures = match removed.zip(previous) {
        Some((_, previous)) => departures::recheck(data, &keep, &previous.departures),
        None => departures::find(data, &keep),
    };
    for d in &departures {
        for &i in &d.posts {
            agg.extra.push((
                i,
                Signal {
                    category: Category::Routine,
                    detector: "recurring-departure",
                    reason: format!(
                        "names {}, as {} posts written on different days do: a departure taken again and again",
                        d.label,
                        d.posts.len()
                    ),
                    span: None,
                    strength: Strength::Weak,
                    subject: Some(d.label.clone()),
                },
            ));
        }
    }
    let routine = routine::reconstruct(
        data,
        signals,
        opts,
        &keep,
        &located,
        &recurring,
        &departures,
    );
    agg.recurring = recurring;
    agg.departures = departures;
    agg.acronyms = acronyms;
    drafts.extend(located.findings);
    agg.away = located.away;
    drafts.extend(routine);

    escalate_triangle(&mut drafts);
    drafts.sort_by(|a, b| {
        b.0.severity
            .cmp(&a.0.severity)
            .then_with(|| category_rank(a.0.category).cmp(&category_rank(b.0.category)))
            .then_with(|| b.0.evidence.len().cmp(&a.0.evidence.len()))
    });
    for (f, b) in drafts {
        agg.findings.push(f);
        agg.breaking.push(b);
    }
    agg
}

fn category_rank(c: Category) -> u8 {
    match c {
        Category::Unit => 0,
        Category::Role => 1,
        Category::Location => 2,
        Category::Routine => 3,
        Category::Home => 4,
        Category::Contact => 5,
    }
}

/// Unit, role and office together are what an adversary needs to find and approach the
/// person: when all three are found, each becomes critical.
fn escalate_triangle(drafts: &mut [(Finding, Breaking)]) {
    let has = |c: Category, need_area: bool| {
        drafts.iter().any(|(f, _)| {
            f.category == c
                && f.severity >= Severity::High
                && (!need_area || f.location.is_some() || c != Category::Location)
        })
    };
    if !(has(Category::Unit, false) && has(Category::Role, false) && has(Category::Location, false))
    {
        return;
    }
    for (f, _) in drafts.iter_mut() {
        if matches!(
            f.category,
            Category::Unit | Category::Role | Category::Location
        ) && f.severity >= Severity::High
        {
            f.severity = Severity::Critical;
            f.explanation.push_str(
                " Together with the unit, role and office findings, this is what an adversary needs to find and approach you.",
            );
        }
    }
}

/// Per post: the categories of every finding it is evidence for, plus strong signals (but not
/// a check-in on a trip: `away`, sorted).
pub fn post_categories(
    posts: usize,
    signals: &[Vec<Signal>],
    findings: &[Finding],
    away: &[usize],
) -> Vec<CategorySet> {
    let mut out = vec![CategorySet::default(); posts];
    for (i, sigs) in signals.iter().enumerate() {
        let away = away.binary_search(&i).is_ok();
        for s in sigs
            .iter()
            .filter(|s| s.strength == Strength::Strong && !(away && s.detector == "check-in"))
        {
            out[i].insert(s.category);
        }
    }
    for f in findings {
        for &p in &f.evidence {
            if let Some(c) = out.get_mut(p) {
                c.insert(f.category);
            }
        }
    }
    out
}

/// A finding id from its category and subject: stable while the subject is the same.
pub fn finding_id(category: Category, subject: &str) -> FindingId {
    FindingId::from_parts(category.as_str(), &[&subject.to_lowercase()])
}

/// A finding with the common fields filled.
#[allow(clippy::too_many_arguments)] // one call per finding kind; a builder would only rename the arguments
pub fn finding(
    category: Category,
    severity: Severity,
    subject: &str,
    title: String,
    value: Option<String>,
    location: Option<Area>,
    mut evidence: Vec<usize>,
    explanation: String,
) -> Finding {
    evidence.sort_unstable();
    evidence.dedup();
    Finding {
        id: finding_id(category, subject),
        category,
        severity,
        title,
        value,
        location,
        evidence,
        explanation,
    }
}

/// "3 posts" / "1 post".
pub fn posts(n: usize) -> String {
    if n == 1 {
        "1 post".into()
    } else {
        format!("{n} posts")
    }
}

/// Up to `n` short quotes of post texts, for explanations.
pub fn quotes(data: &Dataset, idx: &[usize], n: usize) -> String {
    idx.iter()
        .take(n)
        .map(|&i| {
            let t: String = data.posts[i].text.chars().take(50).collect();
            let more = if data.posts[i].text.chars().count() > 50 {
                "…"
            } else {
                ""
            };
            format!("\u{201c}{}{more}\u{201d}", t.replace('\n', " "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}
