//! The deletion plan: the smallest set of posts whose deletion breaks every high and critical
//! finding.
//!
//! Greedy set cover: every post a finding cannot lose goes (the posts that name the unit, the
//! posts that reveal the role, the posts that name the site); from each pool of located posts
//! (a place's cluster) all but two go, preferring posts that sit in several pools at once.
//! Then the aggregation is run again without those posts, and the cover is repeated on
//! whatever still stands, until no high or critical finding is left.

use super::aggregate::{self, Aggregation};
use super::{Finding, Options, Plan, Severity, Signal};
use crate::model::Dataset;
use std::collections::{HashMap, HashSet};

const ROUNDS: usize = 6;

/// Compute the plan from the first aggregation.
pub fn plan(
    data: &Dataset,
    signals: &[Vec<Signal>],
    profile: &[(String, Signal)],
    first: &Aggregation,
    opts: &Options,
    norms: &[String],
) -> Plan {
    let n = data.posts.len();
    let targets: Vec<&Finding> = first
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::High)
        .collect();
    let mut removed = vec![false; n];
    // The aggregation as it stands after the deletions so far (the first one, not copied,
    // until a round has run).
    let mut rerun: Option<Aggregation> = None;
    for _ in 0..ROUNDS {
        let current = rerun.as_ref().unwrap_or(first);
        let open: Vec<usize> = (0..current.findings.len())
            .filter(|&k| current.findings[k].severity >= Severity::High)
            .collect();
        if open.is_empty() {
            break;
        }
        let before = removed.iter().filter(|r| **r).count();
        cover(current, &open, &mut removed);
        if removed.iter().filter(|r| **r).count() == before {
            // Nothing left to delete would break what remains (e.g. profile-only findings).
            break;
        }
        let next = aggregate::run(
            data,
            signals,
            profile,
            opts,
            Some(&removed),
            norms,
            Some(current),
        );
        rerun = Some(next);
    }
    let current = rerun.as_ref().unwrap_or(first);
    let remaining: HashSet<&str> = current.findings.iter().map(|f| f.id.as_str()).collect();
    let breaks = targets
        .iter()
        .filter(|f| !remaining.contains(f.id.as_str()))
        .map(|f| f.id.clone())
        .collect();
    let mut still_exposed: Vec<String> = current
        .findings
        .iter()
        .map(|f| format!("{} ({}): {}", f.title, f.severity.as_str(), f.explanation))
        .collect();
    let mut seen = HashSet::new();
    for (label, s) in profile {
        if s.strength == super::Strength::Strong && seen.insert((label.clone(), s.category)) {
            still_exposed.push(format!(
                "your profile's {label} ({}): {} — edit the profile, deleting posts does not touch it",
                s.category.as_str(),
                s.reason
            ));
        }
    }
    Plan {
        delete: (0..n).filter(|&i| removed[i]).collect(),
        breaks,
        still_exposed,
        warnings: vec![
            "Deleting many posts at once is itself visible to anyone watching the account: spread the deletions over weeks, or delete the account.".into(),
            "Deleted posts can survive in replies and quotes by others, in web archives and search caches, and in other people's screenshots.".into(),
        ],
    }
}

/// One greedy cover of the open findings' requirements.
fn cover(agg: &Aggregation, open: &[usize], removed: &mut [bool]) {
    for &k in open {
        for &p in &agg.breaking[k].core {
            removed[p] = true;
        }
    }
    let pools: Vec<(&Vec<usize>, usize)> = open
        .iter()
        .flat_map(|&k| agg.breaking[k].pools.iter().map(|(p, keep)| (p, *keep)))
        .collect();
    let mut multiplicity: HashMap<usize, usize> = HashMap::new();
    for (pool, _) in &pools {
        for &p in pool.iter() {
            *multiplicity.entry(p).or_default() += 1;
        }
    }
    let mut order: Vec<usize> = (0..pools.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(pools[i].0.len()));
    for i in order {
        let (pool, keep) = pools[i];
        let mut left: Vec<usize> = pool.iter().copied().filter(|&p| !removed[p]).collect();
        if left.len() <= keep {
            continue;
        }
        // Posts shared with other pools first, so one deletion serves several findings.
        left.sort_by_key(|p| {
            (
                std::cmp::Reverse(multiplicity.get(p).copied().unwrap_or(0)),
                *p,
            )
        });
        let need = left.len() - keep;
        for &p in left.iter().take(need) {
            removed[p] = true;
        }
    }
}
