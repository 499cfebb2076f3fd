//! Helpers shared by the two Meta exports, Facebook and Instagram: JSON read with every
//! string's escaped-UTF-8 mojibake repaired, the `exif_data` copy of photo metadata, media
//! items, the generic `label_values` / `string_map_data` records, and Messenger-style
//! `message_N.json` threads.

use super::text::fix_mojibake;
use crate::archive::Archive;
use crate::model::{Conversation, GeoPoint, Media, Message, Platform, TakenAt};
use chrono::{DateTime, Datelike, Utc};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

/// Repair the mojibake of every string in a JSON value, object keys included.
pub fn fix_value(v: Value) -> Value {
    match v {
        Value::String(s) => Value::String(fix_mojibake(&s).into_owned()),
        Value::Array(items) => Value::Array(items.into_iter().map(fix_value).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (fix_mojibake(&k).into_owned(), fix_value(v)))
                .collect::<Map<String, Value>>(),
        ),
        other => other,
    }
}

/// Read and parse a JSON entry, mojibake repaired. A damaged file becomes a warning.
pub fn read_json(archive: &Archive, name: &str, warnings: &mut Vec<String>) -> Option<Value> {
    let text = match archive.read_text(name) {
        Ok(t) => t,
        Err(e) => {
            warnings.push(format!("{name}: not readable, skipped ({e})"));
            return None;
        }
    };
    match parse_salvaged(&text) {
        Ok((v, None)) => Some(fix_value(v)),
        Ok((v, Some(e))) => {
            warnings.push(cut_off_warning(name, &e));
            Some(fix_value(v))
        }
        Err(e) => {
            warnings.push(format!("{name}: not valid JSON, skipped ({e})"));
            None
        }
    }
}

/// Read a file whose content is a list of records (an array, or an object holding one):
/// like [`read_json`], but a cut-off or damaged array still yields every complete record
/// before the damage, with a warning. `None` when nothing at all is readable.
pub fn read_list(archive: &Archive, name: &str, warnings: &mut Vec<String>) -> Option<Vec<Value>> {
    let text = match archive.read_text(name) {
        Ok(t) => t,
        Err(e) => {
            warnings.push(format!("{name}: not readable, skipped ({e})"));
            return None;
        }
    };
    match serde_json::from_str::<Value>(&text) {
        Ok(v) => match first_array(&v) {
            Some(items) => Some(items.iter().cloned().map(fix_value).collect()),
            None => {
                warnings.push(format!("{name}: no list of records found, skipped"));
                None
            }
        },
        Err(e) => {
            let salvaged: Vec<Value> = text
                .find('[')
                .map(|b| super::x::raw_elements(&text[b..]).0)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|raw| serde_json::from_str(raw).ok())
                .map(fix_value)
                .collect();
            if salvaged.is_empty() {
                warnings.push(format!("{name}: not valid JSON, skipped ({e})"));
                None
            } else {
                warnings.push(format!(
                    "{name}: JSON is cut off or damaged after {} records ({e}); read those, the rest is lost",
                    salvaged.len()
                ));
                Some(salvaged)
            }
        }
    }
}

/// The warning for a file [`parse_salvaged`] had to cut short. Says "cut off", which makes
/// `scan` report the archive as partial.
pub fn cut_off_warning(name: &str, error: &str) -> String {
    format!("{name}: JSON is cut off or damaged ({error}); read what came before, the rest is lost")
}

/// Parse JSON that may be cut off or damaged part-way. When the whole text does not parse,
/// the longest prefix that ends just after a complete array or object nested in the
/// document is closed with the brackets still open and parsed instead, so every record
/// before the damage is kept. Returns the value and, when it was salvaged, the original
/// error; `Err` when nothing could be saved.
pub fn parse_salvaged(text: &str) -> std::result::Result<(Value, Option<String>), String> {
    let err = match serde_json::from_str::<Value>(text) {
        Ok(v) => return Ok((v, None)),
        Err(e) => e,
    };
    // Byte offset of the error: cuts after it would meet the same damage.
    let line_start: usize = text
        .split_inclusive('\n')
        .take(err.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let limit = (line_start + err.column()).min(text.len());
    // The last few places where a nested container closed, as (end, depth after it).
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let (mut in_string, mut escape) = (false, false);
    for (i, &b) in text.as_bytes()[..limit].iter().enumerate() {
        if in_string {
            match b {
                _ if escape => escape = false,
                b'\\' => escape = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth > 0 {
                    if cuts.len() == 3 {
                        cuts.remove(0);
                    }
                    cuts.push((i + 1, depth));
                }
            }
            _ => {}
        }
    }
    for &(end, _) in cuts.iter().rev() {
        let Some(closers) = open_brackets(&text[..end]) else {
            continue;
        };
        let mut candidate = String::with_capacity(end + closers.len());
        candidate.push_str(&text[..end]);
        candidate.push_str(&closers);
        if let Ok(v) = serde_json::from_str::<Value>(&candidate) {
            return Ok((v, Some(err.to_string())));
        }
    }
    Err(err.to_string())
}

/// The closing brackets for the arrays and objects still open at the end of `text`,
/// innermost first; `None` when it ends inside a string or nests absurdly deep.
fn open_brackets(text: &str) -> Option<String> {
    let mut stack: Vec<u8> = Vec::new();
    let (mut in_string, mut escape) = (false, false);
    for &b in text.as_bytes() {
        if in_string {
            match b {
                _ if escape => escape = false,
                b'\\' => escape = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' => stack.push(b']'),
            b'{' => stack.push(b'}'),
            b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        if stack.len() > 1024 {
            return None;
        }
    }
    if in_string {
        return None;
    }
    Some(stack.iter().rev().map(|&b| char::from(b)).collect())
}

/// A trimmed, non-empty string field.
pub fn s(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

/// An integer field written as a number or a numeric string.
pub fn int(v: &Value, key: &str) -> Option<i64> {
    match v.get(key)? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A float field written as a number or a numeric string.
pub fn float(v: &Value, key: &str) -> Option<f64> {
    match v.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Epoch seconds to an instant, refusing the year-0 and other impossible values.
pub fn secs(n: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(n, 0).filter(|t| t.year() > 1970 || (n > 0 && t.year() == 1970))
}

/// The elements of a value that is normally an array but is a bare object when it holds
/// one record (Facebook's check-ins).
pub fn as_list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(items) => items.iter().collect(),
        Value::Object(_) => vec![v],
        _ => Vec::new(),
    }
}

/// The first array found in a value: the value itself, or the first array-valued key of an
/// object (`{"status_updates": […]}`, `{"ig_stories": […]}`, `{"other_photos_v2": […]}`).
pub fn first_array(v: &Value) -> Option<&Vec<Value>> {
    match v {
        Value::Array(a) => Some(a),
        Value::Object(m) => m.values().find_map(Value::as_array),
        _ => None,
    }
}

/// Photo metadata repeated in JSON under `media_metadata`.
#[derive(Debug, Default, Clone)]
pub struct JsonExif {
    pub gps: Option<GeoPoint>,
    pub taken_at: Option<TakenAt>,
    pub camera: Option<String>,
}

/// Read `media_metadata.photo_metadata.exif_data[]` (or the older object shape where
/// `photo_metadata` holds the keys directly): latitude/longitude (0 means absent),
/// `taken_timestamp` (year-0 garbage discarded) and `date_time_original` (camera-local).
pub fn json_exif(media: &Value) -> JsonExif {
    let mut out = JsonExif::default();
    let Some(md) = media.get("media_metadata") else {
        return out;
    };
    let pm = md
        .get("photo_metadata")
        .or_else(|| md.get("video_metadata"));
    let Some(pm) = pm else { return out };
    let records: Vec<&Value> = match pm.get("exif_data") {
        Some(e) => as_list(e),
        None => vec![pm],
    };
    for r in records {
        if out.gps.is_none() {
            let lat = float(r, "latitude").filter(|v| *v != 0.0);
            let lon = float(r, "longitude").filter(|v| *v != 0.0);
            if let (Some(lat), Some(lon)) = (lat, lon) {
                out.gps = GeoPoint::new(lat, lon);
            }
        }
        if out.taken_at.is_none() {
            out.taken_at = int(r, "taken_timestamp")
                .filter(|n| *n > 0)
                .and_then(secs)
                .map(TakenAt::Utc)
                .or_else(|| {
                    s(r, "date_time_original")
                        .and_then(|d| super::timefmt::parse_exif_local(&d))
                        .map(TakenAt::Local)
                });
        }
        if out.camera.is_none() {
            out.camera = match (s(r, "camera_make"), s(r, "camera_model")) {
                (Some(a), Some(b)) if b.to_lowercase().starts_with(&a.to_lowercase()) => Some(b),
                (Some(a), Some(b)) => Some(format!("{a} {b}")),
                (a, b) => a.or(b),
            };
        }
    }
    out
}

/// A media item from a Meta `{uri, creation_timestamp, media_metadata, title, description}`
/// record; `None` when it has no `uri`.
pub fn media_item(archive: &Archive, v: &Value) -> Option<Media> {
    let uri = s(v, "uri")?;
    let mut m = Media::new(uri.clone(), super::exif::kind_from_name(&uri));
    if uri.starts_with("http://") || uri.starts_with("https://") {
        m.present = false;
    } else {
        m.present = archive.contains(&uri);
    }
    m.alt = s(v, "description");
    let ex = json_exif(v);
    m.gps = ex.gps;
    m.taken_at = ex.taken_at;
    m.camera = ex.camera;
    Some(m)
}

/// Flatten Meta's generic 2024+ `label_values` records (`{label, value | timestamp_value |
/// dict[] | vec[]}`) into (label, value) pairs, nested dicts prefixed by their label.
pub fn label_values(v: &Value) -> Vec<(String, Value)> {
    fn walk(items: &[Value], prefix: &str, out: &mut Vec<(String, Value)>) {
        for item in items {
            let label = s(item, "label")
                .or_else(|| s(item, "title"))
                .unwrap_or_default();
            let full = if prefix.is_empty() {
                label.clone()
            } else if label.is_empty() {
                prefix.to_string()
            } else {
                format!("{prefix}/{label}")
            };
            if let Some(val) = item.get("value") {
                out.push((full.clone(), val.clone()));
            }
            if let Some(ts) = item.get("timestamp_value") {
                out.push((full.clone(), ts.clone()));
            }
            if let Some(d) = item.get("dict").and_then(Value::as_array) {
                walk(d, &full, out);
            }
            if let Some(d) = item.get("vec").and_then(Value::as_array) {
                walk(d, &full, out);
            }
        }
    }
    let mut out = Vec::new();
    if let Some(items) = v.get("label_values").and_then(Value::as_array) {
        walk(items, "", &mut out);
    }
    out
}

/// Instagram-style `string_map_data` (`{"Bio": {"value": …}}`) as (key, value) pairs.
pub fn string_map(v: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(Value::Object(m)) = v.get("string_map_data") {
        for (k, item) in m {
            if let Some(val) = s(item, "value") {
                out.push((k.clone(), val));
            }
        }
    }
    out
}

/// Where a Messenger-style thread file sits: `…/messages/<folder>/<thread>/message_N.json`.
/// Returns the thread folder name and the part number.
pub fn message_file(name: &str) -> Option<(String, u32)> {
    let parts: Vec<&str> = name.split('/').collect();
    let n = parts.len();
    if n < 4 || parts[n - 4] != "messages" {
        return None;
    }
    let folder = parts[n - 3];
    if !matches!(
        folder,
        "inbox" | "archived_threads" | "message_requests" | "filtered_threads" | "e2ee_cutover"
    ) {
        return None;
    }
    let num = parts[n - 1]
        .strip_prefix("message_")?
        .strip_suffix(".json")?
        .parse()
        .ok()?;
    Some((parts[n - 2].to_string(), num))
}

/// Read every Messenger-style thread in the archive into conversations. Messages whose
/// sender is `owner` are marked as the owner's; without an owner name, the one participant
/// present in every conversation (when there are several) is taken as the owner.
pub fn read_threads(
    archive: &Archive,
    platform: Platform,
    owner: Option<&str>,
    warnings: &mut Vec<String>,
) -> Vec<Conversation> {
    let mut files: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
    for name in archive.names() {
        if let Some((thread, num)) = message_file(name) {
            files.entry(thread).or_default().push((num, name.clone()));
        }
    }
    let mut threads: Vec<(String, Vec<String>, Vec<Message>)> = Vec::new();
    let mut skipped = 0usize;
    for (thread, mut parts) in files {
        parts.sort();
        let mut participants: Vec<String> = Vec::new();
        let mut messages = Vec::new();
        for (_, file) in parts {
            let Some(v) = read_json(archive, &file, warnings) else {
                continue;
            };
            for p in v
                .get("participants")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let name = s(p, "name").or_else(|| p.as_str().map(String::from));
                if let Some(name) = name
                    && !participants.contains(&name)
                {
                    participants.push(name);
                }
            }
            for m in v
                .get("messages")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let Some(at) = int(m, "timestamp_ms").and_then(DateTime::from_timestamp_millis)
                else {
                    skipped += 1;
                    continue;
                };
                let mut attachments = Vec::new();
                for key in ["photos", "videos", "gifs", "audio_files", "files"] {
                    for a in m.get(key).and_then(Value::as_array).into_iter().flatten() {
                        if let Some(uri) = s(a, "uri") {
                            attachments.push(uri);
                        }
                    }
                }
                if let Some(uri) = m.get("sticker").and_then(|st| s(st, "uri")) {
                    attachments.push(uri);
                }
                let mut text = s(m, "content").unwrap_or_default();
                if let Some(link) = m.get("share").and_then(|sh| s(sh, "link"))
                    && !text.contains(&link)
                {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    text.push_str(&link);
                }
                messages.push(Message {
                    native_id: None,
                    sender: s(m, "sender_name").unwrap_or_default(),
                    from_owner: false,
                    sent_at: at,
                    text,
                    attachments,
                });
            }
        }
        threads.push((thread, participants, messages));
    }
    if skipped > 0 {
        warnings.push(format!(
            "skipped {skipped} messages in {} message threads: missing or bad timestamp_ms",
            platform.display_name()
        ));
    }
    let owner: Option<String> = owner.map(String::from).or_else(|| {
        if threads.len() < 2 {
            return None;
        }
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (_, ps, _) in &threads {
            for p in ps {
                *counts.entry(p.as_str()).or_default() += 1;
            }
        }
        let everywhere: Vec<&str> = counts
            .iter()
            .filter(|(_, c)| **c == threads.len())
            .map(|(p, _)| *p)
            .collect();
        (everywhere.len() == 1).then(|| everywhere[0].to_string())
    });
    threads
        .into_iter()
        .map(|(id, participants, mut messages)| {
            for m in &mut messages {
                m.from_owner = owner.as_deref() == Some(m.sender.as_str());
            }
            messages.sort_by_key(|m| m.sent_at);
            Conversation {
                platform,
                id,
                participants: participants
                    .into_iter()
                    .filter(|p| owner.as_deref() != Some(p.as_str()))
                    .collect(),
                messages,
            }
        })
        .collect()
}

/// Counts of skipped records per file and reason, reported as one warning line each.
#[derive(Default)]
pub struct Skips(BTreeMap<(String, String), usize>);

impl Skips {
    pub fn add(&mut self, file: &str, reason: &str) {
        *self
            .0
            .entry((file.to_string(), reason.to_string()))
            .or_default() += 1;
    }

    pub fn report(self, what: &str, warnings: &mut Vec<String>) {
        for ((file, reason), n) in self.0 {
            warnings.push(format!("skipped {n} {what} in {file}: {reason}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixes_every_string_and_key() {
        let v: Value = serde_json::from_str(
            r#"{"K\u00c3\u00b8": ["\u00e6\u00b5\u008b", {"a": "\u00f0\u009f\u0099\u0084"}]}"#,
        )
        .unwrap();
        let v = fix_value(v);
        assert_eq!(v["Kø"][0], "测");
        assert_eq!(v["Kø"][1]["a"], "🙄");
    }

    #[test]
    fn cut_off_json_keeps_complete_records() {
        let full = r#"[{"a":1},{"b":[2,3]},{"c":"x\"]}"},{"d":4}]"#;
        assert_eq!(
            parse_salvaged(full).unwrap(),
            (serde_json::from_str(full).unwrap(), None)
        );
        let (v, err) = parse_salvaged(&full[..full.len() - 8]).unwrap();
        assert!(err.is_some());
        assert_eq!(v.as_array().unwrap().len(), 3, "{v}");
        assert_eq!(v[2]["c"], "x\"]}");
        // Nested one level down, like Telegram's chats.list[].messages[].
        let tg = r#"{"personal_information":{"user_id":1},"chats":{"list":[{"messages":[{"id":1},{"id":2},{"id":"#;
        let (v, _) = parse_salvaged(tg).unwrap();
        assert_eq!(
            v["chats"]["list"][0]["messages"].as_array().unwrap().len(),
            2
        );
        assert_eq!(v["personal_information"]["user_id"], 1);
        // Garbage in the middle: what came before it.
        let (v, _) = parse_salvaged(r#"[{"a":1},{"b":2} xx {"c":3}]"#).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 2);
        // Nothing complete: an error.
        assert!(parse_salvaged(r#"[{"a":"#).is_err());
        assert!(parse_salvaged("").is_err());
        assert!(parse_salvaged(&"[".repeat(5000)).is_err());
    }

    #[test]
    fn message_file_paths() {
        assert_eq!(
            message_file("your_facebook_activity/messages/inbox/anna_123/message_2.json"),
            Some(("anna_123".into(), 2))
        );
        assert_eq!(
            message_file("messages/inbox/a/message_1.json"),
            Some(("a".into(), 1))
        );
        assert_eq!(message_file("messages/inbox/a/photos/x.jpg"), None);
        assert_eq!(message_file("messages/stickers_used/message_1.json"), None);
    }

    #[test]
    fn exif_json_shapes_and_year_zero() {
        let new: Value = serde_json::from_str(
            r#"{"uri":"a.jpg","media_metadata":{"photo_metadata":{"exif_data":[{"upload_ip":"1.2.3.4"},{"latitude":48.85,"longitude":2.35,"taken_timestamp":-62169958800}]}}}"#,
        )
        .unwrap();
        let e = json_exif(&new);
        assert_eq!(e.gps, GeoPoint::new(48.85, 2.35));
        assert_eq!(e.taken_at, None);
        let old: Value = serde_json::from_str(
            r#"{"media_metadata":{"photo_metadata":{"taken_timestamp":1500000000,"latitude":0,"longitude":0,"camera_make":"Apple","camera_model":"iPhone 6"}}}"#,
        )
        .unwrap();
        let e = json_exif(&old);
        assert_eq!(e.gps, None);
        assert_eq!(e.camera.as_deref(), Some("Apple iPhone 6"));
        assert_eq!(
            e.taken_at,
            Some(TakenAt::Utc(
                DateTime::from_timestamp(1_500_000_000, 0).unwrap()
            ))
        );
    }
}
