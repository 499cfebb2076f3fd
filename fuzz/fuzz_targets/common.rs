//! Shared by the fuzz targets: put the fuzzer's bytes in a minimal archive folder and run
//! the whole pipeline (detect, load, analyse) on it. Any panic is a finding.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A folder of its own for this process, emptied before each input.
pub fn scratch(target: &str) -> PathBuf {
    let base = Path::new("/dev/shm");
    let base = if base.is_dir() {
        base.to_path_buf()
    } else {
        std::env::temp_dir()
    };
    base.join(format!("mosaic-fuzz-{target}-{}", std::process::id()))
}

/// Write `files` (path, bytes) into a fresh archive folder and scan it like `mosaic scan`.
pub fn run_archive(target: &str, files: &[(&str, &[u8])]) {
    let dir = scratch(target);
    let _ = std::fs::remove_dir_all(&dir);
    for (name, bytes) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::write(&path, bytes);
    }
    scan(&dir);
}

/// Load and analyse an archive path, ignoring errors (only panics matter).
pub fn scan(path: &Path) {
    let quiet = |_: mosaic::ingest::Progress<'_>| {};
    if let Ok(data) = mosaic::ingest::load_paths(&[path.to_path_buf()], &quiet) {
        let opts = mosaic::analyze::Options::default();
        let analysis = mosaic::analyze::analyze(&data, &opts, &quiet);
        let _ = mosaic::report::build(path.display().to_string(), &data, &analysis, &opts);
    }
}

/// The first byte picks which of `names` gets the rest.
pub fn pick<'a>(data: &'a [u8], names: &[&'static str]) -> Option<(&'static str, &'a [u8])> {
    let (&first, rest) = data.split_first()?;
    Some((names[usize::from(first) % names.len()], rest))
}
