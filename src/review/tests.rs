//! Tests of the review database: persistence, history, undo/redo, permissions, two processes.

use super::*;
use crate::model::{Platform, PostId, Profile};
use chrono::{TimeZone, Utc};

fn post(id: &str, text: &str) -> Post {
    Post::new(
        PostId::native(Platform::X, id),
        Platform::X,
        Some(id.to_string()),
        Utc.with_ymd_and_hms(2020, 1, 1, 8, 0, 0).unwrap(),
        text.to_string(),
    )
}

fn dataset(handle: &str, ids: &[&str]) -> Dataset {
    let mut d = Dataset {
        platforms: vec![Platform::X],
        profile: Some(Profile {
            handle: Some(handle.to_string()),
            ..Profile::default()
        }),
        ..Dataset::default()
    };
    d.posts = ids.iter().map(|i| post(i, &format!("post {i}"))).collect();
    d
}

#[test]
fn archive_key_is_the_account_not_the_file() {
    let a = dataset("Rivet_Rae", &["1"]);
    let b = dataset("rivet_rae", &["1", "2"]);
    assert_eq!(
        archive_key(&a, &["old.zip".into()]),
        archive_key(&b, &["new.zip".into()])
    );
    assert_eq!(archive_key(&a, &[]), "x:rivet_rae");
    let other = dataset("someone", &["1"]);
    assert_ne!(archive_key(&a, &[]), archive_key(&other, &[]));
    let mut anon = dataset("x", &[]);
    anon.profile = None;
    assert!(archive_key(&anon, &["a.zip".into()]).starts_with("x:anon:"));
}

#[test]
fn post_key_adds_a_content_hash_for_synthetic_ids() {
    let native = post("42", "hi");
    assert_eq!(post_key(&native), "x:42");
    let mut a = Post::new(
        PostId::synthetic(Platform::Facebook, &["t"]),
        Platform::Facebook,
        None,
        Utc.with_ymd_and_hms(2020, 1, 1, 8, 0, 0).unwrap(),
        "one".into(),
    );
    let ka = post_key(&a);
    assert!(ka.starts_with(&a.id.0) && ka.contains('#'));
    a.text = "two".into();
    assert_ne!(ka, post_key(&a));
}

#[test]
fn decisions_survive_reopening_and_a_newer_export() {
    let dir = tempfile::tempdir().unwrap();
    let old = dataset("rae", &["1", "2", "3"]);
    let key = archive_key(&old, &[]);
    {
        let mut s = ReviewStore::open_in(dir.path(), &key).unwrap();
        s.set(&[("x:1".into(), Decision::Delete)], "test").unwrap();
        s.set(&[("x:2".into(), Decision::Keep)], "test").unwrap();
        s.set(&[("x:3".into(), Decision::Delete)], "test").unwrap();
    }
    // Same archive reopened.
    let s = ReviewStore::open_in(dir.path(), &key).unwrap();
    let (_, d) = decisions_for(&s, &old.posts).unwrap();
    assert_eq!(d, vec![Decision::Delete, Decision::Keep, Decision::Delete]);
    // A newer export: post 3 is gone (deleted), post 4 is new.
    let newer = dataset("rae", &["1", "2", "4"]);
    let s = ReviewStore::open_in(dir.path(), &archive_key(&newer, &[])).unwrap();
    let (keys, d) = decisions_for(&s, &newer.posts).unwrap();
    assert_eq!(keys, vec!["x:1", "x:2", "x:4"]);
    assert_eq!(
        d,
        vec![Decision::Delete, Decision::Keep, Decision::Undecided]
    );
    // Another account sees none of it.
    let s = ReviewStore::open_in(dir.path(), "x:other").unwrap();
    assert!(s.decisions().unwrap().is_empty());
}

#[test]
fn undo_redo_and_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = ReviewStore::open_in(dir.path(), "x:rae").unwrap();
    assert_eq!(s.undo("t").unwrap(), None);
    s.set(&[("x:1".into(), Decision::Delete)], "alice").unwrap();
    s.set(
        &[
            ("x:1".into(), Decision::Keep),
            ("x:2".into(), Decision::Delete),
        ],
        "bob",
    )
    .unwrap();
    // Setting what is already set is not a change.
    assert_eq!(
        s.set(&[("x:2".into(), Decision::Delete)], "bob").unwrap(),
        None
    );

    let undone = s.undo("carol").unwrap().unwrap();
    assert_eq!(undone.len(), 2);
    assert_eq!(s.decision("x:1").unwrap(), Decision::Delete);
    assert_eq!(s.decision("x:2").unwrap(), Decision::Undecided);
    s.undo("carol").unwrap();
    assert_eq!(s.decision("x:1").unwrap(), Decision::Undecided);
    assert_eq!(s.undo("carol").unwrap(), None);

    s.redo("dave").unwrap();
    assert_eq!(s.decision("x:1").unwrap(), Decision::Delete);
    s.redo("dave").unwrap();
    assert_eq!(s.decision("x:1").unwrap(), Decision::Keep);
    assert_eq!(s.decision("x:2").unwrap(), Decision::Delete);
    assert_eq!(s.redo("dave").unwrap(), None);

    // A new change after an undo drops the redo stack.
    s.undo("e").unwrap();
    s.set(&[("x:3".into(), Decision::Delete)], "e").unwrap();
    assert_eq!(s.redo("e").unwrap(), None);

    let h = s.history("x:1").unwrap();
    let ops: Vec<(&str, Decision, &str)> = h
        .iter()
        .map(|e| (e.op.as_str(), e.decision, e.actor.as_str()))
        .collect();
    assert_eq!(
        ops,
        vec![
            ("set", Decision::Delete, "alice"),
            ("set", Decision::Keep, "bob"),
            ("undo", Decision::Delete, "carol"),
            ("undo", Decision::Undecided, "carol"),
            ("redo", Decision::Delete, "dave"),
            ("redo", Decision::Keep, "dave"),
            ("undo", Decision::Delete, "e"),
        ]
    );
    assert!(h.iter().all(|e| e.at.ends_with('Z') && e.at.len() >= 20));
}

#[test]
fn reopening_keeps_undo_history() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut s = ReviewStore::open_in(dir.path(), "x:rae").unwrap();
        s.set(&[("x:1".into(), Decision::Delete)], "t").unwrap();
    }
    let mut s = ReviewStore::open_in(dir.path(), "x:rae").unwrap();
    s.undo("t").unwrap();
    assert_eq!(s.decision("x:1").unwrap(), Decision::Undecided);
}

#[cfg(unix)]
#[test]
fn files_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("nested").join("mosaic");
    let mut s = ReviewStore::open_in(&data, "x:rae").unwrap();
    s.set(&[("x:1".into(), Decision::Delete)], "t").unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(s.path()), 0o600);
    let wal = data.join(format!("{DB_FILE}-wal"));
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600);
    }
}

#[test]
fn two_processes_on_the_same_archive_are_safe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let threads: Vec<_> = (0..2)
        .map(|t| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut s = ReviewStore::open_in(&path, "x:rae").unwrap();
                for i in 0..50 {
                    s.set(&[(format!("x:{t}-{i}"), Decision::Delete)], "t")
                        .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let s = ReviewStore::open_in(&path, "x:rae").unwrap();
    assert_eq!(s.decisions().unwrap().len(), 100);
}

#[test]
fn reviewer_finding_reviews_notes_and_position_persist() {
    let dir = tempfile::tempdir().unwrap();
    let ev = evidence_hash(&["x:2", "x:1"]);
    assert_eq!(ev, evidence_hash(&["x:1", "x:2"]), "order does not matter");
    {
        let mut s = ReviewStore::open_in(dir.path(), "x:rae").unwrap();
        assert_eq!(s.reviewer().unwrap(), None);
        s.set_reviewer("security officer").unwrap();
        s.set_finding_review(
            "unit-1",
            Outcome::Accepted,
            "public anyway",
            &ev,
            "guided (a)",
        )
        .unwrap();
        s.add_note(&finding_target("unit-1"), "first", "guided (a)")
            .unwrap();
        s.add_note(&finding_target("unit-1"), "second", "guided (a)")
            .unwrap();
        s.add_note(&post_target("x:1"), "on a post", "guided (a)")
            .unwrap();
        s.set_guided_position("unit-1").unwrap();
    }
    let s = ReviewStore::open_in(dir.path(), "x:rae").unwrap();
    assert_eq!(s.reviewer().unwrap().unwrap().0, "security officer");
    let reviews = s.finding_reviews().unwrap();
    assert_eq!(reviews["unit-1"].outcome, Outcome::Accepted);
    assert_eq!(reviews["unit-1"].reason, "public anyway");
    assert_eq!(review_state(&reviews, "unit-1", &ev), ReviewState::Reviewed);
    let more = evidence_hash(&["x:1", "x:2", "x:3"]);
    assert_eq!(
        review_state(&reviews, "unit-1", &more),
        ReviewState::Changed
    );
    assert_eq!(review_state(&reviews, "role-1", &ev), ReviewState::New);
    let notes = s.notes().unwrap();
    assert_eq!(notes[&finding_target("unit-1")].note, "second");
    assert_eq!(notes[&post_target("x:1")].note, "on a post");
    let hist = s.note_history(&finding_target("unit-1")).unwrap();
    assert_eq!(hist.len(), 2);
    assert_eq!(s.guided_position().unwrap().as_deref(), Some("unit-1"));
    // Another account sees none of it.
    let other = ReviewStore::open_in(dir.path(), "x:other").unwrap();
    assert!(other.finding_reviews().unwrap().is_empty());
    assert_eq!(other.reviewer().unwrap(), None);
}
