//! The checklist as Markdown: tick boxes grouped by platform then date, each with its link (or
//! how to find the post) and why; then the review summary, the contacts to report, and what
//! stays exposed.

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
        "# Deletion checklist\n\nArchive: {}  \nTimes in: {}  \nPosts: {} ({})  \n",
        escape(&list.archive),
        list.timezone,
        list.items.len(),
        list.selection,
    );
    if let Some(r) = &list.summary.reviewer {
        out.push_str(&format!("Reviewed by: {}  \n", escape(r)));
    }
    if !list.generated.is_empty() {
        out.push_str(&format!("Made: {}  \n", list.generated));
    }
    out.push('\n');
    let mut platform: Option<&str> = None;
    for it in &list.items {
        if platform != Some(it.platform.as_str()) {
            if platform.is_some() {
                out.push('\n');
            }
            out.push_str(&format!("## {}\n\n", it.platform));
            platform = Some(&it.platform);
        }
        let link = match (&it.url, &it.how_to_find) {
            (Some(u), _) => format!("<{u}>"),
            (None, Some(h)) => format!("no link: {}", escape(h)),
            (None, None) => "(no link in the export)".into(),
        };
        out.push_str(&format!(
            "- [ ] {} · {}\n  > {}\n",
            it.date,
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
        if let Some(n) = &it.note {
            out.push_str(&format!("  - note: {}\n", escape(n)));
        }
    }
    if !list.items.is_empty() {
        out.push('\n');
    }
    let s = &list.summary;
    out.push_str("## Review summary\n\n");
    out.push_str(&format!(
        "- Findings broken by these deletions: {} of {}\n",
        s.broken.len(),
        s.findings
    ));
    for b in &s.broken {
        out.push_str(&format!("  - {}\n", escape(b)));
    }
    out.push_str(&format!("- Risks accepted: {}\n", s.accepted.len()));
    for a in &s.accepted {
        out.push_str(&format!(
            "  - {} — reason: {} ({}, {})\n",
            escape(&a.title),
            escape(&a.reason),
            escape(&a.by),
            a.at
        ));
    }
    out.push_str(&format!("- Still open: {}\n", s.open.len()));
    for o in &s.open {
        out.push_str(&format!("  - {}\n", escape(o)));
    }
    let per: Vec<String> = s
        .per_platform
        .iter()
        .map(|c| format!("{} {}", c.platform, c.posts))
        .collect();
    out.push_str(&format!(
        "- Posts to delete per platform: {}\n\n",
        if per.is_empty() {
            "none".to_string()
        } else {
            per.join(", ")
        }
    ));
    out.push_str("## Contacts to report to your security officer\n\n");
    if list.contacts.is_empty() {
        out.push_str("None found.\n\n");
    } else {
        out.push_str(
            "Do not delete these conversations: they are evidence. Show them to your security officer.\n\n",
        );
        for c in &list.contacts {
            out.push_str(&format!(
                "- **{}** ({}) · {} messages, {} → {} · score {:.2}{}\n  - why: {}\n",
                escape(&c.contact),
                c.platform,
                c.messages,
                c.first,
                c.last,
                c.score,
                if c.reached_out_first {
                    " · reached out first"
                } else {
                    ""
                },
                escape(&c.why)
            ));
            for m in &c.cited {
                out.push_str(&format!(
                    "  - {} · {}: \"{}\"\n",
                    m.date,
                    m.kind,
                    escape(&m.excerpt)
                ));
            }
        }
        out.push('\n');
    }
    out.push_str("## Still exposed after deletion\n\n");
    for l in &list.still_exposed {
        out.push_str(&format!("- {}\n", escape(l)));
    }
    for w in &list.warnings {
        out.push_str(&format!("- **{}**\n", escape(w)));
    }
    out
}
