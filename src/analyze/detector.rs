//! The [`Detector`] trait every per-post detector implements, and the context it gets.

use super::lexicon::Class;
use super::matcher::{Hit, Scanned, TermKind};
use super::{Category, Options, Signal, Strength};
use crate::model::Post;

/// Marks a weak cue that is not about the writer's own work (a film, a hobby, a relative):
/// the role finding never counts it.
pub const NOT_OWN: &str = ", not about your own work";

/// What a detector may use beyond the post itself.
pub struct Context<'a> {
    pub options: &'a Options,
    /// The compiled terms, for detectors that scan more than the post text (place names).
    pub matcher: &'a super::matcher::Matcher,
    /// Where the words around a match say it is not about the writer's work.
    pub flags: Flags,
    /// The post's time in the report's zone, as (weekday 0 = Monday, minutes since midnight).
    pub local: (u32, u32),
}

/// Words in a post that change what other words mean.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    /// Watching, reading or playing something: "The Office marathon", "谍战剧".
    pub media: bool,
    /// A hobby that borrows work words: airshows, models, flight simulators.
    pub hobby: bool,
    /// Working from home.
    pub home_work: bool,
    /// Travel: airports, hotels, holidays.
    pub travel: bool,
}

impl Flags {
    pub fn of(s: &Scanned<'_>) -> Flags {
        Flags {
            // A Chinese title in 《》 after "play", "watch", "read", "listen": a game, a show.
            media: s.of(Class::MediaContext).any(|h| !film_material(s, h))
                || news_headline(s.text)
                || zh_title_played(s.text)
                || titled_year(s.text)
                || public_mission(s),
            // An open day or a volunteer's evening is the unit's own when the post says so
            // ("our centre's open day", "站里组织做志愿者").
            hobby: s.of(Class::HobbyContext).any(|h| {
                (!crate::analyze::lexicon::VISITS.contains(&&s.norm[h.nstart..h.nend])
                    || !s.has(Class::OwnUnit))
                    && !tool_of_the_trade(s, h)
            }),
            home_work: s.has(Class::HomeWork),
            // "老机场路", "Airport Road": a street, not a trip.
            travel: s.of(Class::TravelContext).any(|h| !in_idiom(s, h)),
        }
    }

    /// Whether lexicon cues about work should be distrusted in this post.
    pub fn off_work(&self) -> bool {
        self.media || self.hobby
    }
}

/// Whether a media word is film the material, not a film watched: "acetate film", "the film
/// processor", "film inspection day", "a reel of film".
fn film_material(s: &Scanned<'_>, h: &crate::analyze::matcher::Hit) -> bool {
    const BEFORE: &[&str] = &[
        "acetate",
        "nitrate",
        "polyester",
        "x-ray",
        "xray",
        "35mm",
        "16mm",
        "micro",
        "reel of",
        "reels of",
        "can of",
        "cans of",
        "roll of",
        "rolls of",
    ];
    const AFTER: &[&str] = &[
        "processor",
        "processing",
        "inspection",
        "stock",
        "base",
        "reel",
        "reels",
        "can",
        "cans",
        "scanner",
        "strip",
        "strips",
        "duplicat",
        "density",
        "store",
        "vault",
    ];
    let word = &s.norm[h.nstart..h.nend];
    if word != "film" && word != "films" {
        return false;
    }
    let before = s.norm[..h.nstart].trim_end();
    let after = s.norm[h.nend..].trim_start();
    BEFORE.iter().any(|w| {
        before.ends_with(w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    }) || AFTER.iter().any(|w| after.starts_with(w))
}

/// A headline passed on, as news channels tag theirs: "【即時】國防部：共軍今日…", "【快讯】",
/// "BREAKING: …".
fn news_headline(text: &str) -> bool {
    let t = text.trim_start();
    [
        "【即時】",
        "【即时】",
        "【快訊】",
        "【快讯】",
        "【新聞】",
        "【新闻】",
        "【突發】",
        "【突发】",
    ]
    .iter()
    .any(|tag| t.starts_with(tag))
        || ["BREAKING:", "BREAKING NEWS", "Breaking:", "Breaking news:"]
            .iter()
            .any(|tag| t.starts_with(tag))
}

/// Whether a hobby word is a word of a trade whose jargon the same post uses: the models of
/// a wind tunnel ("把模型对准风洞中心线，尾撑的干扰修正") and the simulators of a simulator
/// technician ("the sim's motion platform") are work, not a pastime. A modeller's kit or a
/// home flight sim comes with no such jargon.
fn tool_of_the_trade(s: &Scanned<'_>, hobby: &crate::analyze::matcher::Hit) -> bool {
    let trades = crate::analyze::trade_index::of(&s.norm[hobby.nstart..hobby.nend]);
    !trades.is_empty()
        && s.of(Class::Jargon).any(|j| {
            (j.nstart, j.nend) != (hobby.nstart, hobby.nend)
                && crate::analyze::trade_index::of(&s.norm[j.nstart..j.nend])
                    .iter()
                    .any(|t| trades.contains(t))
        })
}

/// A national space mission named as the news, not as the writer's work: "天问一号发射成功！",
/// "神舟十三号发射，半夜守直播", "Chandrayaan-3 lands on the Moon!!". A post that puts the
/// writer or their unit in it ("我们站全程跟踪神舟十三号", "our team tracked Artemis I") is not
/// the news.
fn public_mission(s: &Scanned<'_>) -> bool {
    let numbered = s.of(Class::Mission).any(|h| {
        let rest = s.norm[h.nend..].trim_start();
        // "嫦娥五号", "天和核心舱", "Chandrayaan 3", "Artemis I".
        rest.starts_with(|c: char| {
            c.is_ascii_digit() || crate::analyze::lexicon::ZH_NUMERALS.contains(c)
        }) || rest.starts_with("核心舱")
            || rest.starts_with("实验舱")
            || ["i ", "ii ", "iii ", "iv "]
                .iter()
                .any(|n| rest.starts_with(n) || rest == n.trim_end())
    });
    let own = || {
        s.has(Class::OwnUnit)
            || zh_first_person(s.text, true)
            || s.norm
                .split(' ')
                .any(|w| first_person(w, false) || matches!(w, "we" | "our" | "us"))
    };
    numbered && !own()
}

/// A film or book named with its year: "Pushing Tin (1999)", "Top Gun (1986)".
fn titled_year(text: &str) -> bool {
    text.match_indices('(').any(|(at, _)| {
        let year = text[at + 1..].get(..5).unwrap_or("");
        let digits = year.get(..4).unwrap_or("");
        let before = text[..at].trim_end();
        year.ends_with(')')
            && (digits.starts_with("19") || digits.starts_with("20"))
            && digits.bytes().all(|b| b.is_ascii_digit())
            && before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    })
}

/// Whether the words before `nstart` in the post are about someone else ("my sister got
/// promoted to", "恭喜表哥入职", "我妈是医生") with nothing about the writer after them.
pub fn about_someone_else(s: &Scanned<'_>, nstart: usize) -> bool {
    // Callers may pass an offset into the text as written (a name's span), which need not
    // fall on a character of the normalised text: step back to one.
    let mut nstart = nstart.min(s.norm.len());
    while !s.norm.is_char_boundary(nstart) {
        nstart -= 1;
    }
    let Some(other) = s.of(Class::ThirdParty).filter(|h| h.nend <= nstart).last() else {
        return false;
    };
    // "I" or "我" as a subject after the other person brings the writer back in.
    let between = s.norm.get(other.nend..nstart).unwrap_or("");
    if between
        .split_whitespace()
        .any(|w| w == "me" || first_person(w, false))
        || zh_first_person(between, false)
    {
        return false;
    }
    // "…and my mom still cried. 7 years at Cold Creek and I'd do it all again": a new
    // sentence whose own words bring the writer back in is about the writer.
    let (ostart, oend) = s.orig_span(other.nend, nstart);
    let written = s.text.get(ostart..oend.max(ostart)).unwrap_or("");
    let Some(brk) = written.rfind(['.', '!', '?', '。', '！', '？', '\n']) else {
        return true;
    };
    let rest = s.text.get(ostart + brk..).unwrap_or("");
    let sentence_end = rest
        .char_indices()
        .skip(1)
        .find(|(_, c)| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n'))
        .map_or(rest.len(), |(i, _)| i);
    let sentence = rest[..sentence_end].to_lowercase();
    let writer_back = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| first_person(w, false))
        || zh_first_person(&sentence, false);
    !writer_back
}

/// Whether a lower-case word is the writer as the subject: "I", "I'm", "I've", "I'd", with the
/// apostrophe written or dropped (as in the matching form); `wider` adds "me", the possessive
/// and the plural ("my", "mine", "we", "our", "us").
pub fn first_person(word: &str, wider: bool) -> bool {
    match word {
        "i" | "im" | "i'm" | "i’m" | "ive" | "i've" | "i’ve" | "id" | "i'd" | "i’d" => true,
        "me" | "my" | "mine" | "we" | "we're" | "we’re" | "our" | "us" => wider,
        _ => false,
    }
}

/// Whether Chinese text has the writer in it: 我, and with `wider` also 我们 (without it, a
/// text that says 我们 is taken as the group's, not the writer's).
pub fn zh_first_person(text: &str, wider: bool) -> bool {
    text.contains('我') && (wider || !text.contains("我们"))
}

/// Whether the clause before byte `start` of the text has a name for its subject and little
/// else: "Ailsa got the promotion", "Pal just made sergeant". English only; a capitalised word
/// that opens most sentences ("Finally got the promotion", "Team got the award") is no name.
pub fn named_subject(s: &Scanned<'_>, start: usize) -> bool {
    // The verb right after the name, then at most two more small words.
    const VERBS: &[&str] = &[
        "got", "gets", "just", "has", "had", "was", "is", "made", "finally",
    ];
    const LINKS: &[&str] = &[
        "been",
        "the",
        "a",
        "an",
        "another",
        "her",
        "his",
        "officially",
        "now",
    ];
    const NOT_NAMES: &[&str] = &[
        "I",
        "I'm",
        "I've",
        "My",
        "Our",
        "We",
        "We've",
        "Me",
        "Just",
        "Finally",
        "Today",
        "So",
        "Officially",
        "Proud",
        "Excited",
        "Happy",
        "Yesterday",
        "This",
        "That",
        "Big",
        "New",
        "Huge",
        "After",
        "Well",
        "Oh",
        "Got",
        "Team",
        "Whole",
        "Everyone",
        "Everybody",
        "Crew",
        "Squad",
        "Unit",
        "Still",
        "Now",
        "Another",
        "The",
        "A",
        "Somebody",
        "Someone",
        "Who",
        "Guess",
        "Who's",
        "Look",
        "Made",
        "Been",
        "Tonight",
        "Last",
        "First",
        "Also",
    ];
    let start = start.min(s.text.len());
    if !s.text.is_char_boundary(start) {
        return false;
    }
    let before = &s.text[..start];
    // The clause's start: after the last ASCII stop (a byte search; they are all ASCII).
    let from = before
        .as_bytes()
        .iter()
        .rposition(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b',' | b';' | b':'))
        .map_or(0, |i| i + 1);
    let clause = &before[from..];
    // A name and at most three words: a longer clause is no such sentence.
    if clause.len() > 60 {
        return false;
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    first.chars().count() >= 3
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && !first.chars().all(|c| c.is_ascii_uppercase())
        && !NOT_NAMES.contains(first)
        // A verb right after the name: "Found a crack" is the writer's, with no subject.
        && rest
            .first()
            .is_some_and(|w| VERBS.contains(&w.to_lowercase().as_str()))
        && rest.len() <= 3
        && rest.iter().all(|w| {
            let w = w.to_lowercase();
            VERBS.contains(&w.as_str()) || LINKS.contains(&w.as_str())
        })
}

/// Whether the English sentence holding a hit (an offset into the text as written) is about
/// a relative or friend named in it ("my wife", "my brother") and never about the writer:
/// "If you're hiring a project coordinator, my wife Sarah is looking for her next role". A
/// first-person word outside the other person's name ("I", "me", "we", "our", "my NDT
/// reports") keeps the sentence the writer's. Chinese drops the subject ("又要去发射场出差"
/// is the writer's), so a Chinese sentence is never judged this way.
pub fn sentence_about_someone_else(s: &Scanned<'_>, start: usize) -> bool {
    const ENDS: [char; 7] = ['.', '!', '?', '。', '！', '？', '\n'];
    // The writer's own people ("my wife"), looked for first: most posts name none, and are
    // done before the sentence is found.
    let mut others: Vec<&Hit> = s
        .of(Class::ThirdParty)
        .filter(|h| s.norm[h.nstart..].starts_with("my "))
        .collect();
    if others.is_empty() {
        return false;
    }
    let start = start.min(s.text.len());
    if !s.text.is_char_boundary(start) {
        return false;
    }
    let from = s.text[..start]
        .char_indices()
        .rfind(|(_, c)| ENDS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = s.text[start..]
        .find(ENDS)
        .map_or(s.text.len(), |i| start + i);
    if s.text[from..to]
        .chars()
        .any(crate::analyze::matcher::is_cjk)
    {
        return false;
    }
    others.retain(|h| h.start >= from && h.end <= to);
    if others.is_empty() {
        return false;
    }
    let inside_other = |i: usize| others.iter().any(|h| h.start <= i && i < h.end);
    let sentence = &s.text[from..to];
    let mut at = from;
    for word in sentence.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        let first = first_person(&word.to_lowercase(), true);
        // The word's offset: words are found in order.
        let off = s.text[at..to].find(word).map_or(at, |i| at + i);
        if first && !inside_other(off) {
            return false;
        }
        at = off + word.len();
    }
    true
}

/// Whether the words before `nstart` (normalised) make what follows a wish or a road not
/// taken, not the writer's: "I should work at IHOP", "would love to work at NASA", "I should
/// have been an accountant", "wanted to be a pilot". Articles and auxiliaries ("an", "been",
/// "to be") are passed over before the three words looked at.
pub fn wished_for(s: &Scanned<'_>, nstart: usize) -> bool {
    const FILLER: &[&str] = &[
        "a", "an", "the", "be", "been", "being", "become", "have", "to", "of",
    ];
    s.norm[..nstart]
        .split_whitespace()
        .rev()
        .skip_while(|w| FILLER.contains(w))
        .take(3)
        .any(|w| {
            matches!(
                w,
                "should"
                    | "shouldve"
                    | "would"
                    | "wouldve"
                    | "could"
                    | "couldve"
                    | "might"
                    | "wanna"
                    | "want"
                    | "wants"
                    | "wanted"
                    | "dreams"
                    | "hopes"
                    | "wish"
                    | "dream"
                    | "dreamed"
                    | "if"
                    | "someday"
                    | "hope"
                    | "thinking"
                    | "considering"
                    | "tempted"
            )
        })
}

/// Whether a hit is part of a capitalised title after "The": "The Hot Zone", "The Office".
pub fn in_title(s: &Scanned<'_>, h: &Hit) -> bool {
    let original = s.original(h);
    let capitalised = original
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    capitalised
        && (original.starts_with("The ") || s.text[..h.start].ends_with("The "))
        && original.chars().any(char::is_lowercase)
}

/// Whether a hit overlaps an idiom ("secret recipe", "unit converter", "所以", "医院").
pub fn in_idiom(s: &Scanned<'_>, h: &Hit) -> bool {
    s.of(Class::Idiom)
        .any(|i| *i != *h && i.nstart < h.nend && h.nstart < i.nend)
}

/// Build a signal whose span is the hit.
pub fn signal_at(
    category: Category,
    detector: &'static str,
    strength: Strength,
    h: &Hit,
    reason: String,
    subject: Option<String>,
) -> Signal {
    Signal {
        category,
        detector,
        reason,
        span: Some((h.start, h.end)),
        strength,
        subject,
    }
}

/// Whether the hit is of this lexicon class.
pub fn is(h: &Hit, class: Class) -> bool {
    h.kind == TermKind::Lex(class)
}

/// A per-post detector: a name, a category, a user-facing explanation, and a check.
pub trait Detector: Sync {
    /// Stable kebab-case id, shown with every signal (e.g. `employment-statement`).
    fn id(&self) -> &'static str;
    /// The category its signals usually feed.
    fn category(&self) -> Category;
    /// One line: what it looks for.
    fn summary(&self) -> &'static str;
    /// The user documentation, with the headings `What it detects`, `Why it matters`,
    /// `Example` and `False positives`.
    fn explain(&self) -> &'static str;
    /// Look at one post and push any signals.
    fn check(&self, post: &Post, text: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>);
}

/// Whether the text plays, watches, reads or listens to a 《title》: "玩《城市：天际线》",
/// "玩了一晚上《坎巴拉太空计划》" (the verb up to six characters before the title).
fn zh_title_played(text: &str) -> bool {
    const VERBS: &str = "玩看读听追刷讀聽";
    text.match_indices('《').any(|(i, _)| {
        text[..i]
            .chars()
            .rev()
            .take(6)
            .take_while(|c| !"，。！？,.!?".contains(*c))
            .any(|c| VERBS.contains(c))
    }) || text.match_indices('》').any(|(i, _)| {
        // "《三体》看到红岸基地那段", "《流浪地球》里": the title read or watched, or what is in it.
        text[i + '》'.len_utf8()..]
            .chars()
            .take(2)
            .any(|c| VERBS.contains(c) || "里裡中".contains(c))
    })
}
