//! Role evidence gathered into one finding that names the role as best it can.

use super::{Breaking, finding, posts, quotes};
use crate::analyze::detectors::PROFILE_FIELD;
use crate::analyze::{Category, Finding, Options, Severity, Signal, Strength};
use crate::model::Dataset;
use std::collections::HashMap;

/// The role finding, if any post reveals the role.
pub fn gather(
    data: &Dataset,
    signals: &[Vec<Signal>],
    profile: &[(String, Signal)],
    _opts: &Options,
    keep: &dyn Fn(usize) -> bool,
) -> Option<(Finding, Breaking)> {
    let evidence: Vec<usize> = (0..data.posts.len())
        .filter(|&i| keep(i))
        .filter(|&i| {
            signals[i]
                .iter()
                .any(|s| s.category == Category::Role && s.strength == Strength::Strong)
        })
        .collect();
    // Work-history titles name the role outright; titles in a bio count like a post's.
    let profile_titles: Vec<&str> = profile
        .iter()
        .filter(|(label, s)| label == "job title" && s.category == Category::Role)
        .filter_map(|(_, s)| s.subject.as_deref())
        .collect();
    if evidence.is_empty() && profile_titles.is_empty() {
        return None;
    }
    let sigs = || {
        evidence
            .iter()
            .flat_map(|&i| signals[i].iter())
            .filter(|s| s.category == Category::Role)
    };
    let watched = sigs()
        .find(|s| s.detector == "watchlist-role")
        .and_then(|s| s.subject.clone());
    let mut titles: HashMap<String, usize> = HashMap::new();
    let bio_titles = profile
        .iter()
        .filter(|(label, s)| label != "job title" && s.category == Category::Role)
        .map(|(_, s)| s);
    for s in sigs()
        .filter(|s| s.detector == "role-cues")
        .chain(bio_titles)
    {
        if let Some(t) = &s.subject {
            *titles.entry(singular(t)).or_default() += 1;
        }
    }
    let best_title = titles
        .into_iter()
        // The most said, then the most specific ("ndt inspector" over "inspector").
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| a.0.chars().count().cmp(&b.0.chars().count()))
                .then_with(|| b.0.cmp(&a.0))
        })
        .map(|(t, _)| t);
    let value = watched
        .or_else(|| profile_titles.first().map(|t| t.to_string()))
        .or(best_title);
    let clearance = sigs().any(|s| s.detector == "clearance-vetting");
    let mut cues: Vec<String> = sigs()
        .filter(|s| s.detector != PROFILE_FIELD)
        .filter_map(|s| {
            s.span.and_then(|(a, b)| {
                let _ = (a, b);
                s.reason.split('\'').nth(1).map(str::to_string)
            })
        })
        .collect();
    cues.sort();
    cues.dedup();
    let severity = if evidence.len() >= 3 || clearance && !evidence.is_empty() {
        Severity::High
    } else {
        Severity::Medium
    };
    let name = value
        .clone()
        .unwrap_or_else(|| "the kind of work you do".into());
    let explanation = format!(
        "{} reveal your work{}{}{}, e.g. {}. With the unit, this tells an adversary what you can access.",
        posts(evidence.len()),
        match &value {
            Some(v) => format!(" as {v}"),
            None => String::new(),
        },
        if cues.is_empty() {
            String::new()
        } else {
            format!(
                " through words such as {}",
                cues.iter()
                    .take(5)
                    .map(|c| format!("'{c}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
        if clearance {
            ", including clearance or vetting"
        } else {
            ""
        },
        quotes(data, &evidence, 2),
    );
    Some((
        finding(
            Category::Role,
            severity,
            "role",
            if evidence.is_empty() {
                format!("Role: {name} (profile)")
            } else {
                format!("Role: {name} ({})", posts(evidence.len()))
            },
            value,
            None,
            evidence.clone(),
            explanation,
        ),
        Breaking::all(evidence),
    ))
}

/// "Inspectors" → "inspector"; Chinese unchanged.
fn singular(t: &str) -> String {
    let t = t.trim();
    // Lower-case a leading capital ("Inspector"), keep acronyms ("NDT inspector").
    let first_word_acronym = t
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 1 && w.chars().all(|c| c.is_uppercase()));
    let l = if first_word_acronym {
        t.to_string()
    } else {
        t.to_lowercase()
    };
    if l.is_ascii() && l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") {
        l[..l.len() - 1].to_string()
    } else {
        l
    }
}
