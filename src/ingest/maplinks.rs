//! Map pins shared in a post's text: a Google, Apple or OpenStreetMap link, or a `geo:` URI,
//! that carries coordinates ("Pin for anyone joining: https://www.google.com/maps/place/
//! 57.68741,-4.15905"). Platforms without geotags (LinkedIn, Mastodon, Telegram text) still
//! give places away this way.
//!
//! Only links with the numbers in them are read; a short link (`goo.gl/maps/…`) or a place
//! name (`?q=coffee`) holds no position, and nothing is looked up.

use crate::model::{GeoPoint, Post};

/// What, in a link, comes right before the latitude (then a comma and the longitude).
const BEFORE_PAIR: &[&str] = &[
    "/place/", "/@", "/search/", "?q=", "&q=", "?ll=", "&ll=", "query=", "center=", "?daddr=",
    "&daddr=", "?sll=", "&sll=",
];

/// The first map pin in a text, if any.
pub fn pin(text: &str) -> Option<GeoPoint> {
    if !(text.contains("map") || text.contains("geo:")) {
        return None;
    }
    text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '(' | ')'))
        .find_map(link_pin)
}

fn link_pin(word: &str) -> Option<GeoPoint> {
    let lower = word.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("geo:") {
        return pair(rest);
    }
    let google = lower.contains("google.") && lower.contains("map");
    let apple = lower.contains("maps.apple.com");
    let osm = lower.contains("openstreetmap.org");
    if !(google || apple || osm) {
        return None;
    }
    if osm {
        // "#map=17/57.68741/-4.15905" or "?mlat=57.68741&mlon=-4.15905".
        if let Some(at) = lower.find("#map=") {
            let mut parts = lower[at + 5..].split('/').skip(1);
            let lat = number(parts.next()?)?.0;
            let lon = number(parts.next()?)?.0;
            return GeoPoint::new(lat, lon);
        }
        let value = |key: &str| -> Option<f64> {
            let at = lower.find(key)?;
            Some(number(&lower[at + key.len()..])?.0)
        };
        return GeoPoint::new(value("mlat=")?, value("mlon=")?);
    }
    BEFORE_PAIR.iter().find_map(|m| {
        let at = lower.find(m)?;
        pair(&lower[at + m.len()..])
    })
}

/// "57.68741,-4.15905", "57.68741%2C-4.15905", "57.68741,+-4.15905": two decimals with at
/// least three places each (a zoom level or a street number is not a coordinate).
fn pair(s: &str) -> Option<GeoPoint> {
    let (lat, used) = number(s)?;
    let rest = &s[used..];
    let rest = ["%2c", ",+", ", ", ",", "+"]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    let (lon, _) = number(rest)?;
    GeoPoint::new(lat, lon)
}

/// A decimal number with three or more places at the start of `s`, and how many bytes it
/// took.
fn number(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == int_start || i - int_start > 3 || b.get(i) != Some(&b'.') {
        return None;
    }
    i += 1;
    let frac_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i - frac_start < 3 {
        return None;
    }
    s[..i].parse().ok().map(|v| (v, i))
}

/// Give each post with no position of its own the map pin its text shares. Returns how many
/// posts got one.
pub fn locate_posts(posts: &mut [Post]) -> usize {
    let mut n = 0;
    for p in posts.iter_mut().filter(|p| p.geo.is_none()) {
        if let Some(g) = pin(&p.text) {
            p.geo = Some(g);
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<(f64, f64)> {
        pin(text).map(|g| (g.lat, g.lon))
    }

    #[test]
    fn reads_the_usual_links() {
        assert_eq!(
            at(
                "Pin for anyone joining: https://www.google.com/maps/place/57.68741,-4.15905\nAll donations"
            ),
            Some((57.68741, -4.15905))
        );
        assert_eq!(
            at("Visitors' pin: https://maps.google.com/?q=57.68668,-4.15826"),
            Some((57.68668, -4.15826))
        );
        assert_eq!(
            at("here https://www.google.com/maps/@22.4475041,114.0915,17z?entry=ttu"),
            Some((22.4475041, 114.0915))
        );
        assert_eq!(
            at("https://www.google.com/maps/search/?api=1&query=-33.8568%2C151.2153"),
            Some((-33.8568, 151.2153))
        );
        assert_eq!(
            at("meet here https://maps.apple.com/?ll=47.5596,-122.6429&q=Dropped%20Pin"),
            Some((47.5596, -122.6429))
        );
        assert_eq!(
            at("https://www.openstreetmap.org/#map=17/52.17870/21.00470"),
            Some((52.1787, 21.0047))
        );
        assert_eq!(
            at("https://www.openstreetmap.org/?mlat=52.1787&mlon=21.0047#map=17/52.1787/21.0047"),
            Some((52.1787, 21.0047))
        );
        assert_eq!(at("geo:37.9531,-91.5127"), Some((37.9531, -91.5127)));
    }

    #[test]
    fn ignores_links_without_coordinates() {
        assert_eq!(at("https://goo.gl/maps/AbCdEf123"), None);
        assert_eq!(at("https://maps.google.com/?q=best+coffee+in+town"), None);
        assert_eq!(at("the map says 57.68741,-4.15905 is the spot"), None);
        assert_eq!(at("https://www.google.com/maps/@57.6,-4.1,17z"), None);
        assert_eq!(at("https://example.com/place/57.68741,-4.15905"), None);
        assert_eq!(at("geo:0.000,0.000"), None);
    }
}
