//! Photo metadata read from the image files themselves (EXIF), shared by every adapter.
//!
//! Platforms strip EXIF from most files they hand back, but camera rolls and some uploads
//! keep it. [`read_photo_meta`] reads GPS, the original time and the camera from the first
//! [`PREFIX_BYTES`] of a JPEG, HEIC/HEIF, PNG, WebP or TIFF file with kamadak-exif;
//! [`enrich_posts`] (called by `ingest::load_paths` for every adapter) fills in media that
//! the platform's JSON left without GPS.

use crate::archive::Archive;
use crate::model::{GeoPoint, MediaKind, Post, TakenAt};
use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};
use exif::{In, Reader, Tag, Value};
use std::io::Cursor;

/// How much of each photo is read for its metadata. EXIF sits at the start of JPEG and PNG
/// files; a HEIC whose metadata lies past this is read without it.
pub const PREFIX_BYTES: u64 = 256 * 1024;

/// What a photo's own metadata says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PhotoMeta {
    pub gps: Option<GeoPoint>,
    /// `DateTimeOriginal` as the camera wrote it (camera-local wall clock).
    pub taken_local: Option<NaiveDateTime>,
    /// The same moment as an instant, when `OffsetTimeOriginal` gives the zone.
    pub taken_utc: Option<DateTime<Utc>>,
    /// Make and model, e.g. "NIKON COOLPIX P6000".
    pub camera: Option<String>,
}

impl PhotoMeta {
    /// The taken time for [`crate::model::Media::taken_at`]: an instant if the zone is known.
    pub fn taken_at(&self) -> Option<TakenAt> {
        self.taken_utc
            .map(TakenAt::Utc)
            .or(self.taken_local.map(TakenAt::Local))
    }

    fn is_empty(&self) -> bool {
        self.gps.is_none() && self.taken_local.is_none() && self.camera.is_none()
    }
}

/// File extensions kamadak-exif can read metadata from.
const EXIF_EXTS: &[&str] = &[
    "jpg", "jpeg", "jpe", "jfif", "heic", "heif", "avif", "png", "tif", "tiff", "webp", "dng",
];

/// Image and video extensions counted as camera-roll content.
const MEDIA_EXTS: &[&str] = &[
    "jpg", "jpeg", "jpe", "jfif", "heic", "heif", "avif", "png", "tif", "tiff", "webp", "dng",
    "gif", "bmp", "mp4", "mov", "m4v", "3gp",
];

fn ext(name: &str) -> String {
    let base = name.rsplit('/').next().unwrap_or(name);
    match base.rsplit_once('.') {
        Some((_, e)) => e.to_ascii_lowercase(),
        None => String::new(),
    }
}

/// Whether a file name is one kamadak-exif may find metadata in.
pub fn has_exif_ext(name: &str) -> bool {
    EXIF_EXTS.contains(&ext(name).as_str())
}

/// Whether a file name is an image or video (for "mostly photos" detection).
pub fn is_media_name(name: &str) -> bool {
    MEDIA_EXTS.contains(&ext(name).as_str())
}

/// The media kind a file name suggests.
pub fn kind_from_name(name: &str) -> MediaKind {
    match ext(name).as_str() {
        "mp4" | "mov" | "m4v" | "3gp" | "webm" | "avi" | "mkv" => MediaKind::Video,
        "gif" => MediaKind::Gif,
        "mp3" | "m4a" | "ogg" | "oga" | "opus" | "wav" | "aac" | "flac" => MediaKind::Audio,
        "jpg" | "jpeg" | "jpe" | "jfif" | "heic" | "heif" | "avif" | "png" | "tif" | "tiff"
        | "webp" | "dng" | "bmp" => MediaKind::Photo,
        _ => MediaKind::File,
    }
}

/// Read the metadata of an image held in memory (possibly only its first bytes). `None`
/// when the bytes are not an image kamadak-exif knows or carry no useful metadata.
pub fn read_photo_meta(bytes: &[u8]) -> Option<PhotoMeta> {
    let mut reader = Reader::new();
    reader.continue_on_error(true);
    let exif = match reader.read_from_container(&mut Cursor::new(bytes)) {
        Ok(e) => e,
        Err(e) => e.distill_partial_result(|_| {}).ok()?,
    };
    let ascii = |tag: Tag| -> Option<String> {
        let f = exif.get_field(tag, In::PRIMARY)?;
        match &f.value {
            Value::Ascii(parts) => {
                let s = String::from_utf8_lossy(parts.first()?).into_owned();
                let s = s.trim_matches(|c: char| c == '\0' || c.is_whitespace());
                (!s.is_empty()).then(|| s.to_string())
            }
            _ => None,
        }
    };
    let mut meta = PhotoMeta::default();
    let lat = dms(&exif, Tag::GPSLatitude, Tag::GPSLatitudeRef, 'S');
    let lon = dms(&exif, Tag::GPSLongitude, Tag::GPSLongitudeRef, 'W');
    if let (Some(lat), Some(lon)) = (lat, lon) {
        meta.gps = GeoPoint::new(lat, lon);
    }
    let taken = ascii(Tag::DateTimeOriginal).or_else(|| ascii(Tag::DateTime));
    meta.taken_local = taken.as_deref().and_then(super::timefmt::parse_exif_local);
    if let (Some(local), Some(off)) = (
        meta.taken_local,
        ascii(Tag::OffsetTimeOriginal).and_then(|o| parse_offset(&o)),
    ) {
        meta.taken_utc = off
            .from_local_datetime(&local)
            .single()
            .map(|t| t.with_timezone(&Utc));
    }
    let make = ascii(Tag::Make);
    let model = ascii(Tag::Model);
    meta.camera = match (make, model) {
        (Some(make), Some(model)) if model.to_lowercase().starts_with(&make.to_lowercase()) => {
            Some(model)
        }
        (Some(make), Some(model)) => Some(format!("{make} {model}")),
        (a, b) => a.or(b),
    };
    (!meta.is_empty()).then_some(meta)
}

/// Degrees/minutes/seconds rationals plus a reference letter to signed decimal degrees.
fn dms(exif: &exif::Exif, tag: Tag, ref_tag: Tag, negative: char) -> Option<f64> {
    let field = exif.get_field(tag, In::PRIMARY)?;
    let v: Vec<f64> = match &field.value {
        Value::Rational(r) => r
            .iter()
            .map(|x| if x.denom == 0 { f64::NAN } else { x.to_f64() })
            .collect(),
        Value::SRational(r) => r
            .iter()
            .map(|x| if x.denom == 0 { f64::NAN } else { x.to_f64() })
            .collect(),
        _ => return None,
    };
    let deg = v.first().copied()?
        + v.get(1).copied().unwrap_or(0.0) / 60.0
        + v.get(2).copied().unwrap_or(0.0) / 3600.0;
    if !deg.is_finite() {
        return None;
    }
    let sign = match exif.get_field(ref_tag, In::PRIMARY).map(|f| &f.value) {
        Some(Value::Ascii(parts))
            if parts
                .first()
                .and_then(|p| p.first())
                .is_some_and(|&c| char::from(c).eq_ignore_ascii_case(&negative)) =>
        {
            -1.0
        }
        _ => 1.0,
    };
    Some(sign * deg)
}

/// `+02:00`, `-0530`, `Z`.
fn parse_offset(s: &str) -> Option<FixedOffset> {
    let s = s.trim().trim_end_matches('\0');
    if s == "Z" {
        return FixedOffset::east_opt(0);
    }
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() != 4 {
        return None;
    }
    let h: i32 = digits[..2].parse().ok()?;
    let m: i32 = digits[2..].parse().ok()?;
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// Read one archive entry's photo metadata from its first [`PREFIX_BYTES`].
pub fn read_entry(archive: &Archive, name: &str) -> Option<PhotoMeta> {
    if !has_exif_ext(name) {
        return None;
    }
    let bytes = archive.read_prefix(name, PREFIX_BYTES).ok()?;
    read_photo_meta(&bytes)
}

/// Photos above which a sample is read first, and how many it holds.
const PROBE_ABOVE: usize = 1_000;
const PROBE: usize = 200;

/// For every photo of every post that is in the archive and has no GPS from the platform's
/// JSON, read the file's own EXIF and fill in GPS, taken time and camera where missing.
/// Returns how many media items gained GPS.
pub fn enrich_posts(archive: &Archive, posts: &mut [Post]) -> usize {
    // Find the photos to read, read their metadata on every core, then apply it in order.
    let wanted: Vec<(usize, usize)> = posts
        .iter()
        .enumerate()
        .flat_map(|(pi, post)| {
            post.media
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    m.gps.is_none()
                        && matches!(m.kind, MediaKind::Photo)
                        && archive.contains(&m.path)
                })
                .map(move |(mi, _)| (pi, mi))
        })
        .collect();
    // Platforms strip metadata from the files they hand back (X's tweets_media are plain
    // JFIF): when an even sample of many photos has none at all, the rest are not opened one
    // by one. A camera roll, or an archive where any sampled photo kept its metadata, is
    // read in full.
    if wanted.len() > PROBE_ABOVE {
        let step = wanted.len().div_ceil(PROBE);
        let probe: Vec<(usize, usize)> = wanted.iter().copied().step_by(step).collect();
        let any = crate::par::map(&probe, |&(pi, mi)| {
            read_entry(archive, &posts[pi].media[mi].path).is_some()
        })
        .into_iter()
        .any(|found| found);
        if !any {
            for &(pi, mi) in &wanted {
                posts[pi].media[mi].present = true;
            }
            return 0;
        }
    }
    let read = crate::par::map(&wanted, |&(pi, mi)| {
        read_entry(archive, &posts[pi].media[mi].path)
    });
    let mut gained = 0;
    for (&(pi, mi), meta) in wanted.iter().zip(read) {
        let m = &mut posts[pi].media[mi];
        m.present = true;
        let Some(meta) = meta else {
            continue;
        };
        if meta.gps.is_some() {
            gained += 1;
        }
        m.gps = meta.gps;
        if m.taken_at.is_none() {
            m.taken_at = meta.taken_at();
        }
        if m.camera.is_none() {
            m.camera = meta.camera;
        }
    }
    gained
}

/// For media marked missing in the archive that produced them, look in the other archives
/// of the same person (the parts of a split export); mark found files present and read their
/// EXIF like [`enrich_posts`]. Returns how many files were found.
pub fn resolve_across(archives: &[Archive], posts: &mut [Post]) -> usize {
    let mut found = 0;
    for post in posts.iter_mut() {
        for m in post.media.iter_mut().filter(|m| !m.present) {
            let Some(archive) = archives.iter().find(|a| a.contains(&m.path)) else {
                continue;
            };
            m.present = true;
            found += 1;
            if m.gps.is_some() || m.kind != MediaKind::Photo {
                continue;
            }
            if let Some(meta) = read_entry(archive, &m.path) {
                m.gps = meta.gps;
                if m.taken_at.is_none() {
                    m.taken_at = meta.taken_at();
                }
                if m.camera.is_none() {
                    m.camera = meta.camera;
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_parse() {
        assert_eq!(parse_offset("+02:00"), FixedOffset::east_opt(7200));
        assert_eq!(parse_offset("-05:30"), FixedOffset::east_opt(-19800));
        assert_eq!(parse_offset("garbage"), None);
    }

    #[test]
    fn non_images_give_nothing() {
        assert_eq!(read_photo_meta(b"not an image at all"), None);
        assert_eq!(read_photo_meta(&[0xFF, 0xD8, 0xFF]), None);
    }

    #[test]
    fn kinds_from_names() {
        assert_eq!(kind_from_name("a/b.JPG"), MediaKind::Photo);
        assert_eq!(kind_from_name("a/b.mov"), MediaKind::Video);
        assert!(has_exif_ext("x.heic"));
        assert!(!has_exif_ext("x.mp4"));
    }
}
