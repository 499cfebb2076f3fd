//! Place cues in text: buildings, gates, docks, labs and campuses named in a post.

use crate::analyze::detector::{Context, Detector, in_idiom, signal_at};
use crate::analyze::lexicon::{Class, KIND_FIRST_PLACES, WORKPLACES};
use crate::analyze::matcher::{Scanned, is_cjk};
use crate::analyze::{Category, Signal, Strength};
use crate::model::Post;

/// Named work places and numbered spots: "Gate 3", "Drydock 4", "Building 12", 办公楼, 3号楼.
pub struct PlaceInText;

/// Words of access control: a gate where one badges in is a workplace gate.
const ACCESS: &[&str] = &[
    "badge",
    "badged",
    "badge reader",
    "badge in",
    "swipe",
    "swiped",
    "turnstile",
    "security check",
    "id check",
    "刷卡",
    "门禁",
    "工牌",
    "工作证",
    "安检",
    "查证件",
];

impl Detector for PlaceInText {
    fn id(&self) -> &'static str {
        "place-in-text"
    }
    fn category(&self) -> Category {
        Category::Location
    }
    fn summary(&self) -> &'static str {
        "names a work place: gates, docks, buildings, labs, campuses, floors (…楼, …园区, …基地)"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nWork places named in text: numbered spots (\"Gate 3\", \"Drydock 4\", \"Building 12\",\n\
         \"Room 301\", 3号楼, 5号门), workplace nouns (drydock, hangar, control room, cleanroom, the base, the lab;\n\
         办公楼, 办公室, 实验室, 园区, 基地, 厂区, 车间, 码头), and air stations by name (\"RAF Lossiemouth\",\n\
         \"CFB Trenton\"; not the RAF Museum or the RAF Regiment).\n\n\
         ## Why it matters\nA named gate or building tells an adversary where to wait for the person.\n\n\
         ## Example\n\"Gate 3 line was backed up to the ferry terminal again\"; \"办公楼门口的樱花开了\".\n\n\
         ## False positives\nAirport gates and hotel rooms (posts about travel), a home office, and places in\n\
         posts about shows or hobbies, and reposts (someone else's words), are ignored; generic words (\"the\n\
         office\", \"the lab\") count only weakly."
    }
    fn check(&self, post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        // Posts about trips, hotels and working from home name no workplace at all; nor does a
        // repost, in someone else's words ("RT @roads_alert: Accident after Jurong Town Hall").
        if cx.flags.off_work()
            || cx.flags.travel
            || cx.flags.home_work
            || post.kind == crate::model::PostKind::Repost
        {
            return;
        }
        // Where this detector's signals start (the others' come before).
        let mine = out.len();
        let mut last_end = 0;
        let mut hits: Vec<&crate::analyze::matcher::Hit> = s
            .hits
            .iter()
            .filter(|h| {
                matches!(
                    h.kind,
                    crate::analyze::matcher::TermKind::Lex(Class::Place | Class::NumberedPlace)
                )
            })
            .collect();
        // A numbered spot ("Drydock 4") wins over the bare place word at the same span.
        hits.sort_by_key(|h| {
            (
                h.nstart,
                std::cmp::Reverse(h.nend),
                h.kind != crate::analyze::matcher::TermKind::Lex(Class::NumberedPlace),
            )
        });
        for h in hits {
            if in_idiom(s, h) || h.nstart < last_end {
                continue;
            }
            // "弟弟在科学园区当工程师": a relative's workplace, not the writer's.
            if crate::analyze::detector::about_someone_else(s, h.nstart) {
                continue;
            }
            let term = &s.norm[h.nstart..h.nend];
            // "The Office", "The Lab": a title in capitals is a show or a book, not a place.
            if crate::analyze::detector::in_title(s, h) {
                continue;
            }
            let numbered = h.kind == crate::analyze::matcher::TermKind::Lex(Class::NumberedPlace);
            let strength = if numbered {
                if term.chars().any(is_cjk) {
                    // 3号楼, B栋, "B 棟": a digit or letter right before (a space allowed).
                    // "B座" is a block; "一座山" is a mountain and "一共 14 座" a count: 座
                    // only right after a letter or digit.
                    let (before, numerals) = if term == "座" {
                        (s.text[..h.start].chars().next_back(), "")
                    } else {
                        (
                            s.text[..h.start].trim_end().chars().next_back(),
                            crate::analyze::lexicon::ZH_NUMERALS,
                        )
                    };
                    if !before.is_some_and(|c| c.is_ascii_alphanumeric() || numerals.contains(c)) {
                        continue;
                    }
                } else if !number_tag(s, h)
                    && named_after(s.text, h.end, term).is_none()
                    && (named_before(s.text, h.start).is_none()
                        // "the Mangatepopo car park" is a trailhead; "Car park C" is at work.
                        || matches!(term, "car park" | "carpark" | "parking lot"))
                {
                    continue;
                }
                Strength::Strong
            } else if WORKPLACES.contains(&term) || gate_of_org(s, h) || gate_with_access(s, term) {
                Strength::Strong
            } else {
                Strength::Weak
            };
            last_end = h.nend;
            let (start, end) = if numbered && term.chars().any(is_cjk) {
                // Include the number in the span: "5号楼".
                let head = s.text[..h.start].trim_end();
                let digits = head
                    .chars()
                    .rev()
                    .take_while(|c| {
                        c.is_ascii_alphanumeric()
                            || crate::analyze::lexicon::ZH_NUMERALS.contains(*c)
                    })
                    .map(char::len_utf8)
                    .sum::<usize>();
                (head.len() - digits, h.end)
            } else if let Some(end) = named_after(s.text, h.end, term).filter(|_| !number_tag(s, h))
            {
                (h.start, end)
            } else if numbered && !number_tag(s, h) {
                (named_before(s.text, h.start).unwrap_or(h.start), h.end)
            } else if numbered {
                // Include the number in the span: "Gate 3".
                let tail = s.norm_after(h.nend, 8);
                let extra = tail.split_whitespace().next().map_or(0, |w| w.len() + 1);
                s.orig_span(h.nstart, (h.nend + extra).min(s.norm.len()))
            } else {
                (h.start, h.end)
            };
            let words = s.text.get(start..end).unwrap_or("").to_string();
            let mut sig = signal_at(
                Category::Location,
                self.id(),
                strength,
                h,
                format!("names the place '{words}'"),
                Some(words),
            );
            sig.span = Some((start, end));
            out.push(sig);
        }
        // "测量楼三楼的暖气坏了": a building by its name, then a floor of it (unless a place
        // found above covers it); "Christmas do at the RAF Drumcairn mess": an air station by
        // its name.
        let buildings: Vec<(usize, usize)> = named_buildings_zh(s.text)
            .into_iter()
            .filter(|&(start, end)| {
                !out[mine..]
                    .iter()
                    .any(|o| o.span.is_some_and(|(a, b)| a < end && start < b))
            })
            .collect();
        for (start, end) in buildings.into_iter().chain(named_stations(s.text)) {
            let words = &s.text[start..end];
            out.push(Signal {
                category: Category::Location,
                detector: self.id(),
                reason: format!("names the place '{words}'"),
                span: Some((start, end)),
                strength: Strength::Strong,
                subject: Some(words.to_string()),
            });
        }
    }
}

/// Buildings named by what is done in them, then one of their floors: "测量楼三楼",
/// "綜合樓二樓會議室" (two or three characters, 楼 or 樓, then a floor by its numeral). Only
/// a place one works in is told floor by floor; wards, dormitories, schools, shops and
/// restaurants are not workplaces to flag.
fn named_buildings_zh(text: &str) -> Vec<(usize, usize)> {
    const NOT_WORK: &[&str] = &[
        "住院", "门诊", "門診", "急诊", "急診", "宿舍", "教学", "教學", "图书", "圖書", "售", "酒",
        "茶", "商业", "商業", "居民", "住宅", "公寓", "大", "高", "上", "下", "这", "這", "那",
        "哪", "小", "新", "老", "主", "隔壁", "对面", "對面",
    ];
    let mut out = Vec::new();
    // Most posts have neither 楼 nor 樓.
    if !text.contains(['楼', '樓']) {
        return out;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for k in 0..chars.len() {
        if !matches!(chars[k].1, '楼' | '樓') {
            continue;
        }
        // The floor right after: 二楼, 3楼, 十二層.
        let mut j = k + 1;
        while j < chars.len()
            && (chars[j].1.is_ascii_digit()
                || crate::analyze::lexicon::ZH_NUMERALS.contains(chars[j].1))
        {
            j += 1;
        }
        if j == k + 1 || j >= chars.len() || !matches!(chars[j].1, '楼' | '樓' | '层' | '層') {
            continue;
        }
        // The name before: two or three ideographs after a non-ideograph or a particle.
        for len in [3usize, 2] {
            if k < len {
                continue;
            }
            let first = k - len;
            let name: String = chars[first..k].iter().map(|c| c.1).collect();
            let bounded = first == 0
                || !is_cjk(chars[first - 1].1)
                || "的在到去回了，。、".contains(chars[first - 1].1);
            if !name.chars().all(is_cjk)
                || !bounded
                || name.chars().any(|c| "号號座栋棟".contains(c))
                || crate::analyze::lexicon::ZH_NUMERALS.contains(chars[k - 1].1)
                || NOT_WORK.iter().any(|w| name.starts_with(w))
            {
                continue;
            }
            out.push((chars[first].0, chars[k].0 + chars[k].1.len_utf8()));
            break;
        }
    }
    out
}

/// Air stations named the way they are written: "RAF Lossiemouth", "RNAS Culdrose", "RAAF
/// Base Tindal", "CFB Trenton", "MCAS Miramar" — a prefix in capitals, then a capitalised
/// name that is not the service's own (the RAF Museum, RAF Regiment, RAF Benevolent Fund).
fn named_stations(text: &str) -> Vec<(usize, usize)> {
    const PREFIXES: &[&str] = &[
        "RAF ",
        "RNAS ",
        "RAAF Base ",
        "RNZAF Base ",
        "CFB ",
        "MCAS ",
    ];
    const NOT_PLACES: &[&str] = &[
        "Museum",
        "Regiment",
        "Benevolent",
        "Association",
        "Police",
        "Club",
        "Band",
        "Reserves",
        "Reserve",
        "Cadets",
        "Air",
        "Station",
        "Base",
        "Careers",
        "Recruitment",
        "Sports",
        "Families",
        "Veterans",
        "Charity",
        "Display",
        "Red",
    ];
    let mut out = Vec::new();
    // One SIMD pass for the prefixes' first letters; most posts have few capital R, C or M.
    for a in memchr::memchr3_iter(b'R', b'C', b'M', text.as_bytes()) {
        let Some(prefix) = PREFIXES.iter().find(|p| text[a..].starts_with(**p)) else {
            continue;
        };
        if text[..a].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let rest = &text[a + prefix.len()..];
        let name_len = rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic() && c != '-')
            .map_or(rest.len(), |(i, _)| i);
        let name = &rest[..name_len];
        if name.chars().count() >= 3
            && name.starts_with(|c: char| c.is_uppercase())
            && !name.chars().all(|c| c.is_uppercase())
            && !NOT_PLACES.contains(&name)
        {
            out.push((a, a + prefix.len() + name_len));
        }
    }
    out
}

/// The last word of a road's name.
const ROADS: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "lane",
    "ln",
    "way",
    "avenue",
    "ave",
    "drive",
    "dr",
    "boulevard",
    "blvd",
    "highway",
    "hwy",
    "parkway",
];

/// Whether a place word is followed by a number or a single letter: "Gate 3", "Building B".
fn number_tag(s: &Scanned<'_>, h: &crate::analyze::matcher::Hit) -> bool {
    let next = s
        .norm_after(h.nend, 8)
        .split_whitespace()
        .next()
        .unwrap_or("");
    // "Building A" (a capital letter as written), not "building a house".
    let capital_letter = || {
        let mut after = s.text[h.end..].trim_start().chars();
        after.next().is_some_and(|c| c.is_ascii_uppercase())
            && after.next().is_none_or(|c| !c.is_alphanumeric())
    };
    !next.is_empty()
        && next.len() <= 4
        && (next.chars().all(|c| c.is_ascii_digit())
            || (next.len() == 1
                && next.chars().all(|c| c.is_ascii_alphabetic())
                && (next != "a" && next != "i" || capital_letter())))
}

/// A word written as a proper name: a capital, then lower-case letters ("Basingstoke",
/// "Hidrografi"; not "II" or "ATC").
fn proper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
}

/// The end of the capitalised name right after a kind-first place word ("Bangunan
/// Hidrografi", "Wisma Pertahanan"), as written: the word itself capitalised, then up to three
/// proper words.
fn named_after(text: &str, at: usize, term: &str) -> Option<usize> {
    if !KIND_FIRST_PLACES.contains(&term) {
        return None;
    }
    let kind = text.get(..at)?.rsplit(' ').next()?;
    if !kind.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut end = None;
    let mut from = at;
    for _ in 0..3 {
        let rest = &text[from..];
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        if gap != 1 {
            break;
        }
        let word_len = rest[gap..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len() - gap);
        let word = &rest[gap..gap + word_len];
        if !proper(word) || word.chars().any(is_cjk) {
            break;
        }
        from += gap + word_len;
        end = Some(from);
    }
    end
}

/// The capitalised name right before a place word, not at a sentence start: "the Basingstoke
/// Road gate" → the byte where "Basingstoke" starts.
fn named_before(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?.trim_end();
    let mut start = None;
    let mut end = head.len();
    while let Some(space) = head[..end].rfind(' ') {
        let word = &head[space + 1..end];
        if !proper(word) || word.ends_with([',', '.', '!', '?', ':']) {
            break;
        }
        start = Some(space + 1);
        end = space;
    }
    // "Hollis Gate line at 0715": a place word written with its capital takes the name before
    // it as a proper name, one word at the start of a sentence too.
    // Only a gate or an entrance: "Oak Bay" and "Pembroke Dock" are towns. Not inside a
    // longer name either ("Nation Building Authority").
    let mut kind = text[at..].chars();
    let next_word = text[at..]
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let titled = kind.next().is_some_and(char::is_uppercase)
        && kind.next().is_some_and(char::is_lowercase)
        && ["gate", "entrance"].iter().any(|k| {
            text[at..]
                .get(..k.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(k))
        })
        && !next_word.starts_with(char::is_uppercase);
    if titled {
        let word_start = head.rfind(' ').map_or(0, |i| i + 1);
        let word = &head[word_start..];
        let name = proper(word)
            && word.chars().all(char::is_alphabetic)
            && ![
                "My", "Our", "The", "This", "That", "An", "Your", "His", "Her", "Their",
            ]
            .contains(&word);
        if name {
            return Some(start.unwrap_or(word_start));
        }
    }
    // The name may begin the text: "Dock Road gate …".
    let first = &head[..end];
    if start.is_some() && !first.contains(' ') && proper(first) {
        start = Some(0);
    }
    let start = start?;
    let before = head[..start].trim_end();
    // One capitalised word names a place only after "the" ("the Keeston gate"); "my Jekyll
    // site" and "I'm building" do not.
    let one_word = !head[start..].contains(' ');
    let after_the = before
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if one_word && !after_the {
        return None;
    }
    // A capital at the start of a sentence says nothing, unless the name is a road's: "Dock
    // Road gate".
    let road = head[start..]
        .rsplit(' ')
        .next()
        .is_some_and(|w| ROADS.contains(&w.to_lowercase().as_str()));
    (road || !before.is_empty() && !before.ends_with(['.', '!', '?'])).then_some(start)
}

/// A Chinese gate or entrance right after an organisation word: 研究所西门, 厂区大门.
/// A gate or entrance in a post about getting through access control: "badge reader at the
/// north gate", "早上在东门刷卡进去".
fn gate_with_access(s: &Scanned<'_>, term: &str) -> bool {
    let gate = term.contains('门') || term.ends_with("gate") || term.ends_with("entrance");
    if !gate {
        return false;
    }
    let padded = format!(" {} ", s.norm);
    ACCESS.iter().any(|a| {
        if a.chars().any(is_cjk) {
            s.norm.contains(a)
        } else {
            padded.contains(&format!(" {a} "))
        }
    })
}

fn gate_of_org(s: &Scanned<'_>, h: &crate::analyze::matcher::Hit) -> bool {
    let term = &s.norm[h.nstart..h.nend];
    let folded = crate::analyze::matcher::simplify(&s.text[..h.start]);
    // "…大队的大门": the organisation's gate, with or without 的.
    let head = folded.strip_suffix('的').unwrap_or(&folded);
    term.contains('门')
        && (head
            .chars()
            .next_back()
            .is_some_and(|c| "所院厂局站司部队".contains(c))
            || ["厂区", "园区", "营区", "基地"]
                .iter()
                .any(|w| head.ends_with(w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::detectors::testing::run;

    fn strong(text: &str) -> Vec<String> {
        run(&PlaceInText, text)
            .into_iter()
            .filter(|s| s.strength == Strength::Strong)
            .filter_map(|s| s.subject)
            .collect()
    }

    #[test]
    fn a_guarded_plants_security_layers() {
        assert_eq!(
            strong("the trace detector at the access building alarmed on my hand cream"),
            ["access building"]
        );
        assert_eq!(
            strong("minus twenty at the protected area fence at five am, patrol done"),
            ["protected area fence"]
        );
        // A nature reserve is a protected area too, and no workplace.
        assert!(strong("Saw a sea eagle over the marine protected area today").is_empty());
    }

    #[test]
    fn gates_with_access_control_and_duty_rooms() {
        assert_eq!(strong("早上在东门刷卡进去，保安换了新人"), ["东门"]);
        assert_eq!(
            strong("Badge reader at the north gate was down again"),
            ["north gate"]
        );
        assert!(strong("东门新开了一家奶茶店").is_empty());
        assert!(strong("I finally got my Jekyll site updated to Ruby 3").is_empty());
        assert!(strong("yes, I'm building a thing that uses their API").is_empty());
        assert_eq!(strong("值班室在主控楼九层"), ["值班室", "主控楼"]);
        assert_eq!(strong("今天天線場來了一群猴子"), ["天線場"]);
        // A dockyard's numbered basins and jetties; a washing-up basin is no place.
        assert_eq!(strong("Basin 2 at sunrise. Best office view"), ["Basin 2"]);
        assert!(strong("Left the pans in the basin to soak").is_empty());
        assert_eq!(
            strong("Parking at the Table Mountain campus is a blood sport"),
            ["Table Mountain campus"]
        );
    }

    /// An air station by its name is a place; the service's museum or regiment is not.
    #[test]
    fn buildings_by_name_then_a_floor() {
        assert_eq!(strong("测量楼三楼的暖气坏了，明天带电暖器上岛"), ["测量楼"]);
        assert_eq!(strong("新年联欢会：下午三点，測量樓二樓會議室"), ["測量樓"]);
        // Beside the other detectors too, whose signals ("测量", a duty) overlap it.
        let options = crate::analyze::Options::default();
        let all = crate::analyze::detectors::Engine::new(&options).post(
            &crate::analyze::detectors::testing::post(
                crate::model::Platform::Telegram,
                "测量楼三楼的暖气坏了",
            ),
        );
        assert!(
            all.iter()
                .any(|s| s.detector == "place-in-text" && s.subject.as_deref() == Some("测量楼")),
            "{all:?}"
        );
        for text in [
            "我妈住院了，住院楼五楼",
            "下楼三次取快递",
            "在楼下三楼的咖啡店",
            "教学楼三楼的自习室",
        ] {
            assert!(strong(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn air_stations_by_name() {
        assert_eq!(
            strong("Christmas do at the RAF Drumcairn mess tonight"),
            ["RAF Drumcairn"]
        );
        assert_eq!(
            strong("Posted to CFB Trenton in the spring"),
            ["CFB Trenton"]
        );
        assert!(strong("Day out at the RAF Museum in Hendon with the kids").is_empty());
        assert!(strong("Grandad served in the RAF Regiment, then the RAF").is_empty());
        assert!(strong("DRAFT NOTES").is_empty());
        // The camp's gate is a workplace's, said in passing.
        assert!(
            run(&PlaceInText, "Roadworks right by the camp gate again")
                .iter()
                .any(|s| s.reason.contains("camp gate"))
        );
    }

    /// A repost is someone else's words: a traffic alert naming a town hall names no
    /// workplace of the person's.
    #[test]
    fn a_repost_names_no_place() {
        let text = "RT @roads_alert: Accident on PIE after Jurong Town Hall exit. Avoid lane 1";
        assert_eq!(strong(&text[17..]), ["Jurong Town Hall"]);
        let mut post = crate::analyze::detectors::testing::post(crate::model::Platform::X, text);
        post.kind = crate::model::PostKind::Repost;
        assert!(crate::analyze::detectors::testing::check_post("", &PlaceInText, &post).is_empty());
    }

    #[test]
    fn names_places_in_both_languages() {
        assert_eq!(
            strong("Gate 3 line was backed up to the ferry terminal again"),
            ["Gate 3"]
        );
        assert_eq!(
            strong("Drydock 4 is flooded for undocking today"),
            ["Drydock 4"]
        );
        assert_eq!(strong("办公楼门口的樱花开了"), ["办公楼"]);
        assert_eq!(strong("加班到深夜，办公室只剩我一个人"), ["办公室"]);
        assert_eq!(strong("今天搬到了5号楼"), ["5号楼"]);
        // A numbered warehouse of a depot.
        assert_eq!(strong("5 号仓的屋顶漏水了"), ["5 号仓"]);
        assert_eq!(strong("实验大楼 B 栋三楼的窗户"), ["B 栋"]);
        assert_eq!(strong("Shed 4 canteen has rebranded"), ["Shed 4"]);
        assert_eq!(
            strong("Dock Road gate queue was back to the roundabout"),
            ["Dock Road gate"]
        );
        assert_eq!(strong("研究所西门的安检排了好久"), ["西门"]);
        assert!(strong("公园西门见").is_empty());
        assert_eq!(strong("东海电子所门口新开了一家面馆"), ["门口"]);
        assert_eq!(
            strong("Barrier at the Basingstoke Road gate stuck again"),
            ["Basingstoke Road gate"]
        );
        assert!(strong("Gate agents were kind").is_empty());
        assert!(strong("electronics II lab final next week").is_empty());
        assert_eq!(
            strong("The canteen on the ground floor of Building A does soup"),
            ["Building A"]
        );
        assert_eq!(
            strong("on the lawn between Buildings B and C"),
            ["Buildings B"]
        );
        assert!(strong("we are building a shed this weekend").is_empty());
    }

    #[test]
    fn rooms_of_a_station_and_a_labs_back_door() {
        let all = |t: &str| -> Vec<String> {
            run(&PlaceInText, t)
                .into_iter()
                .filter_map(|s| s.subject)
                .collect()
        };
        assert_eq!(
            all("Sitting in the appliance bay watching the hail"),
            ["appliance bay"]
        );
        assert_eq!(all("Makmal后门那条路又在挖"), ["后门"]);
        assert!(all("Jalan baru dekat rumah, dah siap").is_empty());
    }

    #[test]
    fn malay_places_name_their_kind_first() {
        assert_eq!(strong("在 Dermaga 3 帮忙把验潮仪装回码头"), ["Dermaga 3"]);
        assert_eq!(strong("Pintu B 早上只开一条 lane"), ["Pintu B"]);
        // A place word with its capital names the word before it, at a sentence start too.
        assert_eq!(
            strong("Hollis Gate line at 0715 wrapped past the Shell station again"),
            ["Hollis Gate"]
        );
        assert!(strong("Gate agents were rude again").is_empty());
        assert!(strong("Dinner at a tiny Oak Bay place with eight tables").is_empty());
        assert_eq!(
            strong("下午在 Bangunan Hidrografi 二楼冷到发抖"),
            ["Bangunan Hidrografi"]
        );
        // A house's door and a building in lower case are no named place.
        assert!(strong("Tolong tutup pintu rumah").is_empty());
        assert!(strong("bangunan baru itu cantik").is_empty());
    }

    #[test]
    fn hong_kong_blocks_but_not_mountains() {
        assert_eq!(strong("鷺湖B座三樓茶水間個雪櫃又壞咗"), ["B座"]);
        assert!(strong("周末去爬了一座山").is_empty());
        assert!(strong("把今年爬過的山畫在一張地圖上，一共 14 座 ⛰️").is_empty());
        assert_eq!(strong("搬到 3座 十樓了"), ["3座"]);
    }

    #[test]
    fn travel_home_and_everyday_places_stay_quiet() {
        assert!(strong("Boarding at gate 12, vacation mode on").is_empty());
        assert!(strong("Working from home, my home office is a mess").is_empty());
        assert!(strong("楼下的桂花开了，整条街都是香的").is_empty());
        assert!(strong("小区门口新开了一家面馆，味道不错").is_empty());
        assert!(strong("The Office marathon this weekend, no regrets").is_empty());
        assert!(strong("Room for dessert? always").is_empty());
        // A car park with its letter is a workplace's; one named after a place is not.
        assert!(!strong("Car park C at work has more sheep than cars this week").is_empty());
        assert!(strong("base camp was the Mangatepopo car park at 5am").is_empty());
        assert!(!strong("Heating in the ops block is broken again").is_empty());
        // A relative's workplace; a base's open day.
        assert!(strong("弟弟在科學園區當工程師，天天加班到十點").is_empty());
        assert!(strong("帶姪子去空軍基地營區開放，F-16 起飛聲音好大").is_empty());
        // The writer's own, after a relative: still named.
        assert!(!strong("My wife dropped me at Gate 3 at 6am").is_empty());
    }
}
