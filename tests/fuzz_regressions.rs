//! Every input under `tests/data/fuzz-regressions/<target>/` goes through the same code as
//! the fuzz target of that name (`fuzz/fuzz_targets/<target>.rs`); none may panic.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

/// The files each adapter target may write its input to, chosen by the first byte (the
/// `NAMES` lists of the fuzz targets, in the same order), and the fixed files beside it.
/// (names the first byte picks from, fixed (name, content) files)
type Layout = (
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);

fn layout(target: &str) -> Option<Layout> {
    Some(match target {
        "x" => (
            &[
                "data/tweets.js",
                "data/note-tweet.js",
                "data/direct-messages.js",
                "data/manifest.js",
                "data/account.js",
                "data/profile.js",
                "data/account-timezone.js",
                "data/tweets-part1.js",
            ],
            &[
                (
                    "data/account.js",
                    r#"window.YTD.account.part0 = [{"account":{"username":"fz","accountId":"1"}}]"#,
                ),
                (
                    "data/tweets.js",
                    r#"window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","created_at":"Thu Nov 07 18:26:50 +0000 2024","full_text":"ok"}}]"#,
                ),
            ],
        ),
        "facebook" => (
            &[
                "your_facebook_activity/posts/your_posts_1.json",
                "your_facebook_activity/posts/check-ins.json",
                "your_facebook_activity/posts/album/0.json",
                "your_facebook_activity/posts/your_uncategorized_photos.json",
                "personal_information/profile_information/profile_information.json",
                "your_facebook_activity/messages/inbox/a_1/message_1.json",
                "your_facebook_activity/events/your_event_responses.json",
            ],
            &[(
                "personal_information/profile_information/profile_information.json",
                r#"{"profile_v2":{"name":{"full_name":"F Z"}}}"#,
            )],
        ),
        "instagram" => (
            &[
                "your_instagram_activity/media/posts_1.json",
                "your_instagram_activity/media/stories.json",
                "personal_information/personal_information/personal_information.json",
                "your_instagram_activity/messages/inbox/a_1/message_1.json",
                "personal_information/information_about_you/account_based_in.json",
                "your_instagram_activity/media/reels.json",
            ],
            &[(
                "personal_information/personal_information/personal_information.json",
                r#"{"profile_user":[{"string_map_data":{"Name":{"value":"F Z"}}}]}"#,
            )],
        ),
        "mastodon" => (
            &["outbox.json", "actor.json", "likes.json"],
            &[
                ("outbox.json", r#"{"orderedItems":[]}"#),
                ("actor.json", r#"{"preferredUsername":"fz"}"#),
            ],
        ),
        "linkedin" => (
            &[
                "Shares.csv",
                "Positions.csv",
                "Profile.csv",
                "messages.csv",
                "Education.csv",
            ],
            &[("Profile.csv", "First Name,Last Name\nF,Z\n")],
        ),
        "telegram" => (&["result.json"], &[]),
        _ => return None,
    })
}

fn scan(path: &Path) {
    let quiet = |_: mosaic::ingest::Progress<'_>| {};
    if let Ok(data) = mosaic::ingest::load_paths(&[path.to_path_buf()], &quiet) {
        let opts = mosaic::analyze::Options::default();
        let analysis = mosaic::analyze::analyze(&data, &opts, &quiet);
        let _ = mosaic::report::build(path.display().to_string(), &data, &analysis, &opts);
    }
}

fn run(target: &str, input: &[u8]) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("archive");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    };
    if let Some((names, fixed)) = layout(target) {
        let Some((&first, rest)) = input.split_first() else {
            return;
        };
        let name = names[usize::from(first) % names.len()];
        for (n, b) in fixed.iter().filter(|(n, _)| *n != name) {
            write(n, b.as_bytes());
        }
        write(name, rest);
        scan(&dir);
        return;
    }
    match target {
        "archive_zip" => {
            std::fs::create_dir_all(&dir).unwrap();
            let zip = dir.join("input.zip");
            std::fs::write(&zip, input).unwrap();
            let limits = mosaic::archive::Limits {
                max_entry_bytes: 1 << 20,
                max_ratio: 50,
                ratio_floor_bytes: 64 << 10,
                max_entries: 10_000,
            };
            if let Ok(mut a) = mosaic::archive::Archive::open_with(&zip, limits) {
                for n in a.names().to_vec() {
                    let _ = a.read(&n);
                    let _ = a.read_prefix(&n, 64);
                }
                a.descend_wrapper();
            }
            scan(&zip);
        }
        "exif" => {
            let _ = mosaic::ingest::exif::read_photo_meta(input);
            write("DCIM/IMG_0001.jpg", input);
            scan(&dir);
        }
        "watchlist" => {
            if let Err(e) = mosaic::watchlist::Watchlist::parse(&String::from_utf8_lossy(input)) {
                assert!(!e.contains('\n'), "{e:?}");
            }
        }
        "text" => {
            use mosaic::ingest::{csv, linkedin, text, timefmt};
            let s = text::decode_bytes(input);
            let _ = (
                text::fix_mojibake(&s),
                text::decode_entities(&s),
                text::html_to_text(&s),
            );
            let _ = (
                csv::parse(&s, ','),
                csv::parse(&s, '\t'),
                csv::Table::parse(&s, "Date"),
            );
            let _ = (
                timefmt::parse_utc(&s),
                timefmt::parse_exif_local(&s),
                linkedin::parse_time(&s),
            );
            let _ = linkedin::fix_share_quotes(&s);
        }
        other => panic!("tests/data/fuzz-regressions/{other}: no fuzz target of that name"),
    }
}

#[test]
fn every_saved_crash_input_runs_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-regressions");
    let mut count = 0;
    let mut targets: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    targets.sort();
    for dir in targets {
        let target = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            println!("{target}: {}", f.display());
            run(&target, &std::fs::read(&f).unwrap());
            count += 1;
        }
    }
    assert!(
        count > 0,
        "no regression inputs found under {}",
        root.display()
    );
}
