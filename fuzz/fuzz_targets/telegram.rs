//! Telegram Desktop export: the bytes become result.json (marker added when missing).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

const NAMES: &[&str] = &["result.json"];

fuzz_target!(|data: &[u8]| {
    let Some((name, bytes)) = common::pick(data, NAMES) else {
        return;
    };
    let mut files: Vec<(&str, &[u8])> = Vec::new();

    files.retain(|(n, _)| *n != name);
    files.push((name, bytes));
    common::run_archive("telegram", &files);
});
