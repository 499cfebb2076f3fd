//! Telegram Desktop exports: full account and single chat, owner's messages as posts.
#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod common;
use common::*;
use mosaic::model::{GeoPoint, MediaKind, Platform, PostKind};

const FULL: &str = r##"{
 "about": "Here is the data you requested.",
 "personal_information": { "user_id": 555000111, "first_name": "Ana", "last_name": "Petrova", "phone_number": "+359 0", "username": "@ana_rn", "bio": "RN at Riverside Clinic 🩺" },
 "chats": { "about": "", "list": [
  { "name": "Georgi", "type": "personal_chat", "id": 777000222, "messages": [
    { "id": 10, "type": "message", "date": "2024-06-03T07:05:00", "date_unixtime": "1717387500", "from": "Georgi", "from_id": "user777000222", "text": "Where are you?", "text_entities": [] },
    { "id": 11, "type": "message", "date": "2024-06-03T07:07:00", "date_unixtime": "1717387620", "from": "Ana Petrova", "from_id": "user555000111", "text": "", "text_entities": [],
      "location_information": { "latitude": 42.6901, "longitude": 23.3215 } },
    { "id": 12, "type": "message", "date": "2024-06-08T12:00:00", "date_unixtime": "1717837200", "from": "Ana Petrova", "from_id": "user555000111", "text": "", "text_entities": [],
      "place_name": "Riverside Clinic staff café", "address": "12 Riverside Blvd, Sofia", "location_information": { "latitude": 42.6902, "longitude": 23.3216 } },
    { "id": 13, "type": "message", "date": "2024-06-09T21:00:00", "date_unixtime": "1717956000", "from": "Ana Petrova", "from_id": "user555000111",
      "text": ["My new ", { "type": "bold", "text": "badge" }, " 😅 ", { "type": "mention_name", "text": "Georgi", "user_id": 777000222 }], "text_entities": [],
      "photo": "chats/chat_001/photos/photo_1@09-06-2024_21-00-00.jpg", "width": 8, "height": 8 },
    { "id": 14, "type": "message", "date": "2024-06-10T08:00:00", "date_unixtime": "1718000000", "from": "Ana Petrova", "from_id": "user555000111", "text": "rota",
      "file": "(File not included. Change data exporting settings to download.)", "mime_type": "application/pdf" },
    { "id": 15, "type": "service", "date": "2024-06-10T08:01:00", "date_unixtime": "1718000060", "actor": "Ana Petrova", "actor_id": "user555000111", "action": "phone_call", "text": "" },
    { "id": 16, "type": "message", "date": "2024-06-11T09:30:00", "from": "Ana Petrova", "from_id": "user555000111", "text": "no unixtime here" },
    { "id": 17, "type": "message", "from": "Ana Petrova", "from_id": "user555000111", "text": "no date at all" }
  ] },
  { "name": "Ward 3 nurses", "type": "private_supergroup", "id": 1900000002, "messages": [
    { "id": 1, "type": "message", "date": "2024-06-04T13:00:00", "date_unixtime": "1717495200", "from": "Ivan", "from_id": "user777000333", "text": "Lunch?" },
    { "id": 2, "type": "message", "date": "2024-06-04T13:02:00", "date_unixtime": "1717495320", "from": "Ana Petrova", "from_id": "user555000111",
      "text": ["after the ", { "type": "hashtag", "text": "#ward3" }, " handover"], "reply_to_message_id": 1 },
    { "id": 3, "type": "message", "date_unixtime": "1717495400", "from": "Ana Petrova", "from_id": "user555000111", "text": "", "file": "stickers/s.webp", "media_type": "sticker" }
  ] }
 ] } }"##;

#[test]
fn full_account_export() {
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "DataExport_2024-06-30.zip",
        &[
            ("DataExport_2024-06-30/result.json", FULL.as_bytes()),
            (
                "DataExport_2024-06-30/chats/chat_001/photos/photo_1@09-06-2024_21-00-00.jpg",
                DSCN0010,
            ),
        ],
    );
    let data = load(&[z]);
    assert_eq!(
        data.descriptions,
        ["Telegram Desktop export, full account (result.json)"]
    );
    assert_eq!(data.platforms, [Platform::Telegram]);
    assert_eq!(data.posts.len(), 6, "{:?}", data.warnings);
    assert!(data.posts.iter().all(|p| p.kind == PostKind::Message));
    assert!(
        data.warnings
            .iter()
            .any(|w| w == "skipped 1 messages in result.json: missing or unreadable date")
    );
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("1 messages in result.json have no date_unixtime"))
    );

    let loc = &data.posts[0];
    assert_eq!(loc.id.as_str(), "telegram:777000222/11");
    assert_eq!(iso(loc), "2024-06-03T04:07:00Z");
    assert_eq!(loc.geo, GeoPoint::new(42.6901, 23.3215));
    assert_eq!(loc.text, "");

    let group = find(&data, "handover");
    assert_eq!(group.text, "after the #ward3 handover");
    assert_eq!(group.reply_to.as_deref(), Some("1900000002/1"));

    let venue = find(&data, "Riverside Blvd");
    assert_eq!(venue.place.as_deref(), Some("Riverside Clinic staff café"));
    assert_eq!(venue.text, "12 Riverside Blvd, Sofia");
    assert_eq!(venue.geo, GeoPoint::new(42.6902, 23.3216));

    let photo = find(&data, "badge");
    assert_eq!(photo.text, "My new badge 😅 Georgi");
    assert_eq!(iso(photo), "2024-06-09T18:00:00Z");
    assert!(photo.media[0].present);
    assert!((photo.media[0].gps.unwrap().lon - 11.8851266666639).abs() < 1e-5);

    let rota = find(&data, "rota");
    assert_eq!(rota.media[0].kind, MediaKind::File);
    assert!(!rota.media[0].present);

    let local = find(&data, "no unixtime");
    assert_eq!(iso(local), "2024-06-11T09:30:00Z");

    let p = data.profile.as_ref().unwrap();
    assert_eq!(p.name.as_deref(), Some("Ana Petrova"));
    assert_eq!(p.handle.as_deref(), Some("ana_rn"));
    assert_eq!(p.bio.as_deref(), Some("RN at Riverside Clinic 🩺"));

    assert_eq!(data.conversations.len(), 1);
    let c = &data.conversations[0];
    assert_eq!(c.id, "777000222");
    assert_eq!(c.participants, ["Georgi"]);
    assert_eq!(c.messages.len(), 6);
    assert!(!c.messages[0].from_owner);
    assert!(c.messages[1].from_owner);
}

#[test]
fn single_chat_exports() {
    let personal = r#"{ "name": "Georgi", "type": "personal_chat", "id": 777000222, "messages": [
      { "id": 1, "type": "message", "date": "2024-06-03T07:05:00", "date_unixtime": "1717387500", "from": "Georgi", "from_id": "user777000222", "text": "hi" } ] }"#;
    let channel = r#"{ "name": "Ward 3 notices", "type": "public_channel", "id": 1900000009, "messages": [
      { "id": 1, "type": "message", "date": "2024-06-03T07:05:00", "date_unixtime": "1717387500", "from": "Ward 3 notices", "from_id": "channel1900000009", "text": "Night shift 19:00" } ] }"#;
    let dir = tempfile::tempdir().unwrap();
    let a = folder(
        dir.path(),
        "ChatExport_personal",
        &[("result.json", personal.as_bytes())],
    );
    let data = load(&[a]);
    assert_eq!(
        data.descriptions,
        ["Telegram Desktop export, single chat (result.json)"]
    );
    assert!(data.posts.is_empty());
    assert_eq!(data.conversations[0].messages.len(), 1);
    assert!(data.warnings.iter().any(|w| w.contains("owner is unknown")));
    let b = folder(
        dir.path(),
        "ChatExport_channel",
        &[("result.json", channel.as_bytes())],
    );
    let data = load(&[b]);
    assert_eq!(data.posts.len(), 1);
    assert_eq!(data.posts[0].text, "Night shift 19:00");
    assert!(data.warnings.iter().any(|w| w.contains("'Ward 3 notices'")));
}

#[test]
fn sample_export_reads_completely() {
    let data = load(&[sample("telegram-ana.zip")]);
    assert_eq!(data.posts.len(), 14);
    assert_eq!(data.posts.iter().filter(|p| p.geo.is_some()).count(), 6);
    find(&data, "Коридорът на отделение 3 е ремонтиран 🎉");
    find(&data, "Shift swap board for ward 3 nurses is up");
    assert_eq!(data.conversations.len(), 1);
    assert_eq!(data.conversations[0].messages.len(), 13);
}

/// A personal channel's posts are from the channel, not from a user: the owner's own channel
/// (created by the owner, signed with their name, or named after them) counts as theirs, and
/// so does a private channel (said in a warning); a public channel signed by someone else does
/// not.
#[test]
fn the_owners_own_channel_is_theirs() {
    let export = r##"{
 "personal_information": { "user_id": 42, "first_name": "晨", "last_name": "许", "username": "@xuchen" },
 "chats": { "list": [
  { "name": "小许的日常", "type": "private_channel", "id": 900, "messages": [
    { "id": 1, "type": "service", "date_unixtime": "1717387400", "actor": "小许的日常", "actor_id": "user42", "action": "create_channel", "title": "小许的日常", "text": "" },
    { "id": 2, "type": "message", "date_unixtime": "1717387500", "from": "小许的日常", "from_id": "channel900", "text": "今天在所里加班" }
  ] },
  { "name": "许晨 notes", "type": "private_channel", "id": 901, "messages": [
    { "id": 1, "type": "message", "date_unixtime": "1717387600", "from": "许晨 notes", "from_id": "channel901", "text": "named after me" }
  ] },
  { "name": "Daily News", "type": "public_channel", "id": 902, "messages": [
    { "id": 1, "type": "message", "date_unixtime": "1717387700", "from": "Daily News", "from_id": "channel902", "text": "Someone else's news", "author": "Editor" }
  ] },
  { "name": "Signed", "type": "public_channel", "id": 903, "messages": [
    { "id": 1, "type": "message", "date_unixtime": "1717387800", "from": "Signed", "from_id": "channel903", "text": "signed post", "author": "许晨" }
  ] },
  { "name": "碎碎念", "type": "private_channel", "id": 904, "messages": [
    { "id": 1, "type": "message", "date_unixtime": "1717387900", "from": "碎碎念", "from_id": "channel904", "text": "my notebook" }
  ] }
 ] } }"##;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("result.json"), export).unwrap();
    let data = load(&[dir.path().to_path_buf()]);
    let texts: Vec<&str> = data.posts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "今天在所里加班",
            "named after me",
            "signed post",
            "my notebook"
        ],
        "{:?}",
        data.warnings
    );
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("channel '碎碎念' taken as yours")),
        "{:?}",
        data.warnings
    );
}

/// One or two public channels in an export (public channels are exported only when asked
/// for) are taken as the owner's blog, said in a warning; among many, none is.
#[test]
fn a_lone_public_channel_is_taken_as_the_owners() {
    let channel = |id: u32, text: &str| {
        format!(
            r#"{{ "name": "Channel {id}", "type": "public_channel", "id": {id}, "messages": [
    {{ "id": 1, "type": "service", "date_unixtime": "1717387400", "actor": "Channel {id}", "actor_id": "channel{id}", "action": "create_channel", "title": "Channel {id}", "text": "" }},
    {{ "id": 2, "type": "message", "date_unixtime": "1717387500", "from": "Channel {id}", "from_id": "channel{id}", "text": "{text}" }}
  ] }}"#
        )
    };
    let export = |chats: &[String]| {
        format!(
            r#"{{ "personal_information": {{ "user_id": 42, "first_name": "Wei", "last_name": "Lim" }},
 "chats": {{ "list": [ {} ] }} }}"#,
            chats.join(",")
        )
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("result.json"),
        export(&[channel(900, "开这个 channel 记录吃风的地方")]),
    )
    .unwrap();
    let data = load(&[dir.path().to_path_buf()]);
    let texts: Vec<&str> = data.posts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["开这个 channel 记录吃风的地方"]);
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("channel 'Channel 900' taken as yours")),
        "{:?}",
        data.warnings
    );
    let many: Vec<String> = (900..903).map(|id| channel(id, "news")).collect();
    std::fs::write(dir.path().join("result.json"), export(&many)).unwrap();
    let data = load(&[dir.path().to_path_buf()]);
    assert!(data.posts.is_empty(), "{:?}", data.posts);
}
