//! Instagram exports (JSON format): the three `posts_1.json` layouts (≤2021/2022–2023
//! `content/posts_1.json`, 2024 `your_instagram_activity/content/posts_1.json`, 2025
//! `your_instagram_activity/media/posts_1.json`), reels and archived posts of the same shape,
//! stories, the `exif_data` copy of photo metadata, profile, inferred home city and DMs.

use super::meta::{
    Skips, first_array, int, media_item, read_json, read_list, read_threads, s, secs, string_map,
};
use super::{Adapter, Progress, ProgressFn};
use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{Dataset, Media, Platform, Post, PostId, PostKind, Profile};
use serde_json::Value;

/// The Instagram export adapter.
pub struct InstagramAdapter;

fn base(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

fn parent(name: &str) -> &str {
    let dir = name.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    dir.rsplit('/').next().unwrap_or(dir)
}

/// `…/content/posts_N.json` or `…/media/posts_N.json`, plus reels and archived posts.
fn is_posts_file(name: &str) -> bool {
    let b = base(name);
    let p = parent(name);
    (p == "content" || p == "media")
        && b.ends_with(".json")
        && (b
            .strip_prefix("posts_")
            .and_then(|r| r.strip_suffix(".json"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
            || b == "reels.json"
            || b == "archived_posts.json")
}

fn is_stories_file(name: &str) -> bool {
    matches!(parent(name), "content" | "media") && base(name) == "stories.json"
}

const PROFILE_PATHS: &[&str] = &[
    "personal_information/personal_information/personal_information.json",
    "personal_information/personal_information.json",
    "account_information/personal_information.json",
];

fn is_marker(name: &str) -> bool {
    PROFILE_PATHS.contains(&name)
        || name.starts_with("your_instagram_activity/")
        || (name.starts_with("content/") && is_posts_file(name))
        || name.starts_with("media/posts/")
        || name.starts_with("media/stories/")
        || name.starts_with("media/reels/")
}

impl Adapter for InstagramAdapter {
    fn platform(&self) -> Platform {
        Platform::Instagram
    }

    fn markers(&self) -> &'static str {
        "personal_information/personal_information.json (any of its three paths), \
         content/posts_1.json, a your_instagram_activity/ folder, or media/posts/ files"
    }

    fn sniff(&self, archive: &Archive) -> Option<String> {
        let names = archive.names();
        if !names.iter().any(|n| is_marker(n)) {
            return None;
        }
        let has = |p: &str| names.iter().any(|n| n.starts_with(p));
        let layout = if has("your_instagram_activity/media/posts_") {
            "2025 layout"
        } else if has("your_instagram_activity/") {
            "2024 layout"
        } else if has("account_information/") {
            "2019-2021 layout"
        } else if has("content/") || has("personal_information/") {
            "2022-2023 layout"
        } else {
            "media-only part"
        };
        Some(format!("Instagram export, {layout}"))
    }

    fn load(&self, archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
        load(archive, progress)
    }
}

fn load(archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
    let mut data = Dataset {
        platforms: vec![Platform::Instagram],
        ..Dataset::default()
    };
    let mut skips = Skips::default();
    let files: Vec<String> = archive
        .names()
        .iter()
        .filter(|n| is_posts_file(n) || is_stories_file(n))
        .cloned()
        .collect();
    let mut read_any = false;
    for (i, file) in files.iter().enumerate() {
        progress(Progress {
            stage: &format!("reading {file}"),
            done: i as u64,
            total: files.len() as u64,
        });
        let Some(items) = read_list(archive, file, &mut data.warnings) else {
            continue;
        };
        read_any = true;
        let story = is_stories_file(file);
        for item in &items {
            let parsed = if story {
                parse_story(archive, item)
            } else {
                parse_post(archive, item)
            };
            match parsed {
                Ok(p) => data.posts.push(p),
                Err(why) => skips.add(file, why),
            }
        }
    }
    skips.report("posts", &mut data.warnings);
    let profile = read_profile(archive, &mut data.warnings);
    let owner = profile.as_ref().and_then(|p| p.name.clone());
    data.conversations = read_threads(
        archive,
        Platform::Instagram,
        owner.as_deref(),
        &mut data.warnings,
    );
    if !read_any && profile.is_none() && data.conversations.is_empty() {
        if !archive
            .names()
            .iter()
            .any(|n| super::exif::is_media_name(n))
        {
            return Err(Error::BadFile {
                path: archive.path().to_path_buf(),
                entry: files
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "posts_1.json".into()),
                message: "no readable posts, profile or messages in this Instagram export".into(),
            });
        }
        data.warnings.push(
            "this Instagram part holds media files but no post lists; scan it together with the part that has them".into(),
        );
    }
    data.profile = profile;
    data.warn_missing_media(|missing| {
        format!(
            "{missing} media files referenced by Instagram posts are not in this archive (another part may hold them)"
        )
    });
    Ok(data)
}

fn make_post(
    ts: i64,
    caption: String,
    media: Vec<Media>,
) -> std::result::Result<Post, &'static str> {
    let at = secs(ts).ok_or("bad creation_timestamp")?;
    let uris: Vec<&str> = media.iter().map(|m| m.path.as_str()).collect();
    let id = PostId::synthetic(
        Platform::Instagram,
        &[&ts.to_string(), &caption, &uris.join("\n")],
    );
    let mut post = Post::new(id, Platform::Instagram, None, at, caption);
    post.kind = PostKind::Photo;
    post.media = media;
    Ok(post)
}

/// A post: one media item with the caption in `media[0].title`, or a carousel with the
/// caption and time on the post itself.
fn parse_post(archive: &Archive, v: &Value) -> std::result::Result<Post, &'static str> {
    let items = v
        .get("media")
        .and_then(Value::as_array)
        .ok_or("no media list")?;
    let media: Vec<Media> = items
        .iter()
        .filter_map(|m| media_item(archive, m))
        .collect();
    let first = items.first();
    let caption = s(v, "title")
        .or_else(|| first.and_then(|m| s(m, "title")))
        .unwrap_or_default();
    let ts = int(v, "creation_timestamp")
        .or_else(|| first.and_then(|m| int(m, "creation_timestamp")))
        .ok_or("missing creation_timestamp")?;
    if media.is_empty() && caption.is_empty() {
        return Err("no media and no caption");
    }
    make_post(ts, caption, media)
}

fn parse_story(archive: &Archive, v: &Value) -> std::result::Result<Post, &'static str> {
    let m = media_item(archive, v).ok_or("story without uri")?;
    let ts = int(v, "creation_timestamp").ok_or("missing creation_timestamp")?;
    let mut post = make_post(ts, s(v, "title").unwrap_or_default(), vec![m])?;
    post.kind = PostKind::Story;
    Ok(post)
}

fn read_profile(archive: &Archive, warnings: &mut Vec<String>) -> Option<Profile> {
    let mut profile = Profile::default();
    let mut found = false;
    if let Some(file) = PROFILE_PATHS.iter().find(|p| archive.contains(p))
        && let Some(v) = read_json(archive, file, warnings)
    {
        found = true;
        let user = v
            .get("profile_user")
            .and_then(|u| u.as_array().and_then(|a| a.first()).or(Some(u)))
            .unwrap_or(&v);
        for (k, val) in string_map(user) {
            match k.as_str() {
                "Name" => profile.name = Some(val),
                "Username" => profile.handle = Some(val.trim_start_matches('@').to_string()),
                "Bio" => profile.bio = Some(val),
                "Website" => profile.website = Some(val),
                "City" | "Location" => profile.location = Some(val),
                _ => {}
            }
        }
    }
    let by_base = |b: &str| archive.names().iter().find(|n| base(n) == b).cloned();
    if let Some(file) = by_base("account_based_in.json")
        && let Some(v) = read_json(archive, &file, warnings)
    {
        found = true;
        let rec = first_array(&v).and_then(|a| a.first()).unwrap_or(&v);
        for (k, val) in string_map(rec) {
            if k == "City Name" && profile.location.is_none() {
                profile.location = Some(val);
            } else {
                profile.fields.push((format!("account based in: {k}"), val));
            }
        }
    }
    if let Some(file) = by_base("professional_information.json")
        && let Some(v) = read_json(archive, &file, warnings)
    {
        found = true;
        for rec in first_array(&v).into_iter().flatten() {
            for (k, val) in string_map(rec) {
                if k.to_lowercase().contains("category") {
                    profile.categories.push(val);
                } else {
                    profile.fields.push((k, val));
                }
            }
        }
    }
    found.then_some(profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_files_in_all_layouts() {
        assert!(is_posts_file("content/posts_1.json"));
        assert!(is_posts_file(
            "your_instagram_activity/content/posts_2.json"
        ));
        assert!(is_posts_file("your_instagram_activity/media/posts_1.json"));
        assert!(!is_posts_file(
            "your_instagram_activity/comments/post_comments_1.json"
        ));
        assert!(!is_posts_file("media/posts/202401/x.jpg"));
        assert!(is_stories_file(
            "your_instagram_activity/media/stories.json"
        ));
    }
}
