//! The EXIF path: the bytes as an image held in memory, and as a photo in a camera-roll folder.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let _ = mosaic::ingest::exif::read_photo_meta(data);
    common::run_archive("exif", &[("DCIM/IMG_0001.jpg", data)]);
});
