//! Who is asking: on labelled personas in four platforms' real formats (X, Facebook, Instagram,
//! Telegram), the probing contact becomes a `contact` finding and family, friends, shops and
//! recruiters do not. The personas live in `eval/` (made up, written independently of the
//! detectors); their labels say who is suspicious.

#![allow(clippy::unwrap_used)]

use mosaic::analyze::{self, Category, Options};
use mosaic::ingest;
use std::path::Path;

fn check(dir: &str, key: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let labels: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join(format!("{key}.labels.json"))).unwrap(),
    )
    .unwrap();
    let data =
        ingest::load_paths(&[root.join(format!("{key}.zip"))], &ingest::no_progress).unwrap();
    let options = Options {
        timezone: labels["timezone"].as_str().unwrap().parse().unwrap(),
        ..Options::default()
    };
    let analysis = analyze::analyze(&data, &options, &ingest::no_progress);
    let flagged: Vec<&str> = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Contact)
        .filter_map(|f| f.value.as_deref())
        .collect();
    for c in labels["contacts"].as_array().unwrap() {
        let names: Vec<&str> = ["handle", "name", "id"]
            .iter()
            .filter_map(|k| c[k].as_str())
            .collect();
        let is_flagged = names.iter().any(|n| flagged.contains(n));
        let suspicious = c["suspicious"].as_bool().unwrap();
        assert_eq!(
            is_flagged, suspicious,
            "{key}: contact {names:?} (suspicious: {suspicious}); flagged {flagged:?}"
        );
    }
    // Every suspicious contact's finding cites its signals, each quoting the words it found.
    for c in analysis.contacts.iter().filter(|c| c.suspicious) {
        assert!(
            !c.signals.is_empty() && c.signals.iter().all(|s| s.reason.contains('\'')),
            "{key}: {:?}",
            c.signals
        );
    }
}

#[test]
fn x_archives() {
    check("eval/personas", "p1-x-reactor");
    check("eval/personas", "p3-x-satellite-zh");
    check("eval/personas", "p5-x-atc");
}

/// Taiwanese replies that turn down a fee and papers in one message, and Singlish probes put
/// as requests with a red packet offered.
#[test]
fn taiwanese_owner_replies_and_singlish_probes() {
    check("eval/blind11", "b11-mastodon-protection");
    check("eval/blind11", "b11-x-k9");
}

/// Blind 10: a flotilla technician on Telegram (a photo asked again with a 红包 after a no,
/// gate and duty questions pressed after a no, a head-hunter wanting project papers over
/// WhatsApp) and an aircraft engineer on Instagram approached in written Cantonese.
#[test]
fn telegram_and_instagram_in_chinese_and_cantonese() {
    check("eval/blind10", "b10-telegram-submarine");
    check("eval/blind10", "b10-instagram-flyingservice");
}

#[test]
fn facebook_archives() {
    check("eval/personas", "p2-facebook-radar");
    check("eval/personas", "p4-facebook-lab");
}

#[test]
fn instagram_archive() {
    check("eval/holdout", "h1-instagram-dockyard");
    // Informal asks: "what time yall do count", "a pic of the shift roster", "2k for u".
    check("eval/blind5", "n1-instagram-corrections");
    // Quiet hours and radio frequencies asked about, with a Venmo payment offered.
    check("eval/blind7", "b7-instagram-tower");
}

/// Mastodon exports hold only the person's side of a direct conversation: the approach is
/// read from the replies that refuse it or report it to security.
#[test]
fn mastodon_owner_side_only() {
    check("eval/blind7", "b7-mastodon-listening");
    // In Scots: "I'm no giving ye the call-oot logs", "naw, I'm no moving this tae Telegram".
    check("eval/blind9", "b9-mastodon-firefighter");
}

/// Blind 13: an EW operator's Mastodon replies are all there is of each conversation. A fee,
/// photos and money turned down ("稿費我不需要", "照片不能給", "不用給我錢", "你要轉給我的錢我不收"),
/// a head count on duty refused ("幾個人值班也不能說"), an app and a "consulting fee" turned
/// down in English ("I will not move to Telegram", "Please stop") name all five approaches;
/// family, a senior swapping shifts and shops stay quiet.
#[test]
fn mastodon_refusals_of_fees_photos_and_apps() {
    check("eval/blind13", "b13-mastodon-ew");
}

/// A reporter asking in Malay for a court case's lab report and pictures of evidence bags,
/// turned down with "Maaf, tak boleh".
#[test]
fn facebook_in_malay() {
    check("eval/blind9", "b9-facebook-dna");
}

/// A "new colleague" asking for the duty roster over Telegram; a researcher and a reporter who
/// offer a fee for internal papers or an answer already refused.
#[test]
fn facebook_and_x_papers_and_fees() {
    check("eval/blind7", "b7-facebook-sonar");
    check("eval/blind7", "b7-x-dispatch");
}

#[test]
fn telegram_archive() {
    check("eval/holdout", "h2-telegram-grid");
}

/// LinkedIn: `messages.csv` (2025 comma-separated generation) with a slow approach over months,
/// a recruiter who takes no for an answer, and a friend.
#[test]
fn linkedin_messages() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("linkedin.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    let files = [
        (
            "Profile.csv",
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
             Ines,Moreau,,,,Radar engineer,,Defense,,\"Toulouse, France\",,,\n",
        ),
        (
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\nAzur Radar Systems,Radar engineer,,Toulouse,Jun 2018,\n",
        ),
        (
            "messages.csv",
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n\
             c1,,Paul Grant,https://x/paul,Ines Moreau,https://x/ines,2024-01-05 10:00:00,,\"Your profile is impressive, experts like you are hard to find.\",INBOX\n\
             c1,,Ines Moreau,https://x/ines,Paul Grant,https://x/paul,2024-01-06 10:00:00,,Thanks!,INBOX\n\
             c1,,Paul Grant,https://x/paul,Ines Moreau,https://x/ines,2024-03-10 10:00:00,,Which radar programme are you working on right now? Just curious.,INBOX\n\
             c1,,Ines Moreau,https://x/ines,Paul Grant,https://x/paul,2024-03-11 10:00:00,,I can't talk about that.,INBOX\n\
             c1,,Paul Grant,https://x/paul,Ines Moreau,https://x/ines,2024-06-02 10:00:00,,\"My client pays well for a short report, and any internal documents would help. Shall we move to Signal?\",INBOX\n\
             c2,,Rita Lowe,https://x/rita,Ines Moreau,https://x/ines,2024-02-01 09:00:00,,Hi Ines! We have an exciting position with great compensation. Interested?,INBOX\n\
             c2,,Ines Moreau,https://x/ines,Rita Lowe,https://x/rita,2024-02-02 09:00:00,,\"Not interested, thanks\",INBOX\n\
             c2,,Rita Lowe,https://x/rita,Ines Moreau,https://x/ines,2024-02-02 12:00:00,,\"No problem, all the best!\",INBOX\n\
             c3,,Sam Ortiz,https://x/sam,Ines Moreau,https://x/ines,2024-04-01 19:00:00,,How was work? Climbing on Thursday?,INBOX\n",
        ),
    ];
    for (name, body) in files {
        zip.start_file(name, opts).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    let data = ingest::load_paths(&[path], &ingest::no_progress).unwrap();
    assert_eq!(data.conversations.len(), 3, "{:?}", data.warnings);
    let analysis = analyze::analyze(&data, &Options::default(), &ingest::no_progress);
    let flagged: Vec<&str> = analysis
        .findings
        .iter()
        .filter(|f| f.category == Category::Contact)
        .filter_map(|f| f.value.as_deref())
        .collect();
    assert_eq!(flagged, ["Paul Grant"], "{:?}", analysis.contacts);
}
