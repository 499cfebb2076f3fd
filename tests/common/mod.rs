//! Shared helpers for integration tests: building small archives in real export formats,
//! loading them, and finding posts.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

/// One tweet for [`x_archive`].
pub struct Tweet<'a> {
    pub id: u64,
    /// `Thu Nov 07 18:26:50 +0000 2024` form is produced from this UTC time.
    pub utc: chrono::DateTime<chrono::Utc>,
    pub text: &'a str,
    /// (lat, lon)
    pub geo: Option<(f64, f64)>,
}

/// A UTC time from its parts.
pub fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono::Utc
        .with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("valid time")
}

/// The JSON of one tweet record in the 2022+ layout (wrapped, numbers as strings).
pub fn tweet_json(t: &Tweet<'_>) -> serde_json::Value {
    let escaped = t
        .text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let mut tweet = serde_json::json!({
        "retweeted": false,
        "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", t.text.chars().count().to_string()],
        "favorite_count": "0",
        "id_str": t.id.to_string(),
        "truncated": false,
        "retweet_count": "0",
        "id": t.id.to_string(),
        "created_at": t.utc.format("%a %b %d %H:%M:%S +0000 %Y").to_string(),
        "favorited": false,
        "full_text": escaped,
        "lang": "en"
    });
    if let Some((lat, lon)) = t.geo {
        tweet["geo"] =
            serde_json::json!({"type": "Point", "coordinates": [lat.to_string(), lon.to_string()]});
        tweet["coordinates"] =
            serde_json::json!({"type": "Point", "coordinates": [lon.to_string(), lat.to_string()]});
    }
    serde_json::json!({ "tweet": tweet })
}

/// Write a minimal X archive zip (account, profile, tweets) and return its path.
pub fn x_archive(
    dir: &Path,
    name: &str,
    username: &str,
    bio: &str,
    tweets: &[Tweet<'_>],
) -> PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).expect("create zip");
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default();
    let records: Vec<serde_json::Value> = tweets.iter().map(tweet_json).collect();
    let files = [
        (
            "data/account.js",
            format!(
                "window.YTD.account.part0 = {}",
                serde_json::json!([{"account": {"username": username, "accountId": "42", "accountDisplayName": username, "createdAt": "2014-01-01T00:00:00.000Z"}}])
            ),
        ),
        (
            "data/profile.js",
            format!(
                "window.YTD.profile.part0 = {}",
                serde_json::json!([{"profile": {"description": {"bio": bio, "website": "", "location": ""}}}])
            ),
        ),
        (
            "data/tweets.js",
            format!(
                "window.YTD.tweets.part0 = {}",
                serde_json::to_string_pretty(&records).expect("json")
            ),
        ),
    ];
    for (name, body) in files {
        zip.start_file(name, opts).expect("start file");
        zip.write_all(body.as_bytes()).expect("write");
    }
    zip.finish().expect("finish zip");
    path
}

// ---- Helpers for the platform adapter tests (Facebook, Instagram, Mastodon, LinkedIn,
// Telegram, photo folders). ----

use mosaic::model::{Dataset, Post};

pub const DSCN0010: &[u8] = include_bytes!("../data/exif/DSCN0010.jpg");
pub const DSCN0012: &[u8] = include_bytes!("../data/exif/DSCN0012.jpg");

/// Write a zip with the given entries and return its path.
pub fn zip(dir: &Path, name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).expect("create zip");
    let mut z = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (n, data) in files {
        z.start_file(*n, opts).expect("start file");
        z.write_all(data).expect("write");
    }
    z.finish().expect("finish zip");
    path
}

/// Write the entries as a folder and return its path.
pub fn folder(dir: &Path, name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let root = dir.join(name);
    for (n, data) in files {
        let p = root.join(n);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, data).expect("write file");
    }
    root
}

/// Load archives the way `mosaic scan` does.
pub fn load(paths: &[PathBuf]) -> Dataset {
    mosaic::ingest::load_paths(paths, &mosaic::ingest::no_progress).expect("archive loads")
}

pub fn load_err(paths: &[PathBuf]) -> String {
    mosaic::ingest::load_paths(paths, &mosaic::ingest::no_progress)
        .expect_err("archive must fail to load")
        .to_string()
}

/// RFC 3339 with Z.
pub fn iso(p: &Post) -> String {
    p.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The post whose text contains `needle`.
pub fn find<'a>(data: &'a Dataset, needle: &str) -> &'a Post {
    data.posts
        .iter()
        .find(|p| p.text.contains(needle))
        .unwrap_or_else(|| panic!("no post containing {needle:?}"))
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Meta's escaping: every UTF-8 byte of non-ASCII text becomes a `\u00XX` JSON escape.
pub fn meta_escape(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    for c in json.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("\\u00{b:02x}"));
            }
        }
    }
    out
}

pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-exports")
        .join(name)
}
