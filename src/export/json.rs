//! The checklist as JSON: `{ "archive", "timezone", "selection", "generated", "count",
//! "items": [...], "summary", "contacts_note", "contacts", "still_exposed", "warnings" }`.

use super::Checklist;
use serde::Serialize;

#[derive(Serialize)]
struct Doc<'a> {
    archive: &'a str,
    timezone: &'a str,
    selection: &'a str,
    generated: &'a str,
    count: usize,
    items: &'a [super::ChecklistItem],
    summary: &'a super::ReviewSummary,
    contacts_note: &'a str,
    contacts: &'a [super::ContactItem],
    still_exposed: &'a [String],
    warnings: &'a [String],
}

/// What `contacts` is, said in the document itself.
pub const CONTACTS_NOTE: &str = "Contacts to report to your security officer. Do not delete these conversations: they are evidence.";

/// Render the checklist.
pub fn render(list: &Checklist) -> String {
    let doc = Doc {
        archive: &list.archive,
        timezone: &list.timezone,
        selection: &list.selection,
        generated: &list.generated,
        count: list.items.len(),
        items: &list.items,
        summary: &list.summary,
        contacts_note: CONTACTS_NOTE,
        contacts: &list.contacts,
        still_exposed: &list.still_exposed,
        warnings: &list.warnings,
    };
    // Serialising plain strings, numbers and vectors cannot fail.
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
