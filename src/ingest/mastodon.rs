//! Mastodon account archives (zip or extracted folder): `outbox.json` (ActivityStreams
//! `Create` and `Announce`), `actor.json` (bio and profile fields) and the media files under
//! `media_attachments/`.

use super::text::html_to_text;
use super::timefmt::parse_utc;
use super::{Adapter, Progress, ProgressFn};
use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{
    Conversation, Dataset, Media, MediaKind, Message, Platform, Post, PostId, PostKind, Profile,
};
use serde_json::Value;
use std::collections::BTreeMap;

/// The Mastodon archive adapter.
pub struct MastodonAdapter;

impl Adapter for MastodonAdapter {
    fn platform(&self) -> Platform {
        Platform::Mastodon
    }

    fn markers(&self) -> &'static str {
        "outbox.json and actor.json at the root"
    }

    fn sniff(&self, archive: &Archive) -> Option<String> {
        if !archive.contains("outbox.json") {
            return None;
        }
        let media = archive
            .names()
            .iter()
            .filter(|n| n.contains("media_attachments/"))
            .count();
        Some(format!(
            "Mastodon archive (outbox.json{}, {media} media files)",
            if archive.contains("actor.json") {
                ", actor.json"
            } else {
                ""
            }
        ))
    }

    fn load(&self, archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
        load(archive, progress)
    }
}

fn str_of(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

/// The archive path of an attachment URL: from `media_attachments/` on, whatever storage
/// prefix (`/system/`, a bucket name, a full URL) comes before it.
pub fn attachment_path(url: &str) -> String {
    match url.find("media_attachments/") {
        Some(i) => url[i..].to_string(),
        None => url.trim_start_matches('/').to_string(),
    }
}

/// The status number at the end of a status URI (`…/statuses/109333840388857217`), else
/// the whole URI.
fn status_id(uri: &str) -> String {
    let trimmed = uri.trim_end_matches("/activity").trim_end_matches('/');
    match trimmed.rsplit_once("/statuses/") {
        Some((_, id)) if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) => id.into(),
        _ => uri.to_string(),
    }
}

fn load(archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
    let mut data = Dataset {
        platforms: vec![Platform::Mastodon],
        ..Dataset::default()
    };
    progress(Progress {
        stage: "reading outbox.json",
        done: 0,
        total: 2,
    });
    let text = archive.read_text("outbox.json")?;
    let (items, damage) = outbox_items(&text);
    let actor = read_actor(archive, &mut data.warnings);
    if let Some(why) = damage {
        if items.is_empty() && actor.is_none() {
            return Err(Error::BadFile {
                path: archive.path().to_path_buf(),
                entry: "outbox.json".into(),
                message: why,
            });
        }
        data.warnings.push(format!(
            "outbox.json: {why}; read the {} complete items before the damage",
            items.len()
        ));
    }
    let mut skipped: BTreeMap<&'static str, usize> = BTreeMap::new();
    // Direct notes (addressed to people only, not to the public or the followers) are also the
    // owner's side of a conversation with each addressee: the export holds no other side.
    let mut direct: BTreeMap<Vec<String>, Vec<Message>> = BTreeMap::new();
    for item in &items {
        match parse_activity(archive, item) {
            Ok(Some(p)) => {
                if let Some(to) = direct_recipients(item) {
                    direct.entry(to).or_default().push(Message {
                        native_id: p.native_id.clone(),
                        sender: "me".into(),
                        from_owner: true,
                        sent_at: p.created_at,
                        text: p.text.clone(),
                        attachments: p.media.iter().map(|m| m.path.clone()).collect(),
                    });
                }
                data.posts.push(p);
            }
            Ok(None) => {}
            Err(why) => *skipped.entry(why).or_default() += 1,
        }
    }
    for (why, n) in skipped {
        data.warnings
            .push(format!("skipped {n} posts in outbox.json: {why}"));
    }
    progress(Progress {
        stage: "reading actor.json",
        done: 1,
        total: 2,
    });
    data.profile = actor;
    data.conversations = direct
        .into_iter()
        .map(|(participants, mut messages)| {
            messages.sort_by_key(|m| m.sent_at);
            Conversation {
                platform: Platform::Mastodon,
                id: participants.join(" "),
                participants,
                messages,
            }
        })
        .collect();
    data.warn_missing_media(|missing| {
        format!("{missing} media attachments are not in the archive (noted on each post)")
    });
    Ok(data)
}

/// The addressees of a direct note: its `to` and `cc` when neither holds the public collection
/// nor a followers collection. `None` for a public, unlisted or followers-only post.
fn direct_recipients(item: &Value) -> Option<Vec<String>> {
    let obj = item.get("object").filter(|o| o.is_object()).unwrap_or(item);
    let mut to: Vec<String> = ["to", "cc"]
        .iter()
        .flat_map(|k| {
            obj.get(*k)
                .or_else(|| item.get(*k))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let public = |a: &str| {
        a.ends_with("#Public") || a == "as:Public" || a == "Public" || a.ends_with("/followers")
    };
    if to.is_empty() || to.iter().any(|a| public(a)) {
        return None;
    }
    to.sort();
    to.dedup();
    Some(to)
}

/// The `orderedItems` of an outbox, and what was wrong if the file is damaged: a cut-off
/// file still yields every complete item before the cut.
fn outbox_items(text: &str) -> (Vec<Value>, Option<String>) {
    match serde_json::from_str::<Value>(text) {
        Ok(v) => match v.get("orderedItems").and_then(Value::as_array) {
            Some(items) => (items.clone(), None),
            None => (Vec::new(), Some("no orderedItems list".into())),
        },
        Err(e) => {
            let start = text
                .find("\"orderedItems\"")
                .and_then(|k| text[k..].find('[').map(|b| k + b));
            let items = match start {
                Some(b) => super::x::raw_elements(&text[b..])
                    .0
                    .into_iter()
                    .filter_map(|raw| serde_json::from_str(raw).ok())
                    .collect(),
                None => Vec::new(),
            };
            (items, Some(format!("not valid JSON ({e})")))
        }
    }
}

/// One outbox item: `Create` → post or reply, `Announce` → repost. Other activity types
/// (e.g. `Delete`) are ignored (`Ok(None)`).
fn parse_activity(
    archive: &Archive,
    item: &Value,
) -> std::result::Result<Option<Post>, &'static str> {
    let kind = item.get("type").and_then(Value::as_str).unwrap_or("");
    match kind {
        "Create" => {}
        "Announce" => return parse_announce(item).map(Some),
        _ => return Ok(None),
    }
    let obj = item.get("object").ok_or("Create without object")?;
    if !obj.is_object() {
        return Err("Create whose object is not embedded");
    }
    let uri = str_of(obj, "id")
        .or_else(|| str_of(item, "id"))
        .ok_or("missing id")?;
    let published = str_of(obj, "published")
        .or_else(|| str_of(item, "published"))
        .ok_or("missing published")?;
    let created_at = parse_utc(&published).ok_or("bad published time")?;
    let content = str_of(obj, "content")
        .map(|c| html_to_text(&c))
        .unwrap_or_default();
    let warning = str_of(obj, "summary")
        .map(|s| html_to_text(&s))
        .filter(|cw| !cw.is_empty());
    let mut text = match &warning {
        Some(cw) => {
            if content.is_empty() {
                cw.clone()
            } else {
                format!("{cw}\n\n{content}")
            }
        }
        None => content,
    };
    if let Some(name) = str_of(obj, "name")
        && text.is_empty()
    {
        text = name;
    }
    let native = status_id(&uri);
    let mut post = Post::new(
        PostId::native(Platform::Mastodon, &native),
        Platform::Mastodon,
        Some(native),
        created_at,
        text,
    );
    post.url = str_of(obj, "url").or(Some(uri));
    post.content_warning = warning;
    if let Some(reply) = str_of(obj, "inReplyTo") {
        post.kind = PostKind::Reply;
        post.reply_to = Some(reply);
    }
    for a in obj
        .get("attachment")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(url) = str_of(a, "url") else {
            continue;
        };
        let path = attachment_path(&url);
        let media_type = str_of(a, "mediaType").unwrap_or_default();
        let kind = if media_type.starts_with("image/gif") {
            MediaKind::Gif
        } else if media_type.starts_with("image/") {
            MediaKind::Photo
        } else if media_type.starts_with("video/") {
            MediaKind::Video
        } else if media_type.starts_with("audio/") {
            MediaKind::Audio
        } else {
            super::exif::kind_from_name(&path)
        };
        let mut m = Media::new(path.clone(), kind);
        m.present = archive.contains(&path);
        m.alt = str_of(a, "name");
        post.media.push(m);
    }
    Ok(Some(post))
}

fn parse_announce(item: &Value) -> std::result::Result<Post, &'static str> {
    let id = str_of(item, "id").ok_or("Announce without id")?;
    let published = str_of(item, "published").ok_or("Announce without published")?;
    let created_at = parse_utc(&published).ok_or("bad published time")?;
    let target = match item.get("object") {
        Some(Value::String(s)) => s.clone(),
        Some(o) => str_of(o, "url")
            .or_else(|| str_of(o, "id"))
            .unwrap_or_default(),
        None => String::new(),
    };
    let text = match item.get("object") {
        Some(o) if o.is_object() => str_of(o, "content")
            .map(|c| html_to_text(&c))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| target.clone()),
        _ => target.clone(),
    };
    let native = status_id(&id);
    let mut post = Post::new(
        PostId::native(Platform::Mastodon, &native),
        Platform::Mastodon,
        Some(native),
        created_at,
        text,
    );
    post.kind = PostKind::Repost;
    post.reply_to = (!target.is_empty()).then_some(target);
    Ok(post)
}

fn read_actor(archive: &Archive, warnings: &mut Vec<String>) -> Option<Profile> {
    let text = archive.read_text("actor.json").ok()?;
    let actor: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            warnings.push(format!("actor.json: not valid JSON, skipped ({e})"));
            return None;
        }
    };
    let mut profile = Profile {
        handle: str_of(&actor, "preferredUsername"),
        name: str_of(&actor, "name"),
        bio: str_of(&actor, "summary")
            .map(|s| html_to_text(&s))
            .filter(|s| !s.is_empty()),
        website: str_of(&actor, "url"),
        ..Profile::default()
    };
    for a in actor
        .get("attachment")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if a.get("type").and_then(Value::as_str) != Some("PropertyValue") {
            continue;
        }
        if let (Some(k), Some(v)) = (str_of(a, "name"), str_of(a, "value")) {
            profile.fields.push((k, html_to_text(&v)));
        }
    }
    if let Some(v) = actor
        .get("vcard:Address")
        .and_then(|a| str_of(a, "vcard:locality"))
    {
        profile.location = Some(v);
    }
    Some(profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachment_paths_lose_storage_prefix() {
        assert_eq!(
            attachment_path("/indiewebsocial/media_attachments/files/109/original/a.jpeg"),
            "media_attachments/files/109/original/a.jpeg"
        );
        assert_eq!(
            attachment_path("media_attachments/files/1/original/b.png"),
            "media_attachments/files/1/original/b.png"
        );
        assert_eq!(
            attachment_path("https://cdn.example/system/media_attachments/files/2/c.png"),
            "media_attachments/files/2/c.png"
        );
    }

    #[test]
    fn status_ids() {
        assert_eq!(
            status_id("https://x.social/users/a/statuses/109333840388857217/activity"),
            "109333840388857217"
        );
        assert_eq!(
            status_id("https://x.social/notes/abc"),
            "https://x.social/notes/abc"
        );
    }
}
