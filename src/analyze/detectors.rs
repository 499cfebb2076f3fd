//! The registry of per-post detectors and the engine that runs them.
//!
//! Adding a detector: one file in `detectors/`, one line in [`DETECTORS`], tests beside it, and
//! `docs/detectors.md` regenerated (`mosaic detectors --markdown > docs/detectors.md`).

mod clearance;
mod employment;
mod located;
mod org_name;
mod place_text;
mod role_cues;
mod schedule;
mod watchlist;

pub use employment::about_housing;
pub use located::local_label;

use super::detector::{Context, Detector, Flags};
use super::matcher::Matcher;
use super::{Category, Options, Signal, Strength};
use crate::ingest::{Progress, ProgressFn};
use crate::model::{Dataset, Post, PostId, Profile};
use chrono::{Datelike, Timelike};

/// Every per-post detector, in the order their signals are listed.
pub const DETECTORS: &[&dyn Detector] = &[
    &watchlist::WatchlistUnit,
    &watchlist::WatchlistRole,
    &watchlist::WatchlistSite,
    &employment::EmploymentStatement,
    &employment::OwnUnitReference,
    &org_name::OrganisationName,
    &role_cues::RoleCues,
    &clearance::ClearanceVetting,
    &place_text::PlaceInText,
    &located::CheckIn,
    &located::LocatedEvent,
    &schedule::ScheduleStatement,
];

/// The id of the profile detector (it runs the text detectors over the profile's fields).
pub const PROFILE_FIELD: &str = "profile-field";

/// Labels of profile signals from positions that have ended.
pub const PAST_EMPLOYER: &str = "past employer";
pub const PAST_TITLE: &str = "past job title";

/// The detectors with their matcher built once for an analysis.
pub struct Engine<'a> {
    options: &'a Options,
    matcher: Matcher,
}

impl<'a> Engine<'a> {
    pub fn new(options: &'a Options) -> Self {
        Self::with_matcher(options, Matcher::new(&options.watchlist))
    }

    /// [`Engine::new`] with a matcher already built for `options.watchlist` (built while the
    /// archive was being read).
    pub fn with_matcher(options: &'a Options, matcher: Matcher) -> Self {
        Engine { options, matcher }
    }

    /// The lexicon and watchlist matcher the detectors use.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Run every detector on one post.
    pub fn post(&self, post: &Post) -> Vec<Signal> {
        self.post_with_text(post).0
    }

    /// [`Engine::post`], also returning the post's normalised text for the aggregators.
    pub fn post_with_text(&self, post: &Post) -> (Vec<Signal>, String) {
        let mut scanned = self.matcher.scan(&post.text);
        let local = post.event_local(self.options.timezone);
        let cx = Context {
            options: self.options,
            matcher: &self.matcher,
            flags: Flags::of(&scanned),
            local: (
                local.weekday().num_days_from_monday(),
                local.hour() * 60 + local.minute(),
            ),
        };
        let mut out = Vec::new();
        for d in DETECTORS {
            d.check(post, &scanned, &cx, &mut out);
        }
        (out, std::mem::take(&mut scanned.norm))
    }

    /// Run every detector on every post, the posts split over the machine's cores.
    pub fn run(&self, data: &Dataset, progress: ProgressFn<'_>) -> Vec<Vec<Signal>> {
        self.run_with_text(data, progress).0
    }

    /// [`Engine::run`], also returning each post's normalised text, so the aggregators do not
    /// normalise every post again.
    pub fn run_with_text(
        &self,
        data: &Dataset,
        progress: ProgressFn<'_>,
    ) -> (Vec<Vec<Signal>>, Vec<String>) {
        let total = data.posts.len() as u64;
        let done = std::sync::atomic::AtomicU64::new(0);
        crate::par::map(&data.posts, |p| {
            let d = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if d.is_multiple_of(5_000) {
                progress(Progress {
                    stage: "detecting",
                    done: d,
                    total,
                });
            }
            self.post_with_text(p)
        })
        .into_iter()
        .unzip()
    }

    /// Signals on the profile's fields: the text detectors run over each field, plus work
    /// history entries, which name employer and title outright.
    pub fn profile(&self, profile: &Profile) -> Vec<(String, Signal)> {
        let mut out = Vec::new();
        for w in &profile.work {
            // A position that ended ("Finished On 2019") is a past employer: still written
            // down, but not the unit the posts point at now.
            let ended = w.end.as_deref().is_some_and(|e| {
                let e = e.trim().to_lowercase();
                !e.is_empty() && e != "present" && e != "至今" && e != "now"
            });
            let (employer, title, strength, until) = if ended {
                (
                    PAST_EMPLOYER,
                    PAST_TITLE,
                    Strength::Weak,
                    format!(" (until {})", w.end.as_deref().unwrap_or_default().trim()),
                )
            } else {
                ("employer", "job title", Strength::Strong, String::new())
            };
            if let Some(e) = w.employer.as_deref().filter(|e| !e.trim().is_empty()) {
                out.push((
                    employer.to_string(),
                    Signal {
                        category: Category::Unit,
                        detector: PROFILE_FIELD,
                        reason: format!("work history names the employer '{e}'{until}"),
                        span: None,
                        strength,
                        subject: Some(e.trim().to_string()),
                    },
                ));
            }
            if let Some(t) = w.title.as_deref().filter(|t| !t.trim().is_empty()) {
                out.push((
                    title.to_string(),
                    Signal {
                        category: Category::Role,
                        detector: PROFILE_FIELD,
                        reason: format!("work history gives the title '{t}'{until}"),
                        span: None,
                        strength,
                        subject: Some(t.trim().to_string()),
                    },
                ));
            }
        }
        for (label, text) in profile.texts() {
            if matches!(label.as_str(), "employer" | "job title") {
                continue;
            }
            let post = Post::new(
                PostId(format!("profile:{label}")),
                crate::model::Platform::X,
                None,
                chrono::DateTime::UNIX_EPOCH,
                text.clone(),
            );
            for mut s in self.post(&post) {
                if s.detector == "located-event" {
                    continue;
                }
                s.reason = format!(
                    "{label} '{}': {} ({})",
                    excerpt(&text, 60),
                    s.reason,
                    s.detector
                );
                s.detector = PROFILE_FIELD;
                s.span = None;
                out.push((label.clone(), s));
            }
        }
        out
    }
}

fn excerpt(text: &str, chars: usize) -> String {
    let mut s: String = text.chars().take(chars).collect();
    if text.chars().count() > chars {
        s.push('…');
    }
    s
}

/// `mosaic detectors [ID] [--markdown]`: the list, one explanation, or the Markdown reference.
pub fn describe(id: Option<&str>, markdown: bool) -> crate::Result<String> {
    use std::fmt::Write;
    let mut s = String::new();
    if markdown {
        return Ok(markdown_reference());
    }
    match id {
        Some(id) => {
            let d = DETECTORS.iter().find(|d| d.id() == id).ok_or_else(|| {
                crate::Error::Usage(format!(
                    "no detector '{id}' (run `mosaic detectors` for the list)"
                ))
            })?;
            let _ = writeln!(
                s,
                "{} ({})\n\n{}",
                d.id(),
                d.category().as_str(),
                d.explain().trim()
            );
        }
        None => {
            for d in DETECTORS {
                let _ = writeln!(
                    s,
                    "{:<22} {:<9} {}",
                    d.id(),
                    d.category().as_str(),
                    d.summary()
                );
            }
            let _ = writeln!(
                s,
                "{:<22} {:<9} the detectors above, run over the profile's bio, location, work history and fields",
                PROFILE_FIELD, "any"
            );
        }
    }
    Ok(s)
}

/// The detector reference, generated from the registry (`docs/detectors.md`).
pub fn markdown_reference() -> String {
    use std::fmt::Write;
    let mut s = String::from(
        "# Detectors\n\n<!-- Generated by `mosaic detectors --markdown`; a test fails when this file is stale. -->\n\n\
         mosaic reads each post with the per-post detectors below, then lines their signals up across\n\
         posts into findings (see `docs/findings.md`). A signal is *strong* when it reveals its category\n\
         on its own, *weak* when it only counts together with other posts.\n\n",
    );
    let _ = writeln!(s, "| id | category | what it looks for |\n|---|---|---|");
    for d in DETECTORS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} |",
            d.id(),
            d.category().as_str(),
            d.summary()
        );
    }
    let _ = writeln!(
        s,
        "| `{PROFILE_FIELD}` | any | the detectors above, run over the profile's bio, location, work history and fields |"
    );
    for d in DETECTORS {
        let _ = writeln!(
            s,
            "\n## `{}`\n\nCategory: {}.\n\n{}",
            d.id(),
            d.category().as_str(),
            d.explain().trim().replace("## ", "### ")
        );
    }
    let _ = writeln!(
        s,
        "\n## `{PROFILE_FIELD}`\n\nCategory: any.\n\n### What it detects\nThe text detectors above, run over each profile field (bio, location,\n\
         website, professional categories, profile fields), and work-history entries, whose employer is a unit\n\
         signal and whose title is a role signal.\n\n### Why it matters\nProfiles stay up after posts are deleted;\n\
         the plan lists them under what stays exposed.\n\n### Example\nAn X bio \"inspector by trade, ferry commuter\".\n\n\
         ### False positives\nAs for the detectors it runs."
    );
    s
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers to run one detector on a text.

    use super::*;
    use crate::model::{GeoPoint, Platform};
    use crate::watchlist::Watchlist;

    /// A plain post on a platform, at the epoch, for a test to fill in.
    pub fn post(platform: Platform, text: &str) -> Post {
        Post::new(
            PostId(format!("{}:1", platform.as_str())),
            platform,
            None,
            chrono::DateTime::UNIX_EPOCH,
            text.into(),
        )
    }

    pub fn run_post(
        watchlist: &str,
        d: &dyn Detector,
        text: &str,
        geo: Option<GeoPoint>,
    ) -> Vec<Signal> {
        let mut post = post(Platform::X, text);
        post.geo = geo;
        check_post(watchlist, d, &post)
    }

    /// Run one detector on a post built by the test (media, places), on Tuesday at 08:00.
    pub fn check_post(watchlist: &str, d: &dyn Detector, post: &Post) -> Vec<Signal> {
        let options = Options {
            watchlist: Watchlist::parse(watchlist).unwrap(),
            ..Options::default()
        };
        let matcher = Matcher::new(&options.watchlist);
        let scanned = matcher.scan(&post.text);
        let cx = Context {
            options: &options,
            matcher: &matcher,
            flags: Flags::of(&scanned),
            local: (1, 480),
        };
        let mut out = Vec::new();
        d.check(post, &scanned, &cx, &mut out);
        out
    }

    pub fn run_with(watchlist: &str, d: &dyn Detector, text: &str) -> Vec<Signal> {
        run_post(watchlist, d, text, None)
    }

    pub fn run(d: &dyn Detector, text: &str) -> Vec<Signal> {
        run_post("", d, text, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_detector_is_documented_and_unique() {
        let mut ids = std::collections::HashSet::new();
        for d in DETECTORS {
            assert!(ids.insert(d.id()), "duplicate id {}", d.id());
            for heading in [
                "## What it detects",
                "## Why it matters",
                "## Example",
                "## False positives",
            ] {
                assert!(d.explain().contains(heading), "{} lacks {heading}", d.id());
            }
        }
    }

    #[test]
    fn docs_detectors_md_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/detectors.md");
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == markdown_reference(),
            "docs/detectors.md is stale: run `cargo run -- detectors --markdown > docs/detectors.md`"
        );
    }
}

#[cfg(test)]
mod profile_tests {
    use super::*;
    use crate::model::{Profile, WorkEntry};

    #[test]
    fn ended_positions_are_past_employers() {
        let opts = Options::default();
        let engine = Engine::new(&opts);
        let entry = |employer: &str, end: Option<&str>| WorkEntry {
            employer: Some(employer.to_string()),
            title: Some("Technician".to_string()),
            end: end.map(str::to_string),
            ..WorkEntry::default()
        };
        let profile = Profile {
            work: vec![
                entry("Kowari Guided Weapons Facility", None),
                entry("Royal Australian Air Force", Some("Jan 2019")),
            ],
            ..Profile::default()
        };
        let signals = engine.profile(&profile);
        let of = |name: &str| {
            signals
                .iter()
                .find(|(_, s)| s.subject.as_deref() == Some(name))
                .map(|(label, s)| (label.clone(), s.strength))
        };
        assert_eq!(
            of("Kowari Guided Weapons Facility"),
            Some(("employer".to_string(), Strength::Strong))
        );
        assert_eq!(
            of("Royal Australian Air Force"),
            Some((PAST_EMPLOYER.to_string(), Strength::Weak))
        );
    }
}
