//! The terminal is given back after the review screen is killed: SIGTERM (and SIGHUP, SIGINT)
//! leaves the alternate screen and raw mode, says where the decisions are saved, and a
//! decision made before the signal is still there. Run in a real terminal (tmux); skips with
//! a note when tmux is not installed.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_mosaic");

fn write_archive(dir: &Path) {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("account.js"),
        r#"window.YTD.account.part0 = [{"account":{"username":"sig_rae","accountId":"77"}}]"#,
    )
    .unwrap();
    let tweets: Vec<String> = (0..5)
        .map(|i| {
            format!(
                r#"{{"tweet":{{"id_str":"{}","created_at":"Mon Mar 01 0{i}:30:00 +0000 2021","full_text":"signal post {i}"}}}}"#,
                700 + i
            )
        })
        .collect();
    std::fs::write(
        data.join("tweets.js"),
        format!("window.YTD.tweets.part0 = [{}]", tweets.join(",")),
    )
    .unwrap();
}

struct Tmux(String);

impl Tmux {
    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.0)
            .args(args)
            .output()
            .unwrap()
    }
    fn text(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&self.run(args).stdout)
            .trim()
            .to_string()
    }
    fn wait_for(&self, what: &str, check: impl Fn() -> bool) {
        let start = Instant::now();
        while !check() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "timed out waiting for {what}; screen:\n{}",
                self.text(&["capture-pane", "-p", "-t", "sig"])
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn killed_by(signal: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    write_archive(&archive);
    let data_dir = tmp.path().join("data");
    let stty = tmp.path().join("stty.txt");
    let stderr = tmp.path().join("stderr.txt");
    let tmux = Tmux(format!("mosaic-sig-{signal}-{}", std::process::id()));
    // After mosaic ends, the shell records the terminal mode, then waits to be inspected.
    let cmd = format!(
        "env MOSAIC_DATA_DIR='{}' MOSAIC_CONFIG_DIR='{}' TZ=UTC '{BIN}' '{}' 2>'{}'; stty -a > '{}'; sleep 60",
        data_dir.display(),
        tmp.path().join("config").display(),
        archive.display(),
        stderr.display(),
        stty.display(),
    );
    let out = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "sig",
        "-x",
        "100",
        "-y",
        "30",
        "sh",
        "-c",
        &cmd,
    ]);
    assert!(out.status.success(), "{out:?}");
    let screen = || tmux.text(&["capture-pane", "-p", "-t", "sig"]);
    tmux.wait_for("the review screen", || {
        screen().contains("0 marked for deletion")
    });
    assert_eq!(
        tmux.text(&["display", "-p", "-t", "sig", "#{alternate_on}"]),
        "1"
    );
    tmux.run(&["send-keys", "-t", "sig", "d"]);
    tmux.wait_for("a saved decision", || {
        screen().contains("1 marked for deletion")
    });

    if signal == "ctrl-c" {
        // Raw mode turns Ctrl-C into a key press, which quits like `q`.
        tmux.run(&["send-keys", "-t", "sig", "C-c"]);
    } else {
        // The pane runs sh; mosaic is its child.
        let shell = tmux.text(&["display", "-p", "-t", "sig", "#{pane_pid}"]);
        let pid = String::from_utf8_lossy(
            &Command::new("ps")
                .args(["-o", "pid=", "--ppid", &shell])
                .output()
                .unwrap()
                .stdout,
        )
        .trim()
        .to_string();
        assert!(!pid.is_empty(), "mosaic's pid");
        assert!(
            Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status()
                .unwrap()
                .success()
        );
    }
    tmux.wait_for("mosaic to exit", || {
        stty.exists() && std::fs::metadata(&stty).unwrap().len() > 0
    });
    let mode = std::fs::read_to_string(&stty).unwrap();
    let flags: Vec<&str> = mode.split_whitespace().collect();
    assert!(
        flags.contains(&"icanon") && flags.contains(&"echo"),
        "still raw: {mode}"
    );
    assert_eq!(
        tmux.text(&["display", "-p", "-t", "sig", "#{alternate_on}"]),
        "0",
        "still on the alternate screen"
    );
    let said = std::fs::read_to_string(&stderr).unwrap();
    assert!(
        signal == "ctrl-c"
            || said.contains("decisions are saved in") && said.contains("review.sqlite3"),
        "{said}"
    );
    assert!(!said.contains("panicked"), "{said}");

    // The decision made before the signal survived.
    let out = Command::new(BIN)
        .env("MOSAIC_DATA_DIR", &data_dir)
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
    assert_eq!(csv.lines().count(), 2, "{csv}");
}

fn have_tmux() -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("note: tmux is not installed; skipping the terminal test");
        return false;
    }
    true
}

#[test]
fn sigterm_restores_the_terminal_and_keeps_decisions() {
    if have_tmux() {
        killed_by("TERM");
    }
}

#[test]
fn sighup_restores_the_terminal_and_keeps_decisions() {
    if have_tmux() {
        killed_by("HUP");
    }
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    if have_tmux() {
        killed_by("ctrl-c");
    }
}

/// With a data directory that cannot be written, the review screen still opens the archive
/// and says, on screen, that decisions will not be saved and why.
#[test]
fn unwritable_data_directory_is_said_on_screen() {
    if !have_tmux() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    write_archive(&archive);
    let blocker = tmp.path().join("not-a-dir");
    std::fs::write(&blocker, b"x").unwrap();
    let tmux = Tmux(format!("mosaic-ro-{}", std::process::id()));
    let cmd = format!(
        "env MOSAIC_DATA_DIR='{}' MOSAIC_CONFIG_DIR='{}' TZ=UTC '{BIN}' '{}'",
        blocker.join("mosaic").display(),
        tmp.path().join("config").display(),
        archive.display(),
    );
    let out = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "sig",
        "-x",
        "160",
        "-y",
        "30",
        "sh",
        "-c",
        &cmd,
    ]);
    assert!(out.status.success(), "{out:?}");
    let screen = || tmux.text(&["capture-pane", "-p", "-t", "sig"]);
    tmux.wait_for("the warning", || {
        let s = screen();
        s.contains("NOT SAVING") && s.contains("decisions will NOT be saved")
    });
    assert!(screen().contains("signal post 0"));
    tmux.run(&["send-keys", "-t", "sig", "q"]);
}
