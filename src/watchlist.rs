//! The watchlist a security officer writes: what must not be revealed.
//!
//! A TOML file (see `docs/watchlist.md`). Everything is optional; an unknown key or a bad
//! value is an error naming the line.

use crate::error::{Error, Result};
use crate::model::GeoPoint;
use serde::Deserialize;
use std::path::Path;

/// A parsed, validated watchlist.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Watchlist {
    /// IANA zone for routine reasoning (overridden by `--tz`).
    pub timezone: Option<String>,
    #[serde(default)]
    pub unit: Vec<Term>,
    #[serde(default)]
    pub role: Vec<Term>,
    #[serde(default)]
    pub site: Vec<Site>,
}

/// A unit or role: a name and other ways of writing it.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Term {
    /// The name followed by every alias.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// A watched role's [`Term::all_names`], and the duties its name lists: "dental laboratory
    /// technician (prosthodontic lab: dentures, crowns and bridges, cast partials)" also names
    /// "dentures", "cast partials" and their singulars, and "偽裝器材技術員（偽裝網裁製與印染、
    /// 誘標製作）" names "偽裝網裁製", "印染" and "誘標製作". A duty of one short Latin word
    /// ("crowns", "packing") is too common to watch alone and is left out.
    pub fn role_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.all_names().map(str::to_string).collect();
        let parts: Vec<&str> = listed_parts(&self.name)
            .flat_map(|p| p.split([':', '：', '／', '；']))
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" or "))
            .flat_map(|p| p.split(['与', '與', '及', '和', '或']))
            .map(str::trim)
            .filter(|p| !p.is_empty() && *p != self.name.trim())
            .collect();
        if parts.len() < 2 {
            return names;
        }
        for p in parts {
            let cjk = p
                .chars()
                .filter(|&c| crate::analyze::matcher::is_cjk(c))
                .count();
            let specific = if cjk > 0 {
                cjk >= 2
            } else {
                p.split_whitespace().count() >= 2 || p.chars().count() >= 8
            };
            if !specific {
                continue;
            }
            names.push(p.to_string());
            // "dentures" is said "denture" too.
            if cjk == 0
                && let Some(one) = p.strip_suffix('s')
                && !one.ends_with('s')
            {
                names.push(one.to_string());
            }
        }
        names.sort();
        names.dedup();
        names
    }
}

/// The parts of a name that lists several things, split at commas, slashes, semicolons, bars
/// and brackets (Latin and full-width), trimmed: "Fleet Diving Unit, Building 212 / D-Jetty".
fn listed_parts(name: &str) -> impl Iterator<Item = &str> {
    name.split([',', '/', ';', '|', '(', ')', '，', '、', '（', '）'])
        .map(str::trim)
}

/// A sensitive site: a point and a radius.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    #[serde(default = "default_radius")]
    pub radius_m: f64,
}

fn default_radius() -> f64 {
    300.0
}

impl Site {
    /// The name, the aliases, and the parts of a name that lists several places ("Fleet Diving
    /// Unit, Building 212 / D-Jetty" names "Building 212" and "D-Jetty" too): a post naming
    /// any part names the site.
    pub fn all_names(&self) -> Vec<&str> {
        let mut names = vec![self.name.as_str()];
        let parts: Vec<&str> = listed_parts(&self.name).collect();
        if parts.len() > 1 {
            names.extend(parts.into_iter().filter(|p| {
                p.chars().count() >= 4
                    || p.chars().any(crate::analyze::matcher::is_cjk) && p.chars().count() >= 2
            }));
        }
        names.extend(self.aliases.iter().map(String::as_str));
        names
    }

    pub fn point(&self) -> GeoPoint {
        GeoPoint {
            lat: self.lat,
            lon: self.lon,
        }
    }
}

/// Control characters written as escapes (`\n`, `\u{1b}`).
fn escape_controls(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

impl Watchlist {
    /// Read and validate a watchlist file.
    pub fn load(path: &Path) -> Result<Watchlist> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Watchlist {
            path: path.to_path_buf(),
            message: format!("cannot read it ({e})"),
        })?;
        Self::parse(&text).map_err(|message| Error::Watchlist {
            path: path.to_path_buf(),
            message,
        })
    }

    /// Parse and validate watchlist text. The error is one line, starting with the line number.
    pub fn parse(text: &str) -> std::result::Result<Watchlist, String> {
        let list: Watchlist = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            let msg = escape_controls(e.message().lines().next().unwrap_or("invalid"));
            match line {
                Some(l) => format!("line {l}: {msg}"),
                None => msg,
            }
        })?;
        // Values are quoted in the messages; a control character in one (a TOML "\n",
        // a terminal escape) is shown escaped, so the error stays one harmless line.
        list.validate(text).map_err(|e| escape_controls(&e))?;
        Ok(list)
    }

    fn validate(&self, text: &str) -> std::result::Result<(), String> {
        let line_of = |needle: &str| -> String {
            text.lines()
                .position(|l| l.contains(needle))
                .map(|i| format!("line {}: ", i + 1))
                .unwrap_or_default()
        };
        if let Some(tz) = &self.timezone
            && tz.parse::<chrono_tz::Tz>().is_err()
        {
            return Err(format!(
                "{}timezone '{tz}' is not an IANA zone name (e.g. 'America/Los_Angeles')",
                line_of("timezone")
            ));
        }
        for (kind, terms) in [("unit", &self.unit), ("role", &self.role)] {
            for t in terms {
                if t.all_names().any(|n| n.trim().is_empty()) {
                    return Err(format!(
                        "{}a [[{kind}]] has an empty name or alias",
                        line_of(&format!("[[{kind}]]"))
                    ));
                }
            }
        }
        for s in &self.site {
            let at = line_of(&s.name);
            if !(-90.0..=90.0).contains(&s.lat) {
                return Err(format!(
                    "{at}site '{}': lat {} is outside -90..90",
                    s.name, s.lat
                ));
            }
            if !(-180.0..=180.0).contains(&s.lon) {
                return Err(format!(
                    "{at}site '{}': lon {} is outside -180..180",
                    s.name, s.lon
                ));
            }
            if !(s.radius_m > 0.0 && s.radius_m <= 100_000.0) {
                return Err(format!(
                    "{at}site '{}': radius_m {} must be between 0 and 100000 metres",
                    s.name, s.radius_m
                ));
            }
        }
        Ok(())
    }

    /// Whether the watchlist names anything at all.
    pub fn is_empty(&self) -> bool {
        self.unit.is_empty() && self.role.is_empty() && self.site.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
timezone = "America/Los_Angeles"
[[unit]]
name = "Harbor Point Naval Shipyard"
aliases = ["Harbor Point", "HPNS"]
[[role]]
name = "nondestructive testing inspector"
[[site]]
name = "Drydock 4"
lat = 47.5596
lon = -122.6429
radius_m = 300
"#;

    #[test]
    fn parses_the_documented_example() {
        let w = Watchlist::parse(EXAMPLE).unwrap();
        assert_eq!(w.unit[0].aliases, ["Harbor Point", "HPNS"]);
        assert_eq!(w.site[0].radius_m, 300.0);
        assert_eq!(w.timezone.as_deref(), Some("America/Los_Angeles"));
    }

    #[test]
    fn unknown_key_names_its_line() {
        let text = "[[unit]]\nname = \"X\"\nalias = [\"Y\"]\n";
        let e = Watchlist::parse(text).unwrap_err();
        assert!(e.starts_with("line 3:"), "{e}");
        assert!(e.contains("alias"), "{e}");
        let e = Watchlist::parse("colour = \"red\"\n").unwrap_err();
        assert!(e.starts_with("line 1:") && e.contains("colour"), "{e}");
    }

    #[test]
    fn bad_values_are_errors_with_lines() {
        let e = Watchlist::parse("timezone = \"Mars/Base\"\n").unwrap_err();
        assert!(e.starts_with("line 1:") && e.contains("Mars/Base"), "{e}");
        let e = Watchlist::parse("[[site]]\nname = \"Gate\"\nlat = 95.0\nlon = 1.0\n").unwrap_err();
        assert!(e.contains("lat 95"), "{e}");
        let e = Watchlist::parse("[[site]]\nname = \"Gate\"\nlat = \"north\"\nlon = 1.0\n")
            .unwrap_err();
        assert!(e.starts_with("line 3:"), "{e}");
    }

    #[test]
    fn errors_stay_on_one_line_whatever_the_values_hold() {
        // Found by the watchlist fuzz target.
        let e = Watchlist::parse("timezone = \"a\\nb\\u001b[2J\"\n").unwrap_err();
        assert!(!e.contains('\n') && !e.contains('\u{1b}'), "{e:?}");
        assert!(e.contains("a\\nb"), "{e}");
        let e =
            Watchlist::parse("[[site]]\nname = \"x\\ny\"\nlat = 95.0\nlon = 0.0\n").unwrap_err();
        assert!(!e.contains('\n'), "{e:?}");
    }

    #[test]
    fn empty_file_is_an_empty_watchlist() {
        assert!(Watchlist::parse("").unwrap().is_empty());
    }
}
