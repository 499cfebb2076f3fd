//! The records of a big JSON array (X's `tweets.js`, 100 MB and more), split while the file is
//! still being inflated and parsed on every core as they come.
//!
//! The split is a byte scan that tracks only strings and nesting, fed one chunk at a time: a
//! record inside one chunk is a slice of it (shared, not copied); a record across two chunks is
//! copied once. Records go to parsing workers in batches, in order, so the archive's inflater,
//! the scan and the parsing run side by side. The scan does not validate JSON; each record is
//! parsed (and judged) on its own. Anything that is not one well-bracketed array is reported,
//! and the caller reads the file the slow, exact way instead.
//!
//! Platforms pretty-print these files, one key per line, and a JSON string cannot hold a raw
//! newline. So a record whose opening brace ends its line closes at the first later line that
//! is the brace's own indentation followed by `}`: the scan jumps there (a `memmem` search)
//! instead of reading the record byte by byte. A jump to a wrong brace makes a record that does
//! not parse, or an array that does not bracket; [`parse_entry`] then splits the file again
//! without jumps, so a file laid out some other way is read exactly as before.

use crate::swar::{first_mark, nonzero_bytes, splat, word, zero_bytes};
use std::sync::Arc;

/// One record's bytes.
pub enum Record {
    /// `[start, end)` of a shared chunk.
    Slice(Arc<Chunk>, usize, usize),
    /// A record that crossed a chunk boundary, copied.
    Owned(Vec<u8>),
}

impl Record {
    pub fn bytes(&self) -> &[u8] {
        match self {
            Record::Slice(chunk, a, b) => &chunk[*a..*b],
            Record::Owned(v) => v,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the array: a BOM, `window.YTD.tweets.part0 =`.
    Prefix,
    /// Inside the array.
    Array,
    /// After its closing bracket.
    Done,
    /// Not one well-bracketed array.
    Broken,
}

/// The scan's state between chunks.
pub struct Splitter {
    state: State,
    depth: usize,
    in_string: bool,
    escaped: bool,
    /// Where the current record starts in the current chunk.
    start: Option<usize>,
    /// The bytes so far of a record that started in an earlier chunk.
    spill: Option<Vec<u8>>,
    /// Whether records may be jumped over (see the module's documentation).
    jumps: bool,
    /// Whether any record was.
    jumped: bool,
    /// The search for the closing line of the last indentation seen: newline, indentation,
    /// `}`.
    close: Option<memchr::memmem::Finder<'static>>,
}

impl Default for Splitter {
    fn default() -> Self {
        Self::new()
    }
}

impl Splitter {
    pub fn new() -> Self {
        Splitter {
            state: State::Prefix,
            depth: 0,
            in_string: false,
            escaped: false,
            start: None,
            spill: None,
            jumps: false,
            jumped: false,
            close: None,
        }
    }

    /// A splitter that jumps over pretty-printed records (see the module's documentation).
    pub fn jumping() -> Self {
        Splitter {
            jumps: true,
            ..Self::new()
        }
    }

    /// Whether any record was jumped over rather than scanned.
    pub fn jumped(&self) -> bool {
        self.jumped
    }

    /// Whether the array was read to its closing bracket and nothing went wrong.
    pub fn complete(&self) -> bool {
        self.state == State::Done
    }

    /// Whether the text so far is not one well-bracketed array.
    pub fn broken(&self) -> bool {
        self.state == State::Broken
    }

    /// Scan the next chunk, handing every record completed in it to `emit`: its byte range in
    /// the chunk, or its bytes when it started in an earlier chunk.
    pub fn feed(&mut self, b: &[u8], mut emit: impl FnMut(Piece)) {
        let mut i = 0;
        if self.state == State::Prefix {
            // Up to the array's opening bracket; an object or anything odd first is not ours.
            while i < b.len() && self.state == State::Prefix {
                match b[i] {
                    b'[' => self.state = State::Array,
                    b'{' | b']' | b'}' | b'"' => self.state = State::Broken,
                    _ => {}
                }
                i += 1;
            }
        }
        if self.state != State::Array {
            if self.state == State::Done && b[i..].iter().any(|c| !junk_after(*c)) {
                self.state = State::Broken;
            }
            return;
        }
        if self.spill.is_some() {
            self.start = Some(i);
        }
        while i < b.len() {
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                    i += 1;
                    continue;
                }
                // String interiors are skipped to the next quote or backslash.
                let Some(p) = quote_or_backslash(&b[i..]) else {
                    break;
                };
                let p = i + p;
                if b[p] == b'\\' {
                    self.escaped = true;
                } else {
                    self.in_string = false;
                }
                i = p + 1;
                continue;
            }
            let c = b[i];
            match c {
                b'"' => {
                    self.in_string = true;
                    self.begin(i);
                }
                b'{' | b'[' => {
                    self.begin(i);
                    self.depth += 1;
                    if c == b'{'
                        && self.depth == 1
                        && self.jumps
                        && let Some(close) = self.closing_brace(b, i)
                    {
                        // The record's own closing brace, read next.
                        i = close;
                        continue;
                    }
                }
                b'}' | b']' if self.depth > 0 => self.depth -= 1,
                b']' => {
                    self.finish(b, i, &mut emit);
                    self.state = State::Done;
                    if b[i + 1..].iter().any(|c| !junk_after(*c)) {
                        self.state = State::Broken;
                    }
                    return;
                }
                b',' if self.depth == 0 => {
                    if self.start.is_none() && self.spill.is_none() {
                        // "[,": an empty record.
                        self.state = State::Broken;
                        return;
                    }
                    self.finish(b, i, &mut emit);
                }
                b'}' => {
                    self.state = State::Broken;
                    return;
                }
                b' ' | b'\n' | b'\r' | b'\t' => {
                    // Indentation comes in runs.
                    i += leading_spaces(&b[i + 1..]);
                }
                _ => self.begin(i),
            }
            i += 1;
        }
        // The chunk ends inside a record: keep its bytes so far.
        if let Some(s) = self.start.take() {
            self.spill
                .get_or_insert_with(Vec::new)
                .extend_from_slice(&b[s..]);
        }
    }

    /// Where the record opened by the brace at `open` closes, if its layout tells: the opening
    /// brace ends its line, and the first later line that is the brace line's indentation and
    /// `}` is in this chunk. A miss far from the chunk's end means the file is laid out some
    /// other way: no more jumps are tried, so no search runs to the chunk's end twice.
    fn closing_brace(&mut self, b: &[u8], open: usize) -> Option<usize> {
        if !matches!(b.get(open + 1), Some(b'\n' | b'\r')) {
            return None;
        }
        let line = memchr::memrchr(b'\n', &b[..open])? + 1;
        let indent = &b[line..line + leading_blanks(&b[line..open])];
        let stale = |f: &memchr::memmem::Finder<'_>| {
            let n = f.needle();
            n[1..n.len() - 1] != *indent
        };
        if self.close.as_ref().is_none_or(stale) {
            let needle = [b"\n", indent, b"}"].concat();
            self.close = Some(memchr::memmem::Finder::new(&needle).into_owned());
        }
        let finder = self.close.as_ref()?;
        match finder.find(&b[open + 1..]) {
            Some(p) => {
                self.jumped = true;
                // The brace ends the needle.
                Some(open + 1 + p + finder.needle().len() - 1)
            }
            None => {
                if b.len() - open > 1 << 20 {
                    self.jumps = false;
                }
                None
            }
        }
    }

    fn begin(&mut self, i: usize) {
        if self.depth == 0 && self.start.is_none() && self.spill.is_none() {
            self.start = Some(i);
        }
    }

    /// The record ending before `end` in this chunk.
    fn finish(&mut self, chunk: &[u8], end: usize, emit: &mut impl FnMut(Piece)) {
        let start = self.start.take();
        match (self.spill.take(), start) {
            (Some(mut spill), s) => {
                spill.extend_from_slice(&chunk[s.unwrap_or(end)..end]);
                while spill.last().is_some_and(u8::is_ascii_whitespace) {
                    spill.pop();
                }
                emit(Piece::Owned(spill));
            }
            (None, Some(s)) => {
                let mut e = end;
                while e > s && chunk[e - 1].is_ascii_whitespace() {
                    e -= 1;
                }
                emit(Piece::Range(s, e));
            }
            (None, None) => {}
        }
    }
}

/// Where the first quote or backslash is. Most strings in X's files are short (keys, ids,
/// counts): eight bytes are looked at a time for the first 64, then a vectorised search.
fn quote_or_backslash(b: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i + 8 <= b.len() && i < 64 {
        let w = word(&b[i..]);
        let hit = zero_bytes(w ^ splat(b'"')) | zero_bytes(w ^ splat(b'\\'));
        if hit != 0 {
            return Some(i + first_mark(hit));
        }
        i += 8;
    }
    if i >= 64 {
        return memchr::memchr2(b'"', b'\\', &b[i..]).map(|p| i + p);
    }
    b[i..]
        .iter()
        .position(|&c| c == b'"' || c == b'\\')
        .map(|p| i + p)
}

/// How many spaces `b` starts with (indentation), eight bytes at a time.
fn leading_spaces(b: &[u8]) -> usize {
    let mut i = 0;
    while i + 8 <= b.len() {
        let other = nonzero_bytes(word(&b[i..]) ^ splat(b' '));
        if other != 0 {
            return i + first_mark(other);
        }
        i += 8;
    }
    i + b[i..].iter().take_while(|&&c| c == b' ').count()
}

/// How many spaces and tabs `b` starts with.
fn leading_blanks(b: &[u8]) -> usize {
    b.iter().take_while(|&&c| c == b' ' || c == b'\t').count()
}

/// What may follow an X data file's array: `;`, whitespace.
fn junk_after(c: u8) -> bool {
    c.is_ascii_whitespace() || c == b';'
}

/// A record found by [`Splitter::feed`].
pub enum Piece {
    /// `[start, end)` in the chunk just fed.
    Range(usize, usize),
    /// A record that started in an earlier chunk.
    Owned(Vec<u8>),
}

/// The records of a whole JSON array in memory; `None` if it is not one complete,
/// well-bracketed array.
pub fn split(text: &str) -> Option<Vec<&str>> {
    let mut s = Splitter::new();
    let mut out = Vec::new();
    s.feed(text.as_bytes(), |p| {
        if let Piece::Range(a, b) = p {
            out.push(&text[a..b]);
        }
    });
    s.complete().then_some(out)
}

/// Parsed records in the file's order, batch by batch.
pub type Batches<R> = Vec<Vec<R>>;

/// Read an archive entry holding one JSON array, split its records as it inflates and run
/// `parse` over them on every core. Returns the results in the file's order, in the batches
/// the workers parsed them in (so the caller moves each result once, into its own vector), or
/// `None` if the entry is not one complete, well-bracketed array (the caller then reads it the
/// exact way to say what is wrong).
///
/// The split jumps over pretty-printed records first; if a jump made a record that does not
/// parse or an array that does not bracket, the entry is split again byte by byte, so what a
/// damaged file yields does not depend on the jumps.
pub fn parse_entry<T: Send, E: Send>(
    archive: &crate::archive::Archive,
    name: &str,
    parse: impl Fn(&[u8]) -> Result<T, E> + Sync,
) -> crate::error::Result<Option<Batches<Result<T, E>>>> {
    let (records, jumped) = split_and_parse(archive, name, Splitter::jumping(), &parse)?;
    if !jumped
        || records
            .as_ref()
            .is_some_and(|r| r.iter().flatten().all(Result::is_ok))
    {
        return Ok(records);
    }
    Ok(split_and_parse(archive, name, Splitter::new(), &parse)?.0)
}

/// Inflate buffers whose records are all parsed, for the next chunk (of this file or of an
/// archive's next part) to be read into: memory once faulted in is used again instead of fresh
/// pages for every chunk (at a million posts, half of all page faults).
static SPARE: std::sync::Mutex<Vec<Vec<u8>>> = std::sync::Mutex::new(Vec::new());

/// At most this many buffers wait in [`SPARE`] (the channel holds 64 batches: about a dozen
/// chunks of pretty-printed tweets in flight).
const SPARE_MAX: usize = 32;

/// An inflated chunk of an entry, shared by its records; its buffer goes back to [`SPARE`]
/// when the last of them is parsed.
pub struct Chunk(Vec<u8>);

impl std::ops::Deref for Chunk {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        if let Ok(mut spare) = SPARE.lock()
            && spare.len() < SPARE_MAX
        {
            spare.push(std::mem::take(&mut self.0));
        }
    }
}

/// A buffer to inflate into: a spare one, else a new one.
fn spare_buffer() -> Vec<u8> {
    SPARE
        .lock()
        .ok()
        .and_then(|mut spare| spare.pop())
        .unwrap_or_default()
}

/// Free the spare inflate buffers: call when an archive's files are read, so the memory does
/// not stay taken while the posts are analysed.
pub fn release_buffers() {
    if let Ok(mut spare) = SPARE.lock() {
        *spare = Vec::new();
    }
}

/// [`parse_entry`] with one splitter; also says whether it jumped over any record.
fn split_and_parse<R: Send>(
    archive: &crate::archive::Archive,
    name: &str,
    mut splitter: Splitter,
    parse: &(impl Fn(&[u8]) -> R + Sync),
) -> crate::error::Result<(Option<Batches<R>>, bool)> {
    const CHUNK: usize = 4 << 20;
    const BATCH: usize = 512;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Vec<Record>)>(64);
    let rx = std::sync::Mutex::new(rx);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let rx = &rx;
                scope.spawn(move || {
                    let mut done: Vec<(usize, Vec<R>)> = Vec::new();
                    loop {
                        let next = match rx.lock() {
                            Ok(r) => r.recv(),
                            Err(_) => break,
                        };
                        let Ok((n, records)) = next else { break };
                        done.push((n, records.iter().map(|r| parse(r.bytes())).collect()));
                    }
                    done
                })
            })
            .collect();
        let mut batch = Vec::with_capacity(BATCH);
        let mut batches = 0usize;
        let read = archive.read_chunks(name, CHUNK, spare_buffer, |bytes| {
            let chunk = Arc::new(Chunk(bytes));
            splitter.feed(&chunk, |p| {
                batch.push(match p {
                    Piece::Range(a, b) => Record::Slice(Arc::clone(&chunk), a, b),
                    Piece::Owned(v) => Record::Owned(v),
                });
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    let _ = tx.send((batches, full));
                    batches += 1;
                }
            });
            !splitter.broken()
        });
        if !batch.is_empty() {
            let _ = tx.send((batches, std::mem::take(&mut batch)));
        }
        drop(tx);
        let mut done: Vec<(usize, Vec<R>)> = workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect();
        read?;
        if !splitter.complete() {
            return Ok((None, splitter.jumped()));
        }
        done.sort_unstable_by_key(|(n, _)| *n);
        // Handed over batch by batch: gathering them into one vector here would copy every
        // record into fresh memory once more (a post is a few hundred bytes).
        let records = done.into_iter().map(|(_, r)| r).collect();
        Ok((Some(records), splitter.jumped()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same text fed in chunks of every size gives the same records.
    fn split_in_chunks(text: &str, size: usize) -> Option<Vec<String>> {
        split_with(Splitter::new(), text, size).0
    }

    /// The records, and whether any was jumped over.
    fn split_with(mut s: Splitter, text: &str, size: usize) -> (Option<Vec<String>>, bool) {
        let mut out = Vec::new();
        for c in text.as_bytes().chunks(size) {
            s.feed(c, |p| {
                out.push(match p {
                    Piece::Range(a, b) => String::from_utf8_lossy(&c[a..b]).into_owned(),
                    Piece::Owned(v) => String::from_utf8_lossy(&v).into_owned(),
                })
            });
        }
        (s.complete().then_some(out), s.jumped())
    }

    /// Records of nested objects and arrays, with strings full of braces and escaped
    /// newlines, pretty-printed as X writes them today (two spaces, `  },` between records) and
    /// as its 2019 files do (Jackson: `[ {`, `}, {`, closing braces in the first column).
    fn pretty_files() -> Vec<(String, Vec<serde_json::Value>)> {
        let records: Vec<serde_json::Value> = (0..300)
            .map(|k| {
                let odd = ["}", "\n  }", "{\n}", "\\", "\"  }", "  }\n"][k % 6];
                serde_json::json!({
                    "tweet": {
                        "full_text": format!("post {k} {odd}"),
                        "entities": { "hashtags": [], "urls": [{ "url": odd, "indices": [k, 4] }] },
                        "id_str": k.to_string(),
                    }
                })
            })
            .collect();
        let x = format!(
            "window.YTD.tweets.part0 = {}",
            serde_json::to_string_pretty(&records).unwrap()
        );
        let jackson = format!(
            "window.YTD.tweet.part0 = [ {} ]",
            records
                .iter()
                .map(|r| serde_json::to_string_pretty(&r).unwrap())
                .collect::<Vec<_>>()
                .join(", ")
        );
        vec![(x, records.clone()), (jackson, records)]
    }

    #[test]
    fn pretty_printed_records_are_jumped_over_with_the_same_result() {
        for (text, records) in pretty_files() {
            for size in [1, 2, 5, 64, 1000, 4096, text.len()] {
                let (exact, _) = split_with(Splitter::new(), &text, size);
                let (jumped, any) = split_with(Splitter::jumping(), &text, size);
                assert_eq!(jumped, exact, "chunk {size}");
                let parsed: Vec<serde_json::Value> = jumped
                    .unwrap()
                    .iter()
                    .map(|r| serde_json::from_str(r).unwrap())
                    .collect();
                assert_eq!(parsed, records, "chunk {size}");
                // Whole lines in one chunk: the records are jumped over, not scanned.
                assert_eq!(any, size >= 1000, "chunk {size}");
            }
        }
    }

    #[test]
    fn a_jump_to_the_wrong_brace_is_split_again_byte_by_byte() {
        // The inner object's closing brace sits at the record's own indentation.
        let odd = "[\n  {\n    \"a\" : {\n  },\n    \"b\" : 1\n  },\n  {\n    \"c\" : 2\n  }\n]";
        let (_, jumped) = split_with(Splitter::jumping(), odd, odd.len());
        assert!(jumped);
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("data")).unwrap();
        std::fs::write(dir.path().join("data/tweets.js"), odd).unwrap();
        let archive = crate::archive::Archive::open(dir.path()).unwrap();
        let got = parse_entry(&archive, "data/tweets.js", |b| {
            serde_json::from_slice::<serde_json::Value>(b).map_err(|e| e.to_string())
        })
        .unwrap()
        .unwrap();
        let got: Vec<serde_json::Value> = got.into_iter().flatten().map(Result::unwrap).collect();
        assert_eq!(
            got,
            [
                serde_json::json!({ "a": {}, "b": 1 }),
                serde_json::json!({ "c": 2 })
            ]
        );
    }

    #[test]
    fn records_are_split_across_any_chunk_boundary() {
        let text = "\u{feff}window.YTD.tweets.part0 = [ {\"a\":\"x,}]\\\"\"},\n  {\"b\":[1,{\"c\":2}]} , 3 ,\"s\\\\\" ];\n";
        let want = [
            "{\"a\":\"x,}]\\\"\"}",
            "{\"b\":[1,{\"c\":2}]}",
            "3",
            "\"s\\\\\"",
        ];
        for size in 1..text.len() + 1 {
            assert_eq!(split_in_chunks(text, size).unwrap(), want, "chunk {size}");
        }
    }

    #[test]
    fn records_with_escapes_match_the_json_parser() {
        // Strings full of quotes, backslashes and brackets, in records of every shape.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let alphabet = [
            "a", "\"", "\\", "[", "]", "{", "}", ",", " ", "\n", "中", "🧪", "\\\"",
        ];
        let records: Vec<serde_json::Value> = (0..200)
            .map(|k| {
                let s: String = (0..next() % 12)
                    .map(|_| alphabet[next() % alphabet.len()])
                    .collect();
                match k % 3 {
                    0 => serde_json::json!({ "tweet": { "full_text": s, "n": [k, { "x": s }] } }),
                    1 => serde_json::json!(s),
                    _ => serde_json::json!([s, k]),
                }
            })
            .collect();
        let text = format!(
            "window.YTD.tweets.part0 = {}",
            serde_json::to_string_pretty(&records).unwrap()
        );
        for size in [1, 2, 3, 7, 64, 4096, text.len()] {
            let got = split_in_chunks(&text, size).unwrap();
            let parsed: Vec<serde_json::Value> = got
                .iter()
                .map(|r| serde_json::from_str(r).unwrap())
                .collect();
            assert_eq!(parsed, records, "chunk {size}");
        }
    }

    #[test]
    fn broken_arrays_are_not_split() {
        for bad in [
            "[{\"a\":1},{\"b\":",
            "{\"not\":\"an array\"}",
            "[{\"a\":1}}",
            "[,{\"a\":1}]",
            "[{\"a\":1}] trailing",
        ] {
            assert!(split(bad).is_none(), "{bad}");
        }
        assert_eq!(split("[]").map(|r| r.len()), Some(0));
        assert_eq!(split(" [ ] ;").map(|r| r.len()), Some(0));
        assert_eq!(split("[1, {\"a\":[]} ]").unwrap(), ["1", "{\"a\":[]}"]);
    }

    #[test]
    fn word_searches_agree_with_a_byte_loop() {
        let alphabet = [
            b'a', b' ', b'"', b'\\', 0x80, 0xff, 0x00, 0x01, b'!', 0x21, 0x5b,
        ];
        let mut seed = 11u64;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 40) as usize % 150;
            let b: Vec<u8> = (0..len)
                .map(|k| {
                    let r = (seed >> (k % 48)) as usize ^ k.wrapping_mul(2654435761);
                    // Mostly one byte, so long runs occur.
                    if r.is_multiple_of(7) {
                        alphabet[r / 7 % alphabet.len()]
                    } else {
                        alphabet[(seed as usize >> 3) % 2]
                    }
                })
                .collect();
            let want = b.iter().position(|&c| c == b'"' || c == b'\\');
            assert_eq!(quote_or_backslash(&b), want, "{b:?}");
            let spaces = b.iter().take_while(|&&c| c == b' ').count();
            assert_eq!(leading_spaces(&b), spaces, "{b:?}");
        }
    }
}
