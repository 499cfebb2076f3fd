//! Which trades a term belongs to: the lookup behind trade inference (see [`super::trades`]).

use super::trades::TRADES;

/// The index of every trade a term belongs to, by its normalised text; prefix terms (`…*`)
/// are kept apart and matched by prefix.
struct Index {
    /// Per term, its trades and whether it is specific there (a title or jargon).
    exact: std::collections::HashMap<String, Vec<(u16, bool)>>,
    prefixes: Vec<(String, u16, bool)>,
}

fn index() -> &'static Index {
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut exact: std::collections::HashMap<String, Vec<(u16, bool)>> = Default::default();
        let mut prefixes = Vec::new();
        for (i, t) in TRADES.iter().enumerate() {
            if super::trades::unknown(t.name) {
                continue;
            }
            let terms = t
                .titles
                .iter()
                .chain(t.jargon)
                .map(|w| (w, true))
                .chain(t.words.iter().map(|w| (w, false)));
            for (term, specific) in terms {
                let (prefix, term) = match term.strip_suffix('*') {
                    Some(t) => (true, t),
                    None => (false, *term),
                };
                let norm = crate::analyze::matcher::normalized(term);
                if prefix {
                    prefixes.push((norm, i as u16, specific));
                } else {
                    let e = exact.entry(norm).or_default();
                    match e.iter_mut().find(|(t, _)| *t == i as u16) {
                        Some(entry) => entry.1 |= specific,
                        None => e.push((i as u16, specific)),
                    }
                }
            }
        }
        Index { exact, prefixes }
    })
}

/// The trades a matched term (any text; it is normalised here) belongs to.
pub fn of(term: &str) -> Vec<usize> {
    lookup(term, false)
}

/// The trades a term is specific to (one of their titles or jargon): what a trade is
/// inferred from.
pub fn of_specific(term: &str) -> Vec<usize> {
    lookup(term, true)
}

fn lookup(term: &str, specific_only: bool) -> Vec<usize> {
    // Most terms are one plain word: lower-cased here without the full normalisation.
    // (Already lower case, as a term cut from a normalised text is, it is used as it is.)
    let norm: std::borrow::Cow<'_, str> = if !term.bytes().all(|b| b.is_ascii_alphanumeric()) {
        crate::analyze::matcher::normalized(term).into()
    } else if term.bytes().any(|b| b.is_ascii_uppercase()) {
        term.to_ascii_lowercase().into()
    } else {
        term.into()
    };
    let ix = index();
    let mut out: Vec<usize> = ix
        .exact
        .get(norm.as_ref())
        .map(|v| {
            v.iter()
                .filter(|(_, s)| *s || !specific_only)
                .map(|&(i, _)| i as usize)
                .collect()
        })
        .unwrap_or_default();
    for (p, i, s) in &ix.prefixes {
        if (*s || !specific_only) && norm.starts_with(p.as_str()) && !out.contains(&(*i as usize)) {
            out.push(*i as usize);
        }
    }
    out
}

/// The trades whose titles, jargon or words a text (a watchlist role, a profile job title)
/// contains, most terms first.
pub fn in_text(text: &str) -> Vec<usize> {
    let norm = format!(" {} ", crate::analyze::matcher::normalized(text));
    let mut counts = vec![0usize; TRADES.len()];
    let ix = index();
    for (term, trades) in &ix.exact {
        let cjk = term.chars().any(crate::analyze::matcher::is_cjk);
        let found = if cjk {
            norm.contains(term.as_str())
        } else {
            norm.contains(&format!(" {term} "))
        };
        if found {
            for &(t, _) in trades {
                counts[t as usize] += 1;
            }
        }
    }
    let mut out: Vec<usize> = (0..TRADES.len()).filter(|&t| counts[t] > 0).collect();
    out.sort_by_key(|&t| std::cmp::Reverse(counts[t]));
    out
}
