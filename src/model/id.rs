//! Newtype ids, so post and finding ids never mix with other strings across layers.

use serde::Serialize;
use std::fmt;

/// A post's id in the report: `<platform>:<native id>` where the platform has ids, else
/// `<platform>:<hash>` of the post's time, text and media. Unique in a report, stable across
/// runs on the same archive.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct PostId(pub String);

impl PostId {
    /// The id of a post that has a native id on its platform.
    pub fn native(platform: super::Platform, native: &str) -> Self {
        PostId([platform.as_str(), ":", native].concat())
    }

    /// A synthetic id from the parts that identify a post on platforms without ids.
    pub fn synthetic(platform: super::Platform, parts: &[&str]) -> Self {
        PostId(format!("{}:{:016x}", platform.as_str(), fnv1a(parts)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PostId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A finding's fingerprint: stable as long as the finding's kind and subject are the same.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FindingId(pub String);

impl FindingId {
    pub fn from_parts(category: &str, parts: &[&str]) -> Self {
        FindingId(format!("{category}-{:016x}", fnv1a(parts)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FindingId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// 64-bit FNV-1a over the parts, with a separator byte so ("ab","c") != ("a","bc").
///
/// Stable across Rust versions and platforms, unlike `DefaultHasher`.
pub fn fnv1a(parts: &[&str]) -> u64 {
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
mod tests {
    use super::*;

    #[test]
    fn synthetic_ids_are_stable_and_separate_parts() {
        let a = PostId::synthetic(crate::model::Platform::Facebook, &["ab", "c"]);
        let b = PostId::synthetic(crate::model::Platform::Facebook, &["a", "bc"]);
        assert_ne!(a, b);
        // A fixed value: ids must never change between releases, or saved decisions are lost.
        assert_eq!(fnv1a(&["mosaic"]), 0x13f9_cd15_ad0c_4992);
    }
}
