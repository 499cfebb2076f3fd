//! Geographic points and distances.

use serde::Serialize;

/// A WGS84 point in decimal degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

impl GeoPoint {
    /// A point, if the coordinates are finite, in range, and not the (0, 0) "no location"
    /// placeholder some exports write.
    pub fn new(lat: f64, lon: f64) -> Option<Self> {
        let valid = lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon)
            && !(lat == 0.0 && lon == 0.0);
        valid.then_some(GeoPoint { lat, lon })
    }

    /// Great-circle distance in metres (haversine).
    pub fn distance_m(&self, other: &GeoPoint) -> f64 {
        const R: f64 = 6_371_000.0;
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * R * h.sqrt().min(1.0).asin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_null_island_and_out_of_range() {
        assert!(GeoPoint::new(0.0, 0.0).is_none());
        assert!(GeoPoint::new(91.0, 0.0).is_none());
        assert!(GeoPoint::new(f64::NAN, 1.0).is_none());
        assert!(GeoPoint::new(47.5, -122.6).is_some());
    }

    #[test]
    fn distance_matches_known_value() {
        // Bremerton ferry terminal to Drydock 4, about 1.4 km.
        let a = GeoPoint::new(47.5622, -122.6247).unwrap();
        let b = GeoPoint::new(47.5596, -122.6429).unwrap();
        let d = a.distance_m(&b);
        assert!((1_350.0..1_450.0).contains(&d), "{d}");
    }
}
