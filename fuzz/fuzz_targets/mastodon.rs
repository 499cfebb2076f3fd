//! Mastodon archive: the bytes become outbox.json or actor.json.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

const NAMES: &[&str] = &["outbox.json", "actor.json", "likes.json"];

fuzz_target!(|data: &[u8]| {
    let Some((name, bytes)) = common::pick(data, NAMES) else {
        return;
    };
    let mut files: Vec<(&str, &[u8])> = Vec::new();
    files.push(("outbox.json", b"{\"orderedItems\":[]}"));
    files.push(("actor.json", b"{\"preferredUsername\":\"fz\"}"));
    files.retain(|(n, _)| *n != name);
    files.push((name, bytes));
    common::run_archive("mastodon", &files);
});
