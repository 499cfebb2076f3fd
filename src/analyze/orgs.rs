//! Finding organisation names in text: capitalised phrases after employment cues, names that
//! end in an organisation word ("… Naval Shipyard", "…测绘院"), their short forms and
//! acronyms. Used by the per-post detectors and by unit discovery in aggregation.

use super::matcher::is_cjk;

/// Words that end an English organisation name.
pub const ORG_TYPES_EN: &[&str] = &[
    "shipyard",
    "dockyard",
    "yard",
    "institute",
    "laboratory",
    "laboratories",
    "lab",
    "labs",
    "agency",
    "center",
    "centre",
    "command",
    "base",
    "station",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "llc",
    "company",
    "department",
    "dept",
    "bureau",
    "ministry",
    "unit",
    "division",
    "squadron",
    "regiment",
    "battalion",
    "brigade",
    "group",
    "works",
    "plant",
    "hospital",
    "university",
    "college",
    "academy",
    "authority",
    "administration",
    "directorate",
    "facility",
    "force",
    "fleet",
    "wing",
    "corps",
    "council",
    "commission",
    "systems",
    "technologies",
    "industries",
    "dynamics",
    "aerospace",
    "electronics",
    "observatory",
    "arsenal",
    "depot",
    "camp",
    "airfield",
    "police",
    "guard",
    "service",
    "services",
    "office",
    "control",
    "approach",
    "tracon",
];

/// Chinese organisation suffixes, longest first.
pub const ORG_TYPES_ZH: &[&str] = &[
    "研究所",
    "研究院",
    "设计院",
    "研究中心",
    "实验室",
    "总医院",
    "集团",
    "公司",
    "部队",
    "基地",
    "中心",
    "总队",
    "支队",
    "分局",
    "大队",
    "中队",
    "分队",
    "试验站",
    "监测站",
    "观测站",
    "地面站",
    "测控站",
    "雷达站",
    "气象站",
    "气象台",
    "天文台",
    "地震台",
    // Any other station ("…水文保障站") needs four characters before it; travel stations are
    // excluded below.
    "站",
    // Any other team or unit ("…空中支援队") likewise, so that a sports team is seldom one.
    "队",
    // A section ("爆炸品处理组") likewise: "学习小组" is no unit.
    "组",
    "院",
    "所",
    "局",
    "厂",
    // An administration: 海巡署, 警政署, 卫生署 (not 部署, 签署).
    "署",
    // A department: 空救处, 保安处 (not 好处, 到处, 相处: see `VERB_BEFORE_TYPE`).
    "处",
    // Numbered army formations only ("宪兵248营", "第二四八营", "三十八团"; see
    // `NUMBERED_ONLY`): 营业, 夏令营, 旅游团 and 老师 are no units.
    "营",
    "团",
    "旅",
    "师",
];

/// Suffixes that make a name only right after a number: two numerals or more, or 第 and one
/// ("248营", "二四八营", "第三旅"; not "露营", "三营长" is 营长 of the third).
const NUMBERED_ONLY: &[&str] = &["营", "团", "旅", "师"];

/// The ways people write a numbered formation ("宪兵248营"): the formation alone, its number in
/// the other script said digit by digit ("二四八营" and "248营" are one battalion), and the
/// number apart from its suffix ("248 营").
fn numbered_formation_forms(chars: &[char]) -> Vec<String> {
    let Some((&suffix, head)) = chars.split_last() else {
        return Vec::new();
    };
    if !NUMBERED_ONLY.iter().any(|s| s.starts_with(suffix)) {
        return Vec::new();
    }
    let n = head
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || ZH_DIGITS.contains(c))
        .count();
    if n < 2 {
        return Vec::new();
    }
    let num: String = head[head.len() - n..].iter().collect();
    let other: String = if num.bytes().all(|b| b.is_ascii_digit()) {
        num.bytes()
            .map(|b| ZH_DIGITS[usize::from(b - b'0')])
            .collect()
    } else {
        match zh_number(&num) {
            Some(v) => v.to_string(),
            None => return Vec::new(),
        }
    };
    let mut out = Vec::new();
    for n in [num, other] {
        out.push(format!("{n}{suffix}"));
        out.push(format!("{n} {suffix}"));
        out.push(format!("第{n}{suffix}"));
    }
    out
}

/// Chinese digits by value, with 零 as a second zero.
const ZH_DIGITS: [char; 11] = [
    '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '零',
];

/// How many numerals (digits or Chinese numerals) end `chars`, and whether 第 comes before.
fn numerals_before(chars: &[(usize, char)]) -> (usize, bool) {
    let n = chars
        .iter()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || "一二三四五六七八九十百千零〇两".contains(*c))
        .count();
    let di = n > 0 && chars.len() > n && chars[chars.len() - n - 1].1 == '第';
    (n, di)
}

/// Words that may sit inside a capitalised name without a capital.
const CONNECTORS: &[&str] = &["of", "for", "and", "&", "de", "du", "la", "the"];

/// Capitalised words that start sentences and are never organisation names.
const NOT_NAMES: &[&str] = &[
    "I",
    "I'm",
    "I'd",
    "I've",
    "I'll",
    "I’m",
    "I’d",
    "I’ve",
    "I’ll",
    "My",
    "Our",
    "The",
    "A",
    "An",
    "This",
    "That",
    "Today",
    "Tonight",
    "Just",
    "So",
    "And",
    "But",
    "Finally",
    "First",
    "Last",
    "New",
    "Big",
    "Happy",
    "Proud",
    "Day",
    "Week",
    "Year",
    "Years",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "It",
    "It's",
    "We",
    "We're",
    "You",
    "Thanks",
    "Thank",
    "Great",
    "Good",
    "Best",
    "Back",
    "Here",
    "There",
    "What",
    "When",
    "Who",
    "Why",
    "How",
    "Ten",
];

/// One word of text with its byte span.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// Punctuation (other than `-`, `&`, `'`, `.`) follows the word before the next one.
    breaks_after: bool,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() && !is_cjk(c) || matches!(c, '\'' | '’' | '&' | '-' | '.');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(make_word(text, s, i));
                start = None;
            }
            _ => {}
        }
        if !part
            && !c.is_whitespace()
            && let Some(last) = out.last_mut()
        {
            last.breaks_after = true;
        }
    }
    if let Some(s) = start {
        out.push(make_word(text, s, text.len()));
    }
    out
}

fn make_word(text: &str, s: usize, e: usize) -> Word<'_> {
    // A word may end with a full stop that closes a sentence.
    let raw = &text[s..e];
    let trimmed = raw.trim_end_matches(['.', '-', '\'', '’']);
    let breaks = trimmed.len() < raw.len() && raw.ends_with('.');
    Word {
        text: trimmed,
        start: s,
        end: s + trimmed.len(),
        breaks_after: breaks,
    }
}

fn is_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    chars
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && w.chars().any(char::is_alphabetic)
}

/// Whether a word (any case) is an organisation type word: "Shipyard", "lab", "Centre".
pub fn is_org_type(w: &str) -> bool {
    // Asked of nearly every capitalised word of every post: a set, and no allocation for
    // ASCII words.
    static TYPES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let types = TYPES.get_or_init(|| ORG_TYPES_EN.iter().copied().collect());
    if w.len() > 32 {
        return false;
    }
    if w.is_ascii() {
        let mut buf = [0u8; 32];
        let l = &mut buf[..w.len()];
        l.copy_from_slice(w.as_bytes());
        l.make_ascii_lowercase();
        return std::str::from_utf8(l).is_ok_and(|l| types.contains(l));
    }
    types.contains(w.to_lowercase().as_str())
}

/// A name found in text, with its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpan {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// The capitalised phrase starting at or after byte `from` ("Harbor Point Naval Shipyard"),
/// skipping a leading "the". `None` when the next word is not capitalised.
pub fn capture_after(text: &str, from: usize) -> Option<NameSpan> {
    let ws = words(text.get(from..)?);
    let mut i = 0;
    if ws
        .first()
        .is_some_and(|w| w.text.eq_ignore_ascii_case("the"))
    {
        i = 1;
    }
    // "Part of the 47 SIG family": a number and a unit's abbreviation.
    if let (Some(n), Some(a)) = (ws.get(i), ws.get(i + 1))
        && !n.breaks_after
        && n.text.bytes().all(|b| b.is_ascii_digit())
        && is_unit_abbreviation(a.text)
    {
        return Some(NameSpan {
            name: text[from + n.start..from + a.end].to_string(),
            start: from + n.start,
            end: from + a.end,
        });
    }
    let run = capital_run(&ws, i)?;
    let (s, e) = (ws[run.0].start, ws[run.1].end);
    let name = text[from + s..from + e].to_string();
    // "starting at 6pm": a time, not an organisation; "43rd Battalion" and "47 SIG" are ones.
    let ordinal_unit = name.starts_with(|c: char| c.is_ascii_digit())
        && name
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| is_formation(w) || is_unit_abbreviation(w));
    if NOT_NAMES.contains(&name.as_str())
        || name.starts_with(|c: char| c.is_ascii_digit()) && !ordinal_unit
    {
        return None;
    }
    Some(with_parent(
        text,
        NameSpan {
            name,
            start: from + s,
            end: from + e,
        },
    ))
}

/// "SIG" of "47 SIG", "SIR" of "3 SIR", "PARA" of "2 PARA": a number and a word in capitals
/// name a numbered unit, unless the word is a unit of measure, a time or a currency.
pub fn is_unit_abbreviation(w: &str) -> bool {
    const MEASURES: &[&str] = &[
        "AM", "PM", "GB", "MB", "KB", "TB", "KM", "KG", "HR", "HRS", "MPH", "KPH", "FPS", "MP",
        "USD", "SGD", "MYR", "RM", "NTD", "TWD", "HKD", "GBP", "EUR", "AUD", "CAD", "NZD", "RMB",
        "CNY", "JPY", "CM", "MM", "ML", "PCS", "PAX", "MIN", "MINS", "SEC", "SECS", "DAYS", "YRS",
        "LBS", "OZ", "FT", "KW", "KWH", "MW", "HP", "CC", "DVD", "CD", "GHZ", "MHZ", "HZ", "DB",
        "UTC", "GMT", "BST", "EST", "PST", "SGT", "HKT", "CST", "JST", "AEST", "K", "M", "X", "XL",
        "XXL", "PT", "PTS", "VS", "OF", "IN", "ON", "TO", "AND", "THE", "FOR", "STAR", "STARS",
        "LOL", "OMG", "AD", "BC", "CE", "BCE", "ST", "ND", "RD", "TH", "MG", "MCG", "IU", "BPM",
        "RPM", "PSI", "BAR", "NM", "KT", "KTS", "KN",
    ];
    (2..=5).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !MEASURES.contains(&w)
}

/// Military formation words, which are often followed by their parent after a comma.
const FORMATIONS: &[&str] = &[
    "battalion",
    "regiment",
    "squadron",
    "brigade",
    "company",
    "battery",
    "division",
    "group",
    "wing",
    "flotilla",
];

fn is_formation(w: &str) -> bool {
    FORMATIONS.contains(&w.trim_end_matches(',').to_lowercase().as_str())
}

/// "43rd Battalion, Singapore Combat Engineers", "2nd Battalion, Royal Irish Regiment": a
/// formation's name goes on after a comma with its parent's, and the whole is the unit.
fn with_parent(text: &str, n: NameSpan) -> NameSpan {
    let last = n.name.split_whitespace().last().unwrap_or("");
    let Some(after) = text.get(n.end..).and_then(|t| t.strip_prefix(", ")) else {
        return n;
    };
    if !is_formation(last) {
        return n;
    }
    let ws = words(after);
    let Some((a, b)) = capital_run(&ws, 0) else {
        return n;
    };
    // The parent is a name, not the start of the next clause ("Battalion, Tuesday").
    if b == a && (NOT_NAMES.contains(&ws[a].text) || !ws[a].text.chars().any(char::is_uppercase)) {
        return n;
    }
    let end = n.end + 2 + ws[b].end;
    NameSpan {
        name: text[n.start..end].to_string(),
        start: n.start,
        end,
    }
}

/// The capitalised phrase that ends right before byte `to` ("Harbor Point" in "Harbor Point
/// is hiring").
pub fn capture_before(text: &str, to: usize) -> Option<NameSpan> {
    let head = text.get(..to)?;
    let ws = words(head);
    let last = ws.len().checked_sub(1)?;
    if ws[last].breaks_after || !is_capitalised(ws[last].text) {
        return None;
    }
    let mut first = last;
    while first > 0 {
        let prev = &ws[first - 1];
        if prev.breaks_after {
            break;
        }
        if is_capitalised(prev.text) {
            first -= 1;
        } else {
            break;
        }
    }
    // Drop sentence-opening filler ("Today Harbor Point").
    while first < last && NOT_NAMES.contains(&ws[first].text) {
        first += 1;
    }
    if NOT_NAMES.contains(&ws[first].text) {
        return None;
    }
    Some(NameSpan {
        name: head[ws[first].start..ws[last].end].to_string(),
        start: ws[first].start,
        end: ws[last].end,
    })
}

/// The longest run of capitalised words (with connectors inside) starting at word `i`.
fn capital_run(ws: &[Word<'_>], i: usize) -> Option<(usize, usize)> {
    let first = ws.get(i)?;
    if !is_capitalised(first.text) {
        return None;
    }
    let mut end = i;
    let mut j = i;
    while !ws[j].breaks_after && j + 1 < ws.len() {
        let next = &ws[j + 1];
        if NOT_NAMES.contains(&next.text) {
            break;
        }
        if is_capitalised(next.text) {
            j += 1;
            end = j;
        } else if CONNECTORS.contains(&next.text.to_lowercase().as_str())
            && !(matches!(next.text, "and" | "&") && (i..=j).any(|k| is_org_type(ws[k].text)))
            && !next.breaks_after
            && ws
                .get(j + 2)
                .is_some_and(|w| is_capitalised(w.text) && !NOT_NAMES.contains(&w.text))
        {
            j += 2;
            end = j;
        } else {
            break;
        }
        if end - i >= 7 {
            break;
        }
    }
    Some((i, end))
}

/// English organisation names ending in an organisation word, with at least one distinctive
/// capitalised word before it ("Harbor Point Naval Shipyard", not "The Office").
pub fn typed_names_en(text: &str) -> Vec<NameSpan> {
    // Most posts name no organisation word at all: look for a capitalised one before
    // splitting the text into words.
    let capitalised_type = text
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .any(|w| w.starts_with(|c: char| c.is_uppercase()) && (is_org_type(w) || is_type_first(w)));
    if !capitalised_type {
        return Vec::new();
    }
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let Some((s, e)) = capital_run(&ws, i) else {
            i += 1;
            continue;
        };
        // The longest prefix of the run that ends in an organisation word.
        if let Some(end) = (s..=e)
            .rev()
            .find(|&k| is_org_type(ws[k].text) || is_type_first(ws[k].text))
        {
            let mut first = s;
            while first < end && NOT_NAMES.contains(&ws[first].text) {
                first += 1;
            }
            // "Coast Guard Station Sinagtala": a station or base named after the word.
            let tail = named_after_type(&ws[end..=e]);
            let everyday = end > first && is_everyday_kind(ws[end - 1].text, ws[end].text);
            let distinctive = tail > 0
                || is_org_type(ws[end].text)
                    && !everyday
                    && (first..end).any(|k| is_capitalised(ws[k].text) && !is_org_type(ws[k].text));
            if distinctive {
                let last = end + tail;
                let n = with_parent(
                    text,
                    NameSpan {
                        name: text[ws[first].start..ws[last].end].to_string(),
                        start: ws[first].start,
                        end: ws[last].end,
                    },
                );
                // Skip the parent's words: they are part of this name.
                i = e + 1;
                while i < ws.len() && ws[i].start < n.end {
                    i += 1;
                }
                out.push(n);
                continue;
            }
        }
        i = e + 1;
    }
    out
}

/// Organisation words that may come before the name they are given, with the kind they name
/// in English (for "our station" and the like) and whether the name after them runs on for up
/// to five words: "Station Sinagtala", "Naval Base Kitsap", "RAF Lossiemouth", "Camp
/// Pendleton", and in Malay, where the kind always comes first, "Makmal Forensik PDRM Sungai
/// Kelambu" (laboratory), "Kem …" (camp), "Pangkalan …" (base), "Markas …" (headquarters),
/// "Balai …" (a police or fire station), "Jabatan …" (department).
const TYPE_FIRST: &[(&str, Option<&str>, bool)] = &[
    ("station", Some("station"), false),
    ("unit", Some("unit"), false),
    ("base", Some("base"), false),
    ("camp", Some("camp"), false),
    ("raf", Some("station"), false),
    ("hms", None, false),
    // Navies' ship prefixes (India's also names its shore bases so): "LÉ Clíodhna", "INS
    // Shyenvar", "KD Jelajah".
    ("lé", None, false),
    ("le", None, false),
    ("uss", None, false),
    ("usns", None, false),
    ("hmas", None, false),
    ("hmnzs", None, false),
    ("hmcs", None, false),
    ("rfa", None, false),
    ("ins", None, false),
    ("kd", None, false),
    ("kri", None, false),
    ("brp", None, false),
    ("rss", None, false),
    ("hmnb", Some("base"), false),
    ("rnas", Some("station"), false),
    ("makmal", Some("lab"), true),
    ("kem", Some("camp"), true),
    ("pangkalan", Some("base"), true),
    ("markas", Some("headquarters"), true),
    ("balai", Some("station"), true),
    ("jabatan", Some("department"), true),
];

/// The [`TYPE_FIRST`] entry of a word in any case.
fn type_first(w: &str) -> Option<&'static (&'static str, Option<&'static str>, bool)> {
    if w.len() > 9 {
        return None;
    }
    let l = w.to_lowercase();
    TYPE_FIRST.iter().find(|(t, _, _)| *t == l)
}

/// Whether a word is one that names an organisation by coming before its name (and is not
/// also an organisation word at the end of names, as "Station" is).
pub fn is_type_first(w: &str) -> bool {
    type_first(w).is_some()
        && !is_org_type(w)
        // "RAF", "HMS" in capitals only: "hms" or "Raf" is a word or a name.
        && (w.len() > 5 || w.chars().all(char::is_uppercase) || w == "Kem")
}

/// A kind said of everyday life, not of an organisation: "Summer Camp", "Boot Camp".
fn is_everyday_kind(before: &str, kind: &str) -> bool {
    const CAMPS: &[&str] = &[
        "summer",
        "boot",
        "band",
        "base",
        "space",
        "code",
        "coding",
        "day",
        "holiday",
        "music",
        "football",
        "soccer",
        "basketball",
        "netball",
        "training",
        "bible",
        "church",
        "surf",
        "art",
        "arts",
        "science",
        "math",
        "maths",
        "winter",
        "spring",
        "sports",
        "sport",
        "tennis",
        "golf",
        "ski",
        "dance",
        "drama",
        "theatre",
        "yoga",
        "fitness",
        "adventure",
        "scout",
        "scouts",
        "cub",
        "family",
        "kids",
        "youth",
        "language",
        "english",
        "chinese",
        "robotics",
        "startup",
        "writing",
        "film",
        "rugby",
        "swim",
        "swimming",
        "running",
    ];
    kind.eq_ignore_ascii_case("camp") && CAMPS.contains(&before.to_lowercase().as_str())
}

/// Words that after "Station" or "Base" make a street, a show or a sport, not a name.
const NOT_TYPE_NAMES: &[&str] = &[
    "road", "rd", "street", "st", "avenue", "ave", "lane", "square", "plaza", "hotel", "mall",
    "park", "camp", "jump", "jumping", "layer", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "zero", "alpha", "manager", "rate",
];

/// How many capitalised words (one or two) after the organisation word `ws[0]` name it:
/// "Sinagtala" in "Station Sinagtala". Zero when the word is not one that comes first.
fn named_after_type(ws: &[Word<'_>]) -> usize {
    let Some(t) = ws.first() else { return 0 };
    let Some(&(_, _, long)) = type_first(t.text) else {
        return 0;
    };
    if t.breaks_after {
        return 0;
    }
    let most = if long { 5 } else { 2 };
    let mut n = 0;
    for (k, w) in ws.iter().enumerate().skip(1).take(most) {
        let l = w.text.to_lowercase();
        if !is_capitalised(w.text)
            || is_org_type(w.text)
            || NOT_TYPE_NAMES.contains(&l.as_str())
            || NOT_NAMES.contains(&w.text)
            || w.text.starts_with(|c: char| c.is_ascii_digit())
        {
            break;
        }
        n = k;
        if w.breaks_after {
            break;
        }
    }
    n
}

/// For a name given after its organisation word ("Coast Guard Station Sinagtala"), the index
/// of that word and the name's words after it.
fn split_type_first(ws: &[&str]) -> Option<(usize, usize)> {
    let t = ws.iter().rposition(|w| type_first(w).is_some())?;
    let tail = ws.len() - t - 1;
    ((1..=2).contains(&tail)
        && ws[t + 1..].iter().all(|w| {
            is_capitalised(w)
                && !is_org_type(w)
                && !NOT_TYPE_NAMES.contains(&w.to_lowercase().as_str())
        }))
    .then_some((t, tail))
}

/// The first characters of [`ORG_TYPES_ZH`]: only they can start a type word.
const ORG_TYPE_FIRSTS: &str = "研设实总集公部基中大分支试监观地测雷气天院所局厂站队组署处营团旅师";

/// [`ORG_TYPE_FIRSTS`] by the low nine bits of their code points: a bit test turns away
/// nearly every other character before the list is searched.
const ORG_TYPE_FIRST_BITS: [u64; 8] = {
    let b = ORG_TYPE_FIRSTS.as_bytes();
    let mut bits = [0u64; 8];
    let mut i = 0;
    // Every first character is a three-byte CJK character.
    while i + 2 < b.len() {
        let cp = ((b[i] as u32 & 0x0f) << 12)
            | ((b[i + 1] as u32 & 0x3f) << 6)
            | (b[i + 2] as u32 & 0x3f);
        bits[((cp >> 6) & 7) as usize] |= 1 << (cp & 63);
        i += 3;
    }
    bits
};

/// Whether `c` can start a Chinese type word ([`ORG_TYPE_FIRSTS`]).
fn is_org_type_first(c: char) -> bool {
    let cp = c as u32;
    cp >= 0x4e00
        && ORG_TYPE_FIRST_BITS[((cp >> 6) & 7) as usize] >> (cp & 63) & 1 == 1
        && ORG_TYPE_FIRSTS.contains(c)
}

/// Suffixes that also start words of their own, with the characters that make those words:
/// 组 of 组队, 组织, 组长; 处 of 处理, 处置, 处分, 处方, 处于.
const SUFFIX_STARTS_WORD: &[(&str, &[char])] = &[
    (
        "组",
        &[
            '队', '织', '成', '合', '装', '建', '长', '员', '件', '图', '别',
        ],
    ),
    (
        "处",
        &['理', '置', '分', '罚', '于', '境', '事', '方', '世', '女'],
    ),
    (
        "营",
        &['业', '养', '销', '造', '运', '收', '救', '区', '地', '利'],
    ),
    (
        "团",
        &['购', '队', '建', '聚', '员', '体', '结', '伙', '圆', '费'],
    ),
    (
        "旅",
        &['行', '游', '客', '馆', '途', '程', '居', '店', '拍'],
    ),
    (
        "师",
        &[
            '兄', '姐', '弟', '妹', '傅', '父', '范', '生', '资', '奶', '母', '爷',
        ],
    ),
    // "跑大队接力": a relay race at a sports day, not a brigade.
    ("大队", &['接']),
    // "对准风洞中心线", "圆的中心点": a centre line or point, not a centre.
    ("中心", &['线', '点', '轴', '距']),
    ("队", &['接']),
];

/// Words ending in an organisation suffix that name no organisation: verbs (queueing, teaming
/// up, opening a factory or company, signing) and 处 as "place" or "get along".
const VERB_BEFORE_TYPE: &[&str] = &[
    // 局 as an ending, a layout or a game, not a bureau: "《延禧攻略》大结局".
    "结局",
    "布局",
    "格局",
    "饭局",
    "牌局",
    "棋局",
    "开局",
    "出局",
    "僵局",
    "骗局",
    "赌局",
    // 处 as "place" or "get along", not a department.
    "好处",
    "坏处",
    "到处",
    "之处",
    "相处",
    "深处",
    "远处",
    "近处",
    "出处",
    "住处",
    "用处",
    "难处",
    "益处",
    "各处",
    "此处",
    "何处",
    "别处",
    "身处",
    "共处",
    "高处",
    "低处",
    "长处",
    "短处",
    "痛处",
    "妙处",
    "去处",
    "落脚处",
    "停车处",
    "售票处",
    "问讯处",
    "失物招领处",
    "排队",
    "插队",
    "站队",
    "组队",
    "带队",
    "归队",
    "入队",
    "跟队",
    "列队",
    "离队",
    // "支队建队纪念章": the founding of a unit, not a unit named "…支队建".
    "建队",
    "收队",
    "整队",
    "开厂",
    "建厂",
    "办厂",
    "开工厂",
    "办工厂",
    "建工厂",
    "开公司",
    "办公司",
    "开间公司",
    "开个公司",
    "部署",
    "签署",
    "公署",
];

/// Chars that end a Chinese name scan to the left: punctuation and function characters.
fn zh_stop(c: char) -> bool {
    !is_cjk(c) && !c.is_ascii_digit()
        || "的在是了我你他她们到为入加进去从和与跟给对被把这那个今又也都还就说里啦吧呢吗啊很最想要会能来让向往着过上做嚟返"
            .contains(c)
}

/// Chinese organisation names: the run of characters before an organisation suffix
/// ("江城测绘院" in "成为江城测绘院的一员"), at least two characters before the suffix.
pub fn names_zh(text: &str) -> Vec<NameSpan> {
    // Chinese text has bytes of 0xE3 and above; most posts have none and cost one pass.
    if !text.bytes().any(|b| b >= 0xE3) {
        return Vec::new();
    }
    names_zh_folded(text, &crate::analyze::matcher::simplify(text))
}

/// [`names_zh`] given the text already folded to Simplified (the same byte offsets): matched
/// in the folded text, named as written.
pub fn names_zh_folded(written: &str, folded: &str) -> Vec<NameSpan> {
    let text = folded;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out: Vec<NameSpan> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        // Only the first characters of the suffixes can start one.
        if !is_org_type_first(chars[k].1) {
            k += 1;
            continue;
        }
        let rest = &text[chars[k].0..];
        let Some(suffix) = ORG_TYPES_ZH.iter().find(|s| rest.starts_with(**s)) else {
            k += 1;
            continue;
        };
        let suffix_chars = suffix.chars().count();
        let end_idx = k + suffix_chars;
        let end = chars.get(end_idx).map_or(text.len(), |c| c.0);
        let mut first = k;
        while first > 0 && k - (first - 1) <= 10 {
            let c = chars[first - 1].1;
            // "入境事务中心", "出入境管理局", "进出口…": the verb is part of the name.
            let in_name = matches!(c, '入' | '进')
                && chars
                    .get(first)
                    .is_some_and(|n| matches!((c, n.1), ('入', '境') | ('进', '出')));
            if zh_stop(c) && !in_name {
                break;
            }
            first -= 1;
        }
        // "入职东海…": the second character of a job verb is not part of the name.
        if first > 0 && k - first > 2 {
            let pair: String = [chars[first - 1].1, chars[first].1].iter().collect();
            if [
                "入职", "任职", "就职", "供职", "离职", "调入", "加入", "进入",
            ]
            .contains(&pair.as_str())
            {
                first += 1;
            }
        }
        // "谢谢电战六大队", "疫情期间站里": thanks, a greeting or a time before a name are not
        // part of it.
        {
            let span = &text[chars[first].0..chars[k].0];
            if let Some(cut) = ZH_LEAD_WORDS
                .iter()
                .filter_map(|w| span.rfind(w).map(|p| p + w.len()))
                .max()
            {
                let at = chars[first].0 + cut;
                first = chars[first..=k]
                    .iter()
                    .position(|c| c.0 == at)
                    .map_or(first, |p| first + p);
            }
        }
        // "排队" (queue up), "组队" (team up), "开工厂" (open a factory): a verb, not a name.
        if VERB_BEFORE_TYPE.iter().any(|v| text[..end].ends_with(v)) {
            k = end_idx.max(k + 1);
            continue;
        }
        // A suffix that starts a word of its own (组织, 处理) ends no name; nor does a study
        // group (学习小组).
        let starts_word = SUFFIX_STARTS_WORD
            .iter()
            .any(|(t, next)| t == suffix && text[end..].starts_with(*next));
        if starts_word || *suffix == "组" && text[..chars[k].0].ends_with('小') {
            k = end_idx.max(k + 1);
            continue;
        }
        if NUMBERED_ONLY.contains(suffix) {
            let (n, di) = numerals_before(&chars[..k]);
            if n < 2 && !(di && n == 1) {
                k = end_idx.max(k + 1);
                continue;
            }
        }
        // "我们云峰站": a short name after "our" is the writer's unit, though 车站 and 小站 are
        // everyday words.
        let ours = ZH_OURS.iter().any(|w| text[..chars[first].0].ends_with(w));
        let min_before = if matches!(*suffix, "站" | "队" | "组") && !(ours && *suffix == "站")
        {
            4
        } else {
            2
        };
        if k - first >= min_before {
            let name = text[chars[first].0..end].to_string();
            if !is_common_zh_place(&name) {
                out.push(NameSpan {
                    name: written[chars[first].0..end].to_string(),
                    start: chars[first].0,
                    end,
                });
            }
        }
        k = end_idx.max(k + 1);
    }
    out
}

/// "Our" in Chinese, Simplified, Traditional and written Cantonese: "我们 KDJS", "我們雲峰站".
pub const ZH_OURS: &[&str] = &["我们", "我們", "我哋", "我地"];

/// Whether a word is shaped like an acronym: three to seven capitals, digits allowed after
/// them ("JCDS", "KDJS", "CPT658").
pub fn acronym_shaped(w: &str) -> bool {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
    (3..=7).contains(&w.len())
        && letters.len() >= 3
        && letters.bytes().all(|b| b.is_ascii_uppercase())
}

/// Words that end what comes before a Chinese name (in Simplified): thanks, greetings and times.
pub const ZH_LEAD_WORDS: &[&str] = &[
    "谢谢", "感谢", "恭喜", "祝贺", "欢迎", "期间", "时候", "以来", "之后", "以后", "之前", "以前",
    "今天", "昨天", "明天",
];

/// Everyday places (and children's programmes) that end in an organisation suffix and are not
/// workplaces to flag.
fn is_common_zh_place(name: &str) -> bool {
    const COMMON: &[&str] = &[
        // Children's programmes named like units (the Octonauts, Paw Patrol).
        "海底小纵队",
        "汪汪队",
        "敬老院",
        "养老院",
        "福利院",
        "电影院",
        "医院",
        "剧院",
        "法院",
        "书院",
        "寺院",
        "庭院",
        "学院",
        "派出所",
        "厕所",
        "诊所",
        "托儿所",
        "招待所",
        "事务所",
        "邮局",
        "市中心",
        "购物中心",
        "健身中心",
        "游客中心",
        "服务中心",
        "活动中心",
        "运动中心",
        "体育中心",
        "文化中心",
        "会展中心",
        "社区中心",
        "商业中心",
        "快递公司",
        "物业公司",
        "保险公司",
        "游乐园",
        "卫生间",
        "动物园",
        "公园",
        "所以",
        "所有",
        "研究所以",
        "警察局",
        "火车站",
        "高铁站",
        "地铁站",
        "汽车站",
        "客运站",
        "公交站",
        "加油站",
        "充电站",
        "服务站",
        "收费站",
        "中转站",
        "垃圾站",
        // A spacecraft: "中国空间站开建了" is the news.
        "空间站",
        "回收站",
        "救助站",
        "网站",
        "车站",
        "南站",
        "北站",
        "东站",
        "西站",
        "总站",
        "首站",
        "驿站",
        "小站",
        "快递站",
        "换乘站",
        "终点站",
        "始发站",
        "转运站",
        "客服中心",
        "展览中心",
        "月子中心",
        "托育中心",
    ];
    let folded = crate::analyze::matcher::simplify(name);
    COMMON.iter().any(|c| folded.ends_with(c)) && !folded.contains("研究")
        || name.chars().count() > 12
}

/// Short forms people use for a name: English word prefixes of two or more words that are not
/// all organisation words ("Harbor Point" of "Harbor Point Naval Shipyard"); Chinese suffixes
/// of three or more characters ("测绘院" of "江城测绘院"); "第七研究所" → "七所".
pub fn short_forms(name: &str) -> Vec<String> {
    let folded = crate::analyze::matcher::simplify(name);
    let name: &str = &folded;
    let mut out = Vec::new();
    if name.chars().any(is_cjk) {
        let chars: Vec<char> = name.chars().collect();
        for i in 1..chars.len() {
            if chars.len() - i >= 3 {
                out.push(chars[i..].iter().collect());
            }
        }
        // 东海电子研究所 → 电子所, 东海电子所: the stem (with or without its place prefix) and the
        // last character of the type word.
        for (suffix, short) in [("研究所", "所"), ("研究院", "院"), ("研究中心", "中心")]
        {
            if let Some(stem) = name.strip_suffix(suffix) {
                let stem: Vec<char> = stem.chars().collect();
                for i in 0..stem.len().saturating_sub(1) {
                    out.push(format!("{}{short}", stem[i..].iter().collect::<String>()));
                }
            }
        }
        // 星河航天研究院 → 星河院, 北辰生物防护研究中心 → 北辰中心: the first two characters
        // and the type's last character (or 中心).
        for (suffix, short) in [
            ("研究院", "院"),
            ("研究所", "所"),
            ("设计院", "院"),
            ("设计所", "所"),
            ("研究中心", "中心"),
            ("技术中心", "中心"),
        ] {
            if name.ends_with(suffix) && chars.len() >= 5 + suffix.chars().count() - 3 {
                out.push(format!("{}{}{short}", chars[0], chars[1]));
            }
        }
        // 青砾滩无人机飞行试验站 → 青砾滩试验站, 青砾试验站, 青试站: the place (two or three
        // characters) with the type, or the first characters of place and type with its last.
        if let Some(ty) = ORG_TYPES_ZH
            .iter()
            .find(|t| name.ends_with(**t) && t.chars().count() >= 2)
        {
            let ty_chars: Vec<char> = ty.chars().collect();
            let stem_len = chars.len() - ty_chars.len();
            // 青岚山测控站 → 青岚测控站, 青岚站, 青岚测控: a place of three characters by its
            // first two, with the type, its last character, or the type's stem (a hashtag).
            if stem_len == 3 {
                let place: String = chars[..2].iter().collect();
                out.push(format!("{place}{ty}"));
                if let Some(&tl) = ty_chars.last() {
                    out.push(format!("{place}{tl}"));
                }
                if ty_chars.len() >= 3 {
                    let stem: String = ty_chars[..ty_chars.len() - 1].iter().collect();
                    out.push(format!("{place}{stem}"));
                }
            }
            if stem_len >= 4 {
                for k in [2, 3] {
                    out.push(format!("{}{ty}", chars[..k].iter().collect::<String>()));
                }
                if let (Some(&t0), Some(&tl)) = (ty_chars.first(), ty_chars.last()) {
                    out.push(format!("{}{t0}{tl}", chars[0]));
                }
            }
        }
        // 东屿消磁站 → 东屿站, 江陵机械修理厂 → 江陵厂: a name of one-character type after a
        // stem of four characters or more, by its first two (the place) and the type.
        if let Some(&last) = chars.last()
            && "站所院厂局队".contains(last)
            && chars.len() >= 5
        {
            out.push(format!("{}{}{last}", chars[0], chars[1]));
        }
        // 鹭湖入境事务中心 → 鹭湖中心: any long centre by its place and 中心.
        if name.ends_with("中心") && chars.len() >= 6 {
            out.push(format!("{}{}中心", chars[0], chars[1]));
        }
        out.extend(zh_abbreviations(name));
        out.extend(numbered_formation_forms(&chars));
        if let Some(rest) = name.strip_prefix('第') {
            // 第三测控站 → 测控三站: the ordinal moved before the type, as units are called
            // (not the numeral and the type alone: 三站 is three stops on the metro).
            let num: String = rest
                .chars()
                .take_while(|c| crate::analyze::lexicon::ZH_NUMERALS.contains(*c))
                .collect();
            if !num.is_empty()
                && let Some(ty) = ORG_TYPES_ZH
                    .iter()
                    .filter(|t| t.chars().count() == 1)
                    .find(|t| rest.ends_with(**t))
            {
                let stem = &rest[num.len()..rest.len() - ty.len()];
                if stem.chars().count() >= 2 && stem.chars().all(is_cjk) {
                    out.push(format!("{stem}{num}{ty}"));
                }
            }
            for suffix in ["研究所", "研究院"] {
                if let Some(num) = rest.strip_suffix(suffix) {
                    let last = suffix.chars().last().unwrap_or('所');
                    out.push(format!("{num}{last}"));
                    // 二十六所 and 26所 are the same unit.
                    if let Some(n) = zh_number(num) {
                        out.push(format!("{n}{last}"));
                    }
                }
            }
        }
    } else {
        // "43rd Battalion, Singapore Combat Engineers" → "43 SCE", "43rd Battalion": the
        // number with the parent's initials, and the formation alone.
        if let Some((own, parent)) = name.split_once(", ") {
            let num: String = own.chars().take_while(char::is_ascii_digit).collect();
            if let Some(a) = acronym(parent).filter(|_| !num.is_empty()) {
                out.push(format!("{num} {a}"));
            }
            out.push(own.to_string());
        }
        let ws: Vec<&str> = name.split_whitespace().collect();
        // "Makmal Forensik PDRM Sungai Kelambu" → "Makmal Sungai Kelambu": a Malay kind with the
        // place at the end of its name (its first words, "Makmal Forensik", name any lab).
        if ws.len() >= 4 && type_first(ws[0]).is_some_and(|&(_, _, long)| long) {
            out.push(format!("{} {}", ws[0], ws[ws.len() - 2..].join(" ")));
            return out;
        }
        // "Coast Guard Station Sinagtala" → "Station Sinagtala", "Sinagtala Station", "CGS
        // Sinagtala": the name with the organisation word on either side, or after the
        // initials of the type. Its word prefixes ("Coast Guard") are types, not the name.
        if let Some((t, _)) = split_type_first(&ws) {
            let name_words = ws[t + 1..].join(" ");
            let type_word = ws[t];
            out.push(format!("{type_word} {name_words}"));
            out.push(format!("{name_words} {type_word}"));
            if t >= 1 {
                let initials: String = ws[..=t]
                    .iter()
                    .filter(|w| !CONNECTORS.contains(&w.to_lowercase().as_str()))
                    .filter_map(|w| w.chars().next())
                    .map(|c| c.to_ascii_uppercase())
                    .collect();
                out.push(format!("{initials} {name_words}"));
            }
            return out;
        }
        for n in 2..ws.len() {
            let prefix = &ws[..n];
            if prefix
                .iter()
                .all(|w| is_org_type(w) || CONNECTORS.contains(&w.to_lowercase().as_str()))
            {
                continue;
            }
            if CONNECTORS.contains(&prefix[n - 1].to_lowercase().as_str()) {
                continue;
            }
            out.push(prefix.join(" "));
        }
        // The name without its place: "Range Telemetry Centre", "Landing Station" of "Munno
        // Para Range Telemetry Centre" and "Traeth Mawr Cable Landing Station" — word
        // suffixes ending in the organisation word, with a word before it that is not a
        // generic qualifier ("Research Laboratory" and "Naval Shipyard" name many places).
        if ws.last().is_some_and(|w| is_org_type(w)) {
            for k in 1..ws.len().saturating_sub(1) {
                let suffix = &ws[k..];
                let lead = suffix[0].to_lowercase();
                if CONNECTORS.contains(&lead.as_str())
                    || GENERIC_QUALIFIERS.contains(&lead.as_str())
                {
                    continue;
                }
                out.push(suffix.join(" "));
            }
        }
    }
    out
}

/// Words that qualify many organisations' names: a name suffix starting with one is no name.
const GENERIC_QUALIFIERS: &[&str] = &[
    "research",
    "national",
    "central",
    "naval",
    "main",
    "regional",
    "general",
    "federal",
    "state",
    "city",
    "county",
    "public",
    "new",
    "old",
    "joint",
    "science",
    "scientific",
    "technical",
    "technology",
    "engineering",
    "development",
    "test",
    "training",
    "medical",
    "military",
    "air",
    "army",
    "navy",
    "marine",
    "police",
    "fire",
    "power",
    "nuclear",
    "space",
    "defence",
    "defense",
    "international",
    "university",
    "community",
    "royal",
    "local",
];

/// Chinese abbreviations built from the first characters of a name's words, as people
/// shorten 省电力调度控制中心 to 省调 and 中国科学院 to 中科院: the stem (the name without its
/// type word) is read as an optional place ending in 省/市/县/区, then two-character words; an
/// abbreviation is the level character or a word's first character followed by later words'
/// first characters (two or three in all), with or without the place before it, and with the
/// type's last character for a 院 or 所. Everyday words this produces (省电, 调控) are left out.
fn zh_abbreviations(name: &str) -> Vec<String> {
    const EVERYDAY: &[&str] = &[
        "省电", "调控", "电控", "控电", "中心", "电调", "省力", "市电", "市场", "县城",
    ];
    let Some(ty) = ORG_TYPES_ZH.iter().find(|t| name.ends_with(**t)) else {
        return Vec::new();
    };
    let stem: Vec<char> = name[..name.len() - ty.len()].chars().collect();
    if stem.len() < 4 {
        return Vec::new();
    }
    // The place: up to and including a level character after at least two characters.
    let level = stem
        .iter()
        .enumerate()
        .skip(2)
        .find(|(_, c)| "省市县区".contains(**c))
        .map(|(i, _)| i);
    let (place, marker, rest): (String, Option<char>, &[char]) = match level {
        Some(i) => (stem[..i].iter().collect(), Some(stem[i]), &stem[i + 1..]),
        None => (String::new(), None, &stem[..]),
    };
    // With no level character, a leading two-character word is the place: 龙冈 of 龙冈野战通信资讯大队.
    let place: String = if marker.is_none() && rest.len() >= 6 {
        rest[..2].iter().collect()
    } else {
        place
    };
    let initials: Vec<char> = rest
        .chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| c[0])
        .collect();
    let heads: Vec<char> = marker.into_iter().chain(initials).collect();
    let mut cores: Vec<String> = Vec::new();
    for a in 0..heads.len() {
        for b in a + 1..heads.len() {
            cores.push(format!("{}{}", heads[a], heads[b]));
            for c in b + 1..heads.len() {
                cores.push(format!("{}{}{}", heads[a], heads[b], heads[c]));
            }
        }
    }
    let last = ty.chars().last().unwrap_or('所');
    let mut out = Vec::new();
    // 澄州印钞厂 → 澄钞, 钞厂: a place of two characters and a trade of two, shortened to the
    // place's first character with the trade's last, or the trade's last with the type.
    if stem.len() == 4 && marker.is_none() {
        let (p0, t1) = (stem[0], stem[3]);
        let short = format!("{p0}{t1}");
        if !EVERYDAY.contains(&short.as_str()) {
            out.push(short);
        }
        if ty.chars().count() == 1 {
            out.push(format!("{t1}{ty}"));
        }
    }
    for core in cores {
        // A run of the name itself is a word of it, not an abbreviation.
        if EVERYDAY.contains(&core.as_str()) || name.contains(core.as_str()) {
            continue;
        }
        if matches!(last, '院' | '所' | '站' | '局' | '厂' | '台' | '队') {
            out.push(format!("{core}{last}"));
        }
        // 通资大队: with a type word of two characters or more.
        if ty.chars().count() >= 2 && core.chars().count() == 2 {
            out.push(format!("{core}{ty}"));
        }
        if !place.is_empty() {
            out.push(format!("{place}{core}"));
            if let Some(m) = marker.filter(|m| !core.starts_with(*m)) {
                out.push(format!("{place}{m}{core}"));
            }
        }
        out.push(core);
    }
    out.sort();
    out.dedup();
    out
}

/// A Chinese numeral up to 999 ("二十六" → 26), one said digit by digit ("二四八" → 248), or
/// digits as written.
pub fn zh_number(s: &str) -> Option<u32> {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let (mut total, mut current) = (0u32, 0u32);
    // Whether the last character was a digit: a digit after a digit is the next place.
    let mut after_digit = false;
    for c in s.chars() {
        match c {
            '十' => {
                total += current.max(1) * 10;
                current = 0;
            }
            '百' => {
                total += current.max(1) * 100;
                current = 0;
            }
            '两' => current = 2,
            c => {
                let d = ZH_DIGITS
                    .iter()
                    .position(|&z| z == c)
                    .map(|p| p as u32 % 10)?;
                current = if after_digit {
                    current.checked_mul(10)?.checked_add(d)?
                } else {
                    d
                };
            }
        }
        after_digit = !matches!(c, '十' | '百');
    }
    let n = total + current;
    (n > 0).then_some(n)
}

/// The acronym of an English name from its capitalised words ("HPNS"), if it has 3 or more
/// letters. Connectors are skipped ("Naval Research Laboratory" → "NRL").
pub fn acronym(name: &str) -> Option<String> {
    if name.chars().any(is_cjk) {
        return None;
    }
    // Each capitalised word gives its first letter; a word in capitals gives all of them
    // ("Traeth Mawr CLS" → TMCLS).
    let letters: String = name
        .split_whitespace()
        .filter(|w| !CONNECTORS.contains(&w.to_lowercase().as_str()))
        .flat_map(|w| {
            let caps = w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
            let take = if caps { w.chars().count() } else { 1 };
            w.chars().take(take)
        })
        .filter(|c| c.is_uppercase())
        .collect();
    (letters.chars().count() >= 3).then_some(letters)
}

/// The organisation type word of a name ("shipyard"), lower case.
pub fn type_word(name: &str) -> Option<String> {
    if name.chars().any(is_cjk) {
        let folded = crate::analyze::matcher::simplify(name);
        let name: &str = &folded;
        return ORG_TYPES_ZH
            .iter()
            .find(|t| name.ends_with(**t))
            .map(|t| t.chars().last().map(String::from).unwrap_or_default());
    }
    let last = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .rev()
        .find(|w| is_org_type(w))
        .map(str::to_lowercase);
    // A kind said before the name: "RAF Auchterbrae" is a station, "Makmal …" a lab.
    last.or_else(|| {
        let first = name.split_whitespace().next()?;
        let kind = type_first(first)?.1?;
        is_type_first(first).then(|| kind.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names [`typed_names_en`] finds in a text.
    fn names(t: &str) -> Vec<String> {
        typed_names_en(t).into_iter().map(|n| n.name).collect()
    }

    #[test]
    fn names_after_their_kind_and_numbered_units() {
        assert_eq!(
            names("Families day at RAF Lossiemouth, great weather"),
            ["RAF Lossiemouth"]
        );
        assert_eq!(
            names("Makmal Forensik PDRM Sungai Buloh buka lagi"),
            ["Makmal Forensik PDRM Sungai Buloh"]
        );
        assert_eq!(names("Book in to Kranji Camp again"), ["Kranji Camp"]);
        // A unit named after its place: the place is part of the name.
        assert_eq!(
            names("Reported in to Fleet Diving Unit Cormorant Bay this week"),
            ["Fleet Diving Unit Cormorant Bay"]
        );
        assert!(names("The kids loved Summer Camp").is_empty());
        assert!(names("raf and hms are just letters").is_empty());
        assert_eq!(
            capture_after("part of the 47 SIG family", 12)
                .map(|n| n.name)
                .as_deref(),
            Some("47 SIG")
        );
        assert!(capture_after("starting at 6 PM sharp", 12).is_none());
        assert_eq!(type_word("RAF Lossiemouth").as_deref(), Some("station"));
        assert_eq!(
            short_forms("Makmal Forensik PDRM Sungai Buloh"),
            ["Makmal Sungai Buloh"]
        );
    }

    #[test]
    fn every_type_word_starts_with_a_listed_first_character() {
        for t in ORG_TYPES_ZH {
            let first = t.chars().next().unwrap();
            assert!(ORG_TYPE_FIRSTS.contains(first), "{t}");
            assert!(is_org_type_first(first), "{t}");
        }
        for c in ORG_TYPE_FIRSTS.chars() {
            assert_eq!(c.len_utf8(), 3);
            assert!(is_org_type_first(c), "{c}");
        }
        for c in "的了是在有和我你研究员a1 。".chars() {
            assert_eq!(is_org_type_first(c), ORG_TYPE_FIRSTS.contains(c), "{c}");
        }
    }

    #[test]
    fn numbered_formations_are_names_and_camps_are_not() {
        let names = |t: &str| -> Vec<String> { names_zh(t).into_iter().map(|n| n.name).collect() };
        assert_eq!(names("#憲兵248營 懇親會"), ["憲兵248營"]);
        // A relay race at a sports day is no brigade.
        assert!(names("他們基地的運動會，穿迷彩跑大隊接力").is_empty());
        // A centre line is no centre.
        assert!(names("光是把模型對準風洞中心線就花了一整個早上").is_empty());
        assert!(names("《延禧攻略》大結局，女朋友追得比我上班還認真").is_empty());
        assert_eq!(names("调到了通信二大队"), ["通信二大队"]);
        assert_eq!(names("二四八營的大家都哭惹"), ["二四八營"]);
        let forms = short_forms("憲兵248營");
        for f in ["248营", "二四八营", "248 营", "第二四八营"] {
            assert!(forms.contains(&f.to_string()), "{f}: {forms:?}");
        }
        assert_eq!(names("调到第三旅以后"), ["第三旅"]);
        assert_eq!(names("陆军第七十二团的战友"), ["陆军第七十二团"]);
        for t in [
            "周末去露营 烤肉",
            "今天營長說大家辛苦",
            "三营长请客",
            "24营业的便利店",
            "报了个旅游团 三天两夜",
            "二师兄又偷吃",
            "老师说明天考试",
            "12团购的水果到了",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn immigration_is_part_of_the_name() {
        let n = names_zh("正式派咗去鷺湖入境事務中心做IO");
        assert_eq!(n[0].name, "鷺湖入境事務中心");
        let n = names_zh("今天入职东海电子研究所");
        assert_eq!(n[0].name, "东海电子研究所");
        assert!(short_forms("鹭湖入境事务中心").contains(&"鹭湖中心".to_string()));
        let forms = short_forms("青砾滩无人机飞行试验站");
        for f in ["青砾滩试验站", "青试站"] {
            assert!(forms.contains(&f.to_string()), "{f} in {forms:?}");
        }
    }

    #[test]
    fn stations_named_after_the_word() {
        assert_eq!(
            names("Checked in at Coast Guard Station Sinagtala today"),
            ["Coast Guard Station Sinagtala"]
        );
        assert_eq!(
            names("Station Sinagtala family day!"),
            ["Station Sinagtala"]
        );
        assert_eq!(
            names("Naval Base Kitsap Bremerton gate"),
            ["Naval Base Kitsap Bremerton"]
        );
        // Streets, shows and sports are not stations named after a word.
        assert!(names("Meet at Station Road at six").is_empty());
        assert!(names("just finished Station Eleven last night").is_empty());
        let forms = short_forms("Coast Guard Station Sinagtala");
        for f in ["Station Sinagtala", "Sinagtala Station", "CGS Sinagtala"] {
            assert!(forms.iter().any(|x| x == f), "{f} in {forms:?}");
        }
        assert!(!forms.iter().any(|x| x == "Coast Guard"), "{forms:?}");
    }

    #[test]
    fn stations_are_organisations_and_keep_their_short_forms() {
        let names: Vec<String> = names_zh("终于收到泉州气象水文保障站的录用通知了")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(names, ["泉州气象水文保障站"]);
        assert!(
            short_forms("北辰生物防护研究中心")
                .iter()
                .any(|s| s == "北辰中心")
        );
        let f = short_forms("泉州气象水文保障站");
        for want in ["气象水文保障站", "泉气站"] {
            assert!(f.iter().any(|s| s == want), "{want} in {f:?}");
        }
        // A one-character type after a long stem: its place and the type.
        for (name, want) in [("东屿消磁站", "东屿站"), ("江陵机械修理厂", "江陵厂")]
        {
            let f = short_forms(name);
            assert!(f.iter().any(|s| s == want), "{want} in {f:?}");
        }
        // Stations for travellers are no employer.
        for trip in [
            "在泉州火车站等车",
            "收假，在鳳南轉運站等車回營",
            "杭州东站人好多",
            "这个网站真好用",
            "上海虹桥高铁站",
        ] {
            assert!(names_zh(trip).is_empty(), "{trip}");
        }
    }

    #[test]
    fn chinese_abbreviations_take_first_characters() {
        let f = short_forms("江淮省电力调度控制中心");
        for want in ["省调", "江淮省调"] {
            assert!(f.iter().any(|x| x == want), "{want} in {f:?}");
        }
        // Runs of the name and everyday words are not abbreviations.
        for not in ["省电", "调控", "电力"] {
            assert!(!f.iter().any(|x| x == not), "{not} in {f:?}");
        }
        assert!(short_forms("中国科学院").iter().any(|x| x == "中科院"));
        let f = short_forms("龍岡野戰通信資訊大隊");
        for want in ["龙冈通资", "通资大队"] {
            assert!(f.iter().any(|x| x == want), "{want} in {f:?}");
        }
        // Traditional characters are read as Simplified; the name stays as written.
        let names: Vec<String> = names_zh("今天正式加入龍岡野戰通信資訊大隊")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(names, ["龍岡野戰通信資訊大隊"]);
        assert!(
            short_forms("中国工程物理研究院")
                .iter()
                .any(|x| x == "中物院")
        );
        // A section (组) is a unit when a name of four characters or more comes before it.
        let names: Vec<String> = names_zh("加入爆炸品處理組四年，多謝一班兄弟")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(names, ["爆炸品處理組"]);
        assert!(names_zh("周末参加了英语学习小组").is_empty());
        // A department (处) said short, as its people say it; not 处理 (handle) or 好处.
        let names: Vec<String> = names_zh("第一次帶老豆阿媽嚟空救處開放日")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(names, ["空救處"]);
        assert!(names_zh("这件事有很多好处").is_empty());
        let names: Vec<String> = names_zh("三十七支队建队纪念章到手")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(names, ["三十七支队"]);
        assert!(names_zh("我们一起到处走走").is_empty());
        assert!(names_zh("三个人一组去爬山").is_empty());
        // A long name is found whole after a job verb.
        let names: Vec<String> = names_zh("入职江淮省电力调度控制中心满五年了")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(names, ["江淮省电力调度控制中心"]);
        // Thanks and times before a name are not part of it.
        let names: Vec<String> = names_zh("升中士了！謝謝電戰六大隊的長官和學長們")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(names, ["電戰六大隊"]);
        assert!(names_zh("疫情期间站里封闭值班").is_empty());
        assert!(names_zh("天和核心舱发射成功 中国空间站开建了").is_empty());
        let names: Vec<String> = names_zh("我們雲峰站負責的干擾區段零失誤")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(names, ["雲峰站"]);
        assert!(names_zh("在雲峰站").is_empty());
    }

    #[test]
    fn captures_names_after_and_before_cues() {
        let t = "First week at Harbor Point Naval Shipyard, this place is enormous";
        let from = t.find(" at ").unwrap() + 4;
        assert_eq!(
            capture_after(t, from).unwrap().name,
            "Harbor Point Naval Shipyard"
        );
        let t = "Just started at the Naval Research Laboratory!";
        let from = t.find(" at ").unwrap() + 4;
        assert_eq!(
            capture_after(t, from).unwrap().name,
            "Naval Research Laboratory"
        );
        let t = "Ten years at the shipyard.";
        assert_eq!(capture_after(t, t.find(" at ").unwrap() + 4), None);
        let t = "Harbor Point is hiring NDT inspectors";
        assert_eq!(
            capture_before(t, t.find(" is hiring").unwrap())
                .unwrap()
                .name,
            "Harbor Point"
        );
        let t = "wow, they said we are hiring";
        assert_eq!(capture_before(t, t.find(" we are").unwrap()), None);
    }

    #[test]
    fn typed_names_need_a_distinctive_word() {
        let names: Vec<String> =
            typed_names_en("Ten years. Puget Sound Naval Shipyard and The Office marathon")
                .into_iter()
                .map(|n| n.name)
                .collect();
        assert_eq!(names, ["Puget Sound Naval Shipyard"]);
        assert!(typed_names_en("The Office marathon this weekend").is_empty());
    }

    #[test]
    fn chinese_names_and_short_forms() {
        let n: Vec<String> = names_zh("正式成为江城测绘院的一员啦")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(n, ["江城测绘院"]);
        let n: Vec<String> = names_zh("测绘院招聘测绘工程师啦")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(n, ["测绘院"]);
        assert!(names_zh("所以我们去了电影院").is_empty());
        // Verbs that end in a suffix: queueing at a gate, a relative opening a factory.
        assert!(names_zh("每朝八點前喺三號閘排隊過安檢").is_empty());
        assert!(names_zh("我三叔在昆山開工廠算不算").is_empty());
        assert!(names_zh("周末和公司同事组队去爬山").is_empty());
        assert!(names_zh("今天院里开会").is_empty());
        let n: Vec<String> = names_zh("今天入职东海电子研究所")
            .into_iter()
            .map(|n| n.name)
            .collect();
        assert_eq!(n, ["东海电子研究所"]);
        assert!(short_forms("江城测绘院").contains(&"测绘院".to_string()));
        assert!(short_forms("第七研究所").contains(&"七所".to_string()));
        assert!(acronym_shaped("CPT658") && acronym_shaped("KDJS"));
        assert!(!acronym_shaped("Cpt") && !acronym_shaped("AB") && !acronym_shaped("ABCDEFGH"));
        let f = short_forms("第三测控站");
        assert!(f.contains(&"测控三站".to_string()), "{f:?}");
        assert!(!f.contains(&"三站".to_string()), "{f:?}");
        assert!(short_forms("东海电子研究所").contains(&"电子所".to_string()));
        assert!(short_forms("星河航天研究院").contains(&"星河院".to_string()));
        let f = short_forms("第二十六研究所");
        assert!(
            f.contains(&"二十六所".to_string()) && f.contains(&"26所".to_string()),
            "{f:?}"
        );
        assert_eq!(zh_number("二十六"), Some(26));
        assert_eq!(zh_number("七"), Some(7));
        assert_eq!(zh_number("一百零八"), Some(108));
        assert_eq!(zh_number("二四八"), Some(248));
        assert_eq!(zh_number("二〇一九"), Some(2019));
        assert_eq!(zh_number("三十八"), Some(38));
    }

    #[test]
    fn short_forms_and_acronyms_in_english() {
        assert_eq!(
            short_forms("Harbor Point Naval Shipyard"),
            ["Harbor Point", "Harbor Point Naval", "Point Naval Shipyard"]
        );
        let f = short_forms("Munno Para Range Telemetry Centre");
        assert!(f.iter().any(|x| x == "Range Telemetry Centre"), "{f:?}");
        assert!(f.iter().any(|x| x == "Telemetry Centre"), "{f:?}");
        let f = short_forms("Mesa Verde Cryptologic Research Laboratory");
        assert!(!f.iter().any(|x| x == "Research Laboratory"), "{f:?}");
        assert_eq!(
            acronym("Harbor Point Naval Shipyard").as_deref(),
            Some("HPNS")
        );
        assert_eq!(acronym("Naval Research Laboratory").as_deref(), Some("NRL"));
        assert_eq!(acronym("Google"), None);
        assert_eq!(acronym("Traeth Mawr CLS").as_deref(), Some("TMCLS"));
        assert_eq!(
            type_word("Harbor Point Naval Shipyard").as_deref(),
            Some("shipyard")
        );
        assert_eq!(type_word("江城测绘院").as_deref(), Some("院"));
    }

    #[test]
    fn formations_keep_their_parent() {
        let names = typed_names_en("Proud of the 43rd Battalion, Singapore Combat Engineers today");
        assert_eq!(names[0].name, "43rd Battalion, Singapore Combat Engineers");
        let n = capture_after("2nd Battalion, Royal Irish Regiment since 2015", 0).unwrap();
        assert_eq!(n.name, "2nd Battalion, Royal Irish Regiment");
        // A clause after the comma is not a parent.
        let n = capture_after("Kestrel Company, I start Monday", 0).unwrap();
        assert_eq!(n.name, "Kestrel Company");
        assert!(capture_after("6pm, then dinner", 0).is_none());
        let f = short_forms("港灣空中支援隊");
        assert!(f.iter().any(|x| x == "空支队"), "{f:?}");
        assert_eq!(
            names_zh("今日正式加入港灣空中支援隊，開心")[0].name,
            "港灣空中支援隊"
        );
        assert!(names_zh("今晚我哋籃球隊贏咗").is_empty());
        // Cantonese 喺 ("at") ends a name as 在 does.
        assert_eq!(names_zh("表哥喺航空公司做機師")[0].name, "航空公司");
        let f = short_forms("青岚山测控站");
        for want in ["青岚测控站", "青岚站", "青岚测控"] {
            assert!(f.iter().any(|x| x == want), "{want}: {f:?}");
        }
        let f = short_forms("澄州印钞厂");
        assert!(
            f.iter().any(|x| x == "澄钞") && f.iter().any(|x| x == "钞厂"),
            "{f:?}"
        );
        let f = short_forms("43rd Battalion, Singapore Combat Engineers");
        assert!(f.iter().any(|x| x == "43 SCE"), "{f:?}");
        assert!(f.iter().any(|x| x == "43rd Battalion"), "{f:?}");
    }
}
