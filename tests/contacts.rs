//! Who is asking: on labelled personas in four platforms' real formats (X, Facebook, Instagram,
//! Telegram), the probing contact becomes a `contact` finding and family, friends, shops and
//! recruiters do not. The personas live in `eval/` (made up, written independently of the
//! detectors); their labels say who is suspicious.

#![allow(clippy::unwrap_used)]

use mosaic::analyze::{self, Category, Options};
use mosaic::ingest;
use std::path::Path;

fn check(dir: &str, key: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let labels: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join(format!("{key}.labels.json"))).unwrap(),
    )
    .unwrap();
    let data =
        ingest::load_paths(&[root.join(format!("{key}.zip"))], &ingest::no_progress).unwrap();
    let options = Options {
        timezone: labels["timezone"].as_str().unwrap().parse().unwrap(),
        ..Options::default()
    };
    let analysis = analyze::analyze(&data, &options, &ingest::no_progress);
    let flagged: Vec<&str> = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Contact)
        .filter_map(|f| f.value.as_deref())
        .collect();
    for c in labels["contacts"].as_array().unwrap() {
        let names: Vec<&str> = ["handle", "name", "id"]
            .iter()
            .filter_map(|k| c[k].as_str())
            .collect();
        let is_flagged = names.iter().any(|n| flagged.contains(n));
        let suspicious = c["suspicious"].as_bool().unwrap();
        assert_eq!(
            is_flagged, suspicious,
            "{key}: contact {names:?} (suspicious: {suspicious}); flagged {flagged:?}"
        );
    }
    // Every suspicious contact's finding cites its signals in words.
    for c in analysis.contacts.iter().filter(|c| c.suspicious) {
        assert!(
            c.signals.iter().any(|s| s.reason.contains("asks")),
            "{key}: {:?}",
            c.signals
        );
    }
}

#[test]
fn x_archives() {
    check("eval/personas", "p1-x-reactor");
    check("eval/personas", "p3-x-satellite-zh");
    check("eval/personas", "p5-x-atc");
}

#[test]
fn facebook_archives() {
    check("eval/personas", "p2-facebook-radar");
    check("eval/personas", "p4-facebook-lab");
}

#[test]
fn instagram_archive() {
    check("eval/holdout", "h1-instagram-dockyard");
}

#[test]
fn telegram_archive() {
    check("eval/holdout", "h2-telegram-grid");
}
