//! Trades: the kinds of work a person may reveal, each with its titles, its jargon and its
//! everyday-sounding words, in English and Chinese.
//!
//! The role detector counts a trade's jargon as revealing on its own and its words as lesser
//! cues; the role finding then infers the person's trade from the posts that reveal it, and
//! counts the trade's words in other posts as evidence too ("park the jib" says little alone,
//! much from a crane operator).
//!
//! Terms are lower case and matched like the lexicon: Latin terms as whole words after
//! normalisation (hyphens and punctuation become spaces, apostrophes are dropped; a trailing
//! `*` matches a word prefix), Chinese terms anywhere.

/// One kind of work.
pub struct Trade {
    /// The work in a phrase that completes "your posts reveal …": "crane and rigging work".
    pub name: &'static str,
    /// The same in Chinese: "起重吊装工作".
    pub name_zh: &'static str,
    /// Job titles of the trade.
    pub titles: &'static [&'static str],
    /// Terms that reveal the trade on their own: tools, procedures, certificates, jargon an
    /// outsider would not use ("lift plan", "倒闸操作").
    pub jargon: &'static [&'static str],
    /// Terms of the trade that also have everyday senses ("crane", "slings", "负荷"): evidence
    /// with a second cue in the same post, or once the person's trade is known.
    pub words: &'static [&'static str],
}

/// Every trade.
pub const TRADES: &[Trade] = &[Trade {
    name: "crane and rigging work",
    name_zh: "起重吊装工作",
    titles: &[
        "crane operator",
        "rigger",
        "slinger",
        "banksman",
        "起重工",
        "司索工",
        "塔吊司机",
    ],
    jargon: &[
        "lift plan",
        "load chart",
        "load charts",
        "appointed person",
        "吊装方案",
    ],
    words: &[
        "crane", "cranes", "jib", "shackle", "shackles", "sling", "slings", "slinging", "起重",
        "吊装",
    ],
}];
