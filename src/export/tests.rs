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
        "platform,native_id,created_at,url,categories,findings,excerpt,decision,note,how_to_find,why,id"
    );
    assert!(lines[1].contains("\"First week at Harbor Point, \"\"drydock\"\" team\""));
    assert!(lines[2].contains(",'=cmd() lunch,"));
    assert!(lines[1].starts_with("X,1,2021-03-01T08:05:00Z,https://x.com/rae/status/1,unit,"));
    assert_eq!(lines.len(), 4);
}

/// A small account analysed for real: posts on X (with links) and Facebook (without), a
/// probing contact in the direct messages and an ordinary friend, a review with a reviewer,
/// an accepted risk, notes on a finding and a post.
fn reviewed() -> (
    Dataset,
    Analysis,
    Vec<Decision>,
    Vec<String>,
    Input<'static>,
) {
    use crate::model::{Conversation, Message, Profile};
    let t = |d: u32, h: u32| Utc.with_ymd_and_hms(2021, 3, d, h, 5, 0).unwrap();
    let x = |id: &str, d: u32, text: &str| {
        let mut p = Post::new(
            PostId::native(Platform::X, id),
            Platform::X,
            Some(id.into()),
            t(d, 9),
            text.into(),
        );
        p.url = Some(format!("https://x.com/rivet_rae/status/{id}"));
        p
    };
    let fb = |d: u32, text: &str| {
        Post::new(
            PostId::synthetic(Platform::Facebook, &[text]),
            Platform::Facebook,
            None,
            t(d, 18),
            text.into(),
        )
    };
    let mut data = Dataset {
        platforms: vec![Platform::X, Platform::Facebook],
        profile: Some(Profile {
            handle: Some("rivet_rae".into()),
            ..Profile::default()
        }),
        posts: vec![
            x(
                "101",
                1,
                "First week as a welding inspector at Harbor Point Naval Shipyard!",
            ),
            x("102", 2, "Made homemade pasta tonight"),
            x(
                "103",
                4,
                "Ultrasonic testing on hull welds all day at the shipyard",
            ),
            fb(
                5,
                "So proud to work at Harbor Point Naval Shipyard, best crew in drydock 4",
            ),
            fb(6, "Weekend hike with the dog"),
        ],
        ..Dataset::default()
    };
    let msg = |owner: bool, who: &str, day: i64, text: &str| Message {
        native_id: None,
        sender: if owner { "me".into() } else { who.into() },
        from_owner: owner,
        sent_at: chrono::DateTime::from_timestamp(1_615_000_000 + day * 86_400, 0).unwrap(),
        text: text.into(),
        attachments: vec![],
    };
    data.conversations = vec![
        Conversation {
            platform: Platform::X,
            id: "1-777".into(),
            participants: vec!["777".into()],
            messages: vec![
                msg(
                    false,
                    "777",
                    0,
                    "Loved your post about the shipyard! Experts like you are hard to find.",
                ),
                msg(true, "777", 1, "Thank you! It's a cool place to work"),
                msg(
                    false,
                    "777",
                    40,
                    "Which hulls are in Drydock 4 right now? Just curious.",
                ),
                msg(true, "777", 41, "I'd rather not say"),
                msg(
                    false,
                    "777",
                    75,
                    "We could pay you for a short write-up, 800 dollars.",
                ),
                msg(
                    false,
                    "777",
                    110,
                    "If you have any inspection reports you could share, my client pays well. Shall we continue on WhatsApp?",
                ),
            ],
        },
        Conversation {
            platform: Platform::X,
            id: "1-555".into(),
            participants: vec!["555".into()],
            messages: vec![
                msg(false, "555", 0, "Dinner on Friday?"),
                msg(true, "555", 0, "Sure, see you at 7"),
            ],
        },
    ];
    data.finish();
    let opts = crate::analyze::Options::default();
    let analysis = crate::analyze::analyze(&data, &opts, &|_| {});
    let keys: Vec<String> = data.posts.iter().map(crate::review::post_key).collect();
    let decisions: Vec<Decision> = data
        .posts
        .iter()
        .map(|p| {
            if p.text.contains("So proud") || p.text.contains("Ultrasonic") {
                Decision::Delete
            } else {
                Decision::Keep
            }
        })
        .collect();
    let input = Input {
        archive: "rivet_rae.zip",
        data: Box::leak(Box::new(data.clone())),
        analysis: Box::leak(Box::new(analysis.clone())),
        decisions: Box::leak(decisions.clone().into_boxed_slice()),
        keys: Box::leak(keys.clone().into_boxed_slice()),
        notes: no_notes(),
        reviews: no_reviews(),
        reviewer: Some("J. Doe, security officer"),
        tz: chrono_tz::UTC,
        options: None,
        selection: Selection::Decisions,
        generated: "2021-07-01T10:00:00Z",
    };
    (data, analysis, decisions, keys, input)
}

fn reviewed_list() -> Checklist {
    let (_, analysis, _, keys, input) = reviewed();
    let mut notes = HashMap::new();
    let at = "2021-07-01T09:30:00.000Z".to_string();
    let n = crate::review::post_target(&keys[2]);
    notes.insert(
        n.clone(),
        Note {
            target: n,
            note: "employee agrees".into(),
            at: at.clone(),
            actor: "guided (jd)".into(),
        },
    );
    let mut reviews = HashMap::new();
    // Accept the first finding that the deletions leave standing, if any; else the first.
    let open = build(&input).summary.open;
    if let Some(f) = analysis
        .findings
        .iter()
        .find(|f| open.contains(&f.title))
        .or(analysis.findings.first())
    {
        reviews.insert(
            f.id.0.clone(),
            FindingReview {
                finding: f.id.0.clone(),
                outcome: Outcome::Accepted,
                reason: "already public on the unit's own site".into(),
                evidence: "0".into(),
                at: at.clone(),
                actor: "guided (jd)".into(),
            },
        );
    }
    let notes: &'static HashMap<String, Note> = Box::leak(Box::new(notes));
    let reviews: &'static HashMap<String, FindingReview> = Box::leak(Box::new(reviews));
    build(&Input {
        notes,
        reviews,
        ..input
    })
}

#[test]
fn formats_snapshot() {
    let (data, analysis, decisions) = sample();
    let list = checklist("a.zip", &data, &analysis, &decisions, chrono_tz::UTC);
    insta::assert_snapshot!("markdown", markdown::render(&list));
    insta::assert_snapshot!("json", json::render(&list));
}

#[test]
fn golden_files_of_a_reviewed_account() {
    let list = reviewed_list();
    assert!(!list.contacts.is_empty(), "the probing contact is listed");
    assert_eq!(
        list.contacts.len(),
        1,
        "the friend is not: {:?}",
        list.contacts
    );
    for f in ExportFormat::ALL {
        let name = format!("golden_{}", f.extension());
        insta::assert_snapshot!(name, render(&list, f));
    }
}

#[test]
fn every_row_links_to_or_finds_its_post() {
    let list = reviewed_list();
    assert!(!list.items.is_empty());
    for it in &list.items {
        match it.platform.as_str() {
            "X" => assert!(
                it.url
                    .as_deref()
                    .is_some_and(|u| u.ends_with(it.native_id.as_deref().unwrap_or("?"))),
                "{it:?}"
            ),
            _ => {
                let how = it.how_to_find.as_deref().unwrap_or_default();
                assert!(how.contains(&it.date[..10]), "{how}");
                let first = it.excerpt.split_whitespace().next().unwrap_or_default();
                assert!(how.contains(first), "{how}");
            }
        }
    }
    // Grouped by platform, then by date.
    let platforms: Vec<&str> = list.items.iter().map(|i| i.platform.as_str()).collect();
    let mut sorted = platforms.clone();
    sorted.sort();
    assert_eq!(platforms, sorted);
}

#[test]
fn sections_in_every_format() {
    let list = reviewed_list();
    for f in ExportFormat::ALL {
        let out = render(&list, f);
        if f == ExportFormat::Csv {
            assert!(out.contains("employee agrees"));
            continue;
        }
        let lower = out.to_lowercase();
        assert!(
            lower.contains("contacts to report to your security officer"),
            "{f:?}"
        );
        assert!(
            lower.contains("still exposed after deletion") || lower.contains("still_exposed"),
            "{f:?}"
        );
        assert!(lower.contains("spread the deletions"), "{f:?}");
        assert!(lower.contains("web archives"), "{f:?}");
        assert!(
            lower.contains("on other sites"),
            "the username elsewhere: {f:?}"
        );
        assert!(out.contains("WhatsApp"), "cited message: {f:?}");
        assert!(lower.contains("evidence"), "{f:?}");
        assert!(out.contains("already public"), "accepted reason: {f:?}");
    }
}

#[test]
fn html_is_self_contained() {
    let mut list = reviewed_list();
    list.items[0].excerpt = "<script>alert(1)</script>".into();
    list.items[0].url = Some("javascript:alert(1)".into());
    let out = html::render(&list);
    assert!(!out.contains("<script"), "escaped");
    assert!(!out.contains("href=\"javascript"), "only http links");
    assert!(!out.contains("src="), "no external resources");
    assert!(!out.contains("<link"), "no stylesheets");
    assert!(out.contains("<style>") && out.contains("@media print"));
    assert!(out.contains("signature"));
}

#[test]
fn plan_and_all_flagged_selections() {
    let (_, analysis, _, _, input) = reviewed();
    let plan = build(&Input {
        selection: Selection::Plan,
        ..input
    });
    assert_eq!(plan.items.len(), analysis.plan.delete.len());
    let all = build(&Input {
        selection: Selection::AllFlagged,
        ..input
    });
    assert_eq!(all.items.len(), analysis.flagged_count());
    assert!(all.items.len() >= plan.items.len());
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
