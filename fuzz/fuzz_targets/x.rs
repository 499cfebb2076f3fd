//! X archive: the fuzzer's bytes become one of its data files, beside a fixed account.js.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

const NAMES: &[&str] = &[
    "data/tweets.js",
    "data/note-tweet.js",
    "data/direct-messages.js",
    "data/manifest.js",
    "data/account.js",
    "data/profile.js",
    "data/account-timezone.js",
    "data/tweets-part1.js",
];

fuzz_target!(|data: &[u8]| {
    let Some((name, bytes)) = common::pick(data, NAMES) else {
        return;
    };
    let mut files: Vec<(&str, &[u8])> = Vec::new();
    files.push((
        "data/account.js",
        b"window.YTD.account.part0 = [{\"account\":{\"username\":\"fz\",\"accountId\":\"1\"}}]",
    ));
    files.push(("data/tweets.js", b"window.YTD.tweets.part0 = [{\"tweet\":{\"id_str\":\"1\",\"created_at\":\"Thu Nov 07 18:26:50 +0000 2024\",\"full_text\":\"ok\"}}]"));
    files.retain(|(n, _)| *n != name);
    files.push((name, bytes));
    common::run_archive("x", &files);
});
