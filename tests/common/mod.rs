//! Helpers shared by the integration tests: build archives in a temp dir, load them.
#![allow(dead_code)]

use mosaic::model::{Dataset, Post};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const DSCN0010: &[u8] = include_bytes!("../data/exif/DSCN0010.jpg");
pub const DSCN0012: &[u8] = include_bytes!("../data/exif/DSCN0012.jpg");

/// Write a zip with the given entries and return its path.
pub fn zip(dir: &Path, name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).unwrap();
    let mut z = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (n, data) in files {
        z.start_file(*n, opts).unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap();
    path
}

/// Write the entries as a folder and return its path.
pub fn folder(dir: &Path, name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let root = dir.join(name);
    for (n, data) in files {
        let p = root.join(n);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }
    root
}

/// Load archives the way `mosaic scan` does.
pub fn load(paths: &[PathBuf]) -> Dataset {
    mosaic::ingest::load_paths(paths, &mosaic::ingest::no_progress).unwrap()
}

pub fn load_err(paths: &[PathBuf]) -> String {
    mosaic::ingest::load_paths(paths, &mosaic::ingest::no_progress)
        .unwrap_err()
        .to_string()
}

/// RFC 3339 with Z.
pub fn iso(p: &Post) -> String {
    p.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The post whose text contains `needle`.
pub fn find<'a>(data: &'a Dataset, needle: &str) -> &'a Post {
    data.posts
        .iter()
        .find(|p| p.text.contains(needle))
        .unwrap_or_else(|| panic!("no post containing {needle:?}"))
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Meta's escaping: every UTF-8 byte of non-ASCII text becomes a `\u00XX` JSON escape.
pub fn meta_escape(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    for c in json.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("\\u00{b:02x}"));
            }
        }
    }
    out
}

pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-exports")
        .join(name)
}
