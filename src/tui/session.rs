//! Carries out the [`Effect`]s `App::update` asks for: saving decisions (one transaction per
//! change), undo and redo through the review database, and writing the export.
//!
//! Kept apart from [`App`] so the app stays free of I/O and can be tested with or without a
//! database.

use super::action::Action;
use super::app::{App, Effect};
use crate::export::{ExportFormat, render, write_private};
use crate::review::{Decision, ReviewStore, actor};
use std::path::PathBuf;

/// The app plus what it needs to act on the world.
#[derive(Debug, Default)]
pub struct Session {
    pub store: Option<ReviewStore>,
    /// Where `e` writes the checklist; the data directory if `None`.
    pub export_dir: Option<PathBuf>,
}

impl Session {
    /// Apply an action to the app and carry out the effect it asks for.
    pub fn dispatch(&mut self, app: &mut App, action: Action) {
        if let Some(effect) = app.update(action) {
            let changed = matches!(
                effect,
                Effect::Save(_) | Effect::Undo | Effect::Redo | Effect::Batch(_)
            );
            self.run(app, effect);
            if changed {
                app.decision_note = None;
            }
        }
    }

    /// Look up who decided what when on the selected post, if not known yet.
    pub fn refresh_note(&self, app: &mut App) {
        let Some(p) = app.selected_post() else {
            return;
        };
        if app.decision_note.as_ref().is_some_and(|(q, _)| *q == p) {
            return;
        }
        let Some(store) = &self.store else { return };
        let Some(key) = app.loaded().and_then(|l| l.keys.get(p)) else {
            return;
        };
        let note = match store.history(key) {
            Ok(h) => h.last().map_or_else(String::new, |e| {
                let when = e.at.get(..16).unwrap_or(&e.at).replace('T', " ");
                format!(
                    "{} by {} ({} UTC, {} change{} logged)",
                    e.decision.as_str(),
                    e.actor,
                    when,
                    h.len(),
                    if h.len() == 1 { "" } else { "s" }
                )
            }),
            Err(e) => format!("history unavailable: {e}"),
        };
        app.decision_note = Some((p, note));
    }

    /// Carry out one effect.
    pub fn run(&mut self, app: &mut App, effect: Effect) {
        match effect {
            Effect::Save(items) => {
                if items.is_empty() {
                    return;
                }
                let Some(store) = self.store.as_mut() else {
                    return;
                };
                let Some(l) = app.loaded() else { return };
                let keyed: Vec<(String, Decision)> = items
                    .iter()
                    .filter_map(|(p, d)| l.keys.get(*p).map(|k| (k.clone(), *d)))
                    .collect();
                if let Err(e) = store.set(&keyed, &who(app)) {
                    app.message = Some(format!("NOT SAVED: {e}"));
                }
            }
            Effect::Batch(effects) => {
                for e in effects {
                    self.run(app, e);
                }
            }
            Effect::SetReviewer(name) => {
                if let Some(store) = self.store.as_mut()
                    && let Err(e) = store.set_reviewer(&name)
                {
                    app.message = Some(format!("NOT SAVED: {e}"));
                }
            }
            Effect::ReviewFinding {
                finding,
                outcome,
                reason,
                evidence,
            } => {
                let actor = who(app);
                if let Some(store) = self.store.as_mut() {
                    match store.set_finding_review(&finding, outcome, &reason, &evidence, &actor) {
                        Ok(r) => {
                            app.review.reviews.insert(finding, r);
                        }
                        Err(e) => app.message = Some(format!("NOT SAVED: {e}")),
                    }
                }
            }
            Effect::Note { target, note } => {
                let actor = who(app);
                if let Some(store) = self.store.as_mut() {
                    match store.add_note(&target, &note, &actor) {
                        Ok(n) => {
                            app.review.notes.insert(target, n);
                        }
                        Err(e) => app.message = Some(format!("NOT SAVED: {e}")),
                    }
                }
            }
            Effect::GuidedPosition(id) => {
                if let Some(store) = self.store.as_mut()
                    && let Err(e) = store.set_guided_position(&id)
                {
                    app.message = Some(format!("NOT SAVED: {e}"));
                }
            }
            Effect::Undo | Effect::Redo => {
                let undo = effect == Effect::Undo;
                let Some(store) = self.store.as_mut() else {
                    app.message = Some("undo needs the review database, which is not open".into());
                    return;
                };
                let result = if undo {
                    store.undo(&who(app))
                } else {
                    store.redo(&who(app))
                };
                match result {
                    Ok(Some(changed)) => {
                        let Some(l) = app.loaded() else { return };
                        let items: Vec<(usize, Decision)> = changed
                            .iter()
                            .filter_map(|(k, d)| l.post_by_key(k).map(|p| (p, *d)))
                            .collect();
                        app.apply(&items);
                        app.message = Some(format!(
                            "{} {} decision(s)",
                            if undo { "undid" } else { "redid" },
                            changed.len()
                        ));
                    }
                    Ok(None) => {
                        app.message = Some(
                            if undo {
                                "nothing to undo"
                            } else {
                                "nothing to redo"
                            }
                            .into(),
                        )
                    }
                    Err(e) => app.message = Some(format!("{e}")),
                }
            }
            Effect::Export => {
                app.message = Some(match self.export(app) {
                    Ok((n, path)) => format!(
                        "exported {n} posts to {} (and .csv, .json, .html)",
                        path.display()
                    ),
                    Err(e) => format!("export failed: {e}"),
                });
            }
        }
    }

    /// Write the checklist in every format to the export directory (owner-only); returns the
    /// count and the Markdown file's path.
    fn export(&self, app: &App) -> anyhow::Result<(usize, PathBuf)> {
        let l = app
            .loaded()
            .ok_or_else(|| anyhow::anyhow!("still loading"))?;
        let dir = match &self.export_dir {
            Some(d) => d.clone(),
            None => crate::review::data_dir()?,
        };
        crate::review::create_private_dir(&dir)?;
        let generated = chrono::Utc::now()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            .to_string();
        let list = crate::export::build(&crate::export::Input {
            archive: &app.label,
            data: &l.data,
            analysis: &l.analysis,
            decisions: &app.decisions,
            keys: &l.keys,
            notes: &app.review.notes,
            reviews: &app.review.reviews,
            reviewer: app.review.reviewer.as_deref(),
            tz: l.options.timezone,
            options: Some(&l.options),
            selection: crate::export::Selection::Decisions,
            generated: &generated,
        });
        // The account part of the key (after the platform), kept to safe characters.
        let account = l
            .archive_key
            .split_once(':')
            .map_or(l.archive_key.as_str(), |(_, a)| a);
        let safe: String = account
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
            .take(24)
            .collect();
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let path =
            |f: ExportFormat| dir.join(format!("checklist-{safe}-{stamp}.{}", f.extension()));
        for f in ExportFormat::ALL {
            write_private(&path(f), render(&list, f).as_bytes())?;
        }
        Ok((list.items.len(), path(ExportFormat::Markdown)))
    }
}

/// Who is acting: `tui (USER)`, with the reviewer when one was entered.
fn who(app: &App) -> String {
    match &app.review.reviewer {
        Some(r) => format!("{} for {r}", actor("tui")),
        None => actor("tui"),
    }
}
