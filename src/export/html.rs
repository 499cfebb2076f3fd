//! The checklist as a self-contained printable HTML page for the officer's file: inline CSS,
//! no scripts, no external resources; the review summary, the posts by platform, the contacts
//! to report, what stays exposed, and sign-off lines.

use super::Checklist;

/// Escape text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Only http(s) links become anchors; anything else is printed as text.
fn link(url: &str) -> String {
    if url.starts_with("https://") || url.starts_with("http://") {
        format!("<a href=\"{0}\">{0}</a>", escape(url))
    } else {
        escape(url)
    }
}

const STYLE: &str = "body{font:11pt/1.4 Georgia,serif;margin:2em auto;max-width:52em;color:#111}\
h1{font-size:18pt;margin:0 0 .3em}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.6em}\
table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.25em .4em;vertical-align:top;text-align:left;font-size:10pt}\
th{background:#eee}.box{width:1.2em;font-size:12pt}.why{color:#444;font-size:9pt}.meta td{border:none;padding:.1em .6em .1em 0}\
.warn{font-weight:bold}.sign{margin-top:2.5em}.sign div{margin-top:2.2em;border-top:1px solid #000;width:22em;padding-top:.2em;font-size:9pt}\
a{color:#003;word-break:break-all}@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}a{color:#000}}";

/// Render the checklist.
pub fn render(list: &Checklist) -> String {
    let s = &list.summary;
    let mut o = String::new();
    o.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<title>mosaic review: deletion checklist</title>\n");
    o.push_str(&format!("<style>{STYLE}</style>\n</head>\n<body>\n"));
    o.push_str("<h1>Social media review: deletion checklist</h1>\n<table class=\"meta\">\n");
    let mut meta = |k: &str, v: &str| {
        o.push_str(&format!(
            "<tr><td>{}</td><td>{}</td></tr>\n",
            escape(k),
            escape(v)
        ))
    };
    meta("Archive", &list.archive);
    meta(
        "Reviewed by",
        s.reviewer.as_deref().unwrap_or("(not entered)"),
    );
    if let Some(at) = &s.reviewed_at {
        meta("Last reviewed", at);
    }
    if !list.generated.is_empty() {
        meta("Made", &list.generated);
    }
    meta("Times in", &list.timezone);
    meta(
        "Posts",
        &format!("{} ({})", list.items.len(), list.selection),
    );
    o.push_str("</table>\n");

    o.push_str("<h2>Review summary</h2>\n<ul>\n");
    o.push_str(&format!(
        "<li>Findings broken by these deletions: {} of {}",
        s.broken.len(),
        s.findings
    ));
    ul(&mut o, s.broken.iter().map(|b| escape(b)));
    o.push_str("</li>\n");
    o.push_str(&format!("<li>Risks accepted: {}", s.accepted.len()));
    ul(
        &mut o,
        s.accepted.iter().map(|a| {
            format!(
                "{} — reason: {} <span class=\"why\">({}, {})</span>",
                escape(&a.title),
                escape(&a.reason),
                escape(&a.by),
                escape(&a.at)
            )
        }),
    );
    o.push_str("</li>\n");
    o.push_str(&format!("<li>Still open: {}", s.open.len()));
    ul(&mut o, s.open.iter().map(|t| escape(t)));
    o.push_str("</li>\n");
    let per: Vec<String> = s
        .per_platform
        .iter()
        .map(|c| format!("{} {}", c.platform, c.posts))
        .collect();
    o.push_str(&format!(
        "<li>Posts to delete per platform: {}</li>\n</ul>\n",
        if per.is_empty() {
            "none".into()
        } else {
            escape(&per.join(", "))
        }
    ));

    let mut platform: Option<&str> = None;
    for it in &list.items {
        if platform != Some(it.platform.as_str()) {
            if platform.is_some() {
                o.push_str("</table>\n");
            }
            o.push_str(&format!(
                "<h2>{}</h2>\n<table>\n<tr><th class=\"box\"></th><th>Date</th><th>Post</th><th>Where</th></tr>\n",
                escape(&it.platform)
            ));
            platform = Some(&it.platform);
        }
        let place = match (&it.url, &it.how_to_find) {
            (Some(u), _) => link(u),
            (None, Some(h)) => escape(h),
            (None, None) => "no link in the export".into(),
        };
        let mut why: Vec<String> = it.reasons.iter().map(|r| escape(r)).collect();
        why.extend(it.findings.iter().map(|f| format!("feeds: {}", escape(f))));
        if let Some(n) = &it.note {
            why.push(format!("note: {}", escape(n)));
        }
        o.push_str(&format!(
            "<tr><td class=\"box\">☐</td><td>{}</td><td>{}<div class=\"why\">{}</div></td><td>{}</td></tr>\n",
            escape(&it.date),
            escape(&it.excerpt),
            why.join("<br>"),
            place
        ));
    }
    if platform.is_some() {
        o.push_str("</table>\n");
    }

    o.push_str("<h2>Contacts to report to your security officer</h2>\n");
    if list.contacts.is_empty() {
        o.push_str("<p>None found.</p>\n");
    } else {
        o.push_str(
            "<p class=\"warn\">Do not delete these conversations: they are evidence.</p>\n<ul>\n",
        );
        for c in &list.contacts {
            o.push_str(&format!(
                "<li><b>{}</b> ({}) · {} messages, {} → {} · score {:.2}{}<div class=\"why\">{}</div>",
                escape(&c.contact),
                escape(&c.platform),
                c.messages,
                escape(&c.first),
                escape(&c.last),
                c.score,
                if c.reached_out_first {
                    " · reached out first"
                } else {
                    ""
                },
                escape(&c.why)
            ));
            ul(
                &mut o,
                c.cited.iter().map(|m| {
                    format!(
                        "{} · {}: “{}”",
                        escape(&m.date),
                        escape(&m.kind),
                        escape(&m.excerpt)
                    )
                }),
            );
            o.push_str("</li>\n");
        }
        o.push_str("</ul>\n");
    }

    o.push_str("<h2>Still exposed after deletion</h2>\n<ul>\n");
    for l in &list.still_exposed {
        o.push_str(&format!("<li>{}</li>\n", escape(l)));
    }
    for w in &list.warnings {
        o.push_str(&format!("<li class=\"warn\">{}</li>\n", escape(w)));
    }
    o.push_str("</ul>\n");
    o.push_str("<div class=\"sign\">\n<div>Employee: name, signature, date</div>\n<div>Security officer: name, signature, date</div>\n</div>\n</body>\n</html>\n");
    o
}

fn ul(o: &mut String, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return;
    }
    o.push_str("<ul>");
    for i in items {
        o.push_str(&format!("<li>{i}</li>"));
    }
    o.push_str("</ul>");
}
