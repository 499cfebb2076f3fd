//! One end-to-end run of the review screen in a real terminal (tmux): start `mosaic` on a
//! generated X archive, move, mark three posts with `d`, quit with `q`, then check that
//! `mosaic export ARCHIVE --format csv` lists exactly those three with their URLs.
//!
//! Skips (with a note) when `tmux` is not installed.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_mosaic");

/// A small X archive folder: account, and ten tweets a month apart.
fn write_archive(dir: &Path) {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("account.js"),
        r#"window.YTD.account.part0 = [{"account":{"username":"e2e_rae","accountId":"77","accountDisplayName":"Rae"}}]"#,
    )
    .unwrap();
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let tweets: Vec<String> = (0..10)
        .map(|i| {
            // 2019-01-07 is a Monday; one tweet every 8 days.
            let date = chrono::NaiveDate::from_ymd_opt(2019, 1, 7).unwrap()
                + chrono::Days::new(8 * i as u64);
            let wd = days[(8 * i) % 7];
            let created = format!("{wd} {} 09:30:00 +0000 2019", date.format("%b %d"));
            format!(
                r#"{{"tweet":{{"id_str":"{}","created_at":"{created}","full_text":"post number {i} from the e2e archive"}}}}"#,
                5000 + i
            )
        })
        .collect();
    std::fs::write(
        data.join("tweets.js"),
        format!("window.YTD.tweets.part0 = [{}]", tweets.join(",")),
    )
    .unwrap();
}

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap()
    }
    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if screen.contains(needle) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {needle:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

#[test]
fn mark_three_posts_in_tmux_then_export_csv() {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("note: tmux is not installed; skipping the end-to-end TUI test");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    write_archive(&archive);
    let data_dir = tmp.path().join("data");
    let config_dir = tmp.path().join("config");
    std::fs::create_dir_all(&config_dir).unwrap();
    let tmux = Tmux {
        socket: format!("mosaic-e2e-{}", std::process::id()),
    };
    let cmd = format!(
        "env MOSAIC_DATA_DIR='{}' MOSAIC_CONFIG_DIR='{}' TZ=UTC '{}' '{}'",
        data_dir.display(),
        config_dir.display(),
        BIN,
        archive.display()
    );
    let out = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "e2e",
        "-x",
        "100",
        "-y",
        "30",
        "sh",
        "-c",
        &cmd,
    ]);
    assert!(out.status.success(), "{out:?}");
    tmux.wait_for("0 marked for deletion");
    // Post 1 (second row), post 3 and post 6.
    tmux.keys(&["j", "d"]);
    tmux.wait_for("1 marked for deletion");
    tmux.keys(&["j", "j", "d"]);
    tmux.wait_for("2 marked for deletion");
    tmux.keys(&["Down", "Down", "Down", "d"]);
    let screen = tmux.wait_for("3 marked for deletion");
    assert!(!screen.contains("NOT SAVING"), "{screen}");
    tmux.keys(&["q"]);
    let start = Instant::now();
    while tmux.run(&["has-session", "-t", "e2e"]).status.success() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "mosaic did not quit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    let out = Command::new(BIN)
        .env("MOSAIC_DATA_DIR", &data_dir)
        .env("TZ", "UTC")
        .args([
            "export",
            archive.to_str().unwrap(),
            "--format",
            "csv",
            "--tz",
            "UTC",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 3, "{csv}");
    for (row, id) in rows.iter().zip([5001, 5003, 5006]) {
        assert!(
            row.contains(&format!("https://x.com/e2e_rae/status/{id}")),
            "{row}"
        );
    }
}
