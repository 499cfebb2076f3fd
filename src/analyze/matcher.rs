//! Text normalisation and multi-term matching over every lexicon at once.

use crate::watchlist::Watchlist;

/// All terms compiled into one automaton.
pub struct Matcher {}

/// A post's text, normalised once, with every term match found.
pub struct Scanned<'t> {
    pub text: &'t str,
}

impl Matcher {
    pub fn new(_watchlist: &Watchlist) -> Self {
        Matcher {}
    }

    pub fn scan<'t>(&self, text: &'t str) -> Scanned<'t> {
        Scanned { text }
    }
}
