//! The [`Detector`] trait every per-post detector implements.

use super::{Category, Signal};
use crate::model::Post;

/// Context a detector may use beyond the post itself.
pub struct Context<'a> {
    pub options: &'a super::Options,
    pub matcher: &'a super::matcher::Matcher,
}

/// A per-post detector: a name, a category, a user-facing explanation, and a check.
pub trait Detector: Sync {
    /// Stable kebab-case id, shown with every signal (e.g. `employment-statement`).
    fn id(&self) -> &'static str;
    /// The category its signals usually feed.
    fn category(&self) -> Category;
    /// One line: what it looks for.
    fn summary(&self) -> &'static str;
    /// The user documentation: what it detects, why it matters, an example, false positives.
    fn explain(&self) -> &'static str;
    /// Look at one post and push any signals.
    fn check(
        &self,
        post: &Post,
        text: &super::matcher::Scanned<'_>,
        cx: &Context<'_>,
        out: &mut Vec<Signal>,
    );
}
