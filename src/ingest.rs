//! Platform adapters: recognise an archive and turn its files into the common [`model`].
//!
//! Each platform has one adapter in its own file, listed once in [`ADAPTERS`]. An adapter
//! sniffs an [`Archive`] for its marker files, then loads every post, the profile and the
//! direct messages. Broken records are skipped and counted in [`Dataset::warnings`]; only an
//! archive with nothing readable is an error.
//!
//! [`model`]: crate::model

pub mod csv;
pub mod exif;
pub mod facebook;
pub mod instagram;
pub mod jsonarray;
pub mod linkedin;
pub mod maplinks;
pub mod mastodon;
pub mod meta;
pub mod photos;
pub mod telegram;
pub mod text;
pub mod timefmt;
pub mod x;

use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{Dataset, Platform};
use std::path::PathBuf;

/// Progress of a long-running stage, reported to the CLI or the TUI.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// What is running, e.g. "reading data/tweets.js".
    pub stage: &'a str,
    pub done: u64,
    pub total: u64,
}

/// A progress callback. Must be cheap: it may be called once per file or per thousand posts.
pub type ProgressFn<'a> = &'a (dyn Fn(Progress<'_>) + Sync);

/// A progress callback that ignores everything.
pub fn no_progress(_: Progress<'_>) {}

/// One platform's reader.
pub trait Adapter: Sync {
    /// The platform this adapter reads.
    fn platform(&self) -> Platform;

    /// The marker files the adapter looks for, said when no adapter recognises an archive.
    fn markers(&self) -> &'static str;

    /// If the archive is this platform's, a one-line description of what was found
    /// (e.g. "X archive, 2022+ layout (tweets.js)").
    fn sniff(&self, archive: &Archive) -> Option<String>;

    /// Read everything. Called only after [`Adapter::sniff`] recognised the archive.
    fn load(&self, archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset>;
}

/// Every adapter, in the order they are tried. The photo-folder reader comes last because
/// any archive may contain photos.
pub const ADAPTERS: &[&dyn Adapter] = &[
    &x::XAdapter,
    &facebook::FacebookAdapter,
    &instagram::InstagramAdapter,
    &mastodon::MastodonAdapter,
    &linkedin::LinkedinAdapter,
    &telegram::TelegramAdapter,
    &photos::PhotosAdapter,
];

/// Find the adapter for an archive and a description of the layout it saw, descending into
/// a single wrapper folder (up to two levels) when nothing is recognised at the root.
///
/// The last adapter (the photo folder) is a fallback: it is tried only once no platform was
/// found at any level, so an export in a wrapper folder next to a few photos is still
/// recognised as its platform.
pub fn detect(archive: &mut Archive) -> Result<(&'static dyn Adapter, String)> {
    let (fallback, platforms) = match ADAPTERS.split_last() {
        Some((last, rest)) => (Some(*last), rest),
        None => (None, ADAPTERS),
    };
    for _ in 0..3 {
        for adapter in platforms {
            if let Some(description) = adapter.sniff(archive) {
                return Ok((*adapter, description));
            }
        }
        if !archive.descend_wrapper() {
            break;
        }
    }
    if let Some(adapter) = fallback
        && let Some(description) = adapter.sniff(archive)
    {
        return Ok((adapter, description));
    }
    let looked_for = ADAPTERS
        .iter()
        .map(|a| format!("{} ({})", a.platform().display_name(), a.markers()))
        .collect::<Vec<_>>()
        .join("; ");
    Err(Error::UnknownPlatform {
        path: archive.path().to_path_buf(),
        looked_for,
    })
}

/// Open and read one or more archives of the same person, merged into one timeline.
pub fn load_paths(paths: &[PathBuf], progress: ProgressFn<'_>) -> Result<Dataset> {
    let mut merged: Option<Dataset> = None;
    let mut opened = Vec::with_capacity(paths.len());
    for path in paths {
        let mut archive = Archive::open(path)?;
        let (adapter, description) = detect(&mut archive)?;
        let mut data = adapter.load(&archive, progress)?;
        // Every adapter: photos in the archive whose platform JSON gave no GPS get their own
        // EXIF read (camera rolls and the rare upload that kept its metadata).
        exif::enrich_posts(&archive, &mut data.posts);
        // Every adapter: a map link with coordinates in a post without a position of its
        // own is where the post points ("Pin for anyone joining: …/maps/place/57.687,-4.159").
        maplinks::locate_posts(&mut data.posts);
        if !archive.skipped_names().is_empty() {
            data.warnings.push(format!(
                "{}: ignored {} entries whose names point outside the archive or are links (e.g. '{}')",
                path.display(),
                archive.skipped_names().len(),
                archive.skipped_names()[0]
            ));
        }
        if let Some(damage) = archive.damage() {
            data.warnings.push(format!("{}: {damage}", path.display()));
        }
        data.descriptions.insert(0, description);
        data.finish();
        match merged.as_mut() {
            None => merged = Some(data),
            Some(m) => m.merge(data),
        }
        opened.push(archive);
    }
    if let Some(m) = merged.as_mut()
        && opened.len() > 1
    {
        // Split exports (Facebook, Instagram) keep media in another zip than its JSON.
        let found = exif::resolve_across(&opened, &mut m.posts);
        if found > 0 {
            m.warnings.push(format!(
                "{found} media files missing from one part were found in another part"
            ));
        }
    }
    merged.ok_or_else(|| Error::BadArchive {
        path: PathBuf::new(),
        message: "no archive given".into(),
    })
}
