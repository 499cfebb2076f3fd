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
    assert!(md.contains("Posts to delete: 1"));
    assert!(md.contains("- [ ] 2020-01-13 12:00 · X · <https://x.com/cli_rae/status/101>"));
}
