//! LinkedIn export: the bytes become one of its CSV files.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

const NAMES: &[&str] = &[
    "Shares.csv",
    "Positions.csv",
    "Profile.csv",
    "messages.csv",
    "Education.csv",
];

fuzz_target!(|data: &[u8]| {
    let Some((name, bytes)) = common::pick(data, NAMES) else {
        return;
    };
    let mut files: Vec<(&str, &[u8])> = Vec::new();
    files.push(("Profile.csv", b"First Name,Last Name\nF,Z\n"));
    files.retain(|(n, _)| *n != name);
    files.push((name, bytes));
    common::run_archive("linkedin", &files);
});
