//! LinkedIn exports: both CSV generations, positions as work history, shares as posts.
#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod common;
use common::*;
use mosaic::model::Platform;

fn utf16le(s: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for u in s.encode_utf16() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

#[test]
fn generation_2018_utf16_tab_separated_all_quoted() {
    let shares = "\"Date\"\t\"Share Title\"\t\"Share Description\"\t\"Share Link\"\t\"Share Commentary\"\t\"Shared URL\"\t\"Media URL\"\t\"Type\"\t\"Visibility\"\r\n\
\"2017/06/08 08:15:44 UTC\"\t\"\"\t\"\"\t\"https://www.linkedin.com/feed/update/urn:li:activity:6277000000000000000/\"\t\"Five years at Ridgeline!\r\nSCADA team, \"\"control room\"\" day shifts 💡\"\t\"\"\t\"https://media.licdn.com/x.jpg\"\t\"\"\t\"PUBLIC\"\r\n\
\"2017/07/01 17:00:00 UTC\"\t\"Grid report\"\t\"\"\t\"\"\t\"\"\t\"https://ridgeline.example/report\"\t\"\"\t\"\"\t\"CONNECTIONS\"\r\n\
\"not a date\"\t\"\"\t\"\"\t\"\"\t\"lost\"\t\"\"\t\"\"\t\"\"\t\"\"\r\n";
    let profile = "\"First Name\"\t\"Last Name\"\t\"Maiden Name\"\t\"Address\"\t\"Birth Date\"\t\"Contact Instructions\"\t\"Headline\"\t\"Summary\"\t\"Industry\"\t\"Country\"\t\"Zip Code\"\t\"Geo Location\"\r\n\
\"Daniel\"\t\"Okafor\"\t\"\"\t\"\"\t\"Feb 17, 1998\"\t\"\"\t\"SCADA Technician at Ridgeline\"\t\"Grid ops.\"\t\"Utilities\"\t\"US\"\t\"\"\t\"Boise, Idaho\"\r\n";
    let positions = "\"Company Name\"\t\"Title\"\t\"Description\"\t\"Location\"\t\"Started On\"\t\"Finished On\"\r\n\
\"Ridgeline Power Cooperative \"\t\"SCADA Technician\"\t\"RTUs\r\n• audits\"\t\"Boise\"\t\"Jun 2016\"\t\"\"\r\n";
    let messages = "\"From\"\t\"To\"\t\"Date\"\t\"Subject\"\t\"Content\"\t\"Direction\"\t\"Folder\"\r\n\
\"Maria Lopez\"\t\"Daniel Okafor\"\t\"10/16/18, 8:36 AM\"\t\"\"\t\"Kuna on Tuesday?\"\t\"INCOMING\"\t\"INBOX\"\r\n\
\"Daniel Okafor\"\t\"Maria Lopez\"\t\"10/16/18, 9:05 PM\"\t\"\"\t\"Yes, 7am.\"\t\"OUTGOING\"\t\"INBOX\"\r\n";
    let dir = tempfile::tempdir().unwrap();
    let (s, p, q, m) = (
        utf16le(shares),
        utf16le(profile),
        utf16le(positions),
        utf16le(messages),
    );
    let z = zip(
        dir.path(),
        "Basic_LinkedInDataExport_11-04-2018.zip",
        &[
            ("Shares.csv", &s),
            ("Profile.csv", &p),
            ("Positions.csv", &q),
            ("Messages.csv", &m),
        ],
    );
    let data = load(&[z]);
    assert_eq!(
        data.descriptions,
        ["LinkedIn export, 2018 generation (UTF-16, tab-separated), 4 CSV files"]
    );
    assert_eq!(data.platforms, [Platform::Linkedin]);
    assert_eq!(data.posts.len(), 2);
    assert!(
        data.warnings
            .iter()
            .any(|w| w == "skipped 1 posts in Shares.csv: unreadable Date"),
        "{:?}",
        data.warnings
    );
    let a = &data.posts[0];
    assert_eq!(iso(a), "2017-06-08T08:15:44Z");
    assert_eq!(
        a.text,
        "Five years at Ridgeline!\nSCADA team, \"control room\" day shifts 💡"
    );
    assert_eq!(a.id.as_str(), "linkedin:6277000000000000000");
    assert_eq!(
        a.url.as_deref(),
        Some("https://www.linkedin.com/feed/update/urn:li:activity:6277000000000000000/")
    );
    assert_eq!(a.media.len(), 1);
    assert!(!a.media[0].present);
    let b = &data.posts[1];
    assert_eq!(b.text, "Grid report\nhttps://ridgeline.example/report");
    assert!(b.id.as_str().starts_with("linkedin:"));

    let prof = data.profile.as_ref().unwrap();
    assert_eq!(prof.name.as_deref(), Some("Daniel Okafor"));
    assert_eq!(prof.location.as_deref(), Some("Boise, Idaho"));
    assert_eq!(
        prof.categories,
        ["SCADA Technician at Ridgeline", "Utilities"]
    );
    assert_eq!(prof.work.len(), 1);
    let w = &prof.work[0];
    assert_eq!(w.employer.as_deref(), Some("Ridgeline Power Cooperative"));
    assert_eq!(w.title.as_deref(), Some("SCADA Technician"));
    assert_eq!(w.description.as_deref(), Some("RTUs\n• audits"));
    assert_eq!(w.start.as_deref(), Some("Jun 2016"));
    assert_eq!(w.end, None);

    assert_eq!(data.conversations.len(), 1);
    let c = &data.conversations[0];
    assert_eq!(c.participants, ["Maria Lopez"]);
    assert_eq!(
        c.messages[0].sent_at.format("%Y-%m-%dT%H:%M").to_string(),
        "2018-10-16T08:36"
    );
    assert!(!c.messages[0].from_owner);
    assert_eq!(
        c.messages[1].sent_at.format("%Y-%m-%dT%H:%M").to_string(),
        "2018-10-16T21:05"
    );
    assert!(c.messages[1].from_owner);
}

#[test]
fn generation_utf8_comma_stray_quotes_and_backslash_escapes() {
    // As LinkedIn writes it: multi-line commentary double-escaped (a stray quote at the ends of
    // every inner line once parsed), and the newer backslash-escaped quotes.
    let shares = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
2025-07-01 14:33:22,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338,\"I'm off for a 10-day retreat.\"\"\n\"\"\"\"\n\"\"𝗪𝗛𝗘𝗥𝗘? Near the Kuna substation, as every Tuesday.\"\"\n\"\"Back on the 13th.\",\"\",\"\",MEMBER_NETWORK\n\
2025-07-02 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7345000000000000001,\"We call it a \\\"control room\\\" for a reason\",,,PUBLIC\n";
    let positions = "Company Name,Title,Description,Location,Started On,Finished On\n\
Ridgeline Power Cooperative ,Senior SCADA Engineer,\"Control room\n• RTU upgrades\",\"Boise, Idaho\",Jun 2019,\n\
Snake River Water District,Intern,,,2015,2015\n";
    let profile = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
Daniel,Okafor,,,Jun 20,Senior SCADA Engineer at Ridgeline Power Cooperative,\"Keeping the grid up.\nDay shifts.\",Utilities,,\"Boise, Idaho, United States\",[dokafor_grid],[COMPANY:https://ridgeline.example/],\n";
    let dir = tempfile::tempdir().unwrap();
    let z = folder(
        dir.path(),
        "Complete_LinkedInDataExport",
        &[
            ("Shares.csv", shares.as_bytes()),
            ("Positions.csv", positions.as_bytes()),
            ("Profile.csv", profile.as_bytes()),
        ],
    );
    let data = load(&[z]);
    assert_eq!(
        data.descriptions,
        ["LinkedIn export, UTF-8 CSV generation, 3 CSV files"]
    );
    assert_eq!(data.posts.len(), 2);
    let a = &data.posts[0];
    assert_eq!(
        a.text,
        "I'm off for a 10-day retreat.\n\n𝗪𝗛𝗘𝗥𝗘? Near the Kuna substation, as every Tuesday.\nBack on the 13th."
    );
    assert_eq!(iso(a), "2025-07-01T14:33:22Z");
    assert_eq!(a.native_id.as_deref(), Some("7345821826846990338"));
    let b = &data.posts[1];
    assert_eq!(b.text, "We call it a \"control room\" for a reason");
    assert_eq!(b.id.as_str(), "linkedin:7345000000000000001");

    let p = data.profile.as_ref().unwrap();
    assert_eq!(p.bio.as_deref(), Some("Keeping the grid up.\nDay shifts."));
    assert_eq!(p.location.as_deref(), Some("Boise, Idaho, United States"));
    assert_eq!(
        p.website.as_deref(),
        Some("COMPANY:https://ridgeline.example/")
    );
    assert_eq!(p.work.len(), 2);
    assert_eq!(
        p.work[0].employer.as_deref(),
        Some("Ridgeline Power Cooperative")
    );
    assert_eq!(p.work[0].title.as_deref(), Some("Senior SCADA Engineer"));
    assert_eq!(p.work[0].location.as_deref(), Some("Boise, Idaho"));
    assert_eq!(p.work[1].start.as_deref(), Some("2015"));
}

#[test]
fn comments_are_replies_in_the_timeline() {
    // Comments.csv (`Date,Link,Message`): the owner's comments under other people's posts, with
    // the newer backslash-escaped quotes; an empty message is skipped and said.
    let comments = "Date,Link,Message\n\
2023-06-18 13:02:39,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7075986131128217937,\"As a key custodian I can confirm the \\\"envelope exam\\\" is real.\"\n\
2023-02-19 14:43:16,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7032826898717242664,\"We'd love to have you at SCA, the team is friendly.\"\n\
2022-01-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7000000000000000000,\n";
    let profile = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
Ola,Nowak,,,,Engineer,,,,,,,\n";
    let dir = tempfile::tempdir().unwrap();
    let z = folder(
        dir.path(),
        "Complete_LinkedInDataExport",
        &[
            ("Comments.csv", comments.as_bytes()),
            ("Profile.csv", profile.as_bytes()),
        ],
    );
    let data = load(&[z]);
    assert_eq!(data.posts.len(), 2, "{:?}", data.warnings);
    let a = &data.posts[0];
    assert_eq!(iso(a), "2023-02-19T14:43:16Z");
    assert_eq!(
        a.text,
        "We'd love to have you at SCA, the team is friendly."
    );
    assert_eq!(a.kind, mosaic::model::PostKind::Reply);
    assert_eq!(a.reply_to.as_deref(), Some("7032826898717242664"));
    assert_eq!(
        data.posts[1].text,
        "As a key custodian I can confirm the \"envelope exam\" is real."
    );
    assert!(
        data.warnings
            .iter()
            .any(|w| w == "skipped 1 comments in Comments.csv: empty comment"),
        "{:?}",
        data.warnings
    );
}

#[test]
fn sample_export_reads_completely() {
    let data = load(&[sample("linkedin-daniel.zip")]);
    assert_eq!(data.posts.len(), 11);
    let p = data.profile.as_ref().unwrap();
    assert_eq!(p.work.len(), 3);
    assert_eq!(p.work[0].title.as_deref(), Some("Senior SCADA Engineer"));
    let audit = find(&data, "NERC CIP audit");
    assert_eq!(
        audit.text,
        "Our control room just passed its NERC CIP audit.\n\nHuge thanks to the whole operations team.\n\n#grid #scada"
    );
    assert_eq!(data.conversations.len(), 1);
    assert_eq!(data.conversations[0].messages.len(), 2);
    assert!(data.conversations[0].messages[1].from_owner);
}
