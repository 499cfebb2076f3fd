//! The library's error type.
//!
//! Every variant names the file (or entry) it concerns, so the CLI can print one clear line.
//! Recoverable, per-record problems are not errors: they are collected as warnings in
//! [`crate::model::Dataset::warnings`] and the rest of the archive still loads.

use std::path::PathBuf;

/// Errors that stop an archive from being read or a command from running.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The path does not exist or could not be opened.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The file is not a zip archive or a folder, or the zip is damaged.
    #[error("{path}: {message}")]
    BadArchive { path: PathBuf, message: String },
    /// A zip entry inflates far beyond its compressed size, or past the absolute limit.
    #[error(
        "{path}: entry '{entry}' looks like a zip bomb ({declared} bytes from {compressed} compressed); refusing to inflate it"
    )]
    ZipBomb {
        path: PathBuf,
        entry: String,
        declared: u64,
        compressed: u64,
    },
    /// An entry is larger than mosaic is willing to hold in memory.
    #[error("{path}: entry '{entry}' is too large ({size} bytes, limit {limit})")]
    TooLarge {
        path: PathBuf,
        entry: String,
        size: u64,
        limit: u64,
    },
    /// No adapter recognised the archive.
    #[error("{path}: not a known social media archive (looked for {looked_for})")]
    UnknownPlatform { path: PathBuf, looked_for: String },
    /// A file the platform always ships could not be parsed at all.
    #[error("{path}: {entry}: {message}")]
    BadFile {
        path: PathBuf,
        entry: String,
        message: String,
    },
    /// The watchlist could not be read or is invalid.
    #[error("{path}: {message}")]
    Watchlist { path: PathBuf, message: String },
    /// An unknown IANA time zone name.
    #[error("unknown time zone '{0}' (use an IANA name such as 'Europe/Berlin')")]
    TimeZone(String),
    /// A command was used wrongly (an unknown detector id, …).
    #[error("{0}")]
    Usage(String),
    /// Review state or export storage failed.
    #[error("{context}: {message}")]
    Storage { context: String, message: String },
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
