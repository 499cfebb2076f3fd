//! The week reconstructed: routine places, the hours at the office, and schedules stated in
//! words, as one finding.

use super::departures::Departure;
use super::places::Located;
use super::recurring::Recurring;
use super::{Breaking, finding, posts};
use crate::analyze::{Category, Finding, Options, Severity, Signal, Strength};
use crate::model::Dataset;

/// The combined routine finding, if the posts show any routine.
pub fn reconstruct(
    data: &Dataset,
    signals: &[Vec<Signal>],
    _opts: &Options,
    keep: &dyn Fn(usize) -> bool,
    located: &Located,
    recurring: &[Recurring],
    departures: &[Departure],
) -> Option<(Finding, Breaking)> {
    let stated: Vec<usize> = (0..data.posts.len())
        .filter(|&i| keep(i))
        .filter(|&i| {
            signals[i]
                .iter()
                .any(|s| s.category == Category::Routine && s.strength == Strength::Strong)
        })
        .collect();
    let mut parts: Vec<String> = Vec::new();
    let mut evidence: Vec<usize> = stated.clone();
    let mut pools: Vec<(Vec<usize>, usize)> = Vec::new();
    if let Some(s) = &located.office_schedule
        && located.office_hours.len() >= 3
    {
        parts.push(format!("at work {}", s.describe()));
        evidence.extend(&located.office_hours);
        pools.push((located.office_hours.clone(), 2));
    }
    for p in &located.routine_places {
        parts.push(format!("{} at {}", p.schedule.describe(), p.name));
        evidence.extend(&p.posts);
        pools.push((p.posts.clone(), 2));
    }
    for r in recurring {
        parts.push(format!(
            "{} posting about '{}'",
            r.schedule.describe(),
            r.topic
        ));
        evidence.extend(&r.posts);
        pools.push((r.posts.clone(), 2));
    }
    for d in departures {
        parts.push(format!("{} ({})", d.label, posts(d.posts.len())));
        evidence.extend(&d.posts);
        pools.push((d.posts.clone(), 2));
    }
    if !stated.is_empty() {
        parts.push(format!("{} stating a schedule", posts(stated.len())));
    }
    evidence.sort_unstable();
    evidence.dedup();
    if evidence.len() < 2 && parts.len() < 2 {
        return None;
    }
    let severity = if parts.len() >= 2 || evidence.len() >= 8 {
        Severity::High
    } else {
        Severity::Medium
    };
    let value = parts.join("; ");
    Some((
        finding(
            Category::Routine,
            severity,
            "weekly routine",
            if parts.len() > 1 {
                format!(
                    "Routine: your week ({}; +{} more)",
                    parts[0],
                    parts.len() - 1
                )
            } else {
                format!("Routine: {}", parts.first().cloned().unwrap_or_default())
            },
            Some(value.clone()),
            None,
            evidence.clone(),
            format!(
                "{} together give your week away: {value}. Local times ({}), over the years of the archive: when you leave, where you pass and when you are at work.",
                posts(evidence.len()),
                _opts.timezone.name()
            ),
        ),
        Breaking {
            core: stated,
            pools,
        },
    ))
}
