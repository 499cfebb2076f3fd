//! The JSON report of every platform's sample archive keeps the report contract
//! (`tests/data/report.schema.json`), and findings come out of each.
#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn report(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_mosaic"))
        .args(args)
        .env(
            "MOSAIC_DATA_DIR",
            std::env::temp_dir().join("mosaic-platform-reports"),
        )
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_platform_sample_matches_the_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/data/report.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let cases = [
        ("facebook-meihua.zip", "facebook", 22, "Asia/Shanghai"),
        ("instagram-tomas.zip", "instagram", 13, "Europe/Oslo"),
        ("mastodon-priya.zip", "mastodon", 15, "Europe/London"),
        ("linkedin-daniel.zip", "linkedin", 11, "America/Boise"),
        ("telegram-ana.zip", "telegram", 14, "Europe/Sofia"),
        ("photos-sam.zip", "photos", 28, "America/New_York"),
    ];
    for (file, platform, posts, tz) in cases {
        let path = root.join("sample-exports").join(file);
        let r = report(&[
            "scan",
            path.to_str().unwrap(),
            "--format",
            "json",
            "--tz",
            tz,
        ]);
        let errors: Vec<String> = validator
            .iter_errors(&r)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .take(5)
            .collect();
        assert!(errors.is_empty(), "{file}: {}", errors.join("\n"));
        assert_eq!(r["archive"]["platform"], platform, "{file}");
        assert_eq!(r["posts"].as_array().unwrap().len(), posts, "{file}");
        assert!(
            !r["findings"].as_array().unwrap().is_empty(),
            "{file}: no findings"
        );
    }
}
