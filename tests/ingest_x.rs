//! X (Twitter) archive quirks, each on a small fixture written here into a temp dir, plus the
//! committed sample archive. Every test asserts exact ids, UTC times, decoded text and URLs.

#![allow(clippy::unwrap_used)] // helpers panic on purpose: a failed fixture is a failed test

use chrono::{TimeZone, Utc};
use mosaic::model::{Dataset, MediaKind, Post, PostKind};
use serde_json::{Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};

// --- fixture helpers ---------------------------------------------------------------------------

/// `2022-03-02T10:00:00Z` in X's `created_at` form, `Wed Mar 02 10:00:00 +0000 2022`.
fn x_time(iso: &str) -> String {
    let t = chrono::DateTime::parse_from_rfc3339(iso).unwrap();
    t.with_timezone(&Utc)
        .format("%a %b %d %H:%M:%S +0000 %Y")
        .to_string()
}

/// A tweet record as X writes it since 2020: wrapped, numbers as strings.
fn tweet(id: &str, iso: &str, full_text: &str) -> Value {
    json!({ "tweet": bare(id, iso, full_text) })
}

/// A tweet record without the `{"tweet": …}` wrapper (2019 archives).
fn bare(id: &str, iso: &str, full_text: &str) -> Value {
    json!({
        "retweeted": false,
        "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
        "entities": { "hashtags": [], "symbols": [], "user_mentions": [], "urls": [] },
        "display_text_range": ["0", full_text.chars().count().to_string()],
        "favorite_count": "2",
        "id_str": id,
        "truncated": false,
        "retweet_count": "0",
        "id": id,
        "created_at": x_time(iso),
        "favorited": false,
        "full_text": full_text,
        "lang": "en"
    })
}

/// `window.YTD.<name>.part<N> = ` and pretty JSON, as X writes its data files.
fn ytd(name: &str, part: u32, value: &Value) -> Vec<u8> {
    format!(
        "window.YTD.{name}.part{part} = {}",
        serde_json::to_string_pretty(value).unwrap()
    )
    .into_bytes()
}

fn account(username: &str) -> (String, Vec<u8>) {
    (
        "data/account.js".into(),
        ytd(
            "account",
            0,
            &json!([{ "account": {
                "email": "someone@example.com",
                "createdVia": "web",
                "username": username,
                "accountId": "4242",
                "createdAt": "2012-01-01T00:00:00.000Z",
                "accountDisplayName": "Some One"
            }}]),
        ),
    )
}

fn manifest(tweet_files: &[&str], media_dir: &str) -> (String, Vec<u8>) {
    let files: Vec<Value> = tweet_files
        .iter()
        .enumerate()
        .map(|(i, f)| json!({ "fileName": f, "globalName": format!("YTD.tweets.part{i}"), "count": "1" }))
        .collect();
    let m = json!({
        "userInfo": { "accountId": "4242", "userName": "from_manifest", "displayName": "Some One" },
        "archiveInfo": { "sizeBytes": "1", "generationDate": "2024-01-01T00:00:00.000Z",
                         "isPartialArchive": false, "maxPartSizeBytes": "53687091200" },
        "dataTypes": { "tweets": { "mediaDirectory": media_dir, "files": files } }
    });
    (
        "data/manifest.js".into(),
        format!(
            "window.__THAR_CONFIG = {}",
            serde_json::to_string_pretty(&m).unwrap()
        )
        .into_bytes(),
    )
}

fn file(name: &str, bytes: impl Into<Vec<u8>>) -> (String, Vec<u8>) {
    (name.to_string(), bytes.into())
}

fn write_zip(path: &Path, prefix: &str, files: &[(String, Vec<u8>)]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        zip.start_file(format!("{prefix}{name}"), opts).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap();
}

fn write_dir(root: &Path, files: &[(String, Vec<u8>)]) {
    for (name, data) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }
}

fn load(path: &Path) -> Dataset {
    mosaic::ingest::load_paths(&[path.to_path_buf()], &mosaic::ingest::no_progress)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Write the files as a zip in a fresh temp dir and load it.
fn load_zip(files: &[(String, Vec<u8>)]) -> Dataset {
    let dir = tempfile::tempdir().unwrap();
    let zp = dir.path().join("twitter-archive.zip");
    write_zip(&zp, "", files);
    load(&zp)
}

fn utc(iso: &str) -> chrono::DateTime<Utc> {
    chrono::DateTime::parse_from_rfc3339(iso)
        .unwrap()
        .with_timezone(&Utc)
}

fn post<'a>(data: &'a Dataset, native: &str) -> &'a Post {
    data.posts
        .iter()
        .find(|p| p.native_id.as_deref() == Some(native))
        .unwrap_or_else(|| panic!("no post {native} in {:?}", ids(data)))
}

fn ids(data: &Dataset) -> Vec<&str> {
    data.posts.iter().map(|p| p.id.as_str()).collect()
}

fn assert_post(p: &Post, native: &str, iso: &str, text: &str, user: &str) {
    assert_eq!(p.id.as_str(), format!("x:{native}"));
    assert_eq!(p.native_id.as_deref(), Some(native));
    assert_eq!(p.created_at, utc(iso), "created_at of {native}");
    assert_eq!(p.text, text, "text of {native}");
    assert_eq!(
        p.url.as_deref(),
        Some(format!("https://x.com/{user}/status/{native}").as_str())
    );
}

// --- the committed sample ------------------------------------------------------------------------

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-exports/x-marisol.zip")
}

#[test]
fn sample_archive_comes_back_whole() {
    let data = load(&sample_path());
    assert_eq!(data.posts.len(), 120, "every tweet in the sample");
    assert_eq!(data.media_count, 16);
    assert_eq!(data.platform_label(), "x");
    assert!(data.warnings.is_empty(), "{:?}", data.warnings);
    assert_eq!(data.timezone_hint.as_deref(), Some("America/Chicago"));
    let profile = data.profile.as_ref().unwrap();
    assert_eq!(profile.handle.as_deref(), Some("solder_sol"));
    assert_eq!(profile.name.as_deref(), Some("Marisol Keane"));
    assert_eq!(profile.location.as_deref(), Some("Huntsville, AL"));
    assert_eq!(
        profile.bio.as_deref(),
        Some("wires, rockets-adjacent, lopsided pottery. opinions my own & my dog's")
    );

    // Sorted by time, oldest first, ids unique.
    assert!(
        data.posts
            .windows(2)
            .all(|w| w[0].created_at <= w[1].created_at)
    );

    let u = "solder_sol";
    assert_post(
        post(&data, "1200127404522102794"),
        "1200127404522102794",
        "2019-11-28T19:00:45Z",
        "thankful for mac & cheese and naps",
        u,
    );
    assert_post(
        post(&data, "1113261183177170947"),
        "1113261183177170947",
        "2019-04-03T02:05:24Z",
        "electronics II lab final next week, wish me luck <3",
        u,
    );
    let rt = post(&data, "1390358247294144545");
    assert_eq!(rt.kind, PostKind::Repost);
    let reply = post(&data, "1501388600355409979");
    assert_eq!(reply.kind, PostKind::Reply);
    assert_eq!(
        reply.reply_to.as_deref(),
        Some("@kiln_kate 1501325587654272075")
    );

    // Geotag written as strings, both orders.
    let home = post(&data, "1146972169423556614");
    let g = home.geo.unwrap();
    assert_eq!((g.lat, g.lon), (34.7688, -86.5412));

    // Two photos, both present, named <tweet id>-<media key>.
    let photos = post(&data, "1578782499000094792");
    let paths: Vec<&str> = photos.media.iter().map(|m| m.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "data/tweets_media/1578782499000094792--Aoq2ufbsUJHCsV.jpg",
            "data/tweets_media/1578782499000094792-XrMDQ48VEOdHNlR.jpg"
        ]
    );
    assert!(
        photos
            .media
            .iter()
            .all(|m| m.present && m.kind == MediaKind::Photo)
    );

    // The long post carries the note's full text.
    let note = post(&data, "1649220166648680532");
    assert!(note.text.chars().count() > 500, "{}", note.text);
    assert!(
        note.text
            .ends_with("Not glamorous, but I love it & I would not trade it.")
    );
    assert!(!note.text.contains('…'));

    let kinds = |k| data.posts.iter().filter(|p| p.kind == k).count();
    assert_eq!(
        (kinds(PostKind::Reply), kinds(PostKind::Repost)),
        (4, 5),
        "replies and retweets"
    );
    assert_eq!(data.posts.iter().filter(|p| p.geo.is_some()).count(), 58);
}

#[test]
fn sample_loads_identically_twice() {
    let a = load(&sample_path());
    let b = load(&sample_path());
    assert_eq!(a.posts, b.posts);
}

// --- layouts ------------------------------------------------------------------------------------

fn three_tweets() -> [Value; 3] {
    [
        tweet("1500000000000000003", "2022-03-02T10:00:00Z", "third"),
        tweet("1500000000000000001", "2021-01-31T23:59:59Z", "first"),
        tweet("1500000000000000002", "2021-07-04T12:30:05Z", "second"),
    ]
}

fn assert_three(data: &Dataset, user: &str) {
    assert_eq!(
        ids(data),
        [
            "x:1500000000000000001",
            "x:1500000000000000002",
            "x:1500000000000000003"
        ]
    );
    assert_post(
        &data.posts[0],
        "1500000000000000001",
        "2021-01-31T23:59:59Z",
        "first",
        user,
    );
    assert_post(
        &data.posts[1],
        "1500000000000000002",
        "2021-07-04T12:30:05Z",
        "second",
        user,
    );
    assert_post(
        &data.posts[2],
        "1500000000000000003",
        "2022-03-02T10:00:00Z",
        "third",
        user,
    );
}

#[test]
fn split_parts_listed_in_the_manifest() {
    let [a, b, c] = three_tweets();
    let data = load_zip(&[
        manifest(
            &["data/tweets-part1.js", "data/tweets-part2.js"],
            "data/tweets_media",
        ),
        account("parts_user"),
        file("data/tweets-part1.js", ytd("tweets", 1, &json!([a, b]))),
        file("data/tweets-part2.js", ytd("tweets", 2, &json!([c]))),
    ]);
    assert_three(&data, "parts_user");
    assert!(data.warnings.is_empty(), "{:?}", data.warnings);
}

#[test]
fn split_parts_without_a_manifest_are_found_by_name() {
    let [a, b, c] = three_tweets();
    let data = load_zip(&[
        account("parts_user"),
        file("data/tweets.js", ytd("tweets", 0, &json!([a]))),
        file("data/tweets-part1.js", ytd("tweets", 1, &json!([b]))),
        file("data/tweets-part2.js", ytd("tweets", 2, &json!([c]))),
    ]);
    assert_three(&data, "parts_user");
}

#[test]
fn manifest_that_forgets_a_part_or_lists_a_missing_one() {
    let [a, b, c] = three_tweets();
    let data = load_zip(&[
        manifest(
            &["data/tweets-part1.js", "data/tweets-part9.js"],
            "data/tweets_media",
        ),
        account("parts_user"),
        file("data/tweets-part1.js", ytd("tweets", 1, &json!([a, b]))),
        file("data/tweets-part2.js", ytd("tweets", 2, &json!([c]))),
    ]);
    assert_three(&data, "parts_user");
    assert!(
        data.warnings.iter().any(|w| w.contains("tweets-part9.js")),
        "{:?}",
        data.warnings
    );
}

#[test]
fn old_names_with_bare_records_and_tweet_media() {
    let [a, b, c] = three_tweets();
    let strip = |v: Value| v["tweet"].clone();
    // `a` is tweet ...03, the newest.
    let mut with_photo = strip(a);
    with_photo["extended_entities"] = json!({ "media": [{
        "id_str": "1500000000000000900",
        "media_url_https": "https://pbs.twimg.com/media/DedzTHxXkAACFF_.jpg",
        "type": "photo",
        "url": "https://t.co/abc"
    }]});
    let data = load_zip(&[
        account("old_user"),
        file("data/tweet.js", ytd("tweet", 0, &json!([with_photo]))),
        file(
            "data/tweet-part1.js",
            ytd("tweet", 1, &json!([strip(b), strip(c)])),
        ),
        file(
            "data/tweet_media/1500000000000000003-DedzTHxXkAACFF_.jpg",
            &b"\xff\xd8\xff\xd9"[..],
        ),
    ]);
    assert_three(&data, "old_user");
    let m = &data.posts[2].media;
    assert_eq!(m.len(), 1);
    assert_eq!(
        m[0].path,
        "data/tweet_media/1500000000000000003-DedzTHxXkAACFF_.jpg"
    );
    assert!(m[0].present);
    assert!(data.warnings.is_empty(), "{:?}", data.warnings);
}

#[test]
fn bom_and_trailing_semicolon() {
    let [a, b, c] = three_tweets();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(ytd("tweets", 0, &json!([a, b, c])));
    bytes.extend(b";\r\n");
    let data = load_zip(&[account("bom_user"), file("data/tweets.js", bytes)]);
    assert_three(&data, "bom_user");
    assert!(data.warnings.is_empty(), "{:?}", data.warnings);
}

#[test]
fn one_line_2020_style_prefix() {
    // 2020 archives write `= [ {` on one line; no whitespace variant must matter.
    let [a, b, c] = three_tweets();
    let text = format!(
        "window.YTD.tweet.part0 = {}",
        serde_json::to_string(&json!([a, b, c])).unwrap()
    );
    let data = load_zip(&[account("compact"), file("data/tweet.js", text)]);
    assert_three(&data, "compact");
}

// --- text, kinds, ids ----------------------------------------------------------------------------

#[test]
fn html_entities_are_decoded() {
    let data = load_zip(&[
        account("ent"),
        file(
            "data/tweets.js",
            ytd(
                "tweets",
                0,
                &json!([tweet(
                    "1600000000000000001",
                    "2023-01-01T00:00:01Z",
                    "Hal &lt;hal@mit.edu&gt; &amp; co: it&#39;s &quot;fine&quot; &#x1F600;"
                )]),
            ),
        ),
    ]);
    assert_post(
        &data.posts[0],
        "1600000000000000001",
        "2023-01-01T00:00:01Z",
        "Hal <hal@mit.edu> & co: it's \"fine\" 😀",
        "ent",
    );
}

#[test]
fn replies_and_retweets_are_marked() {
    let mut reply = tweet("1600000000000000002", "2023-01-02T08:00:00Z", "@bob sure");
    reply["tweet"]["in_reply_to_status_id_str"] = json!("1599999999999999999");
    reply["tweet"]["in_reply_to_status_id"] = json!("1599999999999999999");
    reply["tweet"]["in_reply_to_screen_name"] = json!("bob");
    let mut nameless = tweet("1600000000000000003", "2023-01-02T09:00:00Z", "@carol ok");
    nameless["tweet"]["in_reply_to_status_id_str"] = json!("1599999999999999998");
    let rt = tweet(
        "1600000000000000004",
        "2023-01-02T10:00:00Z",
        "RT @dave: big news &amp; more",
    );
    let data = load_zip(&[
        account("kinds"),
        file(
            "data/tweets.js",
            ytd("tweets", 0, &json!([reply, nameless, rt])),
        ),
    ]);
    let p = post(&data, "1600000000000000002");
    assert_eq!(p.kind, PostKind::Reply);
    assert_eq!(p.reply_to.as_deref(), Some("@bob 1599999999999999999"));
    let p = post(&data, "1600000000000000003");
    assert_eq!(p.kind, PostKind::Reply);
    assert_eq!(p.reply_to.as_deref(), Some("1599999999999999998"));
    let p = post(&data, "1600000000000000004");
    assert_eq!(p.kind, PostKind::Repost);
    assert_eq!(p.text, "RT @dave: big news & more");
}

#[test]
fn ids_and_numbers_as_numbers_or_strings() {
    // Ids as JSON numbers (some tools rewrite archives that way), no id_str at all.
    let text = r#"window.YTD.tweets.part0 = [
  { "tweet": { "id": 1700000000000000001, "created_at": "Mon Jan 02 03:04:05 +0000 2023",
      "full_text": "numeric id", "favorite_count": 3, "retweet_count": 0,
      "in_reply_to_status_id": 1600000000000000000,
      "coordinates": { "type": "Point", "coordinates": [ -0.1276, 51.5072 ] } } },
  { "tweet": { "id_str": "1700000000000000002", "id": "1700000000000000002",
      "created_at": "Mon Jan 02 03:04:06 +0000 2023", "full_text": "string id",
      "favorite_count": "3",
      "coordinates": { "type": "Point", "coordinates": [ "-0.1276", "51.5072" ] } } }
]"#;
    let data = load_zip(&[account("nums"), file("data/tweets.js", text)]);
    assert_eq!(data.posts.len(), 2, "{:?}", data.warnings);
    let a = post(&data, "1700000000000000001");
    assert_post(
        a,
        "1700000000000000001",
        "2023-01-02T03:04:05Z",
        "numeric id",
        "nums",
    );
    assert_eq!(a.kind, PostKind::Reply);
    assert_eq!(a.reply_to.as_deref(), Some("1600000000000000000"));
    let b = post(&data, "1700000000000000002");
    assert_post(
        b,
        "1700000000000000002",
        "2023-01-02T03:04:06Z",
        "string id",
        "nums",
    );
    for p in [a, b] {
        let g = p.geo.unwrap();
        assert_eq!((g.lat, g.lon), (51.5072, -0.1276));
    }
}

#[test]
fn geotags_in_either_order() {
    let mut both = tweet("1800000000000000001", "2023-05-01T12:00:00Z", "both");
    both["tweet"]["geo"] = json!({ "type": "Point", "coordinates": ["47.5596", "-122.6429"] });
    both["tweet"]["coordinates"] =
        json!({ "type": "Point", "coordinates": ["-122.6429", "47.5596"] });
    let mut geo_only = tweet("1800000000000000002", "2023-05-01T12:00:01Z", "geo only");
    geo_only["tweet"]["geo"] = json!({ "type": "Point", "coordinates": ["47.5596", "-122.6429"] });
    let mut coords_only = tweet("1800000000000000003", "2023-05-01T12:00:02Z", "coords only");
    coords_only["tweet"]["coordinates"] =
        json!({ "type": "Point", "coordinates": [-122.6429, 47.5596] });
    let mut place = tweet("1800000000000000004", "2023-05-01T12:00:03Z", "place only");
    place["tweet"]["geo"] = Value::Null;
    place["tweet"]["coordinates"] = Value::Null;
    place["tweet"]["place"] = json!({ "full_name": "Bremerton, WA", "name": "Bremerton" });
    let data = load_zip(&[
        account("geo"),
        file(
            "data/tweets.js",
            ytd("tweets", 0, &json!([both, geo_only, coords_only, place])),
        ),
    ]);
    for id in [
        "1800000000000000001",
        "1800000000000000002",
        "1800000000000000003",
    ] {
        let g = post(&data, id)
            .geo
            .unwrap_or_else(|| panic!("{id} has no geo"));
        assert_eq!((g.lat, g.lon), (47.5596, -122.6429), "{id}");
    }
    let p = post(&data, "1800000000000000004");
    assert!(p.geo.is_none());
    assert_eq!(p.place.as_deref(), Some("Bremerton, WA"));
}

// --- media ---------------------------------------------------------------------------------------

#[test]
fn media_present_missing_and_video_variants() {
    let mut photo = tweet(
        "1900000000000000001",
        "2024-02-01T09:00:00Z",
        "pic https://t.co/p",
    );
    photo["tweet"]["extended_entities"] = json!({ "media": [
        { "type": "photo", "media_url_https": "https://pbs.twimg.com/media/GbNr51RXQAAYsud.jpg",
          "ext_alt_text": "a dog &amp; a cat" },
        { "type": "photo", "media_url_https": "https://pbs.twimg.com/media/Missing00000001.png" }
    ]});
    let mut video = tweet(
        "1900000000000000002",
        "2024-02-01T09:00:01Z",
        "vid https://t.co/v",
    );
    video["tweet"]["extended_entities"] = json!({ "media": [{
        "type": "video",
        "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/XTzXjnD3177uk7sl.jpg",
        "video_info": { "aspect_ratio": ["16", "9"], "variants": [
            { "bitrate": "256000", "content_type": "video/mp4",
              "url": "https://video.twimg.com/ext_tw_video/1/pu/vid/480x270/lowLowLowLow.mp4?tag=12" },
            { "content_type": "application/x-mpegURL",
              "url": "https://video.twimg.com/ext_tw_video/1/pu/pl/playlist.m3u8?tag=12" },
            { "bitrate": "2176000", "content_type": "video/mp4",
              "url": "https://video.twimg.com/ext_tw_video/1/pu/vid/1280x720/6g7u7yLU1vDUjF8w.mp4?tag=12" }
        ]}
    }]});
    // entities.media says "photo" for GIFs; extended_entities has the truth.
    let mut gif = tweet(
        "1900000000000000003",
        "2024-02-01T09:00:02Z",
        "gif https://t.co/g",
    );
    gif["tweet"]["entities"]["media"] = json!([{ "type": "photo",
        "media_url_https": "https://pbs.twimg.com/tweet_video_thumb/GbzVAMlXEAQnc5_.jpg" }]);
    gif["tweet"]["extended_entities"] = json!({ "media": [{
        "type": "animated_gif",
        "media_url_https": "https://pbs.twimg.com/tweet_video_thumb/GbzVAMlXEAQnc5_.jpg",
        "video_info": { "variants": [ { "bitrate": "0", "content_type": "video/mp4",
            "url": "https://video.twimg.com/tweet_video/GbzVAMlXEAQnc5_.mp4" } ] }
    }]});
    let data = load_zip(&[
        manifest(&["data/tweets.js"], "data/tweets_media"),
        account("media"),
        file(
            "data/tweets.js",
            ytd("tweets", 0, &json!([photo, video, gif])),
        ),
        file(
            "data/tweets_media/1900000000000000001-GbNr51RXQAAYsud.jpg",
            &b"jpg"[..],
        ),
        file(
            "data/tweets_media/1900000000000000002-6g7u7yLU1vDUjF8w.mp4",
            &b"mp4"[..],
        ),
        file(
            "data/tweets_media/1900000000000000003-GbzVAMlXEAQnc5_.mp4",
            &b"mp4"[..],
        ),
    ]);
    let p = post(&data, "1900000000000000001");
    assert_eq!(p.media.len(), 2);
    assert_eq!(
        p.media[0].path,
        "data/tweets_media/1900000000000000001-GbNr51RXQAAYsud.jpg"
    );
    assert!(p.media[0].present);
    assert_eq!(p.media[0].alt.as_deref(), Some("a dog & a cat"));
    assert_eq!(
        p.media[1].path,
        "data/tweets_media/1900000000000000001-Missing00000001.png"
    );
    assert!(!p.media[1].present, "a missing file is noted");
    let v = &post(&data, "1900000000000000002").media;
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].kind, MediaKind::Video);
    assert_eq!(
        v[0].path,
        "data/tweets_media/1900000000000000002-6g7u7yLU1vDUjF8w.mp4"
    );
    assert!(v[0].present);
    let g = &post(&data, "1900000000000000003").media;
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].kind, MediaKind::Gif);
    assert_eq!(
        g[0].path,
        "data/tweets_media/1900000000000000003-GbzVAMlXEAQnc5_.mp4"
    );
    assert!(g[0].present);
    assert_eq!(data.media_count, 4);
    let missing: Vec<&String> = data
        .warnings
        .iter()
        .filter(|w| w.contains("not in the archive"))
        .collect();
    assert_eq!(missing.len(), 1, "{:?}", data.warnings);
    assert!(missing[0].starts_with("1 media file"), "{}", missing[0]);
}

// --- note tweets ---------------------------------------------------------------------------------

#[test]
fn note_tweets_join_their_truncated_tweet_and_orphans_stand_alone() {
    let full = "Long thought about shift work: ".to_string() + &"blah ".repeat(70) + "the end.";
    let truncated = format!("{}… https://t.co/xyz", &full[..270]);
    let t = tweet("2000000000000000001", "2024-01-30T08:14:27Z", &truncated);
    let other = tweet(
        "2000000000000000002",
        "2024-01-30T08:14:27Z",
        "same second, different text",
    );
    let notes = json!([
        { "noteTweet": { "noteTweetId": "1752243867372396544", "updatedAt": "2024-01-30T08:14:27.000Z",
            "lifecycle": { "value": "1", "name": "Active" }, "createdAt": "2024-01-30T08:14:27.000Z",
            "core": { "styletags": [], "urls": [], "mentions": [], "cashtags": [], "hashtags": [],
                      "text": full } } },
        { "noteTweet": { "noteTweetId": "1752243867372396999", "createdAt": "2024-02-02T10:00:00.000Z",
            "core": { "text": "A note whose tweet was deleted &amp; gone" } } }
    ]);
    let data = load_zip(&[
        account("notes"),
        file("data/tweets.js", ytd("tweets", 0, &json!([t, other]))),
        file("data/note-tweet.js", ytd("note_tweet", 0, &notes)),
    ]);
    assert_eq!(data.posts.len(), 3, "{:?}", ids(&data));
    assert_post(
        post(&data, "2000000000000000001"),
        "2000000000000000001",
        "2024-01-30T08:14:27Z",
        &full,
        "notes",
    );
    assert_eq!(
        post(&data, "2000000000000000002").text,
        "same second, different text"
    );
    let orphan = data
        .posts
        .iter()
        .find(|p| p.native_id.is_none())
        .expect("the orphan note is a post of its own");
    assert_eq!(orphan.id.as_str(), "x:note-1752243867372396999");
    assert_eq!(orphan.created_at, utc("2024-02-02T10:00:00Z"));
    assert_eq!(orphan.text, "A note whose tweet was deleted & gone");
    assert!(
        data.warnings
            .iter()
            .any(|w| w.contains("1 long posts in note-tweet.js match no tweet")),
        "{:?}",
        data.warnings
    );
}

// --- damage --------------------------------------------------------------------------------------

#[test]
fn a_broken_record_is_skipped_and_counted() {
    let [a, b, c] = three_tweets();
    let mut no_time = tweet("1500000000000000004", "2022-03-02T10:00:00Z", "no time");
    no_time["tweet"]
        .as_object_mut()
        .unwrap()
        .remove("created_at");
    let mut bad_time = tweet("1500000000000000005", "2022-03-02T10:00:00Z", "bad time");
    bad_time["tweet"]["created_at"] = json!("yesterday-ish");
    let data = load_zip(&[
        account("broken"),
        file(
            "data/tweets.js",
            ytd("tweets", 0, &json!([a, no_time, b, json!(42), c])),
        ),
        file("data/tweets-part1.js", ytd("tweets", 1, &json!([bad_time]))),
    ]);
    assert_three(&data, "broken");
    let w = data
        .warnings
        .iter()
        .find(|w| w.starts_with("skipped "))
        .unwrap_or_else(|| panic!("{:?}", data.warnings));
    assert!(w.starts_with("skipped 3 tweets: "), "{w}");
    assert!(w.contains("missing created_at"), "{w}");
    assert!(w.contains("bad created_at 'yesterday-ish'"), "{w}");
}

#[test]
fn json_cut_off_midway_keeps_what_is_complete() {
    let [a, b, c] = three_tweets();
    let whole = ytd("tweets", 0, &json!([a, b, c]));
    let cut = &whole[..whole.len() - 60];
    let data = load_zip(&[account("cut"), file("data/tweets.js", cut)]);
    assert_eq!(
        ids(&data),
        ["x:1500000000000000001", "x:1500000000000000003"],
        "the first two records survive (file order is third, first, second)"
    );
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("data/tweets.js: JSON is cut off")),
        "{:?}",
        data.warnings
    );
}

// --- containers and account files ----------------------------------------------------------------

#[test]
fn folder_zip_and_wrapped_zip_give_identical_posts() {
    let [mut a, b, c] = three_tweets();
    a["tweet"]["extended_entities"] = json!({ "media": [{ "type": "photo",
        "media_url_https": "https://pbs.twimg.com/media/AAAAAAAAAAAAAAA.jpg" }]});
    let files = vec![
        manifest(&["data/tweets.js"], "data/tweets_media"),
        account("same"),
        file(
            "data/account-timezone.js",
            ytd(
                "account_timezone",
                0,
                &json!([{ "accountTimezone": { "accountId": "4242", "timeZone": "Stockholm" } }]),
            ),
        ),
        file("data/tweets.js", ytd("tweets", 0, &json!([a, b, c]))),
        file(
            "data/tweets_media/1500000000000000003-AAAAAAAAAAAAAAA.jpg",
            &b"jpg"[..],
        ),
        file("Your archive.html", &b"<html></html>"[..]),
    ];
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.zip");
    let wrapped = dir.path().join("wrapped.zip");
    let folder = dir.path().join("unzipped");
    let wrapped_folder = dir.path().join("outer");
    write_zip(&plain, "", &files);
    write_zip(&wrapped, "twitter-2024-11-30-abc/", &files);
    write_dir(&folder, &files);
    write_dir(&wrapped_folder.join("twitter-2024-11-30-abc"), &files);

    let reference = load(&plain);
    assert_three(&reference, "same");
    assert!(reference.posts[2].media[0].present);
    assert_eq!(reference.timezone_hint.as_deref(), Some("Europe/Stockholm"));
    for other in [&wrapped, &folder, &wrapped_folder] {
        let d = load(other);
        assert_eq!(d.posts, reference.posts, "{}", other.display());
        assert_eq!(d.timezone_hint, reference.timezone_hint);
        assert_eq!(d.warnings, reference.warnings, "{}", other.display());
    }
}

#[test]
fn account_timezone_maps_to_iana_and_unknown_names_warn() {
    let tz = |name: &str| {
        file(
            "data/account-timezone.js",
            ytd(
                "account_timezone",
                0,
                &json!([{ "accountTimezone": { "accountId": "4242", "timeZone": name } }]),
            ),
        )
    };
    let t = || {
        file(
            "data/tweets.js",
            ytd("tweets", 0, &json!([three_tweets()[0].clone()])),
        )
    };
    let d = load_zip(&[account("tz"), tz("Pacific Time (US & Canada)"), t()]);
    assert_eq!(d.timezone_hint.as_deref(), Some("America/Los_Angeles"));
    let d = load_zip(&[account("tz"), tz("Asia/Tokyo"), t()]);
    assert_eq!(d.timezone_hint.as_deref(), Some("Asia/Tokyo"));
    let d = load_zip(&[account("tz"), tz("Atlantis"), t()]);
    assert_eq!(d.timezone_hint, None);
    assert!(
        d.warnings.iter().any(|w| w.contains("'Atlantis'")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn username_falls_back_to_the_manifest_then_to_a_generic_link() {
    let t = || {
        file(
            "data/tweets.js",
            ytd("tweets", 0, &json!([three_tweets()[0].clone()])),
        )
    };
    let d = load_zip(&[manifest(&["data/tweets.js"], "data/tweets_media"), t()]);
    assert_eq!(
        d.posts[0].url.as_deref(),
        Some("https://x.com/from_manifest/status/1500000000000000003")
    );
    let d = load_zip(&[t()]);
    assert_eq!(
        d.posts[0].url.as_deref(),
        Some("https://x.com/i/web/status/1500000000000000003")
    );
}

#[test]
fn profile_and_professional_data() {
    let profile = ytd(
        "profile",
        0,
        &json!([{ "profile": { "description": {
            "bio": "Inspector &amp; welder", "website": "https://t.co/x", "location": "Kitsap" } } }]),
    );
    let pro = ytd(
        "professional_data",
        0,
        &json!([{ "professionalData": { "professionalType": "Creator",
            "categories": [ { "categoryName": "Engineer", "setToDisplay": true } ] } }]),
    );
    let d = load_zip(&[
        account("pro"),
        file("data/profile.js", profile),
        file("data/professional-data.js", pro),
        file("data/tweets.js", ytd("tweets", 0, &json!([]))),
    ]);
    assert!(d.posts.is_empty());
    let p = d.profile.unwrap();
    assert_eq!(p.handle.as_deref(), Some("pro"));
    assert_eq!(p.bio.as_deref(), Some("Inspector & welder"));
    assert_eq!(p.location.as_deref(), Some("Kitsap"));
    assert_eq!(p.categories, ["professional type: Creator", "Engineer"]);
}

#[test]
fn utc_times_from_other_offsets() {
    let mut t = tweet("2100000000000000001", "2020-01-01T00:00:00Z", "offset");
    t["tweet"]["created_at"] = json!("Wed Jan 01 02:00:00 +0200 2020");
    let d = load_zip(&[
        account("off"),
        file("data/tweets.js", ytd("tweets", 0, &json!([t]))),
    ]);
    assert_eq!(
        d.posts[0].created_at,
        Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap()
    );
}

#[test]
fn unreadable_optional_files_are_warned_about_not_silently_dropped() {
    // A note-tweet.js that inflates far past its compressed size, with small limits so the
    // test stays fast: the tweets still load, and the refusal is said in the warnings.
    let [a, b, c] = three_tweets();
    let dir = tempfile::tempdir().unwrap();
    let zp = dir.path().join("bomb-in-notes.zip");
    let spaces = vec![b' '; 4 << 20];
    write_zip(
        &zp,
        "",
        &[
            account("bombed"),
            file("data/tweets.js", ytd("tweets", 0, &json!([a, b, c]))),
            file("data/note-tweet.js", spaces),
        ],
    );
    let limits = mosaic::archive::Limits {
        ratio_floor_bytes: 1 << 20,
        ..mosaic::archive::Limits::default()
    };
    let mut archive = mosaic::archive::Archive::open_with(&zp, limits).unwrap();
    let (adapter, _) = mosaic::ingest::detect(&mut archive).unwrap();
    let data = adapter
        .load(&archive, &mosaic::ingest::no_progress)
        .unwrap();
    assert_eq!(data.posts.len(), 3);
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("data/note-tweet.js: not readable") && w.contains("zip bomb")),
        "{:?}",
        data.warnings
    );
}

#[test]
fn damaged_note_file_counts_as_damage() {
    let t = tweet("2000000000000000001", "2024-01-30T08:14:27Z", "plain");
    let notes = ytd(
        "note_tweet",
        0,
        &json!([{ "noteTweet": { "noteTweetId": "1", "createdAt": "2024-02-02T10:00:00.000Z",
                   "core": { "text": "kept" } } },
                { "noteTweet": { "noteTweetId": "2", "createdAt": "2024-02-03T10:00:00.000Z",
                   "core": { "text": "lost" } } }]),
    );
    let cut = &notes[..notes.len() - 30];
    let data = load_zip(&[
        account("notes"),
        file("data/tweets.js", ytd("tweets", 0, &json!([t]))),
        file("data/note-tweet.js", cut),
    ]);
    assert_eq!(
        data.posts.len(),
        2,
        "the tweet and the complete orphan note"
    );
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("data/note-tweet.js: JSON is cut off")),
        "{:?}",
        data.warnings
    );
}

#[test]
fn orphan_notes_without_ids_are_all_kept() {
    let notes = json!([
        { "noteTweet": { "createdAt": "2024-02-02T10:00:00.000Z", "core": { "text": "first orphan" } } },
        { "noteTweet": { "createdAt": "2024-02-03T10:00:00.000Z", "core": { "text": "second orphan" } } }
    ]);
    let data = load_zip(&[
        account("notes"),
        file("data/tweets.js", ytd("tweets", 0, &json!([]))),
        file("data/note-tweet.js", ytd("note_tweet", 0, &notes)),
    ]);
    let texts: Vec<&str> = data.posts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        ["first orphan", "second orphan"],
        "{:?}",
        data.warnings
    );
    assert_ne!(data.posts[0].id, data.posts[1].id);
}

#[test]
fn a_damaged_part_does_not_lose_the_other_parts() {
    // tweets-part1.js is stored uncompressed; flipping one byte of its data makes its CRC
    // fail when read. tweets.js is intact and must still come out, with a warning.
    let [a, b, c] = three_tweets();
    let dir = tempfile::tempdir().unwrap();
    let zp = dir.path().join("bitrot.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zp).unwrap());
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let (name, bytes) = account("rot");
    zip.start_file(name, deflated).unwrap();
    zip.write_all(&bytes).unwrap();
    zip.start_file("data/tweets.js", deflated).unwrap();
    zip.write_all(&ytd("tweets", 0, &json!([a, b]))).unwrap();
    zip.start_file("data/tweets-part1.js", stored).unwrap();
    let mut c = c;
    c["tweet"]["full_text"] = json!("MARKER-TO-DAMAGE");
    zip.write_all(&ytd("tweets", 1, &json!([c]))).unwrap();
    zip.finish().unwrap();
    let mut raw = std::fs::read(&zp).unwrap();
    let at = raw
        .windows(16)
        .position(|w| w == b"MARKER-TO-DAMAGE")
        .unwrap();
    raw[at] = b'N';
    std::fs::write(&zp, raw).unwrap();

    let data = load(&zp);
    assert_eq!(
        ids(&data),
        ["x:1500000000000000001", "x:1500000000000000003"]
    );
    assert!(
        data.warnings
            .iter()
            .any(|w| w.starts_with("data/tweets-part1.js: not readable")),
        "{:?}",
        data.warnings
    );
}

#[test]
fn direct_messages_are_kept_apart_from_the_timeline() {
    let dms = json!([{ "dmConversation": { "conversationId": "4242-777", "messages": [
        { "messageCreate": { "recipientId": "4242", "reactions": [], "urls": [],
            "text": "Do you still work at the yard?", "mediaUrls": [], "senderId": "777",
            "id": "1438019868868100109", "createdAt": "2021-09-15T06:00:28.597Z" } },
        { "messageCreate": { "recipientId": "777", "reactions": [], "urls": [],
            "text": "who is this &amp; why", "mediaUrls": [], "senderId": "4242",
            "id": "1438019868868100200", "createdAt": "2021-09-15T06:05:00.000Z" } }
    ] } }]);
    let data = load_zip(&[
        account("dm_user"),
        file(
            "data/tweets.js",
            ytd("tweets", 0, &json!([three_tweets()[0].clone()])),
        ),
        file("data/direct-messages.js", ytd("direct_messages", 0, &dms)),
    ]);
    assert_eq!(data.posts.len(), 1, "messages are not posts");
    assert_eq!(data.conversations.len(), 1);
    let c = &data.conversations[0];
    assert_eq!(c.id, "4242-777");
    assert_eq!(c.participants, ["777"]);
    let m = &c.messages;
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].sender, "777");
    assert!(!m[0].from_owner);
    assert_eq!(m[0].sent_at, utc("2021-09-15T06:00:28.597Z"));
    assert_eq!(m[0].native_id.as_deref(), Some("1438019868868100109"));
    assert!(m[1].from_owner);
    assert_eq!(m[1].text, "who is this & why");
}

/// Archives of about 2019 name their files in the singular, `tweet.js` and `direct-message.js`
/// (with `window.YTD.direct_message.part0`); the messages are read the same.
#[test]
fn direct_messages_in_the_2019_singular_file_are_read() {
    let dms = json!([{ "dmConversation": { "conversationId": "4242-777", "messages": [
        { "messageCreate": { "recipientId": "4242", "reactions": [], "urls": [],
            "text": "Which days are you at the range?", "mediaUrls": [], "senderId": "777",
            "id": "1138019868868100109", "createdAt": "2019-06-11T06:00:28.597Z" } }
    ] } }]);
    let data = load_zip(&[
        account("dm_user"),
        file(
            "data/tweet.js",
            ytd("tweet", 0, &json!([three_tweets()[0].clone()])),
        ),
        file("data/direct-message.js", ytd("direct_message", 0, &dms)),
        file(
            "data/direct-message-group.js",
            ytd("direct_message_group", 0, &json!([])),
        ),
    ]);
    assert_eq!(data.posts.len(), 1);
    assert_eq!(data.conversations.len(), 1);
    assert_eq!(
        data.conversations[0].messages[0].text,
        "Which days are you at the range?"
    );
    assert!(data.warnings.is_empty(), "{:?}", data.warnings);
}

/// The old layout (2012-2018) as X shipped it: `tweets.csv`, a `Grailbird.data.tweets_YYYY_MM =`
/// file a month with API v1 tweets (numeric ids, `text`, "2015-01-24 02:02:37 +0000", `geo`
/// latitude first), and `var user_details = {…}`.
#[test]
fn grailbird_layout_is_read_month_by_month() {
    let jan = r#"Grailbird.data.tweets_2015_01 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "geo" : { "type" : "Point", "coordinates" : [ -37.6690, 144.8410 ] },
  "id_str" : "558807048880521216",
  "text" : "Night shift done &amp; dusted, the 6:10 bus home",
  "id" : 558807048880521216,
  "created_at" : "2015-01-24 02:02:37 +0000",
  "user" : { "name" : "Old Timer", "screen_name" : "old_timer", "protected" : false, "id_str" : "1111", "id" : 1111, "verified" : false }
}, {
  "source" : "web",
  "entities" : { "user_mentions" : [ { "name" : "Friend", "screen_name" : "friend", "indices" : [ 3, 10 ], "id_str" : "22", "id" : 22 } ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "geo" : { },
  "id_str" : "558807048880521300",
  "retweeted_status" : { "text" : "big day", "id_str" : "558800000000000000", "created_at" : "2015-01-23 20:00:00 +0000" },
  "text" : "RT @friend: big day",
  "id" : 558807048880521300,
  "created_at" : "2015-01-24 05:00:00 +0000"
} ]"#;
    let feb = r#"Grailbird.data.tweets_2015_02 = 
 [ {
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "in_reply_to_status_id_str" : "558807048880521300",
  "in_reply_to_screen_name" : "friend",
  "id_str" : "563000000000000000",
  "text" : "@friend 好啊，周三见",
  "id" : 563000000000000000,
  "created_at" : "2015-02-04 11:00:00 +0000"
} ]"#;
    let user = r#"var user_details =  {
  "screen_name" : "old_timer",
  "location" : "Melbourne",
  "full_name" : "Old Timer",
  "bio" : "coffee, footy &amp; planes",
  "id" : "1111",
  "created_at" : "2010-03-01 10:00:00 +0000"
}"#;
    let csv = "\"tweet_id\",\"in_reply_to_status_id\",\"in_reply_to_user_id\",\"timestamp\",\"source\",\"text\",\"retweeted_status_id\",\"retweeted_status_user_id\",\"retweeted_status_timestamp\",\"expanded_urls\"\n";
    let files = [
        file("tweets.csv", csv),
        file("data/js/tweets/2015_01.js", jan),
        file("data/js/tweets/2015_02.js", feb),
        file("data/js/user_details.js", user),
        file(
            "data/js/tweet_index.js",
            r#"var tweet_index =  [ { "file_name" : "data/js/tweets/2015_02.js", "year" : 2015, "var_name" : "tweets_2015_02", "tweet_count" : 1, "month" : 2 }, { "file_name" : "data/js/tweets/2015_01.js", "year" : 2015, "var_name" : "tweets_2015_01", "tweet_count" : 2, "month" : 1 } ]"#,
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let zp = dir.path().join("tweets.zip");
    write_zip(&zp, "", &files);
    let described =
        mosaic::ingest::load_paths(std::slice::from_ref(&zp), &mosaic::ingest::no_progress)
            .unwrap()
            .descriptions;
    assert!(
        described.iter().any(|d| d.contains("Grailbird layout")),
        "{described:?}"
    );
    // Zip and extracted folder alike.
    let folder = dir.path().join("extracted");
    write_dir(&folder, &files);
    for data in [load(&zp), load(&folder)] {
        assert_eq!(ids(&data).len(), 3, "{:?}", data.warnings);
        let first = post(&data, "558807048880521216");
        assert_post(
            first,
            "558807048880521216",
            "2015-01-24T02:02:37Z",
            "Night shift done & dusted, the 6:10 bus home",
            "old_timer",
        );
        let geo = first.geo.expect("the geotag");
        assert!((geo.lat - -37.6690).abs() < 1e-9 && (geo.lon - 144.8410).abs() < 1e-9);
        let rt = post(&data, "558807048880521300");
        assert_eq!(rt.kind, mosaic::model::PostKind::Repost);
        assert!(rt.geo.is_none(), "an empty geo object is no place");
        let reply = post(&data, "563000000000000000");
        assert_eq!(reply.kind, mosaic::model::PostKind::Reply);
        assert_eq!(reply.text, "@friend 好啊，周三见");
        let profile = data.profile.as_ref().unwrap();
        assert_eq!(profile.handle.as_deref(), Some("old_timer"));
        assert_eq!(profile.bio.as_deref(), Some("coffee, footy & planes"));
        assert_eq!(profile.location.as_deref(), Some("Melbourne"));
    }
}
