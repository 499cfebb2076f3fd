//! Role and work-context cues: job titles, trade jargon, duties, careers, shifts, overtime.
//!
//! One post is judged as a whole: a title said about oneself ("I'm a welder", "作为测绘工程师"),
//! jargon specific to a trade, or two or more lesser cues together make the post reveal the
//! role; a lone generic word ("inspected the strawberries") does not.

use crate::analyze::detector::{
    Context, Detector, NOT_OWN, about_someone_else, in_idiom, in_title, is,
};
use crate::analyze::lexicon::Class;
use crate::analyze::matcher::{Hit, Scanned};
use crate::analyze::trades::TRADES;
use crate::analyze::{Category, Signal, Strength};
use crate::model::Post;

/// Titles, jargon, duties and work words, weighed together per post.
pub struct RoleCues;

/// Duty words of everyday life too ("project", "report", 数据): they never add up to a role
/// among themselves.
const GENERIC: &[&str] = &[
    "project",
    "projects",
    "program",
    "programme",
    "report",
    "reports",
    "test",
    "tests",
    "data",
    "deadline",
    "review",
    "milestone",
    "deliverable",
    "paperwork",
    "samples",
    "spec",
    "specs",
    "trial",
    "trials",
    "mission",
    "drill",
    "experiment",
    "experiments",
    "uniform",
    "briefing",
    "audit",
    "audits",
    "testing",
    "badge",
    "roster",
    "项目",
    "任务",
    "数据",
    "报告",
    "资料",
    "检查",
    "测试",
    "实验",
    "训练",
    "出差",
    "单位",
    "加班",
];

/// What a decisive career step says.
const CAREER_STEP: &str = "a career step in a trade (promotion, rank, trade grade, course, recertification, first time in charge)";

/// Whether career word `h` is a step only a job gives, whatever the trade: promoted, a rank
/// reached (升上士, 晋升中尉), a trade grade (高级工, 技术能手), a work course or recertification
/// passed ("Passed my signals course", "Passed the radiological survey module"). Not a driving
/// test or an exam at school ("Passed my driving test", "考上高中"), and not a bare noun
/// ("certificate", "rating").
fn decisive_career(s: &Scanned<'_>, h: &Hit) -> bool {
    const RANKS: &[&str] = &[
        "下士", "中士", "上士", "少尉", "中尉", "上尉", "少校", "中校", "上校",
    ];
    const REACHED: &[&str] = &[
        "升",
        "升为",
        "升任",
        "升了",
        "晋升",
        "晋升为",
        "授",
        "当上",
        "提",
    ];
    const WORK_COURSES: &[&str] = &[
        "course",
        "recert",
        "cert ",
        "certification",
        "module",
        "assessment",
        "board",
        "qualification",
        "competenc",
        "sign-off",
        "check ride",
        "checkride",
    ];
    let word = &s.norm[h.nstart..h.nend];
    match word {
        "promoted"
        | "recert"
        | "recertification"
        | "requalified"
        | "in-service training"
        | "annual in-service"
        | "技术能手"
        | "技术标兵"
        | "岗位能手"
        | "晋升"
        | "提干"
        | "授衔"
        | "独立上岗"
        | "技能鉴定" => true,
        w if crate::analyze::lexicon::FIRST_IN_CHARGE.contains(&w) => true,
        // A trade grade, not the 高级工程师 it starts.
        "高级工" | "中级工" => !s.norm[h.nend..].starts_with('程'),
        "passed my" | "passed the" => {
            // The rest of the sentence, at most 60 characters, with a space to end its last word.
            let clause: String = s.text[h.end..]
                .chars()
                .take(60)
                .take_while(|c| !matches!(c, '.' | '!' | '?' | '\n'))
                .chain([' '])
                .collect::<String>()
                .to_lowercase();
            WORK_COURSES.iter().any(|w| clause.contains(w))
        }
        w if RANKS.contains(&w) => {
            let before = &s.norm[..h.nstart];
            REACHED.iter().any(|r| before.ends_with(r))
        }
        _ => false,
    }
}

/// What a newcomer taught by the writer says.
const TEACHING: &str = "teaching a newcomer, a senior's work in a trade";

/// Whether the writer teaches the newcomer (or new colleague by title) of hit `h`: "teaching
/// the new hires how to…", "教新来的 rating 怎么校准", "带了一个新来的徒弟". Only someone
/// senior in a trade trains its newcomers, whatever the trade is. A teaching word must come
/// shortly before: up to four words, or eight characters in Chinese.
fn taught(s: &Scanned<'_>, h: &Hit) -> bool {
    const TEACH_ZH: &[&str] = &["教", "带", "讲", "培训", "指导", "辅导", "训练"];
    const TEACH_EN: &[&str] = &[
        "teach",
        "teaching",
        "taught",
        "train",
        "training",
        "trained",
        "mentor",
        "mentoring",
        "mentored",
        "coach",
        "coaching",
        "coached",
        "show",
        "showing",
        "showed",
        "walked",
        "walking",
        "supervising",
        "onboarding",
        "inducting",
        "briefing",
        "breaking",
    ];
    // Not a newcomer at work: "新来的同学", "新来的猫".
    const NOT_WORK_ZH: &[&str] = &[
        "同学",
        "邻居",
        "室友",
        "朋友",
        "小朋友",
        "孩子",
        "猫",
        "狗",
        "球友",
        "队员",
        "会员",
    ];
    let before = &s.norm[..h.nstart];
    let word = &s.norm[h.nstart..h.nend];
    if word.starts_with(crate::analyze::matcher::is_cjk) {
        let after = s.norm_after(h.nend, 4);
        if NOT_WORK_ZH
            .iter()
            .any(|w| after.trim_start().starts_with(w))
        {
            return false;
        }
        let window: String = {
            let mut c: Vec<char> = before.chars().rev().take(8).collect();
            c.reverse();
            c.into_iter().collect()
        };
        // "我是新来的": the writer is the newcomer.
        if window.ends_with("我是") || window.ends_with("我们是") {
            return false;
        }
        // "新来的两个小弟跟我学熏蒸": the newcomers learn from the writer.
        let learns_from_me = ["跟我学", "跟着我学", "找我学", "向我学", "归我带", "给我带"]
            .iter()
            .any(|w| s.norm_after(h.nend, 10).contains(w));
        // A new colleague named by the title ("新来的 rating") is found by its "新来的".
        learns_from_me
            || TEACH_ZH.iter().any(|t| {
                window.match_indices(t).any(|(i, _)| {
                    let prev = window[..i].chars().next_back();
                    let next = window[i + t.len()..].chars().next();
                    // "请多指教", "教练", "教材": not teaching someone.
                    !(*t == "教"
                        && (prev.is_some_and(|c| "指请家宗助".contains(c))
                            || next.is_some_and(|c| "练授室堂会育程材".contains(c))))
                })
            })
    } else {
        before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(4)
            .any(|w| TEACH_EN.contains(&w))
    }
}

/// Whether the words before a job title (normalised) deny it: "not a doctor", "no expert".
fn denied(before: &str) -> bool {
    let before = before.trim_end();
    let before = before
        .strip_suffix(" an")
        .or_else(|| before.strip_suffix(" a"))
        .unwrap_or(before);
    ["not", "no"].iter().any(|p| {
        before
            .strip_suffix(p)
            .is_some_and(|r| r.is_empty() || r.ends_with(' '))
    })
}

/// If a title hit is said about the writer, where the title phrase starts in the original text:
/// right after a context word close before it ("作为|雷达技师", "I'm an |NDT inspector"), at the
/// title itself for "… by trade" or a hiring post.
fn title_in_context(s: &Scanned<'_>, title: &Hit) -> Option<usize> {
    let after = s.norm_after(title.nend, 12);
    // "Analyst life: 90% coffee", "#nurselife": the writer's own daily life in the job.
    let life = after.starts_with(" life") && !after[5..].starts_with(|c: char| c.is_alphanumeric());
    if after.starts_with(" by trade") || after.starts_with(" here") || life {
        return Some(title.start);
    }
    // "Backend engineer at Kestrel", "Data Engineer @tinybirdco": a job at an organisation,
    // with the word that qualifies the title.
    let raw_after = &s.text[title.end..];
    let at_org = raw_after
        .strip_prefix(" at ")
        .is_some_and(|r| r.starts_with(char::is_uppercase))
        || raw_after.starts_with(" @");
    if at_org {
        let head = s.text[..title.start].trim_end();
        let prev = head
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let keep = !prev.is_empty()
            && !["a", "an", "the", "my", "as", "and", "i", "im", "am"]
                .contains(&prev.to_lowercase().as_str());
        return Some(if keep {
            head.len() - prev.len()
        } else {
            title.start
        });
    }
    // "喺爆炸品處理組做技術員", "在测绘院当技术员": a title done at a named organisation.
    if title.start <= s.text.len() && !s.zh_names().is_empty() {
        let folded = s.folded();
        let head = &folded[..title.start.min(folded.len())];
        let verb = ["做", "当", "任"].iter().find_map(|v| head.strip_suffix(v));
        if let Some(head) = verb
            && s.zh_names()
                .iter()
                .any(|n| n.end == head.len() && folded[..n.start].ends_with('在'))
        {
            return Some(title.start);
        }
    }
    // Titles said together are one title ("主任设计师"): the context may come before the first.
    let mut first = title.nstart;
    while let Some(t) = s
        .of(Class::Title)
        .find(|t| t.nend == first && t.nstart < first)
    {
        first = t.nstart;
    }
    let near = s.of(Class::TitleContext).filter(|c| {
        let between = &s.norm[c.nend.min(first)..first];
        // A one-character context ("升") holds only right before the title or its rank.
        let single = s.norm[c.nstart..c.nend].chars().count() == 1;
        c.nend <= first
            && between.split_whitespace().count() <= 2
            && between
                .chars()
                .filter(|c| crate::analyze::matcher::is_cjk(*c))
                .count()
                <= if single { 1 } else { 4 }
            && !(single && between.chars().any(|c| !crate::analyze::matcher::is_cjk(c)))
    });
    if let Some(c) = near.last() {
        // "Volunteering as a STEM ambassador": a volunteer's role, not the job.
        let before = s.norm[..c.nstart].trim_end();
        if before.ends_with("volunteering") || before.ends_with("volunteer") {
            return None;
        }
        let (start, _) = s.orig_span(c.nend, c.nend + 1);
        let start = start.max(c.end);
        let phrase = trim_zh_lead(s.text[start..title.end].trim_start());
        return Some(title.end - phrase.len());
    }
    // Hiring: "hiring NDT inspectors", "招聘测绘工程师" — with the trade word right before it.
    s.has(Class::HiringCue).then(|| {
        s.of(Class::Jargon)
            .filter(|j| j.nend <= title.nstart && s.norm[j.nend..title.nstart].trim().is_empty())
            .map(|j| j.start)
            .last()
            .unwrap_or(title.start)
    })
}

/// A Chinese title phrase without the particles, counters and praise before the title:
/// "了优秀预报员" → "预报员", "一名光荣的技师" → "技师".
fn trim_zh_lead(mut phrase: &str) -> &str {
    // "所里的雷达技师": a title never holds 的; what comes before it qualifies the person.
    if let Some((_, after)) = phrase.rsplit_once('的')
        && !after.is_empty()
    {
        phrase = after;
    }
    const LEAD: &[&str] = &[
        "了", "的", "一名", "一个", "一位", "一枚", "名", "个", "位", "优秀", "新晋", "正式",
        "光荣",
    ];
    while let Some(rest) = LEAD.iter().find_map(|l| phrase.strip_prefix(l)) {
        if rest.is_empty() {
            break;
        }
        phrase = rest;
    }
    phrase
}

/// Whether a content warning files the post under the writer's work: "work", "work, cold",
/// "job rant", "shift stuff", "工作", "上班".
fn warns_of_work(cw: &str) -> bool {
    let norm = crate::analyze::matcher::normalized(cw);
    norm.split(' ').any(|w| {
        matches!(
            w,
            "work" | "job" | "shift" | "duty" | "worklife" | "workplace"
        )
    }) || ["工作", "上班", "值班", "单位"]
        .iter()
        .any(|w| cw.contains(w))
}

/// Whether a post treats the weather or an earthquake as news everyone shares: it wishes
/// people safe, sends thoughts, or says what they stocked up on ("颱風要來了，大家記得補水",
/// "地震好大！花蓮的朋友平安嗎", "Cyclone approaching. Friends in Nellore, stay safe"), and
/// names no unit of the writer's ("台风过后站里一片狼藉，大家一起清理" is the station's).
fn hazard_news_of(s: &Scanned<'_>) -> bool {
    const SHARED: &[&str] = &[
        "大家",
        "平安",
        "小心",
        "注意安全",
        "泡面",
        "台风假",
        "stay safe",
        "thinking of",
        "friends in",
        "stay indoors",
        "everyone in",
        "everyone up",
    ];
    !s.has(Class::OwnUnit) && SHARED.iter().any(|w| s.norm.contains(w))
}

/// Whether a word belongs only to the weather or earthquake trades ("cyclone", "雷达回波",
/// "地震"), not also to another's.
fn weather_word(word: &str) -> bool {
    let trades = crate::analyze::trade_index::of(word);
    !trades.is_empty()
        && trades.iter().all(|&t| {
            matches!(
                TRADES[t].name,
                "weather forecasting" | "seismic and geophysical monitoring"
            )
        })
}

/// The most words of one trade among the cues: "ship" and "train" are words of two trades and
/// say nothing together; "crane" and "slings" are one trade's.
fn same_trade_words(s: &Scanned<'_>, cues: &[(&Hit, u8, &'static str)]) -> usize {
    let mut words: Vec<&str> = cues
        .iter()
        .filter(|c| is(c.0, Class::TradeWord))
        .map(|(h, _, _)| &s.norm[h.nstart..h.nend])
        .collect();
    // "deploy … deploy" is one word said twice.
    words.sort_unstable();
    words.dedup();
    // A bilingual post says the same thing twice ("Typhoon season… 台风季"): words of one
    // trade count in the language that has more of them, not in both added up. So the count
    // is that of the most frequent (trade, language) pair.
    let mut pairs: Vec<(usize, bool)> = Vec::new();
    for w in words {
        let cjk = w.chars().any(crate::analyze::matcher::is_cjk);
        pairs.extend(
            crate::analyze::trade_index::of(w)
                .into_iter()
                .map(|t| (t, cjk)),
        );
    }
    pairs.sort_unstable();
    pairs
        .chunk_by(|a, b| a == b)
        .map(<[_]>::len)
        .max()
        .unwrap_or(0)
}

impl Detector for RoleCues {
    fn id(&self) -> &'static str {
        "role-cues"
    }
    fn category(&self) -> Category {
        Category::Role
    }
    fn summary(&self) -> &'static str {
        "job titles, trade jargon, duties, promotions, certifications, shifts and overtime"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nWhat the writer does for a living, in English and Chinese: a job title said about\n\
         themselves (\"I'm an NDT inspector\", \"as a surveyor\", 作为测绘工程师, 我是技术员), the jargon and tools\n\
         of a trade (ultrasonic testing, radiographic, drydock, wind tunnel, 外业, 全站仪, 探伤), promotions,\n\
         ratings and certifications (\"Certified Level III\", 职称, 注册测绘师), shifts and on-call (night shift,\n\
         值班, 倒班), projects and trials, and overtime (加班). Specific jargon or a title in context is\n\
         enough; generic work words need a second cue in the same post, unless the writer filed the\n\
         post under their work with a content warning (Mastodon's \"CW: work\"). Titles, jargon and words of 65\n\
         trades (`src/analyze/trades.rs`: crane and rigging, grid dispatch, cryptography, forensic\n\
         science, …) are part of it; two words of one trade (\"shackles\" and \"slings\") reveal it, two\n\
         of different trades (\"ship\", \"train\") do not, and the reason names the trade. Teaching a\n\
         newcomer (\"teaching the new hires how to…\", 教新来的, 带了一个徒弟) is a senior's work in any\n\
         trade and enough on its own, jargon or not; asking for advice (请多指教) is not. So is a career\n\
         step only a job gives: promoted, a rank reached (升上士), a trade grade (高级工), a work course or\n\
         recertification passed, the first time in charge (第一次自己负责); a driving test, a school\n\
         exam or someone else's promotion is not. So is a working day told as one (\"Spent the whole day\n\
         chasing a thrust deviation\", \"spent the day with my head in a purifier\"), not a day off\n\
         (\"spent the arvo at the tip\", \"chasing the kids\").\n\n\
         ## Why it matters\nThe role tells an adversary what the person can see and why they are worth\n\
         approaching.\n\n## Example\n\"Ultrasonic testing on hull welds all day\"; \"外业测量第五天\".\n\n\
         ## False positives\nGeneric words alone (\"inspected the strawberries\", \"sent my project\" at the\n\
         climbing gym) stay weak; posts about shows, films, games and hobbies (airshows, models) are ignored,\n\
         and so is a national space mission on the news (\"天问一号发射成功\", \"Chandrayaan-3 lands\") unless\n\
         the writer or their unit is in it, and the weather or an earthquake shared as news (\"颱風要來了，\n\
         大家平安\", \"Cyclone approaching, friends in Nellore stay safe\")."
    }
    fn check(&self, post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        let mut cues: Vec<(&Hit, u8, &'static str)> = Vec::new();
        let hazard_news = std::cell::OnceCell::new();
        // The end of the last weather word passed over: the words inside it ("雷达" of
        // "雷达回波") go with it.
        let mut muted_to = 0;
        // "旧同事", "前同事": a word of work inside someone else's description is not the
        // writer's (most posts name nobody else, so this is usually empty).
        let others: Vec<&Hit> = s.of(Class::ThirdParty).collect();
        for h in &s.hits {
            if in_idiom(s, h) || in_title(s, h) || h.nend <= muted_to {
                continue;
            }
            if !is(h, Class::ThirdParty)
                && others
                    .iter()
                    .any(|t| t.nstart <= h.nstart && h.nend <= t.nend)
            {
                continue;
            }
            // "颱風要來了，大家平安": the weather on the news, not a forecaster's words.
            if is(h, Class::TradeWord)
                && *hazard_news.get_or_init(|| hazard_news_of(s))
                && weather_word(&s.norm[h.nstart..h.nend])
            {
                muted_to = h.nend;
                continue;
            }
            // "welder's daughter": a possessive names someone else's trade.
            if is(h, Class::Title)
                && (matches!(s.text[h.end..].chars().next(), Some('\'' | '’'))
                    || s.original(h).contains(['\'', '’']))
            {
                continue;
            }
            // "I should have been an accountant", "not a doctor": a job the writer does not do.
            if is(h, Class::Title)
                && (crate::analyze::detector::wished_for(s, h.nstart)
                    || denied(&s.norm[..h.nstart]))
            {
                continue;
            }
            let (weight, what) = if is(h, Class::Title) {
                if title_in_context(s, h).is_some() {
                    (2, "their job title")
                } else if s.norm[..h.nstart].ends_with("new ") && taught(s, h) {
                    // "Mentoring our two new linguists".
                    (2, TEACHING)
                } else {
                    (1, "a job title")
                }
            } else if is(h, Class::Jargon) {
                (2, "jargon of their trade")
            } else if is(h, Class::Career) {
                if decisive_career(s, h) {
                    (2, CAREER_STEP)
                } else {
                    (1, "a career step")
                }
            } else if is(h, Class::Shift) {
                (1, "shift work")
            } else if is(h, Class::Overtime) {
                (1, "overtime")
            } else if is(h, Class::Duty) || is(h, Class::TradeWord) {
                (1, "a work duty")
            } else if is(h, Class::WorkplaceCue) {
                (1, "work context")
            } else if is(h, Class::Newcomer) && taught(s, h) {
                (2, TEACHING)
            } else {
                continue;
            };
            // One cue per stretch of text: the heaviest wins.
            if let Some(prev) = cues
                .iter_mut()
                .find(|(p, _, _)| p.nstart < h.nend && h.nstart < p.nend)
            {
                if weight > prev.1 {
                    *prev = (h, weight, what);
                }
                continue;
            }
            cues.push((h, weight, what));
        }
        // The same word said twice ("apprentices … apprentices") is one cue, not two.
        {
            let mut seen: Vec<&str> = Vec::new();
            cues.retain(|c| {
                let w = &s.norm[c.0.nstart..c.0.nend];
                if seen.contains(&w) {
                    false
                } else {
                    seen.push(w);
                    true
                }
            });
        }
        // Strong: one specific cue (a title in context, jargon); or two cues of which one is more
        // than a generic duty word ("project report" alone is not a job); or three duty words.
        let specific = cues.iter().any(|c| c.1 >= 2);
        let generic = |h: &Hit| is(h, Class::Duty) && GENERIC.contains(&&s.norm[h.nstart..h.nend]);
        let trade = cues
            .iter()
            .filter(|c| is(c.0, Class::Duty) && !generic(c.0))
            .count()
            + same_trade_words(s, &cues);
        let others = cues
            .iter()
            .filter(|c| !is(c.0, Class::Duty) && !is(c.0, Class::TradeWord))
            .count();
        // "My mom is a nurse and works nights": the cues are about someone else.
        // "研究生同学在深圳做芯片": a word right before a relative or friend describes them.
        let describes_other = cues.iter().any(|c| {
            s.of(Class::ThirdParty).any(|t| {
                t.nstart == c.0.nend
                    && s.norm[t.nstart..].starts_with(crate::analyze::matcher::is_cjk)
            })
        });
        // A retweet or a boost is someone else's words.
        let someone_else = post.kind == crate::model::PostKind::Repost
            || describes_other
            || cues.first().is_some_and(|c| {
                about_someone_else(s, c.0.nstart)
                    || crate::analyze::detector::sentence_about_someone_else(s, c.0.start)
                    || (is(c.0, Class::Career) || is(c.0, Class::Title))
                        && crate::analyze::detector::named_subject(s, c.0.start)
            });
        // "CW: work": the writer filed the post under their work, so its work words are theirs.
        let filed_as_work = post.content_warning.as_deref().is_some_and(warns_of_work);
        // "我在上班啦，下班再说": going to and leaving work says there is a job, not which.
        let just_a_job = cues
            .iter()
            .all(|c| matches!(&s.norm[c.0.nstart..c.0.nend], "上班" | "下班"));
        let strong = !cx.flags.off_work()
            && !someone_else
            && !just_a_job
            && (specific || others >= 1 && cues.len() >= 2 || trade >= 2 || filed_as_work);
        for (h, _, what) in cues {
            let words = s.original(h);
            // Name the trade a word belongs to, when it belongs to one or two.
            let trades = crate::analyze::trade_index::of(&s.norm[h.nstart..h.nend]);
            // Joined, not `format!`ed: this runs for every cue of every post.
            let what: std::borrow::Cow<'_, str> = match trades.as_slice() {
                [t] if !is(h, Class::Title) => [what, " (", TRADES[*t].name, ")"].concat().into(),
                [a, b] if !is(h, Class::Title) => {
                    [what, " (", TRADES[*a].name, " or ", TRADES[*b].name, ")"]
                        .concat()
                        .into()
                }
                _ => what.into(),
            };
            out.push(Signal {
                category: Category::Role,
                detector: self.id(),
                // Working from home, a film, a hobby, a relative: not evidence of the role
                // unless the post reveals it outright.
                reason: if someone_else || cx.flags.off_work() || cx.flags.home_work {
                    ["'", words, "': ", &what, NOT_OWN].concat()
                } else {
                    ["'", words, "': ", &what].concat()
                },
                span: Some((h.start, h.end)),
                strength: if strong {
                    Strength::Strong
                } else {
                    Strength::Weak
                },
                subject: if is(h, Class::Title) {
                    title_in_context(s, h).map(|start| s.text[start..h.end].trim().to_string())
                } else {
                    None
                },
            });
        }
        // "Spent the whole day chasing a thrust deviation", "spent half the night chasing an
        // alarm", "spent the day with my head in a purifier": a working day told as one.
        if !cx.flags.off_work()
            && !cx.flags.home_work
            && post.kind != crate::model::PostKind::Repost
            && let Some((nstart, nend)) = working_day(&s.norm)
            && !about_someone_else(s, nstart)
        {
            let (start, end) = s.orig_span(nstart, nend);
            out.push(Signal {
                category: Category::Role,
                detector: self.id(),
                reason: ["'", &s.text[start..end], "': ", WORKING_DAY].concat(),
                span: Some((start, end)),
                strength: Strength::Strong,
                subject: None,
            });
        }
    }
}

/// What a working day told as one says.
const WORKING_DAY: &str =
    "a day of the writer's work, told as one (a task chased, tuned or taken apart)";

/// The span of "spent [half] the [whole] day|arvo|night|week <a work task>" in a normalised
/// text: a day spent chasing, tuning, calibrating or troubleshooting something, or with one's
/// head in a machine. Not a day spent doing nothing, at the tip or with the kids.
fn working_day(norm: &str) -> Option<(usize, usize)> {
    const SPANS: &[&str] = &[
        "day",
        "morning",
        "afternoon",
        "arvo",
        "night",
        "week",
        "shift",
        "evening",
    ];
    const TASKS: &[&str] = &[
        "chasing",
        "tuning",
        "migrating",
        "calibrating",
        "troubleshooting",
        "debugging",
        "repairing",
        "rebuilding",
        "servicing",
        "inspecting",
        "interpreting",
        "translating",
        "auditing",
        "commissioning",
        "with my head in",
        "elbow deep in",
        "up to my elbows in",
    ];
    // Chasing the kids or a sunset is a day off.
    const NOT_TASKS: &[&str] = &[
        "the kids",
        "my kids",
        "kids",
        "the children",
        "the dog",
        "my dog",
        "the cat",
        "the toddler",
        "my toddler",
        "the baby",
        "after",
        "waterfalls",
        "sunsets",
        "the sunset",
        "the sun",
        "the light",
        "butterflies",
        "pokemon",
    ];
    for (i, _) in norm.match_indices("spent ") {
        if i > 0
            && norm[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let mut rest = &norm[i + "spent ".len()..];
        for w in ["half the ", "most of the ", "all the ", "the ", "all "] {
            if let Some(r) = rest.strip_prefix(w) {
                rest = r;
                break;
            }
        }
        for w in ["whole ", "entire "] {
            if let Some(r) = rest.strip_prefix(w) {
                rest = r;
            }
        }
        let Some(span) = SPANS.iter().find(|w| rest.starts_with(*w)) else {
            continue;
        };
        let after = rest[span.len()..].trim_start();
        if let Some(task) = TASKS.iter().find(|t| {
            after.starts_with(*t)
                && after[t.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
                && !NOT_TASKS
                    .iter()
                    .any(|n| after[t.len()..].trim_start().starts_with(n))
        }) {
            let end = norm.len() - after.len() + task.len();
            return Some((i, end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::detectors::testing::run;

    /// Whether any cue of a text is strong.
    pub(super) fn strong(text: &str) -> bool {
        run(&RoleCues, text)
            .iter()
            .any(|s| s.strength == Strength::Strong)
    }

    #[test]
    fn a_working_day_told_as_one_is_work_in_any_trade() {
        let day = |text: &str| {
            run(&RoleCues, text)
                .iter()
                .any(|s| s.strength == Strength::Strong && s.reason.contains(WORKING_DAY))
        };
        assert!(day(
            "Spent the whole day chasing a 2% deviation. Found it: a loose connector."
        ));
        assert!(day(
            "Spent half the night chasing an alarm that turned out to be drift"
        ));
        assert!(day(
            "Spent the day with my head in a purifier. Fuel oil everywhere."
        ));
        assert!(day("Spent the week migrating keys to the new partitions"));
        // A day off, a day out, someone else's day.
        assert!(!day("spent the arvo at the tip. character building"));
        assert!(!day(
            "Spent the day doing absolutely nothing and I regret none of it."
        ));
        assert!(!day("Spent the whole day chasing the kids around the park"));
        assert!(!day("My dad spent the day servicing his old Holden"));
    }

    #[test]
    fn a_career_step_only_a_job_gives_is_work_in_any_trade() {
        // With the trade's own words taken away, the step still says there is a trade.
        for text in [
            "升上士了 🎖️ 繼續努力",
            "考過了维修高級工！！家人們 冲",
            "年底评了技术能手 奖状挂家里了",
            "Passed my signals course! Now I can say roger with confidence",
            "Passed the survey module today, my brain is full",
            "Promoted na ako to PO3! Libre ko kayo",
            "Requalified today, good for another two years",
            "今天第一次自己负责一整个仓，心情有点紧张",
        ] {
            assert!(
                run(&RoleCues, text)
                    .iter()
                    .any(|s| s.strength == Strength::Strong && s.reason.contains(CAREER_STEP)),
                "{text}: {:?}",
                run(&RoleCues, text)
            );
        }
        // Someone else's step, an exam at school, a driving test or a bare rank stay weak.
        for text in [
            "弟弟升中尉了，全家吃饭",
            "侄子考上高中了，全家聚餐庆祝",
            "我爸是上校，从小管得严",
            "Passed my driving test!",
            "My brother got promoted to manager",
            "Ailsa got the promotion! Team leader now.",
            "Passed the salt and the gravy, Christmas done",
        ] {
            assert!(!strong(text), "{text}: {:?}", run(&RoleCues, text));
        }
    }

    #[test]
    fn the_weather_on_the_news_is_no_forecasters_work() {
        for text in [
            "杜蘇芮要來了，氣象署的雷達回波圖一片紅，大家記得補水跟泡麵",
            "剛剛地震好大！！花蓮的朋友大家平安嗎 😨",
            "Cyclone Michaung approaching the coast, heavy precipitation. Friends in Nellore, stay safe",
        ] {
            assert!(!strong(text), "{text} {:?}", run(&RoleCues, text));
        }
        // A forecaster's own night of it, or the unit's, still is.
        assert!(strong(
            "台风过境那三天基本没睡，雷达回波盯了一晚上，强降水落区改了三次"
        ));
        assert!(strong(
            "台风过后站里一片狼藉，雷达回波还得盯，强降水预报大家一起会商"
        ));
    }

    #[test]
    fn the_newer_trades_are_named() {
        for (text, trade) in [
            (
                "Signed off my first main canopy as inspector, then two reserve repacks",
                "parachute rigging and aerial delivery",
            ),
            (
                "Consecutive interpreting all morning, then the termbase update",
                "translation and interpreting",
            ),
            (
                "今天给负重轮换了新的橡胶块，履带张紧度也重新调了",
                "armoured and military vehicle maintenance",
            ),
            (
                "今天把支撐桿上的六分量天平拆下來送校，整組比我的機車還貴",
                "wind tunnel testing",
            ),
            (
                "Motion platform wouldn't home this morning, a sensor plug had worked itself loose",
                "flight simulator engineering and maintenance",
            ),
            (
                "这个月修的全是老式瞄准镜，分划板发霉，一支一支拆开清洗",
                "optical and night vision instrument repair",
            ),
            (
                "Calibrated six oxygen analysers today, then a pressure hold on the chamber door",
                "hyperbaric chamber and diving medicine work",
            ),
            (
                "Long day re-tensioning hook cables, then a trap test before smoko",
                "aircraft arresting gear and runway barrier maintenance",
            ),
            (
                "消磁线圈绕组绝缘测试：A 组正常，C 组偏低，明天复测，记得带兆欧表",
                "ship degaussing and magnetic signature measurement",
            ),
            (
                "今日做 overpressure test，成個設施要 hold 住，再驗埋啲 blast valves",
                "hardened facility ventilation, power and blast protection work",
            ),
            (
                "這批偽裝網改成雙面四色印染，再做角反射器",
                "camouflage, concealment and decoy work",
            ),
            (
                "Learnt to flask a denture today: wax-up, flasking, dewaxing",
                "dental laboratory and prosthetics work",
            ),
            (
                "熏蒸完开仓，拿着磷化氢检测仪走一圈，读数正常才让工人进去",
                "grain storage, quality and fumigation work",
            ),
            (
                "Opened a can of acetate film today. Vinegar syndrome, straight to the freezer",
                "archives, records conservation and microfilm work",
            ),
        ] {
            assert!(strong(text), "{text}");
            assert!(
                run(&RoleCues, text)
                    .iter()
                    .any(|s| s.reason.contains(trade)),
                "{text}: {:?}",
                run(&RoleCues, text)
            );
        }
        // Their words in everyday life: tyre nitrogen, a stargazer's eyepiece and collimation,
        // indoor skydiving in a vertical wind tunnel, a SIM card, a hairdryer.
        for text in [
            "车子去保养，轮胎说给我充氮气，多收了 40 块",
            "牛反的光轴又歪了，晚上在阳台用激光准直器调了半天，星点终于圆了",
            "双十一买了一个新的目镜，为了看星星真的可以吃土",
            "第一次玩室內跳傘，那個風洞的風速快到臉都變形",
            "Jio sim free data = entire family on video calls",
            "尾牙抽到一台吹風機！",
            // A hotel key card demagnetised, an induction cooker's coil, a speed trap, a tape
            // measure, a child who is a human generator, Excel's filters.
            "酒店房卡又消磁了，前台说手机别跟房卡放一起",
            "双十一买了个电磁炉，线圈比旧的大一圈，炒菜终于有锅气了",
            "Pinged by a speed trap on the Stuart Hwy. 118 in a 110",
            "Secret Santa got me a tape measure. Hilarious, guys.",
            "姨甥仔嚟屋企玩，人肉發電機嚟，由朝跑到晚",
            "Excel tip that changed my life: Ctrl+Shift+L for filters",
            // A cat disguised as a cushion, camouflage trousers, herbal steaming, acrylic paint,
            // coping with fireworks, a film watched, a fishing reel.
            "天氣冷到不想出門，貓咪把自己偽裝成抱枕窩在我腿上",
            "整理衣櫃翻出一堆迷彩褲，原來我大學時這麼愛迷彩",
            "艾草熏蒸了一下，脚舒服多了",
            "Bought acrylic paints for the kids, the table is ruined",
            "fireworks: the dog is under the bed and everyone is coping differently",
            "Watched Contagion again. Excellent film, terrible idea before sleeping",
            "New fishing reel for the lake this weekend",
        ] {
            assert!(!strong(text), "{text}");
        }
        // A hair oil is no canopy, and jumping for fun is no rigger's work.
        assert!(!strong(
            "Parachute oil champi by mom, hair looking like a shampoo ad now"
        ));
        assert!(!strong(
            "First skydive! Static line from 3,500 ft, the canopy opened and I screamed"
        ));
    }

    /// A hobby word that is a tool of the trade whose jargon the post uses is work: the models
    /// of a wind tunnel, the simulator of a simulator technician. A modeller's kit is a hobby.
    #[test]
    fn a_hobby_word_among_its_trades_jargon_is_work() {
        assert!(strong(
            "這禮拜在裝模型，光是把模型對準風洞中心線就花了一整個早上"
        ));
        assert!(strong("新模型裝上去，尾撐的干擾修正又要重算"));
        assert!(!strong("周末拼了一个歼-20模型，喷漆喷了一下午"));
        assert!(!strong(
            "Got a new yoke for my flight sim setup, flying the 737 tonight"
        ));
    }

    /// A friend's promotion, by name, is theirs; the writer's own is not.
    #[test]
    fn a_named_friends_promotion_is_theirs() {
        assert!(!strong(
            "Ailsa got the promotion! Team leader now. Takeaway tonight, she's choosing."
        ));
        assert!(!strong(
            "Pal just made sergeant in Police Scotland. Pints on him Friday."
        ));
        assert!(strong(
            "Finally got the promotion! Team leader now, eleven techs under me"
        ));
    }

    #[test]
    fn going_to_work_and_back_is_no_trade() {
        assert!(!strong("我在上班啦，太遠了，下班再說"));
        assert!(strong("上班第一件事，先把天平校正做完，下班前交報告"));
    }

    #[test]
    fn headlines_passed_on_are_news() {
        let news = "【即時】國防部：共軍今日持續於臺灣周邊海空域活動，國軍運用聯合情監偵掌握";
        assert!(!run(&RoleCues, news).is_empty());
        assert!(!strong(news));
        assert!(strong(&news["【即時】".len()..]));
    }

    #[test]
    fn greetings_drills_and_camping_are_not_work() {
        assert!(!strong(
            "Navy Day greetings to all serving and retired personnel and their families"
        ));
        assert!(!strong("萬安演習，12 點半警報一響整條路都停下來"));
        assert!(!strong("去苗栗露營！營區好多人，晚上隔壁還在唱卡拉 OK"));
        // 學長 and 學弟 are seniors and juniors at work too: teaching one is the writer's work.
        assert!(strong(
            "今天教學弟怎麼判斷套印偏差，0.1 mm 的誤差印在五萬分之一的地圖上"
        ));
        assert!(
            run(
                &RoleCues,
                "super bowl party plan: zero knowledge of football"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_grandparents_trade_is_theirs() {
        let text = "清明节给爷爷上了炷香。爷爷以前是老铁路工人，调车、编组干了一辈子";
        let signals = run(&RoleCues, text);
        assert!(!signals.is_empty() && signals.iter().all(|s| s.reason.ends_with(NOT_OWN)));
        // The same trade said of the writer is theirs.
        assert!(strong("今天第一次自己核对装载加固方案，平车一节节看"));
    }

    #[test]
    fn the_explanation_counts_the_trades() {
        let n = crate::analyze::trades::TRADES.len();
        assert!(
            RoleCues.explain().contains(&format!("words of {n}\n")),
            "{n}"
        );
    }

    #[test]
    fn a_print_shop_in_both_languages() {
        assert!(strong(
            "三號廠房新的 CTP 製版機裝好了，這個月要重新做色彩管理"
        ));
        assert!(strong(
            "Makeready took all morning, then the dot gain on the second press run"
        ));
        assert!(!strong("Printed my boarding pass at the library"));
    }

    #[test]
    fn a_post_filed_under_work_is_about_the_writers_work() {
        use crate::analyze::detectors::testing::{self, check_post};
        let filed = |cw: Option<&str>, text: &str| {
            let text = match cw {
                Some(cw) => format!("{cw}\n\n{text}"),
                None => text.to_string(),
            };
            let mut post = testing::post(crate::model::Platform::Mastodon, &text);
            post.content_warning = cw.map(str::to_string);
            check_post("", &RoleCues, &post)
                .iter()
                .any(|s| s.strength == Strength::Strong)
        };
        let text = "new post orders came out, no glass lunch boxes in the enclosure";
        assert!(filed(Some("work"), text));
        assert!(filed(Some("work, cold"), text));
        assert!(!filed(None, text));
        assert!(!filed(Some("food, long"), text));
        // Filed under work, but no word of work in it: nothing to say.
        assert!(!filed(
            Some("work"),
            "a raccoon waddled past at 3am and judged me"
        ));
    }

    #[test]
    fn a_national_space_mission_is_the_news_unless_the_writer_is_in_it() {
        for news in [
            "天问一号发射成功！🚀 祝火星之旅顺利",
            "神舟十三号发射，半夜守直播",
            "天和核心舱發射成功 🚀 中国空间站开建了",
            "Chandrayaan-3 lands on the Moon!! ISRO, you beauty! The mission control celebrations gave me goosebumps",
            "Artemis II launch window opens tonight, mission control and the pad crews ready",
        ] {
            assert!(!strong(news), "{news}");
        }
        for own in [
            "神舟十三号发射，我们站全程跟踪，测控数据全部正常",
            "Our station had the Artemis I telemetry downlink tonight, mission control happy",
            "发射成功！熬了三个通宵的测控任务终于圆满",
        ] {
            assert!(strong(own), "{own}");
        }
    }

    #[test]
    fn test_range_hangar_and_submarine_trades_without_their_traps() {
        assert!(strong(
            "First static firing I was actually on the console for. Data was clean"
        ));
        assert!(strong(
            "Tonight night shift doing a heavy check, third coffee"
        ));
        assert!(strong("带徒弟第一次下舱 进耐压壳紧张得手直抖"));
        assert!(strong(
            "PV renewal interview today, three hours of questions"
        ));
        // A Subway sandwich and a tip from a friend are no trade.
        assert!(run(&RoleCues, "赛百味的潜艇堡也就那样").is_empty());
        assert!(
            run(
                &RoleCues,
                "Thanks for the intel Bec, the servo does $1 coffees"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_job_wished_for_or_denied_is_not_theirs() {
        assert!(
            run(
                &RoleCues,
                "Read the tax rules tonight. I should have been an accountant."
            )
            .is_empty()
        );
        assert!(run(&RoleCues, "I'm not a doctor but that looked broken").is_empty());
        assert!(strong(
            "Proud to be an accountant at Grant & Co, ten years now"
        ));
    }

    #[test]
    fn detection_dog_and_close_protection_trades() {
        assert!(strong(
            "Rex gave a textbook passive sit on the second bag. Good boy"
        ));
        assert!(strong("Three venue sweeps before the concert doors opened"));
        assert!(strong("新来的搜爆犬今天第一次上岗 训导员比它还紧张"));
        assert!(strong(
            "Twelve hours on the motorcade today, the advance team had it all mapped"
        ));
        assert!(strong("今天轮到近身组 一整天贴身跟着首长"));
        assert!(strong("一上午都在做变化检测 新城区又多了三栋楼"));
        assert!(strong(
            "Ground truthing the classifier's false colour composite all week"
        ));
        // A consumer drone's first flight is a hobby.
        assert!(!strong("新买的大疆到了 周末去山里试飞 航拍新手求带"));
        // A pet's leash and a film's bodyguard are no trade.
        assert!(!strong("Milo pulled so hard on the leash at the dog run"));
        assert!(!strong("Watched The Bodyguard again, Whitney forever"));
    }

    #[test]
    fn threat_hunting_words() {
        assert!(strong(
            "Finished the Zeek scripting class, first detection that worked"
        ));
        assert!(strong(
            "Huge shoutout to the hunt team, two weeks on a partner network"
        ));
        assert!(!strong(
            "Easter egg hunt with the kids, the whole team of cousins"
        ));
    }

    #[test]
    fn hydrographic_survey_words() {
        assert!(strong("The towfish nearly caught a net today, layback 35m"));
        assert!(strong("今天教新来的 rating 怎么校准 echo sounder"));
        assert!(strong("航海通告第 38 期有我们测的那个 shoal"));
        // A fishing trip's depth finder and a sea chart on the wall are no trade.
        assert!(!strong(
            "Dad's new fish finder showed the shoal right under the boat"
        ));
    }

    #[test]
    fn small_arms_and_armoury_trade() {
        assert!(strong("今日喺槍房發槍收槍，成日冇停過"));
        assert!(strong("年度槍號點算完成，三百幾支逐支對"));
        assert!(strong(
            "Serial number audit in the arms room took all morning"
        ));
        assert!(strong(
            "Swapped the firing pin on two rifles before range day"
        ));
        // A car's service and an airsoft weekend are no trade.
        assert!(!strong("今天把车送去保养，师傅说刹车片该换了"));
        assert!(!strong("周末去玩真人CS，租了把电动枪"));
    }

    #[test]
    fn reveals_roles_in_english() {
        assert!(strong(
            "Ultrasonic testing on hull welds all day, my eyes are square"
        ));
        assert!(strong(
            "My inspection reports are longer than my grocery lists"
        ));
        assert!(strong(
            "Certified Level III in radiographic testing! Years of work."
        ));
        assert!(strong(
            "Found a crack nobody else saw today. That's the job."
        ));
        assert!(strong("I'm a reactor operator, night shift again"));
        // A call-out and the trade called one's own are cues, with the trade's words.
        assert!(
            !run(
                &RoleCues,
                "CERT got called in at 2am last night for a disturbance"
            )
            .is_empty()
        );
        assert!(
            !run(
                &RoleCues,
                "Underrated hero of our trade: the indicator card"
            )
            .is_empty()
        );
    }

    #[test]
    fn reveals_roles_in_chinese() {
        assert!(strong("作为测绘工程师，最开心的就是数据一次通过检查"));
        assert!(strong("外业测量第五天，晒成了黑炭"));
        assert!(strong("通过了注册测绘师考试！"));
    }

    #[test]
    fn trades_of_session_eight_and_their_figures_of_speech() {
        // Airfield fire and rescue, DNA casework, army signals, coastal radar watch.
        assert!(strong(
            "Drove the crash tender on my own for the first time today"
        ));
        assert!(strong("Topped up the foam concentrate after the exercise"));
        assert!(strong("Proficiency test passed again this year"));
        assert!(strong("qPCR plate failed, re-running the whole batch"));
        assert!(strong(
            "Teaching the new guys how to do a proper radio check"
        ));
        assert!(strong("今天正式升上值班官，責任更重"));
        assert!(strong("追一艘關了AIS的船，通報巡防艇過去"));
        // The same words as figures of speech, children's TV and others' things stay quiet.
        for quiet in [
            "吃辣是刻在我们马来西亚人DNA里的",
            "我的美食雷達告訴我這家一定好吃",
            "He wants a Fireman Sam cake for his birthday",
            "Being late is in my DNA honestly",
        ] {
            assert!(!strong(quiet), "{quiet}");
        }
    }

    #[test]
    fn a_word_said_twice_or_a_job_left_stays_weak() {
        assert!(!strong(
            "We need more apprentices, and more employers willing to train apprentices"
        ));
        assert!(!strong(
            "Five years since I left the RAAF. Still fold my socks the way the corporal taught me."
        ));
        assert!(!strong("That new bakery's cheese scones are the bomb"));
    }

    #[test]
    fn a_title_life_is_their_own() {
        assert!(strong("analyst life: 90% coffee, 9% Excel, 1% 'hang on'"));
        assert!(!strong(
            "a documentary about an analyst, lifelong dream to watch it"
        ));
        assert!(!strong(
            "Things I learned volunteering as a STEM ambassador this year"
        ));
    }

    #[test]
    fn a_title_done_at_a_named_organisation_is_their_own() {
        assert!(strong("喺爆炸品處理組做技術員第五年，每次都仲會緊張"));
        assert!(strong("在江城测绘院当技术员三年了"));
        // Without the organisation it is anyone's title: a son's wish is not the writer's job.
        assert!(!strong("仔仔話大個要做消防員，我話好呀"));
    }

    #[test]
    fn traps_stay_weak() {
        // A ticking-bomb sky, "bomb-level" wings and a leaking flat are not bomb disposal.
        assert!(!strong("今日個天好似計時炸彈咁，隨時落雨"));
        assert!(!strong("呢間餐廳啲辣雞翼真係炸彈級，辣到出汗"));
        assert!(!strong("單位漏水，管理處話要下個禮拜先有師傅上嚟"));
        // The news and a children's programme are other people's work.
        assert!(!strong("看到新闻说又发射成功了，咱们国家航天是真厉害"));
        assert!(!strong("local customs in Ubud: say hi to the monkeys"));
        assert!(strong("S波段下行锁定的那一瞬间，还是会心跳加速"));
        assert!(!strong(
            "Inspected the strawberries at the market very carefully"
        ));
        assert!(!strong("sent my project"));
        assert!(!strong("学了一首新歌，准备年会唱"));
        assert!(!strong("研究了半天新买的咖啡机"));
        assert!(!strong(
            "Watched a documentary about an air traffic controller, great film"
        ));
        assert!(!strong("My unit converter app says 3 cups is 709 ml"));
        assert!(!strong("下班路上看到了彩虹"));
        assert!(!strong("Reading The Hot Zone again. Scarier every time."));
        assert!(!strong(
            "WFH today, the cat has been promoted to supervisor"
        ));
        assert!(!strong("My project report is due and the kids have a test"));
        assert!(!strong("Drill bits for the garden project"));
        assert!(!strong("我妈是医生，经常值夜班"));
        // A word describing a friend; a base's open day; a volunteer brigade.
        assert!(!strong("研究生同学在深圳做芯片，年薪翻倍了，羡慕。"));
        // Everyday phrases that hold a trade word; an aquarium's guide.
        assert!(
            !run(&RoleCues, "Our bell tower has a resident owl")
                .iter()
                .any(|s| s.reason.contains("'tower'"))
        );
        assert!(!strong(
            "Listening to the shipping forecast to get to sleep. Dogger, Fisher"
        ));
        assert!(!strong("用网上国网交电费居然有满减券"));
        assert!(!strong(
            "海生館的白鯨好可愛，導覽說牠們用回聲定位，跟聲納一樣厲害"
        ));
        // A retweet's words are someone else's: the same text of one's own is a cue.
        let text = "NDT inspector life: ultrasonic testing on hull welds all day";
        let mut post = crate::analyze::detectors::testing::post(crate::model::Platform::X, text);
        assert!(strong(text));
        post.kind = crate::model::PostKind::Repost;
        let signals = crate::analyze::detectors::testing::check_post("", &RoleCues, &post);
        assert!(!signals.is_empty() && signals.iter().all(|s| s.reason.ends_with(NOT_OWN)));
        // A film named with its year.
        assert!(!strong(
            "Pushing Tin (1999) is lowkey unhinged, the tower cab scenes are wild"
        ));
        assert!(strong(
            "Tower cab all day, local control for 8 hrs (2 breaks)"
        ));
        assert!(!strong(
            "If you're hiring a project coordinator, my wife Sarah is looking for her next role"
        ));
        // Sentence ends of more than one byte.
        assert!(strong("塔架这边零故障！我是发射场的测试工程师。"));
        // The writer's own words in the sentence keep it theirs.
        assert!(strong("My NDT reports made my wife laugh"));
        assert!(strong(
            "Proud of our two apprentices who signed off their first all-up round inspection"
        ));
        assert!(!strong("帶姪子去空軍基地營區開放，F-16 起飛聲音大到他嚇哭"));
        assert!(!strong(
            "Pager went off at 2am. Our CFS brigade had two trucks out. Volunteers are the backbone of the bush."
        ));
        assert!(!strong(
            "玩《模拟城市》的时候建了个核电站，辐射防护全靠运气"
        ));
        assert!(!strong(
            "玩了一晚上《坎巴拉太空计划》，我的火箭又在发射台上炸了"
        ));
        // A film or book's scene: cues there are not the writer's own work.
        assert!(
            run(
                &RoleCues,
                "《三体》看到红岸基地那段，那面大天线拍得太震撼了"
            )
            .iter()
            .all(|s| s.reason.ends_with(NOT_OWN))
        );
        assert!(!strong("Pancake breakfast at the fire station this Sunday"));
        // Words of different trades say nothing together; one trade's words do.
        assert!(!strong("Quick tomorrow gantry deploy home people big"));
        assert!(!strong("deploy the cat, deploy the dog"));
        // One thing said in two languages is one word.
        assert!(!strong("Typhoon season again. 台风季又来了，记得带伞"));
        assert!(!strong("大学室友在研究所上班，天天加班"));
        assert!(strong(
            "Checked every shackle and sling before the gantry moved"
        ));
        assert!(!strong("我老公在银行上班，天天加班"));
        assert!(strong("Passed my interpretation refresher, 96%"));
        assert!(!strong("Passed my driving test at the second go"));
        assert!(!strong(
            "My sister got promoted to manager, so proud of her!"
        ));
        assert!(strong(
            "Calibration and maintenance on the radar all morning"
        ));
    }
}

#[cfg(test)]
mod subject_tests {
    use super::tests::strong;
    use super::*;
    use crate::analyze::detectors::testing::run;

    #[test]
    fn the_title_phrase_is_the_subject() {
        let subjects = |t: &str| -> Vec<String> {
            run(&RoleCues, t)
                .into_iter()
                .filter_map(|s| s.subject)
                .collect()
        };
        assert_eq!(subjects("作为雷达技师，最怕的就是半夜值班"), ["雷达技师"]);
        assert_eq!(
            subjects("I'm an NDT inspector and proud"),
            ["NDT inspector"]
        );
        assert_eq!(subjects("测绘院招聘测绘工程师啦"), ["测绘工程师"]);
        assert_eq!(subjects("今年我也评上了优秀预报员"), ["预报员"]);
        assert_eq!(subjects("我是所里的雷达技师"), ["雷达技师"]);
        assert!(subjects("升副主任设计师了，压力更大了").contains(&"副主任设计师".to_string()));
        assert!(subjects("今年晋升为高级工程师").contains(&"高级工程师".to_string()));
        // "升级" is an upgrade, not a promotion: the title further on has no context.
        assert!(subjects("系统升级了好几天，工程师说快了").is_empty());
        assert_eq!(
            subjects("Harbor Point is hiring NDT inspectors"),
            ["NDT inspectors"]
        );
    }

    /// Teaching newcomers is a senior's work in a trade, whatever the trade: no jargon needed.
    /// Asking them for advice, or being the newcomer, is not.
    #[test]
    fn teaching_newcomers_is_work_in_any_trade() {
        for text in [
            "Teaching the new lads to read the logs. One of them thinks it is a sandwich chain.",
            "Mentoring our two new linguists has taught me more than anything else",
            "今天教新來的學弟怎麼看圖，他說看起來像彩色的雨",
            "带两个新来的小伙子熟悉流程，教学相长",
            // The newcomers learn from the writer.
            "新来的两个小弟跟我学，第一课就是安全",
        ] {
            assert!(strong(text), "{text}");
        }
        for text in [
            "從鳥站搬過來了，大家好，請多指教 #新人報到",
            "教練好，我是新來的冠哲，請多指教",
            "教新来的同学打羽毛球",
            "新来的猫跟我学坏了，天天半夜跑酷",
            "The new guys at the climbing gym are fearless",
        ] {
            assert!(!strong(text), "{text}");
        }
    }

    /// Written Cantonese relatives and former colleagues, and a child's wish, are someone
    /// else's work; the writer's own day at work beside a colleague is not.
    #[test]
    fn cantonese_relatives_former_colleagues_and_wishes_are_someone_elses() {
        for text in [
            "阿妹升咗 senior developer，請我哋食壽司",
            "同舊同事食飯，佢轉咗去機管局做 project manager，好犀利",
            "Ana wants to be a marine biologist. Or a pink unicorn.",
            "Another of Jess's mates made nurse unit manager.",
        ] {
            assert!(!strong(text), "{text}");
        }
        assert!(strong("今日返工做 overpressure test，同事話我做得好"));
    }
}
