//! Cross-post aggregation: what the posts reveal together.

use super::{CategorySet, Finding, Options, Signal, Strength};
use crate::model::Dataset;

/// Line the signals up across posts into findings, most severe first.
pub fn aggregate(
    _data: &Dataset,
    _signals: &[Vec<Signal>],
    _profile: &[(String, Signal)],
    _opts: &Options,
) -> Vec<Finding> {
    Vec::new()
}

/// Per post: the categories of every finding it is evidence for, plus strong signals.
pub fn post_categories(
    posts: usize,
    signals: &[Vec<Signal>],
    findings: &[Finding],
) -> Vec<CategorySet> {
    let mut out = vec![CategorySet::default(); posts];
    for (i, sigs) in signals.iter().enumerate() {
        for s in sigs.iter().filter(|s| s.strength == Strength::Strong) {
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
