//! LinkedIn data exports (zip of CSVs): `Profile.csv`, `Positions.csv` (employer and title,
//! the most direct unit and role evidence), `Education.csv`, `Shares.csv` as posts and
//! `messages.csv` as conversations. Both generations are read: the 2018 UTF-16LE (BOM),
//! tab-separated, every-field-quoted files and the later UTF-8 comma-separated ones.

use super::csv::Table;
use super::timefmt::parse_utc;
use super::{Adapter, Progress, ProgressFn};
use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{
    Conversation, Dataset, Media, MediaKind, Message, Platform, Post, PostId, PostKind, Profile,
    WorkEntry,
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use std::collections::BTreeMap;

/// The LinkedIn export adapter.
pub struct LinkedinAdapter;

/// The archive entry whose file name (in any folder depth 0) matches, case-insensitively.
fn find(archive: &Archive, names: &[&str]) -> Option<String> {
    names.iter().find_map(|want| {
        archive
            .names()
            .iter()
            .find(|n| !n.contains('/') && n.eq_ignore_ascii_case(want))
            .cloned()
    })
}

impl Adapter for LinkedinAdapter {
    fn platform(&self) -> Platform {
        Platform::Linkedin
    }

    fn markers(&self) -> &'static str {
        "Profile.csv, Positions.csv or Shares.csv at the root"
    }

    fn sniff(&self, archive: &Archive) -> Option<String> {
        let file = find(archive, &["Shares.csv", "Positions.csv", "Profile.csv"])?;
        let head = archive.read_prefix(&file, 2).unwrap_or_default();
        let layout = if head.starts_with(&[0xFF, 0xFE]) {
            "2018 generation (UTF-16, tab-separated)"
        } else {
            "UTF-8 CSV generation"
        };
        let csvs = archive
            .names()
            .iter()
            .filter(|n| n.to_ascii_lowercase().ends_with(".csv"))
            .count();
        Some(format!("LinkedIn export, {layout}, {csvs} CSV files"))
    }

    fn load(&self, archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
        load(archive, progress)
    }
}

/// Every date form LinkedIn writes, to UTC (LinkedIn's zone-less times are taken as UTC):
/// `2025-07-01 14:33:22`, `2017/06/08 08:15:44 UTC`, `10/16/18, 8:36 AM`,
/// `16 Oct 2018`, `Feb 17, 1998`, `2022-03-04`.
pub fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    let s: String = s
        .trim()
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if let Some(t) = parse_utc(&s) {
        return Some(t);
    }
    let s = s.strip_suffix(" UTC").unwrap_or(&s);
    for fmt in [
        "%m/%d/%y, %I:%M %p",
        "%m/%d/%Y, %I:%M %p",
        "%m/%d/%y, %H:%M",
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y %I:%M %p",
        "%d %b %Y %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(Utc.from_utc_datetime(&t));
        }
    }
    for fmt in ["%d %b %Y", "%b %d, %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return d.and_hms_opt(0, 0, 0).map(|t| Utc.from_utc_datetime(&t));
        }
    }
    None
}

/// Undo the Shares.csv double escaping: after CSV parsing every inner line of a multi-line
/// commentary is wrapped in one stray `"` (the first line only ends with one, the last only
/// starts with one). Text without that pattern is returned unchanged.
pub fn fix_share_quotes(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let n = lines.len();
    if n < 2 {
        return s.to_string();
    }
    let wrapped = lines[0].ends_with('"')
        && lines[n - 1].starts_with('"')
        && lines[1..n - 1]
            .iter()
            .all(|l| l.len() >= 2 && l.starts_with('"') && l.ends_with('"'));
    if !wrapped {
        return s.to_string();
    }
    let mut out = Vec::with_capacity(n);
    for (i, l) in lines.iter().enumerate() {
        let mut l = *l;
        if i > 0 {
            l = &l[1..];
        }
        if i + 1 < n {
            l = &l[..l.len() - 1];
        }
        out.push(l);
    }
    out.join("\n")
}

/// The numeric id in a share link: `urn:li:share:N` or `urn:li:activity:N` (URL-encoded or
/// not).
pub fn share_id(link: &str) -> Option<String> {
    let decoded = link.replace("%3A", ":").replace("%3a", ":");
    for key in ["urn:li:share:", "urn:li:activity:", "urn:li:ugcPost:"] {
        if let Some(i) = decoded.find(key) {
            let digits: String = decoded[i + key.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if !digits.is_empty() {
                return Some(digits);
            }
        }
    }
    None
}

fn read_table(
    archive: &Archive,
    names: &[&str],
    anchor: &str,
    warnings: &mut Vec<String>,
) -> Option<(String, Table)> {
    let file = find(archive, names)?;
    let text = match archive.read_text(&file) {
        Ok(t) => t,
        Err(e) => {
            warnings.push(format!("{file}: not readable, skipped ({e})"));
            return None;
        }
    };
    match Table::parse(&text, anchor) {
        Some(t) => Some((file, t)),
        None => {
            warnings.push(format!("{file}: no '{anchor}' column found, skipped"));
            None
        }
    }
}

fn load(archive: &Archive, progress: ProgressFn<'_>) -> Result<Dataset> {
    let mut data = Dataset {
        platforms: vec![Platform::Linkedin],
        ..Dataset::default()
    };
    let step = |stage: &str, done: u64| {
        progress(Progress {
            stage,
            done,
            total: 4,
        })
    };
    step("reading Profile.csv", 0);
    let mut profile = Profile::default();
    let mut have_profile = false;
    if let Some((_, t)) = read_table(archive, &["Profile.csv"], "First Name", &mut data.warnings)
        && let Some(row) = t.rows.first()
    {
        have_profile = true;
        let name = [
            t.get(row, t.col(&["First Name"])),
            t.get(row, t.col(&["Last Name"])),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        profile.name = (!name.is_empty()).then_some(name);
        profile.bio = t.get(row, t.col(&["Summary"])).map(String::from);
        profile.location = t
            .get(row, t.col(&["Geo Location", "Location"]))
            .map(String::from);
        profile.website = t
            .get(row, t.col(&["Websites"]))
            .map(|w| w.trim_matches(['[', ']']).to_string());
        if let Some(h) = t.get(row, t.col(&["Headline"])) {
            profile.categories.push(h.to_string());
        }
        if let Some(i) = t.get(row, t.col(&["Industry"])) {
            profile.categories.push(i.to_string());
        }
        if let Some(tw) = t.get(row, t.col(&["Twitter Handles"])) {
            profile
                .fields
                .push(("Twitter".into(), tw.trim_matches(['[', ']']).to_string()));
        }
    }
    if let Some((_, t)) = read_table(
        archive,
        &["Positions.csv"],
        "Company Name",
        &mut data.warnings,
    ) {
        have_profile = true;
        for row in &t.rows {
            let get = |names: &[&str]| t.get(row, t.col(names)).map(String::from);
            let entry = WorkEntry {
                employer: get(&["Company Name"]),
                title: get(&["Title"]),
                location: get(&["Location"]),
                description: get(&["Description"]),
                start: get(&["Started On"]),
                end: get(&["Finished On"]),
            };
            if entry.employer.is_some() || entry.title.is_some() {
                profile.work.push(entry);
            }
        }
    }
    if let Some((_, t)) = read_table(
        archive,
        &["Education.csv"],
        "School Name",
        &mut data.warnings,
    ) {
        for row in &t.rows {
            if let Some(school) = t.get(row, t.col(&["School Name"])) {
                let degree = t.get(row, t.col(&["Degree Name"]));
                profile.education.push(match degree {
                    Some(d) => format!("{school} ({d})"),
                    None => school.to_string(),
                });
            }
        }
    }
    step("reading Shares.csv", 1);
    let mut skipped: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut have_shares = false;
    if let Some((file, t)) = read_table(archive, &["Shares.csv"], "Date", &mut data.warnings) {
        have_shares = true;
        for row in &t.rows {
            match parse_share(&t, row) {
                Ok(p) => data.posts.push(p),
                Err(why) => *skipped.entry(why).or_default() += 1,
            }
        }
        for (why, n) in std::mem::take(&mut skipped) {
            data.warnings
                .push(format!("skipped {n} posts in {file}: {why}"));
        }
    }
    // Comments.csv: the owner's comments under other people's posts, each a reply.
    if let Some((file, t)) = read_table(archive, &["Comments.csv"], "Date", &mut data.warnings) {
        have_shares = true;
        for row in &t.rows {
            match parse_comment(&t, row) {
                Ok(p) => data.posts.push(p),
                Err(why) => *skipped.entry(why).or_default() += 1,
            }
        }
        for (why, n) in std::mem::take(&mut skipped) {
            data.warnings
                .push(format!("skipped {n} comments in {file}: {why}"));
        }
    }
    step("reading messages", 2);
    let owner = profile.name.clone();
    data.conversations = read_messages(archive, owner.as_deref(), &mut data.warnings);
    if !have_profile && !have_shares && data.conversations.is_empty() {
        return Err(Error::BadFile {
            path: archive.path().to_path_buf(),
            entry: "Profile.csv".into(),
            message: "no readable Profile.csv, Positions.csv, Shares.csv or messages.csv".into(),
        });
    }
    data.profile = Some(profile);
    Ok(data)
}

fn parse_share(t: &Table, row: &[String]) -> std::result::Result<Post, &'static str> {
    let get = |names: &[&str]| t.get(row, t.col(names));
    let date = get(&["Date"]).ok_or("missing Date")?;
    let created_at = parse_time(date).ok_or("unreadable Date")?;
    let link = get(&["ShareLink", "Share Link"]);
    let mut text = get(&["ShareCommentary", "Share Commentary"])
        .map(fix_share_quotes)
        .unwrap_or_default();
    for extra in [
        get(&["Share Title"]),
        get(&["Share Description"]),
        get(&["SharedUrl", "Shared URL"]),
    ]
    .into_iter()
    .flatten()
    {
        if !text.contains(extra) {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(extra);
        }
    }
    let media_url = get(&["MediaUrl", "Media URL"]);
    if text.is_empty() && media_url.is_none() && link.is_none() {
        return Err("empty row");
    }
    let native = link.and_then(share_id);
    let id = match &native {
        Some(n) => PostId::native(Platform::Linkedin, n),
        None => PostId::synthetic(
            Platform::Linkedin,
            &[&created_at.timestamp().to_string(), &text],
        ),
    };
    let mut post = Post::new(id, Platform::Linkedin, native, created_at, text);
    post.url = link.map(String::from);
    if let Some(u) = media_url {
        let kind = if u.contains("video") {
            MediaKind::Video
        } else {
            MediaKind::Photo
        };
        let mut m = Media::new(u, kind);
        m.present = false;
        post.media.push(m);
    }
    Ok(post)
}

/// One row of Comments.csv (`Date,Link,Message`): a reply to the post at `Link`.
fn parse_comment(t: &Table, row: &[String]) -> std::result::Result<Post, &'static str> {
    let get = |names: &[&str]| t.get(row, t.col(names));
    let date = get(&["Date"]).ok_or("missing Date")?;
    let created_at = parse_time(date).ok_or("unreadable Date")?;
    let text = get(&["Message", "Comment"])
        .map(fix_share_quotes)
        .unwrap_or_default();
    if text.trim().is_empty() {
        return Err("empty comment");
    }
    let link = get(&["Link"]);
    let id = PostId::synthetic(
        Platform::Linkedin,
        &["comment", &created_at.timestamp().to_string(), &text],
    );
    let mut post = Post::new(id, Platform::Linkedin, None, created_at, text);
    post.kind = PostKind::Reply;
    post.reply_to = link.map(|l| share_id(l).unwrap_or_else(|| l.to_string()));
    post.url = link.map(String::from);
    Ok(post)
}

fn read_messages(
    archive: &Archive,
    owner: Option<&str>,
    warnings: &mut Vec<String>,
) -> Vec<Conversation> {
    let Some((file, t)) = read_table(archive, &["messages.csv", "Messages.csv"], "Date", warnings)
    else {
        return Vec::new();
    };
    let c_conv = t.col(&["CONVERSATION ID"]);
    let c_from = t.col(&["FROM", "From"]);
    let c_to = t.col(&["TO", "To"]);
    let c_date = t.col(&["DATE"]);
    let c_subject = t.col(&["SUBJECT"]);
    let c_content = t.col(&["CONTENT"]);
    let c_dir = t.col(&["Direction"]);
    let mut convs: BTreeMap<String, (Vec<String>, Vec<Message>)> = BTreeMap::new();
    let mut skipped = 0usize;
    for row in &t.rows {
        let Some(at) = t.get(row, c_date).and_then(parse_time) else {
            skipped += 1;
            continue;
        };
        let from = t.get(row, c_from).unwrap_or_default().to_string();
        let to = t.get(row, c_to).unwrap_or_default().to_string();
        let outgoing = t
            .get(row, c_dir)
            .is_some_and(|d| d.eq_ignore_ascii_case("OUTGOING"));
        let from_owner = outgoing || owner.is_some_and(|o| o == from);
        let key = match t.get(row, c_conv) {
            Some(c) => c.to_string(),
            None => {
                let mut pair = [from.clone(), to.clone()];
                pair.sort();
                pair.join(" / ")
            }
        };
        let mut text = t.get(row, c_subject).unwrap_or_default().to_string();
        if let Some(c) = t.get(row, c_content) {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&super::text::html_to_text(c));
        }
        let entry = convs.entry(key).or_default();
        for p in [&from, &to] {
            for name in p.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                if owner != Some(name)
                    && !(from_owner && name == from)
                    && !entry.0.iter().any(|x| x == name)
                {
                    entry.0.push(name.to_string());
                }
            }
        }
        entry.1.push(Message {
            native_id: None,
            sender: from,
            from_owner,
            sent_at: at,
            text,
            attachments: Vec::new(),
        });
    }
    if skipped > 0 {
        warnings.push(format!(
            "skipped {skipped} messages in {file}: missing or unreadable DATE"
        ));
    }
    convs
        .into_iter()
        .map(|(id, (participants, mut messages))| {
            messages.sort_by_key(|m| m.sent_at);
            Conversation {
                platform: Platform::Linkedin,
                id,
                participants,
                messages,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse_time(s).map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
    }

    #[test]
    fn every_date_format() {
        assert_eq!(
            iso("2025-07-01 14:33:22").as_deref(),
            Some("2025-07-01T14:33:22Z")
        );
        assert_eq!(
            iso("2017/06/08 08:15:44 UTC").as_deref(),
            Some("2017-06-08T08:15:44Z")
        );
        assert_eq!(
            iso("10/16/18, 8:36 AM").as_deref(),
            Some("2018-10-16T08:36:00Z")
        );
        assert_eq!(
            iso("10/16/18, 8:36 PM").as_deref(),
            Some("2018-10-16T20:36:00Z")
        );
        assert_eq!(iso("16 Oct 2018").as_deref(), Some("2018-10-16T00:00:00Z"));
        assert_eq!(iso("Feb 17, 1998").as_deref(), Some("1998-02-17T00:00:00Z"));
        assert_eq!(
            iso("2023-06-15 12:34:56 UTC").as_deref(),
            Some("2023-06-15T12:34:56Z")
        );
        assert_eq!(iso("Jun 2018"), None);
    }

    #[test]
    fn share_quotes_and_ids() {
        let raw = "I'm off.\"\n\"\"\n\"WHAT? A retreat.\"\n\"Bye.";
        assert_eq!(fix_share_quotes(raw), "I'm off.\n\nWHAT? A retreat.\nBye.");
        assert_eq!(
            fix_share_quotes("said \"hi\"\nthen left"),
            "said \"hi\"\nthen left"
        );
        assert_eq!(
            share_id("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338")
                .as_deref(),
            Some("7345821826846990338")
        );
        assert_eq!(
            share_id("https://www.linkedin.com/feed/update/urn:li:activity:6277000000000000000/")
                .as_deref(),
            Some("6277000000000000000")
        );
    }
}
