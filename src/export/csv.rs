//! The checklist as CSV (RFC 4180): a header, then one row per post.

use super::Checklist;

const HEADER: &str = "platform,native_id,created_at,url,categories,findings,excerpt,decision,note,how_to_find,why,id";

/// Quote a field when it holds a comma, quote, or line break; double inner quotes. A field
/// that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a leading `'`.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Render the checklist.
pub fn render(list: &Checklist) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\r\n");
    for it in &list.items {
        let row = [
            field(&it.platform),
            field(it.native_id.as_deref().unwrap_or("")),
            field(&it.created_at),
            field(it.url.as_deref().unwrap_or("")),
            field(&it.categories.join(" ")),
            field(&it.findings.join("; ")),
            field(&it.excerpt),
            field(&it.decision),
            field(it.note.as_deref().unwrap_or("")),
            field(it.how_to_find.as_deref().unwrap_or("")),
            field(&it.reasons.join("; ")),
            field(&it.id),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
