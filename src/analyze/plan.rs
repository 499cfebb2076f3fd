//! The deletion plan: the smallest set of posts whose deletion breaks every high and critical
//! finding.

use super::{Finding, Options, Plan, Signal};
use crate::model::Dataset;

/// Compute the plan.
pub fn plan(
    _data: &Dataset,
    _signals: &[Vec<Signal>],
    _profile: &[(String, Signal)],
    _findings: &[Finding],
    _opts: &Options,
) -> Plan {
    Plan::default()
}
