//! The checklist as Markdown: one tick box per post, with its link and why.

use super::Checklist;

/// Escape the characters Markdown would read as formatting in a line of text.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Render the checklist.
pub fn render(list: &Checklist) -> String {
    let mut out = format!(
        "# Deletion checklist\n\nArchive: {}  \nTimes in: {}  \nPosts to delete: {}\n\n",
        escape(&list.archive),
        list.timezone,
        list.items.len()
    );
    for it in &list.items {
        let link = match &it.url {
            Some(u) => format!("<{u}>"),
            None => "(no link in the export)".into(),
        };
        out.push_str(&format!(
            "- [ ] {} · {} · {}\n  > {}\n",
            it.date,
            it.platform,
            link,
            escape(&it.excerpt)
        ));
        if !it.categories.is_empty() {
            out.push_str(&format!("  - reveals: {}\n", it.categories.join(", ")));
        }
        for r in &it.reasons {
            out.push_str(&format!("  - why: {}\n", escape(r)));
        }
        for f in &it.findings {
            out.push_str(&format!("  - feeds: {}\n", escape(f)));
        }
    }
    out
}
