//! Topics that recur at the same time of the week: "接駁車" posted on weekday mornings between
//! 07:25 and 07:45, "週三" climbing on Wednesday evenings. Without a single geotag, the same
//! activity written about at the same time, week after week, gives the routine away.
//!
//! Each post's words (Latin words of four letters or more, Chinese character pairs, as role
//! vocabulary learns them) are grouped; a word is a recurring topic when most of its posts fall
//! on the same days (one weekday, or Monday to Friday) inside a narrow window of local time,
//! over four or more weeks. On a big archive the words are learnt from an even sample of
//! posts and then looked up in every post, so the cost stays one pass.

use super::LocalTime;
use super::places::{RoutinePlace, Schedule, schedule};
use super::role::tokens_norm;
use crate::analyze::Options;
use crate::model::Dataset;
use std::borrow::Cow;
use std::collections::HashMap;

/// A word written about at the same time of the week.
#[derive(Debug, Clone)]
pub struct Recurring {
    pub topic: String,
    pub schedule: Schedule,
    /// The posts inside the window, in order.
    pub posts: Vec<usize>,
}

/// Posts learnt from at most; the rest are looked up by the words found.
const SAMPLE: usize = 8_000;
/// Posts a topic needs inside its window.
const MIN_POSTS: usize = 5;
/// Distinct weeks those posts must span.
const MIN_WEEKS: usize = 4;
/// The widest window, in minutes, for a topic of every weekday and of one or two days.
const WEEKDAY_WINDOW: u32 = 45;
const DAY_WINDOW: u32 = 120;
/// Minutes either side of the window that still count as in it.
const SLACK: u32 = 15;
/// Minutes apart a topic's window and a routine place's may be and still be the same routine.
const NEAR: u32 = 45;
/// Words that recur at set times without any routine of the person's: the clocks change on a
/// weekend night by law, so posts about daylight saving fall on Saturdays (夏令时 likewise);
/// "unit" is a flat or a measure as often as a workplace, and names no activity.
const NOT_TOPICS: &[&str] = &[
    "daylight", "saving", "夏令", "令时", "冬令", "unit", "units",
];
/// At most this many topics are reported, the best supported first.
const MAX_TOPICS: usize = 4;

/// Find the recurring topics among the kept posts. A topic a routine place already shows (the
/// same days, an overlapping window: "parkrun" on the Saturday mornings of the park's
/// geotags) adds nothing and is left out.
pub fn find(
    data: &Dataset,
    opts: &Options,
    keep: &dyn Fn(usize) -> bool,
    norms: &[String],
    places: &[RoutinePlace],
) -> Vec<Recurring> {
    let ids: Vec<usize> = (0..data.posts.len()).filter(|&i| keep(i)).collect();
    if ids.len() < MIN_POSTS {
        return Vec::new();
    }
    let tz = opts.timezone;
    let step = ids.len().div_ceil(SAMPLE).max(1);
    let sample: Vec<usize> = ids.iter().copied().step_by(step).collect();
    // Local times of the sample, once: words are checked against them many times over.
    let sample_times: Vec<LocalTime> =
        crate::par::map(&sample, |&i| LocalTime::new(data.posts[i].created_at, tz));
    let time = |i: usize| match sample.binary_search(&i) {
        Ok(k) => sample_times[k],
        Err(_) => LocalTime::new(data.posts[i].created_at, tz),
    };
    // Words borrowed from the normalised texts kept from detection, where there are any.
    let words: Vec<Vec<Cow<'_, str>>> = crate::par::map(&sample, |&i| {
        match super::norm_of(norms, i, &data.posts[i].text) {
            Cow::Borrowed(norm) => words_of(norm),
            Cow::Owned(norm) => words_of(&norm)
                .into_iter()
                .map(|w| Cow::Owned(w.into_owned()))
                .collect(),
        }
    });
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, ws) in words.iter().enumerate() {
        for w in ws {
            by_word.entry(w.as_ref()).or_default().push(sample[k]);
        }
    }
    let mut candidates: Vec<(&str, Vec<usize>)> = by_word
        .into_iter()
        .filter(|(w, posts)| posts.len() >= MIN_POSTS && !NOT_TOPICS.contains(w))
        .filter(|(_, posts)| regular(posts, &time, MIN_POSTS).is_some())
        .collect();
    candidates.sort_unstable();
    // Learnt from a sample, a topic must hold on every post that uses the word.
    if step > 1 && !candidates.is_empty() {
        let words: Vec<&str> = candidates.iter().map(|(w, _)| *w).collect();
        for (c, posts) in candidates
            .iter_mut()
            .zip(containing(data, &ids, norms, &words))
        {
            c.1 = posts;
        }
    }
    // The share of all the person's posts written in a topic's window: someone who writes
    // nearly everything on Wednesday evenings has no Wednesday-evening topics, only a habit.
    let usual_share = |r: &Recurring| {
        let days = r.posts.iter().fold(0u8, |m, &i| m | 1 << time(i).weekday);
        let (start, end) = (
            (r.schedule.start + 1440 - SLACK) % 1440,
            (r.schedule.end + SLACK) % 1440,
        );
        let inside = sample_times
            .iter()
            .filter(|t| days & (1 << t.weekday) != 0 && in_window(t.minute, start, end))
            .count();
        inside as f64 / sample_times.len().max(1) as f64
    };
    let mut found: Vec<Recurring> = candidates
        .into_iter()
        .filter_map(|(w, posts)| {
            let all = posts.len();
            regular(&posts, &time, MIN_POSTS)
                .map(|(schedule, posts)| Recurring {
                    topic: w.to_string(),
                    schedule,
                    posts,
                })
                // Twice as bunched in its window as the person's posts in general.
                .filter(|r| usual_share(r) * 2.0 < r.posts.len() as f64 / all as f64)
                // "给晓雯点了一束花", "晓雯说…": someone the person writes about, not a pastime.
                .filter(|r| !names_a_person(&r.topic, &r.posts, data, norms))
        })
        .filter(|r| {
            !places.iter().any(|p| {
                let days =
                    |posts: &[usize]| posts.iter().fold(0u8, |m, &i| m | 1 << time(i).weekday);
                let (ps, pe) = (
                    (p.schedule.start + 1440 - NEAR) % 1440,
                    (p.schedule.end + NEAR) % 1440,
                );
                days(&p.posts) & days(&r.posts) != 0
                    && (in_window(r.schedule.start, ps, pe)
                        || in_window(ps, r.schedule.start, r.schedule.end))
            })
        })
        .collect();
    // Words of one activity ("接驳", "驳车") find the same posts: keep the best of each.
    found.sort_by(|a, b| {
        b.posts
            .len()
            .cmp(&a.posts.len())
            .then_with(|| a.topic.cmp(&b.topic))
    });
    let mut out: Vec<Recurring> = Vec::new();
    for r in found {
        let overlaps = out.iter().any(|o| {
            let shared = r.posts.iter().filter(|i| o.posts.contains(i)).count();
            shared * 2 >= r.posts.len()
        });
        if !overlaps && out.len() < MAX_TOPICS {
            out.push(r);
        }
    }
    out
}

/// The topics of an earlier run, with the posts no longer kept taken out: those still
/// recurring on their schedule.
pub fn recheck(
    data: &Dataset,
    opts: &Options,
    keep: &dyn Fn(usize) -> bool,
    previous: &[Recurring],
) -> Vec<Recurring> {
    let tz = opts.timezone;
    let time = |i: usize| LocalTime::new(data.posts[i].created_at, tz);
    previous
        .iter()
        .filter_map(|r| {
            let posts: Vec<usize> = r.posts.iter().copied().filter(|&i| keep(i)).collect();
            regular(&posts, &time, MIN_POSTS).map(|(schedule, posts)| Recurring {
                topic: r.topic.clone(),
                schedule,
                posts,
            })
        })
        .collect()
}

/// A post's words for topics: those of role vocabulary, and the Chinese names of weekdays
/// (周三, 星期三), which vocabulary leaves out as everyday words but which here name the day
/// an activity keeps to.
fn words_of(norm: &str) -> Vec<Cow<'_, str>> {
    let mut out = tokens_norm(norm);
    // Day names, which the role vocabulary leaves out, are topics here: "Tuesday practice",
    // "another Tuesday at St Aldric's".
    for w in norm.split(' ') {
        let day = w.strip_suffix('s').unwrap_or(w);
        if crate::analyze::lexicon::WEEKDAYS_EN.contains(&day) {
            out.push(Cow::Borrowed(day));
        }
    }
    if norm.is_ascii() {
        out.sort();
        out.dedup();
        return out;
    }
    let chars: Vec<char> = norm.chars().collect();
    for w in chars.windows(3) {
        let lead = w[1] == '周' || (w[0] == '星' && w[1] == '期') || (w[0] == '礼' && w[1] == '拜');
        if lead && "一二三四五六日天".contains(w[2]) {
            out.push(Cow::Owned(format!(
                "周{}",
                if w[2] == '天' { '日' } else { w[2] }
            )));
        }
    }
    if let Some(&first) = chars.first()
        && first == '周'
        && chars
            .get(1)
            .is_some_and(|c| "一二三四五六日天".contains(*c))
    {
        out.push(Cow::Owned(format!("周{}", chars[1])));
    }
    out.sort();
    out.dedup();
    out
}

/// Whether a Chinese topic is a person's name: in half its posts or more it is given or shown
/// something, met or taken along (给晓雯, 见到晓雯, 带晓雯), or says, agrees or is expecting
/// (晓雯说, 晓雯同意, 晓雯怀孕). Days and activities are never spoken of so.
fn names_a_person(topic: &str, posts: &[usize], data: &Dataset, norms: &[String]) -> bool {
    const BEFORE: &[&str] = &["给", "带", "陪", "见到", "跟", "和", "约", "送"];
    const AFTER: &[&str] = &[
        "说", "同意", "怀孕", "觉得", "问我", "笑", "哭", "生日", "生病", "包了", "做了",
    ];
    if !topic.chars().all(crate::analyze::matcher::is_cjk) {
        return false;
    }
    let as_person = posts
        .iter()
        .filter(|&&i| {
            let norm = super::norm_of(norms, i, &data.posts[i].text);
            norm.match_indices(topic).any(|(at, _)| {
                let (before, after) = (&norm[..at], &norm[at + topic.len()..]);
                BEFORE.iter().any(|w| before.ends_with(w))
                    || AFTER.iter().any(|w| after.starts_with(w))
            })
        })
        .count();
    as_person * 2 >= posts.len()
}

/// For each of `words` (topics learnt from a sample), the kept posts that use it: one pass
/// over the posts with one automaton for all the words.
fn containing(data: &Dataset, ids: &[usize], norms: &[String], words: &[&str]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); words.len()];
    let Ok(ac) = aho_corasick::AhoCorasick::new(words) else {
        return out;
    };
    let hits: Vec<Vec<usize>> = crate::par::map(ids, |&i| {
        let norm = super::norm_of(norms, i, &data.posts[i].text);
        if !ac.is_match(norm.as_ref()) {
            return Vec::new();
        }
        let own = words_of(&norm);
        let mut found: Vec<usize> = ac
            .find_overlapping_iter(norm.as_ref())
            .map(|m| m.pattern().as_usize())
            .filter(|&w| own.iter().any(|t| t.as_ref() == words[w]))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    });
    for (&i, ws) in ids.iter().zip(hits) {
        for w in ws {
            out[w].push(i);
        }
    }
    out
}

/// Whether `posts` (in order) recur on the same days in a narrow window: the schedule and the
/// posts inside it, when at least `min` of them span [`MIN_WEEKS`] weeks.
fn regular(
    posts: &[usize],
    time: &dyn Fn(usize) -> LocalTime,
    min: usize,
) -> Option<(Schedule, Vec<usize>)> {
    let times: Vec<(usize, LocalTime)> = posts.iter().map(|&i| (i, time(i))).collect();
    let mut by_day = [0usize; 7];
    for (_, t) in &times {
        by_day[t.weekday as usize % 7] += 1;
    }
    let n = times.len();
    let top = (0..7).max_by_key(|&d| (by_day[d], std::cmp::Reverse(d)))?;
    let weekdays: usize = by_day[..5].iter().sum();
    let spread = by_day[..5].iter().filter(|&&c| c > 0).count();
    // One weekday, or Monday to Friday.
    let one_day = by_day[top] * 4 >= n * 3;
    let (on_day, width): (Box<dyn Fn(u32) -> bool>, u32) = if one_day {
        (Box::new(move |d| d as usize == top), DAY_WINDOW)
    } else if weekdays * 20 >= n * 17 && spread >= 3 {
        (Box::new(|d| d < 5), WEEKDAY_WINDOW)
    } else {
        return None;
    };
    let days: Vec<(usize, LocalTime)> = times
        .into_iter()
        .filter(|(_, t)| on_day(t.weekday))
        .collect();
    if days.len() < min {
        return None;
    }
    let local: Vec<LocalTime> = days.iter().map(|(_, t)| *t).collect();
    let mut s = schedule(&local);
    if s.width() > width || !s.specific_days {
        return None;
    }
    // The window holds most posts; the rest a little outside it belong too.
    let on_the_day: Vec<usize> = days.iter().map(|(i, _)| *i).collect();
    let inside: Vec<(usize, LocalTime)> = days
        .into_iter()
        .filter(|(_, t)| {
            in_window(
                t.minute,
                (s.start + 1440 - SLACK) % 1440,
                (s.end + SLACK) % 1440,
            )
        })
        .collect();
    if s.start <= s.end
        && let (Some(a), Some(b)) = (
            inside.iter().map(|(_, t)| t.minute).min(),
            inside.iter().map(|(_, t)| t.minute).max(),
        )
        && a <= b
    {
        s.start = a / 5 * 5;
        s.end = b.div_ceil(5) * 5;
    }
    let mut weeks: Vec<i32> = inside.iter().map(|(_, t)| t.week).collect();
    weeks.sort_unstable();
    weeks.dedup();
    // Most of the word's posts, not a few among many.
    if inside.len() < min || weeks.len() < MIN_WEEKS || inside.len() * 10 < n * 6 {
        return None;
    }
    // Of an activity held on one day of the week, the posts written later or earlier that
    // day are about it too ("New PB at Averon parkrun!" at 10:20, the others near 11:00).
    let mut posts: Vec<usize> = if one_day {
        on_the_day
    } else {
        inside.into_iter().map(|(i, _)| i).collect()
    };
    posts.sort_unstable();
    Some((s, posts))
}

fn in_window(minute: u32, start: u32, end: u32) -> bool {
    if start <= end {
        (start..=end).contains(&minute)
    } else {
        minute >= start || minute <= end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveDateTime};

    fn at(d: (i32, u32, u32), h: u32, m: u32) -> LocalTime {
        let t: NaiveDateTime = NaiveDate::from_ymd_opt(d.0, d.1, d.2)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap();
        LocalTime::from_naive(t)
    }

    fn check(times: &[LocalTime]) -> Option<(Schedule, Vec<usize>)> {
        let ids: Vec<usize> = (0..times.len()).collect();
        regular(&ids, &|i| times[i], MIN_POSTS)
    }

    /// A post's UTC time in 2024 (month, day, hour, minute) and its text.
    type At<'a> = ((u32, u32, u32, u32), &'a str);

    /// Posts written at the given times.
    fn posts_at(items: &[At<'_>]) -> Dataset {
        use crate::model::{Platform, Post, PostId};
        use chrono::{TimeZone, Utc};
        let posts = items
            .iter()
            .enumerate()
            .map(|(i, ((mo, d, h, mi), text))| {
                Post::new(
                    PostId::native(Platform::X, &i.to_string()),
                    Platform::X,
                    None,
                    Utc.with_ymd_and_hms(2024, *mo, *d, *h, *mi, 0).unwrap(),
                    text.to_string(),
                )
            })
            .collect();
        Dataset {
            posts,
            ..Dataset::default()
        }
    }

    #[test]
    fn a_topic_of_someone_who_always_posts_then_is_a_habit() {
        // Wednesdays in 2024 (Jan 3, 10, 17, …): climbing at 19:xx, five weeks running.
        let wed = [
            (1, 3),
            (1, 10),
            (1, 17),
            (1, 24),
            (1, 31),
            (2, 7),
            (2, 14),
            (2, 21),
        ];
        let climbing: Vec<At<'_>> = wed[..5]
            .iter()
            .map(|&(m, d)| ((m, d, 19, 10), "bouldering session tonight, forearms gone"))
            .collect();
        // The same person's other posts, on other days and times.
        let other_days = [
            (1, 5),
            (1, 8),
            (1, 13),
            (1, 20),
            (1, 27),
            (2, 2),
            (2, 10),
            (2, 18),
        ];
        let mut items = climbing.clone();
        items.extend(
            other_days
                .iter()
                .map(|&(m, d)| ((m, d, 9, 30), "coffee and a book")),
        );
        let opts = Options::default();
        let found = |data: &Dataset| find(data, &opts, &|_| true, &[], &[]);
        let topics = found(&posts_at(&items));
        assert!(topics.iter().any(|r| r.topic == "bouldering"), "{topics:?}");
        // Someone who writes nearly everything on Wednesday evenings: no topic stands out.
        let mut items = climbing;
        items.extend(
            wed.iter()
                .map(|&(m, d)| ((m, d, 19, 5), "coffee and a book")),
        );
        items.extend(
            wed.iter()
                .map(|&(m, d)| ((m, d, 19, 20), "long day, early night")),
        );
        let topics = found(&posts_at(&items));
        assert!(
            !topics.iter().any(|r| r.topic == "bouldering"),
            "{topics:?}"
        );
    }

    #[test]
    fn day_names_are_topics() {
        assert!(words_of("another tuesday at st aldrics").contains(&"tuesday".into()));
        assert!(words_of("tuesdays are bell practice").contains(&"tuesday".into()));
        assert!(words_of("每周三晚上攀岩").contains(&"周三".into()));
    }

    #[test]
    fn weekday_mornings_recur() {
        // Monday 2022-05-02 onwards, a shuttle every few weeks at 07:30–07:44.
        let times: Vec<LocalTime> = [(5, 2), (5, 17), (6, 8), (7, 4), (8, 3), (9, 15)]
            .iter()
            .zip([30, 44, 36, 41, 35, 38])
            .map(|(&(mo, d), m)| at((2022, mo, d), 7, m))
            .collect();
        let (s, posts) = check(&times).expect("a weekday-morning routine");
        assert_eq!(s.days, "weekdays");
        assert_eq!(posts.len(), 6);
    }

    #[test]
    fn one_evening_a_week_recurs() {
        // Wednesdays between 19:40 and 20:35.
        let times: Vec<LocalTime> = [(4, 20), (8, 24), (10, 12), (12, 7), (1, 11)]
            .iter()
            .enumerate()
            .map(|(k, &(mo, d))| {
                at(
                    (if mo == 1 { 2023 } else { 2022 }, mo, d),
                    19 + (k as u32 % 2),
                    40,
                )
            })
            .collect();
        let (s, _) = check(&times).expect("a Wednesday routine");
        assert_eq!(s.days, "Wednesdays");
    }

    #[test]
    fn the_days_other_posts_belong_to_a_weekly_activity() {
        // Saturdays: five posts near 11:00, one at 09:20 and one at 14:05 the same day of the
        // week; a Wednesday post with the word is not in it.
        let mut times: Vec<LocalTime> = [(3, 19), (7, 2), (10, 8), (1, 28), (2, 25)]
            .iter()
            .enumerate()
            .map(|(k, &(mo, d))| at((if mo < 3 { 2023 } else { 2022 }, mo, d), 11, 5 * k as u32))
            .collect();
        times.push(at((2023, 11, 4), 9, 20));
        times.push(at((2024, 1, 20), 14, 5));
        times.push(at((2023, 5, 10), 11, 0));
        let (s, posts) = check(&times).expect("a Saturday routine");
        assert_eq!(s.days, "Saturdays");
        assert_eq!(s.window(), "11:00–11:20", "the window is the usual hour");
        assert_eq!(posts, [0, 1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn scattered_times_or_one_week_do_not() {
        let scattered: Vec<LocalTime> = [(5, 2, 8), (5, 10, 13), (6, 8, 21), (7, 5, 7), (8, 3, 17)]
            .iter()
            .map(|&(mo, d, h)| at((2022, mo, d), h, 10))
            .collect();
        assert!(check(&scattered).is_none());
        // Five mornings of one week: a busy week, not a routine.
        let one_week: Vec<LocalTime> = (2..7).map(|d| at((2022, 5, d), 7, 30)).collect();
        assert!(check(&one_week).is_none());
    }
}
