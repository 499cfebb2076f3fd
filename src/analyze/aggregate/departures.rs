//! Departures named with their time again and again: "the 06:10 minibus" in 2020 and again in
//! 2023, "7:42 train", "7点15的班车". One post naming a timed bus says little (a one-off trip);
//! the same departure in posts on different days is the person's daily way to work.

use crate::model::Dataset;
use std::collections::BTreeMap;

/// Vehicles that leave at set times, as written after the time.
const VEHICLES: &[&str] = &[
    "minibus",
    "bus",
    "train",
    "ferry",
    "shuttle",
    "tram",
    "coach",
    "boat",
    "班车",
    "厂车",
    "巴士",
    "小巴",
    "渡轮",
    "校车",
    "通勤车",
];

/// A departure named in several posts.
#[derive(Debug, Clone)]
pub struct Departure {
    /// "the 06:10 minibus".
    pub label: String,
    /// The posts naming it, in order.
    pub posts: Vec<usize>,
}

/// Departures (a vehicle and its time of day) named in two or more posts written on different
/// days.
pub fn find(data: &Dataset, keep: &dyn Fn(usize) -> bool) -> Vec<Departure> {
    // Most posts hold no clock time ("6:10", "6.10", "7点15"): one memchr pass each says so.
    let ids: Vec<usize> = (0..data.posts.len()).collect();
    let named: Vec<Vec<(String, u32)>> = crate::par::map(&ids, |&i| {
        let text = &data.posts[i].text;
        if may_hold_clock(text) {
            let mut seen = timed_vehicles(text);
            seen.sort();
            seen.dedup();
            seen
        } else {
            Vec::new()
        }
    });
    let mut by: BTreeMap<(String, u32), Vec<usize>> = BTreeMap::new();
    for (i, seen) in named.into_iter().enumerate() {
        if seen.is_empty() || !keep(i) {
            continue;
        }
        for key in seen {
            by.entry(key).or_default().push(i);
        }
    }
    by.into_iter()
        .map(|((vehicle, minute), posts)| Departure {
            label: format!("the {:02}:{:02} {vehicle}", minute / 60, minute % 60),
            posts,
        })
        .filter(|d| on_different_days(data, &d.posts))
        .collect()
}

/// The departures of an earlier run with the posts no longer kept taken out: those still named
/// on different days.
pub fn recheck(
    data: &Dataset,
    keep: &dyn Fn(usize) -> bool,
    previous: &[Departure],
) -> Vec<Departure> {
    previous
        .iter()
        .map(|d| Departure {
            label: d.label.clone(),
            posts: d.posts.iter().copied().filter(|&i| keep(i)).collect(),
        })
        .filter(|d| on_different_days(data, &d.posts))
        .collect()
}

fn on_different_days(data: &Dataset, posts: &[usize]) -> bool {
    let mut days: Vec<chrono::NaiveDate> = posts
        .iter()
        .map(|&i| data.posts[i].created_at.date_naive())
        .collect();
    days.sort_unstable();
    days.dedup();
    days.len() >= 2
}

/// Whether a digit sits right before a ':' or '.', or the text has a Chinese 点.
fn may_hold_clock(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b':', b'.', b).any(|at| {
        at > 0 && b[at - 1].is_ascii_digit() && b.get(at + 1).is_some_and(u8::is_ascii_digit)
    }) || text.contains('点')
        || text.contains('點')
}

/// Every (vehicle, minute of the day) a text names: a clock time right before a vehicle word.
fn timed_vehicles(text: &str) -> Vec<(String, u32)> {
    let lower = text.to_lowercase();
    let b = lower.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || i > 0 && b[i - 1].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let Some((minute, end)) = clock(&lower[i..]) else {
            i += 1;
            continue;
        };
        let mut rest = lower[i + end..].trim_start_matches(' ');
        rest = rest.strip_prefix('的').unwrap_or(rest);
        if let Some(v) = VEHICLES.iter().find(|v| {
            rest.starts_with(**v)
                && (v.is_ascii() && !rest[v.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                    || !v.is_ascii())
        }) {
            out.push((v.to_string(), minute));
        } else if bound_for_a_place(text, &lower, i + end) {
            // "06:52 to Insch", "the 06:52 from Inverurie": a service by its time and its end.
            out.push(("departure".to_string(), minute));
        }
        i += end;
    }
    out
}

/// Whether "to" or "from" and a capitalised name follow byte `at` of the lowercased text
/// ("06:52 to Insch"): read in the text as written, where its offsets are the same.
fn bound_for_a_place(text: &str, lower: &str, at: usize) -> bool {
    if text.len() != lower.len() {
        return false;
    }
    let rest = lower[at..].trim_start_matches(' ');
    let Some(name_at) = ["to ", "from "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .map(|name| lower.len() - name.len())
    else {
        return false;
    };
    text.get(name_at..).is_some_and(|name| {
        let word: String = name.chars().take_while(|c| c.is_alphabetic()).collect();
        word.chars().count() >= 3
            && word.starts_with(|c: char| c.is_uppercase())
            && !word.chars().all(char::is_uppercase)
    })
}

/// A clock time at the start of `s`: "06:10", "6:10am", "7点15", "7點15分", "0610" is not one.
/// Returns the minute of the day and the bytes it took.
fn clock(s: &str) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let h_len = digits(0);
    if !(1..=2).contains(&h_len) {
        return None;
    }
    let hour: u32 = s[..h_len].parse().ok()?;
    let (minute, mut end) = if b.get(h_len) == Some(&b':') || b.get(h_len) == Some(&b'.') {
        let m_len = digits(h_len + 1);
        if m_len != 2 {
            return None;
        }
        (s[h_len + 1..h_len + 3].parse::<u32>().ok()?, h_len + 3)
    } else if let Some(rest) = s[h_len..]
        .strip_prefix('点')
        .or_else(|| s[h_len..].strip_prefix('點'))
    {
        let at = s.len() - rest.len();
        let m_len = digits(at);
        if m_len != 2 {
            return None;
        }
        let m: u32 = s[at..at + 2].parse().ok()?;
        let end = at + 2;
        let end = if s[end..].starts_with('分') {
            end + '分'.len_utf8()
        } else {
            end
        };
        (m, end)
    } else {
        return None;
    };
    let mut hour = hour;
    let rest = s[end..].trim_start_matches(' ');
    if rest.starts_with("pm") || rest.starts_with("am") {
        if rest.starts_with("pm") && hour < 12 {
            hour += 12;
        }
        end = s.len() - rest.len() + 2;
    }
    (hour < 24 && minute < 60).then_some((hour * 60 + minute, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_before_a_vehicle() {
        assert_eq!(
            timed_vehicles("The 06:10 minibus from the Thwaite Bridge layby smelled of bacon"),
            [("minibus".to_string(), 370)]
        );
        assert_eq!(
            timed_vehicles("Missed the 6:10 minibus, so it was Da's old Corsa"),
            [("minibus".to_string(), 370)]
        );
        assert_eq!(
            timed_vehicles("made the 5:40pm ferry"),
            [("ferry".to_string(), 17 * 60 + 40)]
        );
        assert_eq!(
            timed_vehicles("每天7点15的班车，比闹钟还准"),
            [("班车".to_string(), 7 * 60 + 15)]
        );
        // A time that is not a departure, a bus without a time, a business.
        assert!(timed_vehicles("Dinner at 7:30, then the bus home").is_empty());
        assert!(timed_vehicles("the 10:15 business meeting").is_empty());
        assert!(timed_vehicles("Bus 42 again").is_empty());
        // A service by its time and where it goes or comes from.
        assert_eq!(
            timed_vehicles("06:52 to Insch was four minutes late"),
            [("departure".to_string(), 412)]
        );
        assert_eq!(
            timed_vehicles("Monday: 06:52 from Inverurie, crew bus from Insch"),
            [("departure".to_string(), 412)]
        );
        assert!(timed_vehicles("Meeting 14:00 to 15:00, then lunch").is_empty());
        assert!(timed_vehicles("Dinner at 7:30 to celebrate").is_empty());
        assert!(timed_vehicles("Kickoff 15:00 to the UK").is_empty());
    }
}
