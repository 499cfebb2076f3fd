//! The checklist as JSON: `{ "archive", "timezone", "count", "items": [...] }`.

use super::Checklist;
use serde::Serialize;

#[derive(Serialize)]
struct Doc<'a> {
    archive: &'a str,
    timezone: &'a str,
    count: usize,
    items: &'a [super::ChecklistItem],
}

/// Render the checklist.
pub fn render(list: &Checklist) -> String {
    let doc = Doc {
        archive: &list.archive,
        timezone: &list.timezone,
        count: list.items.len(),
        items: &list.items,
    };
    // Serialising plain strings and vectors cannot fail.
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
