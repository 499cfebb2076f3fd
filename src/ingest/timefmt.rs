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

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(t: DateTime<Utc>) -> String {
        t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
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
