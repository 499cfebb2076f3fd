//! Text normalisation and multi-term matching over every lexicon and the watchlist at once.
//!
//! Each post's text is normalised once (lower case, full-width folded to ASCII, apostrophes
//! dropped, every other non-letter run turned into one space) and scanned once by a single
//! Aho–Corasick automaton holding every term. Latin terms must match whole words (a trailing
//! `*` in the lexicon allows a word prefix); Chinese terms match anywhere. Hits carry byte
//! spans into the original text, so the report and the TUI can highlight them.

use super::lexicon::{Class, TERMS};
use crate::watchlist::Watchlist;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// What a term stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    Lex(Class),
    /// The watchlist's unit at this index (name or alias).
    Unit(usize),
    /// The watchlist's role at this index.
    Role(usize),
    /// The watchlist's site at this index (by name).
    Site(usize),
}

#[derive(Debug, Clone)]
struct PatternInfo {
    kinds: Vec<TermKind>,
    /// Matches a word prefix (no boundary needed on the right).
    prefix: bool,
    /// Contains Latin letters only: needs word boundaries.
    latin: bool,
}

/// Every term, compiled once per analysis.
pub struct Matcher {
    ac: Option<AhoCorasick>,
    patterns: Vec<PatternInfo>,
}

/// One term found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub kind: TermKind,
    /// Byte span in the original text.
    pub start: usize,
    pub end: usize,
    /// Byte span in the normalised text.
    pub nstart: usize,
    pub nend: usize,
}

/// A text normalised once, with every term hit found.
pub struct Scanned<'t> {
    pub text: &'t str,
    pub norm: String,
    /// For each normalised byte, the start of the original char it came from.
    starts: Vec<u32>,
    /// For each normalised byte, the end of the original char it came from.
    ends: Vec<u32>,
    pub hits: Vec<Hit>,
    /// Chinese organisation names in the text, found on first use.
    zh_names: std::cell::OnceCell<Vec<super::orgs::NameSpan>>,
    /// The text in Simplified characters ([`simplify`]), folded on first use.
    folded: std::cell::OnceCell<std::borrow::Cow<'t, str>>,
}

impl Scanned<'_> {
    /// Chinese organisation names in the text ([`super::orgs::names_zh`]), computed once.
    pub fn zh_names(&self) -> &[super::orgs::NameSpan] {
        self.zh_names.get_or_init(|| {
            if self.text.bytes().any(|b| b >= 0xE3) {
                super::orgs::names_zh_folded(self.text, self.folded())
            } else {
                Vec::new()
            }
        })
    }

    /// The text in Simplified characters, with written Cantonese read as Mandarin
    /// ([`simplify`]); byte offsets are those of the text. Folded once, on first use.
    pub fn folded(&self) -> &str {
        self.folded.get_or_init(|| simplify(self.text))
    }

    /// Whether any hit has this class.
    pub fn has(&self, class: Class) -> bool {
        self.hits.iter().any(|h| h.kind == TermKind::Lex(class))
    }

    /// The hits of one class, in text order.
    pub fn of(&self, class: Class) -> impl Iterator<Item = &Hit> + '_ {
        self.hits
            .iter()
            .filter(move |h| h.kind == TermKind::Lex(class))
    }

    /// The original text of a hit.
    pub fn original(&self, h: &Hit) -> &str {
        self.text.get(h.start..h.end).unwrap_or("")
    }

    /// Map a normalised byte span to the original text.
    pub fn orig_span(&self, nstart: usize, nend: usize) -> (usize, usize) {
        let s = self.starts.get(nstart).copied().unwrap_or(0) as usize;
        let e = if nend == 0 {
            s
        } else {
            self.ends.get(nend - 1).copied().unwrap_or(0) as usize
        };
        (s, e.max(s))
    }

    /// The normalised words before a normalised offset, nearest last (at most `n`).
    pub fn words_before(&self, nstart: usize, n: usize) -> Vec<&str> {
        let before = self.norm.get(..nstart).unwrap_or("");
        let mut words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
        let skip = words.len().saturating_sub(n);
        words.drain(..skip);
        words
    }

    /// The normalised text within `chars` characters before a normalised offset.
    pub fn norm_before(&self, nstart: usize, chars: usize) -> &str {
        let before = self.norm.get(..nstart).unwrap_or("");
        let start = before
            .char_indices()
            .rev()
            .nth(chars.saturating_sub(1))
            .map_or(0, |(i, _)| i);
        &before[start..]
    }

    /// The normalised text within `chars` characters after a normalised offset.
    pub fn norm_after(&self, nend: usize, chars: usize) -> &str {
        let after = self.norm.get(nend..).unwrap_or("");
        let end = after
            .char_indices()
            .nth(chars)
            .map_or(after.len(), |(i, _)| i);
        &after[..end]
    }
}

/// Whether a char is a CJK ideograph or kana/hangul: such scripts match without word
/// boundaries.
pub fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x2A6DF)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// The text with Traditional Chinese characters replaced by Simplified ones (臺灣 → 台湾);
/// every character keeps its byte offset. Text without Chinese is returned as it is.
pub fn simplify(text: &str) -> std::borrow::Cow<'_, str> {
    // Chinese characters (U+3400–U+9FFF) start with bytes 0xE3–0xE9; most posts have none
    // (emoji start with 0xF0).
    if !text.bytes().any(|b| (0xE3..=0xE9).contains(&b)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut s = fast2s::convert(text);
    // Written Cantonese's pronouns and particles read as their Mandarin equivalents, so
    // "我哋隊" is "我们队" and "喺…做" is "在…做" to every rule (one character for one, all of
    // three bytes).
    // (One pass over the characters: a memmem search per character set up five searchers
    // for every Chinese term and post, most of them a few characters long.)
    if s.contains(['哋', '喺', '嘅', '咗', '佢']) {
        s = s
            .chars()
            .map(|c| match c {
                '哋' => '们',
                '喺' => '在',
                '嘅' => '的',
                '咗' => '了',
                '佢' => '他',
                c => c,
            })
            .collect();
    }
    // The table maps characters one to one at the same length; if it ever did not, offsets
    // into the post would break, so the text is then matched as written.
    if s.len() == text.len() && s.chars().count() == text.chars().count() {
        std::borrow::Cow::Owned(s)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Normalise text for matching; returns the text and, per normalised byte, the original
/// char's start and end. Traditional Chinese is folded to Simplified ([`simplify`]).
pub fn normalize(text: &str) -> (String, Vec<u32>, Vec<u32>) {
    let mut starts = Vec::with_capacity(text.len());
    let mut ends = Vec::with_capacity(text.len());
    let out = normalize_with(text, |start, end| {
        starts.push(start);
        ends.push(end);
    });
    // One offset per byte written; those of the trailing spaces dropped go too.
    starts.truncate(out.len());
    ends.truncate(out.len());
    (out, starts, ends)
}

/// [`normalize`]'s text alone, for terms and words whose offsets are not wanted.
pub fn normalized(text: &str) -> String {
    normalize_with(text, |_, _| {})
}

/// The normalised text; `offsets` is given, per byte written, the original char's start
/// and end.
fn normalize_with(text: &str, mut offsets: impl FnMut(u32, u32)) -> String {
    let folded = simplify(text);
    let text: &str = &folded;
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Whether the last thing written is a space (or nothing is written yet): runs of
    // separators become one space, and none leads.
    let mut after_space = true;
    // "'s" after an apostrophe at `i`, with no letter or digit after the s: a possessive.
    let possessive = |i: usize, width: usize| {
        matches!(b.get(i + width), Some(b's' | b'S'))
            && text[i + width + 1..]
                .chars()
                .next()
                .is_none_or(|n| !n.is_alphanumeric())
    };
    let mut i = 0;
    while i < b.len() {
        let byte = b[i];
        // ASCII, most of every post, byte by byte.
        if byte.is_ascii() {
            if byte.is_ascii_alphanumeric() {
                out.push(byte.to_ascii_lowercase() as char);
                offsets(i as u32, i as u32 + 1);
                after_space = false;
            } else if byte == b'\'' {
                // A possessive "'s" goes with its apostrophe: "our unit's" reads as "our unit".
                if possessive(i, 1) {
                    i += 1;
                }
            } else if !after_space {
                out.push(' ');
                offsets(i as u32, i as u32 + 1);
                after_space = true;
            }
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let width = c.len_utf8();
        let end = i + width;
        let c = fold_width(c);
        let mut push = |out: &mut String, c: char| {
            let before = out.len();
            out.push(c);
            for _ in before..out.len() {
                offsets(i as u32, end as u32);
            }
        };
        let mut next = end;
        // Chinese ideographs (the two main blocks, every code point a letter): no case, kept
        // as they are; the general Unicode tables are searched only for other scripts.
        if matches!(u32::from(c), 0x3400..=0x4DBF | 0x4E00..=0x9FFF) {
            push(&mut out, c);
            after_space = false;
        } else if matches!(c, '\'' | '’' | '‘' | 'ʼ') {
            if possessive(i, width) {
                next += 1;
            }
        } else if c.is_alphanumeric() {
            if c.is_ascii() {
                push(&mut out, c.to_ascii_lowercase());
            } else {
                for l in c.to_lowercase() {
                    push(&mut out, strip_accent(l));
                }
            }
            after_space = false;
        } else if !after_space {
            push(&mut out, ' ');
            after_space = true;
        }
        i = next;
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Full-width ASCII forms and the ideographic space to their ASCII equivalents.
fn fold_width(c: char) -> char {
    match u32::from(c) {
        0xFF01..=0xFF5E => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

/// The common Latin accents, so "Café" matches "cafe".
fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    }
}

impl Matcher {
    /// Compile the lexicon and the watchlist.
    pub fn new(watchlist: &Watchlist) -> Self {
        Self::with_terms(TERMS, watchlist)
    }

    /// Compile the given term lists and the watchlist.
    pub fn with_terms(terms: &[(Class, &[&str])], watchlist: &Watchlist) -> Self {
        let mut by_text: HashMap<String, PatternInfo> = HashMap::new();
        let mut add = |term: &str, kind: TermKind| {
            let (prefix, term) = match term.strip_suffix('*') {
                Some(t) => (true, t),
                None => (false, term),
            };
            let norm = normalized(term);
            if norm.is_empty() {
                return;
            }
            let latin = !norm.chars().any(is_cjk);
            let e = by_text.entry(norm).or_insert(PatternInfo {
                kinds: Vec::new(),
                prefix,
                latin,
            });
            if !e.kinds.contains(&kind) {
                e.kinds.push(kind);
            }
        };
        for (class, list) in terms {
            for t in *list {
                add(t, TermKind::Lex(*class));
            }
        }
        // The trades, with the main lexicon only (not the approach lexicon of messages).
        if std::ptr::eq(terms, TERMS) {
            for t in super::trades::TRADES {
                if super::trades::unknown(t.name) {
                    continue;
                }
                for (list, class) in [
                    (t.titles, Class::Title),
                    (t.jargon, Class::Jargon),
                    (t.words, Class::TradeWord),
                ] {
                    for term in list {
                        add(term, TermKind::Lex(class));
                    }
                }
            }
        }
        for (i, u) in watchlist.unit.iter().enumerate() {
            for n in u.all_names() {
                add(n, TermKind::Unit(i));
            }
        }
        for (i, r) in watchlist.role.iter().enumerate() {
            for n in r.role_names() {
                add(&n, TermKind::Role(i));
            }
        }
        for (i, s) in watchlist.site.iter().enumerate() {
            for n in s.all_names() {
                add(n, TermKind::Site(i));
            }
        }
        let mut texts: Vec<String> = by_text.keys().cloned().collect();
        texts.sort();
        let patterns: Vec<PatternInfo> = texts
            .iter()
            .filter_map(|t| by_text.get(t).cloned())
            .collect();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .ok();
        Matcher { ac, patterns }
    }

    /// Normalise a text and find every term in it.
    pub fn scan<'t>(&self, text: &'t str) -> Scanned<'t> {
        let (norm, starts, ends) = normalize(text);
        let mut hits = Vec::new();
        if let Some(ac) = &self.ac {
            let bytes = norm.as_bytes();
            for m in ac.find_overlapping_iter(&norm) {
                let info = &self.patterns[m.pattern().as_usize()];
                let (ns, ne) = (m.start(), m.end());
                if info.latin {
                    let before = norm[..ns].chars().next_back();
                    let after = norm[ne..].chars().next();
                    let first = norm[ns..].chars().next();
                    let last = norm[..ne].chars().next_back();
                    let left_ok = before.is_none_or(|c| !is_word_char(c))
                        || first.is_some_and(|c| !is_word_char(c));
                    let right_ok = info.prefix
                        || after.is_none_or(|c| !is_word_char(c))
                        || last.is_some_and(|c| !is_word_char(c));
                    if !(left_ok && right_ok) {
                        continue;
                    }
                }
                let _ = bytes;
                let s = starts.get(ns).copied().unwrap_or(0) as usize;
                let e = ends.get(ne.saturating_sub(1)).copied().unwrap_or(0) as usize;
                for &kind in &info.kinds {
                    hits.push(Hit {
                        kind,
                        start: s,
                        end: e.max(s),
                        nstart: ns,
                        nend: ne,
                    });
                }
            }
        }
        hits.sort_by_key(|h| (h.nstart, std::cmp::Reverse(h.nend)));
        Scanned {
            text,
            norm,
            starts,
            ends,
            hits,
            zh_names: std::cell::OnceCell::new(),
            folded: std::cell::OnceCell::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watchlist::Watchlist;

    fn watch() -> Watchlist {
        Watchlist::parse(
            "[[unit]]\nname = \"Harbor Point Naval Shipyard\"\naliases = [\"Harbor Point\", \"HPNS\"]\n\
             [[unit]]\nname = \"江城测绘院\"\naliases = [\"测绘院\"]\n",
        )
        .unwrap()
    }

    #[test]
    fn traditional_chinese_matches_the_simplified_lexicon() {
        let m = Matcher::new(&watch());
        let text = "下週要做政審，今晚在營區值班";
        let s = m.scan(text);
        let clearance = s.of(Class::Clearance).next().expect("政審 is 政审");
        assert_eq!(&text[clearance.start..clearance.end], "政審");
        assert!(s.has(Class::Shift));
        // A watchlist unit in Simplified matches its Traditional spelling.
        assert!(
            m.scan("江城測繪院年會")
                .hits
                .iter()
                .any(|h| h.kind == TermKind::Unit(1))
        );
        assert_eq!(simplify("abc"), "abc");
        // Written Cantonese: "我哋隊" reads as "我们队", "喺" as "在".
        assert_eq!(simplify("我哋隊喺北閘嘅飯堂"), "我们队在北闸的饭堂");
    }

    #[test]
    fn normalises_case_width_and_punctuation() {
        for (text, want) in [
            ("Ｈａｒｂｏｒ—POINT’s  Yard!", "harbor point yard"),
            ("Our unit's 25th, it's", "our unit 25th it"),
            ("I'm here, that's", "im here that"),
            ("Café, I’m here", "cafe im here"),
            ("江城测绘院，你好", "江城测绘院 你好"),
            ("!! ?", ""),
        ] {
            let (norm, starts, ends) = normalize(text);
            assert_eq!(norm, want);
            assert_eq!(normalized(text), want);
            assert_eq!((starts.len(), ends.len()), (norm.len(), norm.len()));
        }
        // One offset per byte written, none for the trailing separators dropped.
        let (norm, starts, ends) = normalize("Hi, Café！ ");
        assert_eq!(norm, "hi cafe");
        assert_eq!(starts, [0, 1, 2, 4, 5, 6, 7]);
        assert_eq!(ends, [1, 2, 3, 5, 6, 7, 9]);
    }

    #[test]
    fn latin_terms_need_whole_words_chinese_do_not() {
        let m = Matcher::new(&watch());
        let s = m.scan("Big day at HPNS! #HPNS");
        assert_eq!(
            s.hits
                .iter()
                .filter(|h| h.kind == TermKind::Unit(0))
                .count(),
            2
        );
        let s = m.scan("The HPNSX project and xHPNS");
        assert!(!s.hits.iter().any(|h| h.kind == TermKind::Unit(0)));
        let s = m.scan("正式成为江城测绘院的一员啦");
        let h: Vec<_> = s
            .hits
            .iter()
            .filter(|h| h.kind == TermKind::Unit(1))
            .collect();
        assert_eq!(h.len(), 2, "full name and the alias inside it");
        assert_eq!(s.original(h[0]), "江城测绘院");
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let m = Matcher::new(&watch());
        let text = "Ｆirst week at HARBOR-POINT naval shipyard.";
        let s = m.scan(text);
        let h = s.hits.iter().find(|h| h.kind == TermKind::Unit(0)).unwrap();
        assert_eq!(&text[h.start..h.end], "HARBOR-POINT naval shipyard");
    }

    #[test]
    fn prefix_terms_match_word_starts() {
        let m = Matcher::new(&Watchlist::default());
        let s = m.scan("Inspected the welds");
        assert!(s.of(Class::Duty).any(|h| s.original(h) == "Inspect"));
    }
}
