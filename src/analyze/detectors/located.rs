//! Located events: every geotag, check-in and photo GPS, with its local time.

use crate::analyze::detector::{Context, Detector};
use crate::analyze::lexicon::Class;
use crate::analyze::matcher::Scanned;
use crate::analyze::{Category, Signal, Strength};
use crate::model::Post;

use crate::analyze::lexicon::WEEKDAYS_SHORT as DAYS;

/// Formats a local (weekday, minute) pair: "Tue 06:07".
pub fn local_label(local: (u32, u32)) -> String {
    format!(
        "{} {:02}:{:02}",
        DAYS[(local.0 % 7) as usize],
        local.1 / 60,
        local.1 % 60
    )
}

/// Every geotag, check-in and photo GPS.
pub struct LocatedEvent;

impl Detector for LocatedEvent {
    fn id(&self) -> &'static str {
        "located-event"
    }
    fn category(&self) -> Category {
        Category::Location
    }
    fn summary(&self) -> &'static str {
        "a geotag, check-in, photo GPS position or map pin in the text, with its local time"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nEvery post that carries a position: the platform's geotag or check-in\n\
         coordinates, GPS in a photo's metadata, and a map link with coordinates in the text (a Google,\n\
         Apple or OpenStreetMap pin, a geo: link), with the local time (in the report's time zone).\n\n\
         ## Why it matters\nOne position says little; many line up into the office, home and the routes and\n\
         times in between. This signal is weak on its own: the place clustering turns it into findings.\n\n\
         ## Example\nA tweet geotagged at 47.5620, -122.6244 on a Tuesday at 06:07.\n\n\
         ## False positives\nNone as such; trips (several positions in a few days far away) never become\n\
         findings."
    }
    fn check(&self, post: &Post, _s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        if post.geo.is_none() && post.media.iter().all(|m| m.gps.is_none()) {
            // Most posts: nothing located, and no time label to write.
            return;
        }
        let when = local_label(cx.local);
        if let Some(g) = post.geo {
            // A position read from a map link in the text, not the platform's geotag.
            let how = if crate::ingest::maplinks::pin(&post.text) == Some(g) {
                "shares a map pin at"
            } else {
                "geotagged at"
            };
            out.push(Signal {
                category: Category::Location,
                detector: self.id(),
                reason: format!("{how} {:.5}, {:.5} ({when})", g.lat, g.lon),
                span: None,
                strength: Strength::Weak,
                subject: post.place.clone(),
            });
        }
        for m in post.media.iter().filter(|m| m.gps.is_some()) {
            if let Some(g) = m.gps {
                out.push(Signal {
                    category: Category::Location,
                    detector: self.id(),
                    reason: format!(
                        "photo GPS {:.5}, {:.5} in {} ({when})",
                        g.lat, g.lon, m.path
                    ),
                    span: None,
                    strength: Strength::Weak,
                    subject: None,
                });
            }
        }
    }
}

/// Named check-in places.
pub struct CheckIn;

impl Detector for CheckIn {
    fn id(&self) -> &'static str {
        "check-in"
    }
    fn category(&self) -> Category {
        Category::Location
    }
    fn summary(&self) -> &'static str {
        "the named place of a check-in or tagged place"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nThe name of a check-in or tagged place (Facebook places, X places, Telegram\n\
         venues). A name that is a workplace (an organisation or a building such as 办公楼, a base, a lab)\n\
         is strong; other names are weak and feed place clustering and its labels.\n\n\
         ## Why it matters\nA checked-in name says where the person was in words anyone can search.\n\n\
         ## Example\n\"was at 江城测绘院办公楼\".\n\n## False positives\nCafés and parks are kept weak."
    }
    fn check(&self, post: &Post, _s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        let Some(place) = post.place.as_deref() else {
            return;
        };
        let scanned = cx.matcher.scan(place);
        // A gate alone ("大理古城南门", "Gate 12") is no workplace: towns, parks and airports have
        // gates too.
        let workplace = scanned.of(Class::Place).any(|h| {
            let w = &scanned.norm[h.nstart..h.nend];
            !w.ends_with('门') && !w.ends_with("gate")
        }) || !crate::analyze::orgs::names_zh(place).is_empty()
            || !crate::analyze::orgs::typed_names_en(place).is_empty()
            || scanned
                .hits
                .iter()
                .any(|h| !matches!(h.kind, crate::analyze::matcher::TermKind::Lex(_)));
        out.push(Signal {
            category: Category::Location,
            detector: self.id(),
            reason: format!("checked in at '{place}'"),
            span: None,
            strength: if workplace {
                Strength::Strong
            } else {
                Strength::Weak
            },
            subject: Some(place.to_string()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::detectors::testing::{self, check_post, run_post};
    use crate::model::{GeoPoint, Media, MediaKind};

    #[test]
    fn every_position_is_a_weak_located_event_with_its_local_time() {
        let sig = run_post(
            "",
            &LocatedEvent,
            "ferry sunrise",
            GeoPoint::new(47.5622, -122.6247),
        );
        assert_eq!(sig.len(), 1);
        assert_eq!(sig[0].strength, Strength::Weak);
        assert!(
            sig[0].reason.contains("47.56220, -122.62470"),
            "{}",
            sig[0].reason
        );
        assert!(sig[0].reason.contains("Tue 08:00"), "{}", sig[0].reason);
        assert!(run_post("", &LocatedEvent, "no place", None).is_empty());
    }

    #[test]
    fn photo_gps_counts_too() {
        let mut post = testing::post(crate::model::Platform::X, "拍照");
        let mut m = Media::new("media/1.jpg", MediaKind::Photo);
        m.gps = GeoPoint::new(30.5843, 114.2991);
        post.media.push(m);
        let out = check_post("", &LocatedEvent, &post);
        assert_eq!(out.len(), 1);
        assert!(
            out[0].reason.contains("photo GPS 30.58430, 114.29910"),
            "{}",
            out[0].reason
        );
    }

    #[test]
    fn workplace_check_ins_are_strong_others_weak() {
        let check = |place: &str| {
            let mut post = testing::post(crate::model::Platform::Facebook, "");
            post.place = Some(place.to_string());
            check_post("", &CheckIn, &post)[0].strength
        };
        assert_eq!(check("江城测绘院办公楼"), Strength::Strong);
        assert_eq!(
            check("Harbor Point Naval Shipyard Drydock 4"),
            Strength::Strong
        );
        assert_eq!(check("东方绿道"), Strength::Weak);
        assert_eq!(check("大理古城南门"), Strength::Weak);
        assert_eq!(check("Blue Bottle Coffee"), Strength::Weak);
    }
}
