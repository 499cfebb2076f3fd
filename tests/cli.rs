//! The `mosaic` binary, run for real: the JSON report's contract (validated against
//! `tests/data/report.schema.json`), `--output`, the text summary, and bad inputs, each of which
//! must exit non-zero with one clear line on stderr, quickly, and never panic.

#![allow(clippy::unwrap_used)] // helpers panic on purpose: a failed fixture is a failed test

use serde_json::{Value, json};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a run of the binary gave back.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Run {
    /// The stderr lines that are not blank.
    fn err_lines(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect()
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}); stderr: {}", self.stderr))
    }
}

/// Run `mosaic` with the arguments, killing it if it takes longer than `limit`.
fn mosaic_within<I, S>(args: I, limit: Duration) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let data_dir = tempfile::tempdir().unwrap();
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mosaic"))
        .args(args)
        .env("MOSAIC_DATA_DIR", data_dir.path())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the mosaic binary starts");
    // Drain both pipes on threads so a large report cannot block the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mosaic did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Run {
        code: status.code(),
        stdout: out_t.join().unwrap(),
        stderr: err_t.join().unwrap(),
        elapsed: start.elapsed(),
    }
}

/// Bad inputs must be answered "within seconds"; debug builds on a shared machine get slack.
const LIMIT: Duration = Duration::from_secs(20);

fn mosaic<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    mosaic_within(args, LIMIT)
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-exports/x-marisol.zip")
}

fn schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/report.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn assert_valid(report: &Value) {
    let validator = jsonschema::validator_for(&schema()).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(10)
        .collect();
    assert!(
        errors.is_empty(),
        "report violates the schema:\n{}",
        errors.join("\n")
    );
}

// --- the JSON contract --------------------------------------------------------------------------

#[test]
fn scan_json_on_the_sample_matches_the_schema() {
    let run = mosaic([
        OsStr::new("scan"),
        sample().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert!(run.err_lines().is_empty(), "no warnings: {}", run.stderr);
    let r = run.json();
    assert_valid(&r);

    assert_eq!(r["schema_version"], 1);
    assert_eq!(r["tool"]["name"], "mosaic");
    assert_eq!(r["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(r["archive"]["platform"], "x");
    assert_eq!(r["archive"]["posts"], 120);
    assert_eq!(r["archive"]["media"], 16);
    assert!(
        r["archive"]["path"]
            .as_str()
            .unwrap()
            .ends_with("x-marisol.zip")
    );
    assert_eq!(r["timezone"], "America/Chicago", "from account-timezone.js");
    assert_eq!(r["profile"]["handle"], "solder_sol");
    assert!(r["warnings"].as_array().unwrap().is_empty());
    assert!(r["findings"].is_array());
    assert!(r["plan"]["delete"].is_array() && r["plan"]["breaks"].is_array());

    let posts = r["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 120);
    let mut ids = std::collections::HashSet::new();
    for p in posts {
        // Every field of the contract, present even when null or empty.
        for key in [
            "id",
            "platform",
            "native_id",
            "created_at",
            "url",
            "text",
            "kind",
            "media",
            "geo",
            "place",
            "reply_to",
            "categories",
            "signals",
            "findings",
        ] {
            assert!(p.get(key).is_some(), "post lacks '{key}': {p}");
        }
        assert!(
            ids.insert(p["id"].as_str().unwrap().to_string()),
            "unique ids"
        );
        let native = p["native_id"].as_str().unwrap();
        assert_eq!(p["id"], format!("x:{native}"));
        assert_eq!(
            p["url"],
            format!("https://x.com/solder_sol/status/{native}")
        );
        assert!(p["created_at"].as_str().unwrap().ends_with('Z'));
        for m in p["media"].as_array().unwrap() {
            for key in [
                "path", "kind", "alt", "gps", "taken_at", "camera", "present",
            ] {
                assert!(m.get(key).is_some(), "media lacks '{key}': {m}");
            }
        }
    }
    let mac = posts
        .iter()
        .find(|p| p["native_id"] == "1200127404522102794")
        .unwrap();
    assert_eq!(mac["created_at"], "2019-11-28T19:00:45Z");
    assert_eq!(mac["text"], "thankful for mac & cheese and naps");
    assert_eq!(mac["kind"], "post");
    let home = posts
        .iter()
        .find(|p| p["native_id"] == "1146972169423556614")
        .unwrap();
    assert_eq!(home["geo"], json!({ "lat": 34.7688, "lon": -86.5412 }));
}

#[test]
fn scan_is_stable_across_runs() {
    let sample = sample();
    let args = [
        OsStr::new("scan"),
        sample.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
        OsStr::new("--tz"),
        OsStr::new("America/Chicago"),
    ];
    let a = mosaic(args);
    let b = mosaic(args);
    assert_eq!(a.code, Some(0));
    assert_eq!(a.stdout, b.stdout, "same archive, same report");
}

#[test]
fn tz_flag_sets_the_report_zone() {
    let run = mosaic([
        OsStr::new("scan"),
        sample().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
        OsStr::new("--tz"),
        OsStr::new("Europe/Berlin"),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.json()["timezone"], "Europe/Berlin");
}

#[test]
fn output_file_is_written_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let run = mosaic([
        OsStr::new("scan"),
        sample().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
        OsStr::new("--output"),
        out.as_os_str(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "the report goes to the file only");
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_valid(&report);
    assert_eq!(report["archive"]["posts"], 120);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    }
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [OsStr::new("report.json")]);
}

#[test]
fn text_summary() {
    let run = mosaic([OsStr::new("scan"), sample().as_os_str()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let s = &run.stdout;
    assert!(s.starts_with("mosaic "), "{s}");
    assert!(s.contains("X archive"), "{s}");
    assert!(
        s.contains("120 posts from 2019-03 to 2024-10, 16 media, 58 located"),
        "{s}"
    );
    assert!(s.contains("America/Chicago"), "{s}");
}

#[test]
fn detectors_command_runs() {
    let run = mosaic(["detectors"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

// --- bad inputs ---------------------------------------------------------------------------------

/// Assert a failed run: the exit code, one line on stderr that starts `mosaic: error:` and
/// contains each of `needles`, in seconds.
fn assert_one_line_error(run: &Run, code: i32, needles: &[&str]) {
    assert_eq!(
        run.code,
        Some(code),
        "exit code (101 would be a panic); stderr: {}",
        run.stderr
    );
    let lines = run.err_lines();
    assert_eq!(
        lines.len(),
        1,
        "exactly one line on stderr: {:?}",
        run.stderr
    );
    assert!(lines[0].starts_with("mosaic: error: "), "{}", lines[0]);
    for n in needles {
        assert!(lines[0].contains(n), "'{n}' missing from: {}", lines[0]);
    }
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.elapsed < LIMIT, "{:?}", run.elapsed);
}

fn scan_json(path: &Path) -> Run {
    mosaic([
        OsStr::new("scan"),
        path.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
    ])
}

#[test]
fn missing_path() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("no-such-archive.zip");
    let run = scan_json(&p);
    assert_one_line_error(&run, 1, &["no-such-archive.zip", "No such file"]);
    assert!(run.stdout.is_empty());
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("empty.zip");
    std::fs::write(&p, b"").unwrap();
    assert_one_line_error(&scan_json(&p), 1, &["empty.zip", "empty file"]);
}

#[test]
fn random_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("random.zip");
    // Deterministic noise (xorshift), 64 KiB.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..65_536)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    std::fs::write(&p, bytes).unwrap();
    assert_one_line_error(&scan_json(&p), 1, &["random.zip", "not a readable zip"]);
}

#[test]
fn truncated_zip() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("truncated.zip");
    let whole = std::fs::read(sample()).unwrap();
    std::fs::write(&p, &whole[..whole.len() / 2]).unwrap();
    assert_one_line_error(&scan_json(&p), 1, &["truncated.zip", "truncated"]);
}

#[test]
fn archive_of_no_known_platform() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("holiday.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("notes/todo.txt", opts).unwrap();
    zip.write_all(b"buy milk").unwrap();
    zip.start_file("data.json", opts).unwrap();
    zip.write_all(b"{}").unwrap();
    zip.finish().unwrap();
    assert_one_line_error(
        &scan_json(&p),
        1,
        &["holiday.zip", "not a known social media archive"],
    );
    // The same as an extracted folder.
    let folder = dir.path().join("holiday");
    std::fs::create_dir_all(folder.join("notes")).unwrap();
    std::fs::write(folder.join("notes/todo.txt"), b"buy milk").unwrap();
    assert_one_line_error(
        &scan_json(&folder),
        1,
        &["holiday", "not a known social media archive"],
    );
}

#[test]
fn zip_bomb_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bomb.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    zip.start_file("data/account.js", opts).unwrap();
    zip.write_all(b"window.YTD.account.part0 = []").unwrap();
    zip.start_file("data/tweets.js", opts).unwrap();
    zip.write_all(b"window.YTD.tweets.part0 = [").unwrap();
    let spaces = vec![b' '; 1 << 20];
    for _ in 0..65 {
        zip.write_all(&spaces).unwrap();
    }
    zip.write_all(b"]").unwrap();
    zip.finish().unwrap();
    let size = std::fs::metadata(&p).unwrap().len();
    assert!(size < 1 << 20, "the bomb is small on disk ({size} bytes)");
    let run = scan_json(&p);
    assert_one_line_error(&run, 1, &["bomb.zip", "data/tweets.js", "zip bomb"]);
    assert!(run.elapsed < Duration::from_secs(5), "{:?}", run.elapsed);
}

#[test]
fn json_cut_off_midway_is_partial_with_readable_posts() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("cut.zip");
    let record = |id: &str, text: &str| {
        json!({ "tweet": { "id_str": id, "id": id, "created_at": "Mon Jan 02 03:04:05 +0000 2023",
                           "full_text": text, "favorite_count": "0" } })
    };
    let body = serde_json::to_string_pretty(&json!([
        record("1700000000000000001", "one"),
        record("1700000000000000002", "two"),
        record("1700000000000000003", "three")
    ]))
    .unwrap();
    let cut = &body[..body.len() - 40];
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("data/tweets.js", opts).unwrap();
    zip.write_all(format!("window.YTD.tweets.part0 = {cut}").as_bytes())
        .unwrap();
    zip.finish().unwrap();

    let run = scan_json(&p);
    assert_eq!(
        run.code,
        Some(i32::from(mosaic::cli::EXIT_PARTIAL)),
        "{}",
        run.stderr
    );
    let r = run.json();
    assert_valid(&r);
    let ids: Vec<&str> = r["posts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["native_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["1700000000000000001", "1700000000000000002"]);
    assert!(
        r["warnings"].as_array().unwrap().iter().any(|w| w
            .as_str()
            .unwrap()
            .contains("data/tweets.js: JSON is cut off")),
        "{}",
        r["warnings"]
    );
    let errors: Vec<&str> = run
        .err_lines()
        .into_iter()
        .filter(|l| l.starts_with("mosaic: error:"))
        .collect();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(errors[0].contains("cut.zip"), "{}", errors[0]);
    assert!(!run.stderr.contains("panicked"));
}

#[test]
fn unknown_time_zone() {
    let run = mosaic([
        OsStr::new("scan"),
        sample().as_os_str(),
        OsStr::new("--tz"),
        OsStr::new("Mars/Base"),
    ]);
    assert_one_line_error(&run, 1, &["--tz", "Mars/Base", "time zone"]);
    assert!(run.stdout.is_empty());
    // Checked before the archive is even opened.
    let run = mosaic(["scan", "no-such-archive.zip", "--tz", "Mars/Base"]);
    assert_one_line_error(&run, 1, &["--tz", "Mars/Base"]);
}

#[test]
fn watchlist_with_an_unknown_key_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let wl = dir.path().join("officer.toml");
    std::fs::write(
        &wl,
        "timezone = \"America/Chicago\"\n\n[[unit]]\nname = \"Tallow Creek Test Complex\"\nnicknames = [\"TCTC\"]\n",
    )
    .unwrap();
    let run = mosaic([
        OsStr::new("scan"),
        sample().as_os_str(),
        OsStr::new("--watchlist"),
        wl.as_os_str(),
    ]);
    assert_one_line_error(&run, 1, &["officer.toml", "line 5", "nicknames"]);

    std::fs::write(&wl, "timezone = \"Mars/Base\"\n").unwrap();
    let run = mosaic([
        OsStr::new("scan"),
        sample().as_os_str(),
        OsStr::new("--watchlist"),
        wl.as_os_str(),
    ]);
    assert_one_line_error(&run, 1, &["officer.toml", "line 1", "Mars/Base"]);
}

#[test]
fn usage_errors_do_not_panic() {
    let run = mosaic(["scan"]);
    assert_eq!(run.code, Some(2), "clap's usage error: {}", run.stderr);
    let run = mosaic(["scan", "x.zip", "--format", "yaml"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("yaml"));
}

#[test]
fn a_broken_tweet_is_skipped_counted_and_said_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("one-broken.zip");
    let body = json!([
        { "tweet": { "id_str": "1700000000000000001", "created_at": "Mon Jan 02 03:04:05 +0000 2023",
                     "full_text": "fine &amp; dandy" } },
        { "tweet": { "id_str": "1700000000000000002", "full_text": "no time" } },
        { "tweet": { "id_str": "1700000000000000003", "created_at": "Mon Jan 02 03:04:07 +0000 2023",
                     "full_text": "also fine" } }
    ]);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    zip.start_file("data/tweets.js", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(format!("window.YTD.tweets.part0 = {body}").as_bytes())
        .unwrap();
    zip.finish().unwrap();
    let run = scan_json(&p);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.err_lines(),
        ["mosaic: warning: skipped 1 tweets: missing created_at"]
    );
    let r = run.json();
    assert_valid(&r);
    assert_eq!(r["archive"]["posts"], 2);
    assert_eq!(r["posts"][0]["text"], "fine & dandy");
    assert_eq!(
        r["posts"][0]["url"],
        "https://x.com/i/web/status/1700000000000000001"
    );
    assert_eq!(
        r["warnings"],
        json!(["skipped 1 tweets: missing created_at"])
    );
}

#[test]
fn output_never_overwrites_the_archive_or_writes_inside_it() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("mine.zip");
    std::fs::copy(sample(), &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let run = mosaic([
        OsStr::new("scan"),
        copy.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
        OsStr::new("--output"),
        copy.as_os_str(),
    ]);
    assert_one_line_error(&run, 1, &["--output", "mine.zip", "is the archive"]);
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        before,
        "the archive is untouched"
    );

    // An extracted folder: no report inside it, even in a subfolder.
    let folder = dir.path().join("unzipped");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(sample()).unwrap()).unwrap();
    zip.extract(&folder).unwrap();
    let inside = folder.join("data/report.json");
    let run = mosaic([
        OsStr::new("scan"),
        folder.as_os_str(),
        OsStr::new("--output"),
        inside.as_os_str(),
    ]);
    assert_one_line_error(&run, 1, &["--output", "inside the archive folder"]);
    assert!(!inside.exists());
}
