//! All state of the review screen, and how actions change it. No I/O happens here.

use super::action::Action;
use super::theme::Theme;
use super::worker::{Loaded, WorkerMsg};

/// Where loading stands.
#[derive(Debug)]
pub enum LoadState {
    Loading {
        stage: String,
        done: u64,
        total: u64,
    },
    Ready(Box<Loaded>),
    Failed(String),
}

/// The review screen's state.
#[derive(Debug)]
pub struct App {
    /// The archive path(s), for the title line.
    pub label: String,
    pub load: LoadState,
    pub theme: Theme,
    /// Index of the selected post in the timeline.
    pub selected: usize,
    /// First visible row of the timeline; kept so the selection stays in view.
    pub offset: usize,
    /// Rows the timeline showed at the last draw; paging moves by this much.
    pub page: usize,
    pub show_help: bool,
    /// The last message for the status line.
    pub message: Option<String>,
    quit: bool,
}

impl App {
    pub fn new(label: String, theme: Theme) -> Self {
        App {
            label,
            load: LoadState::Loading {
                stage: "opening".into(),
                done: 0,
                total: 0,
            },
            theme,
            selected: 0,
            offset: 0,
            page: 10,
            show_help: false,
            message: None,
            quit: false,
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The loaded data, once ready.
    pub fn loaded(&self) -> Option<&Loaded> {
        match &self.load {
            LoadState::Ready(l) => Some(l),
            _ => None,
        }
    }

    fn post_count(&self) -> usize {
        self.loaded().map_or(0, |l| l.data.posts.len())
    }

    /// Apply a worker message.
    pub fn on_worker(&mut self, msg: WorkerMsg) {
        match msg {
            WorkerMsg::Progress { stage, done, total } => {
                if matches!(self.load, LoadState::Loading { .. }) {
                    self.load = LoadState::Loading { stage, done, total };
                }
            }
            WorkerMsg::Loaded(l) => {
                let n = l.data.posts.len();
                let warnings = l.data.warnings.len();
                self.message = Some(if warnings > 0 {
                    format!("loaded {n} posts; {warnings} warnings (see `mosaic scan`)")
                } else {
                    format!("loaded {n} posts")
                });
                self.load = LoadState::Ready(l);
                self.selected = 0;
                self.offset = 0;
            }
            WorkerMsg::Failed(e) => self.load = LoadState::Failed(e),
        }
    }

    /// Apply an action.
    pub fn update(&mut self, action: Action) {
        let n = self.post_count();
        let last = n.saturating_sub(1);
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => self.show_help = !self.show_help,
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::PageDown => self.selected = (self.selected + self.page.max(1)).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(self.page.max(1)),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
        }
    }

    /// Keep the selection inside a window of `rows` rows, and remember the page size.
    pub fn scroll_into_view(&mut self, rows: usize) {
        self.page = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if rows > 0 && self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movement_is_clamped_while_loading() {
        let mut app = App::new("x".into(), Theme::plain());
        app.update(Action::Down);
        app.update(Action::PageDown);
        assert_eq!(app.selected, 0);
        app.update(Action::Quit);
        assert!(app.should_quit());
    }
}
