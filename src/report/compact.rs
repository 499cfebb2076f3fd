//! One post of the compact JSON report, written by hand.
//!
//! The posts are most of the report, and serde's derived serialiser spent a tenth of a scan
//! on them: a map entry at a time, and an escape-table look-up per byte of every string. This
//! writes the same bytes as `serde_json::to_writer(&report_post(..))` (field order, `null`
//! for an absent value, numbers through serde_json's own formatter), straight from the post
//! and its analysis, with strings scanned eight bytes at a time. The tests below hold it to
//! serde_json's output.

use crate::analyze::{Analysis, Signal, Strength};
use crate::model::{GeoPoint, Media, Post};
use serde_json::ser::{CompactFormatter, Formatter};
use std::io;

/// Append `post` (index `i` in the dataset) as [`super::ReportPost`]'s compact JSON.
pub(super) fn write_post(
    out: &mut Vec<u8>,
    post: &Post,
    i: usize,
    analysis: &Analysis,
    by_post: &[Vec<usize>],
) -> io::Result<()> {
    out.extend_from_slice(b"{\"id\":");
    write_str(out, post.id.as_str());
    out.extend_from_slice(b",\"platform\":");
    write_name(out, post.platform.as_str());
    out.extend_from_slice(b",\"native_id\":");
    write_opt_str(out, post.native_id.as_deref());
    out.extend_from_slice(b",\"created_at\":");
    match super::utc_bytes(&post.created_at) {
        // Digits, dashes, colons, `T` and `Z`: nothing to escape.
        Some(b) => {
            out.push(b'"');
            out.extend_from_slice(&b);
            out.push(b'"');
        }
        None => write_str(out, &super::utc_string(&post.created_at)),
    }
    out.extend_from_slice(b",\"url\":");
    write_opt_str(out, post.url.as_deref());
    out.extend_from_slice(b",\"text\":");
    write_str(out, &post.text);
    out.extend_from_slice(b",\"kind\":");
    write_name(out, post.kind.as_str());
    out.extend_from_slice(b",\"media\":[");
    for (n, m) in post.media.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        write_media(out, m)?;
    }
    out.extend_from_slice(b"],\"geo\":");
    write_opt_geo(out, post.geo)?;
    out.extend_from_slice(b",\"place\":");
    write_opt_str(out, post.place.as_deref());
    out.extend_from_slice(b",\"reply_to\":");
    write_opt_str(out, post.reply_to.as_deref());
    out.extend_from_slice(b",\"categories\":[");
    if let Some(categories) = analysis.categories.get(i) {
        for (n, c) in categories.iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            write_name(out, c.as_str());
        }
    }
    out.extend_from_slice(b"],\"signals\":[");
    if let Some(signals) = analysis.signals.get(i) {
        for (n, s) in signals.iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            write_signal(out, s)?;
        }
    }
    out.extend_from_slice(b"],\"findings\":[");
    if let Some(findings) = by_post.get(i) {
        for (n, &fi) in findings.iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            write_str(out, analysis.findings[fi].id.as_str());
        }
    }
    out.extend_from_slice(b"]}");
    Ok(())
}

/// [`super::ReportMedia`].
fn write_media(out: &mut Vec<u8>, m: &Media) -> io::Result<()> {
    out.extend_from_slice(b"{\"path\":");
    write_str(out, &m.path);
    out.extend_from_slice(b",\"kind\":");
    write_name(out, m.kind.as_str());
    out.extend_from_slice(b",\"alt\":");
    write_opt_str(out, m.alt.as_deref());
    out.extend_from_slice(b",\"gps\":");
    write_opt_geo(out, m.gps)?;
    out.extend_from_slice(b",\"taken_at\":");
    match m.taken_at {
        Some(t) => write_str(out, &t.to_report_string()),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"camera\":");
    write_opt_str(out, m.camera.as_deref());
    out.extend_from_slice(if m.present {
        b",\"present\":true}"
    } else {
        b",\"present\":false}"
    });
    Ok(())
}

/// [`super::ReportSignal`].
fn write_signal(out: &mut Vec<u8>, s: &Signal) -> io::Result<()> {
    out.extend_from_slice(b"{\"category\":");
    write_name(out, s.category.as_str());
    out.extend_from_slice(b",\"detector\":");
    write_str(out, s.detector);
    out.extend_from_slice(b",\"reason\":");
    write_str(out, &s.reason);
    out.extend_from_slice(b",\"span\":");
    match s.span {
        Some((a, b)) => {
            out.push(b'[');
            CompactFormatter.write_u64(out, a as u64)?;
            out.push(b',');
            CompactFormatter.write_u64(out, b as u64)?;
            out.push(b']');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(match s.strength {
        Strength::Strong => b",\"strength\":\"strong\"}",
        Strength::Weak => b",\"strength\":\"weak\"}",
    });
    Ok(())
}

/// One of the report's own names for a platform, kind or category: quoted, with nothing to
/// escape.
fn write_name(out: &mut Vec<u8>, name: &'static str) {
    debug_assert!(next_escape(name.as_bytes(), 0).is_none(), "{name:?}");
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

fn write_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// [`GeoPoint`]'s derived form, `{"lat":..,"lon":..}`, or `null`.
fn write_opt_geo(out: &mut Vec<u8>, g: Option<GeoPoint>) -> io::Result<()> {
    match g {
        Some(g) => {
            out.extend_from_slice(b"{\"lat\":");
            write_f64(out, g.lat)?;
            out.extend_from_slice(b",\"lon\":");
            write_f64(out, g.lon)?;
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    Ok(())
}

/// A float as serde_json writes it: its shortest round-trip form, `null` if not finite.
fn write_f64(out: &mut Vec<u8>, v: f64) -> io::Result<()> {
    if v.is_finite() {
        CompactFormatter.write_f64(out, v)
    } else {
        out.extend_from_slice(b"null");
        Ok(())
    }
}

/// `s` as a JSON string, quotes included, escaped exactly as serde_json escapes: `\"`, `\\`,
/// `\b`, `\f`, `\n`, `\r`, `\t`, other bytes below 0x20 as `\u00xx` (lowercase hex), and
/// nothing else (not `/`, 0x7f or anything beyond ASCII). Runs with nothing to escape are
/// copied whole.
pub(super) fn write_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut start = 0;
    while let Some(at) = next_escape(b, start) {
        out.extend_from_slice(&b[start..at]);
        write_escape(out, b[at]);
        start = at + 1;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

/// The first byte from `from` on that JSON escapes: a quote, a backslash or a control byte.
fn next_escape(b: &[u8], from: usize) -> Option<usize> {
    // Eight bytes at a time (`crate::swar`).
    use crate::swar::{bytes_below, first_mark, splat, word, zero_bytes};
    let rest = b.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    for chunk in &mut chunks {
        let w = word(chunk);
        let marks =
            bytes_below(w, 0x20) | zero_bytes(w ^ splat(b'"')) | zero_bytes(w ^ splat(b'\\'));
        if marks != 0 {
            return Some(at + first_mark(marks));
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| c < 0x20 || c == b'"' || c == b'\\')
        .map(|p| at + p)
}

fn write_escape(out: &mut Vec<u8>, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0c => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xf)],
            ]);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::{Category, CategorySet, Finding, Severity};
    use crate::model::{FindingId, MediaKind, Platform, PostId, PostKind, TakenAt};
    use chrono::TimeZone;

    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        write_str(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    /// A small deterministic generator (xorshift64*), so failures reproduce.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn escapes_every_byte_at_every_offset_as_serde_json_does() {
        // Each ASCII character (and a few wider ones) alone, and at every offset of the
        // eight-byte words and their remainder, between characters that need no escape.
        let mut chars: Vec<char> = (0u8..0x80).map(char::from).collect();
        chars.extend(['é', '中', '😀', '\u{2028}', '\u{80}', '\u{ff}']);
        for c in chars {
            for len in 0..24 {
                for at in 0..=len {
                    let s: String = (0..len)
                        .map(|k| if k == at { c } else { 'a' })
                        .chain((at == len).then_some(c))
                        .collect();
                    assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn escapes_random_strings_as_serde_json_does() {
        // Every class of byte: control characters (with and without a short escape), quotes,
        // backslashes, the solidus, DEL, plain ASCII, accented Latin, CJK, emoji, and the
        // line separators JavaScript minds but JSON does not.
        let mut pool: Vec<char> = (0u8..0x20).map(char::from).collect();
        pool.extend([
            '"', '\\', '/', '\u{7f}', ' ', 'a', 'Z', '0', '~', '\'', '<', '&',
        ]);
        pool.extend([
            'é', 'ß', 'ñ', '中', '國', '们', '😀', '🇺', '\u{2028}', '\u{2029}',
        ]);
        pool.extend([
            '\u{80}',
            '\u{9f}',
            '\u{a0}',
            '\u{fffd}',
            '\u{feff}',
            '\u{10ffff}',
        ]);
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..20_000 {
            let len = rng.below(if round % 10 == 0 { 300 } else { 40 });
            // Some strings mostly clean, as real text is; some dense with escapes.
            let clean = rng.below(3) == 0;
            let s: String = (0..len)
                .map(|_| {
                    if clean && rng.below(16) != 0 {
                        char::from(b' ' + rng.below(95) as u8)
                    } else {
                        pool[rng.below(pool.len())]
                    }
                })
                .collect();
            assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn names_written_unescaped_need_no_escape() {
        use Platform as P;
        use PostKind as K;
        let platforms = [P::X, P::Facebook, P::Instagram, P::Mastodon, P::Linkedin];
        let platforms = platforms.into_iter().chain([P::Telegram, P::Photos]);
        let kinds = [K::Post, K::Reply, K::Repost, K::Photo, K::Story, K::CheckIn];
        let kinds = kinds
            .into_iter()
            .chain([K::Message, K::PhotoFile, K::Event]);
        let media = [MediaKind::Photo, MediaKind::Video, MediaKind::Gif];
        let media = media.into_iter().chain([MediaKind::Audio, MediaKind::File]);
        let names = (platforms.map(P::as_str))
            .chain(kinds.map(K::as_str))
            .chain(media.map(MediaKind::as_str))
            .chain(Category::ALL.map(Category::as_str));
        for name in names {
            let mut out = Vec::new();
            write_name(&mut out, name);
            assert_eq!(out, escaped(name).into_bytes());
        }
    }

    fn signal(category: Category, span: Option<(usize, usize)>, strength: Strength) -> Signal {
        Signal {
            category,
            detector: "employment-statement",
            reason: "names the \"unit\"\tas\\yours\u{1}: 第3中队 😀".to_string(),
            span,
            strength,
            subject: None,
        }
    }

    fn finding(id: &str, evidence: Vec<usize>) -> Finding {
        Finding {
            id: FindingId(id.to_string()),
            category: Category::Unit,
            severity: Severity::High,
            title: "t".to_string(),
            value: None,
            location: None,
            evidence,
            explanation: "e".to_string(),
        }
    }

    fn bare_post(n: usize, text: &str) -> Post {
        let t = chrono::Utc
            .with_ymd_and_hms(2019 + n as i32 % 5, 1 + n as u32 % 12, 1, 2, 3, 4)
            .unwrap();
        Post::new(
            PostId(format!("x:{n}")),
            Platform::X,
            None,
            t,
            text.to_string(),
        )
    }

    fn full_post(n: usize) -> Post {
        let mut p = bare_post(n, "line one\nline \"two\" \\ 三 😀\r\u{7f}\u{1f}/");
        p.native_id = Some(format!("{n}"));
        p.kind = PostKind::Reply;
        p.url = Some(format!("https://x.com/someone/status/{n}"));
        p.geo = GeoPoint::new(47.562_2 + n as f64 * 1e-7, -122.624_7);
        p.place = Some("Bremerton, \"WA\"".to_string());
        p.reply_to = Some("1234".to_string());
        let mut photo = Media::new("data/tweets_media/1-a.jpg", MediaKind::Photo);
        photo.alt = Some("alt \"text\"\n".to_string());
        photo.gps = GeoPoint::new(-33.868_820_123_4, 151.209_296);
        photo.taken_at = Some(TakenAt::Utc(p.created_at));
        photo.camera = Some("Apple iPhone 12".to_string());
        let mut local = Media::new("b.jpg", MediaKind::Video);
        local.taken_at = Some(TakenAt::Local(
            chrono::NaiveDate::from_ymd_opt(2021, 6, 7)
                .unwrap()
                .and_hms_opt(8, 9, 10)
                .unwrap(),
        ));
        local.present = false;
        let plain = Media::new("https://pbs.twimg.com/media/x.png", MediaKind::Gif);
        p.media = vec![photo, local, plain];
        p
    }

    #[test]
    fn posts_are_written_as_serde_json_writes_their_report_posts() {
        let mut posts = vec![
            bare_post(0, ""),
            full_post(1),
            bare_post(2, "plain text, nothing to escape at all"),
            full_post(3),
        ];
        // Media alone, with a geotag of whole degrees and one far from them.
        let mut p = bare_post(4, "x");
        p.media = vec![Media::new("c.mp4", MediaKind::Audio)];
        p.geo = GeoPoint::new(1.0, -180.0);
        posts.push(p);
        let mut p = bare_post(5, "y");
        p.geo = GeoPoint::new(1e-5, 179.999_999_999_9);
        p.kind = PostKind::CheckIn;
        posts.push(p);
        // A year chrono writes with a sign.
        let mut p = bare_post(6, "z");
        p.created_at = chrono::Utc.with_ymd_and_hms(12_345, 1, 2, 3, 4, 5).unwrap();
        posts.push(p);

        let mut categories = vec![CategorySet::default(); 4];
        categories[1].insert(Category::Unit);
        categories[1].insert(Category::Routine);
        categories[1].insert(Category::Contact);
        categories[3].insert(Category::Home);
        let analysis = Analysis {
            // Signals for the first posts only: the rest have none at all (as a post past
            // the analysed ones would).
            signals: vec![
                vec![],
                vec![
                    signal(Category::Unit, Some((0, 12)), Strength::Strong),
                    signal(Category::Routine, None, Strength::Weak),
                ],
                vec![signal(
                    Category::Location,
                    Some((usize::MAX, 1 << 40)),
                    Strength::Weak,
                )],
                vec![],
                vec![],
            ],
            categories,
            findings: vec![
                finding("unit-00000000000000ff", vec![1, 3]),
                finding("routine-\"odd\"", vec![1]),
            ],
            ..Analysis::default()
        };
        let by_post = analysis.findings_by_post();
        for (i, post) in posts.iter().enumerate() {
            let mut out = Vec::new();
            write_post(&mut out, post, i, &analysis, &by_post).unwrap();
            let want =
                serde_json::to_string(&super::super::report_post(post, i, &analysis, &by_post))
                    .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want, "post {i}");
        }
    }

    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let mut rng = Rng(42);
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.5,
            1e-7,
            1e21,
            123_456_789.123_456_78,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        values.extend((0..2_000).map(|_| f64::from_bits(rng.next())));
        values.extend((0..2_000).map(|_| (rng.next() % 360_000_000) as f64 / 1e6 - 180.0));
        for v in values {
            let mut out = Vec::new();
            write_f64(&mut out, v).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&v).unwrap()
            );
        }
    }
}
