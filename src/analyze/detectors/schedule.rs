//! Schedules stated in text: recurring days and times, commutes.

use crate::analyze::detector::{Context, Detector, in_idiom, is};
use crate::analyze::lexicon::{Class, WEEKDAYS_EN as DAYS};
use crate::analyze::matcher::Scanned;
use crate::analyze::{Category, Signal, Strength};
use crate::model::Post;

/// "Every Wednesday at 7", "the 6:10 ferry again", "my commute", 每周三, 早高峰, 又…迟到.
pub struct ScheduleStatement;

/// Commute words that state a routine on their own.
const ROUTINE_ALONE: &[&str] = &[
    "commute",
    "commuting",
    "commuter",
    "通勤",
    "早高峰",
    "晚高峰",
    "上班路上",
];

fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    // One pass: "6:45", "06:10", "7am", "7 pm", or a Chinese 点 after a number.
    military_time(text)
        || (0..b.len()).any(|i| {
            if !b[i].is_ascii_digit() {
                return false;
            }
            let colon = (b.get(i + 1) == Some(&b':') || b.get(i + 2) == Some(&b':'))
                && b.get(i + 3).is_some_and(u8::is_ascii_digit);
            let rest = &b[i + 1..];
            let rest = rest.strip_prefix(b" ").unwrap_or(rest);
            let meridiem = rest.len() >= 2
                && matches!(rest[0].to_ascii_lowercase(), b'a' | b'p')
                && rest[1].eq_ignore_ascii_case(&b'm')
                && rest.get(2).is_none_or(|c| !c.is_ascii_alphanumeric());
            colon || meridiem
        })
        || text.contains('点')
        || text.contains('點')
}

/// Whether a "天天" hit is the end of a day's name and the start of the next word: "今天天气",
/// "明天天平校正", "每天天亮前".
fn day_then_word(s: &Scanned<'_>, h: &crate::analyze::matcher::Hit) -> bool {
    &s.norm[h.nstart..h.nend] == "天天"
        && s.norm[..h.nstart]
            .chars()
            .next_back()
            .is_some_and(|c| "今明昨前后当每整白半".contains(c))
}

/// How many clock times ("5:55", "6:20", "3:30pm", "8am") the text gives.
fn clock_times(text: &str) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let hour = j - i <= 2;
            let colon = hour
                && b.get(j) == Some(&b':')
                && b.get(j + 1).is_some_and(u8::is_ascii_digit)
                && b.get(j + 2).is_some_and(u8::is_ascii_digit);
            let rest = &b[j..];
            let rest = rest.strip_prefix(b" ").unwrap_or(rest);
            let meridiem = hour
                && rest.len() >= 2
                && matches!(rest[0].to_ascii_lowercase(), b'a' | b'p')
                && rest[1].eq_ignore_ascii_case(&b'm')
                && rest.get(2).is_none_or(|c| !c.is_ascii_alphanumeric());
            if colon || meridiem {
                n += 1;
            }
            i = j + usize::from(colon) * 3;
        } else {
            i += 1;
        }
    }
    n
}

/// A habit in a time and a day: "at 6:45 on a Monday", "same 8am Saturday start since 2019"
/// (the caller has found a clock time). `words`: the normalised text's words.
fn habitual_day_time(norm: &str, words: &[&str]) -> bool {
    let day_at = |k: usize| words.get(k).is_some_and(|w| DAYS.contains(w));
    words.iter().enumerate().any(|(k, w)| {
        // "on a Monday": any Monday.
        (*w == "a" && k > 0 && words[k - 1] == "on" && day_at(k + 1))
            // "same 8am Saturday", "Saturday … since 2019", "Thursday 6:15 toolbox talks are
            // my favourite part of the week".
            || DAYS.contains(w)
                && (words
                    .iter()
                    .any(|x| matches!(*x, "same" | "since" | "usual" | "always" | "negotiable"))
                    || norm.contains(" of the week")
                    || norm.contains(" of my week"))
    })
}

/// A start or a wake-up at a clock time, said of every day: "six months of 6am starts",
/// "my 5am alarm is in the dark again", "the 4:50am alarm".
fn timed_start(words: &[&str]) -> bool {
    let clock = |w: &str| {
        let digits = w.trim_end_matches("am").trim_end_matches("pm");
        (w.ends_with("am") || w.ends_with("pm"))
            && (1..=4).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
    };
    words
        .windows(2)
        .any(|w| clock(w[0]) && matches!(w[1], "starts" | "alarm"))
        || words
            .windows(3)
            .any(|w| w[0] == "my" && clock(w[1]) && matches!(w[2], "alarm" | "start" | "wake"))
}

/// A slot in the week: named as the person's own ("周六早上的课", "my Tuesday night league"),
/// or a club sport or class on a day ("Wednesday night netball"). `names_day`: the post names
/// a day of the week in English; `words`: the normalised text's words, split on first use.
fn weekly_slot<'w>(
    norm: &str,
    text: &str,
    names_day: bool,
    words: impl Fn() -> &'w [&'w str],
) -> bool {
    const PARTS_ZH: &[&str] = &["早上", "上午", "中午", "下午", "晚上", "早晨", "傍晚"];
    for (i, _) in norm.match_indices(['周', '期', '拜']) {
        let rest = &norm[i + '周'.len_utf8()..];
        let Some(d) = rest.chars().next() else {
            continue;
        };
        if !"一二三四五六日天".contains(d) {
            continue;
        }
        let after = &rest[d.len_utf8()..];
        // "週二週四晚上打球", "周二、周四", "周二四": two days of the week named together are
        // the days something is held, unless they are this or next week's ("这周二周三都下雨").
        let other_day = |r: &str| {
            let r = r.trim_start_matches(['、', '和', '跟', '同', '与', '及', '/', ' ']);
            ["周", "星期", "礼拜"].iter().any(|w| {
                r.strip_prefix(w)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| "一二三四五六日天".contains(c))
            }) || r
                .chars()
                .next()
                .is_some_and(|c| "一二三四五六日".contains(c) && c != d)
        };
        let dated = norm[..i]
            .chars()
            .next_back()
            .is_some_and(|c| "这上下本今明".contains(c))
            || norm[..i].ends_with("这个")
            || norm[..i].ends_with("下个");
        if !dated && d != '天' && other_day(after) {
            return true;
        }
        const ACTIVITIES: &[&str] = &[
            "课", "班", "训练", "练", "球", "例会", "跑", "游泳", "集合", "礼拜", "早茶",
        ];
        if PARTS_ZH.iter().any(|p| {
            after
                .strip_prefix(p)
                .and_then(|r| r.strip_prefix('的'))
                .is_some_and(|r| ACTIVITIES.iter().any(|a| r.starts_with(a)))
        }) {
            return true;
        }
    }
    // "Wednesday night netball", "Tuesday swim crew braved a hailstorm": a day with a club
    // sport or class after it is a fixture of the week, unless it is being arranged ("Sunday
    // futsal can, 8pm ok?"); "Wednesday nights at Salisbury are the best part of my week": a
    // part of the day in the plural is one in a post that speaks of the week or the season
    // ("Saturday nights are sorted till Christmas" is the telly).
    const FIXTURES: &[&str] = &[
        "netball",
        "footy",
        "soccer",
        "basketball",
        "volleyball",
        "hockey",
        "futsal",
        "squash",
        "tennis",
        "badminton",
        "bouldering",
        "climbing",
        "choir",
        "rehearsal",
        "trivia",
        "yoga",
        "pilates",
        "swim",
        "swimming",
        "training",
        "practice",
        "league",
    ];
    let day = |w: &str| DAYS.contains(&w.trim_end_matches('s'));
    // Only a post that names a day of the week (most name none) can hold a fixture.
    let days: &[&str] = if names_day { words() } else { &[] };
    let fixture = days
        .windows(2)
        .any(|w| day(w[0]) && FIXTURES.contains(&w[1]))
        || days.windows(3).any(|w| {
            day(w[0])
                && matches!(w[1], "night" | "morning" | "evening" | "afternoon")
                && FIXTURES.contains(&w[2])
        });
    let plural_part = days
        .windows(2)
        .any(|w| day(w[0]) && matches!(w[1], "nights" | "mornings" | "evenings"));
    let weekly = || {
        [
            "season",
            "next week",
            "every week",
            "each week",
            "weekly",
            "of the week",
            "of my week",
            "this term",
        ]
        .iter()
        .any(|w| norm.contains(w))
    };
    let arranged = text.contains(['?', '？']);
    if fixture && !arranged || plural_part && weekly() {
        return true;
    }
    // "Thursday is for deadlifts", "Sundays are for the long run": a day kept for something;
    // "my Tuesday night league". Most posts have neither "… for" nor "my"/"our".
    let kept = norm.contains(" is for ") || norm.contains(" are for ");
    let own = norm.contains("my ") || norm.contains("our ");
    if !kept && !own {
        return false;
    }
    let words = words();
    kept && words.windows(3).any(|w| {
        DAYS.contains(&w[0].trim_end_matches('s')) && matches!(w[1], "is" | "are") && w[2] == "for"
    }) || own
        && words.windows(4).any(|w| {
            matches!(w[0], "my" | "our")
                && DAYS.contains(&w[1])
                && matches!(w[2], "morning" | "afternoon" | "evening" | "night")
                && matches!(
                    w[3],
                    "class"
                        | "lesson"
                        | "league"
                        | "practice"
                        | "session"
                        | "training"
                        | "run"
                        | "ride"
                        | "game"
                        | "club"
                )
        })
}

/// Days of the week joined into a range or listed, as written: "Mon-Wed", "Thu–Sat", "Monday
/// to Friday", "Mon Wed Fri".
fn day_range(text: &str) -> bool {
    use crate::analyze::lexicon::WEEKDAYS_SHORT as SHORT;
    // One pass for a capitalised day's first three letters; most posts have none.
    let b = text.as_bytes();
    let names_day = b.iter().enumerate().any(|(i, c)| {
        matches!(c, b'M' | b'T' | b'W' | b'F' | b'S')
            && b.get(i..i + 3)
                .is_some_and(|w| SHORT.iter().any(|d| d.as_bytes() == w))
    });
    if !names_day {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let day = |w: &str| {
        SHORT.iter().any(|d| {
            w.strip_prefix(d).is_some_and(|rest| {
                rest.is_empty()
                    || ["day", "nday", "sday", "nesday", "rsday", "urday"].contains(&rest)
            })
        })
    };
    // Listed: "Mon Wed Fri", "Tue/Thu".
    if words
        .windows(2)
        .any(|w| day(w[0]) && day(w[1]) && w[0] != w[1])
    {
        return true;
    }
    // Joined by a dash (the split drops it) or by "to".
    text.split_whitespace().any(|w| {
        let parts: Vec<&str> = w.split(['-', '–', '—']).collect();
        parts.len() == 2
            && day(parts[0].trim_matches(|c: char| !c.is_ascii_alphabetic()))
            && day(parts[1].trim_matches(|c: char| !c.is_ascii_alphabetic()))
    }) || words
        .windows(3)
        .any(|w| day(w[0]) && w[1] == "to" && day(w[2]))
}

/// Two clock times joined into a range: "8:30-17:30", "9:00 to 17:00", "0645–1915",
/// "8点到5点半".
fn time_range(text: &str) -> bool {
    let b = text.as_bytes();
    if !b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    // Runs of digits (with a colon inside), each with what joins it to the next.
    let mut times: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_digit()
                    || b[i] == b':' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            {
                i += 1;
            }
            let t = &text[start..i];
            let clock = t.contains(':') && t.len() <= 5
                || t.len() == 4 && matches!(b[start], b'0' | b'1' | b'2') && b[start + 2] <= b'5';
            if clock {
                times.push((start, i));
            }
        } else {
            i += 1;
        }
    }
    times.windows(2).any(|w| {
        let between = text[w[0].1..w[1].0].trim().to_lowercase();
        matches!(
            between.as_str(),
            "-" | "–" | "—" | "~" | "～" | "to" | "till" | "until" | "至" | "到"
        )
    })
}

/// Words that make a time range working hours: "上班时间 8:30-17:30", "hours 0645–1915".
const WORK_HOURS: &[&str] = &[
    "上班",
    "下班",
    "勤务",
    "值勤",
    "大夜",
    "小夜",
    "工作时间",
    "作息",
    "班",
    "work",
    "working",
    "hours",
    "shift",
    "office",
    "duty",
    "rota",
    "roster",
    // "Back to nights: maintenance window Tuesday, 22:00 to 06:00".
    "nights",
    "maintenance window",
    "night window",
];

/// A 24-hour time written as four digits in a range or with "start"/"hrs": "1900 to 0700",
/// "0400 start". Only 00xx–19xx: 20xx is far more often a year.
fn military_time(text: &str) -> bool {
    // Most posts have no four-digit run at all: check that first, without allocating.
    let b = text.as_bytes();
    if !b.windows(4).any(|w| w.iter().all(u8::is_ascii_digit)) {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        let b = w.as_bytes();
        let hhmm = b.len() == 4
            && b.iter().all(u8::is_ascii_digit)
            && matches!(b[0], b'0' | b'1')
            && b[2] <= b'5';
        if !hhmm {
            return false;
        }
        // "每天 0500 集合", "0600 下班": four digits with a leading zero are a time.
        if b[0] == b'0' && b[1] != b'0' {
            return true;
        }
        let next = words.get(k + 1).map(|n| n.to_ascii_lowercase());
        let prev = k.checked_sub(1).map(|p| words[p].to_ascii_lowercase());
        (matches!(
            next.as_deref(),
            Some("to" | "till" | "until" | "start" | "hrs" | "h")
        ) || matches!(
            prev.as_deref(),
            Some("to" | "till" | "until" | "from" | "at")
        ))
    })
}

impl Detector for ScheduleStatement {
    fn id(&self) -> &'static str {
        "schedule-statement"
    }
    fn category(&self) -> Category {
        Category::Routine
    }
    fn summary(&self) -> &'static str {
        "a recurring day or time, or a commute, stated in words (every Wednesday, 每天早上, 早高峰)"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nSchedules in words: a recurrence (every, each, again, as usual, daily; 每天, 每周,\n\
         又, 照例) with a day, time or commute (\"every Wednesday\", \"the 6:10 ferry again\", 每周三晚上,\n\
         又差点迟到), commuting itself (\"my commute\", 通勤, 早高峰), a commute timed twice (\"out the door at\n\
         5:55, the 6:20 bus\"), a time on any such day (\"at 6:45 on a Monday\", \"same 8am Saturday start\n\
         since 2019\"), the writer's days as a range or a list (\"I got Thu-Sat\", \"5:45 crew Mon Wed Fri\")\n\
         a day kept for something (\"Thursday is for deadlifts\"), a club sport or class on a day\n\
         (\"Wednesday night netball\", \"Tuesday swim crew\") and a start or an alarm at a time said of\n\
         every day (\"six months of 6am starts\", \"my 5am alarm\").\n\n\
         ## Why it matters\nA stated schedule tells an adversary when and where to find the person without any\n\
         geotag.\n\n## Example\n\"Gate 3 line was backed up to the ferry terminal again\".\n\n\
         ## False positives\nA recurrence word alone (\"lost my keys again\") or a day alone (\"Taco Tuesday\")\n\
         is not a schedule, nor is a game being arranged (\"Sunday futsal, 8pm ok?\")."
    }
    fn check(&self, _post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        // Without a frequency, a day or time word, a commute or a shift, only a written clock
        // time can make a schedule (stated hours, a timed day, a habitual day and time); most
        // posts have none of these and are done here.
        let cue = s.hits.iter().any(|h| {
            is(h, Class::Recurrence)
                || is(h, Class::Repetition)
                || is(h, Class::TimeWord)
                || is(h, Class::Commute)
                || is(h, Class::Shift)
        });
        // Days joined into a range are looked for at most once, and only where needed.
        let range = std::cell::OnceCell::new();
        let days_range = || *range.get_or_init(|| day_range(s.text));
        let digits = s.text.bytes().any(|b| b.is_ascii_digit());
        // (A single char is found by memchr; a set of chars is decoded char by char.)
        let dian = || s.text.contains('点') || s.text.contains('點');
        if !cue && !digits && !dian() && !days_range() {
            return;
        }
        // "Recording the game tomorrow bc I work Sundays": the working days stand, whatever
        // else the post is about.
        let own_work_days = s
            .of(Class::Recurrence)
            .any(|h| s.norm[h.nstart..h.nend].starts_with("i work "));
        // A hobby's fixed slot is a routine too ("gym 5:45", "climbing every Wednesday"); a
        // show's or a game's schedule is not the person's.
        if cx.flags.media && !own_work_days {
            return;
        }
        // "The neighbour's rooster starts at 4:30 every day": someone else's schedule.
        // "今天天气", "明天天平": a day's name runs into the next word, which is no "天天".
        let frequency = s
            .of(Class::Recurrence)
            .find(|h| !in_idiom(s, h) && !day_then_word(s, h));
        let repetition = s.of(Class::Repetition).find(|h| !in_idiom(s, h));
        // A day or time other than a part of the day said in the plural ("mornings" is both;
        // "Fridays" is a schedule by itself).
        let part_of_day = frequency.filter(|f| {
            matches!(
                &s.norm[f.nstart..f.nend],
                "mornings" | "evenings" | "afternoons"
            )
        });
        let when = s.of(Class::TimeWord).find(|h| {
            !in_idiom(s, h) && part_of_day.is_none_or(|f| h.nend <= f.nstart || h.nstart >= f.nend)
        });
        let commute = s.of(Class::Commute).find(|h| !in_idiom(s, h));
        let shift = s.of(Class::Shift).find(|h| !in_idiom(s, h));
        // Without a digit, only a Chinese 点 makes a clock time.
        let clock = if digits {
            has_clock_time(s.text)
        } else {
            dian()
        };
        // "上班时间 8:30-17:30": stated working hours.
        let work_hours =
            digits && time_range(s.text) && WORK_HOURS.iter().any(|w| s.norm.contains(w));
        // "Tuesday quiz, Friday swim at 7, Sunday roast": a week laid out day by day.
        let mut days: Vec<&str> = s
            .of(Class::TimeWord)
            .map(|h| &s.norm[h.nstart..h.nend])
            .filter(|d| d.ends_with("day") && *d != "today" && *d != "holiday")
            .collect();
        days.sort_unstable();
        days.dedup();
        let week_laid_out = days.len() >= 3 || days.len() >= 2 && clock;
        // "Out the door at 5:55, the 6:20 bus, tools down at 3:30": a commute timed twice.
        let times = if clock { clock_times(s.text) } else { 0 };
        let timed_commute = s.of(Class::Commute).next().is_some()
            && (times >= 2
                // "The Friday 16:05 is the best train of the week", "07:12 train … best 35
                // minutes of my day": a transit timed to the minute on a day, or every day.
                || times >= 1
                    && (when.is_some()
                        || ["of my day", "of the week", "of my week"]
                            .iter()
                            .any(|w| s.norm.contains(w))));
        // "Alarm 4:50, gym 5:45, through the gate by 6:50, knock off 3:30": a day timed three
        // times over, with a shift, a commute or a wake-up.
        let timed_day = times >= 3
            && (shift.is_some()
                || s.of(Class::Commute).next().is_some()
                || ["alarm", "wake", "knock off", "闹钟", "起床"]
                    .iter()
                    .any(|w| s.norm.contains(w)));
        // The text's words, split once and only for the rules below that need them.
        let split = std::cell::OnceCell::new();
        let words = || {
            split
                .get_or_init(|| s.norm.split(' ').collect::<Vec<&str>>())
                .as_slice()
        };
        // Only posts naming a day can name a weekly slot.
        let habit = clock && habitual_day_time(&s.norm, words())
            || s.of(Class::TimeWord).next().is_some()
                && weekly_slot(
                    &s.norm,
                    s.text,
                    s.of(Class::TimeWord)
                        .any(|h| DAYS.contains(&s.norm[h.nstart..h.nend].trim_end_matches('s'))),
                    words,
                )
            || clock && timed_start(words());
        // A shift pattern with a time, a day, a count or a repetition: "back on nights, in at
        // 6:45pm", "two earlies, two lates", "周末值班".
        let counted = digits
            || ["two", "three", "four", "five", "一", "二", "两", "三", "四"]
                .iter()
                .any(|n| s.norm.contains(n));
        let apart = |h: &&crate::analyze::matcher::Hit| {
            shift.is_none_or(|s| h.nend <= s.nstart || h.nstart >= s.nend)
        };
        let when_apart = s.of(Class::TimeWord).filter(apart).any(|h| !in_idiom(s, h));
        // Working shifts is a schedule in itself when the writer says it of themselves
        // ("packing the night-shift snacks like I'm off on an expedition"); otherwise it takes
        // a frequency, a day, a time, a count or a repetition ("Night shift nurses are heroes"
        // is not a schedule).
        let first_person = || {
            s.norm
                .split(' ')
                .any(|w| crate::analyze::detector::first_person(w, true))
                || crate::analyze::detector::zh_first_person(s.text, true)
        };
        let shift_routine = shift.is_some()
            && (frequency.is_some()
                || repetition.is_some()
                || when_apart
                || clock
                || counted
                || first_person());
        // "half of us on site Mon-Wed … I got Thu-Sat": the writer's own days, as a range;
        // "5:45 crew, Mon Wed Fri": set days at a set time.
        let own_days = days_range() && (clock || first_person());
        let commute = commute.or(shift.filter(|_| shift_routine));
        // A frequency with a day, time or commute; a repetition only with a commute ("the
        // ferry again"; "Monday again" is a mood, not a schedule).
        // parkrun is weekly by nature: "Saturday parkrun" is a routine, a finishing time alone
        // a result.
        let parkrun = s.norm.contains("parkrun") && when.is_some();
        let strong = shift_routine
            || own_days
            || timed_day
            || parkrun
            || work_hours
            || week_laid_out
            || timed_commute
            || habit
            || match (frequency, when, commute) {
                (Some(_), Some(_), _) | (Some(_), _, Some(_)) => true,
                (Some(_), None, None) => clock,
                (None, _, Some(c)) => {
                    // A commute with a repetition, a second transit word, a time or a number.
                    let transit = s.of(Class::Commute).any(|h| h.nstart >= c.nend);
                    repetition.is_some()
                        || ROUTINE_ALONE.contains(&&s.norm[c.nstart..c.nend])
                            && (transit || when.is_some() || clock || counted)
                }
                _ => false,
            };
        let recurrence = frequency.or(repetition.filter(|_| commute.is_some()));
        let anchor = recurrence.or(commute).or(when).or(
            if work_hours || habit || timed_day || parkrun || own_days {
                s.hits.first()
            } else {
                None
            },
        );
        let Some(h) = anchor else { return };
        // "My cousin works nights …": the schedule is someone else's.
        let first_cue = [frequency, when, commute, shift]
            .iter()
            .flatten()
            .map(|h| h.nstart)
            .min()
            .unwrap_or(h.nstart);
        if crate::analyze::detector::about_someone_else(s, first_cue) {
            return;
        }
        if !strong && commute.is_none() {
            return;
        }
        let words: Vec<&str> = [recurrence, when, commute]
            .iter()
            .flatten()
            .map(|h| s.original(h))
            .collect();
        let start = [recurrence, when, commute]
            .iter()
            .flatten()
            .map(|h| h.start)
            .min()
            .unwrap_or(h.start);
        let end = [recurrence, when, commute]
            .iter()
            .flatten()
            .map(|h| h.end)
            .max()
            .unwrap_or(h.end);
        out.push(Signal {
            category: Category::Routine,
            detector: self.id(),
            reason: if strong {
                format!("states a routine ('{}')", words.join("' … '"))
            } else {
                format!("mentions a commute ('{}')", words.join("' … '"))
            },
            span: Some((start, end)),
            strength: if strong {
                Strength::Strong
            } else {
                Strength::Weak
            },
            subject: commute.map(|c| s.original(c).to_lowercase()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::detectors::testing::run;

    fn strong(text: &str) -> bool {
        run(&ScheduleStatement, text)
            .iter()
            .any(|s| s.strength == Strength::Strong)
    }

    #[test]
    fn shift_patterns_are_schedules() {
        assert!(strong(
            "Packing the night-shift snacks like I'm off on a polar expedition."
        ));
        assert!(strong(
            "Back on nights this week: in at 6:45pm, out at 7am, sleep, repeat"
        ));
        assert!(strong(
            "Two earlies, two lates, two nights, four off. Repeat forever."
        ));
        assert!(strong("这个月周六都要加班"));
        assert!(!strong("Night shift nurses are heroes"));
        // Taiwan's shifts and 24-hour times with a leading zero.
        assert!(strong("這禮拜又輪大夜 下週才換回白天"));
        assert!(strong("每天 0530 集合 跑三公里"));
        // The writer's own days as a range; a day kept for something; every few weeks tonight.
        assert!(strong(
            "Split shifts now: half of us on site Mon-Wed, half Thu-Sat. I got Thu-Sat"
        ));
        assert!(!strong("The bakery is open Mon-Fri only"));
        assert!(strong("Thursday is for deadlifts"));
        assert!(strong("5:45 crew Mon Wed Fri, no excuses"));
        assert!(!strong("Mon Wed Fri are the busy days at the market"));
        assert!(strong(
            "CQ again tonight. 24 hours of logbooks. Every 6 weeks like clockwork"
        ));
        assert!(strong("過年勤務 2200-0600 沒得休"));
        assert!(!strong("昨天熬大夜追劇 今天眼睛好痛"));
        assert!(!strong("婚礼推迟到明年了 还是安全第一"));
    }

    #[test]
    fn timed_commutes_and_habits_are_schedules() {
        assert!(strong(
            "Out the door at 5:55, the 6:20 bus from the park'n'ride, tools down at 3:30."
        ));
        assert!(strong(
            "The queue at the gate at 6:45 on a Monday is the real test"
        ));
        assert!(strong(
            "Parkrun this morning. Same 8am Saturday start since 2019"
        ));
        assert!(!strong("Party on Saturday at 8pm, bring snacks"));
        assert!(!strong("Missed the 6:20 bus, ugh"));
        assert_eq!(clock_times("at 5:55, 6:20 and 3:30pm, or 8am"), 4);
    }

    #[test]
    fn schedules_in_both_languages() {
        assert!(strong(
            "Gate 3 line was backed up to the ferry terminal again"
        ));
        assert!(strong("Climbing every Wednesday evening, no excuses"));
        assert!(strong("The 6:10 ferry, as usual"));
        assert!(strong("今天又差点迟到"));
        assert!(strong("早高峰挤地铁"));
        assert!(strong("每周三晚上去游泳"));
        // A soldier's sentry hours and leave (Taiwan), every other week.
        assert!(strong("0200–0400 的大門衛哨，山上 8 度，風超大"));
        assert!(strong("凌晨 0400–0600 站哨的時候看到天線上結了霜"));
        assert!(strong(
            "週日晚上 18:30 朝馬往埔里的客運，司機大哥已經認得我了 每兩週見一次"
        ));
        assert!(!strong("收假了……年假為什麼這麼短"));
        assert!(strong("周三老规矩，江滨体育馆见"));
        assert!(strong(
            "Early shift life: alarm 4:50, gym 5:45, through the gate by 6:50, knock off 3:30"
        ));
        assert!(strong("The Friday 16:05 is the best train of the week."));
        assert!(strong(
            "Wednesday 12:15 lane swim. Non-negotiable calendar block."
        ));
        assert!(strong(
            "Rainy parkrun this Saturday morning, very muddy shoes"
        ));
        assert!(!strong("Missed the 16:05 train, of course"));
        assert!(!strong("parkrun PB!! 27:58 and a sausage sizzle after"));
        assert!(strong("日语N4过啦，周六早上的课没白上"));
        assert!(strong(
            "Skipping my Tuesday night league, first time in a year"
        ));
        assert!(strong("recording the game tomorrow bc I work Sundays"));
        assert!(!strong("周六早上的电影很好看"));
        assert!(!strong("That Tuesday night game was wild"));
    }

    #[test]
    fn fixtures_of_the_week_timed_starts_and_alarms() {
        for routine in [
            "Wednesday night netball at Salisbury. We lost by two and I still can't wait",
            "Tuesday swim crew braved a hailstorm tonight",
            "Netball season wrap-up: Wednesday nights at Salisbury are the best part of my week",
            "Thursday 6:15 toolbox talks are my favourite part of the week now",
            "Long weekend and I still woke up at 4:50. Six months of 6am starts will do that",
            "Daylight saving means my 5am alarm is now in the dark again",
        ] {
            assert!(strong(routine), "{routine}");
        }
        for once in [
            "@irfan Sunday futsal can, 8pm ok?",
            "Strictly's back! Saturday nights are sorted till Christmas.",
            "The 6am flight was brutal",
        ] {
            assert!(!strong(once), "{once}");
        }
    }

    #[test]
    fn lone_words_are_not_schedules() {
        assert!(!strong("Lost my keys in my own pocket again"));
        assert!(!strong("Taco Tuesday is a lifestyle"));
        assert!(!strong(
            "Sunday bread experiment: 72 hour cold ferment, worth every minute"
        ));
        assert!(!strong("又胖了两斤，从明天开始减肥"));
        // A day's name running into the next word is no "天天" (every day).
        assert!(!strong("明天天平校正 8:30 開始，砝碼盒記得帶"));
        assert!(strong("天天 8:30 開始校正"));
        // Night hours and set Tuesdays of the month.
        assert!(strong(
            "Back to nights: maintenance window Tuesday, 22:00 to 06:00. Flask, piece, podcasts."
        ));
        assert!(strong(
            "February night windows: first and third Tuesday, 22:00 to 06:00."
        ));
        assert!(!strong("Big night out for Ailsa's 40th, 22:00 to whenever"));
        assert!(!strong("下班路上看到了彩虹"));
        assert!(!strong("Concert last night was loud and perfect"));
        assert!(!strong("Monday again, coffee please"));
        assert!(!strong(
            "new headphones, my commute podcasts have never sounded better"
        ));
        assert!(strong("My commute is 40 minutes each way"));
        assert!(!strong(
            "The neighbor's rooster starts at 4:30, every single day"
        ));
        assert!(strong("周四晚上固定游泳，谁约我都不行"));
        assert!(!strong("又是周一，不想上班"));
        assert!(!strong(
            "表哥在核电站上班，讲了一晚上他们的倒班，我假装第一次听说"
        ));
        assert!(strong("On console 1900 to 0700 Mon to Thu, don't text me"));
        assert!(strong("每个礼拜三晚上七点半打球"));
        // Two days named together are the days something is held; this week's are a date.
        assert!(strong("羽球班換教練了，新教練很兇，週二週四晚上有得操了"));
        assert!(strong("星期二同星期四收工後去游水"));
        assert!(!strong("这周二周三都下雨"));
        assert!(!strong("下周二周三出差"));
        assert!(strong("Night check all month, 1500 to 2330 Mon thru Fri"));
        assert!(strong(
            "Volunteering at the animal shelter Saturday mornings now"
        ));
        assert!(strong(
            "Traffic again. Leaving the house at 6:10 from now on"
        ));
        assert!(!strong("Mornings are hard"));
        assert!(strong(
            "Fridays we leave the lab at 3 and go to the brewery"
        ));
    }

    #[test]
    fn stated_hours_and_shift_blocks() {
        let cases = [
            ("上班时间 8:30-17:30，但更衣就要二十分钟", true),
            ("Nights again this week, 1845 to 0700. See you Monday", true),
            ("这个月轮到我 on-call，半夜电话响就要去看", true),
            ("Next block is 2 days, 2 nights, 5 off", true),
            (
                "Outage season: 14 straight 12-hour shifts and then sleep",
                true,
            ),
            (
                "Tuesday quiz at the pub, Friday swim at 7, Sunday roast at Mum's",
                true,
            ),
            ("Concert tonight 7-11pm, can't wait", false),
            // Shift blocks said plainly or in Scots.
            ("Back on days the morn, alarm set early", true),
            ("Last night shift of the block, then four days aff", true),
            (
                "The new rota is out: Christmas Day off, Boxing Day on nights",
                true,
            ),
            ("Tomorrow we're off to the beach", false),
        ];
        let wrong: Vec<&str> = cases
            .iter()
            .filter(|(t, want)| strong(t) != *want)
            .map(|(t, _)| *t)
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
    }
}

#[cfg(test)]
mod clock_tests {
    #[test]
    fn clock_times() {
        for yes in [
            "in at 6:45pm",
            "the 06:10 ferry",
            "at 7am",
            "at 7 pm.",
            "alarm at 4:45",
            "七点半",
        ] {
            assert!(super::has_clock_time(yes), "{yes}");
        }
        for no in ["7 apples", "no time", "2amazing", "room 301"] {
            assert!(!super::has_clock_time(no), "{no}");
        }
    }
}
