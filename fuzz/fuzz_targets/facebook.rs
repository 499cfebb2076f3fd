//! Facebook export: the bytes become one of its JSON files.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

const NAMES: &[&str] = &[
    "your_facebook_activity/posts/your_posts_1.json",
    "your_facebook_activity/posts/check-ins.json",
    "your_facebook_activity/posts/album/0.json",
    "your_facebook_activity/posts/your_uncategorized_photos.json",
    "personal_information/profile_information/profile_information.json",
    "your_facebook_activity/messages/inbox/a_1/message_1.json",
    "your_facebook_activity/events/your_event_responses.json",
];

fuzz_target!(|data: &[u8]| {
    let Some((name, bytes)) = common::pick(data, NAMES) else {
        return;
    };
    let mut files: Vec<(&str, &[u8])> = Vec::new();
    files.push((
        "personal_information/profile_information/profile_information.json",
        b"{\"profile_v2\":{\"name\":{\"full_name\":\"F Z\"}}}",
    ));
    files.retain(|(n, _)| *n != name);
    files.push((name, bytes));
    common::run_archive("facebook", &files);
});
