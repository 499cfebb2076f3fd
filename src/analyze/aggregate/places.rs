//! Located events clustered into places, and the places classified: the office (weekday
//! working hours over many weeks, or shift work with work talk), home (nights and weekends),
//! routine places (the same days and hours again and again) and trips (many posts in a few
//! days, which are no finding at all).
//!
//! Clustering is density peeling on a grid of ~100 m cells: the fullest cell seeds a cluster
//! of every point within [`RADIUS_M`] of its centre, those points are taken, and so on. Each
//! point is looked at a bounded number of times: linear in the number of located posts.

use super::{Breaking, LocalTime, finding, posts, quotes};
use crate::analyze::detectors::PROFILE_FIELD;
use crate::analyze::lexicon::Class;
use crate::analyze::{Area, Category, Finding, Options, Severity, Signal, Strength};
use crate::model::{Dataset, GeoPoint};
use std::collections::HashMap;

/// Points within this distance of a cluster's seed centre join it.
pub const RADIUS_M: f64 = 150.0;
const CELL_M: f64 = 100.0;
/// A place needs this many posts to be a finding.
pub const MIN_POSTS: usize = 3;

/// One located post.
#[derive(Debug, Clone, Copy)]
pub struct Event {
    pub post: usize,
    pub point: GeoPoint,
    pub local: LocalTime,
}

/// A cluster of located posts.
#[derive(Debug, Clone)]
pub struct Place {
    pub center: GeoPoint,
    pub radius_m: f64,
    pub events: Vec<Event>,
    pub label: Option<String>,
}

impl Place {
    fn days(&self) -> usize {
        let mut d: Vec<i32> = self.events.iter().map(|e| e.local.day).collect();
        d.sort_unstable();
        d.dedup();
        d.len()
    }

    fn weeks(&self) -> usize {
        let mut w: Vec<i32> = self.events.iter().map(|e| e.local.week).collect();
        w.sort_unstable();
        w.dedup();
        w.len()
    }

    fn span_days(&self) -> i32 {
        let min = self.events.iter().map(|e| e.local.day).min().unwrap_or(0);
        let max = self.events.iter().map(|e| e.local.day).max().unwrap_or(0);
        max - min
    }

    /// Whether visits come close together: half the gaps between visit days are six weeks
    /// or less. A parent's house at Christmas, Easter and some summer Saturdays is visited
    /// again and again, but on no schedule.
    fn frequent(&self) -> bool {
        let mut d: Vec<i32> = self.events.iter().map(|e| e.local.day).collect();
        d.sort_unstable();
        d.dedup();
        let mut gaps: Vec<i32> = d.windows(2).map(|w| w[1] - w[0]).collect();
        gaps.sort_unstable();
        gaps.get(gaps.len() / 2).is_some_and(|&g| g <= 42)
    }

    /// Visited again and again over weeks, not on one trip.
    pub fn is_recurring(&self) -> bool {
        self.events.len() >= MIN_POSTS && self.weeks() >= 3 && self.span_days() >= 21
    }

    pub fn posts(&self) -> Vec<usize> {
        self.events.iter().map(|e| e.post).collect()
    }

    pub fn area(&self) -> Area {
        Area {
            lat: round(self.center.lat, 5),
            lon: round(self.center.lon, 5),
            radius_m: self.radius_m.round(),
        }
    }

    /// A name for people: the label, else the coordinates.
    pub fn name(&self) -> String {
        match &self.label {
            Some(l) => format!("{l} ({:.4}, {:.4})", self.center.lat, self.center.lon),
            None => format!("{:.4}, {:.4}", self.center.lat, self.center.lon),
        }
    }

    fn years(&self) -> String {
        let span = self.span_days();
        if span >= 730 {
            format!("{} years", span / 365)
        } else if span >= 60 {
            format!("{} months", span / 30)
        } else {
            format!("{} weeks", (span / 7).max(1))
        }
    }
}

fn round(v: f64, digits: i32) -> f64 {
    let f = 10f64.powi(digits);
    (v * f).round() / f
}

/// When a place is visited, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// "weekdays", "weekends", "Wednesdays", "Tuesdays and Wednesdays", "any day".
    pub days: String,
    /// Local minutes since midnight.
    pub start: u32,
    pub end: u32,
    /// Share of visits inside the window.
    pub share: f64,
    /// Whether the days are specific (not "any day").
    pub specific_days: bool,
}

impl Schedule {
    pub fn window(&self) -> String {
        format!(
            "{:02}:{:02}–{:02}:{:02}",
            self.start / 60,
            self.start % 60,
            self.end / 60,
            self.end % 60
        )
    }

    pub fn width(&self) -> u32 {
        (self.end + 1440 - self.start) % 1440
    }

    pub fn describe(&self) -> String {
        format!("{} {}", self.days, self.window())
    }

    /// Whether this is a routine: a narrow time window, or specific days.
    pub fn is_regular(&self, n: usize) -> bool {
        self.width() <= 180 || (self.specific_days && n >= 4)
    }
}

const DAY_NAMES: [&str; 7] = [
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
];

/// The days and the narrowest time window holding 70% of the visits.
pub fn schedule(times: &[LocalTime]) -> Schedule {
    let n = times.len().max(1);
    let mut mins: Vec<u32> = times.iter().map(|t| t.minute).collect();
    mins.sort_unstable();
    let k = ((n as f64) * 0.7).ceil() as usize;
    let k = k.clamp(1, n);
    let (mut best_w, mut best_s) = (u32::MAX, 0u32);
    for i in 0..mins.len() {
        // A window that wraps past midnight ends in the next day.
        let j = (i + k - 1) % mins.len();
        let w = if j >= i {
            mins[j] - mins[i]
        } else {
            mins[j] + 1440 - mins[i]
        };
        if w < best_w {
            best_w = w;
            best_s = mins[i];
        }
    }
    let start = best_s / 5 * 5;
    let end = (best_s + best_w).div_ceil(5) * 5 % 1440;
    let mut by_day = [0usize; 7];
    for t in times {
        by_day[t.weekday as usize % 7] += 1;
    }
    let weekday: usize = by_day[..5].iter().sum();
    let weekend: usize = by_day[5..].iter().sum();
    let share = |c: usize| c as f64 / n as f64;
    let mut order: Vec<usize> = (0..7).collect();
    order.sort_by_key(|&d| std::cmp::Reverse(by_day[d]));
    let (days, specific) = if share(by_day[order[0]]) >= 0.6 {
        (DAY_NAMES[order[0]].to_string(), true)
    } else if share(by_day[order[0]] + by_day[order[1]]) >= 0.75 && n >= 4 {
        let (a, b) = (order[0].min(order[1]), order[0].max(order[1]));
        (format!("{} and {}", DAY_NAMES[a], DAY_NAMES[b]), true)
    } else if share(weekday) >= 0.8 {
        ("weekdays".to_string(), true)
    } else if share(weekend) >= 0.8 {
        ("weekends".to_string(), true)
    } else {
        ("any day".to_string(), false)
    };
    Schedule {
        days,
        start,
        end,
        share: 0.7,
        specific_days: specific,
    }
}

/// Cluster located events by density peeling on a grid.
pub fn cluster(events: &[Event]) -> Vec<Vec<Event>> {
    let dlat = CELL_M / 111_320.0;
    let cell_of = |p: &GeoPoint| -> (i64, i64) {
        let row = (p.lat / dlat).floor() as i64;
        let dlon = CELL_M / (111_320.0 * (row as f64 * dlat).to_radians().cos().max(0.01));
        (row, (p.lon / dlon).floor() as i64)
    };
    let mut cells: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        cells.entry(cell_of(&e.point)).or_default().push(i);
    }
    let mut order: Vec<(i64, i64)> = cells.keys().copied().collect();
    order.sort_by_key(|c| (std::cmp::Reverse(cells[c].len()), *c));
    let mut taken = vec![false; events.len()];
    let mut out = Vec::new();
    for seed in order {
        let free: Vec<usize> = cells[&seed]
            .iter()
            .copied()
            .filter(|&i| !taken[i])
            .collect();
        if free.is_empty() {
            continue;
        }
        // Centre on the seed cell and its free neighbours, then take everything within reach.
        let near = |reach: i64| -> Vec<usize> {
            let mut v = Vec::new();
            for dr in -reach..=reach {
                for dc in -reach..=reach {
                    if let Some(ix) = cells.get(&(seed.0 + dr, seed.1 + dc)) {
                        v.extend(ix.iter().copied().filter(|&i| !taken[i]));
                    }
                }
            }
            v
        };
        let core = near(1);
        let center = mean(core.iter().map(|&i| events[i].point));
        let members: Vec<usize> = near(2)
            .into_iter()
            .filter(|&i| events[i].point.distance_m(&center) <= RADIUS_M)
            .collect();
        let members = if members.is_empty() { free } else { members };
        for &i in &members {
            taken[i] = true;
        }
        out.push(members.into_iter().map(|i| events[i]).collect());
    }
    out
}

fn mean(points: impl Iterator<Item = GeoPoint>) -> GeoPoint {
    let (mut lat, mut lon, mut n) = (0.0, 0.0, 0.0);
    for p in points {
        lat += p.lat;
        lon += p.lon;
        n += 1.0;
    }
    if n == 0.0 {
        return GeoPoint { lat: 0.0, lon: 0.0 };
    }
    GeoPoint {
        lat: lat / n,
        lon: lon / n,
    }
}

/// Words that name what a place is, for labels.
const LABEL_WORDS: &[&str] = &[
    "ferry terminal",
    "ferry dock",
    "ferry",
    "climbing gym",
    "climbing",
    "gym",
    "pool",
    "café",
    "cafe",
    "coffee shop",
    "station",
    "bus stop",
    "terminal",
    "park",
    "trail",
    "pier",
    "dock",
    "drydock",
    "shipyard",
    "market",
    "library",
    "church",
    "school",
    "office",
    "lab",
    "campus",
    "base",
    "beach",
    "地铁站",
    "地铁",
    "绿道",
    "公园",
    "健身房",
    "食堂",
    "办公楼",
    "办公室",
    "咖啡",
    "车站",
    "东湖",
    "码头",
];

fn label(data: &Dataset, events: &[Event]) -> Option<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for e in events {
        if let Some(p) = &data.posts[e.post].place {
            *counts.entry(p.clone()).or_default() += 3;
        }
        let text = data.posts[e.post].text.to_lowercase();
        if let Some(w) = LABEL_WORDS.iter().find(|w| text.contains(**w)) {
            *counts.entry((*w).to_string()).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, c)| *c >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(l, _)| l)
}

/// Workplace words that, once the office is known, point at it even unnamed ("the plant",
/// "north gate", 厂房); words as often used for parks and zoos (基地, "the base") do not.
const ATTACHABLE: &[&str] = &[
    "the base",
    "admin building",
    "administration building",
    "admin block",
    "business park",
    "the plant",
    "the lab",
    "the site",
    "gate",
    "access road",
    "security line",
    "ops building",
    "operations building",
    "training building",
    "simulator room",
    "the office",
    "control room",
    "厂房",
    "安检",
    "厂区",
    "办公楼",
    "办公室",
];

/// A routine place, for the week's reconstruction.
#[derive(Debug, Clone)]
pub struct RoutinePlace {
    pub name: String,
    pub schedule: Schedule,
    pub posts: Vec<usize>,
}

/// What the located posts reveal.
#[derive(Debug, Clone, Default)]
pub struct Located {
    pub findings: Vec<(Finding, Breaking)>,
    pub extra: Vec<(usize, Signal)>,
    /// Posts at the office inside its usual hours.
    pub office_hours: Vec<usize>,
    pub office_schedule: Option<Schedule>,
    pub routine_places: Vec<RoutinePlace>,
    /// Posts located at one-off places far (≥ 20 km) from every place visited again and
    /// again: trips and outings. A check-in there ("成都大熊猫繁育研究基地") names where the
    /// person went, not where they work.
    pub away: Vec<usize>,
}

/// How far from the office's centre other parts of the same site may lie.
const SITE_M: f64 = 300.0;

/// How far from every recurring place a one-off place must be to count as away.
const AWAY_M: f64 = 20_000.0;
/// How far from home or work a place can be and still be part of the person's week.
const DAILY_REACH_M: f64 = 30_000.0;

/// "厂车绕了一大圈从北门进，差点打卡迟到": a place word too common to count alone (a north
/// gate, a base) in a post about getting to or leaving work names the workplace's gate.
fn gate_at_work(signals: &[Signal]) -> bool {
    let own = |s: &&Signal| !s.reason.ends_with(crate::analyze::detector::NOT_OWN);
    signals
        .iter()
        .filter(own)
        .any(|s| s.detector == "place-in-text" && s.strength == Strength::Weak)
        && signals.iter().filter(own).any(|s| {
            s.detector == "schedule-statement"
                || s.detector == "role-cues" && s.strength == Strength::Strong
                || s.detector == "own-unit-reference"
        })
}

fn strong_text(signals: &[Signal], cats: &[Category]) -> bool {
    signals.iter().any(|s| {
        s.strength == Strength::Strong
            && cats.contains(&s.category)
            && s.detector != "located-event"
            && s.detector != PROFILE_FIELD
    })
}

/// Whether a check-in's name is a district, county, city or province ("郑州·金水区", "金水区",
/// "郑州市"), not a place in it: a Chinese name of two to four characters before the
/// division's own word, perhaps after its city and a middle dot. A park, a works or a camp
/// that ends in 区 (软件园区, 厂区, 营区, 小区) is a place.
fn area_level(name: &str) -> bool {
    let last = name.rsplit(['·', '・']).next().unwrap_or(name).trim();
    let Some(stem) = ["区", "县", "市", "省"]
        .iter()
        .find_map(|d| last.strip_suffix(d))
    else {
        return false;
    };
    let n = stem.chars().count();
    (2..=4).contains(&n)
        && stem.chars().all(crate::analyze::matcher::is_cjk)
        && !stem.ends_with([
            '园', '厂', '营', '校', '社', '小', '景', '港', '矿', '军', '站', '场',
        ])
}

/// Cluster, classify and describe the located posts.
pub fn analyse(
    data: &Dataset,
    signals: &[Vec<Signal>],
    opts: &Options,
    keep: &dyn Fn(usize) -> bool,
) -> Located {
    let tz = opts.timezone;
    let events: Vec<Event> = data
        .posts
        .iter()
        .enumerate()
        .filter(|(i, _)| keep(*i))
        .filter_map(|(i, p)| {
            // A check-in at a district or a city stands at the area's centre, not where the
            // post was made: only a photo's own GPS places such a post.
            let point = if p.place.as_deref().is_some_and(area_level) {
                p.media.iter().find_map(|m| m.gps)
            } else {
                p.location()
            };
            point.map(|point| Event {
                post: i,
                point,
                local: LocalTime::from_naive(p.event_local(tz)),
            })
        })
        .collect();
    let mut places: Vec<Place> = cluster(&events)
        .into_iter()
        .map(|ev| {
            let center = mean(ev.iter().map(|e| e.point));
            let mut d: Vec<f64> = ev.iter().map(|e| e.point.distance_m(&center)).collect();
            d.sort_by(f64::total_cmp);
            let p90 = d
                .get((d.len() * 9 / 10).min(d.len().saturating_sub(1)))
                .copied()
                .unwrap_or(0.0);
            Place {
                center,
                radius_m: p90.max(50.0),
                label: label(data, &ev),
                events: ev,
            }
        })
        .collect();
    places.sort_by_key(|p| std::cmp::Reverse(p.events.len()));

    let mut out = Located::default();
    let recurring: Vec<GeoPoint> = places
        .iter()
        .filter(|p| p.is_recurring())
        .map(|p| p.center)
        .collect();
    if !recurring.is_empty() {
        for p in places.iter().filter(|p| !p.is_recurring()) {
            if recurring.iter().all(|c| c.distance_m(&p.center) >= AWAY_M) {
                out.away.extend(p.posts());
            }
        }
        out.away.sort_unstable();
    }
    let is_away = |i: usize| out.away.binary_search(&i).is_ok();
    let text_location: Vec<usize> = (0..data.posts.len())
        .filter(|&i| {
            keep(i)
                && (signals[i].iter().any(|s| {
                    !(s.detector == "check-in" && is_away(i))
                        && (s.strength == Strength::Strong
                            && s.category == Category::Location
                            && s.detector != "watchlist-site"
                            || s.detector == "watchlist-site" && s.span.is_some())
                }) || gate_at_work(&signals[i]))
        })
        .collect();
    // "Roadworks on Binbirri Rd", "open day out at Kahurangi": the name the workplace's gates
    // and buildings go by, said in posts that name no gate.
    let mut text_location = text_location;
    for (i, name) in named_like_the_workplace(data, signals, &text_location, keep, &is_away) {
        out.extra.push((
            i,
            place_signal(format!(
                "names {name}, where your workplace's gates and buildings are"
            )),
        ));
        text_location.push(i);
    }
    text_location.sort_unstable();

    // The office: a watched site, else the place with most weekday-daytime posts and work talk.
    // Work talk in a place's posts: strong unit/role/place signals count 2, weaker work cues 1.
    let talk = |p: &Place| -> f64 {
        p.events
            .iter()
            .map(|e| {
                if strong_text(
                    &signals[e.post],
                    &[Category::Unit, Category::Role, Category::Location],
                ) {
                    2.0
                } else if signals[e.post].iter().any(|s| s.detector == "role-cues") {
                    1.0
                } else {
                    0.0
                }
            })
            .sum()
    };
    let work_score = |p: &Place| -> f64 {
        let core = p
            .events
            .iter()
            .filter(|e| !e.local.is_weekend() && (540..=1020).contains(&e.local.minute))
            .count() as f64;
        let edge = p
            .events
            .iter()
            .filter(|e| e.local.is_working_hours())
            .count() as f64
            - core;
        core + 0.5 * edge + talk(p)
    };
    // A place visited on one or two set days in a narrow window is a class or a gym, not a
    // workplace, even in working hours, unless its posts talk about work.
    let slot_only = |p: &Place| -> bool {
        let sched = schedule(&p.events.iter().map(|e| e.local).collect::<Vec<_>>());
        let set_days =
            sched.specific_days && !matches!(sched.days.as_str(), "weekdays" | "weekends");
        // What the posts say, not where they were checked in.
        let strong_talk = p
            .events
            .iter()
            .filter(|e| {
                let said: Vec<Signal> = signals[e.post]
                    .iter()
                    .filter(|s| s.detector != "check-in")
                    .cloned()
                    .collect();
                strong_text(&said, &[Category::Unit, Category::Role, Category::Location])
            })
            .count();
        // Half its posts with some work word of their own ("返工食lunch", "中心門口", "the
        // office canteen"): lunch breaks at work, not a class.
        let some_talk = p
            .events
            .iter()
            .filter(|e| {
                signals[e.post].iter().any(|s| {
                    matches!(
                        s.detector,
                        "role-cues" | "place-in-text" | "organisation-name" | "own-unit-reference"
                    ) && !s.reason.ends_with(crate::analyze::detector::NOT_OWN)
                })
            })
            .count();
        // Most visits within the same half hour outside the working day: a stop on the way
        // (the station at 07:30 each morning), not a place where the person spends the day.
        let passing = sched.width() <= 30 && (sched.end < 540 || sched.start > 1020);
        (set_days && sched.width() <= 120 || passing)
            && strong_talk < 2
            && (passing || some_talk * 2 < p.events.len())
    };
    // A shift worker's workplace shows at any hour: when the archive talks about shifts, the
    // place with most days and most work talk is the office even outside office hours.
    let shift_worker = signals
        .iter()
        .filter(|sigs| {
            sigs.iter()
                .any(|s| s.detector == "role-cues" && s.reason.ends_with("shift work"))
        })
        .count()
        >= 2;
    let mut office_idx: Option<usize> = None;
    let mut site_name: Option<String> = None;
    for site in &opts.watchlist.site {
        if let Some((i, _)) = places
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.events.len() >= MIN_POSTS
                    && p.center.distance_m(&site.point()) <= site.radius_m + RADIUS_M
            })
            .max_by_key(|(_, p)| p.events.len())
        {
            office_idx = Some(i);
            site_name = Some(site.name.clone());
            break;
        }
    }
    if office_idx.is_none() {
        office_idx = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.is_recurring() && !slot_only(p))
            .map(|(i, p)| (i, work_score(p), p))
            .filter(|(_, s, p)| {
                // Weekdays from the early shift's start to the evening's end.
                let daytime = p
                    .events
                    .iter()
                    .filter(|e| !e.local.is_weekend() && (300..=1200).contains(&e.local.minute))
                    .count() as f64;
                *s >= 3.0 && (daytime / p.events.len() as f64 >= 0.5 || *s >= 6.0)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _, _)| i);
    }
    // With no other workplace, a place visited week after week on a set weekday inside the
    // working day (lunchtime posts from work, shared as bare locations) is the office: a class
    // or a gym in working hours is rarer than a lunch break at work.
    if office_idx.is_none() {
        office_idx = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.is_recurring() && slot_only(p))
            .filter(|(_, p)| {
                let sched = schedule(&p.events.iter().map(|e| e.local).collect::<Vec<_>>());
                !sched.days.contains("Saturday")
                    && !sched.days.contains("Sunday")
                    && sched.days != "weekends"
                    && sched.start >= 540
                    && sched.end <= 1020
            })
            .map(|(i, p)| (i, work_score(p)))
            .filter(|(_, s)| *s >= 3.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i);
    }
    if office_idx.is_none() && shift_worker {
        office_idx = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.is_recurring() && p.events.len() >= 6)
            .max_by(|a, b| {
                let score = |p: &Place| p.days() as f64 + talk(p);
                score(a.1).total_cmp(&score(b.1))
            })
            .map(|(i, _)| i);
    }

    // A site is bigger than one cluster: a campus, a base or a plant spans hundreds of metres.
    // Clusters close to the office whose visits fall mostly in working hours (any hour for a
    // shift worker) are other parts of it.
    if let Some(oi) = office_idx {
        let center = places[oi].center;
        for j in 0..places.len() {
            if j == oi || places[j].center.distance_m(&center) > SITE_M {
                continue;
            }
            let daytime = places[j]
                .events
                .iter()
                .filter(|e| e.local.is_working_hours())
                .count();
            if shift_worker || daytime * 2 > places[j].events.len() {
                let moved = std::mem::take(&mut places[j].events);
                places[oi].events.extend(moved);
            }
        }
        let p = &mut places[oi];
        let mut d: Vec<f64> = p
            .events
            .iter()
            .map(|e| e.point.distance_m(&center))
            .collect();
        d.sort_by(f64::total_cmp);
        if let Some(&far) = d.get((d.len() * 9 / 10).min(d.len().saturating_sub(1))) {
            p.radius_m = p.radius_m.max(far);
        }
    }
    let mut used = vec![false; places.len()];
    if let Some(oi) = office_idx {
        used[oi] = true;
        let p = &places[oi];
        let sched = schedule(&p.events.iter().map(|e| e.local).collect::<Vec<_>>());
        // Every post at work says when you are there (shift workers' nights included).
        let in_hours: Vec<usize> = p.posts();
        let name = site_name.clone().unwrap_or_else(|| p.name());
        // Posts that name the site, and, once the office is known, posts that mention a
        // workplace word ("the plant", "north gate", 厂房) without naming it.
        let mut in_place = vec![false; data.posts.len()];
        for e in &p.events {
            in_place[e.post] = true;
        }
        let mut named_site = vec![false; data.posts.len()];
        for &i in &text_location {
            named_site[i] = true;
        }
        let named: Vec<usize> = (0..data.posts.len())
            .filter(|&i| keep(i) && !in_place[i])
            .filter(|&i| {
                named_site[i]
                    || signals[i].iter().any(|s| {
                        s.detector == "place-in-text"
                            && s.subject.as_deref().is_some_and(|w| {
                                ATTACHABLE.iter().any(|a| w.to_lowercase().ends_with(a))
                            })
                    })
            })
            .collect();
        let mut evidence = p.posts();
        evidence.extend(&named);
        let daytime = p
            .events
            .iter()
            .filter(|e| e.local.is_working_hours())
            .count();
        let explanation = format!(
            "{} are located within {:.0} m of {:.4}, {:.4}, {} of them on weekdays in working hours, over {}{}{}: this is where you work.",
            posts(p.events.len()),
            p.radius_m,
            p.center.lat,
            p.center.lon,
            daytime,
            p.years(),
            if site_name.is_some() {
                ", at the watched site"
            } else {
                ""
            },
            if named.is_empty() {
                String::new()
            } else {
                format!(
                    "; {} more name the place ({})",
                    posts(named.len()),
                    quotes(data, &named, 2)
                )
            },
        );
        let title = format!(
            "Office: {} ({}, {})",
            name,
            posts(p.events.len()),
            sched.describe()
        );
        for e in &p.events {
            out.extra.push((
                e.post,
                place_signal(format!(
                    "one of {} at your office near {:.4}, {:.4} ({})",
                    posts(p.events.len()),
                    p.center.lat,
                    p.center.lon,
                    sched.describe()
                )),
            ));
        }
        out.findings.push((
            finding(
                Category::Location,
                Severity::High,
                &format!("office {:.3} {:.3}", p.center.lat, p.center.lon),
                title,
                Some(name),
                Some(p.area()),
                evidence,
                explanation,
            ),
            Breaking::with_pool(named, p.posts(), MIN_POSTS - 1),
        ));
        out.office_hours = in_hours;
        out.office_schedule = Some(sched);
    } else if !text_location.is_empty() {
        let subjects: Vec<String> = text_location
            .iter()
            .flat_map(|&i| {
                signals[i]
                    .iter()
                    .filter(|s| s.category == Category::Location && s.strength == Strength::Strong)
                    .filter_map(|s| s.subject.clone())
            })
            .collect();
        let mut uniq = subjects.clone();
        uniq.sort();
        uniq.dedup();
        let value = uniq.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        let severity = if text_location.len() >= 2 {
            Severity::High
        } else {
            Severity::Medium
        };
        // Posts that name the workplace and carry a position (a map pin shared for visitors,
        // a geotag) put it on the map when two or more agree.
        let points: Vec<GeoPoint> = text_location
            .iter()
            .filter_map(|&i| data.posts[i].location())
            .collect();
        let area = (points.len() >= 2)
            .then(|| mean(points.iter().copied()))
            .filter(|c| points.iter().all(|p| p.distance_m(c) <= SITE_M))
            .map(|c| Area {
                lat: c.lat,
                lon: c.lon,
                radius_m: points.iter().map(|p| p.distance_m(&c)).fold(50.0, f64::max),
            });
        // A watched site named in the posts is where the watchlist puts it.
        let watched = opts.watchlist.site.iter().find(|site| {
            text_location.iter().any(|&i| {
                signals[i].iter().any(|s| {
                    s.detector == "watchlist-site"
                        && s.span.is_some()
                        && s.subject.as_deref() == Some(site.name.as_str())
                })
            })
        });
        let pinned = match (&area, watched) {
            (Some(a), _) => format!(
                "; {} of them put it at {:.4}, {:.4}",
                posts(points.len()),
                a.lat,
                a.lon
            ),
            (None, Some(site)) => format!(
                "; they name the watched site {}, at {:.4}, {:.4}",
                site.name, site.lat, site.lon
            ),
            (None, None) => String::new(),
        };
        let area = area.or_else(|| {
            watched.map(|site| Area {
                lat: site.lat,
                lon: site.lon,
                radius_m: site.radius_m,
            })
        });
        out.findings.push((
            finding(
                Category::Location,
                severity,
                &format!("workplace named {value}"),
                format!("Workplace named in posts: {value}"),
                Some(value.clone()),
                area,
                text_location.clone(),
                format!("{} name where you work ({}){pinned}: gates, buildings and sites tell an adversary where to find you.", posts(text_location.len()), quotes(data, &text_location, 2)),
            ),
            Breaking::all(text_location.clone()),
        ));
    }

    // Posts at a place that say they are at home ("在家涮羊肉", "下班回家", "at home"): the
    // place is where the person lives, whatever days its posts fall on. At least two such
    // posts, and a quarter of the place's.
    let said_home = |p: &Place| {
        let n = p
            .events
            .iter()
            .filter(|e| says_home(&data.posts[e.post].text))
            .count();
        if n * 4 >= p.events.len().max(8) { n } else { 0 }
    };
    // Places where half the posts name a holiday: family at the holidays, no routine (each
    // place's posts read once, for both loops below).
    let at_holidays: Vec<bool> = places.iter().map(|p| festive(data, p)).collect();
    // Places visited on set days in a narrow window are routines, not home, even in the evening
    // (a Tuesday-night badminton hall, a Saturday-morning market).
    for (i, p) in places.iter().enumerate() {
        if used[i] || !p.is_recurring() || said_home(p) > 0 || at_holidays[i] {
            continue;
        }
        let sched = schedule(&p.events.iter().map(|e| e.local).collect::<Vec<_>>());
        let single_days =
            sched.specific_days && !matches!(sched.days.as_str(), "weekdays" | "weekends");
        if single_days && sched.width() <= 120 {
            used[i] = true;
            routine_place(data, p, sched, &mut out);
        }
    }

    // Home: nights and weekends, or a check-in called home.
    let home_idx = places
        .iter()
        .enumerate()
        .filter(|(i, p)| !used[*i] && p.events.len() >= MIN_POSTS && p.days() >= 3)
        .map(|(i, p)| {
            let night = p.events.iter().filter(|e| e.local.is_night()).count();
            let weekend_day = p
                .events
                .iter()
                .filter(|e| !e.local.is_night() && e.local.is_weekend())
                .count();
            // Evenings and nights make a home; weekend days alone make a park or a market.
            let off = if night * 5 >= p.events.len() * 2 {
                night + weekend_day
            } else {
                0
            };
            let called_home = p
                .events
                .iter()
                .filter(|e| {
                    data.posts[e.post]
                        .place
                        .as_deref()
                        .is_some_and(is_home_name)
                })
                .count();
            let called_home = called_home + said_home(p);
            (
                i,
                off + 3 * called_home,
                off as f64 / p.events.len() as f64,
                called_home,
            )
        })
        .filter(|&(_, _, ratio, called)| ratio >= 0.6 || called > 0)
        .max_by_key(|&(_, score, _, _)| score)
        .map(|(i, ..)| i);
    if let Some(hi) = home_idx {
        used[hi] = true;
        let p = &places[hi];
        for e in &p.events {
            out.extra.push((
                e.post,
                place_signal(format!(
                    "one of {} at night or at weekends near {:.4}, {:.4}: likely home",
                    posts(p.events.len()),
                    p.center.lat,
                    p.center.lon
                )),
            ));
        }
        out.findings.push((
            finding(
                Category::Home,
                Severity::High,
                &format!("home {:.3} {:.3}", p.center.lat, p.center.lon),
                format!("Home: near {:.4}, {:.4} ({}, nights and weekends)", p.center.lat, p.center.lon, posts(p.events.len())),
                Some(format!("{:.4}, {:.4}", p.center.lat, p.center.lon)),
                Some(p.area()),
                p.posts(),
                format!("{} are located within {:.0} m of {:.4}, {:.4}, mostly at night or at weekends, over {}: this is probably where you live.", posts(p.events.len()), p.radius_m, p.center.lat, p.center.lon, p.years()),
            ),
            Breaking::with_pool(Vec::new(), p.posts(), MIN_POSTS - 1),
        ));
    }

    // Routine places: recurring and regular, but not a family's home visited at the holidays.
    for (i, p) in places.iter().enumerate() {
        if used[i] || !p.is_recurring() || at_holidays[i] {
            continue;
        }
        let sched = schedule(&p.events.iter().map(|e| e.local).collect::<Vec<_>>());
        // A wide window on set days is a routine where the person's week is spent (near home
        // or work) or where the visits come often: a parent's house far away at Christmas and
        // some Saturdays is not a schedule.
        let near_daily = [office_idx, home_idx]
            .iter()
            .flatten()
            .any(|&j| places[j].center.distance_m(&p.center) <= DAILY_REACH_M);
        if sched.is_regular(p.events.len()) && (sched.width() <= 180 || near_daily || p.frequent())
        {
            routine_place(data, p, sched, &mut out);
        }
    }
    out
}

/// Record a routine place: its finding, its signals, and its part of the week.
fn routine_place(_data: &Dataset, p: &Place, sched: Schedule, out: &mut Located) {
    let name = p.name();
    let when = sched.describe();
    for e in &p.events {
        out.extra.push((
            e.post,
            place_signal(format!(
                "one of {} at {} ({when})",
                posts(p.events.len()),
                name
            )),
        ));
    }
    out.findings.push((
        finding(
            Category::Routine,
            Severity::Medium,
            &format!("routine place {:.3} {:.3}", p.center.lat, p.center.lon),
            format!("Routine: {when} at {name}"),
            Some(format!("{when} at {name}")),
            Some(p.area()),
            p.posts(),
            format!(
                "{} from {} over {}, mostly {}: when you are there, again and again.",
                posts(p.events.len()),
                name,
                p.years(),
                when
            ),
        ),
        Breaking::with_pool(Vec::new(), p.posts(), MIN_POSTS - 1),
    ));
    out.routine_places.push(RoutinePlace {
        name,
        schedule: sched,
        posts: p.posts(),
    });
}

/// Whether half a place's posts name a holiday ("兔年快樂 返阿媽屋企拜年", "母親節…飲茶",
/// "Christmas at Mam's"): visits to family at the holidays, on no weekly schedule.
fn festive(data: &Dataset, p: &Place) -> bool {
    let named = p
        .events
        .iter()
        .filter(|e| names_holiday(&data.posts[e.post].text))
        .count();
    named * 2 >= p.events.len()
}

/// Whether a post names a holiday: "兔年快樂", "母親節", "Christmas at Mam's".
fn names_holiday(text: &str) -> bool {
    const HOLIDAYS: &[&str] = &[
        "春节",
        "过年",
        "拜年",
        "年快乐",
        "除夕",
        "元宵",
        "清明",
        "端午",
        "中秋",
        "国庆",
        "母亲节",
        "父亲节",
        "圣诞",
        "christmas",
        "xmas",
        "easter",
        "thanksgiving",
        "diwali",
        "eid mubarak",
        "eid al",
        "mother's day",
        "father's day",
        "new year",
    ];
    let text = crate::analyze::matcher::simplify(text).to_lowercase();
    HOLIDAYS.iter().any(|h| text.contains(h))
}

/// Whether a post says the writer is at their own home: "在家", "下班回家", "at home" (not a
/// visit to the family home at the holidays: "回老家过年", "back home for Diwali").
fn says_home(text: &str) -> bool {
    const HOME: &[&str] = &[
        "在家", "回家", "到家", "我家", "屋企", "at home", "got home",
    ];
    // Only the holidays people travel to their family for: a Christmas dinner "屋企" is still
    // at home, so this is not [`names_holiday`].
    const FAMILY: &[&str] = &[
        "老家",
        "过年",
        "春节",
        "国庆",
        "中秋",
        "christmas",
        "easter",
        "爸妈",
        "父母",
        "hometown",
        "back home",
        "my parents",
        "mam's",
        "mum's",
        "mom's",
        "for the weekend",
    ];
    let lower = crate::analyze::matcher::simplify(text).to_lowercase();
    HOME.iter().any(|w| lower.contains(w)) && !FAMILY.iter().any(|w| lower.contains(w))
}

fn is_home_name(name: &str) -> bool {
    let n = name.trim().to_lowercase();
    matches!(
        n.as_str(),
        "home" | "家" | "我家" | "home sweet home" | "casa" | "zuhause"
    )
}

/// Posts outside `named` that say the proper name the workplace's named places share: the
/// capitalised word ("Binbirri", "Kahurangi") of the places named in two posts or more ("the
/// Binbirri gate", "swipe cards at Kahurangi"), not a place word itself ("Building", "Wharf").
/// Latin script only; each post once, with the name.
fn named_like_the_workplace(
    data: &Dataset,
    signals: &[Vec<Signal>],
    named: &[usize],
    keep: &dyn Fn(usize) -> bool,
    is_away: &dyn Fn(usize) -> bool,
) -> Vec<(usize, String)> {
    let words_of = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| {
                w.chars().count() >= 4
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
            })
            .map(str::to_string)
            .collect()
    };
    let mut heads: Vec<String> = named
        .iter()
        .flat_map(|&i| signals[i].iter())
        .filter(|s| {
            s.detector == "place-in-text"
                && s.category == Category::Location
                && s.strength == Strength::Strong
        })
        .filter_map(|s| s.subject.as_deref())
        .flat_map(words_of)
        .collect();
    heads.sort();
    heads.dedup();
    let named_words: Vec<Vec<String>> = named
        .iter()
        .map(|&i| words_of(&data.posts[i].text))
        .collect();
    heads
        .retain(|h| !is_place_word(h) && named_words.iter().filter(|w| w.contains(h)).count() >= 2);
    if heads.is_empty() {
        return Vec::new();
    }
    (0..data.posts.len())
        .filter(|&i| keep(i) && !is_away(i) && named.binary_search(&i).is_err())
        .filter_map(|i| {
            let text = &data.posts[i].text;
            // A substring search first: most posts hold none of the names.
            if !heads.iter().any(|h| text.contains(h.as_str())) {
                return None;
            }
            let words = words_of(text);
            heads
                .iter()
                .find(|h| words.contains(h))
                .map(|h| (i, h.clone()))
        })
        .collect()
}

/// Whether a capitalised word is a kind of place ("Building", "Gate", "Wharf", "North"), not
/// the name of one.
fn is_place_word(word: &str) -> bool {
    const DIRECTIONS: &[&str] = &[
        "north", "south", "east", "west", "main", "back", "front", "upper", "lower", "inner",
        "outer", "old", "new", "the",
    ];
    let w = word.to_lowercase();
    DIRECTIONS.contains(&w.as_str())
        || crate::analyze::lexicon::TERMS.iter().any(|(class, list)| {
            matches!(class, Class::Place | Class::NumberedPlace)
                && list.iter().any(|t| t.eq_ignore_ascii_case(&w))
        })
}

fn place_signal(reason: String) -> Signal {
    Signal {
        category: Category::Location,
        detector: "place-cluster",
        reason,
        span: None,
        strength: Strength::Weak,
        subject: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_are_named_in_both_scripts() {
        for text in [
            "兔年快樂 🐰 返阿媽屋企拜年",
            "母親節 返深水埗同阿媽飲茶",
            "Christmas at Mam's",
        ] {
            assert!(names_holiday(text), "{text}");
        }
        assert!(!names_holiday("星期日 七點半準時落水"));
        assert!(!names_holiday("Sunday practice at the Rollerdome"));
    }

    #[test]
    fn posts_at_home_say_so_and_holiday_visits_do_not() {
        for text in [
            "下雪了，在家涮羊肉，锅子是姐夫送的",
            "下班回家老婆做了一桌菜",
            "屋企冷氣壞咗 今晚瞓廳 🥵",
            "Quiet night at home with the cat",
        ] {
            assert!(says_home(text), "{text}");
        }
        for text in [
            "猪年大吉 回家过年，我妈包了三百个饺子",
            "鼠年春节，在汉中家里，哪里都不去了",
            "Easter at home, Cathal wants the engine rebuilt",
            "Lunch in the sun outside the hangar",
        ] {
            assert!(!says_home(text), "{text}");
        }
    }

    fn ev(post: usize, lat: f64, lon: f64) -> Event {
        Event {
            post,
            point: GeoPoint { lat, lon },
            local: LocalTime {
                weekday: 0,
                minute: 600,
                day: post as i32,
                week: post as i32,
            },
        }
    }

    #[test]
    fn clusters_by_distance_not_by_pairs() {
        let mut events = Vec::new();
        for i in 0..20 {
            events.push(ev(i, 47.5596 + (i as f64) * 0.00001, -122.6429));
        }
        for i in 20..30 {
            events.push(ev(i, 47.5622, -122.6247 + (i as f64) * 0.00001));
        }
        events.push(ev(30, 48.0, -122.0));
        let mut c = cluster(&events);
        c.sort_by_key(|c| std::cmp::Reverse(c.len()));
        assert_eq!(c.iter().map(Vec::len).collect::<Vec<_>>(), [20, 10, 1]);
    }

    #[test]
    fn schedules_in_words() {
        let t = |weekday, minute| LocalTime {
            weekday,
            minute,
            day: 0,
            week: 0,
        };
        let ferry: Vec<LocalTime> = (0..10).map(|i| t(i % 5, 360 + (i * 2))).collect();
        let s = schedule(&ferry);
        assert_eq!(s.days, "weekdays");
        assert!(s.is_regular(10));
        assert!(s.window().starts_with("06:"), "{}", s.window());
        let gym: Vec<LocalTime> = (0..6).map(|i| t(2, 1110 + i * 5)).collect();
        assert_eq!(schedule(&gym).days, "Wednesdays");
        let random: Vec<LocalTime> = (0..8).map(|i| t(i % 7, (i * 170) % 1440)).collect();
        assert!(!schedule(&random).is_regular(8));
    }
}
