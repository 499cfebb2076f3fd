//! Who is asking: contacts whose direct messages probe for work details or offer money.
//!
//! Each conversation's messages from others are read with the approach lexicon
//! ([`super::lexicon::APPROACH_TERMS`]): questions about the person's unit, projects, sites and
//! schedule; money, paid reports and "consulting"; requests for documents and photos; a move to
//! another app; flattery and urgency; trips. A contact is flagged when they probe AND ask for
//! documents, move the talk elsewhere, or offer money after being turned down; when they ask
//! for papers over another app; or when the person reported them to security — the pattern of
//! an approach, which friends, family, shops and recruiters who take no for an answer do not
//! show. Where the export holds only the person's replies (Mastodon), the refusals say what was
//! asked. Each signal cites its message.

use super::lexicon::{APPROACH_TERMS, Class};
use super::matcher::{Matcher, Scanned};
use super::{Category, Finding, Severity, Signal, Strength};
use crate::model::{Conversation, Dataset, Message, Platform};
use chrono::{DateTime, Utc};

/// One approach signal, cited to its message.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactSignal {
    pub kind: Class,
    pub reason: String,
    /// Index of the message in its conversation.
    pub message: usize,
    pub sent_at: DateTime<Utc>,
    pub excerpt: String,
    /// Byte span of the matched words in the message text.
    pub span: (usize, usize),
}

/// What mosaic concluded about one contact.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// Handle, name, or the platform's id where the export has no handle.
    pub contact: String,
    pub platform: Platform,
    /// Index into [`Dataset::conversations`].
    pub conversation: usize,
    pub messages: usize,
    pub from_contact: usize,
    pub first: DateTime<Utc>,
    pub last: DateTime<Utc>,
    pub score: f64,
    pub suspicious: bool,
    pub reached_out_first: bool,
    pub signals: Vec<ContactSignal>,
    /// Posts of the person's the contact asked about or referred to, with the shared words.
    pub linked_posts: Vec<(usize, String)>,
}

/// A human name for an approach class.
pub fn kind_name(c: Class) -> &'static str {
    match c {
        Class::Probe => "asks about your work",
        Class::Money => "offers money",
        Class::RoleOffer => "offers a paid role",
        Class::DocumentRequest => "asks for documents or photos",
        Class::MoveApp => "wants to move to another app",
        Class::Flattery => "flatters",
        Class::Urgency => "presses for time",
        Class::TripOffer => "offers a trip",
        _ => "other",
    }
}

/// Whether a message (`text`, and `norm` its normalised form) asks something.
fn is_question(text: &str, norm: &str) -> bool {
    text.contains('?')
        || text.contains('？')
        || ["吗", "呢", "什么", "哪", "几", "多少"]
            .iter()
            .any(|w| text.contains(w))
        // A question put as a request: "just tell me which gates", "if you tell which
        // entrances", "let me know roughly which days".
        || ["tell me", "tell us", "if you tell", "just tell", "let me know", "just roughly"]
            .iter()
            .any(|w| norm.contains(w))
}

/// Read every conversation and judge each contact.
pub fn analyse(data: &Dataset, signals: &[Vec<Signal>]) -> Vec<Contact> {
    // The lexicon matcher is built only when there is something to judge.
    if data.conversations.is_empty() {
        return Vec::new();
    }
    analyse_with(data, signals, &Matcher::new(&Default::default()))
}

/// [`analyse`] with the post lexicon already built (`work`, the detection engine's), which
/// tells a question about the person's work ("which sectors do you control?") from small talk.
pub fn analyse_with(data: &Dataset, signals: &[Vec<Signal>], work: &Matcher) -> Vec<Contact> {
    // No conversations: nothing to judge, and no automaton to build.
    if data.conversations.is_empty() {
        return Vec::new();
    }
    let matcher = Matcher::with_terms(APPROACH_TERMS, &Default::default());
    let terms = PostTerms::new(data, signals);
    let mut out = Vec::new();
    for (ci, conv) in data.conversations.iter().enumerate() {
        let others: Vec<&str> = {
            let mut v: Vec<&str> = conv
                .messages
                .iter()
                .filter(|m| !m.from_owner)
                .map(|m| m.sender.as_str())
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        // Only the owner's side exported (Mastodon's direct notes): the owner's refusals say
        // what the other person asked for.
        if others.is_empty() {
            for who in &conv.participants {
                if let Some(c) = judge_owner_side(conv, ci, who, &matcher) {
                    out.push(c);
                }
            }
        }
        for who in others {
            if let Some(c) = judge(conv, ci, who, &matcher, work, &terms) {
                out.push(c);
            }
        }
    }
    out.sort_by(|a, b| {
        b.suspicious
            .cmp(&a.suspicious)
            .then(b.score.total_cmp(&a.score))
    });
    out
}

fn judge(
    conv: &Conversation,
    ci: usize,
    who: &str,
    matcher: &Matcher,
    work: &Matcher,
    terms: &PostTerms,
) -> Option<Contact> {
    let msgs: Vec<(usize, &Message)> = conv
        .messages
        .iter()
        .enumerate()
        .filter(|(_, m)| m.from_owner || m.sender == who)
        .collect();
    let theirs: Vec<(usize, &Message)> = msgs
        .iter()
        .copied()
        .filter(|(_, m)| !m.from_owner)
        .collect();
    let first = theirs.first()?.1.sent_at;
    let last = theirs.last()?.1.sent_at;
    let mut sigs: Vec<ContactSignal> = Vec::new();
    let mut refused_at: Option<DateTime<Utc>> = None;
    let mut reported_by_owner = false;
    for (i, m) in &msgs {
        let s = matcher.scan(&m.text);
        if m.from_owner {
            let reports = reported(&s.norm).is_some();
            if refused_at.is_none() && (s.has(Class::Refusal) || reports) {
                refused_at = Some(m.sent_at);
            }
            reported_by_owner |= reports;
            continue;
        }
        let question = is_question(&m.text, &s.norm);
        // Sums of money the normaliser drops: "£2,000", "$800", "¥30000".
        let bytes = m.text.as_bytes();
        let sum = m.text.char_indices().find(|(i, c)| {
            "£€$¥".contains(*c) && bytes.get(i + c.len_utf8()).is_some_and(u8::is_ascii_digit)
        });
        // "2k for u": a sum in thousands offered for something.
        let sum = sum.or_else(|| {
            // ASCII case only: byte offsets stay those of the text.
            let lower = m.text.to_ascii_lowercase();
            lower.match_indices("k for ").find_map(|(k, _)| {
                let digits = lower[..k]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                let at = k - digits;
                let starts_word = lower[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                (digits > 0 && starts_word)
                    .then(|| (at, m.text[at..].chars().next().unwrap_or('0')))
            })
        });
        if let Some((at, c)) = sum {
            let end = m.text[at..]
                .find(char::is_whitespace)
                .map_or(m.text.len(), |e| at + e);
            sigs.push(ContactSignal {
                kind: Class::Money,
                reason: format!("{}: '{}'", kind_name(Class::Money), &m.text[at..end]),
                message: *i,
                sent_at: m.sent_at,
                excerpt: excerpt(&m.text),
                span: (at, end.max(at + c.len_utf8())),
            });
        }
        for class in [
            Class::Probe,
            Class::Money,
            Class::RoleOffer,
            Class::DocumentRequest,
            Class::MoveApp,
            Class::Flattery,
            Class::Urgency,
            Class::TripOffer,
        ] {
            let Some(h) = s.of(class).next() else {
                continue;
            };
            if class == Class::Probe && !question {
                continue;
            }
            // "Send me your updated CV": a recruiter's request for the person's own papers.
            if class == Class::DocumentRequest && asks_for_cv(&s.norm) {
                continue;
            }
            sigs.push(ContactSignal {
                kind: class,
                reason: format!("{}: '{}'", kind_name(class), s.original(h)),
                message: *i,
                sent_at: m.sent_at,
                excerpt: excerpt(&m.text),
                span: (h.start, h.end),
            });
        }
        // A question in the words of a trade: "which sectors do you control", "哪个型号"; not a
        // recruiter's "Mobile App Developer roles in Dubai - are you interested?".
        if question
            && !asks_for_cv(&s.norm)
            && !sigs
                .iter()
                .any(|g| g.message == *i && g.kind == Class::Probe)
        {
            let w = work.scan(&m.text);
            let trade = w.hits.iter().find(|h| {
                matches!(
                    h.kind,
                    super::matcher::TermKind::Lex(
                        Class::Jargon
                            | Class::Duty
                            | Class::Place
                            | Class::NumberedPlace
                            | Class::Clearance
                            | Class::Title
                    )
                ) && !super::detector::in_idiom(&w, h)
            });
            if let Some(h) = trade {
                sigs.push(ContactSignal {
                    kind: Class::Probe,
                    reason: format!("asks about your work ('{}')", w.original(h)),
                    message: *i,
                    sent_at: m.sent_at,
                    excerpt: excerpt(&m.text),
                    span: (h.start, h.end),
                });
            }
        }
        // Asking about the person's own words: a post's unit, site or role terms in a question.
        if question
            && !sigs
                .iter()
                .any(|g| g.message == *i && g.kind == Class::Probe)
            && let Some(w) = mentions_post_terms(&s, terms)
        {
            let (a, b) = find_ci(&m.text, &w).unwrap_or((0, 0));
            sigs.push(ContactSignal {
                kind: Class::Probe,
                reason: format!("asks about '{w}', which your posts reveal"),
                message: *i,
                sent_at: m.sent_at,
                excerpt: excerpt(&m.text),
                span: (a, b),
            });
        }
    }
    let has = |c: Class| sigs.iter().any(|s| s.kind == c);
    let probes = sigs.iter().filter(|s| s.kind == Class::Probe).count();
    let pushed_after_no = refused_at.is_some_and(|r| {
        sigs.iter().any(|s| {
            s.sent_at > r
                && matches!(
                    s.kind,
                    Class::Money | Class::DocumentRequest | Class::MoveApp | Class::Probe
                )
        })
    });
    let reached_out_first = conv
        .messages
        .first()
        .is_some_and(|m| !m.from_owner && m.sender == who);
    // Escalation: the first probe comes before the first offer or request, weeks apart.
    let first_probe = sigs
        .iter()
        .filter(|s| s.kind == Class::Probe)
        .map(|s| s.sent_at)
        .min();
    let first_ask = sigs
        .iter()
        .filter(|s| {
            matches!(
                s.kind,
                Class::Money | Class::DocumentRequest | Class::MoveApp
            )
        })
        .map(|s| s.sent_at)
        .min();
    let escalates = matches!((first_probe, first_ask), (Some(p), Some(a)) if a >= p)
        || (first_ask.is_some() && (last - first).num_days() >= 14);
    let score = 2.0 * probes.min(3) as f64
        + 3.0 * f64::from(u8::from(has(Class::Money)))
        + 2.0 * f64::from(u8::from(has(Class::RoleOffer)))
        + 3.0 * f64::from(u8::from(has(Class::DocumentRequest)))
        + 3.0 * f64::from(u8::from(has(Class::MoveApp)))
        + f64::from(u8::from(has(Class::Flattery)))
        + f64::from(u8::from(has(Class::Urgency)))
        + f64::from(u8::from(has(Class::TripOffer)))
        + f64::from(u8::from(reached_out_first))
        + 2.0 * f64::from(u8::from(escalates))
        + 2.0 * f64::from(u8::from(pushed_after_no))
        + f64::from(u8::from(refused_at.is_some()));
    // Money or a paid role, and then "let's move to another app" (after a no, for the role):
    // the pattern of an approach even when no question about the work was asked outright.
    let paid_move =
        has(Class::MoveApp) && (has(Class::Money) || has(Class::RoleOffer) && pushed_after_no);
    // Papers or photos asked for over another app ("拍给我 … 传到我 Telegram"): an approach
    // even without a question about the work.
    let papers_elsewhere = has(Class::DocumentRequest) && has(Class::MoveApp);
    // Photos or papers asked for with money, or again with money after a no ("就一张 给你发个
    // 红包"): "for shortlisting, a site layout of your depot … SGD 180k".
    let papers_paid = has(Class::DocumentRequest) && has(Class::Money);
    // Questions about the work asked again after a no (when the shifts are, which gate).
    let probing_on = probes >= 2 && pushed_after_no;
    let suspicious = (probes >= 1
        && (has(Class::DocumentRequest)
            || has(Class::MoveApp)
            || has(Class::Money) && (pushed_after_no || probes >= 2 || refused_at.is_some()))
        || paid_move
        || papers_elsewhere
        || papers_paid
        || probing_on)
        && score >= 7.0
        // The person reported them to security: nothing more to weigh.
        || reported_by_owner;
    let linked = linked_posts(&msgs, matcher, terms);
    Some(Contact {
        contact: who.to_string(),
        platform: conv.platform,
        conversation: ci,
        messages: msgs.len(),
        from_contact: theirs.len(),
        first,
        last,
        score,
        suspicious,
        reached_out_first,
        signals: sigs,
        linked_posts: linked,
    })
}

/// A contact known only through the owner's replies: each reply that refuses something an
/// approach asks for ("不會拍盤點表給你", "no need to move to Telegram", "I won't send you the
/// rota") is a signal of that kind. Two such refusals, or one of money, documents or another
/// app together with a second approach word, make the contact suspicious.
fn judge_owner_side(
    conv: &Conversation,
    ci: usize,
    who: &str,
    matcher: &Matcher,
) -> Option<Contact> {
    let msgs: Vec<(usize, &Message)> = conv
        .messages
        .iter()
        .enumerate()
        .filter(|(_, m)| m.from_owner)
        .collect();
    let first = msgs.first()?.1.sent_at;
    let last = msgs.last()?.1.sent_at;
    let mut sigs: Vec<ContactSignal> = Vec::new();
    let mut reported_by_owner = false;
    for (i, m) in &msgs {
        let s = matcher.scan(&m.text);
        if let Some(w) = reported(&s.norm) {
            reported_by_owner = true;
            let (a, b) = find_ci(&m.text, w).unwrap_or((0, 0));
            sigs.push(ContactSignal {
                kind: Class::Refusal,
                reason: format!("you reported them: '{}'", m.text.get(a..b).unwrap_or(w)),
                message: *i,
                sent_at: m.sent_at,
                excerpt: excerpt(&m.text),
                span: (a, b),
            });
            continue;
        }
        let Some(no) = s.of(Class::Refusal).next() else {
            continue;
        };
        // Every kind of request the reply turns down ("勤務手冊跟 SOP 都是內部文件 不能提供 稿費也
        // 不需要": the papers and the fee).
        let mut asked: Vec<(Class, &super::matcher::Hit)> = [
            Class::DocumentRequest,
            Class::MoveApp,
            Class::Money,
            Class::RoleOffer,
            Class::Probe,
        ]
        .into_iter()
        .filter_map(|c| s.of(c).next().map(|h| (c, h)))
        .collect();
        if asked.is_empty() {
            // "不會拍…給你", "I won't send you…": a refusal that names the request itself.
            if REFUSED_REQUEST
                .iter()
                .any(|r| s.norm[no.nstart..no.nend].contains(r))
            {
                asked.push((Class::DocumentRequest, no));
            // "I don't know what you mean by "the monitoring schedule"": the owner quotes the
            // question back while turning it down.
            } else if quotes_something(&m.text) {
                asked.push((Class::Probe, no));
            }
        }
        for (kind, h) in asked {
            sigs.push(ContactSignal {
                kind,
                reason: format!("you refused: '{}' ({})", s.original(no), kind_name(kind)),
                message: *i,
                sent_at: m.sent_at,
                excerpt: excerpt(&m.text),
                span: (h.start.min(no.start), h.end.max(no.end)),
            });
        }
    }
    if sigs.is_empty() {
        return None;
    }
    let kinds = |c: Class| sigs.iter().any(|s| s.kind == c);
    let suspicious = reported_by_owner
        || sigs.len() >= 2
            && (kinds(Class::DocumentRequest) || kinds(Class::MoveApp) || kinds(Class::Money));
    Some(Contact {
        contact: who.to_string(),
        platform: conv.platform,
        conversation: ci,
        messages: msgs.len(),
        from_contact: 0,
        first,
        last,
        score: 3.0 * sigs.len() as f64,
        suspicious,
        reached_out_first: false,
        signals: sigs,
        linked_posts: Vec::new(),
    })
}

/// The person telling a contact they were reported (in normalised form): "I've passed your
/// messages to our security people", "已经上报保卫处".
const REPORTED: &[&str] = &[
    "passed your messages to",
    "passed your message to",
    "passed this on to",
    "reported you",
    "reporting you",
    "reported this to",
    "reporting this to",
    "our security people",
    "our security team",
    "our security officer",
    "the security officer",
    "已经上报",
    "已上报",
    "报告了保卫",
    "报保卫处",
    "报给保卫处",
    "报给保密办",
    "报告保密办",
];

/// Whether a message quotes a phrase of three or more characters in quotation marks.
fn quotes_something(text: &str) -> bool {
    [('"', '"'), ('“', '”'), ('「', '」'), ('‘', '’')]
        .iter()
        .any(|(open, close)| {
            text.split_once(*open)
                .and_then(|(_, rest)| rest.split_once(*close))
                .is_some_and(|(inside, _)| inside.chars().count() >= 3)
        })
}

/// The words by which a message (in normalised form) says the contact was reported.
fn reported(norm: &str) -> Option<&'static str> {
    REPORTED.iter().copied().find(|w| norm.contains(w))
}

/// Refusals that name what was asked for: sending, photographing, moving apps.
const REFUSED_REQUEST: &[&str] = &[
    "拍",
    "发给你",
    "给你",
    "send you",
    "换到",
    "move to",
    "sending",
    "won't send",
    "moving this",
    "外传",
    // Scots and plain English: "I'm no giving ye the call-oot logs", "no gonnae tell ye".
    "giving ye",
    "giving you",
    "tell ye",
    "tell you which",
    "sending ye",
];

fn excerpt(text: &str) -> String {
    let t: String = text.chars().take(140).collect();
    if text.chars().count() > 140 {
        format!("{t}…")
    } else {
        t
    }
}

fn find_ci(text: &str, word: &str) -> Option<(usize, usize)> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return text.find(word).map(|i| (i, i + word.len()));
    }
    lower
        .find(&word.to_lowercase())
        .map(|i| (i, i + word.len()))
}

/// Distinctive words of the person's flagged posts: the matched words of their strong signals
/// and what findings named (units, places), with the post they come from.
/// The words of the person's revealing posts (unit names, sites, role terms), each with the
/// posts that use it, found in a message by one automaton: a contact quoting them is asking
/// about the person's own posts.
struct PostTerms {
    /// Each word as first written.
    words: Vec<String>,
    /// The posts that use each word.
    posts: Vec<Vec<usize>>,
    ac: Option<aho_corasick::AhoCorasick>,
}

impl PostTerms {
    fn new(data: &Dataset, signals: &[Vec<Signal>]) -> Self {
        let mut index: std::collections::HashMap<String, usize> = Default::default();
        let (mut norms, mut words, mut posts): (Vec<String>, Vec<String>, Vec<Vec<usize>>) =
            Default::default();
        for (i, sigs) in signals.iter().enumerate() {
            for s in sigs
                .iter()
                .filter(|s| s.strength == Strength::Strong || s.detector == "unit-reference")
            {
                let Some(w) = s
                    .span
                    .and_then(|(a, b)| data.posts[i].text.get(a..b))
                    .map(str::to_string)
                    .or_else(|| s.subject.clone())
                else {
                    continue;
                };
                let norm = super::matcher::normalized(&w);
                if norm.chars().count() < 4 {
                    continue;
                }
                let k = *index.entry(norm.clone()).or_insert_with(|| {
                    norms.push(norm);
                    words.push(w);
                    posts.push(Vec::new());
                    norms.len() - 1
                });
                if posts[k].last() != Some(&i) {
                    posts[k].push(i);
                }
            }
        }
        let ac = (!norms.is_empty())
            .then(|| {
                aho_corasick::AhoCorasickBuilder::new()
                    .match_kind(aho_corasick::MatchKind::Standard)
                    .build(&norms)
                    .ok()
            })
            .flatten();
        PostTerms { words, posts, ac }
    }

    /// The terms a normalised text contains, as indices.
    fn found(&self, norm: &str) -> Vec<usize> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        // Every term the message quotes, also one inside another ("drydock" in "drydock 4").
        let mut ids: Vec<usize> = ac
            .find_overlapping_iter(norm)
            .map(|m| m.pattern().as_usize())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

fn mentions_post_terms(s: &Scanned<'_>, terms: &PostTerms) -> Option<String> {
    terms
        .found(&s.norm)
        .first()
        .map(|&k| terms.words[k].clone())
}

fn linked_posts(
    msgs: &[(usize, &Message)],
    matcher: &Matcher,
    terms: &PostTerms,
) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, m) in msgs.iter().filter(|(_, m)| !m.from_owner) {
        let s = matcher.scan(&m.text);
        for k in terms.found(&s.norm) {
            for &post in &terms.posts[k] {
                if seen.insert(post) {
                    out.push((post, terms.words[k].clone()));
                }
            }
        }
    }
    out.sort();
    out
}

/// The `contact` findings for suspicious contacts.
pub fn findings(data: &Dataset, contacts: &[Contact]) -> Vec<Finding> {
    contacts
        .iter()
        .filter(|c| c.suspicious)
        .map(|c| {
            let mut kinds: Vec<&str> = c.signals.iter().map(|s| kind_name(s.kind)).collect();
            kinds.sort_unstable();
            kinds.dedup();
            let linked: Vec<usize> = c.linked_posts.iter().map(|(p, _)| *p).collect();
            let span = (c.last - c.first).num_days();
            Finding {
                id: super::aggregate::finding_id(Category::Contact, &format!("{} {}", c.platform.as_str(), c.contact)),
                category: Category::Contact,
                severity: if c.signals.iter().any(|s| s.kind == Class::DocumentRequest) { Severity::Critical } else { Severity::High },
                title: format!("Contact to report: {} ({})", c.contact, c.platform.display_name()),
                value: Some(c.contact.clone()),
                location: None,
                evidence: linked.clone(),
                explanation: format!(
                    "{} {}{} over {} days{}: the pattern of an approach. Report the conversation to your security officer; do not delete it, it is evidence.{}",
                    c.contact,
                    kinds.join(", "),
                    if c.from_contact == 0 {
                        " (the export holds only your replies, which refuse it)"
                    } else {
                        ""
                    },
                    span,
                    if c.reached_out_first { ", after reaching out first" } else { "" },
                    if linked.is_empty() {
                        String::new()
                    } else {
                        format!(" They asked about what {} revealed.", super::aggregate::posts(linked.len()))
                    },
                ),
            }
        })
        .filter(|f| !data.posts.is_empty() || f.evidence.is_empty())
        .collect()
}

/// Whether a message is about the person's CV: recruiting, not probing.
fn asks_for_cv(norm: &str) -> bool {
    let padded = format!(" {norm} ");
    [" cv ", " cvs ", " resume ", " curriculum vitae ", "简历"]
        .iter()
        .any(|w| padded.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Conversation, Message};

    fn conv(msgs: &[(bool, &str, i64)]) -> Dataset {
        let messages = msgs
            .iter()
            .map(|(owner, text, day)| Message {
                native_id: None,
                sender: if *owner { "me".into() } else { "them".into() },
                from_owner: *owner,
                sent_at: DateTime::from_timestamp(1_600_000_000 + day * 86_400, 0).unwrap(),
                text: text.to_string(),
                attachments: vec![],
            })
            .collect();
        Dataset {
            conversations: vec![Conversation {
                platform: Platform::X,
                id: "c".into(),
                participants: vec!["them".into()],
                messages,
            }],
            ..Dataset::default()
        }
    }

    fn suspicious(msgs: &[(bool, &str, i64)]) -> bool {
        let d = conv(msgs);
        analyse(&d, &[])[0].suspicious
    }

    #[test]
    fn a_slow_approach_is_flagged() {
        assert!(suspicious(&[
            (
                false,
                "Loved your post about the shipyard! Experts like you are hard to find.",
                0
            ),
            (true, "Thank you! It's a cool place to work", 1),
            (
                false,
                "Which hulls are in Drydock 4 right now? Just curious.",
                40
            ),
            (true, "I'd rather not say", 41),
            (
                false,
                "We could pay you for a short write-up, 800 dollars.",
                75
            ),
            (
                false,
                "If you have any inspection reports you could share, my client pays well. Shall we continue on WhatsApp?",
                110
            ),
        ]));
        assert!(suspicious(&[
            (false, "你们院最近在测哪一片？", 0),
            (true, "这个不能说", 1),
            (
                false,
                "一份测绘成果资料我们可以出三万，换个软件聊更方便。",
                30
            ),
        ]));
    }

    #[test]
    fn a_fake_classmate_and_a_visit_asked_for_with_a_gift_are_flagged() {
        // The hours and the night shifts, then a photo of the badge.
        assert!(suspicious(&[
            (false, "冠哲！我是高中同班的書豪啊，記得嗎？", 0),
            (true, "欸？我們班好像沒有叫書豪的耶", 0),
            (false, "你們平常幾點上下班？夜班是哪幾天？", 0),
            (false, "對了，可以拍一下你的識別證給我看嗎", 1),
            (true, "抱歉，我不認識你，請不要再傳了", 1),
        ]));
        // Questions about the site, a no, then a visit inside with a gift.
        assert!(suspicious(&[
            (
                false,
                "聽說您在做真的風洞？想請教你們的模型用幾分量的天平？",
                0
            ),
            (false, "你們那邊晚上也會開嗎？哪幾天比較會開？", 1),
            (true, "工作上的事不方便講喔", 1),
            (false, "那可以帶我進去參觀一次嗎？我可以準備伴手禮", 2),
        ]));
        // A friend asking when the writer finishes, to meet, is not.
        assert!(!suspicious(&[
            (false, "你幾點下班？一起吃飯", 0),
            (true, "六點半", 0),
        ]));
    }

    #[test]
    fn cantonese_questions_about_work_moved_to_another_app_are_flagged() {
        assert!(suspicious(&[
            (false, "Hi～ 見你成日行山好型 😊 你平時返工做咩㗎？", 0),
            (true, "政府工啫，你呢？", 0),
            (false, "你哋年尾點算係幾號？我哋轉去微信傾好唔好？", 1),
            (true, "呢啲唔可以講，唔好意思", 1),
        ]));
        // A friend asking what time they finish, on the same app, is not.
        assert!(!suspicious(&[
            (false, "今晚幾點收工？食飯呀", 0),
            (true, "七點啦", 0),
        ]));
        // The schedule asked for and paid for after a no.
        assert!(suspicious(&[
            (
                false,
                "Offshore survey role in Dubai, USD 9k/month. Interested?",
                0
            ),
            (true, "Thanks, not interested at the moment", 1),
            (
                false,
                "No problem, just send the schedule and the equipment list to me. We pay a USD 300 referral fee for the information.",
                2
            ),
            (true, "Sorry, can't share that.", 3),
        ]));
    }

    #[test]
    fn papers_over_another_app_paid_questions_refused_and_reports_are_flagged() {
        // A "new colleague" asking for the duty roster, to be sent over Telegram.
        assert!(suspicious(&[
            (false, "可以把隊上的通訊錄跟這個月的值班表拍給我嗎？", 0),
            (true, "你哪一梯的？自己去問值星官", 1),
            (false, "學長拜託啦，傳到我 Telegram 就好", 2),
        ]));
        // Money for an answer the person already refused.
        assert!(suspicious(&[
            (false, "你好，我是晚报的小王，能透露一下是哪几个区吗", 0),
            (false, "匿名处理，不会写你名字，可以付信息费", 0),
            (true, "无可奉告哈", 1),
        ]));
        // Only the person's side: they reported the contact to security.
        assert!(suspicious(&[(
            true,
            "I've passed your messages to our security people. Don't contact me again.",
            0
        )]));
        // Only the person's side: a quoted question and a request for photos, both refused.
        assert!(suspicious(&[
            (
                true,
                "I don't know what you mean by \"the monitoring schedule\", and I'm not able to help, sorry.",
                0
            ),
            (
                true,
                "No, I won't be sending photos of the site, for money or for anything else.",
                2
            ),
        ]));
        // A friend's refused invitation is not an approach.
        assert!(!suspicious(&[
            (false, "Pub Friday? I'll pay for the first round", 0),
            (true, "Can't share a table with you lot, I'm on nights", 1),
        ]));
    }

    #[test]
    fn photos_paid_for_and_questions_pressed_after_a_no_are_flagged() {
        // A photo of the dock asked again with money after a no.
        assert!(suspicious(&[
            (false, "能不能拍一张码头的照片 就远远的 不露脸", 0),
            (true, "兄弟 这个真不行", 1),
            (false, "就一张 给你发个红包", 2),
        ]));
        // When the shifts are and which gate, asked again after a no (Cantonese too).
        assert!(suspicious(&[
            (false, "你们一般啥时候值班啊？周末在家不？", 0),
            (true, "不好意思 你找错人了吧", 1),
            (false, "别这样嘛兄弟 你们那个码头从哪个门进？", 2),
        ]));
        assert!(suspicious(&[
            (
                false,
                "想問吓你哋部機夜晚幾點 standby？同埋邊幾部而家 serviceable？",
                0
            ),
            (true, "唔好意思 呢啲唔方便講", 1),
            (false, "咁你可唔可以話我知你哋 standby 係邊幾日？", 2),
        ]));
        // The same questions from a friend, answered, are not an approach.
        assert!(!suspicious(&[
            (false, "你们一般啥时候值班啊 周末来吃饭", 0),
            (true, "周六休息 来吧", 1),
        ]));
        // A "job" whose shortlisting wants the employer's papers, turned down at once.
        assert!(suspicious(&[
            (
                false,
                "We have a senior cold-chain role in Singapore, SGD 180k, and your profile is a perfect fit.",
                0
            ),
            (true, "Thanks for thinking of me. What's the company?", 1),
            (
                false,
                "It's confidential. The client asks for a sample of your work: a site layout of your depot with the stock locations. We can pay for your time.",
                2
            ),
            (
                true,
                "I can't share anything like that. I'm not interested.",
                3
            ),
        ]));
        // Sent to the official channels, then asked where the warehouses are and when the
        // deliveries come.
        assert!(suspicious(&[
            (
                false,
                "I'm a researcher writing a report. Could I ask you a few questions about the stockpile?",
                0
            ),
            (
                true,
                "You'd need to go through the Department's media contacts for that.",
                1
            ),
            (
                false,
                "Just informally: which suburbs are the warehouses in, how many pallets each site holds, and what time the deliveries arrive?",
                2
            ),
        ]));
    }

    #[test]
    fn friends_family_recruiters_and_shops_stay_quiet() {
        assert!(!suspicious(&[
            (false, "How was work today? Dinner at 7?", 0),
            (true, "long day, see you at 7", 0)
        ]));
        assert!(!suspicious(&[
            (
                false,
                "Hi! Your experience looks impressive. Are you open to a new position? Great compensation.",
                0
            ),
            (true, "Not interested, thanks", 1),
            (false, "No worries, all the best!", 2),
        ]));
        assert!(!suspicious(&[(
            false,
            "Your order ships this week! Pay now for 20% off, offer ends soon",
            0
        )]));
        assert!(!suspicious(&[
            (false, "爸爸：周末回家吃饭吗？", 0),
            (true, "好的", 1)
        ]));
    }
}
