//! Stage benchmarks on generated X archives: ingest, per-post detection, aggregation and the
//! plan, at 10k and 100k posts (and 1M with `MOSAIC_BENCH_1M=1`).
//!
//! Run with `cargo bench`. The archives are generated once into `target/bench-data/` by a
//! deterministic generator below (a made-up person with an office, a home, a routine and a
//! few work posts among everyday ones), so the detectors and clustering do real work.

use mosaic::analyze::{self, Options, aggregate, detectors::Engine, plan};
use mosaic::ingest;
use mosaic::model::Dataset;
use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[10_000, 100_000];

fn sizes() -> Vec<usize> {
    let mut s = SIZES.to_vec();
    if std::env::var_os("MOSAIC_BENCH_1M").is_some() {
        s.push(1_000_000);
    }
    s
}

const TEXTS: &[&str] = &[
    "coffee first, then the world",
    "rain again on the walk in",
    "Made homemade pasta tonight, too much flour everywhere",
    "The new season of my favourite show starts tonight",
    "Ultrasonic testing on hull welds all day, my eyes are square",
    "First week at Harbor Point Naval Shipyard, this place is enormous",
    "HPNS family day was a blast, the kids loved the tugboats",
    "Gate 3 line was backed up to the ferry terminal again",
    "今天院里开保密工作会议，又签了一次承诺书",
    "周末带孩子去动物园，熊猫一直在睡觉",
    "Every Wednesday climbing night, forearms are done",
    "Secret family recipe for clam chowder coming soon",
    "Working from home on my novel today",
    "My unit converter app says 3 cups is 709 ml",
];

/// Write (once) an X archive with `n` tweets and return its path.
fn archive(n: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    let path = dir.join(format!("x-{n}.zip"));
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(&dir).expect("bench dir");
    let tmp = dir.join(format!(".x-{n}.zip.tmp"));
    let file = std::fs::File::create(&tmp).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("data/account.js", opts).expect("zip");
    zip.write_all(
        br#"window.YTD.account.part0 = [{"account":{"username":"bench","accountId":"1"}}]"#,
    )
    .expect("write");
    zip.start_file("data/tweets.js", opts).expect("zip");
    zip.write_all(b"window.YTD.tweets.part0 = [\n")
        .expect("write");
    let start = 1_400_000_000i64;
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut rnd = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..n {
        let t = start + (i as i64) * 3_000 + (rnd() % 1_000) as i64;
        let created = chrono::DateTime::from_timestamp(t, 0)
            .expect("time")
            .format("%a %b %d %H:%M:%S +0000 %Y");
        let text = TEXTS[(rnd() % TEXTS.len() as u64) as usize];
        let geo = match rnd() % 10 {
            0..=1 => Some((47.5596 + (rnd() % 100) as f64 * 1e-5, -122.6429)),
            2 => Some((47.5871, -122.6609)),
            3 => Some((47.5622, -122.6247)),
            _ => None,
        };
        let geo = geo
            .map(|(lat, lon)| {
                format!(
                    r#","geo":{{"type":"Point","coordinates":["{lat}","{lon}"]}},"coordinates":{{"type":"Point","coordinates":["{lon}","{lat}"]}}"#
                )
            })
            .unwrap_or_default();
        let id = 1_000_000_000_000_000_000u64 + i as u64;
        let sep = if i + 1 == n { "" } else { "," };
        writeln!(
            zip,
            r#"{{"tweet":{{"retweeted":false,"entities":{{"hashtags":[],"user_mentions":[],"urls":[]}},"favorite_count":"1","id_str":"{id}","id":"{id}","created_at":"{created}","full_text":"{text}","lang":"en"{geo}}}}}{sep}"#
        )
        .expect("write");
    }
    zip.write_all(b"]\n").expect("write");
    zip.finish().expect("finish");
    std::fs::rename(&tmp, &path).expect("rename");
    path
}

fn options() -> Options {
    Options {
        timezone: chrono_tz::America::Los_Angeles,
        ..Options::default()
    }
}

/// The loaded dataset per size, so later stages don't re-read the archive.
fn dataset(n: usize) -> &'static Dataset {
    static CACHE: OnceLock<std::sync::Mutex<Vec<(usize, &'static Dataset)>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut c = cache.lock().expect("cache");
    if let Some((_, d)) = c.iter().find(|(k, _)| *k == n) {
        return d;
    }
    let data = ingest::load_paths(&[archive(n)], &ingest::no_progress).expect("load");
    let leaked: &'static Dataset = Box::leak(Box::new(data));
    c.push((n, leaked));
    leaked
}

#[divan::bench(args = sizes(), sample_count = 5)]
fn ingest_x(bencher: divan::Bencher, n: usize) {
    let path = archive(n);
    bencher.bench(|| {
        ingest::load_paths(std::slice::from_ref(&path), &ingest::no_progress).expect("load")
    });
}

#[divan::bench(args = sizes(), sample_count = 5)]
fn detect(bencher: divan::Bencher, n: usize) {
    let data = dataset(n);
    let opts = options();
    bencher.bench(|| Engine::new(&opts).run(data, &ingest::no_progress));
}

#[divan::bench(args = sizes(), sample_count = 5)]
fn aggregate_findings(bencher: divan::Bencher, n: usize) {
    let data = dataset(n);
    let opts = options();
    let signals = Engine::new(&opts).run(data, &ingest::no_progress);
    bencher.bench(|| aggregate::run(data, &signals, &[], &opts, None, &[], None));
}

#[divan::bench(args = sizes(), sample_count = 5)]
fn deletion_plan(bencher: divan::Bencher, n: usize) {
    let data = dataset(n);
    let opts = options();
    let signals = Engine::new(&opts).run(data, &ingest::no_progress);
    let agg = aggregate::run(data, &signals, &[], &opts, None, &[], None);
    bencher.bench(|| plan::plan(data, &signals, &[], &agg, &opts, &[]));
}

#[divan::bench(args = sizes(), sample_count = 5)]
fn analyze_all(bencher: divan::Bencher, n: usize) {
    let data = dataset(n);
    let opts = options();
    bencher.bench(|| analyze::analyze(data, &opts, &ingest::no_progress));
}
