//! A reader for tar streams, as Mastodon ships its archives (`archive-…tar.gz`, written by
//! Ruby's `Gem::Package::TarWriter`): ustar headers with the name split over `prefix` and
//! `name`, plus GNU long names (`L`) and pax headers (`x`) that other tools write when a
//! person re-packs the folder. Read-only and sequential: [`scan`] walks the stream once and
//! hands each regular file to a visitor, which reads as much of it as it wants.
//!
//! Sizes are checked against the stream, not trusted: a header that does not add up stops the
//! walk with an error naming the offset, and what was read before it stays read.

use std::io::{self, Read};

const BLOCK: usize = 512;

/// One regular file in the stream.
pub struct Member<'a> {
    /// The path as written (prefix and name joined, or the long name), not yet cleaned.
    pub name: &'a str,
    /// Declared size in bytes.
    pub size: u64,
    /// Offset of the file's first byte in the uncompressed stream.
    pub offset: u64,
}

/// What a header says the next data is.
enum Kind {
    File,
    /// A link or device: listed as skipped, never followed.
    Other,
    Dir,
    LongName,
    Pax,
    GlobalPax,
}

/// Walk a tar stream, calling `visit` for each regular file with a reader over exactly its
/// bytes; what the visitor leaves unread is skipped. `skipped` gets the names of links and
/// other entries that are not regular files.
pub fn scan<R: Read>(
    mut stream: R,
    mut visit: impl FnMut(&Member, &mut dyn Read) -> io::Result<()>,
    mut skipped: impl FnMut(&str),
) -> io::Result<()> {
    let mut pos = 0u64;
    let mut header = [0u8; BLOCK];
    let mut long_name: Option<String> = None;
    let mut pax_path: Option<String> = None;
    let mut pax_size: Option<u64> = None;
    loop {
        if !read_block(&mut stream, &mut header)? {
            return Ok(()); // the end of the stream without the two zero blocks: fine
        }
        pos += BLOCK as u64;
        if header.iter().all(|&b| b == 0) {
            return Ok(());
        }
        if !checksum_ok(&header) {
            return Err(bad(pos - BLOCK as u64, "damaged tar header (checksum)"));
        }
        let declared = octal(&header[124..136])
            .ok_or_else(|| bad(pos - BLOCK as u64, "damaged tar header (size)"))?;
        let kind = match header[156] {
            b'0' | 0 | b'7' => Kind::File,
            b'5' => Kind::Dir,
            b'L' => Kind::LongName,
            b'x' => Kind::Pax,
            b'g' => Kind::GlobalPax,
            _ => Kind::Other,
        };
        let size = match kind {
            Kind::File | Kind::Other => pax_size.take().unwrap_or(declared),
            _ => declared,
        };
        let padded = size
            .checked_next_multiple_of(BLOCK as u64)
            .ok_or_else(|| bad(pos - BLOCK as u64, "damaged tar header (size)"))?;
        match kind {
            Kind::LongName | Kind::Pax | Kind::GlobalPax => {
                if size > 1 << 20 {
                    return Err(bad(pos, "tar extended header larger than 1 MiB"));
                }
                let mut data = vec![0u8; padded as usize];
                stream
                    .read_exact(&mut data)
                    .map_err(|e| truncated(pos, e))?;
                pos = pos.saturating_add(padded);
                data.truncate(size as usize);
                match kind {
                    Kind::LongName => long_name = Some(c_string(&data)),
                    Kind::Pax => {
                        for (key, value) in pax_records(&data) {
                            match key {
                                "path" => pax_path = Some(value.to_string()),
                                "size" => pax_size = value.parse().ok(),
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
                continue;
            }
            _ => {}
        }
        let name = pax_path
            .take()
            .or_else(|| long_name.take())
            .unwrap_or_else(|| ustar_name(&header));
        let offset = pos;
        let mut body = (&mut stream).take(size);
        match kind {
            Kind::File => visit(
                &Member {
                    name: &name,
                    size,
                    offset,
                },
                &mut body,
            )?,
            Kind::Other => skipped(&name),
            _ => {}
        }
        // Skip what the visitor left, then the padding; a short stream is a truncated file.
        io::copy(&mut body, &mut io::sink())?;
        if body.limit() > 0 {
            return Err(bad(offset, "truncated tar member"));
        }
        let pad = padded - size;
        if pad > 0 {
            let skipped_pad = io::copy(&mut (&mut stream).take(pad), &mut io::sink())?;
            if skipped_pad < pad {
                return Ok(()); // the last member's padding cut off: its bytes are whole
            }
        }
        pos = offset.saturating_add(padded);
    }
}

/// Read one block; `false` at a clean end of stream before its first byte.
fn read_block<R: Read>(stream: &mut R, block: &mut [u8; BLOCK]) -> io::Result<bool> {
    let mut filled = 0;
    while filled < BLOCK {
        match stream.read(&mut block[filled..]) {
            Ok(0) if filled == 0 => return Ok(false),
            Ok(0) => {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "truncated tar header",
                ));
            }
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}

fn bad(offset: u64, what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("{what} at byte {offset}"),
    )
}

fn truncated(offset: u64, e: io::Error) -> io::Error {
    bad(offset, &format!("truncated tar stream ({e})"))
}

/// The header checksum: the sum of its bytes with the checksum field read as spaces (some
/// old writers summed signed bytes; both are accepted).
fn checksum_ok(h: &[u8; BLOCK]) -> bool {
    let Some(want) = octal(&h[148..156]) else {
        return false;
    };
    let field = |i: usize| if (148..156).contains(&i) { b' ' } else { h[i] };
    let unsigned: u64 = (0..BLOCK).map(|i| u64::from(field(i))).sum();
    let signed: i64 = (0..BLOCK).map(|i| i64::from(field(i) as i8)).sum();
    want == unsigned || i64::try_from(want).is_ok_and(|w| w == signed)
}

/// A numeric field: octal digits padded with spaces or NULs, or GNU's base-256 form (high bit
/// of the first byte set) for sizes past 8 GiB.
fn octal(field: &[u8]) -> Option<u64> {
    if field.first().is_some_and(|&b| b & 0x80 != 0) {
        let mut n: u64 = u64::from(field[0] & 0x7f);
        for &b in &field[1..] {
            n = n.checked_mul(256)?.checked_add(u64::from(b))?;
        }
        return Some(n);
    }
    let digits: &[u8] = {
        let s = field
            .iter()
            .position(|&b| b != b' ' && b != 0)
            .unwrap_or(field.len());
        let rest = &field[s..];
        let e = rest
            .iter()
            .position(|&b| b == b' ' || b == 0)
            .unwrap_or(rest.len());
        &rest[..e]
    };
    let mut n = 0u64;
    for &d in digits {
        if !(b'0'..=b'7').contains(&d) {
            return None;
        }
        n = n.checked_mul(8)?.checked_add(u64::from(d - b'0'))?;
    }
    Some(n)
}

fn c_string(bytes: &[u8]) -> String {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}

/// `prefix/name` for ustar headers (magic "ustar" at 257), else the name alone.
fn ustar_name(h: &[u8; BLOCK]) -> String {
    let name = c_string(&h[0..100]);
    if &h[257..262] == b"ustar" {
        let prefix = c_string(&h[345..500]);
        if !prefix.is_empty() {
            return format!("{prefix}/{name}");
        }
    }
    name
}

/// Pax records: "LEN key=value\n", LEN counting the whole record.
fn pax_records(data: &[u8]) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        let Some(space) = rest.iter().position(|&b| b == b' ') else {
            break;
        };
        let Some(len) = std::str::from_utf8(&rest[..space])
            .ok()
            .and_then(|s| s.parse::<usize>().ok())
        else {
            break;
        };
        if len <= space + 1 || len > rest.len() {
            break;
        }
        let record = &rest[space + 1..len];
        let record = record.strip_suffix(b"\n").unwrap_or(record);
        if let Ok(text) = std::str::from_utf8(record)
            && let Some((k, v)) = text.split_once('=')
        {
            out.push((k, v));
        }
        rest = &rest[len..];
    }
    out
}

/// Whether a block is a ustar or old-style tar header (for sniffing a bare `.tar`).
pub fn looks_like_tar(first_block: &[u8]) -> bool {
    first_block.len() >= BLOCK
        && first_block[..BLOCK]
            .try_into()
            .is_ok_and(|h: &[u8; BLOCK]| checksum_ok(h))
        && (&first_block[257..262] == b"ustar" || first_block[0] != 0)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Write a ustar header for `name` (split over prefix and name when longer than 100 bytes).
    pub fn header(name: &str, size: u64, kind: u8) -> [u8; BLOCK] {
        let mut h = [0u8; BLOCK];
        let (prefix, short) = if name.len() > 100 {
            // Split at a slash leaving at most 155 bytes before it and 100 after, as ustar does.
            let cut = name
                .match_indices('/')
                .map(|(i, _)| i)
                .find(|&i| i <= 155 && name.len() - i - 1 <= 100)
                .expect("name fits ustar");
            (&name[..cut], &name[cut + 1..])
        } else {
            ("", name)
        };
        h[..short.len()].copy_from_slice(short.as_bytes());
        h[100..108].copy_from_slice(b"0000644\0");
        h[108..116].copy_from_slice(b"0000000\0");
        h[116..124].copy_from_slice(b"0000000\0");
        h[124..136].copy_from_slice(format!("{size:011o}\0").as_bytes());
        h[136..148].copy_from_slice(b"14500000000\0");
        h[156] = kind;
        h[257..263].copy_from_slice(b"ustar\0");
        h[263..265].copy_from_slice(b"00");
        h[345..345 + prefix.len()].copy_from_slice(prefix.as_bytes());
        h[148..156].copy_from_slice(b"        ");
        let sum: u64 = h.iter().map(|&b| u64::from(b)).sum();
        h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
        h
    }

    fn member(out: &mut Vec<u8>, name: &str, data: &[u8], kind: u8) {
        out.extend_from_slice(&header(name, data.len() as u64, kind));
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(BLOCK) * BLOCK, 0);
    }

    /// A tar stream of regular files, ustar with prefix splitting.
    pub fn tar(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, data) in files {
            member(&mut out, name, data, b'0');
        }
        out.extend_from_slice(&[0u8; BLOCK * 2]);
        out
    }

    /// The files (name, bytes) and the skipped names of a stream.
    type Walked = (Vec<(String, Vec<u8>)>, Vec<String>);

    fn walk(stream: &[u8]) -> io::Result<Walked> {
        let mut files = Vec::new();
        let mut skipped = Vec::new();
        scan(
            stream,
            |m, r| {
                let mut buf = Vec::new();
                r.read_to_end(&mut buf)?;
                if buf.len() as u64 == m.size {
                    assert_eq!(&stream[m.offset as usize..][..buf.len()], &buf[..]);
                }
                files.push((m.name.to_string(), buf));
                Ok(())
            },
            |n| skipped.push(n.to_string()),
        )?;
        Ok((files, skipped))
    }

    #[test]
    fn ustar_members_long_names_and_pax_paths() {
        let long = format!(
            "archive/media_attachments/files/{}/original/a.jpeg",
            "1".repeat(90)
        );
        let mut s = tar(&[("outbox.json", b"{\"a\":1}"), (&long, b"jpeg")]);
        s.truncate(s.len() - BLOCK * 2);
        // A GNU long name, then a pax path, then a symlink.
        let gnu = format!("gnu/{}", "g".repeat(150));
        member(&mut s, "././@LongLink", format!("{gnu}\0").as_bytes(), b'L');
        member(&mut s, "truncated-name", b"gnu body", b'0');
        let record = format!("path=pax/{}\n", "p".repeat(120));
        let record = format!("{} {record}", record.len() + 4);
        member(&mut s, "PaxHeaders/x", record.as_bytes(), b'x');
        member(&mut s, "short", b"pax body", b'0');
        member(&mut s, "link-to-etc", b"", b'2');
        s.extend_from_slice(&[0u8; BLOCK * 2]);
        let (files, skipped) = walk(&s).unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "outbox.json",
                long.as_str(),
                gnu.as_str(),
                format!("pax/{}", "p".repeat(120)).as_str()
            ]
        );
        assert_eq!(files[2].1, b"gnu body");
        assert_eq!(files[3].1, b"pax body");
        assert_eq!(skipped, ["link-to-etc"]);
    }

    #[test]
    fn damage_is_an_error_naming_the_offset() {
        let mut s = tar(&[("a.json", b"[1]"), ("b.json", b"[2]")]);
        s[BLOCK * 2 + 124] = b'9'; // the second header's size is no longer octal
        let e = walk(&s).unwrap_err().to_string();
        assert!(
            e.contains("damaged tar header") && e.contains("1024"),
            "{e}"
        );
        // Truncated in the middle of a member.
        let s = tar(&[("a.json", &[7u8; 2000])]);
        let e = walk(&s[..1200]).unwrap_err().to_string();
        assert!(e.contains("truncated"), "{e}");
    }

    /// Damaged streams end in an error or a shorter listing, never a panic or a hang: a valid
    /// stream with headers long names and pax records, mutated byte by byte, truncated and
    /// extended, four thousand times over (a seeded generator, so a failure repeats).
    #[test]
    fn mutated_streams_never_panic() {
        let long = format!("a/{}/b.json", "x".repeat(120));
        let mut base = tar(&[("outbox.json", b"{}"), (&long, &[7u8; 700])]);
        base.truncate(base.len() - BLOCK * 2);
        member(&mut base, "././@LongLink", b"gnu/long/name\0", b'L');
        member(&mut base, "g", b"gnu body", b'0');
        member(&mut base, "PaxHeaders/x", b"20 path=pax/p.json\n", b'x');
        member(&mut base, "p", b"pax", b'0');
        base.extend_from_slice(&[0u8; BLOCK * 2]);
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..4000 {
            let mut s = base.clone();
            for _ in 0..(next() % 6 + 1) {
                let at = (next() % s.len() as u64) as usize;
                s[at] = next() as u8;
            }
            match next() % 3 {
                0 => s.truncate((next() % s.len() as u64) as usize),
                1 => s.extend((0..next() % 2000).map(|_| next() as u8)),
                _ => {}
            }
            let _ = walk(&s);
        }
    }

    #[test]
    fn numbers_in_octal_and_base_256() {
        assert_eq!(octal(b"00000000017\0"), Some(15));
        assert_eq!(octal(b"     17 \0"), Some(15));
        assert_eq!(
            octal(&[0x80, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0]),
            Some(1 << 33)
        );
        assert_eq!(octal(b"12x"), None);
    }
}
