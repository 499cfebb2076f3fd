//! Never the network, never the archive: no networking crate anywhere in the dependency
//! tree; the archive is only ever read (its bytes and times unchanged by scan, export and
//! review, and nothing written beside it); every file mosaic writes is owner-only.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

const BIN: &str = env!("CARGO_BIN_EXE_mosaic");

/// Crates that speak HTTP, TLS or raw sockets, or an async runtime that would bring them.
const NETWORKING: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "hyper-tls",
    "hyper-rustls",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "http-client",
    "attohttpc",
    "minreq",
    "openssl",
    "openssl-sys",
    "rustls",
    "rustls-pki-types",
    "native-tls",
    "schannel",
    "security-framework",
    "h2",
    "h3",
    "quinn",
    "socket2",
    "tokio",
    "tokio-util",
    "async-std",
    "smol",
    "async-net",
    "trust-dns-resolver",
    "hickory-resolver",
    "tungstenite",
    "tokio-tungstenite",
    "websocket",
    "webpki-roots",
    "ring",
    "aws-lc-rs",
    "libssh2-sys",
    "ssh2",
    "git2",
    "oauth2",
    "tiny_http",
    "axum",
    "actix-web",
];

#[test]
fn no_networking_crate_in_the_lock_file() {
    let lock =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock")).unwrap();
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"'))
        .collect();
    assert!(names.len() > 20, "the lock file was read");
    let found: Vec<&&str> = names.iter().filter(|n| NETWORKING.contains(n)).collect();
    assert!(
        found.is_empty(),
        "networking crates in Cargo.lock: {found:?}"
    );
}

/// Every file under a path with its bytes and modification time.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(p) = stack.pop() {
        let meta = std::fs::symlink_metadata(&p).unwrap();
        if meta.is_dir() {
            out.insert(p.clone(), (Vec::new(), meta.modified().unwrap()));
            for e in std::fs::read_dir(&p).unwrap() {
                stack.push(e.unwrap().path());
            }
        } else {
            out.insert(
                p.clone(),
                (std::fs::read(&p).unwrap(), meta.modified().unwrap()),
            );
        }
    }
    out
}

fn write_x(dir: &Path) {
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(
        dir.join("data/account.js"),
        r#"window.YTD.account.part0 = [{"account":{"username":"ro_user","accountId":"5"}}]"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("data/tweets.js"),
        r#"window.YTD.tweets.part0 = [{"tweet":{"id_str":"11","created_at":"Mon Mar 01 09:00:00 +0000 2021","full_text":"read only please"}},{"tweet":{"id_str":"12","created_at":"Mon Mar 01 10:00:00 +0000 2021","full_text":"second"}}]"#,
    )
    .unwrap();
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
fn set_mode(p: &Path, m: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

#[cfg(unix)]
#[test]
fn the_archive_is_never_written_and_outputs_are_owner_only() {
    let tmp = tempfile::tempdir().unwrap();
    // A folder archive and the same files zipped, both made read-only.
    let folder = tmp.path().join("archive");
    write_x(&folder);
    let zip_path = tmp.path().join("archive.zip");
    {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        for name in ["data/account.js", "data/tweets.js"] {
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(&std::fs::read(folder.join(name)).unwrap())
                .unwrap();
        }
        zip.finish().unwrap();
    }
    for p in [
        folder.join("data/account.js"),
        folder.join("data/tweets.js"),
        zip_path.clone(),
    ] {
        set_mode(&p, 0o444);
    }
    set_mode(&folder.join("data"), 0o555);
    set_mode(&folder, 0o555);
    let before = snapshot(tmp.path());
    // Outputs go elsewhere; the umask is as loose as it gets in practice.
    let data_dir = tmp.path().join("state/mosaic");
    let out_dir = tempfile::tempdir().unwrap();
    let run = |args: &[&std::ffi::OsStr]| {
        let out = Command::new("sh")
            .arg("-c")
            .arg("umask 000; exec \"$0\" \"$@\"")
            .arg(BIN)
            .args(args)
            .env("MOSAIC_DATA_DIR", &data_dir)
            .env("TZ", "UTC")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        out
    };
    for archive in [&folder, &zip_path] {
        let a = archive.as_os_str();
        run(&["scan".as_ref(), a]);
        let report = out_dir.path().join(format!(
            "report-{}.json",
            archive.file_name().unwrap().to_string_lossy()
        ));
        run(&[
            "scan".as_ref(),
            a,
            "--format".as_ref(),
            "json".as_ref(),
            "--output".as_ref(),
            report.as_os_str(),
        ]);
        assert_eq!(mode(&report), 0o600, "scan --output");
        // Review: mark a post through the library, as the review screen does.
        let data =
            mosaic::ingest::load_paths(&[archive.to_path_buf()], &mosaic::ingest::no_progress)
                .unwrap();
        let key = mosaic::cli::review_key(&data, &[archive.to_path_buf()]);
        let mut store = mosaic::review::ReviewStore::open_in(&data_dir, &key).unwrap();
        let post = mosaic::review::post_key(&data.posts[0]);
        store
            .set(&[(post, mosaic::review::Decision::Delete)], "test")
            .unwrap();
        // While the store is open its journal files exist: owner-only too.
        for f in std::fs::read_dir(&data_dir).unwrap() {
            let p = f.unwrap().path();
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
        drop(store);
        let checklist = out_dir.path().join(format!(
            "checklist-{}.md",
            archive.file_name().unwrap().to_string_lossy()
        ));
        run(&[
            "export".as_ref(),
            a,
            "--output".as_ref(),
            checklist.as_os_str(),
        ]);
        assert_eq!(mode(&checklist), 0o600, "export --output");
        assert!(
            std::fs::read_to_string(&checklist)
                .unwrap()
                .contains("read only please")
        );
        let stdout = run(&["export".as_ref(), a, "--format".as_ref(), "csv".as_ref()]);
        assert_eq!(String::from_utf8_lossy(&stdout.stdout).lines().count(), 2);
    }
    assert_eq!(mode(&data_dir), 0o700, "data directory");
    assert_eq!(
        mode(&data_dir.join(mosaic::review::DB_FILE)),
        0o600,
        "review database"
    );
    // Nothing in or beside the archive changed: same files, bytes and times (the state
    // directory is new, and the only new thing).
    let mut after = snapshot(tmp.path());
    after.retain(|p, _| !p.starts_with(tmp.path().join("state")));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (p, (bytes, time)) in &before {
        let (b2, t2) = &after[p];
        assert!(bytes == b2, "{} changed", p.display());
        if p != tmp.path() {
            assert_eq!(time, t2, "{} was touched", p.display());
        }
    }
    // Put permissions back so the temporary folder can be removed.
    set_mode(&folder, 0o755);
    set_mode(&folder.join("data"), 0o755);
}
