//! Eight bytes at a time in a `u64` (SWAR): the byte searches of the record split
//! (`ingest::jsonarray`) and the report's string escaper (`report::compact`).
//!
//! A mark is the high bit of a byte. `x - 1` takes a byte's high bit from 0 to 1 only if the
//! byte is 0 (or is 0x81 or more, which `& !x` rules out); a borrow out of a matching byte can
//! mark bytes above it too, never below, so the lowest mark is always exact.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The first eight bytes of `b` (at least eight long), first byte lowest.
pub fn word(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[..8]);
    u64::from_le_bytes(w)
}

/// `c` in every byte.
pub const fn splat(c: u8) -> u64 {
    ONES * c as u64
}

/// Marks the bytes of `w` that are zero (exact for the lowest one).
pub fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(ONES) & !w & HIGHS
}

/// Marks the bytes of `w` below `n`, for `n` up to 0x80 (exact for the lowest one).
pub fn bytes_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(splat(n)) & !w & HIGHS
}

/// Marks the bytes of `w` that are not zero (exact for every byte).
pub fn nonzero_bytes(w: u64) -> u64 {
    let low = !HIGHS;
    (((w & low) + low) | w) & HIGHS
}

/// The index of the lowest marked byte.
pub fn first_mark(marks: u64) -> usize {
    (marks.trailing_zeros() / 8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_agree_with_a_byte_loop() {
        let interesting = [
            0x00u8, 0x01, 0x1f, 0x20, 0x21, b'"', b'\\', 0x7f, 0x80, 0x81, 0xa0, 0xff,
        ];
        let mut seed = 5u64;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let b: Vec<u8> = (0..8)
                .map(|k| interesting[(seed >> (8 * k)) as usize % interesting.len()])
                .collect();
            let w = word(&b);
            let first = |f: &dyn Fn(u8) -> bool| b.iter().position(|&c| f(c));
            let lowest = |m: u64| (m != 0).then(|| first_mark(m));
            assert_eq!(lowest(zero_bytes(w)), first(&|c| c == 0), "{b:?}");
            assert_eq!(
                lowest(zero_bytes(w ^ splat(b'"'))),
                first(&|c| c == b'"'),
                "{b:?}"
            );
            assert_eq!(lowest(bytes_below(w, 0x20)), first(&|c| c < 0x20), "{b:?}");
            for (k, &c) in b.iter().enumerate() {
                assert_eq!(nonzero_bytes(w) >> (8 * k + 7) & 1 == 1, c != 0, "{b:?}");
            }
        }
    }
}
