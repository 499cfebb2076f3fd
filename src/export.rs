//! The deletion checklist (posts marked for deletion, the suggested plan, or every flagged
//! post), the review summary, the contacts to report, and writing files owner-only.
//!
//! [`build`] gathers the posts with why they were flagged, how to find each, the review's
//! summary ([`summarize`]), the suspicious contacts and what stays exposed; one file per format
//! ([`markdown`], [`csv`], [`json`], [`html`]) turns the checklist into text. All of it is pure
//! functions over data; only [`write_private`] touches the disk.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;

use crate::analyze::{Analysis, Category, Finding, Strength, aggregate};
use crate::model::{Dataset, Platform};
use crate::review::{Decision, FindingReview, Note, Outcome};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
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
    /// A self-contained printable page for the officer's file.
    Html,
}

impl ExportFormat {
    /// Every format, in the order `mosaic export --format` lists them.
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Json,
        ExportFormat::Html,
    ];

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Html => "html",
        }
    }
}

/// Which posts the checklist lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selection {
    /// The posts marked for deletion in the review.
    #[default]
    Decisions,
    /// The suggested deletion plan (when no review has been done).
    Plan,
    /// Every flagged post.
    AllFlagged,
}

impl Selection {
    pub fn as_str(self) -> &'static str {
        match self {
            Selection::Decisions => "marked for deletion",
            Selection::Plan => "suggested plan",
            Selection::AllFlagged => "every flagged post",
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
    /// The platform's own id of the post, where the export has one (for deletion tools).
    pub native_id: Option<String>,
    /// RFC 3339 UTC.
    pub created_at: String,
    /// Local date and time in the checklist's zone, `YYYY-MM-DD HH:MM`.
    pub date: String,
    /// Link to the post, where the export allows one.
    pub url: Option<String>,
    /// Where there is no link: how to find the post by hand.
    pub how_to_find: Option<String>,
    /// The start of the text, on one line.
    pub excerpt: String,
    /// Category names the post feeds.
    pub categories: Vec<String>,
    /// Each signal's reason, prefixed with its detector.
    pub reasons: Vec<String>,
    /// Titles of the findings the post is evidence for.
    pub findings: Vec<String>,
    /// The decision in the review (`delete`, `keep`, `undecided`).
    pub decision: String,
    /// The reviewer's note on the post, if any.
    pub note: Option<String>,
}

/// A finding whose risk was accepted, with the written reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AcceptedRisk {
    pub finding: String,
    pub title: String,
    pub reason: String,
    pub by: String,
    pub at: String,
    pub note: Option<String>,
}

/// Posts to delete on one platform.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlatformCount {
    pub platform: String,
    pub posts: usize,
}

/// What the review came to.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReviewSummary {
    /// Who reviewed (name or role), if entered.
    pub reviewer: Option<String>,
    /// When the last finding was reviewed (RFC 3339 UTC).
    pub reviewed_at: Option<String>,
    /// Findings about the posts (contacts are reported apart).
    pub findings: usize,
    /// Titles of the findings the deletions break.
    pub broken: Vec<String>,
    pub accepted: Vec<AcceptedRisk>,
    /// Titles of the findings that still stand and were not accepted.
    pub open: Vec<String>,
    pub per_platform: Vec<PlatformCount>,
}

/// One message cited against a contact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactCite {
    pub date: String,
    pub kind: String,
    pub reason: String,
    pub excerpt: String,
}

/// A contact to report to the security officer (not to delete: the conversation is
/// evidence).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactItem {
    pub contact: String,
    pub platform: String,
    pub score: f64,
    pub first: String,
    pub last: String,
    pub messages: usize,
    pub reached_out_first: bool,
    pub why: String,
    pub cited: Vec<ContactCite>,
}

/// The whole checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checklist {
    /// The archive(s) as given.
    pub archive: String,
    /// IANA zone the dates are in.
    pub timezone: String,
    /// Which posts are listed ([`Selection::as_str`]).
    pub selection: String,
    /// When the checklist was made (as given by the caller).
    pub generated: String,
    pub items: Vec<ChecklistItem>,
    pub summary: ReviewSummary,
    /// Contacts to report to your security officer.
    pub contacts: Vec<ContactItem>,
    /// What stays exposed after the deletions, one line each.
    pub still_exposed: Vec<String>,
    /// Why deletion alone is not the end of it.
    pub warnings: Vec<String>,
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

/// How to find a post the export gives no link for: platform, date and opening words.
pub fn how_to_find(platform: Platform, date: &str, text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    let opening = if words.is_empty() {
        "(no text: a photo or video)".to_string()
    } else {
        format!("\"{}…\"", words.join(" "))
    };
    let place = match platform {
        Platform::Facebook => "Facebook: Activity log → Your posts, filtered to the date",
        Platform::Instagram => "Instagram: Your activity → Posts, sorted by date",
        Platform::Linkedin => "LinkedIn: Me → Posts & Activity → Posts, scrolled to the date",
        Platform::Mastodon => "Mastodon: your profile, scrolled to the date",
        Platform::Telegram => "Telegram: the chat or channel, searched by date",
        Platform::Photos => "your photo library, by the date taken",
        Platform::X => "X: search from:you with since:/until: around the date",
    };
    format!("{place} {date}, the post that begins {opening}")
}

/// Everything a checklist is built from. Pure data: the caller reads the review database.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub archive: &'a str,
    pub data: &'a Dataset,
    pub analysis: &'a Analysis,
    /// Per post (same index as `data.posts`).
    pub decisions: &'a [Decision],
    /// Per post, its review key ([`crate::review::post_key`]); may be empty (no notes then).
    pub keys: &'a [String],
    /// Current notes by target ([`crate::review::post_target`], [`crate::review::finding_target`]).
    pub notes: &'a HashMap<String, Note>,
    /// Finding reviews by finding id.
    pub reviews: &'a HashMap<String, FindingReview>,
    /// Who reviewed, if entered.
    pub reviewer: Option<&'a str>,
    pub tz: Tz,
    /// The analysis options (zone and watchlist), to recompute the findings without the
    /// deleted posts; `None`: no watchlist, the zone `tz`.
    pub options: Option<&'a crate::analyze::Options>,
    pub selection: Selection,
    /// When the checklist is made, as it should be printed (fixed in tests).
    pub generated: &'a str,
}

/// Empty notes and reviews, for callers that have none.
pub fn no_notes() -> &'static HashMap<String, Note> {
    static EMPTY: std::sync::OnceLock<HashMap<String, Note>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(HashMap::new)
}

/// Empty finding reviews.
pub fn no_reviews() -> &'static HashMap<String, FindingReview> {
    static EMPTY: std::sync::OnceLock<HashMap<String, FindingReview>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(HashMap::new)
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
    build(&Input {
        archive,
        data,
        analysis,
        decisions,
        keys: &[],
        notes: no_notes(),
        reviews: no_reviews(),
        reviewer: None,
        tz,
        options: None,
        selection: Selection::Decisions,
        generated: "",
    })
}

/// Which posts a selection takes (same index as `data.posts`).
pub fn selected(input: &Input<'_>) -> Vec<bool> {
    let n = input.data.posts.len();
    let mut out = vec![false; n];
    match input.selection {
        Selection::Decisions => {
            for (i, d) in input.decisions.iter().enumerate().take(n) {
                out[i] = *d == Decision::Delete;
            }
        }
        Selection::Plan => {
            for &p in &input.analysis.plan.delete {
                if let Some(s) = out.get_mut(p) {
                    *s = true;
                }
            }
        }
        Selection::AllFlagged => {
            for (i, c) in input.analysis.categories.iter().enumerate().take(n) {
                out[i] = !c.is_empty();
            }
        }
    }
    out
}

/// What the review came to, for posts `removed` (same index as `data.posts`): findings the
/// deletions break (the aggregation run again without them, compared by finding id, as the
/// plan does), findings accepted with reasons, findings still open, posts per platform.
pub fn summarize(
    data: &Dataset,
    analysis: &Analysis,
    opts: &crate::analyze::Options,
    removed: &[bool],
    reviews: &HashMap<String, FindingReview>,
    notes: &HashMap<String, Note>,
    reviewer: Option<&str>,
) -> ReviewSummary {
    let post_findings: Vec<&Finding> = analysis
        .findings
        .iter()
        .filter(|f| f.category != Category::Contact)
        .collect();
    let standing: HashSet<String> = if removed.iter().any(|r| *r) {
        aggregate::run(
            data,
            &analysis.signals,
            &analysis.profile_signals,
            opts,
            Some(removed),
            &[],
            None,
        )
        .findings
        .into_iter()
        .map(|f| f.id.0)
        .collect()
    } else {
        post_findings.iter().map(|f| f.id.0.clone()).collect()
    };
    let mut summary = ReviewSummary {
        reviewer: reviewer.map(str::to_string),
        findings: post_findings.len(),
        ..ReviewSummary::default()
    };
    for f in &post_findings {
        let review = reviews.get(f.id.as_str());
        if !standing.contains(f.id.as_str()) {
            summary.broken.push(f.title.clone());
        } else if let Some(r) = review.filter(|r| r.outcome == Outcome::Accepted) {
            summary.accepted.push(AcceptedRisk {
                finding: f.id.0.clone(),
                title: f.title.clone(),
                reason: r.reason.clone(),
                by: r.actor.clone(),
                at: r.at.clone(),
                note: notes
                    .get(&crate::review::finding_target(f.id.as_str()))
                    .map(|n| n.note.clone()),
            });
        } else {
            summary.open.push(f.title.clone());
        }
    }
    summary.reviewed_at = reviews.values().map(|r| r.at.clone()).max();
    let mut per: Vec<PlatformCount> = Vec::new();
    for (p, _) in data.posts.iter().zip(removed).filter(|(_, r)| **r) {
        let name = p.platform.display_name();
        match per.iter_mut().find(|c| c.platform == name) {
            Some(c) => c.posts += 1,
            None => per.push(PlatformCount {
                platform: name.to_string(),
                posts: 1,
            }),
        }
    }
    per.sort_by(|a, b| a.platform.cmp(&b.platform));
    summary.per_platform = per;
    summary
}

/// The suspicious contacts, with why and the cited messages.
pub fn contacts(analysis: &Analysis, tz: Tz) -> Vec<ContactItem> {
    let date = |t: &chrono::DateTime<chrono::Utc>| {
        t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
    };
    analysis
        .contacts
        .iter()
        .filter(|c| c.suspicious)
        .map(|c| {
            let why = analysis
                .findings
                .iter()
                .find(|f| f.category == Category::Contact && f.value.as_deref() == Some(&c.contact))
                .map(|f| f.explanation.clone())
                .unwrap_or_else(|| "messages probe for work details".into());
            ContactItem {
                contact: c.contact.clone(),
                platform: c.platform.display_name().to_string(),
                score: (c.score * 100.0).round() / 100.0,
                first: date(&c.first),
                last: date(&c.last),
                messages: c.messages,
                reached_out_first: c.reached_out_first,
                why,
                cited: c
                    .signals
                    .iter()
                    .map(|s| ContactCite {
                        date: date(&s.sent_at),
                        kind: crate::analyze::contacts::kind_name(s.kind).to_string(),
                        reason: s.reason.clone(),
                        excerpt: excerpt(&s.excerpt, EXCERPT_CHARS),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The lines of the "still exposed after deletion" section.
fn still_exposed(
    data: &Dataset,
    analysis: &Analysis,
    removed: &[bool],
    summary: &ReviewSummary,
) -> Vec<String> {
    let mut out = Vec::new();
    let titles: HashMap<&str, &Finding> = analysis
        .findings
        .iter()
        .map(|f| (f.title.as_str(), f))
        .collect();
    for t in summary.open.iter() {
        if let Some(f) = titles.get(t.as_str()) {
            out.push(format!(
                "Still standing after the deletions: {} ({}): {}",
                f.title,
                f.severity.as_str(),
                f.explanation
            ));
        }
    }
    for a in &summary.accepted {
        out.push(format!("Accepted risk: {} (reason: {})", a.title, a.reason));
    }
    let mut seen = HashSet::new();
    for (label, s) in &analysis.profile_signals {
        if s.strength == Strength::Strong && seen.insert((label.clone(), s.category)) {
            out.push(format!(
                "Your profile's {label} ({}): {} — edit the profile, deleting posts does not touch it.",
                s.category.as_str(),
                s.reason
            ));
        }
    }
    let marked = removed.iter().filter(|r| **r).count();
    if marked > 0 {
        out.push(
            "Replies and quotes by others: people who replied to or quoted these posts keep their copy; ask them, or report quotes that reveal your work."
                .into(),
        );
        out.push(
            "Web archives and search caches: check web.archive.org and archive.today for your profile URL, and ask search engines to drop cached copies once the posts are gone."
                .into(),
        );
    }
    if let Some(h) = data
        .profile
        .as_ref()
        .and_then(|p| p.handle.as_deref())
        .filter(|h| !h.trim().is_empty())
    {
        out.push(format!(
            "The same username elsewhere: search for \"{}\" on other sites; an account there under the same name links back to this one.",
            h.trim_start_matches('@')
        ));
    } else {
        out.push(
            "The same username elsewhere: search for your usernames on other sites; an account under the same name links back to this one."
                .into(),
        );
    }
    out
}

/// Build the checklist from its input.
pub fn build(input: &Input<'_>) -> Checklist {
    let data = input.data;
    let analysis = input.analysis;
    let tz = input.tz;
    let by_post = analysis.findings_by_post();
    let removed = selected(input);
    let post_note = |i: usize| -> Option<String> {
        let key = input.keys.get(i)?;
        input
            .notes
            .get(&crate::review::post_target(key))
            .map(|n| n.note.clone())
    };
    let mut items: Vec<(usize, ChecklistItem)> = data
        .posts
        .iter()
        .enumerate()
        .filter(|(i, _)| removed[*i])
        .map(|(i, p)| {
            let date = p
                .created_at
                .with_timezone(&tz)
                .format("%Y-%m-%d %H:%M")
                .to_string();
            let how = p
                .url
                .is_none()
                .then(|| how_to_find(p.platform, &date[..10], &p.text));
            let item = ChecklistItem {
                id: p.id.0.clone(),
                platform: p.platform.display_name().to_string(),
                native_id: p.native_id.clone(),
                created_at: p
                    .created_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                date,
                url: p.url.clone(),
                how_to_find: how,
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
                decision: input
                    .decisions
                    .get(i)
                    .copied()
                    .unwrap_or_default()
                    .as_str()
                    .to_string(),
                note: post_note(i),
            };
            (i, item)
        })
        .collect();
    // Grouped by platform, then in time order.
    items.sort_by(|(a, x), (b, y)| {
        x.platform
            .cmp(&y.platform)
            .then(data.posts[*a].created_at.cmp(&data.posts[*b].created_at))
            .then(a.cmp(b))
    });
    let fallback;
    let opts = match input.options {
        Some(o) => o,
        None => {
            fallback = crate::analyze::Options {
                timezone: tz,
                ..crate::analyze::Options::default()
            };
            &fallback
        }
    };
    let summary = summarize(
        data,
        analysis,
        opts,
        &removed,
        input.reviews,
        input.notes,
        input.reviewer,
    );
    let still = still_exposed(data, analysis, &removed, &summary);
    Checklist {
        archive: input.archive.to_string(),
        timezone: tz.name().to_string(),
        selection: input.selection.as_str().to_string(),
        generated: input.generated.to_string(),
        items: items.into_iter().map(|(_, it)| it).collect(),
        summary,
        contacts: contacts(analysis, tz),
        still_exposed: still,
        warnings: vec![
            "Deleting many posts at once is itself visible to anyone watching the account: spread the deletions over weeks, or delete the account.".into(),
            "Deleted posts can survive in replies and quotes by others, in web archives and search caches, and in other people's screenshots.".into(),
        ],
    }
}

/// Render a checklist in a format.
pub fn render(list: &Checklist, format: ExportFormat) -> String {
    match format {
        ExportFormat::Markdown => markdown::render(list),
        ExportFormat::Csv => csv::render(list),
        ExportFormat::Json => json::render(list),
        ExportFormat::Html => html::render(list),
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
