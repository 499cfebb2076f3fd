//! Carries out the [`Effect`]s `App::update` asks for: saving decisions (one transaction per
//! change), undo and redo through the review database, and writing the export.
//!
//! Kept apart from [`App`] so the app stays free of I/O and can be tested with or without a
//! database.

use super::action::Action;
use super::app::{App, Effect};
use crate::export::{ExportFormat, checklist, render, write_private};
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
            self.run(app, effect);
        }
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
                if let Err(e) = store.set(&keyed, &actor("tui")) {
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
                    store.undo(&actor("tui"))
                } else {
                    store.redo(&actor("tui"))
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
                    Ok((n, path)) => format!("exported {n} posts to {}", path.display()),
                    Err(e) => format!("export failed: {e}"),
                });
            }
        }
    }

    /// Write the Markdown checklist to the export directory; returns the count and path.
    fn export(&self, app: &App) -> anyhow::Result<(usize, PathBuf)> {
        let l = app
            .loaded()
            .ok_or_else(|| anyhow::anyhow!("still loading"))?;
        let dir = match &self.export_dir {
            Some(d) => d.clone(),
            None => crate::review::data_dir()?,
        };
        crate::review::create_private_dir(&dir)?;
        let list = checklist(
            &app.label,
            &l.data,
            &l.analysis,
            &app.decisions,
            l.options.timezone,
        );
        let safe: String = l
            .archive_key
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let format = ExportFormat::Markdown;
        let path = dir.join(format!("checklist-{safe}-{stamp}.{}", format.extension()));
        write_private(&path, render(&list, format).as_bytes())?;
        Ok((list.items.len(), path))
    }
}
