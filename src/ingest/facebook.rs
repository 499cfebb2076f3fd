//! Facebook "Download Your Information" exports (JSON format), every layout generation:
//! `posts/your_posts_N.json` (2018–2021), `your_activity_across_facebook/…` (2022–2023),
//! `your_facebook_activity/…` (2024+) and `this_profile's_activity_across_facebook/…`
//! (2025). Files are found by name pattern wherever they sit, and every string has its
//! escaped-UTF-8 mojibake repaired.

use super::meta::{
    Skips, as_list, first_array, float, int, label_values, media_item, read_json, read_list,
    read_threads, s, secs,
};
use super::{Adapter, Progress, ProgressFn};
use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{
    Dataset, GeoPoint, Media, Platform, Post, PostId, PostKind, Profile, WorkEntry,
};
use serde_json::Value;
use std::collections::HashSet;

/// The Facebook export adapter.
pub struct FacebookAdapter;

const ROOTS: &[&str] = &[
    "your_facebook_activity/",
    "your_activity_across_facebook/",
    "this_profile's_activity_across_facebook/",
];

fn base(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

/// A posts file: `your_posts_1.json`, `your_posts__check_ins__photos_and_videos_1.json`,
/// or the 2018 `your_posts.json`.
fn is_posts_file(name: &str) -> bool {
    let b = base(name);
    b.starts_with("your_posts") && b.ends_with(".json")
}

fn is_marker(name: &str) -> bool {
    ROOTS.iter().any(|r| name.starts_with(r))
        || name.ends_with("profile_information/profile_information.json")
        || (name.starts_with("posts/") && base(name).starts_with("your_posts"))
        || name.starts_with("photos_and_videos/")
}

impl Adapter for FacebookAdapter {
    fn platform(&self) -> Platform {
        Platform::Facebook
    }

    fn markers(&self) -> &'static str {
        "profile_information/profile_information.json, posts/your_posts_1.json, or a \
         your_facebook_activity/, your_activity_across_facebook/ or \
         this_profile's_activity_across_facebook/ folder"
    }

    fn sniff(&self, archive: &Archive) -> Option<String> {
        if !archive.names().iter().any(|n| is_marker(n)) {
            return None;
        }
        let names = archive.names();
        let has = |p: &str| names.iter().any(|n| n.starts_with(p));
        let layout = if has("this_profile's_activity_across_facebook/") {
            "2025 layout"
        } else if has("your_facebook_activity/") {
            "2024+ layout"
        } else if has("your_activity_across_facebook/") {
            "2022-2023 layout"
        } else {
            "2018-2021 layout"
        };
        let posts = names.iter().filter(|n| is_posts_file(n)).count();
        let html = names
            .iter()
            .any(|n| base(n).starts_with("your_posts") && n.ends_with(".html"));
        let extra = if posts == 0 && html {
            ", HTML format (not readable)"
        } else if posts == 0 {
            ", a part without posts files"
        } else {
            ""
        };
        Some(format!("Facebook export, {layout}{extra}"))
    }

    fn load(&self, archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
        load(archive, progress)
    }
}

fn load(archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
    let mut data = Dataset {
        platforms: vec![Platform::Facebook],
        ..Dataset::default()
    };
    let names = archive.names();
    let mut skips = Skips::default();
    let mut posts_files: Vec<&String> = names.iter().filter(|n| is_posts_file(n)).collect();
    posts_files.sort_by_key(|n| part_key(n));
    let html_only = posts_files.is_empty()
        && names
            .iter()
            .any(|n| base(n).starts_with("your_posts") && n.ends_with(".html"));
    if html_only {
        return Err(Error::BadArchive {
            path: archive.path().to_path_buf(),
            message:
                "this Facebook export is in HTML format; download it again choosing the JSON format"
                    .into(),
        });
    }
    let total = posts_files.len() as u64;
    let mut read_any = false;
    for (i, file) in posts_files.iter().enumerate() {
        progress(Progress {
            stage: &format!("reading {file}"),
            done: i as u64,
            total,
        });
        let Some(items) = read_list(archive, file, &mut data.warnings) else {
            continue;
        };
        read_any = true;
        for item in &items {
            match parse_post(archive, item) {
                Ok(p) => data.posts.push(p),
                Err(why) => skips.add(file, why),
            }
        }
    }
    read_any |= read_photo_files(archive, &mut data, &mut skips);
    read_any |= read_check_ins(archive, &mut data, &mut skips);
    read_any |= read_events(archive, &mut data, &mut skips);
    let profile = read_profile(archive, &mut data.warnings);
    let owner = profile.as_ref().and_then(|p| p.name.clone());
    data.conversations = read_threads(
        archive,
        Platform::Facebook,
        owner.as_deref(),
        &mut data.warnings,
    );
    skips.report("posts", &mut data.warnings);
    let has_media = names.iter().any(|n| super::exif::is_media_name(n));
    if !read_any && profile.is_none() && data.conversations.is_empty() {
        if !has_media {
            return Err(Error::BadFile {
                path: archive.path().to_path_buf(),
                entry: posts_files
                    .first()
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "posts".into()),
                message: "no readable posts, profile or messages in this Facebook export".into(),
            });
        }
        data.warnings.push(
            "this Facebook part holds media files but no post lists; scan it together with the part that has them".into(),
        );
    }
    data.profile = profile;
    data.warn_missing_media(|missing| {
        format!(
            "{missing} media files referenced by Facebook posts are not in this archive (another part may hold them)"
        )
    });
    Ok(data)
}

/// Sort key: folder, then the part number before `.json`.
fn part_key(name: &str) -> (String, u32) {
    let stem = name.strip_suffix(".json").unwrap_or(name);
    let digits: String = stem
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let dir = name.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    (dir.to_string(), digits.parse().unwrap_or(0))
}

fn synthetic_id(ts: i64, text: &str, media: &[Media]) -> PostId {
    let uris: Vec<&str> = media.iter().map(|m| m.path.as_str()).collect();
    PostId::synthetic(
        Platform::Facebook,
        &[&ts.to_string(), text, &uris.join("\n")],
    )
}

/// The (lat, lon) of a `coordinate {latitude, longitude}` object or a `"(lat , lon)"` string.
fn coordinates(v: &Value) -> Option<GeoPoint> {
    match v {
        Value::Object(_) => {
            let c = v.get("coordinate").unwrap_or(v);
            GeoPoint::new(float(c, "latitude")?, float(c, "longitude")?)
        }
        Value::String(s) => {
            let inner = s.trim().trim_start_matches('(').trim_end_matches(')');
            let (a, b) = inner.split_once(',')?;
            GeoPoint::new(a.trim().parse().ok()?, b.trim().parse().ok()?)
        }
        _ => None,
    }
}

fn push_line(text: &mut String, line: &str) {
    if line.is_empty() || text.contains(line) {
        return;
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}

fn parse_post(archive: &Archive, v: &Value) -> std::result::Result<Post, &'static str> {
    let ts = int(v, "timestamp").ok_or("missing timestamp")?;
    let created_at = secs(ts).ok_or("bad timestamp")?;
    let mut body = String::new();
    for d in v
        .get("data")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(p) = s(d, "post") {
            push_line(&mut body, &p);
        }
    }
    let title = s(v, "title");
    let mut media = Vec::new();
    let (mut place, mut geo, mut event) = (None, None, None);
    let mut extra_text: Vec<String> = Vec::new();
    let mut links: Vec<String> = Vec::new();
    for att in v
        .get("attachments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for d in att
            .get("data")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(m) = d.get("media").and_then(|m| media_item(archive, m)) {
                media.push(m);
            }
            if let Some(p) = d.get("place") {
                place = place.or_else(|| s(p, "name"));
                geo = geo.or_else(|| coordinates(p));
                if let Some(addr) = s(p, "address") {
                    extra_text.push(addr);
                }
            }
            if let Some(e) = d.get("external_context") {
                if let Some(u) = s(e, "url") {
                    links.push(u);
                } else if let Some(n) = s(e, "name") {
                    links.push(n);
                }
            }
            if let Some(e) = d.get("event") {
                event = event.or_else(|| s(e, "name"));
                if let Some(p) = e.get("place") {
                    place = place.or_else(|| s(p, "name"));
                    geo = geo.or_else(|| coordinates(p));
                }
            }
            if let Some(n) = d.get("note") {
                for k in ["title", "text"] {
                    if let Some(t) = s(n, k) {
                        extra_text.push(t);
                    }
                }
                for m in n
                    .get("media")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    if let Some(m) = media_item(archive, m) {
                        media.push(m);
                    }
                }
            }
            if let Some(t) = d.get("text").and_then(Value::as_str) {
                extra_text.push(t.trim().to_string());
            }
            if let Some(l) = d.get("life_event").and_then(|l| s(l, "title")) {
                extra_text.push(l);
            }
        }
    }
    let mut text = body;
    for t in &extra_text {
        push_line(&mut text, t);
    }
    if text.is_empty() {
        if let Some(desc) = media.iter().find_map(|m| m.alt.clone()) {
            text = desc;
        } else if let Some(e) = &event {
            text = e.clone();
        }
    }
    if text.is_empty()
        && let Some(t) = &title
    {
        text = t.clone();
    }
    for l in &links {
        push_line(&mut text, l);
    }
    if text.is_empty() && media.is_empty() && place.is_none() && event.is_none() {
        return Err("no text, title or attachment");
    }
    let id = synthetic_id(ts, &text, &media);
    let mut post = Post::new(id, Platform::Facebook, None, created_at, text);
    post.kind = if place.is_some() {
        PostKind::CheckIn
    } else if event.is_some() {
        PostKind::Event
    } else if !media.is_empty() {
        PostKind::Photo
    } else {
        PostKind::Post
    };
    post.place = place;
    post.geo = geo;
    post.media = media;
    Ok(post)
}

/// Albums, uncategorized photos and videos: each item not already attached to a post
/// becomes a photo post of its own. Returns whether any file was read.
fn read_photo_files(archive: &Archive, data: &mut Dataset, skips: &mut Skips) -> bool {
    let seen: HashSet<String> = data
        .posts
        .iter()
        .flat_map(|p| p.media.iter().map(|m| m.path.clone()))
        .collect();
    let mut seen = seen;
    let files: Vec<String> = archive
        .names()
        .iter()
        .filter(|n| {
            n.ends_with(".json")
                && (n.contains("/album/")
                    || n.starts_with("album/")
                    || matches!(
                        base(n),
                        "your_uncategorized_photos.json" | "your_videos.json"
                    ))
        })
        .cloned()
        .collect();
    let mut read_any = false;
    for file in files {
        let Some(v) = read_json(archive, &file, &mut data.warnings) else {
            continue;
        };
        read_any = true;
        let album = s(&v, "name");
        let items: Vec<&Value> = match v.get("photos").and_then(Value::as_array) {
            Some(p) => p.iter().collect(),
            None => first_array(&v)
                .map(|a| a.iter().collect())
                .unwrap_or_default(),
        };
        for item in items {
            let Some(m) = media_item(archive, item) else {
                skips.add(&file, "photo without uri");
                continue;
            };
            if !seen.insert(m.path.clone()) {
                continue;
            }
            let Some(ts) = int(item, "creation_timestamp") else {
                skips.add(&file, "photo without creation_timestamp");
                continue;
            };
            let Some(at) = secs(ts) else {
                skips.add(&file, "bad creation_timestamp");
                continue;
            };
            let text = m
                .alt
                .clone()
                .or_else(|| s(item, "title"))
                .or_else(|| album.clone())
                .unwrap_or_default();
            let media = vec![m];
            let mut post = Post::new(
                synthetic_id(ts, &text, &media),
                Platform::Facebook,
                None,
                at,
                text,
            );
            post.kind = PostKind::Photo;
            post.media = media;
            data.posts.push(post);
        }
    }
    read_any
}

/// `check-ins.json` (label_values form, a bare object when there is one check-in) and
/// `places_you_have_been_tagged_in.json`.
fn read_check_ins(archive: &Archive, data: &mut Dataset, skips: &mut Skips) -> bool {
    let files: Vec<String> = archive
        .names()
        .iter()
        .filter(|n| {
            matches!(
                base(n),
                "check-ins.json" | "places_you_have_been_tagged_in.json"
            )
        })
        .cloned()
        .collect();
    let existing: HashSet<(i64, String)> = data
        .posts
        .iter()
        .filter_map(|p| Some((p.created_at.timestamp(), p.place.clone()?)))
        .collect();
    let mut read_any = false;
    for file in files {
        let Some(v) = read_json(archive, &file, &mut data.warnings) else {
            continue;
        };
        read_any = true;
        let list = match &v {
            Value::Object(m) if !m.contains_key("label_values") => m
                .values()
                .find(|x| x.is_array())
                .map(as_list)
                .unwrap_or_default(),
            other => as_list(other),
        };
        for item in list {
            let lv = label_values(item);
            let get = |want: &[&str]| -> Option<&Value> {
                lv.iter()
                    .find(|(k, _)| {
                        let last = k.rsplit('/').next().unwrap_or(k);
                        want.iter().any(|w| last.eq_ignore_ascii_case(w))
                    })
                    .map(|(_, v)| v)
            };
            let text_of = |want: &[&str]| {
                get(want)
                    .and_then(Value::as_str)
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
            };
            let ts = int(item, "timestamp")
                .or_else(|| get(&["Visit time", "Time", "Date"]).and_then(|t| t.as_i64()));
            let Some(at) = ts.and_then(secs) else {
                skips.add(&file, "missing or bad timestamp");
                continue;
            };
            let place = text_of(&["Name", "Place name", "Place"])
                .or_else(|| item.get("place").and_then(|p| s(p, "name")));
            let geo = get(&["Coordinates"])
                .and_then(coordinates)
                .or_else(|| item.get("place").and_then(coordinates));
            if place.is_none() && geo.is_none() {
                skips.add(&file, "no place");
                continue;
            }
            if let Some(p) = &place
                && existing.contains(&(at.timestamp(), p.clone()))
            {
                continue;
            }
            let mut text = text_of(&["Message"]).unwrap_or_default();
            if let Some(addr) = text_of(&["Address"]) {
                push_line(&mut text, &addr);
            }
            let media: Vec<Media> = item
                .get("media")
                .map(as_list)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|m| media_item(archive, m))
                .collect();
            let id = match s(item, "fbid") {
                Some(fbid) => PostId::native(Platform::Facebook, &fbid),
                None => synthetic_id(at.timestamp(), &text, &media),
            };
            let mut post = Post::new(id, Platform::Facebook, s(item, "fbid"), at, text);
            post.kind = PostKind::CheckIn;
            post.place = place;
            post.geo = geo;
            post.media = media;
            data.posts.push(post);
        }
    }
    read_any
}

/// Events the owner created (`your_events.json`) or joined (`your_event_responses.json`).
fn read_events(archive: &Archive, data: &mut Dataset, skips: &mut Skips) -> bool {
    let files: Vec<String> = archive
        .names()
        .iter()
        .filter(|n| matches!(base(n), "your_events.json" | "your_event_responses.json"))
        .cloned()
        .collect();
    let mut read_any = false;
    for file in files {
        let Some(v) = read_json(archive, &file, &mut data.warnings) else {
            continue;
        };
        read_any = true;
        let mut events: Vec<&Value> = Vec::new();
        if let Some(list) = v.get("your_events_v2").or_else(|| v.get("your_events")) {
            events.extend(as_list(list));
        }
        if let Some(r) = v
            .get("event_responses_v2")
            .or_else(|| v.get("event_responses"))
            && let Some(joined) = r.get("events_joined")
        {
            events.extend(as_list(joined));
        }
        for e in events {
            let Some(name) = s(e, "name") else {
                skips.add(&file, "event without name");
                continue;
            };
            let Some(at) = int(e, "start_timestamp")
                .or_else(|| int(e, "create_timestamp"))
                .and_then(secs)
            else {
                skips.add(&file, "event without time");
                continue;
            };
            let mut text = name;
            if let Some(d) = s(e, "description") {
                push_line(&mut text, &d);
            }
            let mut post = Post::new(
                synthetic_id(at.timestamp(), &text, &[]),
                Platform::Facebook,
                None,
                at,
                text,
            );
            post.kind = PostKind::Event;
            if let Some(p) = e.get("place") {
                post.place = s(p, "name");
                post.geo = coordinates(p);
            }
            data.posts.push(post);
        }
    }
    read_any
}

fn date_of(v: &Value, key: &str) -> Option<String> {
    int(v, key)
        .filter(|n| *n > 0)
        .and_then(secs)
        .map(|t| t.format("%Y-%m-%d").to_string())
}

/// `profile_information.json`: `profile_v2` (or the older `profile`) for name, city, work,
/// education, websites and the about-me text.
fn read_profile(archive: &Archive, warnings: &mut Vec<String>) -> Option<Profile> {
    let file = archive
        .names()
        .iter()
        .find(|n| base(n) == "profile_information.json")?
        .clone();
    let v = read_json(archive, &file, warnings)?;
    let p = v
        .get("profile_v2")
        .or_else(|| v.get("profile"))
        .unwrap_or(&v);
    let mut profile = Profile {
        name: p
            .get("name")
            .and_then(|n| s(n, "full_name").or_else(|| n.as_str().map(String::from))),
        handle: s(p, "username"),
        ..Profile::default()
    };
    let place_name = |key: &str| {
        p.get(key)
            .and_then(|c| s(c, "name").or_else(|| c.as_str().map(String::from)))
    };
    profile.location = place_name("current_city");
    if let Some(h) = place_name("hometown") {
        profile.fields.push(("hometown".into(), h));
    }
    for key in ["about_me", "intro_bio", "bio"] {
        if profile.bio.is_none() {
            profile.bio = p.get(key).and_then(|b| {
                b.as_str()
                    .map(String::from)
                    .or_else(|| s(b, "about_me"))
                    .or_else(|| s(b, "text"))
            });
        }
    }
    profile.website = p
        .get("websites")
        .and_then(Value::as_array)
        .and_then(|w| w.iter().find_map(|x| s(x, "address")));
    for w in p
        .get("work_experiences")
        .or_else(|| p.get("work"))
        .map(as_list)
        .unwrap_or_default()
    {
        let flat = flatten(w);
        let pick = |keys: &[&str]| {
            keys.iter().find_map(|k| {
                flat.iter()
                    .find(|(fk, _)| fk.eq_ignore_ascii_case(k))
                    .map(|(_, v)| v.clone())
            })
        };
        let entry = WorkEntry {
            employer: pick(&[
                "employer",
                "company",
                "organization",
                "company_name",
                "name",
            ]),
            title: pick(&["title", "position", "job_title", "role"]),
            location: pick(&["location", "city", "place"]),
            description: pick(&["description", "summary"]),
            start: date_of(w, "start_timestamp").or_else(|| pick(&["start", "start_date"])),
            end: date_of(w, "end_timestamp").or_else(|| pick(&["end", "end_date"])),
        };
        if entry.employer.is_some() || entry.title.is_some() {
            profile.work.push(entry);
        }
    }
    for e in p
        .get("education_experiences")
        .or_else(|| p.get("education"))
        .map(as_list)
        .unwrap_or_default()
    {
        let Some(name) = s(e, "name").or_else(|| e.as_str().map(String::from)) else {
            continue;
        };
        let conc: Vec<String> = e
            .get("concentrations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str().map(String::from))
            .collect();
        profile.education.push(if conc.is_empty() {
            name
        } else {
            format!("{name} ({})", conc.join(", "))
        });
    }
    Some(profile)
}

/// A work entry as flat (key, text) pairs: plain string keys, `{name}` objects, and
/// `label_values` records.
fn flatten(v: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Value::Object(m) = v {
        for (k, x) in m {
            if let Some(t) = x.as_str().map(str::trim).filter(|t| !t.is_empty()) {
                out.push((k.clone(), t.to_string()));
            } else if let Some(n) = s(x, "name") {
                out.push((k.clone(), n));
            }
        }
    }
    for (k, x) in label_values(v) {
        if let Some(t) = x.as_str().map(str::trim).filter(|t| !t.is_empty()) {
            let key = k.rsplit('/').next().unwrap_or(&k).to_ascii_lowercase();
            out.push((key, t.to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_both_forms() {
        let s = Value::String("(38.575804323267 , -121.4804199327)".into());
        let p = coordinates(&s).unwrap();
        assert_eq!((p.lat, p.lon), (38.575804323267, -121.4804199327));
        let o: Value = serde_json::from_str(
            r#"{"name":"x","coordinate":{"latitude":48.85,"longitude":2.35}}"#,
        )
        .unwrap();
        assert_eq!(coordinates(&o), GeoPoint::new(48.85, 2.35));
        assert_eq!(coordinates(&Value::String("(0 , 0)".into())), None);
    }

    #[test]
    fn posts_file_names() {
        assert!(is_posts_file("posts/your_posts_1.json"));
        assert!(is_posts_file(
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
        ));
        assert!(!is_posts_file("posts/your_posts_1.html"));
        assert_eq!(part_key("a/your_posts_12.json"), ("a".into(), 12));
    }
}
