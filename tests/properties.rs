//! Property tests (proptest) for the text repairs, the time parsers and the whole analysis:
//! round trips where a repair has an inverse, and never a panic on any input.

use chrono::{DateTime, TimeZone, Utc};
use mosaic::ingest::{csv, linkedin, text, timefmt};
use proptest::prelude::*;

/// Encode text the way Facebook's exports do: each UTF-8 byte escaped as a code point.
fn to_mojibake(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Escaped UTF-8 is repaired back to the original text whenever it held non-ASCII.
    #[test]
    fn mojibake_round_trips(s in "\\PC{0,40}") {
        let broken = to_mojibake(&s);
        let fixed = text::fix_mojibake(&broken).into_owned();
        prop_assert_eq!(fixed, s);
    }

    /// Text that is already right (any char above U+00FF) is never touched.
    #[test]
    fn correct_text_is_left_alone(s in "\\PC{0,20}[\u{100}-\u{10FFFF}]\\PC{0,20}") {
        let fixed = text::fix_mojibake(&s).into_owned();
        prop_assert_eq!(fixed, s);
    }

    #[test]
    fn fix_mojibake_never_panics(s in any::<String>()) {
        let _ = text::fix_mojibake(&s);
    }

    /// Escaping then decoding gives the text back; numeric references decode to their char.
    #[test]
    fn entities_round_trip(s in any::<String>()) {
        let back = text::decode_entities(&html_escape(&s)).into_owned();
        prop_assert_eq!(back, s.clone());
        let numeric: String = s
            .chars()
            .filter(|&c| c != '\0')
            .map(|c| format!("&#{};&#x{:X};", u32::from(c), u32::from(c)))
            .collect();
        let twice: String = s.chars().filter(|&c| c != '\0').flat_map(|c| [c, c]).collect();
        let decoded = text::decode_entities(&numeric).into_owned();
        prop_assert_eq!(decoded, twice);
    }

    #[test]
    fn decode_entities_never_panics(s in "(&|#|x|;|[0-9a-fA-F]|\\PC){0,60}") {
        let _ = text::decode_entities(&s);
    }

    /// Text without markup or entities passes through html_to_text unchanged (but trimmed
    /// at the end); escaped text comes back as itself.
    #[test]
    fn html_to_text_keeps_plain_text(s in "[^<>&]{0,60}") {
        prop_assert_eq!(text::html_to_text(&s), s.trim_end());
        prop_assert_eq!(text::html_to_text(&format!("<p>{}</p>", html_escape(&s))), s.trim_end());
    }

    #[test]
    fn html_to_text_never_panics(s in "(<|>|/|br|p|&|;|\\PC){0,80}") {
        let _ = text::html_to_text(&s);
    }

    #[test]
    fn byte_decoding_never_panics(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        let s = text::decode_bytes(&b);
        prop_assert_eq!(s, text::decode_owned(b.clone()));
    }

    /// Every instant chrono can show round-trips through each export format mosaic reads.
    #[test]
    fn time_formats_round_trip(secs in -30_000_000_000i64..200_000_000_000i64) {
        let t: DateTime<Utc> = Utc.timestamp_opt(secs, 0).unwrap();
        if (1..=9999).contains(&chrono::Datelike::year(&t)) {
            for text in [
                t.format("%a %b %d %H:%M:%S +0000 %Y").to_string(),
                t.to_rfc3339(),
                t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
                t.format("%Y-%m-%d %H:%M:%S +0000").to_string(),
                t.format("%Y/%m/%d %H:%M:%S UTC").to_string(),
                t.format("%Y-%m-%d %H:%M:%S").to_string(),
            ] {
                prop_assert_eq!(timefmt::parse_utc(&text), Some(t), "{}", text);
                prop_assert_eq!(linkedin::parse_time(&text), Some(t), "{}", text);
            }
        }
        if (0..100_000_000_000).contains(&secs) {
            prop_assert_eq!(timefmt::parse_utc(&secs.to_string()), Some(t));
        }
    }

    #[test]
    fn unix_times_never_panic(n in any::<i64>()) {
        let _ = timefmt::from_unix_auto(n);
        let _ = timefmt::parse_utc(&n.to_string());
    }

    #[test]
    fn time_parsers_never_panic(s in "([0-9]{1,6}|[-+:/ TZ.,]|Mon|Jan|UTC|AM|PM|\\PC){0,30}") {
        if let Some(t) = timefmt::parse_utc(&s) {
            let _ = timefmt::is_plausible(&t);
        }
        let _ = timefmt::parse_exif_local(&s);
        let _ = linkedin::parse_time(&s);
    }

    /// Fields without quotes, delimiters, line breaks or a BOM come back exactly.
    #[test]
    fn csv_round_trips(rows in proptest::collection::vec(proptest::collection::vec("[^,\"\r\n\t\u{feff}]{1,8}", 1..5), 1..6)) {
        let text: String = rows.iter().map(|r| r.join(",") + "\n").collect();
        prop_assert_eq!(csv::parse(&text, ','), rows);
    }

    #[test]
    fn csv_never_panics(s in "(\"|,|\t|\r|\n|\\\\|a){0,80}") {
        let _ = csv::parse(&s, ',');
        let _ = csv::Table::parse(&s, "a");
        let _ = linkedin::fix_share_quotes(&s);
    }
}

/// Words the detectors look for, with the punctuation and scripts that split sentences and
/// names: every detector and aggregator runs over posts made of them, and none may panic.
const PIECES: &[&str] = &[
    "I",
    "my wife",
    "我",
    "我们",
    "同学",
    "他们",
    "the",
    "at",
    "our",
    "unit",
    "lab",
    "Gate 3",
    "Building A",
    "car park C",
    "night shift",
    "夜班",
    "收假",
    "站哨",
    "Tuesday",
    "周三",
    "06:10",
    "7:40的班车",
    "minibus",
    "the 06:10 minibus",
    "NDT inspector",
    "工程师",
    "升副主任设计师",
    "所里的",
    "技师",
    "研究所",
    "中心",
    "排队",
    "海军鲸湾声纳保修中队",
    "岚调",
    "#岚调人",
    "#HPNS",
    "Harbor Point Naval Shipyard",
    "the Flats",
    "Rigg",
    "JSU Brackenrigg",
    "Pushing Tin (1999)",
    "RT @x:",
    "open day",
    "志愿者",
    "。",
    "！",
    "？",
    "，",
    ".",
    "!",
    "?",
    "\n",
    "'",
    "’",
    "\"",
    "“",
    "”",
    "「",
    "」",
    "(",
    ")",
    "é",
    "😂",
    "🎖️",
    "\u{200d}",
    " ",
];

fn dataset_of(texts: &[String]) -> mosaic::model::Dataset {
    use mosaic::model::{Dataset, Platform, Post, PostId};
    let posts = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Post::new(
                PostId::native(Platform::X, &i.to_string()),
                Platform::X,
                Some(i.to_string()),
                Utc.timestamp_opt(1_600_000_000 + 86_400 * 7 * i as i64, 0)
                    .unwrap(),
                t.clone(),
            )
        })
        .collect();
    Dataset {
        platforms: vec![Platform::X],
        posts,
        ..Dataset::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The whole analysis, every detector and aggregator, on posts made of the words they look
    /// for and of multi-byte punctuation, never panics.
    #[test]
    fn analysis_never_panics(
        posts in proptest::collection::vec(
            proptest::collection::vec(proptest::sample::select(PIECES), 0..14)
                .prop_map(|w| w.join("")),
            1..12,
        )
    ) {
        let data = dataset_of(&posts);
        let options = mosaic::analyze::Options::default();
        let analysis = mosaic::analyze::analyze(&data, &options, &mosaic::ingest::no_progress);
        prop_assert_eq!(analysis.signals.len(), posts.len());
    }
}
