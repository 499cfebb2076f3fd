//! Photo metadata (EXIF) from image files, and camera-roll folders as archives.
#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod common;
use chrono::NaiveDate;
use common::*;
use exif::experimental::Writer;
use exif::{Field, In, Rational, Tag, Value};
use mosaic::ingest::exif::read_photo_meta;
use mosaic::model::{Platform, PostKind, TakenAt};

/// Reference values from exiftool 12.57 (`exiftool -n -GPSLatitude -GPSLongitude`).
const EXIFTOOL: &[(&[u8], f64, f64, &str)] = &[
    (
        DSCN0010,
        43.4674483333333,
        11.8851266666639,
        "2008-10-22 16:28:39",
    ),
    (
        DSCN0012,
        43.4671566666639,
        11.8853949999972,
        "2008-10-22 16:29:49",
    ),
];

#[test]
fn gps_agrees_with_exiftool_on_real_camera_photos() {
    for (bytes, lat, lon, taken) in EXIFTOOL {
        // Only the first 256 KiB are ever read.
        let head = &bytes[..bytes.len().min(256 * 1024)];
        let meta = read_photo_meta(head).unwrap();
        let gps = meta.gps.unwrap();
        assert!((gps.lat - lat).abs() < 1e-5, "{} vs {lat}", gps.lat);
        assert!((gps.lon - lon).abs() < 1e-5, "{} vs {lon}", gps.lon);
        assert_eq!(meta.camera.as_deref(), Some("NIKON COOLPIX P6000"));
        assert_eq!(meta.taken_local.unwrap().to_string(), *taken);
        assert_eq!(
            meta.taken_utc, None,
            "no OffsetTimeOriginal in these photos"
        );
    }
}

/// A minimal JPEG (SOI, APP1 Exif, EOI) with the given EXIF fields.
fn jpeg_with(fields: &[Field]) -> Vec<u8> {
    let mut w = Writer::new();
    for f in fields {
        w.push_field(f);
    }
    let mut tiff = std::io::Cursor::new(Vec::new());
    w.write(&mut tiff, false).unwrap();
    let tiff = tiff.into_inner();
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&u16::try_from(tiff.len() + 8).unwrap().to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

fn ascii(tag: Tag, s: &str) -> Field {
    Field {
        tag,
        ifd_num: In::PRIMARY,
        value: Value::Ascii(vec![s.as_bytes().to_vec()]),
    }
}

fn dms(tag: Tag, d: u32, m: u32, s_milli: u32) -> Field {
    Field {
        tag,
        ifd_num: In::PRIMARY,
        value: Value::Rational(vec![
            Rational::from((d, 1)),
            Rational::from((m, 1)),
            Rational::from((s_milli, 1000)),
        ]),
    }
}

fn offset_photo() -> Vec<u8> {
    jpeg_with(&[
        ascii(Tag::Make, "Apple"),
        ascii(Tag::Model, "iPhone 12"),
        ascii(Tag::DateTimeOriginal, "2024:09:03 09:40:12"),
        ascii(Tag::OffsetTimeOriginal, "-04:00"),
        ascii(Tag::GPSLatitudeRef, "S"),
        dms(Tag::GPSLatitude, 33, 52, 4_500),
        ascii(Tag::GPSLongitudeRef, "W"),
        dms(Tag::GPSLongitude, 70, 40, 30_000),
    ])
}

#[test]
fn offset_time_gives_utc_and_south_west_refs_are_negative() {
    let meta = read_photo_meta(&offset_photo()).unwrap();
    let gps = meta.gps.unwrap();
    assert!((gps.lat - -(33.0 + 52.0 / 60.0 + 4.5 / 3600.0)).abs() < 1e-9);
    assert!((gps.lon - -(70.0 + 40.0 / 60.0 + 30.0 / 3600.0)).abs() < 1e-9);
    assert_eq!(meta.camera.as_deref(), Some("Apple iPhone 12"));
    assert_eq!(
        meta.taken_utc
            .unwrap()
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string(),
        "2024-09-03T13:40:12Z"
    );
}

#[test]
fn camera_roll_folder_becomes_photo_posts() {
    let dir = tempfile::tempdir().unwrap();
    let offset = offset_photo();
    let roll = folder(
        dir.path(),
        "roll",
        &[
            ("DCIM/DSCN0010.jpg", DSCN0010),
            ("DCIM/DSCN0012.JPG", DSCN0012),
            ("DCIM/IMG_0001.jpeg", &offset),
            ("DCIM/screenshot.png", b"\x89PNG\r\n\x1a\n not really"),
            ("DCIM/.DS_Store", b"junk"),
            ("notes.txt", b"hello"),
        ],
    );
    let data = load(&[roll]);
    assert_eq!(data.descriptions, ["Photo folder (4 photos)"]);
    assert_eq!(data.platforms, [Platform::Photos]);
    assert_eq!(data.posts.len(), 3);
    assert!(data.posts.iter().all(|p| p.kind == PostKind::PhotoFile));
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("skipped 1 photos in")
                && w.ends_with("no readable EXIF metadata"))
    );
    // Camera-local time, no zone: created_at is that wall clock read as UTC.
    let a = &data.posts[0];
    assert_eq!(a.id.as_str(), "photos:DCIM/DSCN0010.jpg");
    assert_eq!(a.text, "DSCN0010.jpg");
    assert_eq!(iso(a), "2008-10-22T16:28:39Z");
    let local = NaiveDate::from_ymd_opt(2008, 10, 22)
        .unwrap()
        .and_hms_opt(16, 28, 39)
        .unwrap();
    assert_eq!(a.media[0].taken_at, Some(TakenAt::Local(local)));
    assert!((a.media[0].gps.unwrap().lat - 43.4674483333333).abs() < 1e-5);
    assert_eq!(a.media[0].camera.as_deref(), Some("NIKON COOLPIX P6000"));
    let c = data
        .posts
        .iter()
        .find(|p| p.text == "IMG_0001.jpeg")
        .unwrap();
    assert_eq!(iso(c), "2024-09-03T13:40:12Z");
    assert!(matches!(c.media[0].taken_at, Some(TakenAt::Utc(_))));
}

#[test]
fn unknown_archive_error_says_what_each_adapter_looked_for() {
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "random.zip",
        &[("a.txt", b"x"), ("b/c.doc", b"y")],
    );
    let e = load_err(&[z]);
    for name in [
        "X (",
        "Facebook (",
        "Instagram (",
        "Mastodon (",
        "LinkedIn (",
        "Telegram (",
        "Photos (",
    ] {
        assert!(e.contains(name), "{name} missing in {e}");
    }
    assert!(e.contains("outbox.json") && e.contains("Positions.csv") && e.contains("result.json"));
}

#[test]
fn sample_export_reads_completely() {
    let data = load(&[sample("photos-sam.zip")]);
    assert_eq!(data.posts.len(), 28);
    assert!(data.posts.iter().all(|p| p.media[0].gps.is_some()));
    let utc = data
        .posts
        .iter()
        .filter(|p| matches!(p.media[0].taken_at, Some(TakenAt::Utc(_))))
        .count();
    assert_eq!(utc, 14);
    // IMG_1000: Monday 2024-09-02 09:40 at -04:00.
    let first = find(&data, "IMG_1000.JPG");
    assert!(iso(first).starts_with("2024-09-02T13:40:"));
    // IMG_1001: Tuesday 13:05 camera-local with no offset, so 13:05 read as UTC.
    let second = find(&data, "IMG_1001.JPG");
    assert!(iso(second).starts_with("2024-09-03T13:05:"));
    assert!(matches!(second.media[0].taken_at, Some(TakenAt::Local(_))));
}

#[test]
fn every_adapter_reads_exif_of_photos_in_the_archive_x_included() {
    let tweets = r#"window.YTD.tweets.part0 = [ { "tweet": { "id_str": "1851942807159619757", "id": "1851942807159619757",
      "created_at": "Thu Oct 31 12:00:00 +0000 2024", "full_text": "view from the lab https://t.co/x",
      "entities": { "media": [] },
      "extended_entities": { "media": [ { "type": "photo", "media_url_https": "https://pbs.twimg.com/media/GbNr51RXQAAYsud.jpg" } ] } } } ]"#;
    let dir = tempfile::tempdir().unwrap();
    let z = zip(
        dir.path(),
        "twitter.zip",
        &[
            ("data/tweets.js", tweets.as_bytes()),
            (
                "data/tweets_media/1851942807159619757-GbNr51RXQAAYsud.jpg",
                DSCN0012,
            ),
        ],
    );
    let data = load(&[z]);
    assert_eq!(data.platforms, [Platform::X]);
    let m = &data.posts[0].media[0];
    assert!(m.present);
    let gps = m.gps.unwrap();
    assert!((gps.lat - 43.4671566666639).abs() < 1e-5 && (gps.lon - 11.8853949999972).abs() < 1e-5);
    assert_eq!(m.camera.as_deref(), Some("NIKON COOLPIX P6000"));
}

/// An X archive (as a folder) of `n` photo tweets, each photo a hard link to one copy of
/// DSCN0012 (no disk space per copy), `stripped` of its Exif segment or not.
fn x_photo_folder(dir: &std::path::Path, n: usize, stripped: bool) -> std::path::PathBuf {
    let root = dir.join("x-photos");
    let media = root.join("data/tweets_media");
    std::fs::create_dir_all(&media).unwrap();
    let source = root.join("source.jpg");
    // A stripped photo: a JPEG with its APP1 (Exif) segment left out, as X hands them back.
    let bytes: Vec<u8> = if stripped {
        let len = u16::from_be_bytes([DSCN0012[4], DSCN0012[5]]) as usize;
        let mut b = DSCN0012[..2].to_vec();
        b.extend_from_slice(&DSCN0012[4 + len..]);
        b
    } else {
        DSCN0012.to_vec()
    };
    std::fs::write(&source, bytes).unwrap();
    let mut records = Vec::new();
    for i in 0..n {
        let id = 1_851_942_807_159_619_000u64 + i as u64;
        records.push(format!(
            r#"{{ "tweet": {{ "id_str": "{id}", "id": "{id}", "created_at": "Thu Oct 31 12:00:00 +0000 2024",
              "full_text": "photo {i} https://t.co/x", "entities": {{ "media": [] }},
              "extended_entities": {{ "media": [ {{ "type": "photo", "media_url_https": "https://pbs.twimg.com/media/P{i}.jpg" }} ] }} }} }}"#
        ));
        std::fs::hard_link(&source, media.join(format!("{id}-P{i}.jpg"))).unwrap();
    }
    std::fs::remove_file(&source).unwrap();
    std::fs::write(
        root.join("data/tweets.js"),
        format!("window.YTD.tweets.part0 = [ {} ]", records.join(",\n")),
    )
    .unwrap();
    root
}

#[test]
fn many_photos_with_metadata_are_all_read() {
    // Over a thousand photos: a sample is read first; as it finds metadata, every photo is read.
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        &DSCN0012[2..4],
        [0xFF, 0xE1],
        "the sample photo starts with its Exif segment"
    );
    let data = load(&[x_photo_folder(dir.path(), 1_100, false)]);
    assert_eq!(data.posts.len(), 1_100);
    assert!(
        data.posts
            .iter()
            .all(|p| p.media[0].present && p.media[0].gps.is_some())
    );
    // The same photos stripped as X strips them: present, no position, nothing made up.
    let dir = tempfile::tempdir().unwrap();
    let data = load(&[x_photo_folder(dir.path(), 1_100, true)]);
    assert!(
        data.posts
            .iter()
            .all(|p| p.media[0].present && p.media[0].gps.is_none())
    );
}
