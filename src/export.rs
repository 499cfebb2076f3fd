//! The deletion checklist (posts marked for deletion) and writing files owner-only.
//!
//! [`checklist`] gathers the marked posts with why they were flagged; one file per format
//! ([`markdown`], [`csv`], [`json`]) turns the checklist into text. All of it is pure functions
//! over data; only [`write_private`] touches the disk.

pub mod csv;
pub mod json;
pub mod markdown;

use crate::analyze::Analysis;
use crate::model::Dataset;
use crate::review::Decision;
use chrono_tz::Tz;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    /// A Markdown checklist with tick boxes.
    #[default]
    Markdown,
    /// One row per post.
    Csv,
    /// A JSON document.
    Json,
}

impl ExportFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }
}

/// One post to delete, with why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistItem {
    /// The post's id (`<platform>:<id>`).
    pub id: String,
    /// The platform's display name.
    pub platform: String,
    /// Local date and time in the checklist's zone, `YYYY-MM-DD HH:MM`.
    pub date: String,
    /// Link to the post, where the export allows one.
    pub url: Option<String>,
    /// The start of the text, on one line.
    pub excerpt: String,
    /// Category names the post feeds.
    pub categories: Vec<String>,
    /// Each signal's reason, prefixed with its detector.
    pub reasons: Vec<String>,
    /// Titles of the findings the post is evidence for.
    pub findings: Vec<String>,
}

/// The whole checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checklist {
    /// The archive(s) as given.
    pub archive: String,
    /// IANA zone the dates are in.
    pub timezone: String,
    pub items: Vec<ChecklistItem>,
}

/// Characters of text kept in an excerpt.
pub const EXCERPT_CHARS: usize = 120;

/// A one-line excerpt of at most `max` characters, with `…` when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let mut s: String = flat.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// The posts marked for deletion (`decisions` has the same index as `data.posts`), in time
/// order, with why each was flagged.
pub fn checklist(
    archive: &str,
    data: &Dataset,
    analysis: &Analysis,
    decisions: &[Decision],
    tz: Tz,
) -> Checklist {
    let by_post = analysis.findings_by_post();
    let items = data
        .posts
        .iter()
        .enumerate()
        .filter(|(i, _)| decisions.get(*i) == Some(&Decision::Delete))
        .map(|(i, p)| ChecklistItem {
            id: p.id.0.clone(),
            platform: p.platform.display_name().to_string(),
            date: p
                .created_at
                .with_timezone(&tz)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            url: p.url.clone(),
            excerpt: excerpt(&p.text, EXCERPT_CHARS),
            categories: analysis
                .categories
                .get(i)
                .map(|c| c.iter().map(|c| c.as_str().to_string()).collect())
                .unwrap_or_default(),
            reasons: analysis
                .signals
                .get(i)
                .map(|s| {
                    s.iter()
                        .map(|s| format!("{}: {}", s.detector, s.reason))
                        .collect()
                })
                .unwrap_or_default(),
            findings: by_post
                .get(i)
                .map(|f| {
                    f.iter()
                        .filter_map(|&f| analysis.findings.get(f))
                        .map(|f| f.title.clone())
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    Checklist {
        archive: archive.to_string(),
        timezone: tz.name().to_string(),
        items,
    }
}

/// Render a checklist in a format.
pub fn render(list: &Checklist, format: ExportFormat) -> String {
    match format {
        ExportFormat::Markdown => markdown::render(list),
        ExportFormat::Csv => csv::render(list),
        ExportFormat::Json => json::render(list),
    }
}

/// Write a file readable by its owner only (mode 0600 on Unix): exports list what a person
/// wants gone, which is itself sensitive. Written to a temporary file, then renamed, so a
/// crash never leaves half a file.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_private_with(path, |w| w.write_all(bytes))
}

/// [`write_private`], with the content streamed by `fill` (large reports are never held whole
/// in memory).
pub fn write_private_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let result = (|| {
        let f = opts.open(&tmp)?;
        let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
        fill(&mut w)?;
        let f = w
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests;
