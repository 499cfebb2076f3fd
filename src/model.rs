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
        let before = self.posts.len();
        // Which posts repeat an id, found in the order the posts were read (their ids lie in
        // memory in that order) without copying the ids: of two, the earlier post (then the
        // one read first) stays. The posts are moved only when there is a duplicate.
        let keep: Vec<bool> = {
            let mut first: std::collections::HashMap<&str, usize> =
                std::collections::HashMap::with_capacity(before);
            let mut keep = vec![true; before];
            for (i, p) in self.posts.iter().enumerate() {
                match first.entry(p.id.0.as_str()) {
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(i);
                    }
                    std::collections::hash_map::Entry::Occupied(mut o) => {
                        let j = *o.get();
                        if p.created_at < self.posts[j].created_at {
                            keep[j] = false;
                            o.insert(i);
                        } else {
                            keep[i] = false;
                        }
                    }
                }
            }
            keep
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
        // Sorted by time then id as a list of keys, then each post moved into its place in
        // the vector, cycle by cycle (position `k` takes the post at `order[k]`): a post is a
        // few hundred bytes, and a sort moving them about costs more than the comparisons.
        let mut order: Vec<usize> = {
            let posts = &self.posts;
            let mut keys: Vec<(chrono::DateTime<chrono::Utc>, usize)> = posts
                .iter()
                .enumerate()
                .map(|(i, p)| (p.created_at, i))
                .collect();
            keys.sort_by(|a, b| {
                a.0.cmp(&b.0)
                    .then_with(|| posts[a.1].id.cmp(&posts[b.1].id))
            });
            keys.into_iter().map(|(_, i)| i).collect()
        };
        for start in 0..order.len() {
            let mut k = start;
            while order[k] != k {
                let src = order[k];
                order[k] = k;
                if src == start {
                    break;
                }
                self.posts.swap(k, src);
                k = src;
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn finish_sorts_by_time_and_keeps_the_earliest_of_a_repeated_id() {
        let at = |s: i64| chrono::Utc.timestamp_opt(1_600_000_000 + s, 0).unwrap();
        let post = |id: &str, s: i64, text: &str| {
            Post::new(PostId(id.into()), Platform::X, None, at(s), text.into())
        };
        let mut data = Dataset {
            posts: vec![
                post("x:5", 50, "e"),
                post("x:2", 20, "b"),
                post("x:9", 10, "a late copy"),
                post("x:4", 40, "d"),
                post("x:1", 10, "a"),
                post("x:3", 30, "c"),
                post("x:0", 10, "a0"),
                post("x:9", 5, "a first"),
                post("x:6", 60, "f"),
            ],
            ..Dataset::default()
        };
        data.finish();
        let got: Vec<(&str, &str)> = data
            .posts
            .iter()
            .map(|p| (p.id.0.as_str(), p.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("x:9", "a first"),
                ("x:0", "a0"),
                ("x:1", "a"),
                ("x:2", "b"),
                ("x:3", "c"),
                ("x:4", "d"),
                ("x:5", "e"),
                ("x:6", "f"),
            ]
        );
        assert!(
            data.warnings
                .iter()
                .any(|w| w.contains("dropped 1 duplicate"))
        );
    }
}
