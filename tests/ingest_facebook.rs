//! Facebook exports in every layout generation, with their quirks.
#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod common;
use common::*;
use mosaic::model::{GeoPoint, Platform, PostKind, TakenAt};

/// 2018–2021 layout: posts/your_posts_1.json, older `profile` key, older photo_metadata
/// object shape, place with numeric coordinates, title-only post, external link.
const OLD_POSTS: &str = r#"[
 { "timestamp": 1305050046,
   "attachments": [ { "data": [ { "media": {
        "uri": "posts/media/TimelinePhotos_awR520Z08w/226622_n.jpg",
        "creation_timestamp": 1305050046,
        "media_metadata": { "photo_metadata": { "taken_timestamp": 1305040000, "latitude": 55.6761, "longitude": 12.5683, "camera_make": "Canon", "camera_model": "Canon EOS 5D" } },
        "title": "Timeline Photos",
        "description": "Han satte sig ved siden af mig, kan næsten ikke blive bedre :O)" } } ] } ],
   "data": [ { "post": "Han satte sig ved siden af mig, kan næsten ikke blive bedre :O)" } ],
   "title": "Lukas har tilføjet et nyt billede." },
 { "timestamp": 1500000000, "data": [ { "post": "在测绘院加班 🙄" } ], "title": "Lukas updated his status." },
 { "timestamp": 1600000000, "title": "Lukas updated his profile picture." },
 { "timestamp": 1650000000, "data": [ { "update_timestamp": 1650000001 } ],
   "attachments": [ { "data": [ { "external_context": { "url": "https://example.org/report" } } ] } ],
   "title": "Lukas shared a link." },
 { "timestamp": 1700000000,
   "attachments": [ { "data": [ { "place": { "name": "Pont Neuf", "coordinate": { "latitude": 48.8566, "longitude": 2.3412 }, "address": "", "url": "" } } ] } ],
   "data": [ { "post": "Morning walk" } ], "title": "Lukas was at Pont Neuf." },
 { "data": [ { "post": "no timestamp, broken" } ] }
]"#;

const OLD_PROFILE: &str = r#"{ "profile": { "name": "Lukas Østergaard",
  "current_city": { "name": "København, Denmark" },
  "work": [ { "employer": "Søværnet", "title": "Navigatør", "location": "Frederikshavn" } ],
  "education": [ { "name": "IT-Universitetet i København", "concentrations": ["Softwareudvikling"] } ] } }"#;

#[test]
fn layout_2018_2021_posts_profile_and_mojibake() {
    let dir = tempfile::tempdir().unwrap();
    let photo = DSCN0010;
    let z = zip(
        dir.path(),
        "facebook-old.zip",
        &[
            ("posts/your_posts_1.json", meta_escape(OLD_POSTS).as_bytes()),
            (
                "profile_information/profile_information.json",
                meta_escape(OLD_PROFILE).as_bytes(),
            ),
            ("posts/media/TimelinePhotos_awR520Z08w/226622_n.jpg", photo),
        ],
    );
    let data = load(&[z]);
    assert_eq!(data.descriptions, ["Facebook export, 2018-2021 layout"]);
    assert_eq!(data.platforms, [Platform::Facebook]);
    assert_eq!(data.posts.len(), 5, "{:?}", data.warnings);
    assert!(
        data.warnings
            .iter()
            .any(|w| w == "skipped 1 posts in posts/your_posts_1.json: missing timestamp"),
        "{:?}",
        data.warnings
    );

    let photo_post = &data.posts[0];
    assert_eq!(iso(photo_post), "2011-05-10T17:54:06Z");
    assert_eq!(
        photo_post.text,
        "Han satte sig ved siden af mig, kan næsten ikke blive bedre :O)"
    );
    assert_eq!(photo_post.kind, PostKind::Photo);
    let m = &photo_post.media[0];
    assert!(m.present);
    // The JSON's GPS wins over the file's own EXIF.
    assert_eq!(m.gps, GeoPoint::new(55.6761, 12.5683));
    assert_eq!(m.camera.as_deref(), Some("Canon EOS 5D"));
    assert_eq!(
        m.taken_at.unwrap().to_report_string(),
        "2011-05-10T15:06:40Z"
    );

    let status = find(&data, "测绘院");
    assert_eq!(status.text, "在测绘院加班 🙄");
    assert_eq!(iso(status), "2017-07-14T02:40:00Z");
    assert!(status.id.as_str().starts_with("facebook:"));

    let title_only = find(&data, "profile picture");
    assert_eq!(title_only.text, "Lukas updated his profile picture.");
    assert_eq!(iso(title_only), "2020-09-13T12:26:40Z");

    let link = find(&data, "example.org");
    assert_eq!(
        link.text,
        "Lukas shared a link.\nhttps://example.org/report"
    );

    let checkin = find(&data, "Morning walk");
    assert_eq!(checkin.kind, PostKind::CheckIn);
    assert_eq!(checkin.place.as_deref(), Some("Pont Neuf"));
    assert_eq!(checkin.geo, GeoPoint::new(48.8566, 2.3412));

    let profile = data.profile.as_ref().unwrap();
    assert_eq!(profile.name.as_deref(), Some("Lukas Østergaard"));
    assert_eq!(profile.location.as_deref(), Some("København, Denmark"));
    assert_eq!(profile.work.len(), 1);
    assert_eq!(profile.work[0].employer.as_deref(), Some("Søværnet"));
    assert_eq!(profile.work[0].title.as_deref(), Some("Navigatør"));
    assert_eq!(profile.work[0].location.as_deref(), Some("Frederikshavn"));
    assert_eq!(
        profile.education,
        ["IT-Universitetet i København (Softwareudvikling)"]
    );
}

const V2_PROFILE: &str = r#"{ "profile_v2": {
  "name": { "full_name": "林美华" },
  "current_city": { "name": "上海市", "timestamp": 0 },
  "work_experiences": [ { "employer": "东门测绘院", "title": "GIS 分析师", "location": "上海", "start_timestamp": 1622509200, "timestamp": 1622509200 } ],
  "education_experiences": [ { "name": "同济大学", "graduated": true, "concentrations": [] } ],
  "about_me": "测绘 · 地图 · 跑步 🏃‍♀️",
  "websites": [ { "address": "https://example.org/meihua" } ] } }"#;

#[test]
fn layout_2022_2023_exif_array_year_zero_and_profile_v2() {
    let posts = r#"[
     { "timestamp": 1710000000,
       "attachments": [ { "data": [ { "media": {
           "uri": "your_activity_across_facebook/posts/media/Mobileuploads/1.jpg",
           "creation_timestamp": 1710000000,
           "media_metadata": { "photo_metadata": { "exif_data": [ { "upload_ip": "203.0.113.1", "taken_timestamp": -62169958800, "latitude": 31.2286, "longitude": 121.475 } ] } },
           "title": "Mobile uploads", "description": "工位窗外 🌸" } } ] } ],
       "title": "林美华 added a new photo." },
     { "timestamp": 1710000100,
       "attachments": [ { "data": [ { "media": {
           "uri": "your_activity_across_facebook/posts/media/Mobileuploads/2.jpg",
           "creation_timestamp": 1710000100,
           "media_metadata": { "photo_metadata": { "exif_data": [ { "latitude": 0, "longitude": 0, "taken_timestamp": 1709990000 } ] } } } } ] } ],
       "title": "林美华 added a new photo." }
    ]"#;
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "fb2022.zip",
        &[
            (
                "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
                meta_escape(posts).as_bytes(),
            ),
            (
                "personal_information/profile_information/profile_information.json",
                meta_escape(V2_PROFILE).as_bytes(),
            ),
        ],
    );
    let data = load(&[z]);
    assert_eq!(data.descriptions, ["Facebook export, 2022-2023 layout"]);
    assert_eq!(data.posts.len(), 2);
    // Attachment-only post: the media description is the text.
    let a = &data.posts[0];
    assert_eq!(a.text, "工位窗外 🌸");
    assert_eq!(a.media[0].gps, GeoPoint::new(31.2286, 121.475));
    assert_eq!(
        a.media[0].taken_at, None,
        "year-0 taken_timestamp is discarded"
    );
    assert!(!a.media[0].present);
    // No description: the title is the text; 0/0 coordinates mean no GPS.
    let b = &data.posts[1];
    assert_eq!(b.text, "林美华 added a new photo.");
    assert_eq!(b.media[0].gps, None);
    assert!(matches!(b.media[0].taken_at, Some(TakenAt::Utc(_))));
    assert!(data.warnings.iter().any(|w| w.contains("2 media files")));

    let p = data.profile.as_ref().unwrap();
    assert_eq!(p.name.as_deref(), Some("林美华"));
    assert_eq!(p.location.as_deref(), Some("上海市"));
    assert_eq!(p.bio.as_deref(), Some("测绘 · 地图 · 跑步 🏃‍♀️"));
    assert_eq!(p.website.as_deref(), Some("https://example.org/meihua"));
    assert_eq!(p.work[0].employer.as_deref(), Some("东门测绘院"));
    assert_eq!(p.work[0].title.as_deref(), Some("GIS 分析师"));
    assert_eq!(p.work[0].start.as_deref(), Some("2021-06-01"));
    assert_eq!(p.education, ["同济大学"]);
}

#[test]
fn layout_2024_check_ins_bare_object_albums_and_messenger() {
    // One check-in: the file is a bare object, not an array.
    let checkin = r#"{ "timestamp": 1700000000, "fbid": "1016000000001", "media": [],
      "label_values": [ { "label": "Message", "value": "打卡上班 ☕" },
        { "label": "Place tags", "dict": [ { "label": "Name", "value": "东门测绘院" },
          { "label": "Address", "value": "东门路 88 号" },
          { "label": "Coordinates", "value": "(38.575804323267 , -121.4804199327)" } ] } ] }"#;
    let album = r#"{ "name": "Office", "photos": [
      { "uri": "your_facebook_activity/posts/media/Office/a.jpg", "creation_timestamp": 1720000000,
        "media_metadata": { "photo_metadata": { "exif_data": [ { "latitude": 31.23, "longitude": 121.47 } ] } } } ] }"#;
    let thread = r#"{ "participants": [ { "name": "张伟" }, { "name": "林美华" } ],
      "messages": [
        { "sender_name": "林美华", "timestamp_ms": 1721000000123, "content": "明早七点四十地铁站见 👍" },
        { "sender_name": "张伟", "timestamp_ms": 1720999990000, "content": "还在测绘院吗？", "photos": [ { "uri": "your_facebook_activity/messages/inbox/zhangwei_1/photos/x.jpg" } ] } ],
      "title": "张伟", "thread_path": "inbox/zhangwei_1" }"#;
    let dir = tempfile::tempdir().unwrap();
    let z = folder(
        dir.path(),
        "fb2024",
        &[
            (
                "your_facebook_activity/posts/check-ins.json",
                meta_escape(checkin).as_bytes(),
            ),
            (
                "your_facebook_activity/posts/album/0.json",
                meta_escape(album).as_bytes(),
            ),
            (
                "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                b"[]",
            ),
            (
                "personal_information/profile_information/profile_information.json",
                meta_escape(V2_PROFILE).as_bytes(),
            ),
            (
                "your_facebook_activity/messages/inbox/zhangwei_1/message_1.json",
                meta_escape(thread).as_bytes(),
            ),
        ],
    );
    let data = load(&[z]);
    assert_eq!(data.descriptions, ["Facebook export, 2024+ layout"]);
    assert_eq!(data.posts.len(), 2, "{:?}", data.warnings);
    let c = find(&data, "打卡上班");
    assert_eq!(c.text, "打卡上班 ☕\n东门路 88 号");
    assert_eq!(c.kind, PostKind::CheckIn);
    assert_eq!(c.place.as_deref(), Some("东门测绘院"));
    assert_eq!(c.geo, GeoPoint::new(38.575804323267, -121.4804199327));
    assert_eq!(c.id.as_str(), "facebook:1016000000001");
    assert_eq!(iso(c), "2023-11-14T22:13:20Z");
    let a = data
        .posts
        .iter()
        .find(|p| p.kind == PostKind::Photo)
        .unwrap();
    assert_eq!(a.text, "Office");
    assert_eq!(iso(a), "2024-07-03T09:46:40Z");
    assert_eq!(a.media[0].gps, GeoPoint::new(31.23, 121.47));

    assert_eq!(data.conversations.len(), 1);
    let conv = &data.conversations[0];
    assert_eq!(conv.id, "zhangwei_1");
    assert_eq!(conv.participants, ["张伟"]);
    assert_eq!(conv.messages.len(), 2);
    assert_eq!(conv.messages[0].sender, "张伟");
    assert!(!conv.messages[0].from_owner);
    assert_eq!(conv.messages[0].attachments.len(), 1);
    assert_eq!(conv.messages[1].text, "明早七点四十地铁站见 👍");
    assert!(conv.messages[1].from_owner);
    assert_eq!(
        conv.messages[1]
            .sent_at
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string(),
        "2024-07-14T23:33:20.123Z"
    );
}

#[test]
fn layout_2025_is_named_and_events_are_posts() {
    let posts = r#"[ { "timestamp": 1710000000,
      "attachments": [ { "data": [ { "event": { "name": "第三分队 团建", "start_timestamp": 1712000000 } } ] } ],
      "title": "Meihua created an event." } ]"#;
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "fb2025.zip",
        &[(
            "this_profile's_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
            meta_escape(posts).as_bytes(),
        )],
    );
    let data = load(&[z]);
    assert_eq!(data.descriptions, ["Facebook export, 2025 layout"]);
    assert_eq!(data.posts.len(), 1);
    assert_eq!(data.posts[0].kind, PostKind::Event);
    assert_eq!(data.posts[0].text, "第三分队 团建");
}

#[test]
fn split_export_part_two_without_markers_is_merged_with_media_exif() {
    let posts = r#"[ { "timestamp": 1710000000,
      "attachments": [ { "data": [ { "media": { "uri": "your_facebook_activity/posts/media/Mobile/p.jpg", "creation_timestamp": 1710000000, "title": "Mobile uploads" } } ] } ],
      "data": [ { "post": "lunch view" } ] } ]"#;
    let dir = tempfile::tempdir().unwrap();
    let p1 = zip(
        dir.path(),
        "facebook-part1.zip",
        &[(
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            posts.as_bytes(),
        )],
    );
    let p2 = zip(
        dir.path(),
        "facebook-part2.zip",
        &[("your_facebook_activity/posts/media/Mobile/p.jpg", DSCN0012)],
    );
    // Part two alone is recognised, and is not an error.
    let alone = load(std::slice::from_ref(&p2));
    assert_eq!(
        alone.descriptions,
        ["Facebook export, 2024+ layout, a part without posts files"]
    );
    assert!(alone.posts.is_empty());
    let data = load(&[p1, p2]);
    assert_eq!(data.posts.len(), 1);
    let m = &data.posts[0].media[0];
    assert!(m.present);
    let gps = m.gps.unwrap();
    assert!((gps.lat - 43.4671566666639).abs() < 1e-5);
    assert!((gps.lon - 11.8853949999972).abs() < 1e-5);
    assert!(
        data.warnings
            .iter()
            .any(|w| w.contains("found in another part"))
    );
}

#[test]
fn html_export_and_damaged_json_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let html = zip(
        dir.path(),
        "fb-html.zip",
        &[(
            "your_facebook_activity/posts/your_posts_1.html",
            b"<html></html>",
        )],
    );
    assert!(load_err(&[html]).contains("HTML format"));
    let broken = zip(
        dir.path(),
        "fb-broken.zip",
        &[
            ("posts/your_posts_1.json", b"[ { \"timestamp\": 1 "),
            (
                "posts/your_posts_2.json",
                b"[ { \"timestamp\": 1500000000, \"data\": [ { \"post\": \"ok\" } ] } ]",
            ),
        ],
    );
    let data = load(&[broken]);
    assert_eq!(data.posts.len(), 1);
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("posts/your_posts_1.json: not valid JSON"))
    );
    let only_broken = zip(
        dir.path(),
        "fb-only-broken.zip",
        &[("posts/your_posts_1.json", b"{{")],
    );
    assert!(load_err(&[only_broken]).contains("no readable posts"));
}

#[test]
fn sample_export_reads_completely() {
    let data = load(&[sample("facebook-meihua.zip")]);
    assert_eq!(data.posts.len(), 22);
    assert_eq!(
        data.posts.iter().filter(|p| p.location().is_some()).count(),
        11
    );
    let p = data.profile.as_ref().unwrap();
    assert_eq!(
        p.work[0].employer.as_deref(),
        Some("东门测绘院 (Eastgate Survey Institute)")
    );
    let badge = find(&data, "New badge");
    assert_eq!(
        badge.text,
        "New badge arrived! 东门测绘院 第三分队 GIS 分析师 🎉"
    );
    assert_eq!(iso(badge), "2024-03-07T04:15:00Z");
    // The photo whose JSON lacks GPS got it from the file's own EXIF.
    let lunch = data
        .posts
        .iter()
        .find(|p| p.media.iter().any(|m| m.path.ends_with("4313_lunch_n.jpg")))
        .unwrap();
    assert!(lunch.media[0].gps.is_some());
    assert_eq!(
        lunch.media[0].taken_at.unwrap().to_report_string(),
        "2024-03-21T04:29:10Z"
    );
    assert_eq!(data.conversations.len(), 1);
    assert!(data.conversations[0].messages[1].from_owner);
}

#[test]
fn note_attachments_with_media_and_empty_activities() {
    // Shapes seen in a real 2021 export: a note whose only content is a photo, and an
    // activity with nothing but an update_timestamp (skipped and counted).
    let posts = r#"[
      { "timestamp": 1578144003, "attachments": [ { "data": [ { "note": { "title": "", "text": "",
          "media": [ { "uri": "posts/media/your_posts/81159700_n.jpg", "creation_timestamp": 1578144009, "title": "" } ],
          "created_timestamp": 1578144014 } } ] } ], "data": [ { "update_timestamp": 1578144003 } ] },
      { "timestamp": 1555664152, "attachments": [], "data": [ { "update_timestamp": 1555664152 } ] }
    ]"#;
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "fb-note.zip",
        &[("posts/your_posts_1.json", posts.as_bytes())],
    );
    let data = load(&[z]);
    assert_eq!(data.posts.len(), 1);
    assert_eq!(data.posts[0].kind, PostKind::Photo);
    assert_eq!(
        data.posts[0].media[0].path,
        "posts/media/your_posts/81159700_n.jpg"
    );
    assert!(
        data.warnings.iter().any(
            |w| w == "skipped 1 posts in posts/your_posts_1.json: no text, title or attachment"
        )
    );
}

#[test]
fn tagged_places_events_and_uncategorized_photos() {
    let tagged = r#"[ { "fbid": "555", "media": [], "label_values": [
        { "label": "Place name", "value": "Café Søhus" },
        { "label": "Visit time", "timestamp_value": 1700000000 },
        { "label": "Name of application used to tag this place", "value": "Facebook" } ] } ]"#;
    let created = r#"{ "your_events_v2": [ { "name": "Radar shop BBQ", "start_timestamp": 1720000000,
        "place": { "name": "Hangar 3", "coordinate": { "latitude": 55.1, "longitude": 8.2 } },
        "description": "Bring your badge", "create_timestamp": 1719000000 } ] }"#;
    let responses = r#"{ "event_responses_v2": { "events_joined": [ { "name": "Unit reunion", "start_timestamp": 1721000000 } ],
        "events_declined": [ { "name": "Not going", "start_timestamp": 1721000000 } ] } }"#;
    let other = r#"{ "other_photos_v2": [ { "uri": "your_facebook_activity/posts/media/Other/u.jpg", "creation_timestamp": 1710000000,
        "media_metadata": { "photo_metadata": { "exif_data": [ { "latitude": 55.2, "longitude": 8.3 } ] } }, "description": "hangar door" } ] }"#;
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "fb-more.zip",
        &[
            (
                "your_facebook_activity/posts/places_you_have_been_tagged_in.json",
                meta_escape(tagged).as_bytes(),
            ),
            (
                "your_facebook_activity/events/your_events.json",
                meta_escape(created).as_bytes(),
            ),
            (
                "your_facebook_activity/events/your_event_responses.json",
                responses.as_bytes(),
            ),
            (
                "your_facebook_activity/posts/your_uncategorized_photos.json",
                other.as_bytes(),
            ),
        ],
    );
    let data = load(&[z]);
    assert_eq!(data.posts.len(), 4, "{:?}", data.warnings);
    // Time order: the tagged visit (2023), the photo, the created event, the joined event.
    let photo = &data.posts[1];
    assert_eq!(photo.text, "hangar door");
    assert_eq!(photo.media[0].gps, GeoPoint::new(55.2, 8.3));
    let tag = &data.posts[0];
    assert_eq!(tag.text, "");
    assert_eq!(tag.kind, PostKind::CheckIn);
    assert_eq!(tag.place.as_deref(), Some("Café Søhus"));
    assert_eq!(tag.geo, None);
    assert_eq!(iso(tag), "2023-11-14T22:13:20Z");
    let bbq = &data.posts[2];
    assert_eq!(bbq.kind, PostKind::Event);
    assert_eq!(bbq.text, "Radar shop BBQ\nBring your badge");
    assert_eq!(bbq.place.as_deref(), Some("Hangar 3"));
    assert_eq!(bbq.geo, GeoPoint::new(55.1, 8.2));
    assert_eq!(iso(bbq), "2024-07-03T09:46:40Z");
    assert_eq!(data.posts[3].text, "Unit reunion");
}

#[test]
fn cut_off_posts_file_keeps_complete_records() {
    let full = meta_escape(
        r#"[ { "timestamp": 1500000000, "data": [ { "post": "第一条" } ] },
            { "timestamp": 1500000100, "data": [ { "post": "second" } ] },
            { "timestamp": 1500000200, "data": [ { "post": "third, cut" } ] } ]"#,
    );
    let cut = &full[..full.find("third").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "fb-cut.zip",
        &[("posts/your_posts_1.json", cut.as_bytes())],
    );
    let data = load(&[z]);
    assert_eq!(data.posts.len(), 2);
    assert_eq!(data.posts[0].text, "第一条");
    assert!(
        data.warnings.iter().any(|w| w
            .starts_with("posts/your_posts_1.json: JSON is cut off or damaged after 2 records")),
        "{:?}",
        data.warnings
    );
}
