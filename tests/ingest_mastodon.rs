//! Mastodon archives: outbox Create/Announce, HTML to text, CW, attachments, actor profile.
#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod common;
use common::*;
use mosaic::model::{MediaKind, Platform, PostKind};

const OUTBOX: &str = r#"{ "@context": ["https://www.w3.org/ns/activitystreams"], "id": "outbox.json", "type": "OrderedCollection", "totalItems": 9,
 "orderedItems": [
  { "id": "https://s.example/users/p/statuses/109333840388857217/activity", "type": "Create", "actor": "https://s.example/users/p",
    "published": "2022-11-13T01:13:27Z", "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [],
    "object": { "id": "https://s.example/users/p/statuses/109333840388857217", "type": "Note", "summary": null, "inReplyTo": null,
      "published": "2022-11-13T01:13:27Z", "url": "https://s.example/@p/109333840388857217",
      "content": "<p>&quot;<a href=\"https://s.example/tags/caterday\" class=\"mention hashtag\" rel=\"tag\">#<span>caterday</span></a> is serious business&quot; &amp; so is work at Kestrel<br>line two 🐈</p><p>para 2</p>",
      "attachment": [ { "type": "Document", "mediaType": "image/jpeg", "url": "/indiewebsocial/media_attachments/files/109/333/835/161/429/021/original/3381f6f615f26246.jpeg",
                        "name": "White cat on the office couch", "width": 1440, "height": 1081 },
                      { "type": "Document", "mediaType": "video/mp4", "url": "/system/media_attachments/files/109/333/835/161/429/022/original/v.mp4", "name": null } ] } },
  { "id": "https://s.example/users/p/statuses/109333840388857300/activity", "type": "Create", "actor": "https://s.example/users/p",
    "published": "2022-11-14T08:00:00Z", "to": ["https://s.example/users/sam"], "cc": [],
    "object": { "id": "https://s.example/users/p/statuses/109333840388857300", "type": "Note", "summary": "office stuff",
      "inReplyTo": "https://o.example/users/sam/statuses/1", "published": "2022-11-14T08:00:00Z",
      "url": "https://s.example/@p/109333840388857300", "content": "<p>door code changes Monday &#x1F510;</p>" } },
  { "id": "https://s.example/users/p/statuses/109333840388857400/activity", "type": "Announce", "actor": "https://s.example/users/p",
    "published": "2022-11-15T09:30:00Z", "to": ["https://www.w3.org/ns/activitystreams#Public"],
    "object": "https://o.example/users/x/statuses/42" },
  { "id": "https://s.example/users/p/statuses/5/activity", "type": "Create", "object": { "id": "https://s.example/users/p/statuses/5", "content": "<p>no time</p>" } },
  { "id": "x", "type": "Delete", "object": "https://s.example/users/p/statuses/4" }
 ] }"#;

const ACTOR: &str = r#"{ "type": "Person", "preferredUsername": "priya", "name": "Priya Raman",
  "summary": "<p>Backend engineer at <a href=\"https://kestrel.example\">Kestrel Analytics</a> &amp; climber</p>",
  "attachment": [ { "type": "PropertyValue", "name": "Work", "value": "Data platform @ <a href=\"https://kestrel.example\">Kestrel</a>" },
                  { "type": "IdentityProof", "name": "x" } ] }"#;

fn files() -> Vec<(&'static str, &'static [u8])> {
    vec![
        ("outbox.json", OUTBOX.as_bytes()),
        ("actor.json", ACTOR.as_bytes()),
        (
            "media_attachments/files/109/333/835/161/429/021/original/3381f6f615f26246.jpeg",
            DSCN0010,
        ),
    ]
}

fn check(data: &mosaic::model::Dataset) {
    assert_eq!(data.platforms, [Platform::Mastodon]);
    assert_eq!(data.posts.len(), 3, "{:?}", data.warnings);
    assert!(
        data.warnings
            .iter()
            .any(|w| w == "skipped 1 posts in outbox.json: missing published")
    );
    let p = &data.posts[0];
    assert_eq!(p.id.as_str(), "mastodon:109333840388857217");
    assert_eq!(iso(p), "2022-11-13T01:13:27Z");
    assert_eq!(
        p.text,
        "\"#caterday is serious business\" & so is work at Kestrel\nline two 🐈\n\npara 2"
    );
    assert_eq!(
        p.url.as_deref(),
        Some("https://s.example/@p/109333840388857217")
    );
    assert_eq!(p.kind, PostKind::Post);
    assert_eq!(p.media.len(), 2);
    let photo = &p.media[0];
    assert_eq!(
        photo.path,
        "media_attachments/files/109/333/835/161/429/021/original/3381f6f615f26246.jpeg"
    );
    assert_eq!(photo.alt.as_deref(), Some("White cat on the office couch"));
    assert!(photo.present);
    // The file kept its EXIF (unusual for Mastodon): its GPS is surfaced.
    assert!((photo.gps.unwrap().lat - 43.4674483333333).abs() < 1e-5);
    let video = &p.media[1];
    assert_eq!(video.kind, MediaKind::Video);
    assert_eq!(
        video.path,
        "media_attachments/files/109/333/835/161/429/022/original/v.mp4"
    );
    assert!(!video.present);

    let direct = &data.posts[1];
    assert_eq!(direct.kind, PostKind::Reply);
    assert_eq!(direct.text, "office stuff\n\ndoor code changes Monday 🔐");
    // The content warning is kept apart too: the writer's own word for what the post is about.
    assert_eq!(direct.content_warning.as_deref(), Some("office stuff"));
    assert_eq!(p.content_warning, None);
    assert_eq!(
        direct.reply_to.as_deref(),
        Some("https://o.example/users/sam/statuses/1")
    );

    let boost = &data.posts[2];
    assert_eq!(boost.kind, PostKind::Repost);
    assert_eq!(boost.text, "https://o.example/users/x/statuses/42");
    assert_eq!(boost.id.as_str(), "mastodon:109333840388857400");

    let prof = data.profile.as_ref().unwrap();
    assert_eq!(prof.handle.as_deref(), Some("priya"));
    assert_eq!(
        prof.bio.as_deref(),
        Some("Backend engineer at Kestrel Analytics & climber")
    );
    assert_eq!(
        prof.fields,
        [("Work".to_string(), "Data platform @ Kestrel".to_string())]
    );
}

#[test]
fn zip_and_folder_read_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let z = zip(dir.path(), "archive-20240101.zip", &files());
    let data = load(&[z]);
    assert_eq!(
        data.descriptions,
        ["Mastodon archive (outbox.json, actor.json, 1 media files)"]
    );
    check(&data);
    // Extracted into a wrapper folder.
    let named: Vec<(String, &[u8])> = files()
        .into_iter()
        .map(|(n, d)| (format!("archive-x/{n}"), d))
        .collect();
    let entries: Vec<(&str, &[u8])> = named.iter().map(|(n, d)| (n.as_str(), *d)).collect();
    let f = folder(dir.path(), "extracted", &entries);
    check(&load(&[f]));
}

/// Mastodon's own container: `archive-<time>-<hex>.tar.gz`, files at the root. Written here
/// by the system's `tar` (GNU tar's long-name records for the deep media path), read as the
/// zip is, photo EXIF included; a copy cut short keeps the files before the cut and says so.
#[test]
fn tar_gz_reads_like_the_zip() {
    let dir = tempfile::tempdir().unwrap();
    let f = folder(dir.path(), "extracted", &files());
    let p = dir.path().join("archive-20240101120000-3f2a9c.tar.gz");
    let status = std::process::Command::new("tar")
        .arg("czf")
        .arg(&p)
        .arg("-C")
        .arg(&f)
        .arg(".")
        .status()
        .expect("tar is on every CI machine");
    assert!(status.success());
    let data = load(std::slice::from_ref(&p));
    assert_eq!(
        data.descriptions,
        ["Mastodon archive (outbox.json, actor.json, 1 media files)"]
    );
    check(&data);
    assert!(
        data.warnings.iter().all(|w| !w.contains("damaged")),
        "{:?}",
        data.warnings
    );

    let bytes = std::fs::read(&p).unwrap();
    let cut = dir.path().join("cut.tar.gz");
    std::fs::write(&cut, &bytes[..bytes.len() * 3 / 4]).unwrap();
    match mosaic::ingest::load_paths(&[cut], &mosaic::ingest::no_progress) {
        Ok(data) => assert!(
            data.warnings.iter().any(|w| w.contains("damaged")),
            "{:?}",
            data.warnings
        ),
        Err(e) => assert!(e.to_string().contains("cut.tar.gz"), "{e}"),
    }
}

#[test]
fn sample_export_reads_completely() {
    let data = load(&[sample("mastodon-priya.zip")]);
    assert_eq!(data.posts.len(), 15);
    assert_eq!(
        data.posts
            .iter()
            .filter(|p| p.kind == PostKind::Repost)
            .count(),
        2
    );
    assert_eq!(
        data.posts
            .iter()
            .filter(|p| p.kind == PostKind::Reply)
            .count(),
        1
    );
    let desk = find(&data, "decent coffee");
    assert_eq!(
        desk.text,
        "Our office by the canal finally got decent coffee.\nPhoto from my desk."
    );
    assert!(desk.media[0].present);
    assert_eq!(
        desk.media[0].alt.as_deref(),
        Some("View from my desk at Kestrel, canal outside")
    );
    let cw = find(&data, "Incident review");
    assert_eq!(
        cw.text,
        "work stuff\n\nIncident review notes are up; thanks to everyone who stayed late."
    );
    find(&data, "<rant> who schedules a 4pm Friday deploy </rant>");
    let p = data.profile.unwrap();
    assert_eq!(p.fields.len(), 2);
}

#[test]
fn cut_off_outbox_keeps_complete_items() {
    let cut = &OUTBOX[..OUTBOX.find("\"type\": \"Announce\"").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "cut.zip",
        &[
            ("outbox.json", cut.as_bytes()),
            ("actor.json", ACTOR.as_bytes()),
        ],
    );
    let data = load(&[z]);
    assert_eq!(data.posts.len(), 2);
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("outbox.json: not valid JSON")
                && w.ends_with("read the 2 complete items before the damage")),
        "{:?}",
        data.warnings
    );
    let broken = zip(dir.path(), "broken.zip", &[("outbox.json", b"{ nope")]);
    assert!(load_err(&[broken]).contains("outbox.json"));
}

/// A Mastodon outbox with direct notes to two people: one the owner keeps refusing (photos,
/// another app), one a friend.
fn direct_notes_outbox() -> String {
    let note = |n: u32, to: &str, day: u32, text: &str| {
        format!(
            r#"{{ "id": "https://s.example/users/p/statuses/{n}/activity", "type": "Create", "actor": "https://s.example/users/p",
    "published": "2024-03-{day:02}T10:00:00Z", "to": ["{to}"], "cc": [],
    "object": {{ "id": "https://s.example/users/p/statuses/{n}", "type": "Note", "published": "2024-03-{day:02}T10:00:00Z",
      "content": "<p>{text}</p>" }} }}"#
        )
    };
    let items = [
        note(1, "https://o.example/users/jw", 2, "不會拍盤點表給你，這是內部資料"),
        note(2, "https://o.example/users/jw", 5, "不用換到 Telegram，我不聊工作"),
        note(3, "https://o.example/users/mei", 6, "no thanks, I'm full. See you Sunday!"),
        r#"{ "id": "https://s.example/users/p/statuses/4/activity", "type": "Create", "actor": "https://s.example/users/p",
    "published": "2024-03-07T10:00:00Z", "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": ["https://s.example/users/p/followers"],
    "object": { "id": "https://s.example/users/p/statuses/4", "type": "Note", "published": "2024-03-07T10:00:00Z", "content": "<p>climbing tonight</p>" } }"#
            .to_string(),
    ];
    format!(
        r#"{{ "type": "OrderedCollection", "orderedItems": [ {} ] }}"#,
        items.join(",\n")
    )
}

#[test]
fn direct_notes_are_the_owners_side_of_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = direct_notes_outbox();
    let z = zip(dir.path(), "m.zip", &[("outbox.json", outbox.as_bytes())]);
    let data = load(&[z]);
    // Still on the timeline (a direct note can be deleted like a post) …
    assert_eq!(data.posts.len(), 4);
    // … and the owner's side of one conversation per addressee; the public post is in none.
    assert_eq!(data.conversations.len(), 2);
    let jw = data
        .conversations
        .iter()
        .find(|c| c.participants == ["https://o.example/users/jw"])
        .unwrap();
    assert_eq!(jw.messages.len(), 2);
    assert!(jw.messages.iter().all(|m| m.from_owner));

    let analysis = mosaic::analyze::analyze(
        &data,
        &mosaic::analyze::Options::default(),
        &mosaic::ingest::no_progress,
    );
    let suspicious: Vec<&str> = analysis
        .contacts
        .iter()
        .filter(|c| c.suspicious)
        .map(|c| c.contact.as_str())
        .collect();
    assert_eq!(suspicious, ["https://o.example/users/jw"]);
}
