//! Telegram Desktop exports (`result.json`, JSON format): the full-account export
//! (`chats.list[]`) and the single-chat export. Messages the owner wrote become posts of
//! kind `Message` (with shared locations and venues as geo and place); personal chats also
//! become conversations with both sides.

use super::timefmt::from_unix_auto;
use super::{Adapter, Progress, ProgressFn};
use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{
    Conversation, Dataset, GeoPoint, Media, MediaKind, Message, Platform, Post, PostId, PostKind,
    Profile,
};
use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use serde_json::Value;

/// The Telegram Desktop export adapter.
pub struct TelegramAdapter;

const MAIN: &str = "result.json";

impl Adapter for TelegramAdapter {
    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    fn markers(&self) -> &'static str {
        "result.json with \"personal_information\"/\"chats\" or \"messages\""
    }

    fn sniff(&self, archive: &Archive) -> Option<String> {
        if !archive.contains(MAIN) {
            return None;
        }
        let head = archive.read_prefix(MAIN, 64 * 1024).ok()?;
        // Decoded like the whole file will be, so a UTF-16 export is recognised too.
        let head = super::text::decode_bytes(&head);
        if head.contains("\"chats\"") || head.contains("\"personal_information\"") {
            Some("Telegram Desktop export, full account (result.json)".into())
        } else if head.contains("\"messages\"") {
            Some("Telegram Desktop export, single chat (result.json)".into())
        } else {
            None
        }
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

/// A number or a numeric string, as a string of digits (ids).
fn id_of(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    }
}

/// `text` as a string, or an array of strings and `{type, text}` entities, concatenated.
pub fn message_text(v: &Value) -> String {
    fn flat(t: &Value) -> String {
        match t {
            Value::String(s) => s.clone(),
            Value::Array(parts) => parts
                .iter()
                .map(|p| match p {
                    Value::String(s) => s.clone(),
                    other => other
                        .get("text")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                })
                .collect(),
            _ => String::new(),
        }
    }
    let text = v.get("text").map(flat).unwrap_or_default();
    if text.is_empty() {
        v.get("text_entities").map(flat).unwrap_or_default()
    } else {
        text
    }
}

/// A file field: the path, or `None` plus `present = false` for the "(File not included…)"
/// placeholders.
/// Whether a channel in a full export is the owner's own: the owner created it (its
/// `create_channel` service message names the owner as actor), signs its posts, or gave it
/// their name. Posts in a channel are from the channel, not from a user, so without this a
/// personal channel's posts would be lost; channels the owner only reads stay out.
fn own_channel(chat: &Value, owner_id: Option<&str>, profile: Option<&Profile>) -> bool {
    let Some(owner) = owner_id else {
        return false;
    };
    let messages = chat.get("messages").and_then(Value::as_array);
    let created = messages.into_iter().flatten().any(|m| {
        str_of(m, "action").as_deref() == Some("create_channel")
            && str_of(m, "actor_id")
                .is_some_and(|a| a.trim_start_matches("user") == owner && a.starts_with("user"))
    });
    if created {
        return true;
    }
    // The owner's names as a channel would show them: "Chen Xu", "Xu Chen", "许晨", "@handle".
    let mut names: Vec<String> = Vec::new();
    if let Some(p) = profile {
        if let Some(n) = &p.name {
            let parts: Vec<&str> = n.split_whitespace().collect();
            names.push(parts.join(" "));
            names.push(parts.iter().rev().copied().collect::<Vec<_>>().join(" "));
            names.push(parts.iter().rev().copied().collect::<String>());
            names.push(parts.concat());
        }
        if let Some(h) = &p.handle {
            names.push(h.clone());
        }
    }
    names.retain(|n| n.chars().count() >= 2);
    let signed = messages
        .into_iter()
        .flatten()
        .filter_map(|m| str_of(m, "author"))
        .any(|a| names.iter().any(|n| a.eq_ignore_ascii_case(n)));
    let chat_name = str_of(chat, "name").unwrap_or_default().to_lowercase();
    signed || names.iter().any(|n| chat_name.contains(&n.to_lowercase()))
}

/// Whether any post of a channel is signed (by an author who, for a channel not found to be
/// the owner's, is someone else: an editor's news channel).
fn signed(chat: &Value) -> bool {
    chat.get("messages")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .any(|m| str_of(m, "author").is_some_and(|a| !a.is_empty()))
}

fn file_media(archive: &Archive, path: &str, kind: MediaKind) -> Media {
    let mut m = Media::new(path, kind);
    m.present = !path.starts_with('(') && archive.contains(path);
    m
}

fn load(archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
    let mut data = Dataset {
        platforms: vec![Platform::Telegram],
        ..Dataset::default()
    };
    progress(Progress {
        stage: "reading result.json",
        done: 0,
        total: 1,
    });
    let text = archive.read_text(MAIN)?;
    // A file cut off part-way keeps everything before the cut (and says so).
    let (root, cut): (Value, _) =
        super::meta::parse_salvaged(&text).map_err(|e| Error::BadFile {
            path: archive.path().to_path_buf(),
            entry: MAIN.into(),
            message: format!("not valid JSON ({e})"),
        })?;
    if let Some(e) = cut {
        data.warnings.push(super::meta::cut_off_warning(MAIN, &e));
    }
    let pi = root.get("personal_information");
    let owner_id = pi.and_then(|p| id_of(p, "user_id"));
    if let Some(p) = pi {
        let name = [str_of(p, "first_name"), str_of(p, "last_name")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        data.profile = Some(Profile {
            name: (!name.is_empty()).then_some(name),
            handle: str_of(p, "username").map(|u| u.trim_start_matches('@').to_string()),
            bio: str_of(p, "bio"),
            ..Profile::default()
        });
    }
    let mut chats: Vec<&Value> = Vec::new();
    for key in ["chats", "left_chats"] {
        if let Some(list) = root
            .get(key)
            .and_then(|c| c.get("list"))
            .and_then(Value::as_array)
        {
            chats.extend(list);
        }
    }
    if chats.is_empty() && root.get("messages").is_some() {
        chats.push(&root);
    }
    if chats.is_empty() && data.profile.is_none() {
        return Err(Error::BadFile {
            path: archive.path().to_path_buf(),
            entry: MAIN.into(),
            message: "no chats, messages or personal information".into(),
        });
    }
    let mut bad_time = 0usize;
    let mut local_time = 0usize;
    let mut guessed_owner = Vec::new();
    // Public channels are exported only when asked for ("Public channels" is off by default):
    // one or two in an export are most often the person's own; many are the ones they read.
    let public_channels = chats
        .iter()
        .filter(|c| str_of(c, "type").as_deref() == Some("public_channel"))
        .count();
    for chat in chats {
        let chat_id = id_of(chat, "id").unwrap_or_default();
        let chat_type = str_of(chat, "type").unwrap_or_default();
        let chat_name = str_of(chat, "name").unwrap_or_default();
        let is_channel = chat_type.ends_with("_channel");
        // Without the owner's id (single-chat export), saved messages and channels are
        // taken as the owner's own.
        let own = is_channel && own_channel(chat, owner_id.as_deref(), data.profile.as_ref());
        // A private channel in the owner's own export is most often their notebook or diary,
        // and one of one or two public channels their blog; nothing in the export says so, so
        // it is taken as theirs and said in a warning.
        let guessed = is_channel
            && !own
            && owner_id.is_some()
            && (chat_type == "private_channel"
                || chat_type == "public_channel" && public_channels <= 2 && !signed(chat));
        let all_owner =
            owner_id.is_none() && (chat_type == "saved_messages" || is_channel) || own || guessed;
        if all_owner && chat_type != "saved_messages" && (owner_id.is_none() || guessed) {
            guessed_owner.push(chat_name.clone());
        }
        let mut conv_messages = Vec::new();
        for m in chat
            .get("messages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if m.get("type").and_then(Value::as_str) != Some("message") {
                continue;
            }
            let at = match str_of(m, "date_unixtime")
                .and_then(|s| s.parse::<i64>().ok())
                .and_then(from_unix_auto)
            {
                Some(t) => Some(t),
                None => {
                    let local = str_of(m, "date")
                        .and_then(|d| NaiveDateTime::parse_from_str(&d, "%Y-%m-%dT%H:%M:%S").ok());
                    if local.is_some() {
                        local_time += 1;
                    }
                    local.map(|t| Utc.from_utc_datetime(&t))
                }
            };
            let Some(at): Option<DateTime<Utc>> = at else {
                bad_time += 1;
                continue;
            };
            let from_id = str_of(m, "from_id").unwrap_or_default();
            let bare = from_id
                .trim_start_matches("user")
                .trim_start_matches("channel")
                .trim_start_matches("chat");
            let from_owner = all_owner
                || owner_id
                    .as_deref()
                    .is_some_and(|o| from_id.starts_with("user") && bare == o);
            let text = message_text(m);
            let mut media = Vec::new();
            if let Some(p) = str_of(m, "photo") {
                media.push(file_media(archive, &p, MediaKind::Photo));
            }
            if let Some(f) = str_of(m, "file") {
                let kind = match str_of(m, "media_type").as_deref() {
                    Some("sticker") => None,
                    Some("video_file" | "video_message") => Some(MediaKind::Video),
                    Some("animation") => Some(MediaKind::Gif),
                    Some("voice_message" | "audio_file") => Some(MediaKind::Audio),
                    _ => match str_of(m, "mime_type") {
                        Some(mt) if mt.starts_with("image/") => Some(MediaKind::Photo),
                        Some(mt) if mt.starts_with("video/") => Some(MediaKind::Video),
                        Some(mt) if mt.starts_with("audio/") => Some(MediaKind::Audio),
                        _ => Some(MediaKind::File),
                    },
                };
                if let Some(kind) = kind {
                    media.push(file_media(archive, &f, kind));
                }
            }
            let geo = m
                .get("location_information")
                .and_then(|l| Some((l.get("latitude")?.as_f64()?, l.get("longitude")?.as_f64()?)))
                .and_then(|(lat, lon)| GeoPoint::new(lat, lon));
            let place = str_of(m, "place_name");
            let address = str_of(m, "address");
            if chat_type == "personal_chat" {
                conv_messages.push(Message {
                    native_id: id_of(m, "id"),
                    sender: str_of(m, "from").unwrap_or(from_id.clone()),
                    from_owner,
                    sent_at: at,
                    text: text.clone(),
                    attachments: media.iter().map(|x| x.path.clone()).collect(),
                });
            }
            if !from_owner {
                continue;
            }
            let mut body = text;
            if body.is_empty()
                && let Some(a) = &address
            {
                body = a.clone();
            }
            if body.is_empty() && media.is_empty() && geo.is_none() && place.is_none() {
                continue;
            }
            let msg_id = id_of(m, "id").unwrap_or_default();
            let native = format!("{chat_id}/{msg_id}");
            let mut post = Post::new(
                PostId::native(Platform::Telegram, &native),
                Platform::Telegram,
                Some(native),
                at,
                body,
            );
            post.kind = PostKind::Message;
            post.geo = geo;
            post.place = place;
            post.media = media;
            post.reply_to = id_of(m, "reply_to_message_id").map(|r| format!("{chat_id}/{r}"));
            data.posts.push(post);
        }
        if chat_type == "personal_chat" {
            conv_messages.sort_by_key(|m| m.sent_at);
            data.conversations.push(Conversation {
                platform: Platform::Telegram,
                id: chat_id,
                participants: vec![chat_name],
                messages: conv_messages,
            });
        }
    }
    if owner_id.is_none() {
        data.warnings.push(if guessed_owner.is_empty() {
            "result.json has no personal_information (single-chat export): the owner is unknown, so no messages were taken as posts".into()
        } else {
            format!(
                "result.json has no personal_information (single-chat export): every message of channel '{}' is taken as the owner's",
                guessed_owner.join("', '")
            )
        });
    } else if !guessed_owner.is_empty() {
        data.warnings.push(format!(
            "channel '{}' taken as yours (Telegram's export does not say who runs a channel; a private channel, or one of one or two public ones, in your own export usually is yours)",
            guessed_owner.join("', '")
        ));
    }
    if bad_time > 0 {
        data.warnings.push(format!(
            "skipped {bad_time} messages in result.json: missing or unreadable date"
        ));
    }
    if local_time > 0 {
        data.warnings.push(format!(
            "{local_time} messages in result.json have no date_unixtime; their local 'date' was taken as UTC"
        ));
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms() {
        let v: Value = serde_json::from_str(
            r#"{"text":["hi ",{"type":"mention","text":"@bob"}," at ",{"type":"bold","text":"work"}]}"#,
        )
        .unwrap();
        assert_eq!(message_text(&v), "hi @bob at work");
        let v: Value = serde_json::from_str(r#"{"text":"plain"}"#).unwrap();
        assert_eq!(message_text(&v), "plain");
        let v: Value =
            serde_json::from_str(r#"{"text":"","text_entities":[{"type":"plain","text":"x"}]}"#)
                .unwrap();
        assert_eq!(message_text(&v), "x");
    }

    #[test]
    fn utf16_export_is_recognised() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = vec![0xFF, 0xFE];
        for u in r#"{"messages": []}"#.encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        std::fs::write(dir.path().join(MAIN), bytes).unwrap();
        let archive = Archive::open(dir.path()).unwrap();
        assert!(TelegramAdapter.sniff(&archive).is_some());
    }
}
