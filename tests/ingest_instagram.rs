//! Instagram exports: the three posts_1.json layouts, single posts and carousels, stories,
//! exif_data GPS and camera-local times, profile, inferred city and DMs.
#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod common;
use chrono::NaiveDate;
use common::*;
use mosaic::model::{GeoPoint, Platform, PostKind, TakenAt};

const SINGLE_AND_CAROUSEL: &str = r#"[
  { "media": [ { "uri": "media/posts/202405/443264932_n_18032017582961826.jpg",
      "creation_timestamp": 1715566876,
      "media_metadata": { "photo_metadata": { "exif_data": [ { "iso": 160, "date_time_original": "2024:05:02 22:47:28", "latitude": 60.4012, "longitude": 5.3019, "source_type": "camera" } ] },
                          "camera_metadata": { "has_camera_metadata": false } },
      "title": "Dock 3 again 🔥 焊接", "cross_post_source": { "source_app": "FB" } } ] },
  { "media": [
      { "uri": "media/posts/202403/a_n_1.jpg", "creation_timestamp": 1710165400, "title": "" },
      { "uri": "media/posts/202403/b_n_2.jpg", "creation_timestamp": 1710165400, "title": "",
        "media_metadata": { "photo_metadata": { "exif_data": [ { "latitude": 0.0, "longitude": 0.0, "date_time_original": "0000:00:00 00:00:00" } ] } } },
      { "uri": "media/posts/202403/c_n_3.mp4", "creation_timestamp": 1710165400, "title": "" } ],
    "title": "Team photo day — welding shop B 👷‍♂️", "creation_timestamp": 1710165470 },
  { "media": [] }
]"#;

#[test]
fn layout_2024_single_carousel_stories_profile_dms() {
    let stories = r#"{ "ig_stories": [ { "uri": "media/stories/202402/s.jpg", "creation_timestamp": 1707000000,
        "media_metadata": { "photo_metadata": { "exif_data": [ { "latitude": 60.4, "longitude": 5.3 } ] } },
        "title": "Gate B ☕" } ] }"#;
    let personal = r#"{ "profile_user": [ { "title": "", "media_map_data": {},
        "string_map_data": { "Username": { "href": "", "value": "tomas.welds", "timestamp": 0 },
                             "Name": { "href": "", "value": "Tomas Berg", "timestamp": 0 },
                             "Bio": { "href": "", "value": "Welder @ Nordvik Ferry Yard ⚓ 焊工", "timestamp": 0 } } } ] }"#;
    let based_in = r#"{ "inferred_data_primary_location": [ { "media_map_data": {}, "title": "",
        "string_map_data": { "City Name": { "href": "", "value": "Bergen, Vestland", "timestamp": 0 } } } ] }"#;
    let thread = r#"{ "participants": [ { "name": "Kari Lund" }, { "name": "Tomas Berg" } ],
        "messages": [ { "sender_name": "Tomas Berg", "timestamp_ms": 1704816300000, "content": "Off at 15:30 😊" } ],
        "title": "Kari Lund" }"#;
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "ig2024.zip",
        &[
            (
                "your_instagram_activity/content/posts_1.json",
                meta_escape(SINGLE_AND_CAROUSEL).as_bytes(),
            ),
            (
                "your_instagram_activity/content/stories.json",
                meta_escape(stories).as_bytes(),
            ),
            (
                "personal_information/personal_information/personal_information.json",
                meta_escape(personal).as_bytes(),
            ),
            (
                "personal_information/information_about_you/account_based_in.json",
                meta_escape(based_in).as_bytes(),
            ),
            (
                "your_instagram_activity/messages/inbox/kari_1784/message_1.json",
                meta_escape(thread).as_bytes(),
            ),
            (
                "media/posts/202405/443264932_n_18032017582961826.jpg",
                b"stripped jpeg",
            ),
        ],
    );
    let data = load(&[z]);
    assert_eq!(data.descriptions, ["Instagram export, 2024 layout"]);
    assert_eq!(data.platforms, [Platform::Instagram]);
    assert_eq!(data.posts.len(), 3, "{:?}", data.warnings);
    assert!(data.warnings.iter().any(|w| w == "skipped 1 posts in your_instagram_activity/content/posts_1.json: missing creation_timestamp"), "{:?}", data.warnings);

    let single = find(&data, "Dock 3");
    assert_eq!(single.text, "Dock 3 again 🔥 焊接");
    assert_eq!(iso(single), "2024-05-13T02:21:16Z");
    assert_eq!(single.kind, PostKind::Photo);
    let m = &single.media[0];
    assert!(m.present);
    assert_eq!(m.gps, GeoPoint::new(60.4012, 5.3019));
    let local = NaiveDate::from_ymd_opt(2024, 5, 2)
        .unwrap()
        .and_hms_opt(22, 47, 28)
        .unwrap();
    assert_eq!(m.taken_at, Some(TakenAt::Local(local)));

    let carousel = find(&data, "Team photo day");
    assert_eq!(carousel.text, "Team photo day — welding shop B 👷‍♂️");
    assert_eq!(iso(carousel), "2024-03-11T13:57:50Z");
    assert_eq!(carousel.media.len(), 3);
    assert_eq!(carousel.media[1].gps, None);
    assert_eq!(carousel.media[1].taken_at, None);
    assert_eq!(carousel.media[2].kind, mosaic::model::MediaKind::Video);

    let story = data
        .posts
        .iter()
        .find(|p| p.kind == PostKind::Story)
        .unwrap();
    assert_eq!(story.text, "Gate B ☕");
    assert_eq!(story.media[0].gps, GeoPoint::new(60.4, 5.3));

    let p = data.profile.as_ref().unwrap();
    assert_eq!(p.handle.as_deref(), Some("tomas.welds"));
    assert_eq!(p.name.as_deref(), Some("Tomas Berg"));
    assert_eq!(
        p.bio.as_deref(),
        Some("Welder @ Nordvik Ferry Yard ⚓ 焊工")
    );
    assert_eq!(p.location.as_deref(), Some("Bergen, Vestland"));

    assert_eq!(data.conversations.len(), 1);
    assert_eq!(data.conversations[0].participants, ["Kari Lund"]);
    assert!(data.conversations[0].messages[0].from_owner);
    assert_eq!(data.conversations[0].messages[0].text, "Off at 15:30 😊");
}

#[test]
fn layout_2021_and_2025_are_named_and_read() {
    let dir = tempfile::tempdir().unwrap();
    let personal =
        r#"{ "profile_user": [ { "string_map_data": { "Name": { "value": "Old Name" } } } ] }"#;
    let old = zip(
        dir.path(),
        "ig2021.zip",
        &[
            (
                "content/posts_1.json",
                meta_escape(SINGLE_AND_CAROUSEL).as_bytes(),
            ),
            (
                "account_information/personal_information.json",
                personal.as_bytes(),
            ),
        ],
    );
    let data = load(&[old]);
    assert_eq!(data.descriptions, ["Instagram export, 2019-2021 layout"]);
    assert_eq!(data.posts.len(), 2);
    assert_eq!(data.profile.unwrap().name.as_deref(), Some("Old Name"));

    let new = folder(
        dir.path(),
        "ig2025",
        &[
            (
                "your_instagram_activity/media/posts_1.json",
                meta_escape(SINGLE_AND_CAROUSEL).as_bytes(),
            ),
            (
                "personal_information/personal_information/personal_information.json",
                personal.as_bytes(),
            ),
        ],
    );
    let data = load(&[new]);
    assert_eq!(data.descriptions, ["Instagram export, 2025 layout"]);
    assert_eq!(data.posts.len(), 2);
}

#[test]
fn split_export_media_only_part_is_recognised_and_merged() {
    let posts = r#"[ { "media": [ { "uri": "media/posts/202401/p_n_1.jpg", "creation_timestamp": 1704873600, "title": "yard" } ] } ]"#;
    let dir = tempfile::tempdir().unwrap();
    let p1 = zip(
        dir.path(),
        "instagram-1.zip",
        &[(
            "your_instagram_activity/media/posts_1.json",
            posts.as_bytes(),
        )],
    );
    let p2 = zip(
        dir.path(),
        "instagram-2.zip",
        &[("media/posts/202401/p_n_1.jpg", DSCN0010)],
    );
    let alone = load(std::slice::from_ref(&p2));
    assert_eq!(alone.descriptions, ["Instagram export, media-only part"]);
    let data = load(&[p1, p2]);
    assert_eq!(data.descriptions.len(), 2);
    assert_eq!(data.posts.len(), 1);
    let gps = data.posts[0].media[0].gps.unwrap();
    assert!((gps.lat - 43.4674483333333).abs() < 1e-5 && (gps.lon - 11.8851266666639).abs() < 1e-5);
}

#[test]
fn sample_export_reads_completely() {
    let data = load(&[sample("instagram-tomas.zip")]);
    assert_eq!(data.posts.len(), 13);
    assert_eq!(
        data.posts
            .iter()
            .filter(|p| p.kind == PostKind::Story)
            .count(),
        4
    );
    assert_eq!(
        data.posts.iter().filter(|p| p.location().is_some()).count(),
        10
    );
    assert_eq!(data.media_count, 15);
    find(&data, "焊接车间的新面罩 👀");
    assert_eq!(
        data.profile.unwrap().location.as_deref(),
        Some("Bergen, Vestland")
    );
}
