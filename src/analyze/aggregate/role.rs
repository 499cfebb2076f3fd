//! Role evidence gathered into one finding that names the role as best it can.

use super::{Breaking, finding, posts, quotes};
use crate::analyze::detector::NOT_OWN;
use crate::analyze::detectors::PROFILE_FIELD;
use crate::analyze::trade_index;
use crate::analyze::trades::TRADES;
use crate::analyze::{Category, Finding, Options, Severity, Signal, Strength};
use crate::model::Dataset;
use std::borrow::Cow;
use std::collections::HashMap;

/// What the role aggregation found: the finding, if any post reveals the role, and the signals
/// it adds to posts (as post index, signal).
pub struct Gathered {
    /// The role finding, then (low) the lesser work talk at the workplace.
    pub findings: Vec<(Finding, Breaking)>,
    pub extra: Vec<(usize, Signal)>,
}

/// Gather the role evidence.
pub fn gather(
    data: &Dataset,
    signals: &[Vec<Signal>],
    profile: &[(String, Signal)],
    opts: &Options,
    keep: &dyn Fn(usize) -> bool,
    norms: &[String],
    at_work: &[usize],
) -> Gathered {
    let mut extra = Vec::new();
    let mut hinted = Vec::new();
    let mut findings: Vec<(Finding, Breaking)> = find(
        data,
        signals,
        profile,
        opts,
        keep,
        norms,
        at_work,
        &mut extra,
        &mut hinted,
    )
    .into_iter()
    .collect();
    // Lesser work cues said at the workplace or about the unit: a finding of their own, so
    // that the role's evidence stays the posts that reveal it.
    if let Some((main, _)) = findings.first() {
        hinted.retain(|(i, _)| main.evidence.binary_search(i).is_err());
    }
    if !hinted.is_empty() && !findings.is_empty() {
        let cues: Vec<&str> = hinted
            .iter()
            .map(|(_, w)| w.as_str())
            .collect::<std::collections::BTreeSet<&str>>()
            .into_iter()
            .take(5)
            .collect();
        let hinted: Vec<usize> = hinted.iter().map(|(i, _)| *i).collect();
        let explanation = format!(
            "{} at your workplace or about your unit mention work in passing ({}), e.g. {}. Each says little; beside the role they confirm it.",
            posts(hinted.len()),
            cues.iter()
                .map(|c| format!("'{c}'"))
                .collect::<Vec<_>>()
                .join(", "),
            quotes(data, &hinted, 2)
        );
        findings.push((
            finding(
                Category::Role,
                Severity::Low,
                "role at work",
                format!("Work talk at your workplace ({})", posts(hinted.len())),
                None,
                None,
                hinted.clone(),
                explanation,
            ),
            Breaking::all(hinted),
        ));
    }
    Gathered { findings, extra }
}

/// The shift word of a post whose role cues are all about shifts ("'大夜班': jargon …",
/// "'night shift': shift work"), words of work context ("下班") aside.
fn shift_talk(sigs: &[Signal]) -> Option<String> {
    let mut shift = None;
    for s in sigs.iter().filter(|s| s.category == Category::Role) {
        if s.detector != "role-cues" {
            return None;
        }
        if s.reason.contains(": work context") {
            continue;
        }
        let word = s.reason.split('\'').nth(1).unwrap_or("");
        if !crate::analyze::lexicon::is_shift_word(word) {
            return None;
        }
        shift = Some(word.to_string());
    }
    shift
}

#[allow(clippy::too_many_arguments)] // `gather`'s seven inputs and the signals it collects
fn find(
    data: &Dataset,
    signals: &[Vec<Signal>],
    profile: &[(String, Signal)],
    opts: &Options,
    keep: &dyn Fn(usize) -> bool,
    norms: &[String],
    at_work: &[usize],
    extra: &mut Vec<(usize, Signal)>,
    hinted: &mut Vec<(usize, String)>,
) -> Option<(Finding, Breaking)> {
    let mut evidence: Vec<usize> = (0..data.posts.len())
        .filter(|&i| keep(i))
        .filter(|&i| {
            signals[i]
                .iter()
                .any(|s| s.category == Category::Role && s.strength == Strength::Strong)
        })
        .collect();
    // A post whose only role words belong to trades other than the person's is the news or a
    // hobby ("Cyclone warnings again along the coast" from an avionics technician, "Python
    // course update"), not their work.
    let profile_titles: Vec<&str> = profile
        .iter()
        .filter(|(label, s)| label == "job title" && s.category == Category::Role)
        .filter_map(|(_, s)| s.subject.as_deref())
        .collect();
    let trades = person_trades(data, signals, &evidence, opts, &profile_titles);
    if !trades.is_empty() {
        evidence.retain(|&i| {
            at_work.binary_search(&i).is_ok() || !other_trades_only(&signals[i], &trades)
        });
    }
    // The examples quoted are posts that reveal the role on their own.
    let revealing = evidence.clone();
    // The person's own trade words, learnt from the posts that reveal the role, find the
    // posts that talk shop in words no lexicon lists ("slings and shackles", "负荷曲线").
    for (i, words) in trade_vocabulary(data, signals, &evidence, at_work, keep, norms) {
        extra.push((
            i,
            Signal {
                category: Category::Role,
                detector: "role-vocabulary",
                reason: format!(
                    "uses {}, words of your trade (they recur in the posts that reveal your role)",
                    words
                        .iter()
                        .map(|w| format!("'{w}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                span: None,
                strength: Strength::Weak,
                subject: None,
            },
        ));
        evidence.push(i);
    }
    // A lesser work cue in a post at the office or naming the unit is about the person's own
    // work: "QA audit starts Monday" from the hangar, "站里封闭值守".
    if !revealing.is_empty() {
        let mut known = evidence.clone();
        known.sort_unstable();
        for &i in at_work {
            if !keep(i) || known.binary_search(&i).is_ok() {
                continue;
            }
            let Some(cue) = signals[i].iter().find(|s| {
                s.detector == "role-cues"
                    && s.category == Category::Role
                    && !s.reason.ends_with(NOT_OWN)
            }) else {
                continue;
            };
            let word = cue.reason.split('\'').nth(1).unwrap_or("").to_string();
            extra.push((
                i,
                Signal {
                    category: Category::Role,
                    detector: "role-at-work",
                    reason: format!(
                        "'{word}' is said at your workplace or about your unit, so it is about your work"
                    ),
                    span: cue.span,
                    strength: Strength::Weak,
                    subject: None,
                },
            ));
            hinted.push((i, word));
        }
    }
    evidence.sort_unstable();
    evidence.dedup();
    // The person's trade, inferred again from all the posts that reveal the role now (and the
    // watchlist's role, and work-history titles): its words in other posts are evidence too.
    let trades = person_trades(data, signals, &evidence, opts, &profile_titles);
    for (i, word, t) in trade_talk(data, signals, &evidence, &trades, keep) {
        extra.push((
            i,
            Signal {
                category: Category::Role,
                detector: "role-trade",
                reason: format!(
                    "'{word}' is a word of {}, the work your other posts reveal",
                    TRADES[t].name
                ),
                span: None,
                strength: Strength::Weak,
                subject: None,
            },
        ));
        evidence.push(i);
    }
    evidence.sort_unstable();
    evidence.dedup();
    // Shift talk alone ("大夜班打卡", "two nights, see you on the other side") says when the
    // person works, not what they do: such posts join the lesser work talk, not the role.
    evidence.retain(|&i| match shift_talk(&signals[i]) {
        Some(word) => {
            hinted.push((i, word));
            false
        }
        None => true,
    });
    // Work-history titles name the role outright; titles in a bio count like a post's.
    if evidence.is_empty() && profile_titles.is_empty() {
        return None;
    }
    let sigs = || {
        evidence
            .iter()
            .flat_map(|&i| signals[i].iter())
            .filter(|s| s.category == Category::Role)
    };
    let watched = sigs()
        .find(|s| s.detector == "watchlist-role")
        .and_then(|s| s.subject.clone());
    let mut titles: HashMap<String, usize> = HashMap::new();
    let bio_titles = profile
        .iter()
        .filter(|(label, s)| {
            label != "job title"
                && label != crate::analyze::detectors::PAST_TITLE
                && s.category == Category::Role
        })
        .map(|(_, s)| s);
    for s in sigs()
        .filter(|s| s.detector == "role-cues")
        .chain(bio_titles)
    {
        if let Some(t) = &s.subject {
            *titles.entry(singular(t)).or_default() += 1;
        }
    }
    let best_title = titles
        .into_iter()
        // The most said, then the most specific ("ndt inspector" over "inspector").
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| a.0.chars().count().cmp(&b.0.chars().count()))
                .then_with(|| b.0.cmp(&a.0))
        })
        .map(|(t, _)| t);
    let value = watched
        .or_else(|| profile_titles.first().map(|t| t.to_string()))
        .or(best_title);
    // With no title, the trade names the work.
    let trade_name = trades.first().map(|&t| {
        let zh = evidence
            .iter()
            .filter(|&&i| {
                data.posts[i]
                    .text
                    .chars()
                    .any(crate::analyze::matcher::is_cjk)
            })
            .count()
            * 2
            > evidence.len();
        if zh {
            TRADES[t].name_zh
        } else {
            TRADES[t].name
        }
        .to_string()
    });
    let clearance = sigs().any(|s| s.detector == "clearance-vetting");
    // The words quoted in the signals' reasons, each once (borrowed: a big archive has
    // tens of thousands).
    let mut cues: Vec<&str> = sigs()
        .filter(|s| s.detector != PROFILE_FIELD && s.span.is_some())
        .filter_map(|s| s.reason.split('\'').nth(1))
        .collect::<std::collections::HashSet<&str>>()
        .into_iter()
        .collect();
    cues.sort_unstable();
    let severity = if evidence.len() >= 3 || clearance && !evidence.is_empty() {
        Severity::High
    } else {
        Severity::Medium
    };
    let name = value
        .clone()
        .or_else(|| trade_name.clone())
        .unwrap_or_else(|| "the kind of work you do".into());
    let explanation = format!(
        "{} reveal your work{}{}{}, e.g. {}. With the unit, this tells an adversary what you can access.",
        posts(evidence.len()),
        match (&value, &trade_name) {
            (Some(v), _) => format!(" as {v}"),
            (None, Some(t)) => format!(" ({t})"),
            (None, None) => String::new(),
        },
        if cues.is_empty() {
            String::new()
        } else {
            format!(
                " through words such as {}",
                cues.iter()
                    .take(5)
                    .map(|c| format!("'{c}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
        if clearance {
            ", including clearance or vetting"
        } else {
            ""
        },
        quotes(
            data,
            if revealing.is_empty() {
                &evidence
            } else {
                &revealing
            },
            2
        ),
    );
    Some((
        finding(
            Category::Role,
            severity,
            "role",
            if evidence.is_empty() {
                format!("Role: {name} (profile)")
            } else {
                format!("Role: {name} ({})", posts(evidence.len()))
            },
            value.or(trade_name),
            None,
            evidence.clone(),
            explanation,
        ),
        Breaking::all(evidence),
    ))
}

/// The person's trades: those the posts that reveal the role use most (in two posts or more,
/// and at least half as many as the leader), and any the watchlist's role or a work-history
/// title names.
fn person_trades(
    data: &Dataset,
    signals: &[Vec<Signal>],
    evidence: &[usize],
    opts: &Options,
    titles: &[&str],
) -> Vec<usize> {
    let mut votes = vec![0usize; TRADES.len()];
    for &i in evidence {
        let text = &data.posts[i].text;
        let mut ts: Vec<usize> = signals[i]
            .iter()
            .filter(|s| s.category == Category::Role && s.detector == "role-cues")
            .filter_map(|s| s.span)
            .flat_map(|(a, b)| {
                text.get(a..b)
                    .map(trade_index::of_specific)
                    .unwrap_or_default()
            })
            .collect();
        ts.sort_unstable();
        ts.dedup();
        for t in ts {
            votes[t] += 1;
        }
    }
    let top = votes.iter().copied().max().unwrap_or(0);
    let mut out: Vec<usize> = (0..TRADES.len())
        .filter(|&t| votes[t] >= 2 && votes[t] * 2 >= top)
        .collect();
    out.sort_by_key(|&t| std::cmp::Reverse(votes[t]));
    let named = opts
        .watchlist
        .role
        .iter()
        .flat_map(|r| r.all_names())
        .chain(titles.iter().copied());
    for name in named {
        if let Some(&t) = trade_index::in_text(name).first()
            && !out.contains(&t)
        {
            out.insert(0, t);
        }
    }
    out
}

/// Whether every role signal of a post is a word of a trade, none of the person's `trades`,
/// and no trade has two of them: the words of someone else's work (the weather, software, a
/// launch on the news). Two words of one trade ("respirator fit-test", "decon") are work of
/// a kind the person's other posts did not show.
fn other_trades_only(sigs: &[Signal], trades: &[usize]) -> bool {
    let mut seen: Vec<usize> = Vec::new();
    let mut any = false;
    for s in sigs.iter().filter(|s| s.category == Category::Role) {
        // Titles, career steps, shifts and work context are no one trade's.
        let trade_word = s.reason.contains("': a work duty") || s.reason.contains("': jargon of");
        if s.detector != "role-cues" || s.subject.is_some() || !trade_word {
            return false;
        }
        let Some(word) = s.reason.split('\'').nth(1) else {
            return false;
        };
        let of = trade_index::of(word);
        if of.is_empty() || of.iter().any(|t| trades.contains(t) || seen.contains(t)) {
            return false;
        }
        seen.extend(of);
        any = true;
    }
    any
}

/// Posts outside `evidence` that use a word of the person's trades about their own work, with
/// the word and its trade.
fn trade_talk(
    data: &Dataset,
    signals: &[Vec<Signal>],
    evidence: &[usize],
    trades: &[usize],
    keep: &dyn Fn(usize) -> bool,
) -> Vec<(usize, String, usize)> {
    if trades.is_empty() {
        return Vec::new();
    }
    let ids: Vec<usize> = (0..data.posts.len())
        .filter(|&i| keep(i) && evidence.binary_search(&i).is_err())
        .collect();
    crate::par::map(&ids, |&i| {
        let text = &data.posts[i].text;
        signals[i]
            .iter()
            .filter(|s| s.category == Category::Role && s.detector == "role-cues")
            .filter(|s| !s.reason.ends_with(NOT_OWN))
            .filter_map(|s| s.span)
            .find_map(|(a, b)| {
                let w = text.get(a..b)?;
                let t = trade_index::of(w)
                    .into_iter()
                    .find(|t| trades.contains(t))?;
                Some((i, w.to_string(), t))
            })
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Words of a text for vocabulary learning: Latin words of four letters or more (not common
/// words), and Chinese character pairs.
fn tokens(text: &str) -> Vec<String> {
    tokens_norm(&crate::analyze::matcher::normalized(text))
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

/// [`tokens`] of an already normalised text: its Latin words borrowed from it.
pub(super) fn tokens_norm(norm: &str) -> Vec<Cow<'_, str>> {
    const COMMON: &[&str] = &[
        "this",
        "that",
        "with",
        "from",
        "have",
        "just",
        "your",
        "they",
        "them",
        "then",
        "than",
        "what",
        "when",
        "were",
        "will",
        "would",
        "about",
        "second",
        "third",
        "fourth",
        "fifth",
        "reached",
        "opinion",
        "opinions",
        "after",
        "again",
        "today",
        "tonight",
        "there",
        "their",
        "these",
        "those",
        "some",
        "more",
        "most",
        "much",
        "very",
        "really",
        "still",
        "only",
        "first",
        "last",
        "next",
        "week",
        "year",
        "years",
        "days",
        "time",
        "good",
        "great",
        "back",
        "over",
        "into",
        "like",
        "make",
        "made",
        "every",
        "all",
        "morning",
        "night",
        "evening",
        "finally",
        "nobody",
        "everyone",
        "because",
        "while",
        "room",
        "rooms",
        "course",
        "courses",
        "wrote",
        "written",
        "writing",
        // Days (the lexicon's weekdays, below) and months: they recur with routines, not with a trade.
        "weekend",
        "weekends",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        // Everyday English of four letters or more: no trade's own word.
        "team",
        "teams",
        "zero",
        "runs",
        "congrats",
        "congratulations",
        "awesome",
        "amazing",
        "family",
        "friends",
        "best",
        "past",
        "need",
        "needs",
        "whose",
        "which",
        "where",
        "being",
        "been",
        "does",
        "done",
        "doing",
        "going",
        "gone",
        "come",
        "comes",
        "coming",
        "came",
        "know",
        "knew",
        "think",
        "thought",
        "thing",
        "things",
        "want",
        "wanted",
        "take",
        "took",
        "taken",
        "give",
        "gave",
        "given",
        "keep",
        "kept",
        "look",
        "looks",
        "looked",
        "feel",
        "felt",
        "find",
        "found",
        "tell",
        "told",
        "work",
        "works",
        "said",
        "says",
        "well",
        "also",
        "even",
        "ever",
        "never",
        "always",
        "other",
        "others",
        "another",
        "each",
        "both",
        "same",
        "such",
        "many",
        "less",
        "least",
        "enough",
        "own",
        "here",
        "should",
        "could",
        "might",
        "must",
        "shall",
        "cant",
        "dont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "wont",
        "thats",
        "theres",
        "youre",
        "theyre",
        "were",
        "ours",
        "mine",
        "yours",
        "since",
        "until",
        "before",
        "during",
        "through",
        "across",
        "around",
        "against",
        "without",
        "within",
        "along",
        "among",
        "behind",
        "below",
        "above",
        "under",
        "between",
        "beyond",
        "though",
        "although",
        "unless",
        "whether",
        "either",
        "neither",
        "anything",
        "something",
        "nothing",
        "everything",
        "someone",
        "anyone",
        "everybody",
        "somebody",
        "anybody",
        "people",
        "person",
        "life",
        "world",
        "home",
        "house",
        "place",
        "part",
        "long",
        "little",
        "small",
        "large",
        "high",
        "right",
        "left",
        "sure",
        "true",
        "real",
        "whole",
        "full",
        "kind",
        "sort",
        "bit",
        "lot",
        "lots",
        "almost",
        "already",
        "away",
        "once",
        "twice",
        "soon",
        "later",
        "early",
        "late",
        "ago",
        "yesterday",
        "tomorrow",
        "weekend",
        "month",
        "months",
        "weeks",
        "hour",
        "hours",
        "minute",
        "minutes",
        "times",
        "thanks",
        "thank",
        "please",
        "love",
        "loved",
        "nice",
        "happy",
        "glad",
        "proud",
        "grateful",
        "spent",
        "spend",
        "spending",
        "coffee",
        "thankful",
        "blessed",
        "honoured",
        "honored",
        "excited",
        "lucky",
        "fine",
        "okay",
        "yeah",
        "anyway",
        "actually",
        "probably",
        "maybe",
        "perhaps",
        "quite",
        "pretty",
        "rather",
        "able",
        "better",
        "worse",
        "worst",
        "last",
        "next",
        "new",
        "old",
        "young",
        "big",
        "start",
        "started",
        "starting",
        "ends",
        "ended",
        "keeps",
        "went",
        "goes",
        "getting",
        "got",
        "gets",
        "made",
        "makes",
        "making",
        "used",
        "uses",
        "using",
        "tried",
        "trying",
        "seen",
        "show",
        "shows",
        "hard",
        "easy",
        "free",
        "open",
        "close",
        "half",
        "last",
    ];
    // Everyday Chinese pairs, never a trade's words.
    const COMMON_ZH: &str = "今天 明天 昨天 今年 去年 明年 开始 礼拜 星期 周末 一个 一下 一起 我们 你们 他们 没有 什么 时候 大家 现在 已经 因为 所以 可以 知道 觉得 还是 就是 这个 那个 晚上 早上 下午 中午 朋友 不是 真的 终于 这么 怎么 时间 回家 一天 每天 今晚 不过 但是 然后 还有 自己 感觉 有点 一样 这样 那样 出来 起来 过来 回来 下来 上来 看到 听到 好像 应该 需要 一定 特别 非常 比较 最后 第一 一次 两个 几个 很多 不要 不会 不能 喜欢 东西 地方 事情 问题 孩子 老婆 老公 妈妈 爸爸 周六 周日 周一 周二 周三 周四 周五 下周 上周 这周 下班 上班 谢谢 感谢 兴奋 开心 高兴 人生 长大 考试 工作 台风 天气 下雨 好吃 吃饭 睡觉 生日 快乐 希望 努力 结果 发现 一直 其实 只是 而且 如果 虽然 以后 之前 以前 后来 马上 刚刚 突然 居然 竟然 简直 完全 到底 记得 准备 决定 家里 全家 小孩 宝宝 女儿 儿子 老妈 老爸 哥哥 姐姐 弟弟 妹妹 看看 好多 一些 有些 整个 一整 半天 一晚 整天 时候 好看 好玩 好累 累死 辛苦 加油 外面 里面 上面 下面 前面 后面 旁边 附近 打工 工人 不懂 总结 汇总 年度";
    const FUNCTION_ZH: &str = "我你您他她它们的了是在有和也都就还比个这那么吗呢吧啊哈很太最着过又被把给让从到对说去来要会能想看得地之与及或而但唔冇啲嚟咁嘢乜嗰囉喎咩㗎噉啱";
    // Looked up for every word of every post: a set, not a scan of the list.
    static COMMON_SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let common = COMMON_SET.get_or_init(|| COMMON.iter().copied().collect());
    let mut out = Vec::new();
    for w in norm.split(' ') {
        if w.chars().any(crate::analyze::matcher::is_cjk) {
            let chars: Vec<char> = w
                .chars()
                .filter(|c| crate::analyze::matcher::is_cjk(*c))
                .collect();
            for pair in chars.windows(2) {
                // A pronoun, particle or measure word makes a pair grammar, not a trade's
                // word ("比我", "个月", "是我").
                if pair.iter().any(|c| FUNCTION_ZH.contains(*c)) {
                    continue;
                }
                // A count of time ("一年", "两天", "每周"): how long or how often, not what.
                if "一二三四五六七八九十两几每半".contains(pair[0])
                    && "年天月周次岁".contains(pair[1])
                {
                    continue;
                }
                // A number or an ordinal ("二十", "第二", "十几"): how many, not what.
                if "一二三四五六七八九十两几百千万第".contains(pair[0])
                    && "一二三四五六七八九十两几百千万".contains(pair[1])
                {
                    continue;
                }
                let pair: String = pair.iter().collect();
                if !COMMON_ZH.contains(pair.as_str()) {
                    out.push(Cow::Owned(pair));
                }
            }
        } else if w.len() >= 4
            && w.chars().all(char::is_alphabetic)
            && !common.contains(w)
            && !crate::analyze::lexicon::WEEKDAYS_EN.contains(&w.strip_suffix('s').unwrap_or(w))
        {
            out.push(Cow::Borrowed(w));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Posts without work cues looked at, at most, to learn how common a word is everywhere.
const OTHERS_SAMPLE: usize = 20_000;

/// Posts outside `evidence` that use at least two of the person's trade words (one with another
/// work cue), with those words. A trade word is said in a post that reveals the role, recurs in
/// another such post or in a post at the workplace or about the unit (`at_work`: "校准" of a
/// career step's post and of a post from the office), and lives mostly there.
fn trade_vocabulary(
    data: &Dataset,
    signals: &[Vec<Signal>],
    evidence: &[usize],
    at_work: &[usize],
    keep: &dyn Fn(usize) -> bool,
    norms: &[String],
) -> Vec<(usize, Vec<String>)> {
    if evidence.len() < 2 {
        return Vec::new();
    }
    // Candidate words come from the revealing posts only (few); every post is then searched for
    // them with one automaton, so the cost stays one normalisation per post.
    let unit_words: std::collections::HashSet<String> = signals
        .iter()
        .flatten()
        .filter(|s| s.category == Category::Unit)
        .filter_map(|s| s.subject.as_deref())
        .flat_map(tokens)
        .collect();
    // A role shown by hundreds of posts needs no more words: learn from a spread of at most
    // 300 of them, which keeps the automaton small on a big archive.
    let step = evidence.len().div_ceil(300).max(1);
    let mut candidates: Vec<String> = evidence
        .iter()
        .step_by(step)
        .flat_map(|&i| tokens(&data.posts[i].text))
        .filter(|t| !unit_words.contains(t))
        .collect();
    candidates.sort();
    candidates.dedup();
    let Ok(ac) = aho_corasick::AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::Standard)
        .build(&candidates)
    else {
        return Vec::new();
    };
    let word_char = |c: char| c.is_alphanumeric() && !crate::analyze::matcher::is_cjk(c);
    // The distinct words of an automaton in a post's text (whole words for Latin), as
    // pattern ids, into `out`.
    let words_in = |ac: &aho_corasick::AhoCorasick, norm: &str, out: &mut Vec<usize>| {
        out.clear();
        for m in ac.find_overlapping_iter(norm) {
            let cjk = norm[m.start()..m.end()]
                .chars()
                .any(crate::analyze::matcher::is_cjk);
            let whole = cjk
                || norm[..m.start()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !word_char(c))
                    && norm[m.end()..].chars().next().is_none_or(|c| !word_char(c));
            if whole {
                out.push(m.pattern().as_usize());
            }
        }
        out.sort_unstable();
        out.dedup();
    };
    let is_evidence = |i: usize| evidence.binary_search(&i).is_ok();
    let is_seed = |i: usize| {
        is_evidence(i)
            || at_work.binary_search(&i).is_ok()
            || signals[i]
                .iter()
                .any(|s| s.category == Category::Role && s.detector == "role-cues")
    };
    // Pass 1: how many posts use each candidate, among the posts that reveal the role, are said
    // at work or have lesser work cues (all of them) and among the others (on a big archive an
    // even sample of them, scaled up); counted per thread over blocks of posts, with no list of
    // words kept per post.
    let n = candidates.len();
    let (seeds, others): (Vec<usize>, Vec<usize>) =
        (0..data.posts.len()).partition(|&i| is_seed(i));
    let stride = others.len().div_ceil(OTHERS_SAMPLE).max(1);
    let sampled: Vec<usize> = others.iter().copied().step_by(stride).collect();
    let count = |posts: &[usize]| -> Vec<usize> {
        let blocks: Vec<&[usize]> = posts.chunks(4_096).collect();
        let counted = crate::par::map_min(&blocks, 2, |block| {
            let mut found = vec![0usize; n];
            let mut words = Vec::new();
            for &i in block.iter() {
                words_in(
                    &ac,
                    &super::norm_of(norms, i, &data.posts[i].text),
                    &mut words,
                );
                for &t in &words {
                    found[t] += 1;
                }
            }
            found
        });
        let mut total = vec![0usize; n];
        for found in counted {
            for t in 0..n {
                total[t] += found[t];
            }
        }
        total
    };
    let in_seed = count(&seeds);
    let in_all: Vec<usize> = count(&sampled)
        .into_iter()
        .zip(&in_seed)
        .map(|(other, seed)| seed + other * stride)
        .collect();
    // Keep words seen in two revealing posts, mostly among them, and not everywhere.
    let cap = (data.posts.len() / 20).max(6);
    let vocab: Vec<&String> = (0..n)
        .filter(|&t| in_seed[t] >= 2 && in_seed[t] * 3 >= in_all[t] * 2 && in_all[t] <= cap)
        .map(|t| &candidates[t])
        .collect();
    if vocab.is_empty() {
        return Vec::new();
    }
    // Pass 2: only the vocabulary (a few words) over the other posts.
    let Ok(ac) = aho_corasick::AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::Standard)
        .build(&vocab)
    else {
        return Vec::new();
    };
    let kept: Vec<bool> = (0..data.posts.len()).map(keep).collect();
    let ids: Vec<usize> = (0..data.posts.len()).collect();
    let found: Vec<Option<Vec<String>>> = crate::par::map(&ids, |&i| {
        // A film, a hobby or a relative's job: not the person's own work.
        if is_evidence(i) || !kept[i] || signals[i].iter().any(|s| s.reason.ends_with(NOT_OWN)) {
            return None;
        }
        let mut words = Vec::new();
        words_in(
            &ac,
            &super::norm_of(norms, i, &data.posts[i].text),
            &mut words,
        );
        let hits: Vec<String> = words.iter().map(|&t| vocab[t].clone()).collect();
        // Another work cue: one that is not itself a vocabulary word of the post ("加班" is
        // not a second cue for "加班").
        let cue = signals[i].iter().any(|s| {
            s.category == Category::Role
                && s.reason.split('\'').nth(1).is_some_and(|w| {
                    let w = w.to_lowercase();
                    !hits
                        .iter()
                        .any(|h| w.contains(h.as_str()) || h.contains(w.as_str()))
                })
        });
        (hits.len() >= 2 || !hits.is_empty() && cue).then_some(hits)
    });
    found
        .into_iter()
        .enumerate()
        .filter_map(|(i, hits)| hits.map(|h| (i, h)))
        .collect()
}

/// "Inspectors" → "inspector"; Chinese unchanged.
fn singular(t: &str) -> String {
    let t = t.trim();
    // Lower-case a leading capital ("Inspector"), keep acronyms ("NDT inspector").
    let first_word_acronym = t
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 1 && w.chars().all(|c| c.is_uppercase()));
    let l = if first_word_acronym {
        t.to_string()
    } else {
        t.to_lowercase()
    };
    if l.is_ascii() && l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") {
        l[..l.len() - 1].to_string()
    } else {
        l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(word: &str, what: &str) -> Signal {
        Signal {
            category: Category::Role,
            detector: "role-cues",
            reason: format!("'{word}': {what}"),
            span: None,
            strength: Strength::Strong,
            subject: None,
        }
    }

    #[test]
    fn words_of_other_trades_alone_are_not_the_persons_work() {
        let trade = |w: &str| trade_index::of(w)[0];
        let avionics = [trade("avionics")];
        // The weather on the news, and a course in another trade: someone else's work.
        assert!(other_trades_only(
            &[cue("Cyclone", "a work duty (weather forecasting)")],
            &avionics
        ));
        assert!(other_trades_only(
            &[cue("Python", "a work duty (software engineering)")],
            &avionics
        ));
        // A career step, the person's own trade, or two words of one trade keep the post.
        assert!(!other_trades_only(
            &[
                cue("Python", "a work duty (software engineering)"),
                cue("Certificate", "a career step")
            ],
            &avionics
        ));
        assert!(!other_trades_only(
            &[cue("avionics", "jargon of their trade")],
            &avionics
        ));
        assert!(!other_trades_only(
            &[
                cue(
                    "Respirator fit-test",
                    "a work duty (radiation protection work)"
                ),
                cue("decon", "a work duty (radiation protection work)")
            ],
            &avionics
        ));
    }

    #[test]
    fn shift_talk_alone_is_not_the_role() {
        let night = cue(
            "大夜班",
            "jargon of their trade (hospital medicine and nursing)",
        );
        let off = cue("下班", "work context");
        let order = cue("调度令", "jargon of their trade");
        assert_eq!(
            shift_talk(&[night.clone(), off.clone()]).as_deref(),
            Some("大夜班")
        );
        assert_eq!(
            shift_talk(&[cue("night shift", "shift work")]).as_deref(),
            Some("night shift")
        );
        assert_eq!(shift_talk(&[night, order]), None);
        assert_eq!(shift_talk(&[off]), None);
        // A soldier's leave and sentry rota: when, not what.
        assert_eq!(
            shift_talk(&[cue("收假", "jargon of their trade (army service)")]).as_deref(),
            Some("收假")
        );
    }

    #[test]
    fn tokens_are_long_words_and_chinese_pairs() {
        assert_eq!(
            tokens("Checked the shackles and slings today"),
            ["checked", "shackles", "slings"]
        );
        assert_eq!(tokens("盯着负荷曲线"), ["曲线", "荷曲", "负荷"]);
        // Pairs with a pronoun or particle are grammar.
        assert_eq!(tokens("她比我还忙的预报"), ["预报"]);
        // Cantonese particles too: "嘅", "咗", "喺".
        assert_eq!(tokens("喺度搞咗成日嘅预报"), ["度搞", "成日", "预报"]);
        // A count of time says how long or how often, not what: "一年", "两天", "每周".
        assert_eq!(tokens("一年，两天，每周，调度"), ["调度"]);
        assert_eq!(tokens("第二，二十，调度"), ["调度"]);
    }
}
