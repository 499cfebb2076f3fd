//! The one platform-neutral data model every adapter produces and every later stage reads.
//!
//! Adapters ([`crate::ingest`]) build a [`Dataset`]; nothing after ingest knows which platform
//! a post came from except through [`Post::platform`]. Times are UTC instants; local time is
//! only computed during analysis, in the report's time zone.

mod geo;
mod id;
mod message;
mod post;
mod profile;

pub use geo::GeoPoint;
pub use id::{FindingId, PostId};
pub use message::{Conversation, Message};
pub use post::{Media, MediaKind, Post, PostKind, TakenAt};
pub use profile::{Profile, WorkEntry};

use serde::Serialize;

/// The platforms mosaic reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// X, formerly Twitter.
    X,
    Facebook,
    Instagram,
    Mastodon,
    Linkedin,
    Telegram,
    /// A plain folder or zip of photos (a camera roll), read through their EXIF metadata.
    Photos,
}

impl Platform {
    /// The short machine name used in the report and in post ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::X => "x",
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
            Platform::Mastodon => "mastodon",
            Platform::Linkedin => "linkedin",
            Platform::Telegram => "telegram",
            Platform::Photos => "photos",
        }
    }

    /// The name shown to people.
    pub fn display_name(self) -> &'static str {
        match self {
            Platform::X => "X",
            Platform::Facebook => "Facebook",
            Platform::Instagram => "Instagram",
            Platform::Mastodon => "Mastodon",
            Platform::Linkedin => "LinkedIn",
            Platform::Telegram => "Telegram",
            Platform::Photos => "Photos",
        }
    }
}

/// Everything read from one person's archive (or several archives of the same person).
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// What was found, e.g. "X archive, 2022+ layout (tweets.js)". One line per archive.
    pub descriptions: Vec<String>,
    /// The platforms present, in the order they were read.
    pub platforms: Vec<Platform>,
    /// The owner's profile, merged over every archive read.
    pub profile: Option<Profile>,
    /// Every post, sorted by time (ties broken by id) once ingest finishes.
    pub posts: Vec<Post>,
    /// Direct-message conversations, kept apart from the post timeline.
    pub conversations: Vec<Conversation>,
    /// Number of media items referenced by posts.
    pub media_count: usize,
    /// The archive's own time zone setting as an IANA name (e.g. X's `account-timezone.js`).
    pub timezone_hint: Option<String>,
    /// Recoverable problems: records skipped, files missing. Each is one human-readable line.
    pub warnings: Vec<String>,
}

impl Dataset {
    /// Sort posts by time then id, drop exact duplicate ids (keeping the first), and count
    /// media. Adapters call this once at the end.
    pub fn finish(&mut self) {
        self.posts.sort_by(|a, b| {
            a.created_at
                .cmp(&b.created_at)
                .then_with(|| a.id.cmp(&b.id))
        });
        let before = self.posts.len();
        // Which posts repeat an earlier id, found without copying the ids; the posts are moved
        // only when there is one.
        let keep: Vec<bool> = {
            let mut seen = std::collections::HashSet::with_capacity(before);
            self.posts
                .iter()
                .map(|p| seen.insert(p.id.0.as_str()))
                .collect()
        };
        if keep.contains(&false) {
            let mut k = keep.iter();
            self.posts.retain(|_| k.next().copied().unwrap_or(true));
        }
        let dups = before - self.posts.len();
        if dups > 0 {
            self.warnings.push(format!(
                "dropped {dups} duplicate posts (same id seen twice)"
            ));
        }
        self.media_count = self.posts.iter().map(|p| p.media.len()).sum();
    }

    /// The platform used in the report's `archive.platform`: the single platform, or the
    /// platforms joined with `+` when several archives were merged.
    pub fn platform_label(&self) -> String {
        if self.platforms.is_empty() {
            return "unknown".into();
        }
        self.platforms
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join("+")
    }

    /// Warn, once, how many media items the posts reference but the archive lacks; `message`
    /// words it for the platform. Each item is also marked on its post (`present`).
    pub fn warn_missing_media(&mut self, message: impl FnOnce(usize) -> String) {
        let missing = self
            .posts
            .iter()
            .flat_map(|p| &p.media)
            .filter(|m| !m.present)
            .count();
        if missing > 0 {
            self.warnings.push(message(missing));
        }
    }

    /// Merge another dataset (another archive of the same person) into this one.
    pub fn merge(&mut self, other: Dataset) {
        self.descriptions.extend(other.descriptions);
        for p in other.platforms {
            if !self.platforms.contains(&p) {
                self.platforms.push(p);
            }
        }
        self.profile = match (self.profile.take(), other.profile) {
            (Some(mut a), Some(b)) => {
                a.merge(b);
                Some(a)
            }
            (a, b) => a.or(b),
        };
        self.posts.extend(other.posts);
        self.conversations.extend(other.conversations);
        if self.timezone_hint.is_none() {
            self.timezone_hint = other.timezone_hint;
        }
        self.warnings.extend(other.warnings);
        self.finish();
    }
}
