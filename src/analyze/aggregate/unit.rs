//! Unit discovery: which organisation the posts keep pointing at.
//!
//! Candidates come from employment statements, organisation names, the profile's work
//! history and the watchlist. Names are merged with their short forms ("Harbor Point"),
//! acronyms ("HPNS") and Chinese short forms ("测绘院" of "江城测绘院", "七所" of "第七研究所"),
//! ranked by how many posts and cues support them, and the best-supported become `unit`
//! findings citing every post that refers to them: by name, alias, acronym, hashtag, "the
//! shipyard", or "our institute".

use super::{Breaking, finding, posts, quotes};
use crate::analyze::matcher::{is_cjk, normalized};
use crate::analyze::orgs;
use crate::analyze::{Category, Finding, Options, Severity, Signal, Strength};
use crate::model::Dataset;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What unit discovery found.
pub struct Units {
    pub findings: Vec<(Finding, Breaking)>,
    pub extra: Vec<(usize, Signal)>,
}

#[derive(Debug, Clone, Default)]
struct Candidate {
    /// The display name: the longest well-supported form.
    name: String,
    forms: Vec<String>,
    score: f64,
    statements: usize,
    watched: bool,
    profile: bool,
}

fn key(name: &str) -> String {
    canon(&normalized(name))
}

/// Normalised text with organisation words in one spelling: "lab" and "laboratory", "centre"
/// and "center", "dept" and "department" are the same word to a reader.
fn canon(norm: &str) -> String {
    norm.split(' ')
        .map(|w| match w {
            "lab" => "laboratory",
            "labs" => "laboratories",
            "centre" | "ctr" => "center",
            "dept" => "department",
            "corp" => "corporation",
            "inst" => "institute",
            "univ" => "university",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `short` is another way of writing `long`: a word prefix, the acronym, or (Chinese)
/// a suffix of three or more characters.
fn is_form_of(short: &str, long: &str) -> bool {
    let (ks, kl) = (key(short), key(long));
    if ks == kl {
        return true;
    }
    if ks.is_empty() || kl.len() <= ks.len() {
        return false;
    }
    if long.chars().any(is_cjk) {
        return kl.ends_with(&ks) && ks.chars().count() >= 3
            || orgs::short_forms(long).iter().any(|f| key(f) == ks);
    }
    let forms = orgs::short_forms(long);
    forms.iter().any(|f| key(f) == ks)
        || orgs::acronym(long).is_some_and(|a| a.eq_ignore_ascii_case(short.trim()))
        || place_acronym(short, long)
        || word_subsequence(&ks, &kl)
        || mixed_forms(long).iter().any(|f| key(f) == ks)
        || run_acronym(short, long)
        || nickname_of(short, long)
        || numbered_form(short, long)
}

/// "47 SIG" of "47th Signal Battalion", "3 SIR" of "3rd Singapore Infantry Regiment": the
/// unit's number with a word in capitals that starts its first word (three letters or more)
/// or spells the initials of the words after the number.
fn numbered_form(short: &str, long: &str) -> bool {
    let Some((num, abbr)) = short.trim().split_once(' ') else {
        return false;
    };
    if num.is_empty()
        || !num.bytes().all(|b| b.is_ascii_digit())
        || !orgs::is_unit_abbreviation(abbr)
    {
        return false;
    }
    let mut words = long.split_whitespace().map(|w| w.trim_end_matches(','));
    if words.next().and_then(leading_number) != Some(num) {
        return false;
    }
    let rest: Vec<&str> = words
        .filter(|w| !matches!(w.to_ascii_lowercase().as_str(), "of" | "the" | "and" | "&"))
        .collect();
    let lower = abbr.to_ascii_lowercase();
    let initials: String = rest
        .iter()
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_ascii_lowercase();
    rest.first()
        .is_some_and(|w| lower.len() >= 3 && w.to_ascii_lowercase().starts_with(&lower))
        || initials == lower
}

/// "來鷺鷥岬兩年了", "到鹭湖三个月": years or months since coming to the place the unit is named
/// after, which is how people say how long they have worked there.
fn tenure_at(text: &str, head: &str) -> bool {
    if !head.chars().any(is_cjk) {
        return false;
    }
    let folded = crate::analyze::matcher::simplify(text);
    folded.match_indices(head).any(|(at, _)| {
        // "调来" and "调到" end in 来 and 到.
        let came = folded[..at].ends_with(['来', '到']);
        let rest: String = folded[at + head.len()..].chars().take(8).collect();
        came && ["年了", "个月了", "年多", "周年", "个月"]
            .iter()
            .any(|t| rest.contains(t))
    })
}

/// Whether an own-unit reference ("我們站", "站里", "oor station", "our batt") is to a unit
/// of kind `kind` (the candidate's [`orgs::type_word`]).
fn own_kind(reference: &str, kind: Option<&str>) -> bool {
    let Some(kind) = kind else { return false };
    // "站里": the station as a place; "我哋隊" is "我们队".
    let w = crate::analyze::matcher::simplify(reference).to_lowercase();
    let w = w.trim_end_matches('里');
    if w.ends_with(kind) {
        return true;
    }
    let last = w.rsplit([' ', '们']).next().unwrap_or("");
    let kind = canon(kind);
    let last = match last {
        "bn" | "batt" => "battalion",
        "sqn" => "squadron",
        "coy" => "company",
        "regt" => "regiment",
        l => l,
    };
    canon(last) == kind
}

/// The number of a numbered unit's first word: "47" of "47th" or "47"; `None` for any other
/// word.
fn leading_number(word: &str) -> Option<&str> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal = &word[digits.len()..];
    (!digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            ordinal.to_ascii_lowercase().as_str(),
            "" | "st" | "nd" | "rd" | "th"
        ))
    .then_some(digits)
}

/// The number of a unit's ordinal ("658" of "658th"), of two or three digits and above 31:
/// "the 25th" is a day of the month, "the 658th" a unit, as "the 101st" is.
fn unit_ordinal(word: &str) -> Option<&str> {
    leading_number(word)
        .filter(|d| d.len() < word.len() && (2..=3).contains(&d.len()))
        .filter(|d| d.parse::<u32>().is_ok_and(|n| n > 31))
}

/// The forms of a numbered unit's name (two or three digits): its number said digit by digit,
/// as people in it do ("four-seven" for 47), the number with its first word's first letters
/// ("47 SIG" of 47th Signal Battalion), and the ordinal with "the" ("the 658th" of 658th
/// Cyber Protection Team, as "the 101st" is said), unless it could be a day of the month
/// ("on the 25th").
fn number_forms(name: &str) -> Vec<String> {
    const DIGITS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let Some(digits) = name
        .split_whitespace()
        .next()
        .and_then(leading_number)
        .filter(|d| (2..=3).contains(&d.len()))
    else {
        return Vec::new();
    };
    let said: Vec<&str> = digits
        .bytes()
        .map(|b| DIGITS[usize::from(b - b'0')])
        .collect();
    let mut out = vec![said.join("-"), said.join(" ")];
    let first = name.split_whitespace().next().unwrap_or("");
    if unit_ordinal(first).is_some() {
        out.push(format!("the {}", first.to_lowercase()));
    }
    if let Some(w) = name.split_whitespace().nth(1).filter(|w| {
        w.len() >= 4 && w.chars().all(|c| c.is_ascii_alphabetic()) && !orgs::is_org_type(w)
    }) {
        out.push(format!("{digits} {}", w[..3].to_ascii_uppercase()));
    }
    out
}

/// "The Brae" of "RAF Auchterbrae", "the Rigg" of "Brackenrigg": a clipped end or start of the
/// unit's place word, written with a capital after "the" in the posts.
fn clipped_nicknames(
    data: &Dataset,
    keep: &dyn Fn(usize) -> bool,
    forms: &[String],
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, p) in data.posts.iter().enumerate() {
        if !keep(i) || !(p.text.contains("the ") || p.text.contains("The ")) {
            continue;
        }
        for (at, _) in p
            .text
            .match_indices("the ")
            .chain(p.text.match_indices("The "))
        {
            let after = &p.text[at + 4..];
            let word = &after[..after
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(after.len())];
            if word.len() >= 4
                && word.starts_with(|c: char| c.is_uppercase())
                && word.chars().skip(1).all(char::is_lowercase)
                && !out.iter().any(|o| &o[4..] == word)
                && forms
                    .iter()
                    .any(|f| !f.chars().any(is_cjk) && clipped_of(word, f))
            {
                out.push(format!("the {word}"));
            }
        }
    }
    out
}

/// Whether `word` is the clipped end or start of a place word of `name` (three letters or
/// more cut off): "Brae" of "Auchterbrae", "Rigg" of "Brackenrigg".
fn clipped_of(word: &str, name: &str) -> bool {
    let lower = word.to_lowercase();
    // "the Dockyard" is the kind, handled with the name's other forms.
    !orgs::is_org_type(&lower)
        && name.split_whitespace().any(|w| {
            let w = w.to_lowercase();
            !orgs::is_org_type(&w)
                && w.chars().all(char::is_alphabetic)
                && w.len() >= lower.len() + 3
                && (w.ends_with(&lower) || w.starts_with(&lower))
        })
}

/// Whether a clipped nickname ("the brae") is written with its capital in the text: "the
/// Brae", "The Brae's" (a Scots brae is a hillside).
fn nickname_named(text: &str, nickname: &str) -> bool {
    named_with_capital(text, &nickname[4..], true)
}

/// Whether `text` writes "the Word" with the word's capital and nothing alphanumeric after it;
/// with `sentence_start`, "The Word" too.
fn named_with_capital(text: &str, word: &str, sentence_start: bool) -> bool {
    let mut cap = String::new();
    let mut chars = word.chars();
    if let Some(c) = chars.next() {
        cap.extend(c.to_uppercase());
        cap.push_str(chars.as_str());
    }
    let articles: &[&str] = if sentence_start {
        &["the ", "The "]
    } else {
        &["the "]
    };
    articles.iter().any(|t| {
        let written = format!("{t}{cap}");
        text.match_indices(&written)
            .any(|(a, _)| !text[a + written.len()..].starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// "the Flats" of "Corbin Flats Army Airfield", "the Rigg" of "Joint Signals Unit
/// Brackenrigg": one capitalised word, said as a name of its own, that is the place word just
/// before the organisation words or the place after them, or the clipped end or start of a
/// word of the name (four letters or more). "Harbor" alone is not "Harbor Point Naval
/// Shipyard".
fn nickname_of(short: &str, long: &str) -> bool {
    let short = short.trim();
    let short = short
        .strip_prefix("the ")
        .or_else(|| short.strip_prefix("The "))
        .unwrap_or(short);
    let is_type = orgs::is_org_type;
    if short.len() < 4
        || !short.chars().all(char::is_alphabetic)
        || !short.starts_with(|c: char| c.is_uppercase())
        || is_type(short)
    {
        return false;
    }
    let words: Vec<&str> = long
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // The name's own words end where its kind begins: "Army Airfield", "Naval Shipyard", an
    // acronym ("JSU Brackenrigg").
    let kind = |w: &str| {
        is_type(w)
            || QUALIFIERS.contains(&w.to_lowercase().as_str())
            || w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let first_type = words.iter().position(|w| kind(w)).unwrap_or(words.len());
    let mut named: Vec<&str> = Vec::new();
    if first_type > 0 && first_type < words.len() {
        named.push(words[first_type - 1]);
    }
    if first_type < words.len()
        && let Some(last) = words.last().filter(|w| !kind(w))
    {
        named.push(last);
    }
    let lower = short.to_lowercase();
    named.iter().any(|w| w.eq_ignore_ascii_case(short))
        || words.iter().any(|w| {
            let w = w.to_lowercase();
            !is_type(&w)
                && w.len() >= lower.len() + 3
                && (w.ends_with(&lower) || w.starts_with(&lower))
        })
}

/// Chinese abbreviations of a name written in two posts or more: the name's first character
/// and one to three more of its characters in order, not a piece of the name as it stands
/// ("岚调" of 岚江省电力调度控制中心, "鲸湾声保" of 海军鲸湾声纳保修中队). Every post is read in
/// its folded form (Simplified).
fn zh_abbreviations(
    name: &str,
    data: &Dataset,
    norms: &[String],
    keep: &dyn Fn(usize) -> bool,
) -> Vec<String> {
    let folded = without_service(name);
    let n: Vec<char> = folded.chars().collect();
    let Some(&first) = n.first() else {
        return Vec::new();
    };
    if n.len() < 5 {
        return Vec::new();
    }
    let subsequence = |t: &[char]| {
        let mut rest = n[1..].iter();
        t[1..].iter().all(|c| rest.any(|x| x == c))
    };
    let mut seen: HashMap<String, HashSet<usize>> = HashMap::new();
    for i in (0..data.posts.len()).filter(|&i| keep(i)) {
        let text = &data.posts[i].text;
        if !text.bytes().any(|b| b >= 0xE3) {
            continue;
        }
        let norm = super::norm_of(norms, i, text);
        if !norm.contains(first) {
            continue;
        }
        let chars: Vec<char> = norm.chars().collect();
        for k in (0..chars.len()).filter(|&k| chars[k] == first) {
            // The longest abbreviation at this point.
            let best = (2..=4)
                .rev()
                .filter(|len| k + len <= chars.len())
                .map(|len| &chars[k..k + len])
                .find(|t| {
                    t.iter().all(|c| is_cjk(*c))
                        && subsequence(t)
                        && !folded.contains(&t.iter().collect::<String>())
                });
            if let Some(t) = best {
                seen.entry(t.iter().collect()).or_default().insert(i);
            }
        }
    }
    let mut out: Vec<String> = seen
        .into_iter()
        .filter(|(_, posts)| posts.len() >= 2)
        .map(|(t, _)| t)
        .collect();
    out.sort();
    out
}

/// Words that say what kind of organisation a name is, before its type word: "Army" Airfield,
/// "Naval" Shipyard, "Joint Signals" Unit.
const QUALIFIERS: &[&str] = &[
    "army",
    "naval",
    "navy",
    "air",
    "force",
    "military",
    "federal",
    "national",
    "joint",
    "royal",
    "nuclear",
    "signals",
    "marine",
    "defence",
    "defense",
    "coast",
    "guard",
    "state",
    "regional",
    "research",
    "ammunition",
    "munitions",
    "forensic",
    "immigration",
    "correctional",
    "weapons",
    "guided",
    "telemetry",
    "cable",
    "landing",
    "generating",
    "fuel",
];

/// The place after the organisation words, said alone: "Brackenrigg" of "Joint Signals Unit
/// Brackenrigg", "Sinagtala" of "Coast Guard Station Sinagtala".
fn place_tail(name: &str) -> Option<String> {
    if name.chars().any(is_cjk) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_type = orgs::is_org_type;
    // An acronym stands for the organisation words: "JSU Brackenrigg", "RAF Auchterbrae",
    // "Makmal Forensik PDRM Sungai Kelambu".
    let last_type = words.iter().rposition(|w| {
        is_type(w)
            || orgs::is_type_first(w)
            || w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    })?;
    let tail = &words[last_type + 1..];
    let last = *tail.last()?;
    // One word of four letters or more, or a place of two ("Sungai Kelambu").
    let placeish = |w: &&str| {
        w.chars().all(char::is_alphabetic)
            && w.starts_with(|c: char| c.is_uppercase())
            && !is_type(w)
    };
    (tail.len() == 1 && last.len() >= 4 && placeish(&last)
        || tail.len() == 2 && tail.iter().all(placeish) && tail.iter().all(|w| w.len() >= 3))
    .then(|| tail.join(" "))
}

/// "Kowari GWF" of "Kowari Guided Weapons Facility": the first words as written and the rest
/// as its initials.
fn mixed_forms(long: &str) -> Vec<String> {
    let words: Vec<&str> = long.split_whitespace().collect();
    (1..words.len().saturating_sub(1))
        .filter_map(|k| {
            let rest = words[k..].join(" ");
            orgs::acronym(&rest).map(|a| format!("{} {a}", words[..k].join(" ")))
        })
        .collect()
}

/// "GW" of "Kowari Guided Weapons Facility": a word in capitals that spells the initials of
/// two or more consecutive capitalised words of the name.
fn run_acronym(short: &str, long: &str) -> bool {
    let short = short.trim();
    if short.len() < 2 || !short.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let initials: Vec<u8> = long.split_whitespace().map(|w| w.as_bytes()[0]).collect();
    initials.len() > short.len() && initials.windows(short.len()).any(|w| w == short.as_bytes())
}

/// "MPRTC" for "Range Telemetry Centre": an acronym with one to three letters of a place
/// before the name's own (Munno Para + RTC).
fn place_acronym(short: &str, long: &str) -> bool {
    let short = short.trim().trim_start_matches('#');
    let caps = short.len() >= 4 && short.chars().all(|c| c.is_ascii_uppercase());
    caps && orgs::acronym(long)
        .is_some_and(|a| short.ends_with(&a) && (1..=3).contains(&(short.len() - a.len())))
}

/// "wessex approach" in "wessex terminal approach control": two or more words, in order, the
/// first word the same.
fn word_subsequence(short: &str, long: &str) -> bool {
    let s: Vec<&str> = short.split(' ').collect();
    let l: Vec<&str> = long.split(' ').collect();
    if s.len() < 2 || s.len() >= l.len() || s[0] != l[0] {
        return false;
    }
    let mut it = l.iter();
    s.iter().all(|w| it.any(|x| x == w))
}

/// Discover units and build their findings.
pub fn discover(
    data: &Dataset,
    signals: &[Vec<Signal>],
    profile: &[(String, Signal)],
    opts: &Options,
    keep: &dyn Fn(usize) -> bool,
    norms: &[String],
    clues: Clues<'_>,
) -> Units {
    let Clues { office, acronyms } = clues;
    let mut cands: Vec<Candidate> = Vec::new();
    let mut add = |name: &str, score: f64, statement: bool, watched: bool, from_profile: bool| {
        let name = name
            .trim()
            .trim_start_matches("the ")
            .trim_start_matches("The ")
            .trim();
        // "PAU's hiring": the unit is PAU.
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(name);
        if name.is_empty() || name.starts_with("the ") || key(name).len() < 2 {
            return;
        }
        let pos = cands
            .iter()
            .position(|c| c.forms.iter().any(|f| key(f) == key(name)));
        let c = match pos {
            Some(i) => &mut cands[i],
            None => {
                cands.push(Candidate {
                    name: name.to_string(),
                    forms: vec![name.to_string()],
                    ..Candidate::default()
                });
                let last = cands.len() - 1;
                &mut cands[last]
            }
        };
        c.score += score;
        c.statements += usize::from(statement);
        c.watched |= watched;
        c.profile |= from_profile;
    };
    for u in &opts.watchlist.unit {
        add(&u.name, 100.0, false, true, false);
    }
    for (_, s) in profile.iter().filter(|(label, s)| {
        s.category == Category::Unit && label != crate::analyze::detectors::PAST_EMPLOYER
    }) {
        if let Some(subj) = &s.subject {
            add(subj, 3.0, true, false, true);
        }
    }
    for (i, sigs) in signals.iter().enumerate() {
        if !keep(i) {
            continue;
        }
        // "收到泉州…保障站的录用通知，下个月报到": a job word with an organisation's name in
        // the same post states the job there, though the words are apart.
        let job_talk = sigs.iter().any(|s| {
            s.detector == "employment-statement"
                && s.strength == Strength::Weak
                && !s.reason.ends_with(crate::analyze::detector::NOT_OWN)
        });
        for s in sigs {
            let Some(subj) = &s.subject else { continue };
            match (s.detector, s.strength) {
                ("employment-statement", Strength::Strong) => add(subj, 3.0, true, false, false),
                ("organisation-name", _) if job_talk => add(subj, 2.0, true, false, false),
                // "我们云峰站": a name the writer calls theirs.
                ("organisation-name", _) if called_ours(&data.posts[i].text, subj) => {
                    add(subj, 3.0, true, false, false)
                }
                ("organisation-name", _) => add(subj, 1.0, false, false, false),
                _ => {}
            }
        }
    }
    // "#JCDS", "我们 KDJS": an acronym the person tags or calls theirs, again and again in
    // posts about work, is their unit even where its name is never spelled out.
    for (acronym, posts) in work_acronyms(acronyms, keep) {
        add(&acronym, posts as f64 * 0.75, false, false, false);
    }
    // Checking in again and again at an organisation where the person is in working hours
    // ("Coast Guard Station Sinagtala") says they work there.
    let mut at_office: BTreeMap<String, usize> = BTreeMap::new();
    for &i in office.iter().filter(|&&i| keep(i)) {
        let Some(place) = data.posts[i].place.as_deref() else {
            continue;
        };
        let mut names: Vec<String> = orgs::typed_names_en(place)
            .into_iter()
            .chain(orgs::names_zh(place))
            .map(|n| n.name)
            .collect();
        names.dedup();
        for n in names {
            *at_office.entry(n).or_insert(0) += 1;
        }
    }
    for (name, n) in at_office {
        if n >= 2 {
            add(&name, 3.0, true, false, false);
        }
    }
    // Merge short forms into the longer names they abbreviate.
    cands.sort_by_key(|c| std::cmp::Reverse(key(&c.name).len()));
    let mut merged: Vec<Candidate> = Vec::new();
    for c in cands {
        match merged.iter_mut().find(|m| {
            is_form_of(&c.name, &m.name) || m.forms.iter().any(|f| is_form_of(&c.name, f))
        }) {
            Some(m) => {
                m.score += c.score;
                m.statements += c.statements;
                m.watched |= c.watched;
                m.profile |= c.profile;
                m.forms.extend(c.forms);
            }
            None => merged.push(c),
        }
    }
    // "807 AES" and "807 SQN": acronyms written after the same unit number, again and again,
    // are one unit's.
    let numbers = acronym_numbers(acronyms, keep);
    let number_of = |m: &Candidate| {
        m.forms
            .iter()
            .find_map(|f| numbers.get(f.as_str()).copied())
    };
    let mut k = 0;
    while k < merged.len() {
        if let Some(n) = number_of(&merged[k]) {
            let mut j = k + 1;
            while j < merged.len() {
                if number_of(&merged[j]) != Some(n) {
                    j += 1;
                    continue;
                }
                let other = merged.remove(j);
                let m = &mut merged[k];
                if other.score > m.score {
                    m.name = other.name.clone();
                }
                m.score += other.score;
                m.statements += other.statements;
                m.watched |= other.watched;
                m.profile |= other.profile;
                m.forms.extend(other.forms);
            }
        }
        k += 1;
    }
    // Chinese abbreviations the posts use: "岚调" of "岚江省电力调度控制中心".
    for m in merged
        .iter_mut()
        .filter(|m| m.name.chars().any(is_cjk))
        .take(3)
    {
        let found = zh_abbreviations(&m.name, data, norms, keep);
        m.forms.extend(found);
    }
    // "CMDC Nilgaon" goes by "CMDC" too: an acronym that opens a name, with the place after it.
    for m in merged.iter_mut().take(3) {
        let mut words = m.name.split_whitespace();
        if let (Some(first), Some(_)) = (words.next(), words.next())
            && crate::analyze::orgs::acronym_shaped(first)
        {
            let first = first.to_string();
            if !m.forms.contains(&first) {
                m.forms.push(first);
            }
        }
    }
    // Watched units keep their watchlist name and aliases.
    for m in &mut merged {
        if let Some(u) = opts
            .watchlist
            .unit
            .iter()
            .find(|u| m.forms.iter().any(|f| key(f) == key(&u.name)))
        {
            m.name = u.name.clone();
            m.forms.extend(u.aliases.iter().cloned());
        }
    }

    let mut out = Units {
        findings: Vec::new(),
        extra: Vec::new(),
    };
    let mut claimed: HashSet<usize> = HashSet::new();
    merged.sort_by(|a, b| b.score.total_cmp(&a.score));
    // Every post's text in matching form, once for all candidates.
    let norms: Vec<String> = if merged.is_empty() {
        Vec::new()
    } else {
        let ids: Vec<usize> = (0..data.posts.len()).collect();
        crate::par::map(&ids, |&i| {
            let text = &data.posts[i].text;
            post_norm(text, &super::norm_of(norms, i, text))
        })
    };
    // Words in capitals, counted once over all posts: "KPNGS" extends the acronym KP of
    // "Kestrel Point" with the type's letters (Nuclear Generating Station).
    let caps: std::collections::HashMap<String, usize> = if merged.is_empty() {
        Default::default()
    } else {
        let mut m = std::collections::HashMap::new();
        for (i, p) in data.posts.iter().enumerate() {
            if !keep(i) {
                continue;
            }
            let mut seen: Vec<&str> = p
                .text
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| (4..=7).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()))
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for w in seen {
                *m.entry(w.to_string()).or_insert(0) += 1;
            }
        }
        m
    };
    for c in merged.into_iter().take(3) {
        let mut variants = variants(&c);
        let nicknames = clipped_nicknames(data, keep, &c.forms);
        variants.extend(nicknames.iter().cloned());
        // The initials of each form of two words or more ("KP" of "Kestrel Point").
        let initials = c.forms.iter().filter_map(|f| {
            let words: Vec<&str> = f.split_whitespace().collect();
            (words.len() >= 2
                && words
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase())))
            .then(|| {
                words
                    .iter()
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
            })
        });
        for a in initials {
            variants.extend(
                caps.iter()
                    .filter(|(w, n)| {
                        **n >= 2
                            && a.len() >= 2
                            && w.starts_with(a.as_str())
                            && (1..=3).contains(&(w.len() - a.len()))
                    })
                    .map(|(w, _)| w.clone()),
            );
        }
        variants.sort();
        variants.dedup();
        variants.sort_by_key(|v| std::cmp::Reverse(v.len()));
        let find_direct = |variants: &Variants, acronyms: &[String]| -> BTreeMap<usize, String> {
            let mut direct: BTreeMap<usize, String> = BTreeMap::new();
            for (i, p) in data.posts.iter().enumerate() {
                if !keep(i) {
                    continue;
                }
                if let Some(v) = tagged_acronym(&p.text, acronyms) {
                    direct.insert(i, v);
                } else if let Some(v) = variants.find(&p.text, &norms[i]) {
                    // "The Dockyard" in capitals is a show's or a book's title, not the yard.
                    let nickname = nicknames.iter().any(|n| key(n) == key(&v));
                    if nickname {
                        if nickname_named(&p.text, &v) {
                            direct.insert(i, v);
                        }
                    } else if (!v.starts_with("the ") || !titled(&p.text, &v))
                        && (v != "the yard" || yard_named(&p.text))
                    {
                        direct.insert(i, v);
                    }
                } else if let Some(v) = p.place.as_deref().and_then(|place| {
                    // A check-in at the unit names it as much as the text would.
                    variants.find(place, &post_norm(place, &normalized(place)))
                }) {
                    direct.insert(i, v);
                }
            }
            direct
        };
        let acronyms = |variants: &[String]| -> Vec<String> {
            variants
                .iter()
                .filter(|v| v.len() >= 3 && v.bytes().all(|b| b.is_ascii_uppercase()))
                .cloned()
                .collect()
        };
        let mut direct = find_direct(&Variants::new(&variants), &acronyms(&variants));
        // "今日正式加入港灣空中支援隊 #HASU": an acronym tagged beside the unit's name is its
        // tag, wherever else it is used.
        let tags = unit_tags(data, &direct);
        if !tags.is_empty() {
            variants.extend(tags);
            direct = find_direct(&Variants::new(&variants), &acronyms(&variants));
        }
        // "Harbour Air Support Unit 籃球隊贏咗" where the unit's acronym is HASU: the name it
        // stands for is the unit, in whichever language the rest of the posts use.
        let spelled = spelled_out(data, keep, &acronyms(&variants), &variants);
        if !spelled.is_empty() {
            variants.extend(spelled);
            direct = find_direct(&Variants::new(&variants), &acronyms(&variants));
        }
        // "first time running control on Delta": the watched "Delta Wing" by its own word,
        // said as a place of work in a post about the work.
        let heads = if c.watched {
            sub_unit_heads(&c.forms)
        } else {
            Vec::new()
        };
        if !heads.is_empty() {
            for (i, p) in data.posts.iter().enumerate() {
                if !keep(i) || direct.contains_key(&i) {
                    continue;
                }
                let work = signals[i].iter().any(|s| {
                    s.category == Category::Role
                        && !s.reason.ends_with(crate::analyze::detector::NOT_OWN)
                });
                if let Some(h) = heads.iter().find(|h| work && worked_on(&p.text, h)) {
                    direct.insert(i, h.clone());
                }
            }
        }
        let work_posts = direct
            .keys()
            .filter(|&&i| {
                signals[i]
                    .iter()
                    .any(|s| s.category == Category::Role || s.detector == "own-unit-reference")
            })
            .count();
        let work_talk = work_posts > 0;
        // "我們站", "oor station", "our batt": the writer's own unit of the candidate's kind,
        // in posts that do not name it.
        let type_word = orgs::type_word(&c.name);
        let own_of_kind = (0..data.posts.len())
            .filter(|&i| keep(i) && !direct.contains_key(&i))
            .filter(|&i| {
                signals[i].iter().any(|s| {
                    s.detector == "own-unit-reference"
                        && !s.reason.ends_with(crate::analyze::detector::NOT_OWN)
                        && s.subject
                            .as_deref()
                            .is_some_and(|w| own_kind(w, type_word.as_deref()))
                })
            })
            .count();
        let supported = c.watched && !direct.is_empty()
            || c.profile && (c.score >= 3.0)
            || c.statements >= 1 && !direct.is_empty()
            || direct.len() >= 3 && c.score >= 3.0 && work_talk
            // Named once in full and then, again and again, by its short form ("东屿消磁站",
            // then "东屿站年终总结", "#东屿站 线圈通电试验") in posts about the work.
            || direct.len() >= 5 && work_posts >= 3
            || own_of_kind >= 1 && !direct.is_empty() && direct.len() + own_of_kind >= 3;
        if !supported || direct.keys().all(|i| claimed.contains(i)) {
            continue;
        }
        // Indirect references: "our institute", 院里, "the shipyard" when the unit is one.
        let mut indirect: Vec<usize> = Vec::new();
        let mut by_place: Vec<(usize, String)> = Vec::new();
        let head = place_head(&c.name);
        let lone = lone_type(&c.name);
        for (i, sigs) in signals.iter().enumerate() {
            if !keep(i) || direct.contains_key(&i) {
                continue;
            }
            // "Six years in guided weapons at Kowari", "鹭湖今个月收押人数破晒纪录": the place
            // the unit is named after, in a post about work.
            if let Some(h) = &head {
                // "報到第一天，鷺鷥岬的海風": reporting for duty there is about work too.
                let work = sigs.iter().any(|s| {
                    !s.reason.ends_with(crate::analyze::detector::NOT_OWN)
                        && (s.category == Category::Role
                            || s.detector == "place-in-text"
                            || s.detector == "own-unit-reference"
                            || s.detector == "employment-statement")
                });
                if (work || tenure_at(&data.posts[i].text, h))
                    && names_place_alone(&data.posts[i].text, h)
                {
                    by_place.push((i, h.clone()));
                    continue;
                }
            }
            // "The depot", "sa station", "中心 fire drill": the unit's own kind of place, said
            // bare in a post about the person's work.
            if let Some(t) = &lone {
                // A Chinese kind starting a clause ("中心改成分舱分流，交班…") is rarer than
                // "the depot": any work word will do.
                let cjk = t.chars().any(is_cjk);
                let work = sigs.iter().any(|s| {
                    s.detector == "role-cues"
                        && (s.strength == Strength::Strong || cjk)
                        && !s.reason.ends_with(crate::analyze::detector::NOT_OWN)
                });
                if work && names_type_alone(&norms[i], t) {
                    indirect.push(i);
                    continue;
                }
            }
            // "Our institute" always; "our station" only when the unit is a station.
            let own = sigs.iter().any(|s| {
                s.detector == "own-unit-reference"
                    && (s.strength == Strength::Strong
                        || s.subject
                            .as_deref()
                            .is_some_and(|w| own_kind(w, type_word.as_deref())))
            });
            let generic = sigs.iter().any(|s| {
                s.detector == "employment-statement"
                    && s.subject
                        .as_deref()
                        .is_some_and(|g| type_word.as_deref().is_some_and(|t| g.ends_with(t)))
            });
            if own || generic {
                indirect.push(i);
            }
        }
        for (&i, v) in &direct {
            let already = signals[i]
                .iter()
                .any(|s| s.category == Category::Unit && s.strength == Strength::Strong);
            if !already {
                let span = find_span(&data.posts[i].text, v);
                let reason = match (&data.posts[i].place, span) {
                    (Some(place), None) => {
                        format!("checked in at '{place}', which is {}", c.name)
                    }
                    // As written in the post ("the shipyard"), where it can be found.
                    (_, Some((a, b))) => format!(
                        "names '{}', which refers to {}",
                        &data.posts[i].text[a..b],
                        c.name
                    ),
                    _ => format!("names '{v}', which refers to {}", c.name),
                };
                out.extra.push((
                    i,
                    Signal {
                        category: Category::Unit,
                        detector: "unit-reference",
                        reason,
                        span,
                        strength: Strength::Weak,
                        subject: Some(c.name.clone()),
                    },
                ));
            }
        }
        for (i, h) in &by_place {
            out.extra.push((
                *i,
                Signal {
                    category: Category::Unit,
                    detector: "unit-reference",
                    reason: format!(
                        "names '{h}' in a post about work: the place {} is named after",
                        c.name
                    ),
                    span: find_span(&data.posts[*i].text, h),
                    strength: Strength::Weak,
                    subject: Some(c.name.clone()),
                },
            ));
            indirect.push(*i);
        }
        for &i in &indirect {
            if by_place.iter().any(|(p, _)| *p == i) {
                continue;
            }
            out.extra.push((
                i,
                Signal {
                    category: Category::Unit,
                    detector: "unit-reference",
                    reason: format!(
                        "refers to their own unit, which other posts name as {}",
                        c.name
                    ),
                    span: None,
                    strength: Strength::Weak,
                    subject: Some(c.name.clone()),
                },
            ));
        }
        claimed.extend(direct.keys().copied());
        let direct_ids: Vec<usize> = direct.keys().copied().collect();
        let mut aliases: Vec<String> = direct
            .values()
            .filter(|v| key(v) != key(&c.name))
            .cloned()
            .collect();
        aliases.sort();
        aliases.dedup();
        let explanation = format!(
            "{} name {}{}{}{}. Named this way, the unit is the first thing an adversary learns.",
            posts(direct.len()),
            c.name,
            if aliases.is_empty() {
                String::new()
            } else {
                format!(
                    " (also as {})",
                    aliases
                        .iter()
                        .map(|a| format!("'{a}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
            if c.statements > 0 {
                format!(", {} saying you work there", posts(c.statements))
            } else {
                String::new()
            },
            if indirect.is_empty() {
                String::new()
            } else {
                format!(
                    "; {} more refer to it as their own unit",
                    posts(indirect.len())
                )
            },
        );
        let explanation = if direct.is_empty() {
            format!("Your profile names {} as your employer.", c.name)
        } else {
            format!(
                "{explanation} For example {}.",
                quotes(data, &direct_ids, 2)
            )
        };
        let mut evidence = direct_ids.clone();
        evidence.extend(&indirect);
        let severity = if direct.len() + indirect.len() >= 2 || c.watched || c.statements > 0 {
            Severity::High
        } else {
            Severity::Medium
        };
        out.findings.push((
            finding(
                Category::Unit,
                severity,
                &c.name,
                format!("Unit: {} ({})", c.name, posts(evidence.len())),
                Some(c.name.clone()),
                None,
                evidence,
                explanation,
            ),
            Breaking::all(direct_ids),
        ));
    }
    out
}

/// A Chinese name in Simplified characters without the armed service before its place:
/// "海军鲸湾声纳保修中队" is named after 鲸湾, not 海军.
fn without_service(name: &str) -> String {
    let folded = crate::analyze::matcher::simplify(name);
    [
        "中国人民解放军",
        "海军",
        "陆军",
        "空军",
        "火箭军",
        "武警",
        "国军",
    ]
    .iter()
    .find_map(|p| folded.strip_prefix(p))
    .unwrap_or(&folded)
    .to_string()
}

/// The first two characters of Chinese organisation names that are no place: "national",
/// "defence", "the army's" (in Simplified form).
const NOT_PLACE_HEADS: &[&str] = &[
    "国防", "国家", "中国", "中华", "中央", "国立", "军事", "人民", "联合", "国际", "海军", "空军",
    "陆军", "武警", "解放",
];

/// The place a unit is named after, when it stands out enough to be looked for alone: the
/// first word of an English name of three words or more ("Kowari" of "Kowari Guided Weapons
/// Facility"), the first two characters of a long Chinese name ("鹭湖" of "鹭湖入境事务中心").
fn place_head(name: &str) -> Option<String> {
    if name.chars().any(is_cjk) {
        let folded = without_service(name);
        let chars: Vec<char> = folded.chars().collect();
        let typed = orgs::ORG_TYPES_ZH.iter().any(|t| folded.ends_with(t));
        let head: String = chars.iter().take(2).collect();
        // "国防空气动力研究院": national defence, not a place; the news names it every day.
        let generic = NOT_PLACE_HEADS.contains(&crate::analyze::matcher::simplify(&head).as_ref());
        return (typed && !generic && chars.len() >= 6 && chars[..2].iter().all(|c| is_cjk(*c)))
            .then_some(head);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = *words.first()?;
    let typed = words.last().is_some_and(|t| orgs::is_org_type(t));
    (words.len() >= 3
        && typed
        && first.len() >= 4
        && first.chars().all(char::is_alphabetic)
        && first.starts_with(|c: char| c.is_uppercase())
        && !orgs::is_org_type(first))
    .then(|| first.to_string())
}

/// "#KPMDcrew", "#HPNSfamily": a hashtag made of the unit's acronym and a word in lower case.
fn tagged_acronym(text: &str, acronyms: &[String]) -> Option<String> {
    if acronyms.is_empty() || !text.contains('#') {
        return None;
    }
    hashtags(text).map(ascii_head).find_map(|tag| {
        acronyms.iter().find_map(|a| {
            let rest = tag.strip_prefix(a.as_str())?;
            ((2..=10).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_lowercase()))
                .then(|| format!("#{tag}"))
        })
    })
}

/// Hashtags in capitals ("#HASU", "#43SCE") in the posts that name the unit, used in at least
/// one other post too.
fn unit_tags(data: &Dataset, direct: &BTreeMap<usize, String>) -> Vec<String> {
    let tags_of = |text: &str| -> Vec<String> {
        hashtags(text)
            .map(ascii_head)
            .filter(|t| {
                (3..=8).contains(&t.len())
                    && t.bytes().any(|b| b.is_ascii_uppercase())
                    && t.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            })
            .map(str::to_string)
            .collect()
    };
    let mut tags: Vec<String> = direct
        .keys()
        .flat_map(|&i| tags_of(&data.posts[i].text))
        .collect();
    tags.sort();
    tags.dedup();
    tags.retain(|t| {
        let word = |text: &str| {
            text.match_indices(t.as_str()).any(|(a, _)| {
                let before = text[..a].chars().next_back();
                let after = text[a + t.len()..].chars().next();
                before.is_none_or(|c| !c.is_ascii_alphanumeric())
                    && after.is_none_or(|c| !c.is_ascii_alphanumeric())
            })
        };
        data.posts
            .iter()
            .enumerate()
            .any(|(i, p)| !direct.contains_key(&i) && word(&p.text))
    });
    tags
}

/// Acronyms used like a social-media tag, not like a unit: "#TBT", "#OOTD".
const TAG_ACRONYMS: &[&str] = &[
    "TBT", "OOTD", "BBQ", "DIY", "FOMO", "YOLO", "NYE", "LOL", "LMAO", "OMG", "GOAT", "MVP", "NFL",
    "NBA", "MLB", "NHL", "UFC", "WWE", "FIFA", "USA", "NYC", "ASAP", "FYI", "TGIF", "RIP", "IMO",
    "TIL", "AMA", "POV", "GRWM", "WFH",
];

/// The length of a unit's number (one to three digits) that `text` ends with, or 0: the "23"
/// of "at 23 ADMC" or "#23ADMC".
fn unit_number_before(text: &str) -> usize {
    let n = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&n) { n } else { 0 }
}

/// What the other aggregators found that unit discovery builds on.
#[derive(Clone, Copy)]
pub struct Clues<'a> {
    /// Posts at the office in working hours.
    pub office: &'a [usize],
    /// Acronyms and unit ordinals written in the posts ([`acronym_uses`]).
    pub acronyms: &'a [AcronymUse],
}

/// An acronym or a unit's ordinal written in a post ([`acronym_uses`]).
#[derive(Debug, Clone)]
pub struct AcronymUse {
    pub post: usize,
    pub word: String,
    /// Tagged or called the person's own ("#JCDS", "our JCDS", "我们 KDJS", "the 658th").
    pub owned: bool,
    /// The post is about work (a role cue or an own-unit reference).
    pub work: bool,
    /// The unit's number it is written after ("807" of "807 AES", "23" of "#23ADMC").
    pub number: Option<u16>,
}

/// Every acronym (three to seven capitals, digits allowed after the first letters: "JCDS",
/// "KDJS", "CPT658"), and every unit's ordinal ("658th", never a day of the month), written in
/// the posts: found once per analysis, counted again with posts removed
/// ([`work_acronyms`]).
pub fn acronym_uses(data: &Dataset, signals: &[Vec<Signal>]) -> Vec<AcronymUse> {
    let ids: Vec<usize> = (0..data.posts.len()).collect();
    let found = crate::par::map(&ids, |&i| {
        let text = data.posts[i].text.as_str();
        let bytes = text.as_bytes();
        let mut in_post: Vec<(&str, bool, Option<u16>)> = Vec::new();
        let home = std::cell::OnceCell::new();
        let housing =
            || *home.get_or_init(|| crate::analyze::detectors::about_housing(&normalized(text)));
        // Tokens of ASCII letters and digits (every boundary is ASCII, so slicing is safe);
        // only those starting with a capital or a digit can be an acronym or an ordinal.
        let mut k = 0;
        while k < bytes.len() {
            if !bytes[k].is_ascii_alphanumeric() {
                k += 1;
                continue;
            }
            let a = k;
            while k < bytes.len() && bytes[k].is_ascii_alphanumeric() {
                k += 1;
            }
            let first = bytes[a];
            if !(first.is_ascii_uppercase() || first.is_ascii_digit()) || k - a < 3 || k - a > 7 {
                continue;
            }
            let mut w = &text[a..k];
            // "#23ADMC": a unit's number run into its acronym.
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            let run_in = (1..=3).contains(&digits) && orgs::acronym_shaped(&w[digits..]);
            if run_in {
                w = &w[digits..];
            }
            let acronym = orgs::acronym_shaped(w) && !TAG_ACRONYMS.contains(&w);
            // "the 658th": a numbered unit by its number alone.
            let ordinal = first.is_ascii_digit() && unit_ordinal(w).is_some();
            if !acronym && !ordinal {
                continue;
            }
            let before = text[..a].trim_end();
            // "at 23 ADMC", "#23ADMC": a numbered unit, as "47 SIG" is.
            let n = unit_number_before(before);
            let numbered = !ordinal
                && (run_in
                    || n > 0
                        && !before[..before.len() - n].ends_with(|c: char| c.is_alphanumeric())
                        && before.len() < text[..a].len());
            let number = if !numbered {
                None
            } else if run_in {
                text[a..a + digits].parse().ok()
            } else {
                before[before.len() - n..].parse().ok()
            };
            let owned = if ordinal {
                before
                    .get(before.len().saturating_sub(3)..)
                    .is_some_and(|t| t.eq_ignore_ascii_case("the"))
            } else {
                numbered
                    || text[..a].ends_with('#')
                    // "our BTO toilet floor is cracking": a home, not a unit.
                    || ["our", "my"].iter().any(|o| {
                        let cut = before.len().saturating_sub(o.len());
                        before.get(cut..).is_some_and(|w| w.eq_ignore_ascii_case(o))
                            && !before[..cut].ends_with(|c: char| c.is_alphanumeric())
                    }) && !housing()
                    || orgs::ZH_OURS.iter().any(|o| before.ends_with(o))
            };
            in_post.push((w, owned, number));
        }
        if in_post.is_empty() {
            return Vec::new();
        }
        in_post.sort_unstable();
        in_post.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 |= b.1;
                a.2 = a.2.or(b.2);
            }
            same
        });
        let work = signals[i].iter().any(|s| {
            !s.reason.ends_with(crate::analyze::detector::NOT_OWN)
                && (s.category == Category::Role || s.detector == "own-unit-reference")
        });
        in_post
            .into_iter()
            .map(|(w, owned, number)| AcronymUse {
                post: i,
                word: w.to_string(),
                owned,
                work,
                number,
            })
            .collect()
    });
    found.into_iter().flatten().collect()
}

/// The number each acronym is written after in two posts or more ("807" of "807 AES"), the
/// most used if several.
fn acronym_numbers(uses: &[AcronymUse], keep: &dyn Fn(usize) -> bool) -> HashMap<String, u16> {
    let mut counts: HashMap<(&str, u16), usize> = HashMap::new();
    for u in uses.iter().filter(|u| keep(u.post)) {
        if let Some(n) = u.number {
            *counts.entry((u.word.as_str(), n)).or_default() += 1;
        }
    }
    let mut best: HashMap<String, (u16, usize)> = HashMap::new();
    for ((w, n), c) in counts {
        if c < 2 {
            continue;
        }
        let e = best.entry(w.to_string()).or_insert((n, c));
        if c > e.1 || c == e.1 && n < e.0 {
            *e = (n, c);
        }
    }
    best.into_iter().map(|(w, (n, _))| (w, n)).collect()
}

/// The acronyms and ordinals that the person tags or calls their own ("#JCDS", "our JCDS",
/// "我们 KDJS", "the 658th") at least once, written in three posts or more among those kept,
/// two of them about work. Trade jargon ("CBRN", "SIEM") and social-media tags are not units.
/// Returns each with the number of posts it is in.
fn work_acronyms(uses: &[AcronymUse], keep: &dyn Fn(usize) -> bool) -> Vec<(String, usize)> {
    #[derive(Default)]
    struct Seen {
        posts: usize,
        work: usize,
        owned: bool,
        numbered: usize,
    }
    let mut seen: BTreeMap<&str, Seen> = BTreeMap::new();
    for u in uses.iter().filter(|u| keep(u.post)) {
        let e = seen.entry(u.word.as_str()).or_default();
        e.posts += 1;
        e.work += usize::from(u.work);
        e.owned |= u.owned;
        e.numbered += usize::from(u.number.is_some());
    }
    seen.into_iter()
        .filter(|(w, e)| {
            e.owned
                && e.posts >= 3
                && e.work >= 2
                // Jargon is no unit, unless a number comes before it again and again: "807
                // AES" is an airfield engineering squadron, not the cipher.
                && (e.numbered >= 2
                    || crate::analyze::trade_index::of(&w.to_ascii_lowercase()).is_empty())
        })
        .map(|(w, e)| (w.to_string(), e.posts))
        .collect()
}

/// English organisation names in the posts whose initials are one of the unit's acronyms
/// (`acronyms`, of three letters or more) and that are not yet among its `variants`.
fn spelled_out(
    data: &Dataset,
    keep: &dyn Fn(usize) -> bool,
    acronyms: &[String],
    variants: &[String],
) -> Vec<String> {
    if acronyms.is_empty() {
        return Vec::new();
    }
    let known: HashSet<String> = variants.iter().map(|v| key(v)).collect();
    let mut out: Vec<String> = Vec::new();
    for (i, p) in data.posts.iter().enumerate() {
        if !keep(i) {
            continue;
        }
        for n in orgs::typed_names_en(&p.text) {
            if n.name.split_whitespace().count() >= 3
                && orgs::acronym(&n.name).is_some_and(|a| acronyms.contains(&a))
                && !known.contains(&key(&n.name))
            {
                out.push(n.name);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether a Chinese name is written right after "our" (我们, 我們, 我哋, 我地): "我們雲峰站".
fn called_ours(text: &str, name: &str) -> bool {
    name.chars().any(is_cjk)
        && text
            .match_indices(name)
            .any(|(at, _)| orgs::ZH_OURS.iter().any(|o| text[..at].ends_with(o)))
}

/// The own words of a unit's part named in two words, a word and its kind ("Delta" of "Delta
/// Wing", "Kilo" of "Kilo Block"), which the people there use alone.
fn sub_unit_heads(forms: &[String]) -> Vec<String> {
    let mut out: Vec<String> = forms
        .iter()
        .filter_map(|f| {
            let words: Vec<&str> = f.split(|c: char| c.is_whitespace() || c == '-').collect();
            match words.as_slice() {
                [head, kind]
                    if head.len() >= 4
                        && head.starts_with(|c: char| c.is_ascii_uppercase())
                        && head.chars().skip(1).all(|c| c.is_ascii_lowercase())
                        && !orgs::is_org_type(head)
                        && SUB_UNITS.contains(&kind.to_ascii_lowercase().as_str()) =>
                {
                    Some(head.to_string())
                }
                _ => None,
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Parts of a unit named by a word and their kind: a prison's wings and blocks, a company's
/// platoons, a squadron's flights.
const SUB_UNITS: &[&str] = &[
    "wing", "block", "unit", "pod", "platoon", "troop", "flight", "company", "battery", "watch",
];

/// Whether `text` says the writer is on or in the part named `head`: "on Delta", "in Delta
/// today", "back to Kilo", "the Delta roster": the word with its capital after a preposition
/// or "the".
fn worked_on(text: &str, head: &str) -> bool {
    text.match_indices(head).any(|(at, _)| {
        let before = text[..at].trim_end();
        let prep = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let after = text[at + head.len()..].chars().next();
        before.len() < at
            && after.is_none_or(|c| !c.is_alphanumeric())
            && ["on", "in", "at", "to", "from", "off", "the"]
                .contains(&prep.to_lowercase().as_str())
    })
}

/// The kind of place a unit is, as people say it bare: "station" of "Coast Guard Station
/// Sinagtala", "中心" of "长坪核物料管制中心". Chinese types of one character (站, 所) are left
/// out: alone they are everyday words (站在, 所以).
fn lone_type(name: &str) -> Option<String> {
    if name.chars().any(is_cjk) {
        let folded = crate::analyze::matcher::simplify(name);
        return ["中心", "基地", "油库", "仓库", "船厂", "电厂"]
            .iter()
            .find(|t| folded.ends_with(**t))
            .map(|t| t.to_string());
    }
    name.split_whitespace()
        .map(|w| w.trim_end_matches(',').to_lowercase())
        .rev()
        .find(|w| {
            orgs::is_org_type(w)
                && !matches!(
                    w.as_str(),
                    "inc" | "ltd" | "llc" | "corp" | "group" | "systems" | "service"
                )
        })
        .map(|t| canon(&t))
}

/// Whether a post (in matching form) says the unit's kind of place bare: "at the depot", "sa
/// station" (Tagalog), or a Chinese type word that starts a clause ("中心在山坳里").
fn names_type_alone(norm: &str, t: &str) -> bool {
    // The matching form is folded to Simplified already.
    if t.chars().any(is_cjk) {
        // "疫情期间中心改成分舱分流": after a time word too.
        return norm.match_indices(t).any(|(at, _)| {
            norm[..at].chars().next_back().is_none_or(|c| !is_cjk(c))
                || orgs::ZH_LEAD_WORDS.iter().any(|w| norm[..at].ends_with(w))
        });
    }
    let words: Vec<String> = norm.split(' ').map(canon).collect();
    words
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "the" | "sa" | "ang") && w[1] == t)
}

/// Whether `text` names the place `head` on its own: written as a proper noun and not the
/// start of another name ("Kowari Plains", "Kowari." yes, "Kowari Plains park'n'ride" no), or
/// in Chinese not followed by a character that makes it a street, a station or a town
/// (长坪车站).
fn names_place_alone(text: &str, head: &str) -> bool {
    if head.chars().any(is_cjk) {
        let folded = crate::analyze::matcher::simplify(text);
        return folded.match_indices(head).any(|(at, _)| {
            let next = folded[at + head.len()..].chars().next();
            next.is_none_or(|c| !"车站路街道村镇区市县乡山湖桥港大小公园广场酒店医院".contains(c))
        });
    }
    text.match_indices(head).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let rest = &text[at + head.len()..];
        let after = rest.chars().next();
        let next_word = rest.split_whitespace().next().unwrap_or("");
        before.is_none_or(|c| !c.is_alphanumeric())
            && after.is_none_or(|c| !c.is_alphanumeric())
            && !next_word.starts_with(|c: char| c.is_uppercase())
    })
}

/// Every way of writing the unit that counts as naming it.
fn variants(c: &Candidate) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for f in &c.forms {
        v.push(f.clone());
        v.extend(orgs::short_forms(f));
        if !f.chars().any(is_cjk) {
            v.extend(mixed_forms(f));
        }
        if let Some(a) = orgs::acronym(f) {
            // "FDU(CB)", "FDU-CB" of "Fleet Diving Unit Cormorant Bay": the acronym of the
            // kind with that of the place, apart (punctuation reads as a space).
            if a.len() >= 4 && a.is_ascii() {
                for k in 2..=a.len() - 2 {
                    v.push(format!("{} {}", &a[..k], &a[k..]));
                }
            }
            v.push(a);
        }
        v.extend(place_tail(f));
        v.extend(number_forms(f));
        // "Piedmont Lab" for "Piedmont Federal Biocontainment Laboratory": the first word and
        // the organisation word.
        let words: Vec<&str> = f.split_whitespace().collect();
        if words.len() >= 3
            && !f.chars().any(is_cjk)
            && let Some(t) = words.last().filter(|t| orgs::is_org_type(t))
        {
            v.push(format!("{} {t}", words[0]));
        }
        // "The landing station", "the dockyard": the end of the name with "the", which points
        // at the one the person works at. A lone type word only where it is not an everyday
        // one ("the station", "the lab" could be any).
        if words.len() >= 2
            && !f.chars().any(is_cjk)
            && words.last().is_some_and(|t| orgs::is_org_type(t))
        {
            for k in 1..words.len() {
                let tail = &words[words.len() - k..];
                let lone_common =
                    k == 1 && EVERYDAY_TYPES.contains(&tail[0].to_lowercase().as_str());
                if !lone_common {
                    v.push(format!("the {}", tail.join(" ")));
                }
            }
        }
    }
    // "The Yard" of a dockyard or shipyard, as the people there say it (the capital tells it
    // from a back yard: see `yard_named`).
    if c.forms.iter().any(|f| {
        !f.chars().any(is_cjk)
            && f.split_whitespace().last().is_some_and(|w| {
                let w = w.to_lowercase();
                w.len() > 4 && w.ends_with("yard") && orgs::is_org_type(&w)
            })
    }) {
        v.push("the yard".to_string());
    }
    // Hashtag forms: "#HarborPoint".
    let joined: Vec<String> = v
        .iter()
        .filter(|f| !f.chars().any(is_cjk) && f.contains(' '))
        .map(|f| f.replace(' ', ""))
        .collect();
    v.extend(joined);
    v.retain(|f| key(f).chars().count() >= 2);
    v.sort();
    v.dedup();
    v
}

/// "At the Yard", "our lot at the Yard": the yard with a capital, after a lower-case "the"
/// ("The Yard" is a show).
fn yard_named(text: &str) -> bool {
    named_with_capital(text, "yard", false)
}

/// Whether `variant` ("the dockyard") is written in the text with every word capitalised, as
/// a title is: "The Dockyard".
fn titled(text: &str, variant: &str) -> bool {
    find_span(text, variant).is_some_and(|(a, b)| {
        text[a..b]
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    })
}

/// Organisation words too common to point at one unit alone after "the".
const EVERYDAY_TYPES: &[&str] = &[
    "station",
    "office",
    "company",
    "team",
    "group",
    "unit",
    "school",
    "hospital",
    "bank",
    "club",
    "store",
    "shop",
    "center",
    "centre",
    "lab",
    "laboratory",
    "plant",
    "base",
    "site",
    "service",
    "services",
    "department",
    "council",
    "university",
    "college",
    "institute",
    "agency",
];

/// Each hashtag's body as written ("KPMDcrew" of "#KPMDcrew!"): letters, digits and `_`.
fn hashtags(text: &str) -> impl Iterator<Item = &str> {
    text.split('#').skip(1).map(|t| {
        let end = t
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
            .map_or(t.len(), |(i, _)| i);
        &t[..end]
    })
}

/// The leading ASCII letters and digits of a tag: acronyms are matched on these.
fn ascii_head(tag: &str) -> &str {
    &tag[..tag
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(tag.len())]
}

/// Hashtags with their camel case split into words: "#PrairieRidgeStrong" → "prairie ridge strong".
fn hashtag_words(text: &str) -> String {
    let mut out = String::new();
    for tag in hashtags(text) {
        let mut prev_lower = false;
        for c in tag.chars() {
            if c.is_uppercase() && prev_lower {
                out.push(' ');
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
            out.push(if c == '_' { ' ' } else { c });
        }
        out.push_str(" | ");
    }
    normalized(&out)
}

/// A post's text as the variants are matched against: normalised, organisation words in one
/// spelling, camel-case hashtags split.
fn post_norm(text: &str, normalized: &str) -> String {
    let mut norm = canon(normalized);
    if text.contains('#') {
        norm.push(' ');
        norm.push_str(&canon(&hashtag_words(text)));
    }
    norm
}

/// The variants of a unit, compiled once into two automata: one over the matching form of the
/// text, one (acronyms, which must be written in capitals) over the text as written.
struct Variants {
    names: Vec<String>,
    keys: Vec<(usize, bool)>,
    norm_ac: Option<aho_corasick::AhoCorasick>,
    acronyms: Vec<usize>,
    raw_ac: Option<aho_corasick::AhoCorasick>,
}

impl Variants {
    /// `variants` longest first: the first one found wins.
    fn new(variants: &[String]) -> Self {
        let mut keys = Vec::new();
        let mut key_texts = Vec::new();
        let mut acronyms = Vec::new();
        let mut acronym_texts = Vec::new();
        for (i, v) in variants.iter().enumerate() {
            let k = key(v);
            if k.is_empty() {
                continue;
            }
            if v.chars().all(|c| c.is_ascii_uppercase()) && !v.contains(' ') {
                acronyms.push(i);
                acronym_texts.push(v.clone());
            } else {
                keys.push((i, v.chars().any(is_cjk)));
                key_texts.push(k);
            }
        }
        let build = |pats: &[String]| {
            (!pats.is_empty())
                .then(|| {
                    aho_corasick::AhoCorasickBuilder::new()
                        .match_kind(aho_corasick::MatchKind::Standard)
                        .build(pats)
                        .ok()
                })
                .flatten()
        };
        Variants {
            names: variants.to_vec(),
            norm_ac: build(&key_texts),
            raw_ac: build(&acronym_texts),
            keys,
            acronyms,
        }
    }

    /// The first variant (in the given order) the text contains, whole words for Latin,
    /// anywhere for Chinese, given the text and its [`post_norm`].
    fn find(&self, text: &str, norm: &str) -> Option<String> {
        let mut best: Option<usize> = None;
        if let Some(ac) = &self.norm_ac {
            for m in ac.find_overlapping_iter(norm) {
                let (i, cjk) = self.keys[m.pattern().as_usize()];
                if (cjk || word_bounded(norm, m.start(), m.end())) && best.is_none_or(|b| i < b) {
                    best = Some(i);
                }
            }
        }
        if let Some(ac) = &self.raw_ac {
            for m in ac.find_overlapping_iter(text) {
                let i = self.acronyms[m.pattern().as_usize()];
                // "#23ADMC": the unit's number run into its acronym.
                let from = m.start() - unit_number_before(&text[..m.start()]);
                if word_bounded(text, from, m.end()) && best.is_none_or(|b| i < b) {
                    best = Some(i);
                }
            }
        }
        best.map(|i| self.names[i].clone())
    }
}

#[cfg(test)]
fn find_variant(text: &str, variants: &[String]) -> Option<String> {
    Variants::new(variants).find(text, &post_norm(text, &normalized(text)))
}

fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let word = |c: char| c.is_alphanumeric() && !is_cjk(c);
    before.is_none_or(|c| !word(c)) && after.is_none_or(|c| !word(c))
}

/// The byte span of a variant in the original text, if it can be found as written.
fn find_span(text: &str, variant: &str) -> Option<(usize, usize)> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return text.find(variant).map(|i| (i, i + variant.len()));
    }
    lower
        .find(&variant.to_lowercase())
        .map(|i| (i, i + variant.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_units_and_their_abbreviations() {
        assert!(is_form_of("47 SIG", "47th Signal Battalion"));
        assert!(is_form_of("3 SIR", "3rd Singapore Infantry Regiment"));
        assert!(!is_form_of("48 SIG", "47th Signal Battalion"));
        assert!(!is_form_of("47 GB", "47th Signal Battalion"));
        assert_eq!(
            number_forms("47th Signal Battalion"),
            ["four-seven", "four seven", "the 47th", "47 SIG"]
        );
        assert_eq!(
            number_forms("658th Cyber Protection Team"),
            ["six-five-eight", "six five eight", "the 658th", "658 CYB"]
        );
        // "On the 25th" is a date.
        assert!(!number_forms("25th Infantry Division").contains(&"the 25th".to_string()));
        assert!(number_forms("Signal Battalion").is_empty());
        assert!(own_kind("oor station", Some("station")));
        assert!(own_kind("our batt", Some("battalion")));
        assert!(own_kind("我們站", Some("站")));
        assert!(!own_kind("our lab", Some("station")));
        assert!(clipped_of("Brae", "RAF Auchterbrae"));
        assert!(!clipped_of("Dockyard", "TagusReachDockyard"));
        assert!(nickname_named("Christmas at the Brae.", "the brae"));
        assert!(!nickname_named("up the brae behind the house", "the brae"));
    }

    #[test]
    fn forms_link_names() {
        assert!(is_form_of("MPRTC", "Range Telemetry Centre"));
        assert!(!is_form_of("MPRTC", "Telemetry Centre"));
        assert!(is_form_of("Harbor Point", "Harbor Point Naval Shipyard"));
        assert!(is_form_of("HPNS", "Harbor Point Naval Shipyard"));
        assert!(is_form_of("测绘院", "江城测绘院"));
        assert!(is_form_of("电子所", "东海电子研究所"));
        assert!(is_form_of(
            "Wessex Approach",
            "Wessex Terminal Approach Control"
        ));
        assert!(!is_form_of(
            "Terminal Control",
            "Wessex Terminal Approach Control"
        ));
        assert!(!is_form_of("Harbor", "Harbor Point Naval Shipyard"));
        assert!(is_form_of("Kowari GWF", "Kowari Guided Weapons Facility"));
        assert!(is_form_of("GW", "Kowari Guided Weapons Facility"));
        assert!(!is_form_of("GF", "Kowari Guided Weapons Facility"));
        assert!(!is_form_of("院", "江城测绘院"));
        // Nicknames: the place word, or a clipped word of the name.
        assert!(is_form_of("Flats", "Corbin Flats Army Airfield"));
        assert!(is_form_of("Rigg", "Joint Signals Unit Brackenrigg"));
        assert!(is_form_of("Brackenrigg", "Joint Signals Unit Brackenrigg"));
        assert!(!is_form_of("Army", "Corbin Flats Army Airfield"));
        assert!(!is_form_of("Corb", "Corbin Flats Army Airfield"));
        assert_eq!(
            place_tail("Joint Signals Unit Brackenrigg").as_deref(),
            Some("Brackenrigg")
        );
        assert_eq!(place_tail("Harbor Point Naval Shipyard"), None);
        assert!(is_form_of("Rigg", "JSU Brackenrigg"));
        assert_eq!(
            place_tail("JSU Brackenrigg").as_deref(),
            Some("Brackenrigg")
        );
    }

    #[test]
    fn chinese_abbreviations_written_twice_are_forms() {
        use crate::model::{Platform, Post, PostId};
        use chrono::{TimeZone, Utc};
        let texts = [
            "#岚调人 年会抽到了扫地机器人",
            "岚调篮球赛我们值拿了第二",
            "岚山公园散步",
            "岚山的枫叶红了",
            "一次岚度",
        ];
        let posts = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                Post::new(
                    PostId::native(Platform::X, &i.to_string()),
                    Platform::X,
                    None,
                    Utc.with_ymd_and_hms(2020, 1, 1, 8, 0, 0).unwrap(),
                    t.to_string(),
                )
            })
            .collect();
        let data = Dataset {
            posts,
            ..Dataset::default()
        };
        let found = zh_abbreviations("岚江省电力调度控制中心", &data, &[], &|_| true);
        // 岚调 twice; 岚山 is no subsequence of the name; 岚度 is written once.
        assert_eq!(found, ["岚调"]);
    }

    #[test]
    fn the_place_a_unit_is_named_after_not_its_service() {
        assert_eq!(place_head("海軍鯨灣聲納保修中隊").as_deref(), Some("鲸湾"));
    }

    #[test]
    fn the_place_a_unit_is_named_after() {
        // A ship by its name without the navy's prefix, accents and all.
        assert_eq!(place_tail("LÉ Clíodhna").as_deref(), Some("Clíodhna"));
        assert_eq!(
            place_tail("KD Jelajah Samudera").as_deref(),
            Some("Jelajah Samudera")
        );
        assert_eq!(place_tail("USS Fitzgerald").as_deref(), Some("Fitzgerald"));
        assert!(!orgs::is_type_first("le"));
        assert_eq!(
            place_head("Kowari Guided Weapons Facility").as_deref(),
            Some("Kowari")
        );
        assert_eq!(place_head("鷺湖入境事務中心").as_deref(), Some("鹭湖"));
        // National defence is no place.
        assert_eq!(place_head("國防空氣動力研究院"), None);
        assert_eq!(place_head("Harbor Point"), None);
        assert!(names_place_alone(
            "Six years in guided weapons at Kowari.",
            "Kowari"
        ));
        assert!(!names_place_alone(
            "the 6:20 bus from the Kowari Plains park'n'ride",
            "Kowari"
        ));
        assert!(!names_place_alone("Kowarii is a typo", "Kowari"));
        assert!(names_place_alone("鷺湖今個月收押人數破晒紀錄", "鹭湖"));
        assert!(!names_place_alone("接駁車從鷺湖車站開", "鹭湖"));
    }

    #[test]
    fn a_tag_made_of_the_acronym_and_a_word() {
        let a = vec!["KPMD".to_string()];
        assert_eq!(
            tagged_acronym("#KPMDcrew smashed the morning tea", &a).as_deref(),
            Some("#KPMDcrew")
        );
        assert_eq!(tagged_acronym("#KPMD2023 and #kpmdcrew", &a), None);
        assert_eq!(tagged_acronym("#KPMDCREW", &a), None);
    }

    #[test]
    fn a_name_called_ours() {
        assert!(called_ours(
            "電戰六大隊年度演習結束，我們雲峰站負責的干擾區段零失誤",
            "雲峰站"
        ));
        assert!(called_ours("我哋鷺湖中心", "鷺湖中心"));
        assert!(!called_ours("在雲峰站值班", "雲峰站"));
        assert!(!called_ours("our Harbor Point", "Harbor Point"));
    }

    #[test]
    fn a_part_of_the_unit_by_its_own_word() {
        let forms = [
            "Cold Creek Correctional Center".to_string(),
            "Delta Wing".to_string(),
            "D-Wing".to_string(),
            "Kilo Block".to_string(),
            "Harbor Point".to_string(),
        ];
        assert_eq!(sub_unit_heads(&forms), ["Delta", "Kilo"]);
        assert!(worked_on(
            "first time running control on Delta today",
            "Delta"
        ));
        assert!(worked_on(
            "new officers on the Delta roster this week",
            "Delta"
        ));
        assert!(!worked_on("Delta lost my bag again", "Delta"));
        assert!(!worked_on("flew in on Deltaair", "Delta"));
    }

    #[test]
    fn the_units_kind_of_place_said_bare() {
        assert_eq!(
            lone_type("Coast Guard Station Sinagtala").as_deref(),
            Some("station")
        );
        assert_eq!(lone_type("長坪核物料管制中心").as_deref(), Some("中心"));
        // One character alone is an everyday word (站在, 所以).
        assert_eq!(lone_type("泉州气象水文保障站"), None);
        let said = |text: &str, t: &str| names_type_alone(&post_norm(text, &normalized(text)), t);
        assert!(said(
            "nakatambay lang kami sa station buong araw",
            "station"
        ));
        assert!(said("Stocktake week at the depot", "depot"));
        assert!(said("中心 fire drill，全部人站在停車場", "中心"));
        assert!(!said("去市中心逛街", "中心"));
        assert!(said("疫情期間中心改成分艙分流", "中心"));
        assert!(!said("the police station was closed", "station"));
    }

    #[test]
    fn variants_match_as_words() {
        let c = Candidate {
            name: "Harbor Point Naval Shipyard".into(),
            forms: vec!["Harbor Point Naval Shipyard".into()],
            ..Candidate::default()
        };
        let mut v = variants(&c);
        v.sort_by_key(|v| std::cmp::Reverse(v.len()));
        assert_eq!(
            find_variant("HPNS family day was a blast", &v).as_deref(),
            Some("HPNS")
        );
        assert_eq!(
            find_variant("#HarborPoint pride", &v).as_deref(),
            Some("Harbor Point")
        );
        assert_eq!(
            find_variant("Harbor Point apprentices graduation", &v).as_deref(),
            Some("Harbor Point")
        );
        assert_eq!(find_variant("hpns is lowercase noise", &v), None);
        assert_eq!(
            find_variant("500 days! #HarborPointStrong", &v).as_deref(),
            Some("Harbor Point")
        );
        assert_eq!(find_variant("The Harbor Pointer cafe", &v), None);
        assert_eq!(
            find_variant("New safety award for the shipyard this year", &v).as_deref(),
            Some("the Shipyard")
        );
        let station = Candidate {
            name: "Traeth Mawr Cable Landing Station".into(),
            forms: vec!["Traeth Mawr Cable Landing Station".into()],
            ..Candidate::default()
        };
        let v = variants(&station);
        assert_eq!(
            find_variant("The landing station doesn't care about lockdown", &v).as_deref(),
            Some("Landing Station")
        );
        assert!(titled("Watching 'The Dockyard' tonight", "the Dockyard"));
        assert!(!titled("The dockyard is busy", "the Dockyard"));
        // "The station" alone could be any station.
        assert_eq!(
            find_variant("Waiting at the station for the 8:10", &v),
            None
        );
    }
}
