//! What the screen needs that follows from the data, computed once per load (on the worker
//! thread), so no frame does work proportional to the archive.

use crate::analyze::{Analysis, Area, Severity};
use crate::model::{Dataset, Platform};
use chrono::Datelike;
use chrono_tz::Tz;

/// One month of the activity chart.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthBin {
    pub year: i32,
    pub month: u32,
    pub posts: usize,
    pub flagged: usize,
    /// The highest risk of a post in the month.
    pub risk: Option<Severity>,
}

/// A place on the map: a finding with a location.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Index into [`Analysis::findings`].
    pub finding: usize,
    pub label: String,
    /// A one-word label for the map: office, home, routine…
    pub short: &'static str,
    pub area: Area,
    pub severity: Severity,
}

/// Precomputed per-load data.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    /// Per post: its risk (highest severity of the findings it feeds, else medium if it feeds
    /// a category, else low if it has any signal).
    pub risk: Vec<Option<Severity>>,
    /// Per post: the findings it is evidence for.
    pub findings_by_post: Vec<Vec<usize>>,
    /// Month bins from the first post's month to the last's, in the display zone.
    pub months: Vec<MonthBin>,
    /// Per post: index into `months`.
    pub month_of: Vec<u32>,
    /// Platforms and years present, for the filter menu.
    pub platforms: Vec<Platform>,
    pub years: Vec<i32>,
    /// Findings in display order (most severe first).
    pub finding_order: Vec<usize>,
    pub places: Vec<Place>,
    /// Map bounds `[lon_min, lon_max]`, `[lat_min, lat_max]`, zoomed to the places (or to
    /// the located posts when there are none).
    pub map_x: [f64; 2],
    pub map_y: [f64; 2],
    /// Located posts, thinned to one point per map grid cell.
    pub map_points: Vec<(f64, f64)>,
    /// Number of located posts.
    pub located: usize,
    /// Number of posts that feed at least one category.
    pub flagged: usize,
}

const GRID: f64 = 240.0;

impl Derived {
    pub fn new(data: &Dataset, analysis: &Analysis, tz: Tz) -> Derived {
        let findings_by_post = analysis.findings_by_post();
        let risk: Vec<Option<Severity>> = (0..data.posts.len())
            .map(|i| {
                let from_findings = findings_by_post
                    .get(i)
                    .into_iter()
                    .flatten()
                    .filter_map(|f| analysis.findings.get(*f))
                    .map(|f| f.severity)
                    .max();
                from_findings.or_else(|| {
                    if analysis.categories.get(i).is_some_and(|c| !c.is_empty()) {
                        Some(Severity::Medium)
                    } else if analysis.signals.get(i).is_some_and(|s| !s.is_empty()) {
                        Some(Severity::Low)
                    } else {
                        None
                    }
                })
            })
            .collect();

        // Months.
        let local: Vec<(i32, u32)> = data
            .posts
            .iter()
            .map(|p| {
                let t = p.created_at.with_timezone(&tz);
                (t.year(), t.month())
            })
            .collect();
        let (mut months, mut month_of) = (Vec::new(), Vec::with_capacity(local.len()));
        if let (Some(first), Some(last)) = (local.iter().min(), local.iter().max()) {
            let (mut y, mut m) = *first;
            while (y, m) <= *last {
                months.push(MonthBin {
                    year: y,
                    month: m,
                    posts: 0,
                    flagged: 0,
                    risk: None,
                });
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
            for (i, (y, m)) in local.iter().enumerate() {
                let idx = ((y - first.0) * 12 + (*m as i32 - first.1 as i32)).max(0) as usize;
                month_of.push(idx as u32);
                if let Some(b) = months.get_mut(idx) {
                    b.posts += 1;
                    if risk[i].is_some() {
                        b.flagged += 1;
                    }
                    b.risk = b.risk.max(risk[i]);
                }
            }
        }
        let mut platforms: Vec<Platform> = data.posts.iter().map(|p| p.platform).collect();
        platforms.sort();
        platforms.dedup();
        let mut years: Vec<i32> = months.iter().map(|m| m.year).collect();
        years.dedup();

        let mut finding_order: Vec<usize> = (0..analysis.findings.len()).collect();
        finding_order.sort_by_key(|&i| std::cmp::Reverse(analysis.findings[i].severity));

        let places: Vec<Place> = finding_order
            .iter()
            .filter_map(|&i| {
                let f = &analysis.findings[i];
                f.location.map(|area| Place {
                    finding: i,
                    label: f.value.clone().unwrap_or_else(|| f.title.clone()),
                    short: match f.category {
                        crate::analyze::Category::Location => "office",
                        crate::analyze::Category::Home => "home",
                        c => c.as_str(),
                    },
                    area,
                    severity: f.severity,
                })
            })
            .collect();

        // Map bounds: the places with a margin, else the located posts.
        let points: Vec<(f64, f64)> = data
            .posts
            .iter()
            .filter_map(|p| p.location())
            .map(|g| (g.lon, g.lat))
            .collect();
        let located = points.len();
        let anchor: Vec<(f64, f64)> = if places.is_empty() {
            points.clone()
        } else {
            places.iter().map(|p| (p.area.lon, p.area.lat)).collect()
        };
        let (mut map_x, mut map_y) = ([-180.0, 180.0], [-90.0, 90.0]);
        if !anchor.is_empty() {
            let fold = |f: fn(f64, f64) -> f64, init: f64, sel: fn(&(f64, f64)) -> f64| {
                anchor.iter().map(sel).fold(init, f)
            };
            let (x0, x1) = (
                fold(f64::min, f64::MAX, |p| p.0),
                fold(f64::max, f64::MIN, |p| p.0),
            );
            let (y0, y1) = (
                fold(f64::min, f64::MAX, |p| p.1),
                fold(f64::max, f64::MIN, |p| p.1),
            );
            // At least ~2 km across, plus a quarter on every side.
            let w = (x1 - x0).max(0.03);
            let h = (y1 - y0).max(0.02);
            map_x = [
                x0 - w * 0.25 - (w - (x1 - x0)) / 2.0,
                x1 + w * 0.25 + (w - (x1 - x0)) / 2.0,
            ];
            map_y = [
                y0 - h * 0.25 - (h - (y1 - y0)) / 2.0,
                y1 + h * 0.25 + (h - (y1 - y0)) / 2.0,
            ];
        }
        let mut cells: Vec<(i64, i64)> = points
            .iter()
            .filter(|(x, y)| (map_x[0]..=map_x[1]).contains(x) && (map_y[0]..=map_y[1]).contains(y))
            .map(|(x, y)| {
                (
                    ((x - map_x[0]) / (map_x[1] - map_x[0]) * GRID) as i64,
                    ((y - map_y[0]) / (map_y[1] - map_y[0]) * GRID) as i64,
                )
            })
            .collect();
        cells.sort_unstable();
        cells.dedup();
        let map_points = cells
            .into_iter()
            .map(|(cx, cy)| {
                (
                    map_x[0] + (cx as f64 + 0.5) / GRID * (map_x[1] - map_x[0]),
                    map_y[0] + (cy as f64 + 0.5) / GRID * (map_y[1] - map_y[0]),
                )
            })
            .collect();

        let flagged = analysis.flagged_count();
        Derived {
            risk,
            findings_by_post,
            months,
            month_of,
            platforms,
            years,
            finding_order,
            places,
            map_x,
            map_y,
            map_points,
            located,
            flagged,
        }
    }
}
