#![allow(clippy::unwrap_used)]
//! `mosaic export`: the checklist from saved decisions, for the same archive and for a newer
//! export of the same account, written owner-only.

use mosaic::review::{Decision, ReviewStore};
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_mosaic");

/// An X archive folder for `@cli_rae` with the given tweet ids (one a week from 2020-01-06).
fn archive(dir: &Path, ids: &[u64]) {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("account.js"),
        r#"window.YTD.account.part0 = [{"account":{"username":"cli_rae","accountId":"9"}}]"#,
    )
    .unwrap();
    let tweets: Vec<String> = ids
        .iter()
        .map(|id| {
            let date = chrono::NaiveDate::from_ymd_opt(2020, 1, 6).unwrap()
                + chrono::Days::new(7 * (id - 100));
            let created = format!("Mon {} 12:00:00 +0000 2020", date.format("%b %d"));
            format!(
                r#"{{"tweet":{{"id_str":"{id}","created_at":"{created}","full_text":"tweet {id}, with a comma"}}}}"#
            )
        })
        .collect();
    std::fs::write(
        data.join("tweets.js"),
        format!("window.YTD.tweets.part0 = [{}]", tweets.join(",")),
    )
    .unwrap();
}

fn export(data_dir: &Path, archive: &Path, format: &str, out: Option<&Path>) -> String {
    let mut cmd = Command::new(BIN);
    cmd.env("MOSAIC_DATA_DIR", data_dir).args([
        "export",
        archive.to_str().unwrap(),
        "--format",
        format,
        "--tz",
        "UTC",
    ]);
    if let Some(o) = out {
        cmd.args(["--output", o.to_str().unwrap()]);
    }
    let o = cmd.output().unwrap();
    assert!(o.status.success(), "{o:?}");
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn export_uses_saved_decisions_and_survives_a_newer_export() {
    let tmp = tempfile::tempdir().unwrap();
    let data_dir = tmp.path().join("data");
    let old = tmp.path().join("old");
    archive(&old, &[100, 101, 102, 103]);
    {
        let mut s = ReviewStore::open_in(&data_dir, "x:cli_rae").unwrap();
        s.set(
            &[
                ("x:101".into(), Decision::Delete),
                ("x:103".into(), Decision::Delete),
            ],
            "test",
        )
        .unwrap();
        s.set(&[("x:100".into(), Decision::Keep)], "test").unwrap();
    }
    let json = export(&data_dir, &old, "json", None);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["count"], 2);
    assert_eq!(v["items"][0]["url"], "https://x.com/cli_rae/status/101");
    assert_eq!(v["items"][1]["date"], "2020-01-27 12:00");

    // A newer export: 103 is already gone, 104 is new.
    let newer = tmp.path().join("newer");
    archive(&newer, &[100, 101, 102, 104]);
    let out = tmp.path().join("out").join("list.csv");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    assert_eq!(export(&data_dir, &newer, "csv", Some(&out)), "");
    let csv = std::fs::read_to_string(&out).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(rows[1].contains("https://x.com/cli_rae/status/101"));
    assert!(rows[1].contains("\"tweet 101, with a comma\""));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let md = export(&data_dir, &newer, "md", None);
    assert!(md.contains("Posts: 1 (marked for deletion)"), "{md}");
    assert!(md.contains("## X\n\n- [ ] 2020-01-13 12:00 · <https://x.com/cli_rae/status/101>"));
}

/// An X archive folder for `@carry_rae` with (id, day of March 2021, text) tweets.
fn archive_with(dir: &Path, tweets: &[(u64, u32, &str)]) {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("account.js"),
        r#"window.YTD.account.part0 = [{"account":{"username":"carry_rae","accountId":"9"}}]"#,
    )
    .unwrap();
    let tweets: Vec<String> = tweets
        .iter()
        .map(|(id, day, text)| {
            let date = chrono::NaiveDate::from_ymd_opt(2021, 3, *day).unwrap();
            let created = format!("{} 09:00:00 +0000 2021", date.format("%a %b %d"));
            format!(
                r#"{{"tweet":{{"id_str":"{id}","created_at":"{created}","full_text":"{text}"}}}}"#
            )
        })
        .collect();
    std::fs::write(
        data.join("tweets.js"),
        format!("window.YTD.tweets.part0 = [{}]", tweets.join(",")),
    )
    .unwrap();
}

const OLD: &[(u64, u32, &str)] = &[
    (
        201,
        1,
        "First week as a welding inspector at Harbor Point Naval Shipyard!",
    ),
    (202, 2, "Made homemade pasta tonight"),
    (206, 3, "So proud to work at Harbor Point Naval Shipyard"),
    (
        203,
        4,
        "Ultrasonic testing on hull welds all day at the shipyard",
    ),
];

fn analysed(dir: &Path) -> (mosaic::model::Dataset, mosaic::analyze::Analysis) {
    let data = mosaic::ingest::load_paths(&[dir.to_path_buf()], &|_| {}).unwrap();
    let opts = mosaic::analyze::Options::default();
    let analysis = mosaic::analyze::analyze(&data, &opts, &|_| {});
    (data, analysis)
}

#[test]
fn reviewed_findings_carry_over_to_a_newer_export_unless_their_evidence_changed() {
    use mosaic::review::{Outcome, ReviewState, finding_evidence_hash, review_state};
    let tmp = tempfile::tempdir().unwrap();
    let data_dir = tmp.path().join("data");
    let old = tmp.path().join("old");
    archive_with(&old, OLD);
    let (data, analysis) = analysed(&old);
    assert_eq!(data.posts.len(), OLD.len(), "{:?}", data.warnings);
    assert!(analysis.findings.len() >= 2, "{:?}", analysis.findings);
    let key = mosaic::review::archive_key(&data, &[]);
    let keys: Vec<String> = data.posts.iter().map(mosaic::review::post_key).collect();
    {
        let mut s = ReviewStore::open_in(&data_dir, &key).unwrap();
        for f in &analysis.findings {
            s.set_finding_review(
                f.id.as_str(),
                Outcome::Accepted,
                "known to the officer",
                &finding_evidence_hash(f, &keys),
                "test",
            )
            .unwrap();
        }
    }
    // The same export again: everything is reviewed.
    let s = ReviewStore::open_in(&data_dir, &key).unwrap();
    let reviews = s.finding_reviews().unwrap();
    for f in &analysis.findings {
        let h = finding_evidence_hash(f, &keys);
        assert_eq!(
            review_state(&reviews, f.id.as_str(), &h),
            ReviewState::Reviewed
        );
    }
    // A newer export with one more post about the role: the role finding changed (its
    // evidence grew), the unit finding did not; a new finding would be new.
    let newer = tmp.path().join("newer");
    let mut more = OLD.to_vec();
    more.push((
        204,
        8,
        "Another week of hull welds and ultrasonic testing, my eyes are square",
    ));
    more.push((205, 9, "Weekend hike with the dog"));
    archive_with(&newer, &more);
    let (data2, analysis2) = analysed(&newer);
    assert_eq!(
        mosaic::review::archive_key(&data2, &[]),
        key,
        "same account"
    );
    let keys2: Vec<String> = data2.posts.iter().map(mosaic::review::post_key).collect();
    let states: Vec<(String, ReviewState)> = analysis2
        .findings
        .iter()
        .map(|f| {
            let h = finding_evidence_hash(f, &keys2);
            (f.title.clone(), review_state(&reviews, f.id.as_str(), &h))
        })
        .collect();
    assert!(
        states.iter().any(|(_, s)| *s == ReviewState::Reviewed),
        "unchanged findings stay reviewed: {states:?}"
    );
    assert!(
        states.iter().any(|(_, s)| *s != ReviewState::Reviewed),
        "the grown finding shows again: {states:?}"
    );
    let role = states.iter().find(|(t, _)| t.starts_with("Role")).unwrap();
    assert_eq!(role.1, ReviewState::Changed, "{states:?}");
    let unit = states.iter().find(|(t, _)| t.starts_with("Unit")).unwrap();
    assert_eq!(unit.1, ReviewState::Reviewed, "{states:?}");
    drop(s);
    // The checklist of the newer export names the accepted risks with their reason.
    let md = export_args(&data_dir, &newer, &["--format", "md"]);
    assert!(md.contains("known to the officer"), "{md}");
    let html = export_args(&data_dir, &newer, &["--format", "html", "--plan"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("suggested plan"));
}

fn export_args(data_dir: &Path, archive: &Path, args: &[&str]) -> String {
    let o = Command::new(BIN)
        .env("MOSAIC_DATA_DIR", data_dir)
        .env("MOSAIC_CONFIG_DIR", data_dir)
        .args(["export", archive.to_str().unwrap(), "--tz", "UTC"])
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn review_takes_the_analysis_options_and_refuses_a_missing_archive() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(BIN)
            .env("MOSAIC_DATA_DIR", tmp.path())
            .env("MOSAIC_CONFIG_DIR", tmp.path())
            .args(args)
            .output()
            .unwrap()
    };
    let help = run(&["review", "--help"]);
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(
        text.contains("--tz") && text.contains("--watchlist"),
        "{text}"
    );
    let missing = tmp.path().join("nope.zip");
    let o = run(&["review", missing.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no such file"));
    let o = run(&["review", missing.to_str().unwrap(), "--tz", "Mars/Base"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--tz"));
}

/// Saves two decisions for `@cli_rae`; returns the store, still open (its log not yet merged).
fn saved(data_dir: &Path) -> ReviewStore {
    let mut s = ReviewStore::open_in(data_dir, "x:cli_rae").unwrap();
    s.set(
        &[
            ("x:101".into(), Decision::Delete),
            ("x:102".into(), Decision::Delete),
        ],
        "test",
    )
    .unwrap();
    s
}

fn exported_count(data_dir: &Path, archive: &Path) -> serde_json::Value {
    let json = export(data_dir, archive, "json", None);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["count"].clone()
}

/// An export only reads the review state: the database is not changed, decisions still in the
/// write-ahead log (another mosaic open, or one killed mid-review) are included, and a data
/// directory where nothing can be created (here the shared-memory file's name is taken by a
/// directory, which even root cannot open as a file) still exports every saved decision.
#[test]
fn export_reads_decisions_without_writing() {
    let tmp = tempfile::tempdir().unwrap();
    let data_dir = tmp.path().join("data");
    let arch = tmp.path().join("a");
    archive(&arch, &[100, 101, 102, 103]);
    let db = data_dir.join(mosaic::review::DB_FILE);

    // Another process still has the store open: its decisions are in the log.
    let open = saved(&data_dir);
    let wal = data_dir.join(format!("{}-wal", mosaic::review::DB_FILE));
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    let before = std::fs::read(&db).unwrap();
    assert_eq!(exported_count(&data_dir, &arch), 2);
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "export changed the database"
    );
    drop(open);

    // Closed cleanly, then the directory can take no new file.
    let shm = data_dir.join(format!("{}-shm", mosaic::review::DB_FILE));
    let _ = std::fs::remove_file(&shm);
    assert!(!wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0);
    std::fs::create_dir(&shm).unwrap();
    let before = std::fs::read(&db).unwrap();
    assert_eq!(exported_count(&data_dir, &arch), 2);
    assert_eq!(std::fs::read(&db).unwrap(), before);

    // No data directory at all: nothing decided yet, and nothing is created.
    let none = tmp.path().join("none");
    assert_eq!(exported_count(&none, &arch), 0);
    assert!(!none.exists());
}

/// A crash leaves decisions in the log; a copy of the data directory that cannot hold the
/// shared-memory file (read-only media) still exports them all.
#[test]
fn export_reads_logged_decisions_from_a_read_only_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let data_dir = tmp.path().join("data");
    let arch = tmp.path().join("a");
    archive(&arch, &[100, 101, 102, 103]);
    let open = saved(&data_dir);
    // Copy the database and its log as a crash would leave them.
    let copy = tmp.path().join("copy");
    std::fs::create_dir_all(&copy).unwrap();
    for suffix in ["", "-wal"] {
        let name = format!("{}{suffix}", mosaic::review::DB_FILE);
        std::fs::copy(data_dir.join(&name), copy.join(&name)).unwrap();
    }
    drop(open);
    // The decisions are in the log only: the database file alone has none.
    let main_only = rusqlite::Connection::open_with_flags(
        format!(
            "file:{}?immutable=1",
            copy.join(mosaic::review::DB_FILE).display()
        ),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
    )
    .unwrap();
    let in_file: i64 = main_only
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'decisions'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        in_file, 0,
        "the decisions were already in the database file"
    );
    std::fs::create_dir(copy.join(format!("{}-shm", mosaic::review::DB_FILE))).unwrap();
    assert_eq!(exported_count(&copy, &arch), 2);
}
