//! Decisions survive anything: a `kill -9` in the middle of saving, a full disk, a data
//! directory that cannot be written, and two mosaic processes saving at once. After each,
//! the database opens, passes SQLite's integrity check, and holds every decision whose save
//! returned.
//!
//! The saving processes are this test binary run again in "child" mode (`MOSAIC_TEST_CHILD`),
//! printing `saved N` after each save returns.

#![allow(clippy::unwrap_used)]

use mosaic::review::{Decision, ReviewStore};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ARCHIVE: &str = "x:survivor";

/// Child mode: save decisions `p<start>…` one change at a time until told to stop (or the
/// disk is full), printing each one that returned.
#[test]
fn child_saver() {
    let Ok(dir) = std::env::var("MOSAIC_TEST_CHILD") else {
        return;
    };
    let start: usize = std::env::var("MOSAIC_TEST_START").unwrap().parse().unwrap();
    let count: usize = std::env::var("MOSAIC_TEST_COUNT").unwrap().parse().unwrap();
    let pad = std::env::var("MOSAIC_TEST_PAD").map_or(0, |p| p.parse().unwrap());
    let mut store = ReviewStore::open_in(Path::new(&dir), ARCHIVE).unwrap();
    for i in start..start + count {
        let key = format!("p{i}{}", "#".repeat(pad));
        match store.set(&[(key, Decision::Delete)], "test") {
            Ok(_) => println!("saved {i}"),
            Err(e) => {
                println!("error {e}");
                return;
            }
        }
    }
    println!("done");
}

fn child(dir: &Path, start: usize, count: usize) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", "child_saver", "--nocapture", "--test-threads=1"])
        .env("MOSAIC_TEST_CHILD", dir)
        .env("MOSAIC_TEST_START", start.to_string())
        .env("MOSAIC_TEST_COUNT", count.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    cmd
}

/// The numbers a child printed as saved, and its error line if any.
fn saved_lines(out: &str) -> (Vec<usize>, Option<String>) {
    let saved = out
        .lines()
        // The harness may print "test child_saver ... " in front of the first line.
        .filter_map(|l| l.rsplit_once("saved ")?.1.trim().parse().ok())
        .collect();
    let err = out
        .lines()
        .find_map(|l| l.split_once("error ").map(|(_, e)| e.to_string()));
    (saved, err)
}

/// Reopen, check integrity, and return the saved decisions' post keys.
fn reopen(dir: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(dir.join(mosaic::review::DB_FILE)).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    let store = ReviewStore::open_in(dir, ARCHIVE).unwrap();
    let mut keys: Vec<String> = store
        .decisions()
        .unwrap()
        .into_iter()
        .map(|(k, d)| {
            assert_eq!(d, Decision::Delete);
            k
        })
        .collect();
    keys.sort();
    keys
}

fn assert_all_saved(keys: &[String], saved: &[usize]) {
    for i in saved {
        assert!(
            keys.iter()
                .any(|k| k == &format!("p{i}") || k.starts_with(&format!("p{i}#"))),
            "decision p{i} was acknowledged but is lost"
        );
    }
}

#[test]
fn kill_9_while_saving_loses_nothing_acknowledged() {
    let tmp = tempfile::tempdir().unwrap();
    for round in 0..3 {
        let mut c = child(tmp.path(), round * 100_000, 100_000).spawn().unwrap();
        let stdout = c.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut lines = Vec::new();
            for l in BufReader::new(stdout).lines() {
                let Ok(l) = l else { break };
                lines.push(l);
            }
            lines.join("\n")
        });
        // Let it save for a while, then SIGKILL it mid-stream.
        let start = Instant::now();
        std::thread::sleep(Duration::from_millis(400 + 150 * round as u64));
        c.kill().unwrap();
        c.wait().unwrap();
        let (saved, err) = saved_lines(&reader.join().unwrap());
        assert!(err.is_none(), "{err:?}");
        assert!(
            !saved.is_empty(),
            "the child saved nothing in {:?}",
            start.elapsed()
        );
        let keys = reopen(tmp.path());
        assert_all_saved(&keys, &saved);
    }
}

#[test]
fn two_processes_saving_at_once_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    // Create the database first so both open an existing file.
    drop(ReviewStore::open_in(tmp.path(), ARCHIVE).unwrap());
    let a = child(tmp.path(), 0, 300).spawn().unwrap();
    let b = child(tmp.path(), 1000, 300).spawn().unwrap();
    let (out_a, out_b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let (saved_a, err_a) = saved_lines(&String::from_utf8_lossy(&out_a.stdout));
    let (saved_b, err_b) = saved_lines(&String::from_utf8_lossy(&out_b.stdout));
    assert!(err_a.is_none() && err_b.is_none(), "{err_a:?} {err_b:?}");
    assert_eq!((saved_a.len(), saved_b.len()), (300, 300));
    let keys = reopen(tmp.path());
    assert_eq!(keys.len(), 600);
    assert_all_saved(&keys, &saved_a);
    assert_all_saved(&keys, &saved_b);
}

/// A full disk, for real: the child runs under a file-size limit (`ulimit -f`), so SQLite's
/// writes fail with EFBIG past it ("database or disk is full"). The error is reported, and
/// everything saved before it is intact.
#[cfg(unix)]
#[test]
fn a_full_disk_is_reported_and_corrupts_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    drop(ReviewStore::open_in(tmp.path(), ARCHIVE).unwrap());
    let exe = std::env::current_exe().unwrap();
    // Ignoring SIGXFSZ is inherited across exec, so the write fails instead of killing.
    let out = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 200; exec \"$0\" --exact child_saver --nocapture --test-threads=1")
        .arg(&exe)
        .env("MOSAIC_TEST_CHILD", tmp.path())
        .env("MOSAIC_TEST_START", "0")
        .env("MOSAIC_TEST_COUNT", "100000")
        .env("MOSAIC_TEST_PAD", "400")
        .stderr(Stdio::null())
        .output()
        .unwrap();
    let (saved, err) = saved_lines(&String::from_utf8_lossy(&out.stdout));
    let err = err.expect("the save hit the size limit and said so");
    assert!(
        err.contains("full") || err.contains("large") || err.contains("I/O"),
        "{err}"
    );
    assert!(!saved.is_empty());
    let keys = reopen(tmp.path());
    assert_all_saved(&keys, &saved);
}

/// A data directory that cannot be created or written (here: its parent is a file, which
/// even root cannot get round): opening the store is one clear error naming the path;
/// `mosaic export` only reads it (nothing saved there, so nothing marked) and `scan` does not
/// need it at all.
#[test]
fn an_unwritable_data_directory_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("not-a-dir");
    std::fs::write(&blocker, b"x").unwrap();
    let data_dir = blocker.join("mosaic");
    let e = ReviewStore::open_in(&data_dir, ARCHIVE)
        .unwrap_err()
        .to_string();
    assert!(e.contains("not-a-dir"), "{e}");
    assert!(!e.contains('\n'), "{e}");

    let archive = tmp.path().join("archive");
    std::fs::create_dir_all(archive.join("data")).unwrap();
    std::fs::write(
        archive.join("data/tweets.js"),
        r#"window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","created_at":"Mon Mar 01 09:00:00 +0000 2021","full_text":"hello"}}]"#,
    )
    .unwrap();
    let bin = env!("CARGO_BIN_EXE_mosaic");
    let out = Command::new(bin)
        .env("MOSAIC_DATA_DIR", &data_dir)
        .args(["export", "--format", "json"])
        .arg(&archive)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["count"], 0);
    let out = Command::new(bin)
        .env("MOSAIC_DATA_DIR", &data_dir)
        .args(["scan"])
        .arg(&archive)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}
