//! mosaic: audit your own social media archive for what it gives away.
//!
//! Data flows one way:
//!
//! - [`archive`] opens a `.zip` or an extracted folder, read-only, with limits against bombs;
//! - [`ingest`] detects the platform and turns its files into the platform-neutral [`model`];
//! - [`analyze`] runs per-post detectors, aggregates their signals into findings (unit, role,
//!   office, routine, home) and computes the smallest deletion plan;
//! - [`report`] renders the result as the JSON report (schema version 1) or a text summary;
//! - [`review`] keeps the user's delete / keep decisions, the guided review's finding reviews
//!   (keyed by stable finding ids with an evidence hash), notes and reviewer in SQLite, and
//!   [`export`] turns the posts marked for deletion into a checklist (Markdown, CSV, JSON,
//!   printable HTML) with the review summary and the contacts to report;
//! - [`cli`] and [`tui`] are the two front ends. Only `tui` may use ratatui or crossterm.

pub mod analyze;
pub mod archive;
pub mod cli;
pub mod error;
pub mod export;
pub mod ingest;
pub mod model;
pub mod par;
pub mod report;
pub mod review;
mod swar;
pub mod timezone;
pub mod tui;
pub mod watchlist;

pub use error::{Error, Result};
