//! Tests of the checklist and its formats.

use super::*;
use crate::analyze::{Category, CategorySet, Finding, Severity, Signal, Strength};
use crate::model::{FindingId, Platform, Post, PostId};
use chrono::{TimeZone, Utc};

fn sample() -> (Dataset, Analysis, Vec<Decision>) {
    let mk = |id: &str, h: u32, text: &str| {
        let mut p = Post::new(
            PostId::native(Platform::X, id),
            Platform::X,
            Some(id.into()),
            Utc.with_ymd_and_hms(2021, 3, 1, h, 5, 0).unwrap(),
            text.into(),
        );
        p.url = Some(format!("https://x.com/rae/status/{id}"));
        p
    };
    let data = Dataset {
        platforms: vec![Platform::X],
        posts: vec![
            mk("1", 8, "First week at Harbor Point, \"drydock\" team"),
            mk("2", 9, "=cmd() lunch"),
            mk("3", 10, "not marked"),
        ],
        ..Dataset::default()
    };
    let mut unit = CategorySet::default();
    unit.insert(Category::Unit);
    let analysis = Analysis {
        signals: vec![
            vec![Signal {
                category: Category::Unit,
                detector: "employment-statement",
                reason: "names an employer".into(),
                span: Some((14, 27)),
                strength: Strength::Strong,
                subject: Some("Harbor Point".into()),
            }],
            vec![],
            vec![],
        ],
        categories: vec![unit, CategorySet::default(), CategorySet::default()],
        findings: vec![Finding {
            id: FindingId("unit-1".into()),
            category: Category::Unit,
            severity: Severity::High,
            title: "Unit: Harbor Point".into(),
            value: None,
            location: None,
            evidence: vec![0],
            explanation: String::new(),
        }],
        ..Analysis::default()
    };
    let decisions = vec![Decision::Delete, Decision::Delete, Decision::Keep];
    (data, analysis, decisions)
}

#[test]
fn checklist_has_only_marked_posts_with_why() {
    let (data, analysis, decisions) = sample();
    let list = checklist(
        "a.zip",
        &data,
        &analysis,
        &decisions,
        chrono_tz::Europe::Berlin,
    );
    assert_eq!(list.items.len(), 2);
    let first = &list.items[0];
    assert_eq!(first.date, "2021-03-01 09:05");
    assert_eq!(first.categories, vec!["unit"]);
    assert_eq!(
        first.reasons,
        vec!["employment-statement: names an employer"]
    );
    assert_eq!(first.findings, vec!["Unit: Harbor Point"]);
}

#[test]
fn csv_quotes_and_defuses_formulas() {
    let (data, analysis, decisions) = sample();
    let list = checklist("a.zip", &data, &analysis, &decisions, chrono_tz::UTC);
    let out = csv::render(&list);
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "platform,date,url,excerpt,categories,why,findings,id"
    );
    assert!(lines[1].contains("\"First week at Harbor Point, \"\"drydock\"\" team\""));
    assert!(lines[2].contains(",'=cmd() lunch,"));
    assert_eq!(lines.len(), 4);
}

#[test]
fn formats_snapshot() {
    let (data, analysis, decisions) = sample();
    let list = checklist("a.zip", &data, &analysis, &decisions, chrono_tz::UTC);
    insta::assert_snapshot!("markdown", markdown::render(&list));
    insta::assert_snapshot!("json", json::render(&list));
}

#[test]
fn excerpt_is_one_line_and_cut() {
    assert_eq!(excerpt("a\nb   c", 10), "a b c");
    assert_eq!(excerpt("abcdefghij", 5), "abcd…");
}

#[cfg(unix)]
#[test]
fn write_private_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("out.csv");
    write_private(&p, b"x").unwrap();
    assert_eq!(
        std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
        0o600
    );
}
