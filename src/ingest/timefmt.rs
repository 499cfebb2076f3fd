//! Parsing the time formats platforms write, always to a UTC instant.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

/// Parse any of the timestamp forms seen in exports:
/// - X's `Thu Nov 07 18:26:50 +0000 2024`;
/// - RFC 3339 / ISO 8601 with a zone (`2024-11-16T11:33:22.222Z`, `…+02:00`);
/// - `2015-01-24 02:02:37 +0000` (Grailbird) and `2017/06/08 08:15:44 UTC` (LinkedIn 2018);
/// - zone-less `2025-07-01 14:33:22` or `2025-07-01T14:33:22`, taken as UTC;
/// - Unix seconds or milliseconds as digits.
pub fn parse_utc(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = s.parse().ok()?;
        return from_unix_auto(n);
    }
    if let Some(t) = x_time(s) {
        return Some(t);
    }
    if let Ok(t) = DateTime::parse_from_str(s, "%a %b %d %H:%M:%S %z %Y") {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S %z",
        "%Y/%m/%d %H:%M:%S %z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(t.with_timezone(&Utc));
        }
    }
    let no_zone = s
        .strip_suffix(" UTC")
        .or_else(|| s.strip_suffix('Z'))
        .unwrap_or(s);
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y/%m/%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(no_zone, fmt) {
            return Some(Utc.from_utc_datetime(&t));
        }
    }
    None
}

/// Unix seconds, or milliseconds when the number is too large to be seconds.
pub fn from_unix_auto(n: i64) -> Option<DateTime<Utc>> {
    // `unsigned_abs`: `abs` of i64::MIN overflows.
    if n.unsigned_abs() > 100_000_000_000 {
        DateTime::from_timestamp_millis(n)
    } else {
        DateTime::from_timestamp(n, 0)
    }
}

/// A plausible post time: after 1990 and not more than a few days past now. Timestamps
/// outside this are kept but flagged by the adapters.
pub fn is_plausible(t: &DateTime<Utc>) -> bool {
    let earliest = Utc.with_ymd_and_hms(1990, 1, 1, 0, 0, 0).single();
    earliest.is_some_and(|e| *t >= e) && *t <= Utc::now() + chrono::Duration::days(2)
}

/// Parse an EXIF-style `2024:05:02 22:47:28` camera-local time.
pub fn parse_exif_local(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim().trim_end_matches('\0');
    NaiveDateTime::parse_from_str(s, "%Y:%m:%d %H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S"))
        .ok()
        .filter(|t| chrono::Datelike::year(t) > 1900)
}

/// X's "Thu Nov 07 18:26:50 +0000 2024", read by position: every tweet has one, and a
/// format string parsed each time costs more than the rest of the tweet. Anything not in
/// exactly this shape is left to the general parser (which also checks the weekday).
fn x_time(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() != 30
        || b[3] != b' '
        || b[7] != b' '
        || b[10] != b' '
        || b[19] != b' '
        || b[25] != b' '
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = &b[r];
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| d.iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0')))
    };
    const MONTHS: [&[u8; 3]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    let month = MONTHS.iter().position(|m| &b[4..7] == *m)? as u32 + 1;
    let (day, hour, minute, second) = (num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?);
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let sign = match b[20] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let offset = sign * (num(21..23)? * 3600 + num(23..25)? * 60) as i32;
    let year = num(26..30)? as i32;
    let local =
        chrono::NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(hour, minute, second)?;
    let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        [chrono::Datelike::weekday(&local).num_days_from_monday() as usize];
    if &s[..3] != weekday {
        return None;
    }
    let zone = chrono::FixedOffset::east_opt(offset)?;
    local
        .and_local_timezone(zone)
        .single()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(t: DateTime<Utc>) -> String {
        t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    }

    #[test]
    fn the_x_fast_path_agrees_with_the_format_string() {
        for s in [
            "Thu Nov 07 18:26:50 +0000 2024",
            "Thu Nov 07 20:26:50 +0200 2024",
            "Wed Jan 01 00:00:00 -0530 2020",
            "Sat Feb 29 23:59:59 +1400 2020",
        ] {
            let slow = DateTime::parse_from_str(s, "%a %b %d %H:%M:%S %z %Y")
                .unwrap()
                .with_timezone(&Utc);
            assert_eq!(x_time(s), Some(slow), "{s}");
        }
        // A wrong weekday or month is not guessed at here.
        assert_eq!(x_time("Fri Nov 07 18:26:50 +0000 2024"), None);
        assert_eq!(x_time("Thu Nox 07 18:26:50 +0000 2024"), None);
    }

    #[test]
    fn parses_every_export_format() {
        let cases = [
            ("Thu Nov 07 18:26:50 +0000 2024", "2024-11-07T18:26:50Z"),
            ("Thu Nov 07 20:26:50 +0200 2024", "2024-11-07T18:26:50Z"),
            ("2024-11-16T11:33:22.222Z", "2024-11-16T11:33:22Z"),
            ("2022-11-13T01:13:27Z", "2022-11-13T01:13:27Z"),
            ("2015-01-24 02:02:37 +0000", "2015-01-24T02:02:37Z"),
            ("2017/06/08 08:15:44 UTC", "2017-06-08T08:15:44Z"),
            ("2025-07-01 14:33:22", "2025-07-01T14:33:22Z"),
            ("1689224078", "2023-07-13T04:54:38Z"),
            ("1620119347772", "2021-05-04T09:09:07Z"),
        ];
        for (input, want) in cases {
            assert_eq!(parse_utc(input).map(iso).as_deref(), Some(want), "{input}");
        }
        assert_eq!(parse_utc("yesterday"), None);
        assert_eq!(parse_utc(""), None);
    }

    #[test]
    fn exif_local_times() {
        assert_eq!(
            parse_exif_local("2024:05:02 22:47:28").map(|t| t.to_string()),
            Some("2024-05-02 22:47:28".into())
        );
        assert_eq!(parse_exif_local("0000:00:00 00:00:00"), None);
    }

    #[test]
    fn unix_extremes_do_not_panic() {
        assert_eq!(from_unix_auto(i64::MIN), None);
        assert_eq!(from_unix_auto(i64::MAX), None);
        assert_eq!(
            from_unix_auto(-1).map(iso).as_deref(),
            Some("1969-12-31T23:59:59Z")
        );
        assert_eq!(parse_utc("-9223372036854775808"), None);
    }
}
