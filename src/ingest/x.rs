//! X (Twitter) archives: `data/tweets.js` and its parts, old `tweet.js` names, note tweets,
//! media, profile, account time zone and direct messages.
//!
//! See `docs/adapters.md` and the format notes it cites. Every `data/*.js` file is
//! `window.YTD.<name>.part<N> = ` followed by JSON; numbers are usually strings.

use super::text::decode_entities;
use super::timefmt::parse_utc;
use super::{Adapter, Progress, ProgressFn};
use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{
    Conversation, Dataset, GeoPoint, Media, MediaKind, Message, Platform, Post, PostId, PostKind,
    Profile,
};
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// The X (Twitter) archive adapter.
pub struct XAdapter;

impl Adapter for XAdapter {
    fn platform(&self) -> Platform {
        Platform::X
    }

    fn markers(&self) -> &'static str {
        "data/manifest.js, data/account.js, data/tweets.js or data/js/tweets/ (the old layout)"
    }

    fn sniff(&self, archive: &Archive) -> Option<String> {
        let has = |n: &str| archive.contains(n);
        if !(has("data/manifest.js") || has("data/account.js") || !tweet_files(archive).is_empty())
        {
            return None;
        }
        let files = tweet_files(archive);
        let layout = if !files.is_empty() && files.iter().all(|f| is_grailbird(f)) {
            "Grailbird layout (2012-2018)"
        } else if files.iter().any(|f| f.contains("/tweets")) {
            "2022+ layout"
        } else if files.iter().any(|f| f.contains("/tweet")) {
            "2019-2022 layout"
        } else {
            "no tweet files"
        };
        let parts = if files.len() > 1 {
            format!(", {} parts", files.len())
        } else {
            String::new()
        };
        Some(format!("X archive, {layout}{parts}"))
    }

    fn load(&self, archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
        load(archive, progress)
    }
}

/// The tweet files: those `manifest.js` lists, else those found by name.
fn tweet_files(archive: &Archive) -> Vec<String> {
    let mut files: Vec<String> = archive
        .names()
        .iter()
        .filter(|n| {
            let Some(base) = n.strip_prefix("data/") else {
                return false;
            };
            let stem = base.strip_suffix(".js").unwrap_or("");
            matches!(stem, "tweets" | "tweet")
                || stem
                    .strip_prefix("tweets-part")
                    .or_else(|| stem.strip_prefix("tweet-part"))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .cloned()
        .collect();
    files.sort_by_key(|f| part_number(f));
    // The old layout (2012-2018): one file a month, `data/js/tweets/2015_01.js`.
    let mut months: Vec<String> = archive
        .names()
        .iter()
        .filter(|n| is_grailbird(n))
        .cloned()
        .collect();
    months.sort();
    files.extend(months);
    files
}

/// A month's file of the old layout: `data/js/tweets/YYYY_MM.js`, which starts
/// `Grailbird.data.tweets_2015_01 =` and holds API v1 tweets (`text`, `created_at` as
/// "2015-01-24 02:02:37 +0000", `geo` as [lat, lon]).
fn is_grailbird(name: &str) -> bool {
    name.strip_prefix("data/js/tweets/")
        .and_then(|f| f.strip_suffix(".js"))
        .is_some_and(|m| {
            m.len() == 7
                && m.as_bytes()[4] == b'_'
                && m.bytes()
                    .enumerate()
                    .all(|(i, b)| i == 4 || b.is_ascii_digit())
        })
}

fn part_number(name: &str) -> (u32, String) {
    let digits: String = name
        .rsplit("part")
        .next()
        .unwrap_or("")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (digits.parse().unwrap_or(0), name.to_string())
}

/// The JSON after the `window.YTD.… = ` prefix, without BOM or trailing `;`.
pub(crate) fn js_payload(text: &str) -> &str {
    let text = text.trim_start_matches('\u{feff}');
    let start = match text.find('=') {
        Some(eq) if !text.trim_start().starts_with(['[', '{']) => eq + 1,
        _ => 0,
    };
    text[start..].trim().trim_end_matches(';').trim_end()
}

/// Split a JSON array into its elements' text, keeping every complete element even when the
/// array is cut off. Returns the elements and, if the array was damaged, the error.
///
/// A well-formed array is split by a byte scan that only tracks strings and nesting
/// ([`super::jsonarray`]; faster than a parser, which would read every element twice: here
/// and when the element is parsed); anything else goes through the JSON parser, which says
/// what is wrong.
pub(crate) fn raw_elements(json: &str) -> (Vec<&str>, Option<String>) {
    match super::jsonarray::split(json) {
        Some(elements) => (elements, None),
        None => {
            let (raw, err) = parsed_elements(json);
            (raw.into_iter().map(RawValue::get).collect(), err)
        }
    }
}

/// The elements of a JSON array by the JSON parser, up to the first damage.
fn parsed_elements(json: &str) -> (Vec<&RawValue>, Option<String>) {
    struct Collect<'a, 'v>(&'v mut Vec<&'a RawValue>);
    impl<'de, 'v> Visitor<'de> for Collect<'de, 'v> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON array")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
            while let Some(v) = seq.next_element::<&'de RawValue>()? {
                self.0.push(v);
            }
            Ok(())
        }
    }
    let mut out = Vec::new();
    let mut de = serde_json::Deserializer::from_str(json);
    let result = de.deserialize_seq(Collect(&mut out));
    let err = match result {
        Ok(()) => de.end().err().map(|e| e.to_string()),
        Err(e) => Some(e.to_string()),
    };
    (out, err)
}

/// A string or a number, as X writes numbers either way.
#[derive(Debug, Clone)]
struct Num(f64);

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Num;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or a numeric string")
            }
            fn visit_f64<E>(self, v: f64) -> std::result::Result<Num, E> {
                Ok(Num(v))
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Num, E> {
                Ok(Num(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<Num, E> {
                Ok(Num(v as f64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Num, E> {
                v.trim().parse().map(Num).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// An id written as a string or as a (possibly huge) number; a string is borrowed from the
/// record where it has no escapes.
#[derive(Debug, Clone)]
struct IdStr<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for IdStr<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = IdStr<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an id")
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<IdStr<'a>, E> {
                Ok(IdStr(Cow::Owned(v.to_string())))
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<IdStr<'a>, E> {
                Ok(IdStr(Cow::Owned(v.to_string())))
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> std::result::Result<IdStr<'a>, E> {
                Ok(IdStr(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<IdStr<'a>, E> {
                Ok(IdStr(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// An optional string field, borrowed from the record where it has no escapes. serde borrows
/// a `Cow<str>` field marked `borrow`, but not one inside an `Option`: that one it copies
/// into a new `String` every time.
fn borrowed<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Cow<'a, str>>, D::Error> {
    #[derive(Deserialize)]
    struct Borrowed<'a>(#[serde(borrow)] Cow<'a, str>);
    Ok(Option::<Borrowed<'a>>::deserialize(d)?.map(|b| b.0))
}

#[derive(Deserialize)]
struct Tweet<'a> {
    /// Present when the record is wrapped as `{"tweet": {...}}` (2020 onward).
    #[serde(borrow)]
    tweet: Option<Box<Tweet<'a>>>,
    #[serde(borrow)]
    id_str: Option<IdStr<'a>>,
    #[serde(borrow)]
    id: Option<IdStr<'a>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    created_at: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    full_text: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    text: Option<Cow<'a, str>>,
    #[serde(borrow)]
    in_reply_to_status_id_str: Option<IdStr<'a>>,
    #[serde(borrow)]
    in_reply_to_status_id: Option<IdStr<'a>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    in_reply_to_screen_name: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    entities: Option<Entities<'a>>,
    #[serde(borrow, default)]
    extended_entities: Option<Entities<'a>>,
    geo: Option<GeoJson>,
    coordinates: Option<GeoJson>,
    #[serde(borrow, default)]
    place: Option<Place<'a>>,
}

#[derive(Deserialize, Default)]
struct Entities<'a> {
    #[serde(borrow, default)]
    media: Vec<TweetMedia<'a>>,
}

#[derive(Deserialize)]
struct TweetMedia<'a> {
    #[serde(borrow, default, deserialize_with = "borrowed", rename = "type")]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    media_url_https: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    media_url: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    ext_alt_text: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    video_info: Option<VideoInfo<'a>>,
}

#[derive(Deserialize)]
struct VideoInfo<'a> {
    #[serde(borrow, default)]
    variants: Vec<Variant<'a>>,
}

#[derive(Deserialize)]
struct Variant<'a> {
    bitrate: Option<Num>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    content_type: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    url: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct GeoJson {
    coordinates: Option<Vec<Num>>,
}

#[derive(Deserialize)]
struct Place<'a> {
    #[serde(borrow, default, deserialize_with = "borrowed")]
    full_name: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    name: Option<Cow<'a, str>>,
    /// GeoJSON polygon `{"coordinates": [[[lon, lat], …]]}`, read leniently: a damaged box
    /// costs the place its point, never the tweet.
    bounding_box: Option<serde_json::Value>,
}

/// The centre of a place's bounding box when the box is a spot, not an area: a point of
/// interest (a venue, a campus) is given as a box of a few hundred metres at most, often a
/// single point; a city's or a neighbourhood's box spans kilometres and says nothing of
/// where the post was made.
fn place_point(bounding_box: Option<&serde_json::Value>) -> Option<GeoPoint> {
    /// Boxes no wider or taller than this are spots.
    const SPOT_M: f64 = 1_000.0;
    let ring = bounding_box?.get("coordinates")?.get(0)?.as_array()?;
    let num = |v: &serde_json::Value| {
        v.as_f64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
    };
    let mut corners = Vec::with_capacity(ring.len());
    for c in ring {
        let (lon, lat) = (num(c.get(0)?)?, num(c.get(1)?)?);
        corners.push(GeoPoint::new(lat, lon)?);
    }
    let lat = |f: fn(f64, f64) -> f64| corners.iter().map(|p| p.lat).reduce(f);
    let lon = |f: fn(f64, f64) -> f64| corners.iter().map(|p| p.lon).reduce(f);
    let (south, north) = (lat(f64::min)?, lat(f64::max)?);
    let (west, east) = (lon(f64::min)?, lon(f64::max)?);
    let sw = GeoPoint::new(south, west)?;
    let wide = sw.distance_m(&GeoPoint::new(south, east)?);
    let tall = sw.distance_m(&GeoPoint::new(north, west)?);
    if wide > SPOT_M || tall > SPOT_M {
        return None;
    }
    GeoPoint::new((south + north) / 2.0, (west + east) / 2.0)
}

/// What the small account files say.
#[derive(Default)]
struct AccountInfo {
    username: Option<String>,
    account_id: Option<String>,
    profile: Profile,
    timezone: Option<String>,
}

fn load(archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
    let mut data = Dataset {
        platforms: vec![Platform::X],
        ..Dataset::default()
    };
    let manifest = read_manifest(archive, &mut data.warnings);
    let account = read_account(archive, &mut data.warnings);
    let files = match manifest.as_ref().map(|m| &m.tweet_files) {
        Some(listed) if !listed.is_empty() => {
            let mut files = Vec::new();
            for f in listed {
                if archive.contains(f) {
                    files.push(f.clone());
                } else {
                    data.warnings.push(format!(
                        "manifest.js lists '{f}' but the archive does not have it"
                    ));
                }
            }
            // Parts the manifest forgot are still read.
            for f in tweet_files(archive) {
                if !files.contains(&f) {
                    files.push(f);
                }
            }
            files
        }
        _ => tweet_files(archive),
    };
    let media_index = MediaIndex::new(archive, manifest.as_ref().and_then(|m| m.media_dir.clone()));
    let base_url = match &account.username {
        Some(u) => format!("https://x.com/{u}/status/"),
        None => "https://x.com/i/web/status/".to_string(),
    };

    let mut skipped: Vec<String> = Vec::new();
    let mut readable_files = 0usize;
    let mut damaged: Vec<(String, String, usize)> = Vec::new();
    // A part that cannot be read at all (a damaged entry, a zip bomb) does not lose the
    // other parts; only when no part is readable is it the archive's error.
    let mut first_read_error: Option<Error> = None;
    let mut extra = vec![
        "data/community-tweet.js".to_string(),
        "data/community-tweets.js".to_string(),
    ];
    extra.retain(|f| archive.contains(f));
    let all_files: Vec<String> = files.iter().chain(extra.iter()).cloned().collect();
    // One part after another, each split as it inflates and its records parsed on every
    // core. (Reading two parts side by side, one per thread, held two whole parts in memory
    // at once and faulted in fresh pages for each: at a million posts, a quarter slower.)
    let parts: Vec<Result<Part>> = all_files
        .iter()
        .enumerate()
        .map(|(d, file)| {
            progress(Progress {
                stage: &format!("reading {file}"),
                done: d as u64,
                total: all_files.len() as u64,
            });
            read_part(archive, file, &base_url, &media_index)
        })
        .collect();
    super::jsonarray::release_buffers();
    // Room for every part's posts at once: growing by doubling would copy them again and
    // again into fresh memory.
    let total: usize = parts
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .map(|p| p.posts.len())
        .sum();
    for (file, part) in all_files.iter().zip(parts) {
        match part {
            Err(e) => {
                damaged.push((file.clone(), e.to_string(), 0));
                first_read_error.get_or_insert(e);
            }
            Ok(part) => {
                if let Some(err) = part.damage {
                    damaged.push((file.clone(), err, part.posts.len() + part.skipped.len()));
                    if part.posts.is_empty() && part.skipped.is_empty() {
                        continue;
                    }
                }
                readable_files += 1;
                // One part (the usual): its posts become the dataset's without being moved.
                if part.posts.len() == total {
                    data.posts = part.posts;
                } else {
                    data.posts.reserve(total - data.posts.len());
                    data.posts.extend(part.posts);
                }
                skipped.extend(part.skipped);
            }
        }
    }
    if !all_files.is_empty() && readable_files == 0 {
        if let Some(e) = first_read_error {
            return Err(e);
        }
        if let Some((file, err, _)) = damaged.first() {
            return Err(Error::BadFile {
                path: archive.path().to_path_buf(),
                entry: file.clone(),
                message: format!("not readable as tweet data ({err})"),
            });
        }
    }
    for (file, err, kept) in &damaged {
        if *kept > 0 {
            data.warnings.push(format!(
                "{file}: JSON is cut off or damaged after {kept} records ({err}); read those, the rest is lost"
            ));
        } else {
            data.warnings
                .push(format!("{file}: not readable, skipped ({err})"));
        }
    }
    if !skipped.is_empty() {
        let mut reasons: Vec<&str> = skipped.iter().map(String::as_str).collect();
        reasons.sort_unstable();
        reasons.dedup();
        data.warnings.push(format!(
            "skipped {} tweets: {}",
            skipped.len(),
            reasons.into_iter().take(3).collect::<Vec<_>>().join("; ")
        ));
    }
    let old_layout = all_files.iter().any(|f| is_grailbird(f));
    data.warn_missing_media(|missing| {
        if old_layout {
            format!(
                "{missing} media files referenced by tweets are not in the archive (the old layout keeps none; noted on each post)"
            )
        } else {
            format!(
                "{missing} media files referenced by tweets are not in the archive (noted on each post)"
            )
        }
    });
    join_note_tweets(archive, &mut data, &base_url);
    data.conversations =
        read_direct_messages(archive, account.account_id.as_deref(), &mut data.warnings);
    let mut profile = account.profile;
    profile.handle = account.username.clone();
    data.profile = Some(profile);
    data.timezone_hint = account.timezone;
    Ok(data)
}

/// One tweets file, parsed.
struct Part {
    posts: Vec<Post>,
    skipped: Vec<String>,
    /// The JSON error if the file is cut off or damaged.
    damage: Option<String>,
}

impl Part {
    /// The posts parsed and the reasons the others were skipped, from `n` results in order.
    fn of(
        results: impl IntoIterator<Item = std::result::Result<Post, String>>,
        n: usize,
        damage: Option<String>,
    ) -> Part {
        let mut part = Part {
            posts: Vec::with_capacity(n),
            skipped: Vec::new(),
            damage,
        };
        for r in results {
            match r {
                Ok(post) => part.posts.push(post),
                Err(why) => part.skipped.push(why),
            }
        }
        part
    }
}

fn read_part(archive: &Archive, file: &str, base_url: &str, media: &MediaIndex) -> Result<Part> {
    // Split as it inflates, parsed on every core. Anything odd (a damaged or cut-off array,
    // UTF-16) is read the exact way below, which says what is wrong.
    let utf16 = archive
        .read_prefix(file, 2)
        .is_ok_and(|p| p == [0xFF, 0xFE] || p == [0xFE, 0xFF]);
    if !utf16 {
        let streamed = super::jsonarray::parse_entry(archive, file, |bytes| {
            match std::str::from_utf8(bytes) {
                Ok(raw) => parse_tweet(raw, base_url, media),
                Err(_) => parse_tweet(&String::from_utf8_lossy(bytes), base_url, media),
            }
        })?;
        if let Some(parsed) = streamed {
            let n = parsed.iter().map(Vec::len).sum();
            return Ok(Part::of(parsed.into_iter().flatten(), n, None));
        }
    }
    let text = archive.read_text(file)?;
    let (elements, damage) = raw_elements(js_payload(&text));
    let parsed: Vec<_> = crate::par::map(&elements, |raw| parse_tweet(raw, base_url, media));
    let n = parsed.len();
    Ok(Part::of(parsed, n, damage))
}

fn parse_tweet(raw: &str, base_url: &str, media: &MediaIndex) -> std::result::Result<Post, String> {
    let outer: Tweet<'_> =
        serde_json::from_str(raw).map_err(|e| format!("unreadable record ({e})"))?;
    let t = match outer.tweet {
        Some(inner) => *inner,
        None => outer,
    };
    let id = t
        .id_str
        .or(t.id)
        .map(|i| i.0)
        .filter(|i| !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()))
        .ok_or("missing or bad id_str")?;
    let created = t.created_at.as_deref().ok_or("missing created_at")?;
    let created_at = parse_utc(created).ok_or_else(|| format!("bad created_at '{created}'"))?;
    let raw_text = t.full_text.or(t.text).ok_or("missing full_text")?;
    let text = decode_entities(&raw_text).into_owned();
    let mut post = Post::new(
        PostId::native(Platform::X, &id),
        Platform::X,
        Some(id.clone().into_owned()),
        created_at,
        text,
    );
    post.url = Some([base_url, &id].concat());
    if post.text.starts_with("RT @") {
        post.kind = PostKind::Repost;
    } else if let Some(reply) = t.in_reply_to_status_id_str.or(t.in_reply_to_status_id) {
        post.kind = PostKind::Reply;
        post.reply_to = Some(match t.in_reply_to_screen_name {
            Some(name) => ["@", &name, " ", &reply.0].concat(),
            None => reply.0.into_owned(),
        });
    } else if let Some(name) = t.in_reply_to_screen_name {
        post.kind = PostKind::Reply;
        post.reply_to = Some(["@", &name].concat());
    }
    post.geo = tweet_point(t.coordinates.as_ref(), t.geo.as_ref())
        .or_else(|| place_point(t.place.as_ref()?.bounding_box.as_ref()));
    post.place = t
        .place
        .and_then(|p| p.full_name.or(p.name))
        .map(|s| decode_entities(&s).into_owned())
        .filter(|s| !s.is_empty());
    let items = match (t.extended_entities, t.entities) {
        (Some(e), _) if !e.media.is_empty() => e.media,
        (_, Some(e)) => e.media,
        _ => Vec::new(),
    };
    for m in items {
        post.media.push(media.resolve(&id, &m));
    }
    Ok(post)
}

/// The tweet's point: GeoJSON `coordinates` is [lon, lat]; legacy `geo` is [lat, lon].
fn tweet_point(coordinates: Option<&GeoJson>, geo: Option<&GeoJson>) -> Option<GeoPoint> {
    let pair = |g: Option<&GeoJson>| -> Option<(f64, f64)> {
        match g?.coordinates.as_deref()? {
            [a, b] => Some((a.0, b.0)),
            _ => None,
        }
    };
    if let Some((lon, lat)) = pair(coordinates)
        && let Some(p) = GeoPoint::new(lat, lon)
    {
        return Some(p);
    }
    if let Some((lat, lon)) = pair(geo) {
        // Some tools wrote `geo` in GeoJSON order; a latitude past 90 gives that away.
        return GeoPoint::new(lat, lon).or_else(|| GeoPoint::new(lon, lat));
    }
    None
}

/// The files in the media folder, by tweet id.
struct MediaIndex {
    dir: String,
    by_tweet: HashMap<String, Vec<String>>,
}

impl MediaIndex {
    fn new(archive: &Archive, manifest_dir: Option<String>) -> Self {
        let candidates = ["data/tweets_media", "data/tweet_media"];
        let dir = manifest_dir
            .filter(|d| {
                archive
                    .names()
                    .iter()
                    .any(|n| n.starts_with(&format!("{d}/")))
            })
            .or_else(|| {
                candidates
                    .iter()
                    .find(|d| {
                        archive
                            .names()
                            .iter()
                            .any(|n| n.starts_with(&format!("{d}/")))
                    })
                    .map(|d| d.to_string())
            })
            .unwrap_or_else(|| candidates[0].to_string());
        let prefix = format!("{dir}/");
        let mut by_tweet: HashMap<String, Vec<String>> = HashMap::new();
        for name in archive.names() {
            if let Some(file) = name.strip_prefix(&prefix)
                && let Some((tweet, _)) = file.split_once('-')
            {
                by_tweet
                    .entry(tweet.to_string())
                    .or_default()
                    .push(file.to_string());
            }
        }
        MediaIndex { dir, by_tweet }
    }

    fn resolve(&self, tweet_id: &str, m: &TweetMedia<'_>) -> Media {
        let kind = match m.kind.as_deref() {
            Some("video") => MediaKind::Video,
            Some("animated_gif") => MediaKind::Gif,
            _ => MediaKind::Photo,
        };
        let url = match kind {
            MediaKind::Video | MediaKind::Gif => best_mp4(m).or(m.media_url_https.as_deref()),
            _ => m.media_url_https.as_deref().or(m.media_url.as_deref()),
        };
        let base = url
            .map(|u| u.split(['?', '#']).next().unwrap_or(u))
            .and_then(|u| u.rsplit('/').next())
            .unwrap_or("");
        let wanted = format!("{tweet_id}-{base}");
        let files = self.by_tweet.get(tweet_id);
        let present = files.is_some_and(|f| f.contains(&wanted));
        let mut media = Media::new(format!("{}/{wanted}", self.dir), kind);
        media.present = present;
        media.alt = m
            .ext_alt_text
            .as_deref()
            .map(|a| decode_entities(a).into_owned())
            .filter(|a| !a.is_empty());
        media
    }
}

fn best_mp4<'a>(m: &'a TweetMedia<'_>) -> Option<&'a str> {
    m.video_info
        .as_ref()?
        .variants
        .iter()
        .filter(|v| v.content_type.as_deref() == Some("video/mp4"))
        .max_by(|a, b| {
            let (x, y) = (
                a.bitrate.as_ref().map_or(0.0, |n| n.0),
                b.bitrate.as_ref().map_or(0.0, |n| n.0),
            );
            x.total_cmp(&y)
        })
        .and_then(|v| v.url.as_deref())
}

struct Manifest {
    tweet_files: Vec<String>,
    media_dir: Option<String>,
}

/// Read an optional file: `None` when the archive does not have it, and also when it cannot
/// be read (a zip bomb, a damaged entry), which is then said in the warnings rather than
/// silently ignored.
fn read_optional(archive: &Archive, file: &str, warnings: &mut Vec<String>) -> Option<String> {
    if !archive.contains(file) {
        return None;
    }
    match archive.read_text(file) {
        Ok(text) => Some(text),
        Err(e) => {
            warnings.push(format!("{file}: not readable, skipped ({e})"));
            None
        }
    }
}

fn read_manifest(archive: &Archive, warnings: &mut Vec<String>) -> Option<Manifest> {
    let text = read_optional(archive, "data/manifest.js", warnings)?;
    let value: serde_json::Value = match serde_json::from_str(js_payload(&text)) {
        Ok(v) => v,
        Err(e) => {
            warnings.push(format!(
                "data/manifest.js: not readable ({e}); found tweet files by name"
            ));
            return None;
        }
    };
    let types = value.get("dataTypes")?;
    let mut tweet_files = Vec::new();
    let mut media_dir = None;
    for key in ["tweets", "tweet"] {
        if let Some(t) = types.get(key) {
            if let Some(files) = t.get("files").and_then(|f| f.as_array()) {
                for f in files {
                    if let Some(name) = f.get("fileName").and_then(|n| n.as_str()) {
                        tweet_files.push(name.trim_start_matches("./").to_string());
                    }
                }
            }
            if let Some(d) = t.get("mediaDirectory").and_then(|d| d.as_str()) {
                media_dir = Some(d.trim_start_matches("./").trim_end_matches('/').to_string());
            }
        }
    }
    Some(Manifest {
        tweet_files,
        media_dir,
    })
}

/// The first record of a small `data/<name>.js` file, unwrapped from its `{ key: … }`.
fn first_record(
    archive: &Archive,
    file: &str,
    key: &str,
    warnings: &mut Vec<String>,
) -> Option<serde_json::Value> {
    let text = read_optional(archive, file, warnings)?;
    match serde_json::from_str::<serde_json::Value>(js_payload(&text)) {
        Ok(serde_json::Value::Array(mut items)) if !items.is_empty() => {
            let first = items.swap_remove(0);
            Some(first.get(key).cloned().unwrap_or(first))
        }
        Ok(_) => None,
        Err(e) => {
            warnings.push(format!("{file}: not readable, skipped ({e})"));
            None
        }
    }
}

fn str_at(v: &serde_json::Value, path: &[&str]) -> Option<String> {
    let mut cur = v;
    for p in path {
        cur = cur.get(*p)?;
    }
    cur.as_str()
        .map(|s| decode_entities(s.trim()).into_owned())
        .filter(|s| !s.is_empty())
}

fn read_account(archive: &Archive, warnings: &mut Vec<String>) -> AccountInfo {
    let mut info = AccountInfo::default();
    if let Some(acc) = first_record(archive, "data/account.js", "account", warnings) {
        info.username = str_at(&acc, &["username"]);
        info.account_id = str_at(&acc, &["accountId"]);
        info.profile.name = str_at(&acc, &["accountDisplayName"]);
    }
    if info.username.is_none()
        && let Some(m) = archive
            .read_text("data/manifest.js")
            .ok()
            .and_then(|t| serde_json::from_str::<serde_json::Value>(js_payload(&t)).ok())
    {
        info.username = str_at(&m, &["userInfo", "userName"]);
        info.account_id = info
            .account_id
            .or_else(|| str_at(&m, &["userInfo", "accountId"]));
        info.profile.name = info
            .profile
            .name
            .or_else(|| str_at(&m, &["userInfo", "displayName"]));
    }
    // The old layout's account: `var user_details = { "screen_name": …, "full_name": …,
    // "bio": …, "location": … }`.
    if info.username.is_none()
        && let Some(text) = read_optional(archive, "data/js/user_details.js", warnings)
        && let Ok(u) = serde_json::from_str::<serde_json::Value>(js_payload(&text))
    {
        info.username = str_at(&u, &["screen_name"]);
        info.account_id = info.account_id.or_else(|| match u.get("id") {
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => str_at(&u, &["id"]),
        });
        info.profile.name = info.profile.name.or_else(|| str_at(&u, &["full_name"]));
        info.profile.bio = str_at(&u, &["bio"]);
        info.profile.location = str_at(&u, &["location"]);
    }
    if let Some(p) = first_record(archive, "data/profile.js", "profile", warnings) {
        info.profile.bio = str_at(&p, &["description", "bio"]);
        info.profile.location = str_at(&p, &["description", "location"]);
        info.profile.website = str_at(&p, &["description", "website"]);
    }
    if let Some(tz) = first_record(
        archive,
        "data/account-timezone.js",
        "accountTimezone",
        warnings,
    ) && let Some(name) = str_at(&tz, &["timeZone"])
    {
        match crate::timezone::from_archive_name(&name) {
            Some(iana) => info.timezone = Some(iana.to_string()),
            None => warnings.push(format!(
                "data/account-timezone.js: unknown time zone '{name}', ignored"
            )),
        }
    }
    if let Some(pd) = first_record(
        archive,
        "data/professional-data.js",
        "professionalData",
        warnings,
    ) {
        if let Some(kind) = str_at(&pd, &["professionalType"]) {
            info.profile
                .categories
                .push(format!("professional type: {kind}"));
        }
        if let Some(cats) = pd.get("categories").and_then(|c| c.as_array()) {
            for c in cats {
                if let Some(name) = str_at(c, &["categoryName"]) {
                    info.profile.categories.push(name);
                }
            }
        }
    }
    info
}

/// Replace truncated tweet texts with the full text of their note tweet, joined on the same
/// creation second plus a shared text prefix (note ids are not tweet ids).
fn join_note_tweets(archive: &Archive, data: &mut Dataset, base_url: &str) {
    let Some(text) = read_optional(archive, "data/note-tweet.js", &mut data.warnings) else {
        return;
    };
    let (elements, err) = raw_elements(js_payload(&text));
    if let Some(err) = err {
        // Worded like the tweet files' damage, so `scan` reports the archive as partial.
        data.warnings.push(format!(
            "data/note-tweet.js: JSON is cut off or damaged after {} notes ({err}); read those, the rest is lost",
            elements.len()
        ));
    }
    let mut by_second: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, p) in data.posts.iter().enumerate() {
        by_second
            .entry(p.created_at.timestamp())
            .or_default()
            .push(i);
    }
    let (mut joined, mut orphans) = (0usize, 0usize);
    let mut used = HashSet::new();
    for raw in elements {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(raw) else {
            continue;
        };
        let note = v.get("noteTweet").unwrap_or(&v);
        let (Some(created), Some(full)) = (
            str_at(note, &["createdAt"]),
            note.get("core")
                .and_then(|c| c.get("text"))
                .and_then(|t| t.as_str()),
        ) else {
            continue;
        };
        let Some(at) = parse_utc(&created) else {
            continue;
        };
        let full = decode_entities(full).into_owned();
        let target = by_second.get(&at.timestamp()).and_then(|cands| {
            cands
                .iter()
                .copied()
                .find(|&i| !used.contains(&i) && shares_prefix(&data.posts[i].text, &full))
        });
        match target {
            Some(i) => {
                used.insert(i);
                data.posts[i].text = full;
                joined += 1;
            }
            None => {
                orphans += 1;
                // Notes without an id get a synthetic one, or they would all share `x:note-`
                // and all but one be dropped as duplicates.
                let id = match str_at(note, &["noteTweetId"]) {
                    Some(note_id) => PostId(format!("x:note-{note_id}")),
                    None => PostId::synthetic(Platform::X, &["note", &created, &full]),
                };
                let mut post = Post::new(id, Platform::X, None, at, full);
                post.url = None;
                let _ = base_url;
                data.posts.push(post);
            }
        }
    }
    if orphans > 0 {
        data.warnings.push(format!(
            "{orphans} long posts in note-tweet.js match no tweet; listed on their own without a link ({joined} joined)"
        ));
    }
}

/// Whether the tweet text (truncated with `…` and a link) starts like the note's full text.
fn shares_prefix(tweet: &str, note: &str) -> bool {
    // A reply's text starts with the @handles it answers; its note does not.
    let mut tweet = tweet.trim_start();
    while let Some(rest) = tweet.strip_prefix('@') {
        match rest.split_once(char::is_whitespace) {
            Some((_, after)) if !note.starts_with('@') => tweet = after.trim_start(),
            _ => break,
        }
    }
    let head: String = tweet
        .split('…')
        .next()
        .unwrap_or(tweet)
        .split("https://t.co/")
        .next()
        .unwrap_or(tweet)
        .trim_end()
        .chars()
        .take(60)
        .collect();
    !head.is_empty() && note.starts_with(&head)
}

fn read_direct_messages(
    archive: &Archive,
    owner: Option<&str>,
    warnings: &mut Vec<String>,
) -> Vec<Conversation> {
    let mut out = Vec::new();
    // `direct-messages.js` and `direct-messages-group.js`; archives of about 2019 name them in
    // the singular (`direct-message.js`), as they do `tweet.js`.
    for file in archive.names().iter().filter(|n| {
        n.starts_with("data/direct-message") && n.ends_with(".js") && !n.contains("headers")
    }) {
        let Some(text) = read_optional(archive, file, warnings) else {
            continue;
        };
        let (elements, err) = raw_elements(js_payload(&text));
        if let Some(err) = err {
            warnings.push(format!(
                "{file}: JSON is cut off or damaged after {} conversations ({err}); read those, the rest is lost",
                elements.len()
            ));
        }
        for raw in elements {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(raw) else {
                continue;
            };
            let conv = v.get("dmConversation").unwrap_or(&v);
            let id = str_at(conv, &["conversationId"]).unwrap_or_default();
            let mut participants = HashSet::new();
            let mut messages = Vec::new();
            for m in conv
                .get("messages")
                .and_then(|m| m.as_array())
                .into_iter()
                .flatten()
            {
                let Some(mc) = m.get("messageCreate") else {
                    continue;
                };
                let sender = str_at(mc, &["senderId"]).unwrap_or_default();
                let Some(at) = str_at(mc, &["createdAt"]).and_then(|c| parse_utc(&c)) else {
                    continue;
                };
                let from_owner = owner.is_some_and(|o| o == sender);
                if !from_owner {
                    participants.insert(sender.clone());
                }
                if let Some(r) = str_at(mc, &["recipientId"])
                    && owner != Some(r.as_str())
                {
                    participants.insert(r);
                }
                let attachments = mc
                    .get("mediaUrls")
                    .and_then(|u| u.as_array())
                    .map(|u| {
                        u.iter()
                            .filter_map(|x| x.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default();
                messages.push(Message {
                    native_id: str_at(mc, &["id"]),
                    sender,
                    from_owner,
                    sent_at: at,
                    text: str_at(mc, &["text"]).unwrap_or_default(),
                    attachments,
                });
            }
            messages.sort_by_key(|m| m.sent_at);
            let mut participants: Vec<String> = participants.into_iter().collect();
            participants.sort();
            out.push(Conversation {
                platform: Platform::X,
                id,
                participants,
                messages,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_strips_prefix_bom_and_semicolon() {
        assert_eq!(
            js_payload("\u{feff}window.YTD.tweets.part0 = [ {\"a\":1} ];\n"),
            "[ {\"a\":1} ]"
        );
        assert_eq!(js_payload("window.__THAR_CONFIG = {\"x\":1}"), "{\"x\":1}");
        assert_eq!(js_payload("[1]"), "[1]");
    }

    #[test]
    fn truncated_arrays_keep_complete_elements() {
        let (els, err) = raw_elements(r#"[{"a":1},{"b":2},{"c":"#);
        assert_eq!(els.len(), 2);
        assert!(err.is_some());
        let (els, err) = raw_elements(r#"[{"a":1}]"#);
        assert_eq!(els.len(), 1);
        assert!(err.is_none());
        let (els, err) = raw_elements(r#"{"not":"an array"}"#);
        assert!(els.is_empty() && err.is_some());
    }

    #[test]
    fn geo_orders_are_both_understood() {
        let c = GeoJson {
            coordinates: Some(vec![Num(-122.62), Num(47.56)]),
        };
        let g = GeoJson {
            coordinates: Some(vec![Num(47.56), Num(-122.62)]),
        };
        let p = tweet_point(Some(&c), None).unwrap();
        assert_eq!((p.lat, p.lon), (47.56, -122.62));
        let p = tweet_point(None, Some(&g)).unwrap();
        assert_eq!((p.lat, p.lon), (47.56, -122.62));
        // `geo` written in GeoJSON order by mistake: latitude -122 is impossible, so swap.
        let p = tweet_point(None, Some(&c)).unwrap();
        assert_eq!((p.lat, p.lon), (47.56, -122.62));
    }

    #[test]
    fn a_point_of_interest_gives_its_place_as_the_point() {
        let tweet = |place: &str| {
            let raw = format!(
                r#"{{"tweet":{{"id_str":"1","created_at":"Mon Jul 01 04:40:34 +0000 2019","full_text":"back to reality","place":{place}}}}}"#
            );
            let media = MediaIndex {
                dir: String::new(),
                by_tweet: HashMap::new(),
            };
            parse_tweet(&raw, "https://x.com/i/status/", &media).unwrap()
        };
        let poi = |ring: &str| {
            format!(
                r#"{{"name":"Kennels","full_name":"Kennels","place_type":"poi","bounding_box":{{"type":"Polygon","coordinates":[[{ring}]]}}}}"#
            )
        };
        // A venue given as a single point, with the numbers as strings (as X writes them).
        let p = tweet(&poi(
            r#"["103.971200","1.375200"],["103.971200","1.375200"],["103.971200","1.375200"],["103.971200","1.375200"]"#,
        ));
        let g = p.geo.unwrap();
        assert_eq!((g.lat, g.lon), (1.3752, 103.9712));
        assert_eq!(p.place.as_deref(), Some("Kennels"));
        // A campus of a few hundred metres: its centre.
        let p = tweet(&poi(
            "[78.5619,17.2824],[78.5643,17.2824],[78.5643,17.2848],[78.5619,17.2848]",
        ));
        let g = p.geo.unwrap();
        assert!((g.lat - 17.2836).abs() < 1e-9 && (g.lon - 78.5631).abs() < 1e-9);
        // A city's box says nothing of where the post was made.
        let p = tweet(&poi("[103.6,1.2],[104.0,1.2],[104.0,1.47],[103.6,1.47]"));
        assert!(p.geo.is_none());
        assert_eq!(p.place.as_deref(), Some("Kennels"));
        // A damaged box costs the point, not the tweet.
        let p = tweet(&poi(r#"["east","north"]"#));
        assert!(p.geo.is_none());
        assert_eq!(p.text, "back to reality");
    }

    #[test]
    fn fields_read_the_same_borrowed_or_unescaped() {
        // The same tweet with no escapes (every string borrowed from the record), with every
        // string escaped (every one copied), and with numeric ids.
        let media = MediaIndex {
            dir: "data/tweets_media".to_string(),
            by_tweet: HashMap::from([("123".to_string(), vec!["123-a.jpg".to_string()])]),
        };
        let plain = r#"{"tweet":{"id_str":"123","id":"123","created_at":"Tue Mar 05 06:07:08 +0000 2019",
            "full_text":"On shift at Pier 4","in_reply_to_status_id_str":"99","in_reply_to_screen_name":"ops",
            "place":{"full_name":"Bremerton, WA"},
            "extended_entities":{"media":[{"type":"photo","media_url_https":"https://pbs.twimg.com/media/a.jpg",
            "ext_alt_text":"the pier"}]}}}"#;
        let escaped = r#"{"tweet":{"id_str":"\u0031\u00323","created_at":"Tue Mar 05 06:07:08 \u002b0000 2019",
            "full_text":"On shift at \u0050ier 4","in_reply_to_status_id_str":"\u00399","in_reply_to_screen_name":"\u006fps",
            "place":{"full_name":"Bremerton\u002c WA"},
            "extended_entities":{"media":[{"type":"\u0070hoto","media_url_https":"https:\/\/pbs.twimg.com\/media\/a.jpg",
            "ext_alt_text":"the\u0020pier"}]}}}"#;
        let numeric = plain
            .replace(r#""id_str":"123","id":"123""#, r#""id":123"#)
            .replace(
                r#""in_reply_to_status_id_str":"99""#,
                r#""in_reply_to_status_id":99"#,
            );
        let want = parse_tweet(plain, "https://x.com/ops/status/", &media).unwrap();
        assert_eq!(want.id.as_str(), "x:123");
        assert_eq!(want.native_id.as_deref(), Some("123"));
        assert_eq!(want.text, "On shift at Pier 4");
        assert_eq!(want.reply_to.as_deref(), Some("@ops 99"));
        assert_eq!(want.place.as_deref(), Some("Bremerton, WA"));
        assert_eq!(want.media[0].path, "data/tweets_media/123-a.jpg");
        assert!(want.media[0].present);
        assert_eq!(want.media[0].alt.as_deref(), Some("the pier"));
        for raw in [escaped, numeric.as_str()] {
            assert_eq!(
                parse_tweet(raw, "https://x.com/ops/status/", &media).unwrap(),
                want
            );
        }
        // A string where one is wanted is still required.
        assert!(parse_tweet(r#"{"id_str":"1","created_at":5}"#, "", &media).is_err());
        assert!(parse_tweet(r#"{"id_str":"1"}"#, "", &media).is_err());
    }

    #[test]
    fn note_prefix_matching() {
        assert!(shares_prefix(
            "Rutina de mañana: leer… https://t.co/abc",
            "Rutina de mañana: leer y escribir mucho"
        ));
        assert!(!shares_prefix(
            "Something else https://t.co/abc",
            "Rutina de mañana"
        ));
        // A long reply: the tweet starts with the handles it answers, the note does not (seen
        // in a real archive, where the note then became a second post).
        assert!(shares_prefix(
            "@borlanco @Longor A tope con lo declarativo, cuando tenga un…",
            "A tope con lo declarativo, cuando tenga un rato lo miro entero"
        ));
        assert!(!shares_prefix(
            "@borlanco Otra cosa",
            "A tope con lo declarativo"
        ));
    }
}
