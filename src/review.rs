//! Review state: the user's delete / keep decisions, saved on every change in SQLite.
//!
//! Owns the review database in the data directory (`MOSAIC_DATA_DIR` overrides the
//! platform's data directory), created owner-only. Decisions are keyed by an *archive key*
//! (the account: platform + handle, else profile name) and a *post key* (the stable
//! [`PostId`](crate::model::PostId), plus a content hash where ids are synthetic), so a newer
//! export of the same account finds the decisions on the posts it still has.
//!
//! Every change is one transaction that updates the current decision, appends to the
//! decisions log (timestamp and actor) and records the change for undo/redo. The database
//! runs in WAL mode with a busy timeout, so two mosaic processes on the same archive are
//! safe. This module does no rendering and knows nothing of the UI.

use crate::error::{Error, Result};
use crate::model::{Dataset, Post};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the user decided about one post.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Not decided yet.
    #[default]
    Undecided,
    /// Marked for deletion.
    Delete,
    /// Reviewed and kept.
    Keep,
}

impl Decision {
    /// The name stored in the database and shown in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Undecided => "undecided",
            Decision::Delete => "delete",
            Decision::Keep => "keep",
        }
    }

    /// Parse a stored name; unknown names read as undecided.
    pub fn parse(s: &str) -> Decision {
        match s {
            "delete" => Decision::Delete,
            "keep" => Decision::Keep,
            _ => Decision::Undecided,
        }
    }
}

/// The file name of the review database inside the data directory.
pub const DB_FILE: &str = "review.sqlite3";

/// The data directory: `MOSAIC_DATA_DIR` if set and not empty, else the platform's data
/// directory for mosaic.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("MOSAIC_DATA_DIR").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "mosaic")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| Error::Storage {
            context: "finding the data directory".into(),
            message: "no home directory; set MOSAIC_DATA_DIR".into(),
        })
}

/// Create a directory (and its parents) readable by its owner only (0700 on Unix).
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| storage(dir, e))
}

fn storage(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Storage {
        context: path.display().to_string(),
        message: e.to_string(),
    }
}

fn db_err(e: rusqlite::Error) -> Error {
    Error::Storage {
        context: "review database".into(),
        message: e.to_string(),
    }
}

/// The key of an archive: the account it belongs to, so a newer export of the same account
/// maps to the same key. `<platforms>:<handle>` (lower case), else `<platforms>:name:<name>`,
/// else `<platforms>:anon:<hash of the archive file names>`.
pub fn archive_key(data: &Dataset, archive_names: &[String]) -> String {
    let platforms = data.platform_label();
    let profile = data.profile.as_ref();
    if let Some(h) = profile
        .and_then(|p| p.handle.as_deref())
        .map(str::trim)
        .filter(|h| !h.is_empty())
    {
        return format!("{platforms}:{}", h.trim_start_matches('@').to_lowercase());
    }
    if let Some(n) = profile
        .and_then(|p| p.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        return format!("{platforms}:name:{}", n.to_lowercase());
    }
    let names: Vec<&str> = archive_names.iter().map(String::as_str).collect();
    format!("{platforms}:anon:{:016x}", fnv1a(&names))
}

/// The key of a post: its [`PostId`](crate::model::PostId), plus a hash of its time and text
/// when the platform gives no native id (synthetic ids are derived, so the hash guards against
/// two different posts colliding on a short synthetic id).
pub fn post_key(post: &Post) -> String {
    if post.native_id.is_some() {
        post.id.0.clone()
    } else {
        let when = post.created_at.timestamp().to_string();
        format!("{}#{:016x}", post.id.0, fnv1a(&[&when, &post.text]))
    }
}

/// One entry of the append-only decisions log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    pub post: String,
    pub decision: Decision,
    /// RFC 3339 UTC time of the change.
    pub at: String,
    /// Who made it, e.g. `tui (alice)`.
    pub actor: String,
    /// `set`, `undo` or `redo`.
    pub op: String,
}

/// The review database, opened for one archive.
pub struct ReviewStore {
    conn: Connection,
    archive: String,
    path: PathBuf,
}

impl std::fmt::Debug for ReviewStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReviewStore")
            .field("archive", &self.archive)
            .field("path", &self.path)
            .finish()
    }
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS decisions (
    archive TEXT NOT NULL,
    post TEXT NOT NULL,
    decision TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (archive, post)
);
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    archive TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_archive ON changes (archive, state, id);
CREATE TABLE IF NOT EXISTS change_items (
    change_id INTEGER NOT NULL REFERENCES changes (id),
    post TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS change_items_change ON change_items (change_id);
CREATE TABLE IF NOT EXISTS decisions_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    archive TEXT NOT NULL,
    post TEXT NOT NULL,
    decision TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    op TEXT NOT NULL,
    change_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_log_post ON decisions_log (archive, post, id);
CREATE TABLE IF NOT EXISTS reviewers (
    archive TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS finding_reviews (
    archive TEXT NOT NULL,
    finding TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL,
    evidence TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (archive, finding)
);
CREATE TABLE IF NOT EXISTS finding_reviews_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    archive TEXT NOT NULL,
    finding TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL,
    evidence TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    archive TEXT NOT NULL,
    target TEXT NOT NULL,
    note TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_target ON notes (archive, target, id);
CREATE TABLE IF NOT EXISTS guided (
    archive TEXT PRIMARY KEY,
    finding TEXT NOT NULL,
    at TEXT NOT NULL
);
";

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl ReviewStore {
    /// Open (creating if needed) the database in the data directory for an archive key.
    pub fn open_default(archive: &str) -> Result<ReviewStore> {
        Self::open_in(&data_dir()?, archive)
    }

    /// Open (creating if needed) the database in `dir` for an archive key. The directory is
    /// created 0700 and the file 0600.
    pub fn open_in(dir: &Path, archive: &str) -> Result<ReviewStore> {
        create_private_dir(dir)?;
        let path = dir.join(DB_FILE);
        // Create the file owner-only before SQLite does; SQLite gives its -wal and -shm
        // files the database file's permissions.
        let mut opts = std::fs::OpenOptions::new();
        opts.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        opts.open(&path).map_err(|e| storage(&path, e))?;
        let conn = Connection::open(&path).map_err(|e| storage(&path, e))?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(db_err)?;
        // Two processes opening a new database at once: switching it to WAL takes an
        // exclusive lock, and SQLite answers "busy" at once rather than waiting when the
        // other holds it. Try again for a while, as the busy timeout would.
        let setup = |conn: &Connection| -> rusqlite::Result<()> {
            let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                conn.pragma_update(None, "journal_mode", "WAL")?;
            }
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.execute_batch(SCHEMA)
        };
        let mut tries = 0;
        loop {
            match setup(&conn) {
                Ok(()) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if matches!(
                        e.code,
                        rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                    ) && tries < 200 =>
                {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(25));
                }
                Err(e) => return Err(db_err(e)),
            }
        }
        Ok(ReviewStore {
            conn,
            archive: archive.to_string(),
            path,
        })
    }

    /// Open the database in the data directory for reading only; `None` if there is none yet.
    pub fn open_read_only_default(archive: &str) -> Result<Option<ReviewStore>> {
        Self::open_read_only_in(&data_dir()?, archive)
    }

    /// Open the database in `dir` for reading only (exports), or `None` if there is none yet.
    /// Nothing is created and nothing written, so a read-only data directory (a locked-down
    /// machine, a copy on read-only media) still exports every saved decision, including those
    /// still in the write-ahead log after a crash.
    pub fn open_read_only_in(dir: &Path, archive: &str) -> Result<Option<ReviewStore>> {
        use rusqlite::OpenFlags;
        let path = dir.join(DB_FILE);
        if !path.exists() {
            return Ok(None);
        }
        let readable = |conn: &Connection| {
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let normal = Connection::open_with_flags(&path, flags).and_then(|c| {
            c.busy_timeout(Duration::from_secs(10))?;
            readable(&c).map(|_| c)
        });
        let conn = match normal {
            Ok(c) => c,
            Err(e) => {
                // A WAL database needs its shared-memory file, which a read-only directory
                // cannot hold. With no log pending, the database file alone is the whole
                // state: read it as immutable. With a log pending, reading without it would
                // silently lose decisions: say so.
                let wal = dir.join(format!("{DB_FILE}-wal"));
                if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
                    return Err(storage(
                        &path,
                        format!(
                            "{e}; recent decisions are still in {} and the directory is read-only: open mosaic once where it can write",
                            wal.display()
                        ),
                    ));
                }
                let uri = format!(
                    "file:{}?immutable=1",
                    path.display()
                        .to_string()
                        .replace('%', "%25")
                        .replace('?', "%3f")
                        .replace('#', "%23")
                );
                let c = Connection::open_with_flags(&uri, flags | OpenFlags::SQLITE_OPEN_URI)
                    .map_err(|e| storage(&path, e))?;
                readable(&c).map_err(|e| storage(&path, e))?;
                c
            }
        };
        // A database from before a table existed: nothing saved there yet.
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'decisions'",
                [],
                |r| r.get(0),
            )
            .map_err(db_err)?;
        if tables == 0 {
            return Ok(None);
        }
        Ok(Some(ReviewStore {
            conn,
            archive: archive.to_string(),
            path,
        }))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The archive key this store reads and writes.
    pub fn archive(&self) -> &str {
        &self.archive
    }

    /// Every saved decision of this archive other than undecided, as (post key, decision).
    pub fn decisions(&self) -> Result<Vec<(String, Decision)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT post, decision FROM decisions WHERE archive = ?1 AND decision != 'undecided'",
            )
            .map_err(db_err)?;
        let rows = stmt
            .query_map(params![self.archive], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(db_err)?;
        let mut out = Vec::new();
        for row in rows {
            let (post, d) = row.map_err(db_err)?;
            out.push((post, Decision::parse(&d)));
        }
        Ok(out)
    }

    /// The current decision on one post.
    pub fn decision(&self, post: &str) -> Result<Decision> {
        current(&self.conn, &self.archive, post)
    }

    /// Save one change: set each post to its decision, in one transaction. Returns the
    /// change's id, or `None` when nothing actually changed. Clears the redo stack.
    pub fn set(&mut self, items: &[(String, Decision)], actor: &str) -> Result<Option<i64>> {
        let archive = self.archive.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db_err)?;
        let at = now();
        let mut effective = Vec::new();
        for (post, after) in items {
            let before = current(&tx, &archive, post)?;
            if before != *after {
                effective.push((post, before, *after));
            }
        }
        if effective.is_empty() {
            return Ok(None);
        }
        tx.execute(
            "UPDATE changes SET state = 'dropped' WHERE archive = ?1 AND state = 'undone'",
            params![archive],
        )
        .map_err(db_err)?;
        tx.execute(
            "INSERT INTO changes (archive, at, actor, state) VALUES (?1, ?2, ?3, 'done')",
            params![archive, at, actor],
        )
        .map_err(db_err)?;
        let change = tx.last_insert_rowid();
        for (post, before, after) in effective {
            tx.execute(
                "INSERT INTO change_items (change_id, post, before, after) VALUES (?1, ?2, ?3, ?4)",
                params![change, post, before.as_str(), after.as_str()],
            )
            .map_err(db_err)?;
            write(&tx, &archive, post, after, &at, actor, "set", change)?;
        }
        tx.commit().map_err(db_err)?;
        Ok(Some(change))
    }

    /// Undo the latest change still in effect. Returns the posts it touched with their
    /// restored decisions, or `None` when there is nothing to undo.
    pub fn undo(&mut self, actor: &str) -> Result<Option<Vec<(String, Decision)>>> {
        self.step(actor, true)
    }

    /// Redo the latest undone change. Returns the posts it touched with their decisions
    /// again, or `None` when there is nothing to redo.
    pub fn redo(&mut self, actor: &str) -> Result<Option<Vec<(String, Decision)>>> {
        self.step(actor, false)
    }

    fn step(&mut self, actor: &str, undo: bool) -> Result<Option<Vec<(String, Decision)>>> {
        let archive = self.archive.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db_err)?;
        let pick = if undo {
            "SELECT id FROM changes WHERE archive = ?1 AND state = 'done' ORDER BY id DESC LIMIT 1"
        } else {
            "SELECT id FROM changes WHERE archive = ?1 AND state = 'undone' ORDER BY id ASC LIMIT 1"
        };
        let Some(change) = tx
            .query_row(pick, params![archive], |r| r.get::<_, i64>(0))
            .optional()
            .map_err(db_err)?
        else {
            return Ok(None);
        };
        let items: Vec<(String, Decision)> = {
            let col = if undo { "before" } else { "after" };
            let mut stmt = tx
                .prepare(&format!(
                    "SELECT post, {col} FROM change_items WHERE change_id = ?1"
                ))
                .map_err(db_err)?;
            let rows = stmt
                .query_map(params![change], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })
                .map_err(db_err)?;
            let mut v = Vec::new();
            for row in rows {
                let (p, d) = row.map_err(db_err)?;
                v.push((p, Decision::parse(&d)));
            }
            v
        };
        let at = now();
        let op = if undo { "undo" } else { "redo" };
        for (post, d) in &items {
            write(&tx, &archive, post, *d, &at, actor, op, change)?;
        }
        tx.execute(
            "UPDATE changes SET state = ?2 WHERE id = ?1",
            params![change, if undo { "undone" } else { "done" }],
        )
        .map_err(db_err)?;
        tx.commit().map_err(db_err)?;
        Ok(Some(items))
    }

    /// Who decided what when on one post, oldest first.
    pub fn history(&self, post: &str) -> Result<Vec<LogEntry>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT post, decision, at, actor, op FROM decisions_log
                 WHERE archive = ?1 AND post = ?2 ORDER BY id",
            )
            .map_err(db_err)?;
        let rows = stmt
            .query_map(params![self.archive, post], |r| {
                Ok(LogEntry {
                    post: r.get(0)?,
                    decision: Decision::parse(&r.get::<_, String>(1)?),
                    at: r.get(2)?,
                    actor: r.get(3)?,
                    op: r.get(4)?,
                })
            })
            .map_err(db_err)?;
        rows.collect::<std::result::Result<Vec<_>, _>>()
            .map_err(db_err)
    }
}

/// How a finding was settled in the guided review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// All its evidence marked for deletion.
    Deleted,
    /// Some of its posts picked for deletion by hand.
    Picked,
    /// The risk accepted, with a written reason.
    Accepted,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Deleted => "deleted",
            Outcome::Picked => "picked",
            Outcome::Accepted => "accepted",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        match s {
            "deleted" => Some(Outcome::Deleted),
            "picked" => Some(Outcome::Picked),
            "accepted" => Some(Outcome::Accepted),
            _ => None,
        }
    }
}

/// The review of one finding, keyed by its stable fingerprint
/// ([`FindingId`](crate::model::FindingId)), with the hash of the evidence it was reviewed on
/// ([`evidence_hash`]), so a newer export can tell whether the evidence changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingReview {
    pub finding: String,
    pub outcome: Outcome,
    /// Why the risk was accepted (empty for the other outcomes).
    pub reason: String,
    pub evidence: String,
    /// RFC 3339 UTC.
    pub at: String,
    pub actor: String,
}

/// A note on a finding (`finding:<id>`) or a post (`post:<key>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub target: String,
    pub note: String,
    pub at: String,
    pub actor: String,
}

/// The note target of a finding.
pub fn finding_target(id: &str) -> String {
    format!("finding:{id}")
}

/// The note target of a post (by its post key).
pub fn post_target(key: &str) -> String {
    format!("post:{key}")
}

/// A finding's evidence, as a hash of its post keys (order does not matter). Stored with a
/// review so a newer export of the same account can tell whether the evidence changed.
pub fn evidence_hash<S: AsRef<str>>(keys: &[S]) -> String {
    let mut v: Vec<&str> = keys.iter().map(AsRef::as_ref).collect();
    v.sort_unstable();
    v.dedup();
    format!("{:016x}", fnv1a(&v))
}

/// The evidence hash of a finding, from the post keys of its evidence (`keys` has the same
/// index as the dataset's posts).
pub fn finding_evidence_hash(f: &crate::analyze::Finding, keys: &[String]) -> String {
    let ev: Vec<&str> = f
        .evidence
        .iter()
        .filter_map(|&p| keys.get(p).map(String::as_str))
        .collect();
    evidence_hash(&ev)
}

/// Whether a finding still needs review, given what was stored for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewState {
    /// Never reviewed.
    New,
    /// Reviewed, but its evidence is different now (new or removed posts).
    Changed,
    /// Reviewed on the same evidence.
    Reviewed,
}

/// The state of a finding with this evidence hash against the stored reviews.
pub fn review_state(
    reviews: &std::collections::HashMap<String, FindingReview>,
    finding: &str,
    evidence: &str,
) -> ReviewState {
    match reviews.get(finding) {
        None => ReviewState::New,
        Some(r) if r.evidence == evidence => ReviewState::Reviewed,
        Some(_) => ReviewState::Changed,
    }
}

impl ReviewStore {
    /// Who reviews this archive (name or role) and since when, if entered.
    pub fn reviewer(&self) -> Result<Option<(String, String)>> {
        self.conn
            .query_row(
                "SELECT name, at FROM reviewers WHERE archive = ?1",
                params![self.archive],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(db_err)
    }

    /// Record who reviews this archive.
    pub fn set_reviewer(&mut self, name: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO reviewers (archive, name, at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (archive) DO UPDATE SET name = ?2, at = ?3",
                params![self.archive, name, now()],
            )
            .map(|_| ())
            .map_err(db_err)
    }

    /// Every finding review of this archive, by finding id.
    pub fn finding_reviews(&self) -> Result<std::collections::HashMap<String, FindingReview>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT finding, outcome, reason, evidence, at, actor FROM finding_reviews
                 WHERE archive = ?1",
            )
            .map_err(db_err)?;
        let rows = stmt
            .query_map(params![self.archive], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .map_err(db_err)?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (finding, outcome, reason, evidence, at, actor) = row.map_err(db_err)?;
            if let Some(outcome) = Outcome::parse(&outcome) {
                out.insert(
                    finding.clone(),
                    FindingReview {
                        finding,
                        outcome,
                        reason,
                        evidence,
                        at,
                        actor,
                    },
                );
            }
        }
        Ok(out)
    }

    /// Record how a finding was settled (replacing an earlier review; the old one stays in
    /// the log). `at` and `actor` of the argument are ignored: now and `actor` are stored.
    /// Returns the stored review.
    pub fn set_finding_review(
        &mut self,
        finding: &str,
        outcome: Outcome,
        reason: &str,
        evidence: &str,
        actor: &str,
    ) -> Result<FindingReview> {
        let at = now();
        let archive = self.archive.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db_err)?;
        tx.execute(
            "INSERT INTO finding_reviews (archive, finding, outcome, reason, evidence, at, actor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (archive, finding) DO UPDATE SET outcome = ?3, reason = ?4,
                 evidence = ?5, at = ?6, actor = ?7",
            params![
                archive,
                finding,
                outcome.as_str(),
                reason,
                evidence,
                at,
                actor
            ],
        )
        .map_err(db_err)?;
        tx.execute(
            "INSERT INTO finding_reviews_log (archive, finding, outcome, reason, evidence, at, actor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![archive, finding, outcome.as_str(), reason, evidence, at, actor],
        )
        .map_err(db_err)?;
        tx.commit().map_err(db_err)?;
        Ok(FindingReview {
            finding: finding.to_string(),
            outcome,
            reason: reason.to_string(),
            evidence: evidence.to_string(),
            at,
            actor: actor.to_string(),
        })
    }

    /// Add a note to a finding or post ([`finding_target`], [`post_target`]). Notes are
    /// append-only: the latest is the current one, the earlier ones are its history.
    pub fn add_note(&mut self, target: &str, note: &str, actor: &str) -> Result<Note> {
        let at = now();
        self.conn
            .execute(
                "INSERT INTO notes (archive, target, note, at, actor) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![self.archive, target, note, at, actor],
            )
            .map_err(db_err)?;
        Ok(Note {
            target: target.to_string(),
            note: note.to_string(),
            at,
            actor: actor.to_string(),
        })
    }

    /// The current (latest) note of every target.
    pub fn notes(&self) -> Result<std::collections::HashMap<String, Note>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT target, note, at, actor FROM notes WHERE archive = ?1 ORDER BY id",
            )
            .map_err(db_err)?;
        let rows = stmt
            .query_map(params![self.archive], |r| {
                Ok(Note {
                    target: r.get(0)?,
                    note: r.get(1)?,
                    at: r.get(2)?,
                    actor: r.get(3)?,
                })
            })
            .map_err(db_err)?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let n = row.map_err(db_err)?;
            out.insert(n.target.clone(), n);
        }
        Ok(out)
    }

    /// Every note of one target, oldest first.
    pub fn note_history(&self, target: &str) -> Result<Vec<Note>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT target, note, at, actor FROM notes WHERE archive = ?1 AND target = ?2
                 ORDER BY id",
            )
            .map_err(db_err)?;
        let rows = stmt
            .query_map(params![self.archive, target], |r| {
                Ok(Note {
                    target: r.get(0)?,
                    note: r.get(1)?,
                    at: r.get(2)?,
                    actor: r.get(3)?,
                })
            })
            .map_err(db_err)?;
        rows.collect::<std::result::Result<Vec<_>, _>>()
            .map_err(db_err)
    }

    /// The finding the guided review was at when last left.
    pub fn guided_position(&self) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT finding FROM guided WHERE archive = ?1",
                params![self.archive],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_err)
    }

    /// Remember where the guided review is (a finding id; empty once finished).
    pub fn set_guided_position(&mut self, finding: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO guided (archive, finding, at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (archive) DO UPDATE SET finding = ?2, at = ?3",
                params![self.archive, finding, now()],
            )
            .map(|_| ())
            .map_err(db_err)
    }
}

fn current(conn: &Connection, archive: &str, post: &str) -> Result<Decision> {
    let d: Option<String> = conn
        .prepare_cached("SELECT decision FROM decisions WHERE archive = ?1 AND post = ?2")
        .map_err(db_err)?
        .query_row(params![archive, post], |r| r.get(0))
        .optional()
        .map_err(db_err)?;
    Ok(d.map_or(Decision::Undecided, |d| Decision::parse(&d)))
}

#[allow(clippy::too_many_arguments)]
fn write(
    conn: &Connection,
    archive: &str,
    post: &str,
    d: Decision,
    at: &str,
    actor: &str,
    op: &str,
    change: i64,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO decisions (archive, post, decision, at, actor) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (archive, post) DO UPDATE SET decision = ?3, at = ?4, actor = ?5",
    )
    .map_err(db_err)?
    .execute(params![archive, post, d.as_str(), at, actor])
    .map_err(db_err)?;
    conn.prepare_cached(
        "INSERT INTO decisions_log (archive, post, decision, at, actor, op, change_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .map_err(db_err)?
    .execute(params![archive, post, d.as_str(), at, actor, op, change])
    .map_err(db_err)?;
    Ok(())
}

/// Who is deciding: `<source> (<user>)`, the user from `USER` / `USERNAME`.
pub fn actor(source: &str) -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into());
    format!("{source} ({user})")
}

/// The saved decisions mapped onto a dataset's posts (same index as `posts`), with the post
/// keys used.
pub fn decisions_for(store: &ReviewStore, posts: &[Post]) -> Result<(Vec<String>, Vec<Decision>)> {
    let keys: Vec<String> = posts.iter().map(post_key).collect();
    let saved: std::collections::HashMap<String, Decision> =
        store.decisions()?.into_iter().collect();
    let decisions = keys
        .iter()
        .map(|k| saved.get(k).copied().unwrap_or_default())
        .collect();
    Ok((keys, decisions))
}

/// 64-bit FNV-1a over the parts with a separator byte; fixed forever, since keys built with
/// it are stored.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes().iter().chain(std::iter::once(&0xffu8)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests;
