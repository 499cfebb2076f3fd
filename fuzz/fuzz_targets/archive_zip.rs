//! The bytes as a `.zip` file: open it, read every entry within small limits, then scan it.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let dir = common::scratch("archive_zip");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("input.zip");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let limits = mosaic::archive::Limits {
        max_entry_bytes: 1 << 20,
        max_ratio: 50,
        ratio_floor_bytes: 64 << 10,
        max_entries: 10_000,
    };
    if let Ok(mut archive) = mosaic::archive::Archive::open_with(&path, limits) {
        let names: Vec<String> = archive.names().to_vec();
        for name in &names {
            let _ = archive.read(name);
            let _ = archive.read_prefix(name, 64);
        }
        archive.descend_wrapper();
    }
    common::scan(&path);
});
