//! Employment statements: the writer says where they work, join, started, or are hiring.

use crate::analyze::detector::{Context, Detector, about_someone_else, in_idiom, is, signal_at};
use crate::analyze::lexicon::Class;
use crate::analyze::matcher::Scanned;
use crate::analyze::orgs;
use crate::analyze::{Category, Signal, Strength};
use crate::model::Post;

/// "Started at X", "joined X", "ten years at X", "X is hiring", "入职", "成为X的一员".
pub struct EmploymentStatement;

impl Detector for EmploymentStatement {
    fn id(&self) -> &'static str {
        "employment-statement"
    }
    fn category(&self) -> Category {
        Category::Unit
    }
    fn summary(&self) -> &'static str {
        "says where the writer works: joining, starting, years at, hiring at, 入职, …的一员"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nEveryday ways of saying where you work, with the organisation they name:\n\
         \"started at\", \"joined\", \"working at/for\", \"first week at\", \"ten years at\", \"anniversary at\",\n\
         \"X is hiring\", \"our team at\"; in Chinese 入职, 加入, 成为…的一员, 在…工作/上班, …招聘.\n\
         The capitalised name after (or before) the cue becomes a unit candidate.\n\n\
         ## Why it matters\nIt names the employer outright, and unit discovery ranks names said this way first.\n\n\
         ## Example\n\"First week at Harbor Point Naval Shipyard\"; \"正式成为江城测绘院的一员啦\".\n\n\
         ## False positives\n\"Joined a gym\" names nothing capitalised and is ignored, and so is joining a\n\
         named gym, club or league (\"Joined Iron Pump Gym\"); \"joined Netflix\" (as a subscriber) would be\n\
         caught."
    }
    fn check(&self, post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        if cx.flags.off_work() {
            return;
        }
        let mut named: Vec<(usize, usize)> = Vec::new();
        if let Some((n, title_start)) = title_at_org(s)
            && !about_someone_else(s, s.norm.len().min(n.start))
        {
            named.push((n.start, n.end));
            out.push(Signal {
                category: Category::Unit,
                detector: self.id(),
                reason: format!("gives their job at '{}'", n.name),
                span: Some((title_start, n.end)),
                strength: Strength::Strong,
                subject: Some(n.name),
            });
        }
        // 在X工作, 进了X, X的同事: a Chinese organisation name framed as one's workplace.
        // In Simplified form, with written Cantonese read as Mandarin ("喺X做" is "在X做"); the
        // offsets are those of the text.
        let folded = if s.zh_names().is_empty() {
            s.text
        } else {
            s.folded()
        };
        for n in s.zh_names().iter().cloned() {
            let before: String = folded[..n.start]
                .chars()
                .rev()
                .take(2)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after = &folded[n.end..];
            // "去咗郵政總局買首日封", "在邮局寄包裹": an errand there, not a job.
            let errand = ZH_ERRANDS.iter().any(|w| after.trim_start().starts_with(w));
            let framed = (ZH_AFTER.iter().any(|w| after.starts_with(w))
                || ZH_BEFORE.iter().any(|w| before.ends_with(w)) && !errand)
                && !about_someone_else(s, s.norm.len().min(n.start));
            if framed {
                named.push((n.start, n.end));
                out.push(Signal {
                    category: Category::Unit,
                    detector: self.id(),
                    reason: format!("says they work at '{}'", n.name),
                    span: Some((n.start, n.end)),
                    strength: Strength::Strong,
                    subject: Some(n.name),
                });
            }
        }
        for h in s
            .hits
            .iter()
            .filter(|h| is(h, Class::EmploymentCue) || is(h, Class::HiringCue))
        {
            if about_someone_else(s, h.nstart) || crate::analyze::detector::wished_for(s, h.nstart)
            {
                continue;
            }
            let cue = s.original(h).to_string();
            let cjk = cue.chars().any(crate::analyze::matcher::is_cjk);
            let name = if cjk {
                zh_name_near(s.text, h.start, h.end)
                    .or_else(|| acronym_after(s.text, h.end))
                    // 入咗 folds to 入了, in 买入了 and 收入了 too.
                    .filter(|n| &s.norm[h.nstart..h.nend] != "入了" || years_follow(s.text, n.end))
            } else if is(h, Class::HiringCue)
                && (cue.to_lowercase().ends_with("hiring")
                    || cue.to_lowercase().ends_with("recruiting")
                    || cue.to_lowercase().contains("looking"))
            {
                let before = s.text[..h.start].trim_end();
                let before = before
                    .strip_suffix(" is")
                    .or_else(|| before.strip_suffix(" are"))
                    .unwrap_or(before);
                orgs::capture_before(s.text, before.len())
            } else if cue.to_lowercase().ends_with(" with") {
                // "Five years with the 43rd Battalion", not "two years with Jake": after
                // "with" only an organisation's name or an acronym.
                orgs::capture_after(s.text, h.end).filter(|n| {
                    orgs::type_word(&n.name).is_some()
                        || n.name.len() >= 2 && n.name.bytes().all(|b| b.is_ascii_uppercase())
                })
            } else {
                orgs::capture_after(s.text, h.end).or_else(|| at_org_later(s.text, h.end))
            };
            if let Some(n) = name {
                if named.iter().any(|&(a, b)| a < n.end && n.start < b) || membership(&n.name) {
                    continue;
                }
                named.push((n.start, n.end));
                // "Six years at SFSL today": how long the writer has been there is their
                // seniority, part of the role.
                if post.kind != crate::model::PostKind::Repost
                    && tenure(&s.norm[h.nstart..h.nend])
                    && counted(&s.norm[..h.nstart])
                {
                    out.push(Signal {
                        category: Category::Role,
                        detector: self.id(),
                        reason: format!(
                            "says how long they have worked at '{}' ('{}'): their seniority",
                            n.name, cue
                        ),
                        span: Some((h.start.min(n.start), h.end.max(n.end))),
                        strength: Strength::Strong,
                        subject: None,
                    });
                }
                out.push(Signal {
                    category: Category::Unit,
                    detector: self.id(),
                    reason: format!("says they work at '{}' ('{}')", n.name, cue),
                    span: Some((h.start.min(n.start), h.end.max(n.end))),
                    strength: Strength::Strong,
                    subject: Some(n.name),
                });
            } else if let Some(generic) = generic_after(s, h.nend) {
                out.push(signal_at(
                    Category::Unit,
                    self.id(),
                    Strength::Weak,
                    h,
                    format!("says they work at {generic} ('{cue}')"),
                    Some(generic),
                ));
            } else if matches!(
                // The cue in matching form, Traditional characters folded: "報到" is "报到".
                &s.norm[h.nstart..h.nend],
                "入职" | "上岗" | "报到" | "转正" | "参加工作" | "工龄"
            ) || s.norm[h.nstart..h.nend].contains("work anniversary")
            {
                out.push(signal_at(
                    Category::Unit,
                    self.id(),
                    Strength::Weak,
                    h,
                    format!("talks about their job ('{cue}')"),
                    None,
                ));
            }
        }
    }
}

/// Whether an employment cue (in matching form) says how long the writer has worked somewhere:
/// "years at", "months with", "work anniversary", "工作了", "工龄".
fn tenure(cue: &str) -> bool {
    ["years ", "year ", "months "]
        .iter()
        .any(|w| cue.starts_with(w))
        || cue.contains("anniversary")
        || matches!(cue, "工作了" | "工作满" | "工龄")
}

/// Whether the words before a tenure cue count the time: "Six years at", "3 years at", "a year
/// at", "Nearly a year with"; not "this year at" or "every year at".
fn counted(before: &str) -> bool {
    const NUMBERS: &[&str] = &[
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "few", "several", "many",
    ];
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty() || NUMBERS.contains(&word)
}

/// "First week on the data platform team at Kestrel Analytics": the organisation after a
/// later "at" / "for" / "@" in the same clause.
fn at_org_later(text: &str, from: usize) -> Option<orgs::NameSpan> {
    let rest = text.get(from..)?;
    let clause_end = rest
        .find(['.', '!', '?', ';', '\n'])
        .unwrap_or(rest.len())
        .min(80);
    let clause = &rest[..clause_end];
    [" at ", " for ", " @ ", " @"].iter().find_map(|w| {
        let i = clause.find(w)?;
        orgs::capture_after(text, from + i + w.len())
    })
}

/// "Backend engineer at Kestrel Analytics", "Data Engineer @tinybirdco": a job title followed by
/// the organisation.
fn title_at_org(s: &Scanned<'_>) -> Option<(orgs::NameSpan, usize)> {
    s.of(Class::Title).find_map(|h| {
        let after = &s.text[h.end..];
        let skip = [" at ", " @ ", " @", " with "]
            .iter()
            .find(|w| after.starts_with(**w))?;
        let from = h.end + skip.len();
        let name = orgs::capture_after(s.text, from).or_else(|| {
            // @handles are lower case: "@tinybirdco".
            let handle: String = s.text[from..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (skip.contains('@') && handle.len() >= 3).then(|| orgs::NameSpan {
                name: handle.clone(),
                start: from,
                end: from + handle.len(),
            })
        })?;
        Some((name, h.start))
    })
}

/// What follows a Chinese organisation name when it is the writer's workplace.
const ZH_AFTER: &[&str] = &[
    "工作",
    "上班",
    "实习",
    "任职",
    "就职",
    "当",
    "做",
    "的同事",
    "的领导",
    "的一员",
    "报到",
    "入职",
    "干了",
];
/// What precedes it.
const ZH_BEFORE: &[&str] = &["在", "进了", "调到", "调入", "分到", "考进", "去了"];
/// Errands after a place ("去了邮局寄…", "在银行办…"): the writer went there, not to work.
const ZH_ERRANDS: &[&str] = &[
    "买", "寄", "办", "取", "拿", "交", "缴", "排队", "看", "逛", "吃", "玩", "参观", "打卡", "领",
    "签证", "体检", "拍照", "影相",
];

/// "入咗 GARS 五年", "加入了 KDJS": an acronym (three capitals or more) right after a Chinese
/// joining cue, as Chinese writers name a unit by its English letters.
fn acronym_after(text: &str, end: usize) -> Option<orgs::NameSpan> {
    let rest = &text[end..];
    let start = end + (rest.len() - rest.trim_start().len());
    let word: &str = text[start..]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()?;
    orgs::acronym_shaped(word).then(|| orgs::NameSpan {
        name: word.to_string(),
        start,
        end: start + word.len(),
    })
}

/// Whether a span of years or months follows a name: "入咗 GARS 五年" is joining a unit,
/// "入咗瑪麗醫院" (went into a hospital) and "入咗 IKEA" are not.
fn years_follow(text: &str, end: usize) -> bool {
    let after: String = text[end..].chars().take(8).collect();
    after.contains('年') || after.contains("个月") || after.contains("個月")
}

/// "the shipyard", "the lab": a generic organisation word right after a cue.
fn generic_after(s: &Scanned<'_>, nend: usize) -> Option<String> {
    let after = s.norm_after(nend, 24);
    let mut words = after.split_whitespace();
    let first = words.next()?;
    let word = if first == "the" { words.next()? } else { first };
    orgs::ORG_TYPES_EN
        .contains(&word)
        .then(|| format!("the {word}"))
}

/// A Chinese organisation name adjacent to a cue: before it ("江城测绘院的一员", "测绘院招聘")
/// or after it ("入职江城测绘院").
fn zh_name_near(text: &str, start: usize, end: usize) -> Option<orgs::NameSpan> {
    let head = &text[..start];
    let before = orgs::names_zh(head)
        .into_iter()
        .rfind(|n| head[n.end..].chars().count() <= 2);
    let after = orgs::names_zh(&text[end..])
        .into_iter()
        .find(|n| text[end..end + n.start].chars().count() <= 1)
        .map(|n| orgs::NameSpan {
            name: n.name,
            start: n.start + end,
            end: n.end + end,
        });
    before.or(after)
}

/// "Our lab", "my unit", "我们院", "院里": the writer's own unit, named by possession.
pub struct OwnUnitReference;

/// Whether a text (normalised) is about a home: a word starting with one of the housing
/// words ("reno", "rental", "neighbours"; not "current" or "parents").
pub fn about_housing(norm: &str) -> bool {
    HOUSING.iter().any(|w| {
        norm.match_indices(w)
            .any(|(a, _)| norm[..a].chars().next_back().is_none_or(|c| c == ' '))
    })
}

/// Words that make "our unit" a home.
const HOUSING: &[&str] = &[
    "strata",
    "body corporate",
    "landlord",
    "tenant",
    "lease",
    "rent",
    "neighbour",
    "neighbor",
    "bin night",
    "bins",
    "apartment",
    "flat",
    // Singapore's public flats and a new home's keys and renovation: "HDB BTO keys
    // collected!!! our own unit at last".
    "hdb",
    "bto",
    "condo",
    "keys collected",
    "collected the keys",
    "reno",
    "mortgage",
    "housewarming",
    "moved in",
    "move in",
];

/// Words that make "our lab" a dog.
const PET: &[&str] = &[
    "dog",
    "puppy",
    "pup ",
    "pup cup",
    "the vet",
    "fetch",
    "treats",
    "bark",
    "paw",
    "walkies",
    "good boy",
    "good girl",
];

/// Own-unit words that are too common to count on their own.
/// Other people's: "你们所里", "他们站长请全站…".
const THEIRS: &[&str] = &["你们", "他们", "她们", "他的", "她的"];

const SOFT: &[&str] = &[
    "office",
    "camp",
    "site",
    "station",
    "crew",
    "company",
    "team",
    "plant",
    "yard",
    "base",
    "站",
    "站里",
    "队",
    "队里",
    "全中心",
    "全厂",
    "全所",
    "全站",
    "全基地",
    // "单位发了粽子": every employer hands out holiday treats; it says there is one.
    "单位发",
];

impl Detector for OwnUnitReference {
    fn id(&self) -> &'static str {
        "own-unit-reference"
    }
    fn category(&self) -> Category {
        Category::Unit
    }
    fn summary(&self) -> &'static str {
        "refers to the writer's own unit: \"our lab\", \"my squadron\", 我们院, 院里, 单位"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nPossessive references to one's own workplace: \"our lab/unit/institute/squadron\",\n\
         \"my unit\"; in Chinese 我们 + a unit word (我们单位, 我们院, 我们所, 我厂, 我司) and the unit word + 里\n\
         as a place (院里, 所里, 厂里, 局里, 单位里).\n\n\
         ## Why it matters\nEven without the name, these posts are about the unit; once any post names it,\n\
         they all point at it.\n\n## Example\n\"今天院里开保密工作会议\"; \"our lab won the bid\".\n\n\
         ## False positives\nWords that merely contain a unit character (所以, 医院里, 厕所里) are excluded;\n\
         \"our office\" and \"our team\" count only weakly."
    }
    fn check(&self, _post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        if cx.flags.off_work() {
            return;
        }
        let mut last_end = 0;
        // The text is folded (once per post, by `Scanned`) only where a reference is.
        for h in s.of(Class::OwnUnit) {
            if in_idiom(s, h) || h.nstart < last_end {
                continue;
            }
            last_end = h.nend;
            let words = s.original(h).to_string();
            // "Our lab Biscuit turned 4", "our lab at the dog park": a Labrador.
            if words.to_lowercase().ends_with("lab")
                && (PET.iter().any(|p| s.norm.contains(p))
                    || s.text[h.end..].trim_start().starts_with(char::is_uppercase))
            {
                continue;
            }
            // "Our unit's strata meeting": a flat ("unit" in Australian English), not a work unit.
            if words.to_lowercase().ends_with("unit") && about_housing(&s.norm) {
                continue;
            }
            // Before the reference, in Simplified form (offsets are the text's).
            let folded = s.folded();
            let before = folded[..h.start].trim_end();
            // "你们所里", "他们厂里": somebody else's institute or plant.
            if THEIRS.iter().any(|w| before.ends_with(w))
                || before.ends_with(['你', '他', '她', '您'])
            {
                continue;
            }
            // In matching form: Traditional characters folded ("個中心" is "个中心").
            let term = &s.norm[h.nstart..h.nend];
            // "一个中心", "这个中心": a count or a pointer, not Cantonese "the centre".
            if term == "个中心"
                && before
                    .ends_with(|c: char| "一两几这那每某哪整".contains(c) || c.is_ascii_digit())
            {
                continue;
            }
            let soft = SOFT.iter().any(|w| term.ends_with(w));
            // "外卖小哥说他们站长请全站吃西瓜": a vague reference after someone else is theirs.
            if soft
                && (about_someone_else(s, h.nstart) || {
                    let clause = before
                        .rsplit(['，', '。', '！', '？', ',', '.', '!', '?', '\n'])
                        .next()
                        .unwrap_or("");
                    THEIRS.iter().any(|w| clause.contains(w))
                })
            {
                continue;
            }
            out.push(signal_at(
                Category::Unit,
                self.id(),
                if soft {
                    Strength::Weak
                } else {
                    Strength::Strong
                },
                h,
                format!("refers to their own unit ('{words}')"),
                Some(words.clone()),
            ));
        }
    }
}

/// A name one joins as a member, not an employer: "Joined Iron Pump Gym today", "joined
/// Riverside Climbing Club".
fn membership(name: &str) -> bool {
    const LEISURE: &[&str] = &[
        "gym", "gyms", "fitness", "crossfit", "club", "dojo", "pilates", "yoga", "studio",
        "league", "choir", "bootcamp",
    ];
    name.split_whitespace()
        .last()
        .is_some_and(|w| LEISURE.contains(&w.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::detectors::testing::run;

    fn subjects(sig: &[Signal]) -> Vec<String> {
        sig.iter().filter_map(|s| s.subject.clone()).collect()
    }

    #[test]
    fn english_statements_name_the_employer() {
        let sig = run(
            &EmploymentStatement,
            "First week at Harbor Point Naval Shipyard, this place is enormous",
        );
        assert_eq!(subjects(&sig), ["Harbor Point Naval Shipyard"]);
        assert_eq!(sig[0].strength, Strength::Strong);
        let sig = run(
            &EmploymentStatement,
            "Harbor Point is hiring NDT inspectors, I can refer you",
        );
        assert_eq!(subjects(&sig), ["Harbor Point"]);
        let sig = run(
            &EmploymentStatement,
            "Excited to say I joined Sandia National Laboratories today",
        );
        assert_eq!(subjects(&sig), ["Sandia National Laboratories"]);
        // Chinese framing in Traditional characters and in written Cantonese.
        let sig = run(&EmploymentStatement, "去年調到東海電子研究所，今天終於轉正");
        assert!(
            subjects(&sig).iter().any(|n| n == "東海電子研究所"),
            "{sig:?}"
        );
        let sig = run(&EmploymentStatement, "我喺港灣空中支援隊做咗三年");
        assert!(
            subjects(&sig).iter().any(|n| n == "港灣空中支援隊"),
            "{sig:?}"
        );
        let sig = run(
            &EmploymentStatement,
            "5 years today with the 43rd Battalion, Singapore Combat Engineers. Same camp.",
        );
        assert_eq!(
            subjects(&sig),
            ["43rd Battalion, Singapore Combat Engineers"]
        );
        // A new sentence in the writer's own words is about the writer, after a relative.
        let sig = run(
            &EmploymentStatement,
            "my mom still cried. 7 years at Cold Creek and I'd do it all again",
        );
        assert_eq!(subjects(&sig), ["Cold Creek"]);
        let sig = run(
            &EmploymentStatement,
            "My brother got his wings. 7 years at Cold Creek and he never once complained",
        );
        assert!(subjects(&sig).is_empty(), "{sig:?}");
        assert!(run(&EmploymentStatement, "two years with Jake today ❤️").is_empty());
        // Years at a named place are the writer's seniority too; a first day is not.
        let seniority = |text: &str| {
            run(&EmploymentStatement, text)
                .iter()
                .any(|s| s.category == Category::Role && s.strength == Strength::Strong)
        };
        assert!(seniority("Six years at SFSL today. Proper proud of myself"));
        assert!(seniority(
            "Two years at Rocket Propulsion Development Laboratory today"
        ));
        assert!(!seniority("First day at Kestrel Analytics tomorrow"));
        assert!(!seniority(
            "My dad spent 30 years at Palmela Motors, retired today"
        ));
        assert!(!seniority(
            "100 hot fires this year at Tallow Creek Test Complex"
        ));
        let sig = run(&EmploymentStatement, "Ten years at the shipyard. Grateful.");
        assert_eq!(subjects(&sig), ["the shipyard"]);
        assert_eq!(sig[0].strength, Strength::Weak);
    }

    #[test]
    fn titles_at_organisations() {
        let sig = run(
            &EmploymentStatement,
            "Backend engineer at Kestrel Analytics. Rust, Postgres, climbing.",
        );
        assert_eq!(subjects(&sig), ["Kestrel Analytics"]);
        let sig = run(&EmploymentStatement, "Data Engineer @tinybirdco");
        assert_eq!(subjects(&sig), ["tinybirdco"]);
        let sig = run(
            &EmploymentStatement,
            "First week on the data platform team at Kestrel Analytics 🎉",
        );
        assert_eq!(subjects(&sig), ["Kestrel Analytics"]);
        let sig = run(
            &EmploymentStatement,
            "Hiring! Kestrel Analytics is looking for a second SRE in Leeds.",
        );
        assert_eq!(subjects(&sig), ["Kestrel Analytics"]);
    }

    #[test]
    fn english_non_statements_stay_quiet() {
        assert!(run(&EmploymentStatement, "I joined a gym and a book club").is_empty());
        assert!(
            run(
                &EmploymentStatement,
                "Joined Iron Pump Gym today. Trainer says Monday Wednesday Friday"
            )
            .is_empty()
        );
        // Thinking of joining is not joining.
        assert!(
            run(
                &EmploymentStatement,
                "Cold-water swimming. Thinking of joining the Petone crew this winter"
            )
            .is_empty()
        );
        // Times and wishes are not employers (seen in a real Mastodon archive).
        assert!(
            run(
                &EmploymentStatement,
                "my team trained at an office park loop starting at 6pm"
            )
            .is_empty()
        );
        assert!(
            run(
                &EmploymentStatement,
                "The 8-year-old, after making french toast: \"I should work at IHOP.\""
            )
            .is_empty()
        );
        assert!(run(&EmploymentStatement, "Working from home on my novel today").is_empty());
        assert!(
            run(
                &EmploymentStatement,
                "Binge watching, started at The Office season one"
            )
            .is_empty()
        );
        assert!(
            run(
                &EmploymentStatement,
                "Congrats to my cousin on her new job at Google"
            )
            .is_empty()
        );
        assert!(run(&EmploymentStatement, "恭喜表哥入职腾讯").is_empty());
        // "he's" reads "he" once normalised: a friend's job, however it is said.
        assert!(
            run(
                &EmploymentStatement,
                "helped shaun move house. he's an engineer at LTA, keeps explaining road camber"
            )
            .is_empty()
        );
    }

    #[test]
    fn chinese_statements_name_the_employer() {
        assert_eq!(
            subjects(&run(&EmploymentStatement, "正式成为江城测绘院的一员啦")),
            ["江城测绘院"]
        );
        assert_eq!(
            subjects(&run(
                &EmploymentStatement,
                "测绘院招聘测绘工程师啦，有兴趣的私信我"
            )),
            ["测绘院"]
        );
        assert_eq!(
            subjects(&run(&EmploymentStatement, "今天入职东海船舶研究所")),
            ["东海船舶研究所"]
        );
        // A unit by its English letters after a joining cue; Cantonese 入咗 only with years.
        assert_eq!(
            subjects(&run(&EmploymentStatement, "入咗 GARS 五年 由學徒到而家")),
            ["GARS"]
        );
        assert_eq!(
            subjects(&run(&EmploymentStatement, "上个月正式加入 KDJS 啦")),
            ["KDJS"]
        );
        assert!(subjects(&run(&EmploymentStatement, "啱啱入咗 IKEA 買嘢")).is_empty());
        assert!(subjects(&run(&EmploymentStatement, "今天买入了 AAPL 一百股")).is_empty());
        assert!(subjects(&run(&EmploymentStatement, "阿爸入咗瑪麗醫院 好擔心")).is_empty());
        assert_eq!(
            subjects(&run(&EmploymentStatement, "在航天五院工作第三年")),
            ["航天五院"]
        );
        assert_eq!(
            subjects(&run(&EmploymentStatement, "第七研究所的同事们都很拼")),
            ["第七研究所"]
        );
        assert!(run(&EmploymentStatement, "今天包了饺子，韭菜鸡蛋馅的最好吃").is_empty());
        assert!(run(&EmploymentStatement, "在医院陪外婆").is_empty());
        // An errand at a post office is no job there; going to work at one is.
        assert!(subjects(&run(&EmploymentStatement, "同細妹去咗郵政總局買首日封")).is_empty());
        assert_eq!(
            subjects(&run(
                &EmploymentStatement,
                "毕业后去了江城测绘院，一干就是五年"
            )),
            ["江城测绘院"]
        );
        assert!(run(&EmploymentStatement, "学了一首新歌，准备年会唱").is_empty());
    }

    #[test]
    fn own_unit_references_in_both_languages() {
        assert_eq!(run(&OwnUnitReference, "今天院里开保密工作会议").len(), 1);
        assert_eq!(run(&OwnUnitReference, "我们单位食堂的包子不错").len(), 1);
        // Holiday treats from the employer say there is one, weakly.
        let treats = run(&OwnUnitReference, "中秋节，单位发了月饼，五仁的");
        assert!(
            treats.iter().all(|s| s.strength == Strength::Weak),
            "{treats:?}"
        );
        assert_eq!(
            run(&OwnUnitReference, "Our lab finally got the new microscope").len(),
            1
        );
        assert!(run(&OwnUnitReference, "医院里人太多了").is_empty());
        assert!(
            run(
                &OwnUnitReference,
                "Our lab mix at the dog park tried to herd the ducks"
            )
            .is_empty()
        );
        assert!(run(&OwnUnitReference, "Our lab Biscuit turned 4 today").is_empty());
        // "Unit" as a flat, by the words of a home at the start of a word only.
        assert!(
            run(
                &OwnUnitReference,
                "Our unit's strata meeting ran late again"
            )
            .is_empty()
        );
        assert_eq!(
            run(&OwnUnitReference, "Our unit is currently two techs short").len(),
            1
        );
        assert!(run(&OwnUnitReference, "所以我们去了公园").is_empty());
        assert_eq!(
            run(&OwnUnitReference, "颱風夜留守，全中心只剩我們這一班").len(),
            1
        );
        // Somebody else's: "your institute", "their station".
        assert!(
            run(
                &OwnUnitReference,
                "我表姐在研究所上班，我说你们所里不放假吗"
            )
            .is_empty()
        );
        assert!(run(&OwnUnitReference, "外卖小哥说他们站长今天请全站吃西瓜").is_empty());
        assert_eq!(run(&OwnUnitReference, "個中心最近多咗好多羈留者").len(), 1);
        // Taiwanese forces: "隊上" (in our unit), the squadron leader.
        assert_eq!(run(&OwnUnitReference, "隊上來了三個新學弟").len(), 1);
        assert_eq!(
            run(&OwnUnitReference, "中隊長說今年裝檢我們要拿第一").len(),
            1
        );
        // The unit's own open day or volunteering is still the unit's.
        assert_eq!(
            run(&OwnUnitReference, "Our centre's open day for local schools").len(),
            1
        );
        assert_eq!(run(&OwnUnitReference, "站里组织去敬老院做志愿者").len(), 1);
        // Judged in Simplified form: Traditional 你們 is 你们.
        assert!(
            run(
                &OwnUnitReference,
                "我表姐在研究所上班，我說你們所裡不放假嗎"
            )
            .is_empty()
        );
        assert!(run(&OwnUnitReference, "坚持一个中心两个基本点").is_empty());
        assert!(
            run(
                &OwnUnitReference,
                "My unit converter app says 3 cups is 709 ml"
            )
            .is_empty()
        );
    }
}

#[cfg(test)]
mod boundary_tests {
    use super::*;
    use crate::analyze::detectors::testing::run;

    #[test]
    fn a_name_after_chinese_relatives_does_not_panic() {
        // Found by a blind persona: a name's offset in the text as written fell inside a
        // character of the normalised text.
        for text in [
            "安全查核的表格又來了 親戚朋友誰在大陸，到觀濱戰備儲油中心報到三年了",
            "表哥，，，，，，，，正式成为江城测绘院的一员",
            "親戚朋友：：：：：：：今天入職東海電子研究所",
            "朋友！！！！！！！我加入了北辰生物防护研究中心",
        ] {
            let _ = run(&EmploymentStatement, text);
        }
    }
}
