//! Instagram export: the bytes become one of its JSON files.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

const NAMES: &[&str] = &[
    "your_instagram_activity/media/posts_1.json",
    "your_instagram_activity/media/stories.json",
    "personal_information/personal_information/personal_information.json",
    "your_instagram_activity/messages/inbox/a_1/message_1.json",
    "personal_information/information_about_you/account_based_in.json",
    "your_instagram_activity/media/reels.json",
];

fuzz_target!(|data: &[u8]| {
    let Some((name, bytes)) = common::pick(data, NAMES) else {
        return;
    };
    let mut files: Vec<(&str, &[u8])> = Vec::new();
    files.push((
        "personal_information/personal_information/personal_information.json",
        b"{\"profile_user\":[{\"string_map_data\":{\"Name\":{\"value\":\"F Z\"}}}]}",
    ));
    files.retain(|(n, _)| *n != name);
    files.push((name, bytes));
    common::run_archive("instagram", &files);
});
