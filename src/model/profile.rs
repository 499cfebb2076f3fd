//! The account owner's profile.

use serde::Serialize;

/// One job in the owner's work history.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WorkEntry {
    pub employer: Option<String>,
    pub title: Option<String>,
    pub location: Option<String>,
    pub description: Option<String>,
    /// As the platform wrote it ("Jun 2018", "2022", a date).
    pub start: Option<String>,
    pub end: Option<String>,
}

/// What the archive says about its owner.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Profile {
    /// Handle without `@` (used for URLs), where the platform has one.
    pub handle: Option<String>,
    pub name: Option<String>,
    pub bio: Option<String>,
    pub location: Option<String>,
    pub website: Option<String>,
    /// Work history (LinkedIn positions, Facebook work experiences).
    pub work: Vec<WorkEntry>,
    /// Education entries, as written.
    pub education: Vec<String>,
    /// Professional categories (X `professional-data.js`), industry and headline.
    pub categories: Vec<String>,
    /// Free-form profile fields as (name, value), e.g. Mastodon's profile metadata.
    pub fields: Vec<(String, String)>,
}

impl Profile {
    /// Fill what this profile lacks from another, and append the other's lists.
    pub fn merge(&mut self, other: Profile) {
        fn keep(a: &mut Option<String>, b: Option<String>) {
            if a.is_none() {
                *a = b;
            }
        }
        keep(&mut self.handle, other.handle);
        keep(&mut self.name, other.name);
        keep(&mut self.bio, other.bio);
        keep(&mut self.location, other.location);
        keep(&mut self.website, other.website);
        self.work.extend(other.work);
        self.education.extend(other.education);
        self.categories.extend(other.categories);
        self.fields.extend(other.fields);
    }

    /// Every text field of the profile with a label, for the profile detectors.
    pub fn texts(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut push = |label: &str, v: &Option<String>| {
            if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
                out.push((label.to_string(), v.to_string()));
            }
        };
        push("bio", &self.bio);
        push("location", &self.location);
        for w in &self.work {
            push("employer", &w.employer);
            push("job title", &w.title);
            push("work location", &w.location);
            push("work description", &w.description);
        }
        for c in &self.categories {
            out.push(("professional category".into(), c.clone()));
        }
        for (k, v) in &self.fields {
            out.push((format!("profile field '{k}'"), v.clone()));
        }
        out
    }
}
