//! A post, and the media attached to it.

use super::{GeoPoint, Platform, PostId};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

/// What kind of thing a post is on its platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    /// An ordinary post, tweet, toot or status.
    Post,
    /// A reply to another post.
    Reply,
    /// A repost of someone else's post (retweet, boost, share).
    Repost,
    /// A post whose content is a photo or video (Instagram posts, Facebook photo uploads).
    Photo,
    /// A story (ephemeral post).
    Story,
    /// A check-in at a named place.
    CheckIn,
    /// A message the owner wrote in a channel or chat (Telegram).
    Message,
    /// A photo file from a camera roll, read from its EXIF metadata.
    PhotoFile,
    /// An event the owner created or attended.
    Event,
}

impl PostKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PostKind::Post => "post",
            PostKind::Reply => "reply",
            PostKind::Repost => "repost",
            PostKind::Photo => "photo",
            PostKind::Story => "story",
            PostKind::CheckIn => "check_in",
            PostKind::Message => "message",
            PostKind::PhotoFile => "photo_file",
            PostKind::Event => "event",
        }
    }
}

/// The kind of a media item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    Photo,
    Video,
    Gif,
    Audio,
    File,
}

impl MediaKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Photo => "photo",
            MediaKind::Video => "video",
            MediaKind::Gif => "gif",
            MediaKind::Audio => "audio",
            MediaKind::File => "file",
        }
    }
}

/// When a photo was taken. Camera clocks carry no zone, so EXIF times stay local.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakenAt {
    /// An instant (the platform recorded a Unix timestamp).
    Utc(DateTime<Utc>),
    /// The camera's wall-clock time, zone unknown (EXIF `DateTimeOriginal` with no offset).
    Local(NaiveDateTime),
}

impl TakenAt {
    /// RFC 3339 with `Z` for instants; `YYYY-MM-DDTHH:MM:SS` (no zone) for camera-local times.
    pub fn to_report_string(&self) -> String {
        match self {
            TakenAt::Utc(t) => t.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            TakenAt::Local(t) => t.format("%Y-%m-%dT%H:%M:%S").to_string(),
        }
    }
}

/// A photo, video or file attached to a post.
#[derive(Debug, Clone, PartialEq)]
pub struct Media {
    /// Path inside the archive (forward slashes), or the platform's URL when the file is not
    /// in the archive.
    pub path: String,
    pub kind: MediaKind,
    /// Alt text or caption written for the media.
    pub alt: Option<String>,
    /// GPS position from the photo's metadata.
    pub gps: Option<GeoPoint>,
    pub taken_at: Option<TakenAt>,
    /// Camera make and model, when known.
    pub camera: Option<String>,
    /// Whether the file is actually in the archive.
    pub present: bool,
}

impl Media {
    /// A media item with only a path and kind.
    pub fn new(path: impl Into<String>, kind: MediaKind) -> Self {
        Media {
            path: path.into(),
            kind,
            alt: None,
            gps: None,
            taken_at: None,
            camera: None,
            present: true,
        }
    }
}

/// One post on the owner's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub id: PostId,
    pub platform: Platform,
    /// The platform's own id for the post, where it has one.
    pub native_id: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The text as a person reads it: entities decoded, mojibake repaired.
    pub text: String,
    pub kind: PostKind,
    /// A direct link to the post, where the export allows one.
    pub url: Option<String>,
    pub media: Vec<Media>,
    /// The post's own geotag or check-in coordinates.
    pub geo: Option<GeoPoint>,
    /// The name of the tagged place or check-in.
    pub place: Option<String>,
    /// What the post replies to (native id, URL or handle).
    pub reply_to: Option<String>,
    /// The content warning the writer put on the post (Mastodon's `summary`), also the
    /// start of `text`: the writer's own word for what the post is about ("work", "job rant").
    pub content_warning: Option<String>,
}

impl Post {
    /// A plain post with no media, geo or place.
    pub fn new(
        id: PostId,
        platform: Platform,
        native_id: Option<String>,
        created_at: DateTime<Utc>,
        text: String,
    ) -> Self {
        Post {
            id,
            platform,
            native_id,
            created_at,
            text,
            kind: PostKind::Post,
            url: None,
            media: Vec::new(),
            geo: None,
            place: None,
            reply_to: None,
            content_warning: None,
        }
    }

    /// Every located point of the post: its geotag, then each photo's GPS.
    pub fn points(&self) -> impl Iterator<Item = GeoPoint> + '_ {
        self.geo
            .into_iter()
            .chain(self.media.iter().filter_map(|m| m.gps))
    }

    /// The post's first located point.
    pub fn location(&self) -> Option<GeoPoint> {
        self.points().next()
    }

    /// The moment the post's located event happened: the photo's taken time if it is an
    /// instant, else the post time.
    pub fn event_time(&self) -> DateTime<Utc> {
        self.media
            .iter()
            .find_map(|m| match (m.gps, m.taken_at) {
                (Some(_), Some(TakenAt::Utc(t))) if self.geo.is_none() => Some(t),
                _ => None,
            })
            .unwrap_or(self.created_at)
    }

    /// The wall-clock time of the located event in zone `tz`. A camera's own clock (EXIF time
    /// with no zone) already is wall-clock time, so it is used as it is, not converted.
    pub fn event_local(&self, tz: chrono_tz::Tz) -> chrono::NaiveDateTime {
        let camera = self.media.iter().find_map(|m| match (m.gps, m.taken_at) {
            (Some(_), Some(TakenAt::Local(t))) if self.geo.is_none() => Some(t),
            _ => None,
        });
        camera.unwrap_or_else(|| self.event_time().with_timezone(&tz).naive_local())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::GeoPoint;

    #[test]
    fn camera_clock_is_wall_clock_time() {
        let t = chrono::NaiveDate::from_ymd_opt(2024, 5, 2)
            .and_then(|d| d.and_hms_opt(8, 30, 0))
            .expect("valid");
        let mut p = Post::new(
            PostId("photos:1".into()),
            Platform::Photos,
            None,
            t.and_utc(),
            String::new(),
        );
        let mut m = Media::new("a.jpg", MediaKind::Photo);
        m.gps = GeoPoint::new(30.0, 114.0);
        m.taken_at = Some(TakenAt::Local(t));
        p.media.push(m);
        // 08:30 on the camera stays 08:30 whatever the report's zone.
        assert_eq!(p.event_local(chrono_tz::Asia::Shanghai), t);
        // A post time is converted: 08:30 UTC is 16:30 in Shanghai.
        p.media.clear();
        assert_eq!(
            p.event_local(chrono_tz::Asia::Shanghai)
                .format("%H:%M")
                .to_string(),
            "16:30"
        );
    }
}
