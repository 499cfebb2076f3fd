//! The guided review's state and steps: walk the findings from the most severe, and for each
//! delete all evidence, pick posts on the timeline, or accept the risk with a written reason;
//! notes per finding and per post; a summary at the end. Pure: every save is an
//! [`Effect`](super::app::Effect) the session carries out.

use crate::export::Checklist;
use crate::review::{FindingReview, Note, Outcome, ReviewState};
use std::collections::{HashMap, HashSet};

/// What the review database holds besides decisions, as the app knows it.
#[derive(Debug, Clone, Default)]
pub struct ReviewData {
    /// Who reviews (name or role), once entered.
    pub reviewer: Option<String>,
    /// Finding reviews by finding id.
    pub reviews: HashMap<String, FindingReview>,
    /// Current notes by target.
    pub notes: HashMap<String, Note>,
    /// The finding id the guided review was at when last left.
    pub position: Option<String>,
}

/// What the text box is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Who reviews: asked once per archive.
    Reviewer,
    /// Why the risk is accepted.
    AcceptReason,
    /// A note on the finding.
    FindingNote,
    /// A note on an evidence post (index into the dataset).
    PostNote(usize),
}

impl Input {
    pub fn prompt(self) -> &'static str {
        match self {
            Input::Reviewer => {
                "Who is reviewing? (name or role, e.g. \"J. Doe, security officer\")"
            }
            Input::AcceptReason => "Why is this risk accepted? (required)",
            Input::FindingNote => "Note on this finding",
            Input::PostNote(_) => "Note on this post",
        }
    }
}

/// The guided review in progress.
#[derive(Debug, Clone, Default)]
pub struct Guided {
    /// Findings walked (indices into the findings), most severe first; contacts are not
    /// walked (they are reported, not deleted).
    pub order: Vec<usize>,
    /// Per entry of `order`: its evidence hash now.
    pub hashes: Vec<String>,
    /// Entries of `order` reviewed before on the same evidence: skipped.
    pub skip: HashSet<usize>,
    /// Position in `order`; `order.len()` is the summary screen.
    pub pos: usize,
    /// Cursor among the current finding's evidence posts.
    pub cursor: usize,
    /// The text box, when open, and its text.
    pub input: Option<(Input, String)>,
    /// Picking posts on the timeline for the finding at `pos`.
    pub picking: bool,
    /// The checklist as it stands, computed on reaching the summary.
    pub summary: Option<Box<Checklist>>,
}

impl Guided {
    /// Whether the summary screen is showing.
    pub fn at_summary(&self) -> bool {
        self.pos >= self.order.len()
    }

    /// The finding at the current position.
    pub fn finding(&self) -> Option<usize> {
        self.order.get(self.pos).copied()
    }

    /// The next position at or after `from` that is not skipped (`order.len()` if none).
    pub fn next_open(&self, from: usize) -> usize {
        (from..self.order.len())
            .find(|i| !self.skip.contains(i))
            .unwrap_or(self.order.len())
    }

    /// The previous position before `from` that is not skipped, if any.
    pub fn prev_open(&self, from: usize) -> Option<usize> {
        (0..from.min(self.order.len()))
            .rev()
            .find(|i| !self.skip.contains(i))
    }

    /// Findings settled in this walk or before (reviewed on the same evidence).
    pub fn settled(&self, data: &ReviewData, ids: &[String]) -> usize {
        (0..self.order.len())
            .filter(|&i| {
                ids.get(i).is_some_and(|id| {
                    crate::review::review_state(&data.reviews, id, &self.hashes[i])
                        == ReviewState::Reviewed
                })
            })
            .count()
    }
}

/// The short label of a stored review.
pub fn outcome_label(r: &FindingReview) -> String {
    match r.outcome {
        Outcome::Deleted => "all evidence marked for deletion".into(),
        Outcome::Picked => "posts picked for deletion".into(),
        Outcome::Accepted => format!("risk accepted: {}", r.reason),
    }
}
