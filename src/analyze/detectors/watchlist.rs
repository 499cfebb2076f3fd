//! Watchlist matches: the units, roles and sites a security officer wrote down.

use crate::analyze::detector::{Context, Detector, about_someone_else, in_idiom, signal_at};
use crate::analyze::matcher::{Hit, Scanned, TermKind};
use crate::analyze::{Category, Signal, Strength};
use crate::model::Post;

/// Keep the longest of overlapping hits of the same kind ("Harbor Point Naval Shipyard" over
/// "Harbor Point").
fn longest<'a>(hits: impl Iterator<Item = &'a Hit>) -> Vec<&'a Hit> {
    let mut out: Vec<&Hit> = Vec::new();
    for h in hits {
        if let Some(last) = out.last_mut()
            && h.nstart < last.nend
        {
            if h.nend - h.nstart > last.nend - last.nstart {
                *last = h;
            }
            continue;
        }
        out.push(h);
    }
    out
}

/// Names and aliases of watched units.
pub struct WatchlistUnit;

impl Detector for WatchlistUnit {
    fn id(&self) -> &'static str {
        "watchlist-unit"
    }
    fn category(&self) -> Category {
        Category::Unit
    }
    fn summary(&self) -> &'static str {
        "names a unit on the watchlist, by its name or an alias"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nA post that names a unit from the watchlist's `[[unit]]` entries, by name or alias.\n\
         Matching ignores case, full-width forms and punctuation; Latin names must be whole words\n\
         (\"HPNS\" does not match inside \"HPNSX\"), Chinese names match anywhere.\n\n\
         ## Why it matters\nThe officer listed the unit because naming it is what must not happen.\n\n\
         ## Example\n\"HPNS family day was a blast\" with `aliases = [\"HPNS\"]`.\n\n\
         ## False positives\nA name that is also an everyday phrase; give aliases that are specific."
    }
    fn check(&self, _post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        let units = &cx.options.watchlist.unit;
        for (i, u) in units.iter().enumerate() {
            let hits = s
                .hits
                .iter()
                .filter(|h| h.kind == TermKind::Unit(i) && !in_idiom(s, h));
            for h in longest(hits) {
                out.push(signal_at(
                    Category::Unit,
                    self.id(),
                    Strength::Strong,
                    h,
                    format!("names '{}', the watched unit {}", s.original(h), u.name),
                    Some(u.name.clone()),
                ));
            }
        }
    }
}

/// Watched role names.
pub struct WatchlistRole;

impl Detector for WatchlistRole {
    fn id(&self) -> &'static str {
        "watchlist-role"
    }
    fn category(&self) -> Category {
        Category::Role
    }
    fn summary(&self) -> &'static str {
        "names a role on the watchlist"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nA post that names a role from the watchlist's `[[role]]` entries (name or alias),\n\
         matched like unit names, or a duty the role's name lists (\"… technician (dentures, cast\n\
         partials)\" watches \"denture\" and \"cast partials\").\n\n## Why it matters\nA role tells an adversary what the person can access.\n\n\
         ## Example\n\"作为测绘工程师\" with `name = \"测绘工程师\"`.\n\n\
         ## False positives\nGeneric role names (\"engineer\") match everywhere; watch a specific title."
    }
    fn check(&self, _post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        for (i, r) in cx.options.watchlist.role.iter().enumerate() {
            for h in longest(s.hits.iter().filter(|h| h.kind == TermKind::Role(i))) {
                let named = r
                    .all_names()
                    .any(|n| n.eq_ignore_ascii_case(s.original(h).trim()));
                // A duty's words in an idiom, a game, a film or someone else's life are not the
                // person's work ("通風報信", an escape room's "防爆門").
                if !named
                    && (in_idiom(s, h) || cx.flags.off_work() || about_someone_else(s, h.nstart))
                {
                    continue;
                }
                out.push(signal_at(
                    Category::Role,
                    self.id(),
                    Strength::Strong,
                    h,
                    if named {
                        format!("names '{}', the watched role {}", s.original(h), r.name)
                    } else {
                        format!(
                            "names '{}', a duty of the watched role {}",
                            s.original(h),
                            r.name
                        )
                    },
                    Some(r.name.clone()),
                ));
            }
        }
    }
}

/// Watched sites: named in text, or a geotag or photo GPS inside their radius.
pub struct WatchlistSite;

impl Detector for WatchlistSite {
    fn id(&self) -> &'static str {
        "watchlist-site"
    }
    fn category(&self) -> Category {
        Category::Location
    }
    fn summary(&self) -> &'static str {
        "is located inside, or names, a sensitive site on the watchlist"
    }
    fn explain(&self) -> &'static str {
        "## What it detects\nA geotag, check-in or photo GPS within a watched site's `radius_m` of its point, or\n\
         text naming the site.\n\n## Why it matters\nEach such post places the person at the site; a few give\n\
         away when they are there.\n\n## Example\nA photo taken at 47.5597, -122.6431 with a site of radius 300 m\n\
         at 47.5596, -122.6429.\n\n## False positives\nA site drawn too large catches the neighbourhood."
    }
    fn check(&self, post: &Post, s: &Scanned<'_>, cx: &Context<'_>, out: &mut Vec<Signal>) {
        for (i, site) in cx.options.watchlist.site.iter().enumerate() {
            for h in longest(s.hits.iter().filter(|h| h.kind == TermKind::Site(i))) {
                out.push(signal_at(
                    Category::Location,
                    self.id(),
                    Strength::Strong,
                    h,
                    format!("names the watched site {}", site.name),
                    Some(site.name.clone()),
                ));
            }
            if let Some(d) = post
                .points()
                .map(|p| p.distance_m(&site.point()))
                .find(|d| *d <= site.radius_m)
            {
                out.push(Signal {
                    category: Category::Location,
                    detector: self.id(),
                    reason: format!("located {d:.0} m from the watched site {}", site.name),
                    span: None,
                    strength: Strength::Strong,
                    subject: Some(site.name.clone()),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::detectors::testing::{run, run_with};

    const WATCH: &str = "[[unit]]\nname = \"Harbor Point Naval Shipyard\"\naliases = [\"Harbor Point\", \"HPNS\"]\n\
        [[unit]]\nname = \"江城测绘院\"\naliases = [\"测绘院\"]\n\
        [[role]]\nname = \"测绘工程师\"\n[[role]]\nname = \"nondestructive testing inspector\"\n\
        [[site]]\nname = \"Drydock 4\"\nlat = 47.5596\nlon = -122.6429\nradius_m = 300\n";

    #[test]
    fn units_match_names_and_aliases_in_both_languages() {
        let sig = run_with(WATCH, &WatchlistUnit, "HPNS family day was a blast");
        assert_eq!(sig.len(), 1);
        assert_eq!(
            sig[0].subject.as_deref(),
            Some("Harbor Point Naval Shipyard")
        );
        let sig = run_with(
            WATCH,
            &WatchlistUnit,
            "First week at Harbor-Point naval shipyard!",
        );
        assert_eq!(sig.len(), 1, "one signal for the longest name");
        let sig = run_with(WATCH, &WatchlistUnit, "正式成为江城测绘院的一员啦");
        assert_eq!(sig.len(), 1);
        let sig = run_with(WATCH, &WatchlistUnit, "测绘院的年会节目");
        assert_eq!(sig.len(), 1);
    }

    #[test]
    fn units_do_not_match_inside_words() {
        assert!(run_with(WATCH, &WatchlistUnit, "The HPNSX release is out").is_empty());
        assert!(run_with(WATCH, &WatchlistUnit, "Point Harbor is lovely").is_empty());
        assert!(
            run(&WatchlistUnit, "HPNS").is_empty(),
            "no watchlist, no match"
        );
    }

    #[test]
    fn roles_match() {
        assert_eq!(
            run_with(WATCH, &WatchlistRole, "作为测绘工程师，最开心").len(),
            1
        );
        assert_eq!(
            run_with(
                WATCH,
                &WatchlistRole,
                "I'm a Nondestructive-Testing Inspector"
            )
            .len(),
            1
        );
        assert!(run_with(WATCH, &WatchlistRole, "I test things non destructively").is_empty());
    }

    #[test]
    fn a_roles_listed_duties_are_watched_too() {
        const DUTIES: &str = "[[role]]\nname = \"dental laboratory technician (military dental centre: \
            dentures, crowns and bridges, cast partials)\"\n[[role]]\nname = \"屋宇設備工程師（地下設施：\
            通風及空氣過濾、防爆閥及防爆門）\"\n";
        let duty = |text: &str| {
            run_with(DUTIES, &WatchlistRole, text)
                .iter()
                .any(|s| s.reason.contains("a duty of the watched role"))
        };
        // Each listed duty, in the singular too.
        assert!(duty("Flasked a denture three times today"));
        assert!(duty("Cast partials all week, cobalt-chrome everywhere"));
        assert!(duty("今日成日試防爆閥嘅彈簧"));
        assert!(duty("空氣過濾系統換咗新嘅 HEPA"));
        // A short common word alone is not watched; an idiom or a game is no duty.
        assert!(!duty("The crowns at the palace were something else"));
        assert!(!duty("通風報信：樓下開咗分店"));
        assert!(!duty("同大學同學玩密室逃脫，要喺防空洞入面搵密碼開防爆門"));
        // The role's name itself still matches as the role.
        assert!(
            run_with(
                DUTIES,
                &WatchlistRole,
                "Officially a dental laboratory technician!"
            )
            .iter()
            .any(|s| s.reason.contains("the watched role"))
        );
    }

    #[test]
    fn sites_match_by_radius_and_name() {
        use crate::analyze::detectors::testing::run_post;
        use crate::model::GeoPoint;
        let near = run_post(
            WATCH,
            &WatchlistSite,
            "lunch",
            GeoPoint::new(47.5600, -122.6430),
        );
        assert_eq!(near.len(), 1);
        let far = run_post(
            WATCH,
            &WatchlistSite,
            "lunch",
            GeoPoint::new(47.5622, -122.6247),
        );
        assert!(far.is_empty());
        assert_eq!(
            run_with(WATCH, &WatchlistSite, "Drydock 4 is flooded").len(),
            1
        );
    }
}
