//! A plain folder or zip of photos (a camera roll), checked before anything is posted: each
//! photo becomes a post of kind `PhotoFile` carrying its EXIF GPS, original time and camera.
//!
//! Time: with `OffsetTimeOriginal` the original time is converted to UTC. Without it the
//! camera's wall-clock time is kept as [`TakenAt::Local`] and, for lack of anything better,
//! the same wall-clock time read as UTC is used as the post's `created_at` (so the hour of
//! day analysed is the camera's local hour). Photos with no EXIF time at all are skipped and
//! counted in a warning.
//!
//! [`TakenAt::Local`]: crate::model::TakenAt::Local

use super::exif::{has_exif_ext, is_media_name, read_entry};
use super::{Adapter, Progress, ProgressFn};
use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{Dataset, Media, MediaKind, Platform, Post, PostId, PostKind};
use chrono::{TimeZone, Utc};

/// The camera-roll adapter. Tried last: it claims any archive whose files are mostly images.
pub struct PhotosAdapter;

/// Files that are not content: OS metadata and sidecars.
fn ignorable(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    base.starts_with('.')
        || base.eq_ignore_ascii_case("Thumbs.db")
        || base.eq_ignore_ascii_case("desktop.ini")
        || base.to_ascii_lowercase().ends_with(".aae")
        || base.to_ascii_lowercase().ends_with(".xmp")
}

impl Adapter for PhotosAdapter {
    fn platform(&self) -> Platform {
        Platform::Photos
    }

    fn markers(&self) -> &'static str {
        "a folder or zip that is mostly photos (.jpg, .heic, .png, .tiff)"
    }

    fn sniff(&self, archive: &Archive) -> Option<String> {
        let files: Vec<&String> = archive.names().iter().filter(|n| !ignorable(n)).collect();
        let media = files.iter().filter(|n| is_media_name(n)).count();
        let photos = files.iter().filter(|n| has_exif_ext(n)).count();
        if photos == 0 || media * 2 < files.len() {
            return None;
        }
        Some(format!(
            "Photo folder ({photos} photos{})",
            if media > photos {
                format!(
                    ", {} videos or other images without EXIF support",
                    media - photos
                )
            } else {
                String::new()
            }
        ))
    }

    fn load(&self, archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
        let mut data = Dataset {
            platforms: vec![Platform::Photos],
            ..Dataset::default()
        };
        let photos: Vec<&String> = archive
            .names()
            .iter()
            .filter(|n| !ignorable(n) && has_exif_ext(n))
            .collect();
        let (mut no_time, mut no_exif) = (0usize, 0usize);
        for (i, name) in photos.iter().enumerate() {
            if i % 50 == 0 {
                progress(Progress {
                    stage: "reading photo metadata",
                    done: i as u64,
                    total: photos.len() as u64,
                });
            }
            let Some(meta) = read_entry(archive, name) else {
                no_exif += 1;
                continue;
            };
            let created_at = match (meta.taken_utc, meta.taken_local) {
                (Some(t), _) => t,
                (None, Some(local)) => Utc.from_utc_datetime(&local),
                (None, None) => {
                    no_time += 1;
                    continue;
                }
            };
            let file_name = name.rsplit('/').next().unwrap_or(name).to_string();
            let mut post = Post::new(
                PostId::native(Platform::Photos, name),
                Platform::Photos,
                Some(name.to_string()),
                created_at,
                file_name,
            );
            post.kind = PostKind::PhotoFile;
            let mut m = Media::new(name.as_str(), MediaKind::Photo);
            m.gps = meta.gps;
            m.taken_at = meta.taken_at();
            m.camera = meta.camera;
            post.media.push(m);
            data.posts.push(post);
        }
        if no_exif > 0 {
            data.warnings.push(format!(
                "skipped {no_exif} photos in {}: no readable EXIF metadata",
                archive.path().display()
            ));
        }
        if no_time > 0 {
            data.warnings.push(format!(
                "skipped {no_time} photos in {}: EXIF has no original date/time",
                archive.path().display()
            ));
        }
        let local = data
            .posts
            .iter()
            .filter(|p| {
                p.media
                    .iter()
                    .any(|m| matches!(m.taken_at, Some(crate::model::TakenAt::Local(_))))
            })
            .count();
        if local > 0 {
            data.warnings.push(format!(
                "{local} photos carry camera-local times without a zone; their local time is used as if it were UTC"
            ));
        }
        if data.posts.is_empty() && !photos.is_empty() {
            return Err(Error::BadArchive {
                path: archive.path().to_path_buf(),
                message: format!(
                    "{} photos, none with readable EXIF date (nothing to check)",
                    photos.len()
                ),
            });
        }
        Ok(data)
    }
}
