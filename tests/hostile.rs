//! Hostile and broken archives, X, Facebook and Telegram (and LinkedIn's CSV), each built in a
//! temporary folder at test time and scanned by the real binary under a time bound: a zip
//! bomb, lying headers, a zip inside the archive, 100 000 entries, names that climb out of
//! the archive, links, bad encodings, cut-off files, the wrong JSON shape, duplicate ids,
//! impossible dates and a 10 MB post.
//!
//! Each must end with a one-line error or warnings with counts; nothing may panic or hang,
//! and every good post must still come out.

#![allow(clippy::unwrap_used)] // a failed fixture is a failed test

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_mosaic");

/// Debug builds on a shared two-core machine get slack; a hang is still caught.
const LIMIT: Duration = Duration::from_secs(60);

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}); stderr: {}", self.stderr))
    }

    /// The texts of the posts in the JSON report.
    fn texts(&self) -> Vec<String> {
        self.json()["posts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["text"].as_str().unwrap().to_string())
            .collect()
    }

    fn warnings(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| l.starts_with("mosaic: warning:"))
            .collect()
    }

    /// Never a panic, never more than one error line.
    fn assert_sane(&self) {
        assert!(
            !self.stderr.contains("panicked") && !self.stderr.contains("RUST_BACKTRACE"),
            "mosaic panicked: {}",
            self.stderr
        );
        let errors = self
            .stderr
            .lines()
            .filter(|l| l.starts_with("mosaic: error:"))
            .count();
        assert!(errors <= 1, "more than one error line: {}", self.stderr);
        for l in self.stderr.lines().filter(|l| !l.trim().is_empty()) {
            assert!(l.starts_with("mosaic: "), "a stray stderr line: {l:?}");
        }
    }
}

/// `mosaic scan PATH --format json`, killed if it takes longer than [`LIMIT`].
fn scan(path: &Path) -> Run {
    let data_dir = tempfile::tempdir().unwrap();
    let start = Instant::now();
    let mut child = Command::new(BIN)
        .args(["scan", "--format", "json", "--tz", "UTC"])
        .arg(path)
        .env("MOSAIC_DATA_DIR", data_dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mosaic hung on {}: killed after {LIMIT:?}", path.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let run = Run {
        code: status.code(),
        stdout: out_t.join().unwrap(),
        stderr: err_t.join().unwrap(),
    };
    run.assert_sane();
    run
}

// --- building archives ----------------------------------------------------------------------

fn deflated() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
}

fn stored() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored)
}

/// A zip of (name, bytes), deflated.
fn zip_of(path: &Path, files: &[(&str, &[u8])]) -> PathBuf {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in files {
        zip.start_file(*name, deflated()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    path.to_path_buf()
}

/// A folder of (name, bytes).
fn folder_of(path: &Path, files: &[(&str, &[u8])]) -> PathBuf {
    for (name, bytes) in files {
        let p = path.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    path.to_path_buf()
}

/// Rewrite the uncompressed size that the zip's headers declare for `entry` (central
/// directory and local header), leaving the data alone.
fn patch_declared_size(zip: &Path, entry: &str, size: u32) {
    let mut bytes = std::fs::read(zip).unwrap();
    let name = entry.as_bytes();
    let mut patched = 0;
    for i in 0..bytes.len().saturating_sub(46) {
        let sig = &bytes[i..i + 4];
        if sig == b"PK\x01\x02" {
            let n = u16::from_le_bytes([bytes[i + 28], bytes[i + 29]]) as usize;
            if bytes.get(i + 46..i + 46 + n) == Some(name) {
                bytes[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
                patched += 1;
            }
        } else if sig == b"PK\x03\x04" {
            let n = u16::from_le_bytes([bytes[i + 26], bytes[i + 27]]) as usize;
            if bytes.get(i + 30..i + 30 + n) == Some(name) {
                bytes[i + 22..i + 26].copy_from_slice(&size.to_le_bytes());
                patched += 1;
            }
        }
    }
    assert_eq!(patched, 2, "{entry} found in both headers");
    std::fs::write(zip, bytes).unwrap();
}

fn x_account() -> Vec<u8> {
    br#"window.YTD.account.part0 = [{"account":{"username":"hostile","accountId":"42","accountDisplayName":"H"}}]"#.to_vec()
}

fn tweet(id: &str, created: &str, text: &str) -> Value {
    json!({"tweet": {"id_str": id, "id": id, "created_at": created, "full_text": text}})
}

fn good_tweet(n: u32) -> Value {
    tweet(
        &format!("{}", 1000 + n),
        &format!("Mon Mar 01 {:02}:{:02}:00 +0000 2021", n / 60 % 24, n % 60),
        &format!("good tweet {n}"),
    )
}

fn tweets_js(part: &str, records: &[Value]) -> Vec<u8> {
    format!(
        "window.YTD.{part}.part0 = {}",
        serde_json::to_string(records).unwrap()
    )
    .into_bytes()
}

fn fb_profile() -> Vec<u8> {
    br#"{"profile_v2":{"name":{"full_name":"Fay Book"}}}"#.to_vec()
}

const FB_POSTS: &str = "your_facebook_activity/posts/your_posts_1.json";
const FB_PROFILE: &str = "personal_information/profile_information/profile_information.json";

fn fb_post(ts: Value, text: &str) -> Value {
    json!({"timestamp": ts, "data": [{"post": text}]})
}

fn good_fb(n: i64) -> Value {
    fb_post(
        json!(1_600_000_000 + n * 86_400),
        &format!("good fb post {n}"),
    )
}

fn tg_message(id: u32, unixtime: &str, text: &str) -> Value {
    json!({"id": id, "type": "message", "date": "2021-03-01T09:00:00", "date_unixtime": unixtime,
           "from": "Tess", "from_id": "user7", "text": text})
}

fn good_tg(n: u32) -> Value {
    tg_message(
        n,
        &(1_600_000_000 + n * 3600).to_string(),
        &format!("good tg post {n}"),
    )
}

/// A full-account Telegram export whose one channel holds the messages (all the owner's).
fn tg_result(messages: &[Value]) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "personal_information": {"user_id": 7, "first_name": "Tess", "last_name": "G"},
        "chats": {"list": [{"id": 9, "type": "saved_messages", "name": "Saved", "messages": messages}]}
    }))
    .unwrap()
}

fn has_all(texts: &[String], prefix: &str, n: u32) {
    for i in 0..n {
        let want = format!("{prefix} {i}");
        assert!(
            texts.iter().any(|t| t == &want),
            "{want:?} missing from {texts:?}"
        );
    }
}

// --- zip bombs ------------------------------------------------------------------------------

#[test]
fn x_high_ratio_bomb_beside_a_good_part() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bomb.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    zip.start_file("data/account.js", deflated()).unwrap();
    zip.write_all(&x_account()).unwrap();
    zip.start_file("data/tweets-part1.js", deflated()).unwrap();
    zip.write_all(&tweets_js("tweets", &[good_tweet(0), good_tweet(1)]))
        .unwrap();
    zip.start_file("data/tweets.js", deflated()).unwrap();
    zip.write_all(b"window.YTD.tweets.part0 = [").unwrap();
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..70 {
        zip.write_all(&zeros).unwrap();
    }
    zip.write_all(b"]").unwrap();
    zip.finish().unwrap();
    assert!(std::fs::metadata(&p).unwrap().len() < 1 << 20);
    let run = scan(&p);
    assert_eq!(run.code, Some(3), "partial: {}", run.stderr);
    assert!(run.stderr.contains("zip bomb"), "{}", run.stderr);
    has_all(&run.texts(), "good tweet", 2);
}

#[test]
fn huge_declared_sizes_are_refused_before_inflating() {
    let dir = tempfile::tempdir().unwrap();
    // X: the main file claims 4 GB; the second part is fine.
    let x = zip_of(
        &dir.path().join("x.zip"),
        &[
            ("data/account.js", &x_account()),
            ("data/tweets.js", &tweets_js("tweets", &[good_tweet(9)])),
            (
                "data/tweets-part1.js",
                &tweets_js("tweets", &[good_tweet(0)]),
            ),
        ],
    );
    patch_declared_size(&x, "data/tweets.js", 0xFFFF_FFF0);
    let run = scan(&x);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(run.stderr.contains("zip bomb"), "{}", run.stderr);
    has_all(&run.texts(), "good tweet", 1);

    // Facebook: the posts file claims 4 GB; the profile still loads, and the error is said.
    let fb = zip_of(
        &dir.path().join("fb.zip"),
        &[
            (FB_PROFILE, &fb_profile()),
            (FB_POSTS, &serde_json::to_vec(&[good_fb(0)]).unwrap()),
        ],
    );
    patch_declared_size(&fb, FB_POSTS, 0xFFFF_FFF0);
    let run = scan(&fb);
    assert!(run.stderr.contains("zip bomb"), "{}", run.stderr);
    assert_eq!(run.code, Some(3), "{}", run.stderr);

    // Telegram: result.json is the whole export, so it is one clear error.
    let tg = zip_of(
        &dir.path().join("tg.zip"),
        &[("result.json", &tg_result(&[good_tg(0)]))],
    );
    patch_declared_size(&tg, "result.json", 0xFFFF_FFF0);
    let run = scan(&tg);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("zip bomb"), "{}", run.stderr);
}

#[test]
fn headers_that_understate_the_size_stop_at_the_declared_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut records: Vec<Value> = (0..3).map(good_tweet).collect();
    records.push(tweet(
        "77",
        "Mon Mar 01 09:00:00 +0000 2021",
        &"x".repeat(100_000),
    ));
    let x = zip_of(
        &dir.path().join("x.zip"),
        &[
            ("data/account.js", &x_account()),
            ("data/tweets.js", &tweets_js("tweets", &records)),
            (
                "data/tweets-part1.js",
                &tweets_js("tweets", &[good_tweet(5)]),
            ),
        ],
    );
    patch_declared_size(&x, "data/tweets.js", 100);
    let run = scan(&x);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(run.stderr.contains("data/tweets.js"), "{}", run.stderr);
    assert!(run.texts().contains(&"good tweet 5".to_string()));
}

#[test]
fn a_zip_inside_the_archive_is_never_inflated() {
    let dir = tempfile::tempdir().unwrap();
    // The inner zip is itself a bomb: 64 MB of zeros in a few kilobytes.
    let inner_path = dir.path().join("inner.zip");
    let mut inner = zip::ZipWriter::new(std::fs::File::create(&inner_path).unwrap());
    inner.start_file("data/tweets.js", deflated()).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..64 {
        inner.write_all(&zeros).unwrap();
    }
    inner.finish().unwrap();
    let inner_bytes = std::fs::read(&inner_path).unwrap();
    for (name, layout) in [
        (
            "x.zip",
            vec![
                ("data/account.js", x_account()),
                ("data/tweets.js", tweets_js("tweets", &[good_tweet(0)])),
                ("data/tweets_media/1000-a.zip", inner_bytes.clone()),
                ("data/nested.zip", inner_bytes.clone()),
            ],
        ),
        (
            "fb.zip",
            vec![
                (FB_PROFILE, fb_profile()),
                (FB_POSTS, serde_json::to_vec(&[good_fb(0)]).unwrap()),
                (
                    "your_facebook_activity/posts/media/x.zip",
                    inner_bytes.clone(),
                ),
            ],
        ),
        (
            "tg.zip",
            vec![
                ("result.json", tg_result(&[good_tg(0)])),
                ("files/archive.zip", inner_bytes.clone()),
            ],
        ),
    ] {
        let files: Vec<(&str, &[u8])> = layout.iter().map(|(n, b)| (*n, b.as_slice())).collect();
        let p = zip_of(&dir.path().join(name), &files);
        let run = scan(&p);
        assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
        assert_eq!(run.texts().len(), 1, "{name}");
    }
}

#[test]
fn a_hundred_thousand_media_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("many.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    zip.start_file("data/account.js", stored()).unwrap();
    zip.write_all(&x_account()).unwrap();
    let records: Vec<Value> = (0..3).map(good_tweet).collect();
    zip.start_file("data/tweets.js", stored()).unwrap();
    zip.write_all(&tweets_js("tweets", &records)).unwrap();
    for i in 0..100_000 {
        zip.start_file(
            format!("data/tweets_media/{}-m{i}.jpg", 1000 + i % 3),
            stored(),
        )
        .unwrap();
        zip.write_all(b"x").unwrap();
    }
    zip.finish().unwrap();
    let run = scan(&p);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    has_all(&run.texts(), "good tweet", 3);
}

#[test]
fn more_entries_than_the_limit_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..50).map(|i| format!("data/f{i}.js")).collect();
    let files: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"[]"[..])).collect();
    let p = zip_of(&dir.path().join("many.zip"), &files);
    let limits = mosaic::archive::Limits {
        max_entries: 10,
        ..Default::default()
    };
    let e = mosaic::archive::Archive::open_with(&p, limits)
        .unwrap_err()
        .to_string();
    assert!(e.contains("50 entries") && e.contains("limit of 10"), "{e}");
    assert!(!e.contains('\n'));
    // A folder too.
    let f = folder_of(&dir.path().join("folder"), &files);
    let e = mosaic::archive::Archive::open_with(&f, limits)
        .unwrap_err()
        .to_string();
    assert!(e.contains("more than 10 files"), "{e}");
}

#[test]
fn library_limits_bound_memory_for_every_platform() {
    // The same bomb under small limits, through the library: X, Facebook and Telegram each
    // refuse the entry without inflating it and keep what else they can read.
    let dir = tempfile::tempdir().unwrap();
    let zeros = vec![b' '; 4 << 20];
    let mut bomb_tweets = b"window.YTD.tweets.part0 = [".to_vec();
    bomb_tweets.extend_from_slice(&zeros);
    bomb_tweets.push(b']');
    let limits = mosaic::archive::Limits {
        ratio_floor_bytes: 1 << 20,
        max_ratio: 100,
        ..Default::default()
    };
    type Layout<'a> = Vec<(&'a str, Vec<u8>)>;
    let cases: Vec<(&str, Layout, usize)> = vec![
        (
            "x.zip",
            vec![
                ("data/account.js", x_account()),
                ("data/tweets.js", bomb_tweets),
                (
                    "data/tweets-part1.js",
                    tweets_js("tweets", &[good_tweet(0)]),
                ),
            ],
            1,
        ),
        (
            "fb.zip",
            vec![
                (FB_PROFILE, fb_profile()),
                (FB_POSTS, serde_json::to_vec(&[good_fb(0)]).unwrap()),
                (
                    "your_facebook_activity/posts/your_posts_2.json",
                    zeros.clone(),
                ),
            ],
            1,
        ),
    ];
    for (name, layout, want) in cases {
        let files: Vec<(&str, &[u8])> = layout.iter().map(|(n, b)| (*n, b.as_slice())).collect();
        let p = zip_of(&dir.path().join(name), &files);
        let mut archive = mosaic::archive::Archive::open_with(&p, limits).unwrap();
        let (adapter, _) = mosaic::ingest::detect(&mut archive).unwrap();
        let data = adapter
            .load(&archive, &mosaic::ingest::no_progress)
            .unwrap();
        assert_eq!(data.posts.len(), want, "{name}");
        assert!(
            data.warnings.iter().any(|w| w.contains("zip bomb")),
            "{name}: {:?}",
            data.warnings
        );
    }
    let mut tg = tg_result(&[good_tg(0)]);
    tg.extend_from_slice(&zeros);
    let p = zip_of(&dir.path().join("tg.zip"), &[("result.json", &tg)]);
    let mut archive = mosaic::archive::Archive::open_with(&p, limits).unwrap();
    let (adapter, _) = mosaic::ingest::detect(&mut archive).unwrap();
    let e = adapter
        .load(&archive, &mosaic::ingest::no_progress)
        .unwrap_err();
    assert!(e.to_string().contains("zip bomb"), "{e}");
}

// --- names and links ------------------------------------------------------------------------

#[test]
fn names_that_climb_out_are_skipped_and_backslashes_understood() {
    let dir = tempfile::tempdir().unwrap();
    let p = zip_of(
        &dir.path().join("names.zip"),
        &[
            ("data\\account.js", &x_account()),
            (
                "data\\tweets.js",
                &tweets_js("tweets", &[good_tweet(0), good_tweet(1)]),
            ),
            (
                "../../data/tweets-part1.js",
                &tweets_js("tweets", &[good_tweet(7)]),
            ),
            (
                "/etc/data/tweets-part2.js",
                &tweets_js("tweets", &[good_tweet(8)]),
            ),
            (
                "C:\\data\\tweets-part3.js",
                &tweets_js("tweets", &[good_tweet(9)]),
            ),
        ],
    );
    let run = scan(&p);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let texts = run.texts();
    assert_eq!(texts.len(), 2, "{texts:?}");
    has_all(&texts, "good tweet", 2);
    assert!(
        run.warnings()
            .iter()
            .any(|w| w.contains("ignored 3 entries whose names point outside")),
        "{}",
        run.stderr
    );
}

/// Media paths in the JSON are looked up among the archive's own entries only: a path that
/// climbs out, or an absolute one, is never opened even though the file exists there.
#[test]
fn media_paths_resolve_inside_the_archive_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("outside.jpg"), b"secret").unwrap();
    let outside = dir.path().join("outside.jpg");
    let fb = folder_of(
        &dir.path().join("fb"),
        &[
            (FB_PROFILE, &fb_profile()),
            (
                FB_POSTS,
                &serde_json::to_vec(&json!([{
                    "timestamp": 1_600_000_000,
                    "data": [{"post": "with media"}],
                    "attachments": [{"data": [
                        {"media": {"uri": "../outside.jpg"}},
                        {"media": {"uri": outside.to_str().unwrap()}}
                    ]}]
                }]))
                .unwrap(),
            ),
        ],
    );
    let tg = folder_of(
        &dir.path().join("tg"),
        &[(
            "result.json",
            &tg_result(&[
                json!({"id": 1, "type": "message", "date_unixtime": "1600000000",
                "from_id": "user7", "text": "photo", "photo": "../outside.jpg",
                "file": outside.to_str().unwrap(), "mime_type": "image/jpeg"}),
            ]),
        )],
    );
    for archive in [fb, tg] {
        let data = mosaic::ingest::load_paths(
            std::slice::from_ref(&archive),
            &mosaic::ingest::no_progress,
        )
        .unwrap();
        assert_eq!(data.posts.len(), 1, "{archive:?}");
        let media = &data.posts[0].media;
        assert_eq!(media.len(), 2, "{archive:?}");
        assert!(media.iter().all(|m| !m.present), "{media:?}");
    }
}

#[cfg(unix)]
#[test]
fn links_out_of_an_extracted_folder_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside");
    folder_of(
        &outside,
        &[
            ("tweets-part1.js", &tweets_js("tweets", &[good_tweet(7)])),
            (
                "dir/tweets-part2.js",
                &tweets_js("tweets", &[good_tweet(8)]),
            ),
            ("result.json", &tg_result(&[good_tg(5)])),
        ],
    );
    let x = folder_of(
        &dir.path().join("x"),
        &[
            ("data/account.js", &x_account()),
            ("data/tweets.js", &tweets_js("tweets", &[good_tweet(0)])),
        ],
    );
    std::os::unix::fs::symlink(
        outside.join("tweets-part1.js"),
        x.join("data/tweets-part1.js"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.join("dir"), x.join("data/linked")).unwrap();
    let run = scan(&x);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.texts(), ["good tweet 0"]);
    assert!(
        run.warnings()
            .iter()
            .any(|w| w.contains("ignored 2 entries") && w.contains("links")),
        "{}",
        run.stderr
    );
    // Telegram: result.json itself a link out of the folder is not read.
    let tg = dir.path().join("tg");
    std::fs::create_dir_all(&tg).unwrap();
    std::os::unix::fs::symlink(outside.join("result.json"), tg.join("result.json")).unwrap();
    let run = scan(&tg);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

// --- encodings ------------------------------------------------------------------------------

#[test]
fn invalid_and_mixed_encodings_are_replaced_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    // X: a Latin-1 byte inside one tweet's text, valid UTF-8 in the next.
    let mut x_tweets = tweets_js("tweets", &[good_tweet(0), good_tweet(1)]);
    let at = x_tweets.windows(4).position(|w| w == b"good").unwrap();
    x_tweets.splice(at..at, [b'c', b'a', b'f', 0xE9, b' ']);
    let x = zip_of(
        &dir.path().join("x.zip"),
        &[
            ("data/account.js", &x_account()),
            ("data/tweets.js", &x_tweets),
        ],
    );
    let run = scan(&x);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let texts = run.texts();
    assert!(
        texts.contains(&"caf\u{FFFD} good tweet 0".to_string()),
        "{texts:?}"
    );
    assert!(texts.contains(&"good tweet 1".to_string()), "{texts:?}");

    // Facebook: mojibake in one post, an invalid byte in another, UTF-16 would be fine too.
    let mut fb_posts = serde_json::to_vec(&[
        good_fb(0),
        fb_post(json!(1_600_100_000), "K\u{00c3}\u{00b8}benhavn"),
        fb_post(json!(1_600_200_000), "bad byte here"),
    ])
    .unwrap();
    let at = fb_posts.windows(3).position(|w| w == b"bad").unwrap();
    fb_posts[at] = 0xFF;
    let fb = zip_of(
        &dir.path().join("fb.zip"),
        &[(FB_PROFILE, &fb_profile()), (FB_POSTS, &fb_posts)],
    );
    let run = scan(&fb);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let texts = run.texts();
    assert!(texts.contains(&"København".to_string()), "{texts:?}");
    assert!(
        texts.contains(&"\u{FFFD}ad byte here".to_string()),
        "{texts:?}"
    );
    has_all(&texts, "good fb post", 1);

    // Telegram: UTF-16 (big-endian, with BOM) result.json.
    let tg_utf8 = String::from_utf8(tg_result(&[good_tg(0), good_tg(1)])).unwrap();
    let mut tg16 = vec![0xFE, 0xFF];
    for u in tg_utf8.encode_utf16() {
        tg16.extend_from_slice(&u.to_be_bytes());
    }
    let tg = zip_of(&dir.path().join("tg.zip"), &[("result.json", &tg16)]);
    let run = scan(&tg);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    has_all(&run.texts(), "good tg post", 2);

    // LinkedIn: a Windows-1252 byte in a CSV row.
    let mut shares = b"Date,ShareLink,ShareCommentary\n2021-03-01 09:00:00,https://l/1,good li post 0\n2021-03-02 09:00:00,https://l/2,na\xefve\n".to_vec();
    shares.extend_from_slice(b"2021-03-03 09:00:00,https://l/3,good li post 1\n");
    let li = zip_of(
        &dir.path().join("li.zip"),
        &[
            ("Profile.csv", b"First Name,Last Name\nLi,N\n"),
            ("Shares.csv", &shares),
        ],
    );
    let run = scan(&li);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let texts = run.texts();
    has_all(&texts, "good li post", 2);
    assert!(texts.contains(&"na\u{FFFD}ve".to_string()), "{texts:?}");
}

// --- cut off and wrong shapes -----------------------------------------------------------------

#[test]
fn truncated_json_keeps_every_complete_record() {
    let dir = tempfile::tempdir().unwrap();
    let full = tweets_js("tweets", &(0..5).map(good_tweet).collect::<Vec<_>>());
    let cut = &full[..full.len() - 30];
    let x = zip_of(
        &dir.path().join("x.zip"),
        &[("data/account.js", &x_account()), ("data/tweets.js", cut)],
    );
    let run = scan(&x);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(run.stderr.contains("cut off"), "{}", run.stderr);
    has_all(&run.texts(), "good tweet", 4);

    let full = serde_json::to_vec(&(0..5).map(good_fb).collect::<Vec<_>>()).unwrap();
    let cut = &full[..full.len() - 20];
    let fb = zip_of(
        &dir.path().join("fb.zip"),
        &[(FB_PROFILE, &fb_profile()), (FB_POSTS, cut)],
    );
    let run = scan(&fb);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(run.stderr.contains("cut off"), "{}", run.stderr);
    has_all(&run.texts(), "good fb post", 4);

    let full = tg_result(&(0..5).map(good_tg).collect::<Vec<_>>());
    let cut = &full[..full.len() - 40];
    let tg = zip_of(&dir.path().join("tg.zip"), &[("result.json", cut)]);
    let run = scan(&tg);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(run.stderr.contains("cut off"), "{}", run.stderr);
    has_all(&run.texts(), "good tg post", 4);
}

#[test]
fn truncated_csv_keeps_every_complete_row() {
    let dir = tempfile::tempdir().unwrap();
    let shares = "Date,ShareLink,ShareCommentary\n2021-03-01 09:00:00,https://l/1,good li post 0\n2021-03-02 09:00:00,https://l/2,\"good li post 1\"\n2021-03-03 09:00:00,https://l/3,\"a quoted field that never en";
    let li = zip_of(
        &dir.path().join("li.zip"),
        &[
            ("Profile.csv", b"First Name,Last Name\nLi,N\n"),
            ("Shares.csv", shares.as_bytes()),
        ],
    );
    let run = scan(&li);
    assert!(matches!(run.code, Some(0 | 3)), "{}", run.stderr);
    has_all(&run.texts(), "good li post", 2);
}

#[test]
fn a_json_object_where_an_array_belongs() {
    let dir = tempfile::tempdir().unwrap();
    // X: the only tweet file is an object: one clear error naming it.
    let x = zip_of(
        &dir.path().join("x.zip"),
        &[
            ("data/account.js", &x_account()),
            (
                "data/tweets.js",
                br#"window.YTD.tweets.part0 = {"tweet": {"id_str": "1"}}"#,
            ),
        ],
    );
    let run = scan(&x);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("data/tweets.js"), "{}", run.stderr);
    // …and beside a good part, a warning.
    let x = zip_of(
        &dir.path().join("x2.zip"),
        &[
            ("data/account.js", &x_account()),
            ("data/tweets.js", br#"window.YTD.tweets.part0 = {"tweet": {"id_str": "1"}}"#),
            ("data/tweets-part1.js", &tweets_js("tweets", &[good_tweet(0)])),
            // Fields of the wrong type inside a record skip that record only.
            ("data/tweets-part2.js", br#"window.YTD.tweets.part0 = [{"tweet": {"id_str": {"a": 1}, "created_at": [], "full_text": 5}}, {"tweet": {"id_str": "9", "created_at": "Mon Mar 01 09:00:00 +0000 2021", "full_text": "good tweet 1", "entities": {"media": {"x": 1}}}}]"#),
        ],
    );
    let run = scan(&x);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    let texts = run.texts();
    assert!(texts.contains(&"good tweet 0".to_string()), "{texts:?}");

    // Facebook: an object instead of the list of posts, and fields of the wrong type.
    let fb = zip_of(
        &dir.path().join("fb.zip"),
        &[
            (FB_PROFILE, &fb_profile()),
            (FB_POSTS, br#"{"status": "no list here"}"#),
            (
                "your_facebook_activity/posts/your_posts_2.json",
                &serde_json::to_vec(&json!([
                    good_fb(0),
                    {"timestamp": 1600000000, "data": {"post": "x"}, "attachments": "none"},
                    {"timestamp": [1], "data": [{"post": "no time"}]}
                ]))
                .unwrap(),
            ),
        ],
    );
    let run = scan(&fb);
    assert!(matches!(run.code, Some(0 | 3)), "{}", run.stderr);
    assert!(run.stderr.contains("your_posts_1.json"), "{}", run.stderr);
    has_all(&run.texts(), "good fb post", 1);

    // Telegram: chats.list an object, messages a string: read as a single-chat export with
    // nothing in it, which a warning says; no panic.
    let tg = zip_of(
        &dir.path().join("tg.zip"),
        &[(
            "result.json",
            br#"{"chats": {"list": {"id": 1}}, "messages": "none"}"#,
        )],
    );
    let run = scan(&tg);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.texts().is_empty());
    assert_eq!(run.warnings().len(), 1, "{}", run.stderr);
    let tg = zip_of(
        &dir.path().join("tg2.zip"),
        &[(
            "result.json",
            &serde_json::to_vec(&json!({
                "personal_information": {"user_id": 7},
                "chats": {"list": [
                    {"id": 1, "type": "saved_messages", "messages": {"not": "a list"}},
                    {"id": 9, "type": "saved_messages", "messages": [good_tg(0), {"id": 2, "type": "message", "date_unixtime": ["x"], "text": {"a": 1}}]}
                ]}
            }))
            .unwrap(),
        )],
    );
    let run = scan(&tg);
    assert!(matches!(run.code, Some(0 | 3)), "{}", run.stderr);
    has_all(&run.texts(), "good tg post", 1);
}

// --- duplicates, dates, sizes -----------------------------------------------------------------

#[test]
fn duplicate_post_ids_are_dropped_with_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let dup = tweet("1000", "Mon Mar 01 09:00:00 +0000 2021", "good tweet 0");
    let x = zip_of(
        &dir.path().join("x.zip"),
        &[
            ("data/account.js", &x_account()),
            (
                "data/tweets.js",
                &tweets_js("tweets", &[dup.clone(), dup.clone(), good_tweet(1)]),
            ),
            ("data/tweets-part1.js", &tweets_js("tweets", &[dup])),
        ],
    );
    let run = scan(&x);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.texts().len(), 2);
    assert!(
        run.warnings()
            .iter()
            .any(|w| w.contains("dropped 2 duplicate")),
        "{}",
        run.stderr
    );
    // Telegram: the same message id twice in one chat.
    let tg = zip_of(
        &dir.path().join("tg.zip"),
        &[(
            "result.json",
            &tg_result(&[good_tg(0), good_tg(0), good_tg(1)]),
        )],
    );
    let run = scan(&tg);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.texts().len(), 2);
    assert!(
        run.warnings()
            .iter()
            .any(|w| w.contains("dropped 1 duplicate")),
        "{}",
        run.stderr
    );
}

#[test]
fn dates_far_in_the_past_or_future() {
    let dir = tempfile::tempdir().unwrap();
    let x = zip_of(
        &dir.path().join("x.zip"),
        &[
            ("data/account.js", &x_account()),
            (
                "data/tweets.js",
                &tweets_js(
                    "tweets",
                    &[
                        good_tweet(0),
                        tweet("1", "Mon Jan 01 00:00:00 +0000 0000", "year zero"),
                        tweet("2", "Fri Dec 31 23:59:59 +0000 9999", "year 9999"),
                        tweet("3", "Fri Dec 31 23:59:59 -2359 9999", "year 9999 far west"),
                        tweet("4", "Sat Jan 01 00:00:00 +2359 0001", "year 1 far east"),
                        tweet("5", "-1", "negative"),
                        tweet("6", "-99999999999999", "very negative"),
                        tweet("7", "99999999999999999", "far future millis"),
                        tweet("8", "262143-12-31T23:59:59Z", "chrono's last year"),
                    ],
                ),
            ),
        ],
    );
    let run = scan(&x);
    assert!(matches!(run.code, Some(0 | 3)), "{}", run.stderr);
    has_all(&run.texts(), "good tweet", 1);

    let fb = zip_of(
        &dir.path().join("fb.zip"),
        &[
            (FB_PROFILE, &fb_profile()),
            (
                FB_POSTS,
                &serde_json::to_vec(&json!([
                    good_fb(0),
                    fb_post(json!(-62_169_958_800_i64), "year zero"),
                    fb_post(json!(253_402_300_799_i64), "year 9999"),
                    fb_post(json!(-1), "negative"),
                    fb_post(json!(i64::MAX), "max"),
                    fb_post(json!(i64::MIN), "min"),
                    fb_post(json!(1e300), "huge float"),
                    fb_post(json!("-5"), "negative string")
                ]))
                .unwrap(),
            ),
        ],
    );
    let run = scan(&fb);
    assert!(matches!(run.code, Some(0 | 3)), "{}", run.stderr);
    has_all(&run.texts(), "good fb post", 1);

    let tg = zip_of(
        &dir.path().join("tg.zip"),
        &[(
            "result.json",
            &tg_result(&[
                good_tg(0),
                tg_message(10, "-62135596800", "year 1"),
                tg_message(11, "253402300799", "year 9999"),
                tg_message(12, "-1", "negative"),
                tg_message(13, "9223372036854775807", "max"),
                tg_message(14, "-9223372036854775808", "min"),
                tg_message(15, "99999999999", "year 5138"),
            ]),
        )],
    );
    let run = scan(&tg);
    assert!(matches!(run.code, Some(0 | 3)), "{}", run.stderr);
    has_all(&run.texts(), "good tg post", 1);
}

#[test]
fn a_ten_megabyte_post() {
    let dir = tempfile::tempdir().unwrap();
    let big = "word ".repeat(2 << 20);
    let x = zip_of(
        &dir.path().join("x.zip"),
        &[
            ("data/account.js", &x_account()),
            (
                "data/tweets.js",
                &tweets_js(
                    "tweets",
                    &[
                        good_tweet(0),
                        tweet("5", "Mon Mar 01 09:00:00 +0000 2021", &big),
                    ],
                ),
            ),
        ],
    );
    let run = scan(&x);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let texts = run.texts();
    assert_eq!(texts.len(), 2);
    assert!(texts.iter().any(|t| t.len() == big.len()));

    let fb = zip_of(
        &dir.path().join("fb.zip"),
        &[
            (FB_PROFILE, &fb_profile()),
            (
                FB_POSTS,
                &serde_json::to_vec(&[good_fb(0), fb_post(json!(1_600_000_500), &big)]).unwrap(),
            ),
        ],
    );
    let run = scan(&fb);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.texts().len(), 2);

    let tg = zip_of(
        &dir.path().join("tg.zip"),
        &[(
            "result.json",
            &tg_result(&[good_tg(0), tg_message(50, "1600000500", &big)]),
        )],
    );
    let run = scan(&tg);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.texts().len(), 2);
}
