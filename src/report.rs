//! The `scan` report: JSON (schema version 1, documented in `docs/report-format.md`) and a
//! short text summary.
//!
//! The report is built from the [`Dataset`] and its [`Analysis`]; it computes nothing.

use crate::analyze::{Analysis, Options};
use crate::model::{Dataset, GeoPoint, Post};
use serde::Serialize;

mod compact;

/// The version of the report's shape. Fields may be added; none may be dropped or change
/// meaning without a new version.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Report<'a> {
    pub schema_version: u32,
    pub tool: Tool,
    pub archive: ArchiveInfo,
    pub timezone: &'a str,
    pub profile: Option<&'a crate::model::Profile>,
    pub posts: Vec<ReportPost<'a>>,
    pub findings: Vec<ReportFinding<'a>>,
    pub plan: ReportPlan<'a>,
    pub contacts: Vec<ReportContact<'a>>,
    pub warnings: &'a [String],
}

#[derive(Serialize)]
pub struct ReportContact<'a> {
    /// Handle, name, or the platform's id where the export has no handle.
    pub contact: &'a str,
    pub platform: &'static str,
    pub conversation: &'a str,
    pub messages: usize,
    pub messages_from_contact: usize,
    pub first_contact: String,
    pub last_contact: String,
    pub reached_out_first: bool,
    pub score: f64,
    pub suspicious: bool,
    pub signals: Vec<ReportContactSignal<'a>>,
    /// The person's posts the contact asked about, with the words they share.
    pub posts: Vec<ReportLinkedPost<'a>>,
}

#[derive(Serialize)]
pub struct ReportContactSignal<'a> {
    pub kind: &'static str,
    pub reason: &'a str,
    pub sent_at: String,
    pub message_id: Option<&'a str>,
    pub excerpt: &'a str,
}

#[derive(Serialize)]
pub struct ReportLinkedPost<'a> {
    pub id: &'a str,
    pub words: &'a str,
}

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Serialize)]
pub struct ArchiveInfo {
    pub path: String,
    pub platform: String,
    /// What was recognised, one line per archive.
    pub description: Vec<String>,
    pub posts: usize,
    pub media: usize,
}

#[derive(Serialize)]
pub struct ReportPost<'a> {
    pub id: &'a str,
    pub platform: &'static str,
    pub native_id: Option<&'a str>,
    pub created_at: String,
    pub url: Option<&'a str>,
    pub text: &'a str,
    pub kind: &'static str,
    pub media: Vec<ReportMedia<'a>>,
    pub geo: Option<GeoPoint>,
    pub place: Option<&'a str>,
    pub reply_to: Option<&'a str>,
    pub categories: Vec<&'static str>,
    pub signals: Vec<ReportSignal<'a>>,
    /// Ids of the findings this post is evidence for.
    pub findings: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct ReportMedia<'a> {
    pub path: &'a str,
    pub kind: &'static str,
    pub alt: Option<&'a str>,
    pub gps: Option<GeoPoint>,
    pub taken_at: Option<String>,
    pub camera: Option<&'a str>,
    pub present: bool,
}

#[derive(Serialize)]
pub struct ReportSignal<'a> {
    pub category: &'static str,
    pub detector: &'static str,
    pub reason: &'a str,
    pub span: Option<[usize; 2]>,
    pub strength: &'static str,
}

#[derive(Serialize)]
pub struct ReportFinding<'a> {
    pub id: &'a str,
    pub category: &'static str,
    pub severity: &'static str,
    pub title: &'a str,
    pub value: Option<&'a str>,
    pub location: Option<crate::analyze::Area>,
    pub evidence: Vec<&'a str>,
    pub explanation: &'a str,
}

#[derive(Serialize)]
pub struct ReportPlan<'a> {
    pub delete: Vec<&'a str>,
    pub breaks: Vec<&'a str>,
    pub still_exposed: &'a [String],
    pub warnings: &'a [String],
}

/// UTC time as RFC 3339 ending in `Z`.
pub fn utc_string(t: &chrono::DateTime<chrono::Utc>) -> String {
    match utc_bytes(t) {
        Some(b) => String::from_utf8_lossy(&b).into_owned(),
        None => t.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
    }
}

/// [`utc_string`] for the years 0 to 9999 (four digits, no sign).
fn utc_bytes(t: &chrono::DateTime<chrono::Utc>) -> Option<[u8; 20]> {
    use chrono::{Datelike, Timelike};
    // Written by hand: chrono's formatter parses its pattern on every call, and the report
    // writes one of these per post.
    let (y, mo, d) = (t.year(), t.month(), t.day());
    let (h, mi, s) = (t.hour(), t.minute(), t.second());
    if !(0..=9999).contains(&y) {
        return None;
    }
    let mut b = *b"0000-00-00T00:00:00Z";
    let y = y as u32;
    for (at, v) in [
        (0, y / 100),
        (2, y % 100),
        (5, mo),
        (8, d),
        (11, h),
        (14, mi),
        (17, s),
    ] {
        b[at] = b'0' + (v / 10) as u8;
        b[at + 1] = b'0' + (v % 10) as u8;
    }
    Some(b)
}

/// Build the report for a dataset and its analysis.
pub fn build<'a>(
    archive_path: String,
    data: &'a Dataset,
    analysis: &'a Analysis,
    options: &'a Options,
) -> Report<'a> {
    let by_post = analysis.findings_by_post();
    let mut report = build_head(archive_path, data, analysis, options);
    report.posts = data
        .posts
        .iter()
        .enumerate()
        .map(|(i, p)| report_post(p, i, analysis, &by_post))
        .collect();
    report
}

/// Write the report as JSON: indented for reading by eye, or compact. The compact form is
/// streamed: posts are written a batch at a time ([`compact::write_post`], the same bytes as
/// serde's), the batch split over the cores, so the report is never held whole in memory.
pub fn write_json(
    w: &mut dyn std::io::Write,
    archive_path: String,
    data: &Dataset,
    analysis: &Analysis,
    options: &Options,
    pretty: bool,
) -> std::io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *w, &build(archive_path, data, analysis, options))?;
        return w.write_all(b"\n");
    }
    let head = serde_json::to_string(&build_head(archive_path, data, analysis, options))?;
    // Strings are escaped, so this exact text is the top-level field (the first object with
    // a `posts` array).
    const MARK: &str = "\"posts\":[]";
    let at = head
        .find(MARK)
        .ok_or_else(|| std::io::Error::other("report without posts"))?;
    w.write_all(&head.as_bytes()[..at + MARK.len() - 1])?;
    let by_post = analysis.findings_by_post();
    let indices: Vec<usize> = (0..data.posts.len()).collect();
    const BATCH: usize = 16_384;
    for (b, batch) in indices.chunks(BATCH).enumerate() {
        let parts: Vec<usize> = (0..batch.len()).step_by(1_024).collect();
        let chunks = crate::par::map_min(&parts, 2, |&from| {
            let mut buf = Vec::with_capacity(1 << 20);
            for &i in &batch[from..(from + 1_024).min(batch.len())] {
                if b > 0 || i > 0 {
                    buf.push(b',');
                }
                compact::write_post(&mut buf, &data.posts[i], i, analysis, &by_post)?;
            }
            Ok::<_, std::io::Error>(buf)
        });
        for chunk in chunks {
            w.write_all(&chunk?)?;
        }
    }
    w.write_all(&head.as_bytes()[at + MARK.len() - 1..])?;
    w.write_all(b"\n")
}

/// The report without its posts.
fn build_head<'a>(
    archive_path: String,
    data: &'a Dataset,
    analysis: &'a Analysis,
    options: &'a Options,
) -> Report<'a> {
    let posts = Vec::new();
    let findings = analysis
        .findings
        .iter()
        .map(|f| ReportFinding {
            id: f.id.as_str(),
            category: f.category.as_str(),
            severity: f.severity.as_str(),
            title: &f.title,
            value: f.value.as_deref(),
            location: f.location,
            evidence: f
                .evidence
                .iter()
                .map(|&i| data.posts[i].id.as_str())
                .collect(),
            explanation: &f.explanation,
        })
        .collect();
    let plan = ReportPlan {
        delete: analysis
            .plan
            .delete
            .iter()
            .map(|&i| data.posts[i].id.as_str())
            .collect(),
        breaks: analysis.plan.breaks.iter().map(|f| f.as_str()).collect(),
        still_exposed: &analysis.plan.still_exposed,
        warnings: &analysis.plan.warnings,
    };
    let contacts = analysis
        .contacts
        .iter()
        .map(|c| {
            let conv = &data.conversations[c.conversation];
            ReportContact {
                contact: &c.contact,
                platform: c.platform.as_str(),
                conversation: &conv.id,
                messages: c.messages,
                messages_from_contact: c.from_contact,
                first_contact: utc_string(&c.first),
                last_contact: utc_string(&c.last),
                reached_out_first: c.reached_out_first,
                score: c.score,
                suspicious: c.suspicious,
                signals: c
                    .signals
                    .iter()
                    .map(|s| ReportContactSignal {
                        kind: crate::analyze::contacts::kind_name(s.kind),
                        reason: &s.reason,
                        sent_at: utc_string(&s.sent_at),
                        message_id: conv
                            .messages
                            .get(s.message)
                            .and_then(|m| m.native_id.as_deref()),
                        excerpt: &s.excerpt,
                    })
                    .collect(),
                posts: c
                    .linked_posts
                    .iter()
                    .map(|(p, w)| ReportLinkedPost {
                        id: data.posts[*p].id.as_str(),
                        words: w,
                    })
                    .collect(),
            }
        })
        .collect();
    Report {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: "mosaic",
            version: env!("CARGO_PKG_VERSION"),
        },
        archive: ArchiveInfo {
            path: archive_path,
            platform: data.platform_label(),
            description: data.descriptions.clone(),
            posts: data.posts.len(),
            media: data.media_count,
        },
        timezone: options.timezone.name(),
        profile: data.profile.as_ref(),
        posts,
        findings,
        plan,
        contacts,
        warnings: &data.warnings,
    }
}

fn report_post<'a>(
    p: &'a Post,
    i: usize,
    analysis: &'a Analysis,
    by_post: &[Vec<usize>],
) -> ReportPost<'a> {
    let signals = analysis
        .signals
        .get(i)
        .map(|s| {
            s.iter()
                .map(|s| ReportSignal {
                    category: s.category.as_str(),
                    detector: s.detector,
                    reason: &s.reason,
                    span: s.span.map(|(a, b)| [a, b]),
                    strength: match s.strength {
                        crate::analyze::Strength::Strong => "strong",
                        crate::analyze::Strength::Weak => "weak",
                    },
                })
                .collect()
        })
        .unwrap_or_default();
    ReportPost {
        id: p.id.as_str(),
        platform: p.platform.as_str(),
        native_id: p.native_id.as_deref(),
        created_at: utc_string(&p.created_at),
        url: p.url.as_deref(),
        text: &p.text,
        kind: p.kind.as_str(),
        media: p
            .media
            .iter()
            .map(|m| ReportMedia {
                path: &m.path,
                kind: m.kind.as_str(),
                alt: m.alt.as_deref(),
                gps: m.gps,
                taken_at: m.taken_at.map(|t| t.to_report_string()),
                camera: m.camera.as_deref(),
                present: m.present,
            })
            .collect(),
        geo: p.geo,
        place: p.place.as_deref(),
        reply_to: p.reply_to.as_deref(),
        categories: analysis
            .categories
            .get(i)
            .map(|c| c.iter().map(|c| c.as_str()).collect())
            .unwrap_or_default(),
        signals,
        findings: by_post
            .get(i)
            .map(|f| {
                f.iter()
                    .map(|&fi| analysis.findings[fi].id.as_str())
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The short human summary printed by `scan --format text`.
pub fn text_summary(
    archive_path: &str,
    data: &Dataset,
    analysis: &Analysis,
    options: &Options,
) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let first = data
        .posts
        .first()
        .map(|p| p.created_at.format("%Y-%m").to_string());
    let last = data
        .posts
        .last()
        .map(|p| p.created_at.format("%Y-%m").to_string());
    let _ = writeln!(s, "mosaic {} — {}", env!("CARGO_PKG_VERSION"), archive_path);
    for d in &data.descriptions {
        let _ = writeln!(s, "  {d}");
    }
    let _ = writeln!(
        s,
        "  {} posts{}, {} media, {} located; times in {} (from {})",
        data.posts.len(),
        match (first, last) {
            (Some(a), Some(b)) => format!(" from {a} to {b}"),
            _ => String::new(),
        },
        data.media_count,
        data.posts.iter().filter(|p| p.location().is_some()).count(),
        options.timezone.name(),
        options.zone_source.describe(),
    );
    let _ = writeln!(s, "  {} posts flagged", analysis.flagged_count());
    if analysis.findings.is_empty() {
        let _ = writeln!(s, "\nNo findings.");
    } else {
        let _ = writeln!(s, "\nFindings:");
        for f in &analysis.findings {
            let _ = writeln!(
                s,
                "  [{:<8}] {}\n             {}",
                f.severity.as_str().to_uppercase(),
                f.title,
                f.explanation
            );
        }
    }
    if !analysis.plan.delete.is_empty() {
        let _ = writeln!(
            s,
            "\nPlan: delete {} posts to break {} findings.",
            analysis.plan.delete.len(),
            analysis.plan.breaks.len()
        );
        for line in &analysis.plan.still_exposed {
            let _ = writeln!(s, "  still exposed: {line}");
        }
    }
    if !data.warnings.is_empty() {
        let _ = writeln!(s, "\nWarnings:");
        for w in &data.warnings {
            let _ = writeln!(s, "  {w}");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    #[test]
    fn utc_strings_are_what_chrono_writes() {
        let mut t = chrono::Utc.with_ymd_and_hms(1, 1, 1, 0, 0, 0).unwrap();
        let end = chrono::Utc
            .with_ymd_and_hms(9999, 12, 31, 23, 59, 59)
            .unwrap();
        // A step that is not a whole number of minutes, hours or days visits every field.
        let step = chrono::Duration::seconds(86_400 * 397 + 3_671);
        while t < end {
            assert_eq!(
                super::utc_string(&t),
                t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
            );
            t += step;
        }
        assert_eq!(super::utc_string(&end), "9999-12-31T23:59:59Z");
    }
}
