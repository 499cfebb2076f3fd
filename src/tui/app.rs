//! All state of the review screen, and how actions change it. No I/O happens here:
//! [`App::update`] returns an [`Effect`] (save, undo, redo, export) that the session carries
//! out against the review database.
//!
//! The timeline shows `view`, a list of post indices recomputed only when the filter or the
//! sort changes, so moving and drawing never touch the whole archive.

use super::action::Action;
use super::guided::{Guided, Input, ReviewData};
use super::keymap::Keymap;
use super::theme::Theme;
use super::worker::{Loaded, WorkerMsg};
use crate::analyze::Category;
use crate::model::Platform;
use crate::review::{Decision, FindingReview, Outcome, ReviewState};
use ratatui::layout::Rect;

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

/// The panes that take the cursor, in `Tab` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Timeline,
    Findings,
    Map,
    Chart,
}

impl Pane {
    const ORDER: [Pane; 4] = [Pane::Timeline, Pane::Findings, Pane::Map, Pane::Chart];
}

/// What has the keyboard besides the panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
    /// Typing a search; the text so far.
    Search(String),
    /// The filter menu with its cursor.
    FilterMenu(usize),
    /// The guided review (its state is [`App::guided`]).
    Guided,
    /// The contacts pane (cursor in [`App::contact_cursor`]).
    Contacts,
}

/// Timeline order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Time,
    Risk,
}

/// The timeline filter. Every part that is set must match.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub category: Option<Category>,
    /// Index into the findings: only its evidence.
    pub finding: Option<usize>,
    pub platform: Option<Platform>,
    pub year: Option<i32>,
    pub has_geo: bool,
    pub has_photo: bool,
    /// Index into the places: posts located inside it.
    pub place: Option<usize>,
    /// Lower-case text to find.
    pub search: Option<String>,
    /// Index into the contacts: the posts the contact asked about or referred to.
    pub contact: Option<usize>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// One line of the filter menu.
#[derive(Debug, Clone, PartialEq)]
pub enum FilterItem {
    Clear,
    Category(Category),
    Finding(usize),
    Platform(Platform),
    Year(i32),
    HasGeo,
    HasPhoto,
}

/// What the session must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save these decisions (post index, new decision) as one change.
    Save(Vec<(usize, Decision)>),
    Undo,
    Redo,
    Export,
    /// Record who reviews (name or role).
    SetReviewer(String),
    /// Record how a finding was settled in the guided review.
    ReviewFinding {
        finding: String,
        outcome: Outcome,
        reason: String,
        evidence: String,
    },
    /// Add a note to a finding or post (a [`crate::review::finding_target`] or
    /// [`crate::review::post_target`]).
    Note {
        target: String,
        note: String,
    },
    /// Remember where the guided review is (a finding id; empty at the summary).
    GuidedPosition(String),
    /// Several effects, in order.
    Batch(Vec<Effect>),
}

/// Screen areas of the last frame, for mouse clicks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Areas {
    pub timeline: Rect,
    pub findings: Rect,
    pub map: Rect,
    pub chart: Rect,
}

/// The review screen's state.
#[derive(Debug)]
pub struct App {
    /// The archive path(s), for the title line.
    pub label: String,
    pub load: LoadState,
    pub theme: Theme,
    pub keymap: Keymap,
    pub focus: Pane,
    pub mode: Mode,
    /// The detail pane takes the whole body.
    pub zoom_detail: bool,
    pub filter: Filter,
    pub sort: SortBy,
    /// Post indices the timeline shows, in order.
    pub view: Vec<u32>,
    /// Position in `view` of the selected post.
    pub selected: usize,
    /// First visible row of the timeline.
    pub offset: usize,
    /// Rows the timeline showed at the last draw; paging moves by this much.
    pub page: usize,
    /// Position in the findings' display order.
    pub finding_cursor: usize,
    pub place_cursor: usize,
    pub month_cursor: usize,
    /// Per post, the decision.
    pub decisions: Vec<Decision>,
    /// Number of posts marked for deletion.
    pub marked: usize,
    /// Per finding, how many of its evidence posts are marked (kept up to date on change, so
    /// the findings pane never counts).
    pub finding_marked: Vec<usize>,
    /// The last message for the status line.
    pub message: Option<String>,
    /// Whether the review database is open (else decisions are not saved).
    pub saving: bool,
    pub areas: Areas,
    /// The selected post's last logged decision (post index, "delete · when · who"), looked
    /// up by the session when the selection or a decision changes.
    pub decision_note: Option<(usize, String)>,
    /// The selected post's photo preview, when the terminal session has one.
    pub photo: Option<super::photo::Preview>,
    /// Open the guided review as soon as the archive is loaded (`mosaic review`).
    pub start_guided: bool,
    /// Reviewer, finding reviews, notes and the guided position, as saved.
    pub review: ReviewData,
    /// The guided review, once started (kept while picking posts on the timeline).
    pub guided: Option<Guided>,
    /// The contacts pane's cursor (index into the contacts).
    pub contact_cursor: usize,
    /// First conversation line shown in the contacts pane.
    pub contact_scroll: usize,
    /// Per finding: its evidence hash now (for carry-over of reviews).
    pub evidence_hashes: Vec<String>,
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
            keymap: Keymap::default(),
            focus: Pane::Timeline,
            mode: Mode::Normal,
            zoom_detail: false,
            filter: Filter::default(),
            sort: SortBy::Time,
            view: Vec::new(),
            selected: 0,
            offset: 0,
            page: 10,
            finding_cursor: 0,
            place_cursor: 0,
            month_cursor: 0,
            decisions: Vec::new(),
            marked: 0,
            finding_marked: Vec::new(),
            message: None,
            saving: false,
            areas: Areas::default(),
            decision_note: None,
            photo: None,
            start_guided: false,
            review: ReviewData::default(),
            guided: None,
            contact_cursor: 0,
            contact_scroll: 0,
            evidence_hashes: Vec::new(),
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

    /// The selected post's index in the dataset.
    pub fn selected_post(&self) -> Option<usize> {
        self.view.get(self.selected).map(|&i| i as usize)
    }

    /// The finding under the findings cursor (index into the findings).
    pub fn selected_finding(&self) -> Option<usize> {
        self.loaded()?
            .derived
            .finding_order
            .get(self.finding_cursor)
            .copied()
    }

    pub fn decision(&self, post: usize) -> Decision {
        self.decisions.get(post).copied().unwrap_or_default()
    }

    /// Apply a worker message.
    pub fn on_worker(&mut self, msg: WorkerMsg) {
        match msg {
            WorkerMsg::Progress { stage, done, total } => {
                if matches!(self.load, LoadState::Loading { .. }) {
                    self.load = LoadState::Loading { stage, done, total };
                }
            }
            WorkerMsg::Loaded(mut l) => {
                let n = l.data.posts.len();
                let warnings = l.data.warnings.len();
                self.decisions = std::mem::take(&mut l.decisions);
                self.marked = self
                    .decisions
                    .iter()
                    .filter(|d| **d == Decision::Delete)
                    .count();
                self.saving = l.store.is_some();
                self.finding_marked = l
                    .analysis
                    .findings
                    .iter()
                    .map(|f| {
                        f.evidence
                            .iter()
                            .filter(|&&p| self.decisions.get(p) == Some(&Decision::Delete))
                            .count()
                    })
                    .collect();
                let restored = self
                    .decisions
                    .iter()
                    .filter(|d| **d != Decision::Undecided)
                    .count();
                self.message = Some(match (&l.store_error, warnings) {
                    (Some(e), _) => format!("decisions will NOT be saved: {e}"),
                    (None, 0) if restored > 0 => {
                        format!("loaded {n} posts; restored {restored} decisions")
                    }
                    (None, 0) => format!("loaded {n} posts"),
                    (None, w) => format!("loaded {n} posts; {w} warnings (see `mosaic scan`)"),
                });
                self.review = std::mem::take(&mut l.review);
                self.evidence_hashes = l
                    .analysis
                    .findings
                    .iter()
                    .map(|f| crate::review::finding_evidence_hash(f, &l.keys))
                    .collect();
                self.load = LoadState::Ready(l);
                self.selected = 0;
                self.offset = 0;
                self.rebuild_view();
                if self.start_guided {
                    self.start_guided = false;
                    let _ = self.enter_guided();
                }
            }
            WorkerMsg::Failed(e) => self.load = LoadState::Failed(e),
            // Photos are turned into terminal images by the loop, which owns the picker.
            WorkerMsg::Photo(_) => {}
        }
    }

    /// Recompute the timeline's post list after the filter or sort changed, keeping the
    /// selected post selected when it is still shown.
    pub fn rebuild_view(&mut self) {
        let keep = self.selected_post();
        let Some(l) = self.loaded() else { return };
        let f = &self.filter;
        let d = &l.derived;
        let evidence: Option<std::collections::HashSet<usize>> = f
            .finding
            .and_then(|fi| l.analysis.findings.get(fi))
            .map(|fi| fi.evidence.iter().copied().collect());
        let place = f.place.and_then(|p| d.places.get(p));
        let linked: Option<std::collections::HashSet<usize>> = f
            .contact
            .and_then(|c| l.analysis.contacts.get(c))
            .map(|c| c.linked_posts.iter().map(|(p, _)| *p).collect());
        let mut view: Vec<u32> = l
            .data
            .posts
            .iter()
            .enumerate()
            .filter(|(i, p)| {
                f.category
                    .is_none_or(|c| l.analysis.categories.get(*i).is_some_and(|s| s.contains(c)))
                    && evidence.as_ref().is_none_or(|e| e.contains(i))
                    && linked.as_ref().is_none_or(|e| e.contains(i))
                    && f.platform.is_none_or(|pl| p.platform == pl)
                    && f.year.is_none_or(|y| {
                        d.month_of
                            .get(*i)
                            .and_then(|m| d.months.get(*m as usize))
                            .is_some_and(|m| m.year == y)
                    })
                    && (!f.has_geo || p.location().is_some())
                    && (!f.has_photo
                        || p.media
                            .iter()
                            .any(|m| m.kind == crate::model::MediaKind::Photo))
                    && place.is_none_or(|pl| {
                        p.points()
                            .any(|g| g.distance_m(&pl.area.center()) <= pl.area.radius_m.max(50.0))
                    })
                    && f.search.as_ref().is_none_or(|s| {
                        p.text.to_lowercase().contains(s.as_str())
                            || p.place
                                .as_ref()
                                .is_some_and(|pl| pl.to_lowercase().contains(s.as_str()))
                    })
            })
            .map(|(i, _)| i as u32)
            .collect();
        if self.sort == SortBy::Risk {
            // Stable: equal risks stay in time order.
            view.sort_by_key(|&i| std::cmp::Reverse(d.risk.get(i as usize).copied().flatten()));
        }
        self.selected = keep
            .and_then(|k| view.iter().position(|&i| i as usize == k))
            .unwrap_or(0);
        self.view = view;
        self.offset = self.offset.min(self.selected);
    }

    /// The filter, described for the timeline title.
    pub fn filter_label(&self) -> String {
        let f = &self.filter;
        let mut parts = Vec::new();
        if let Some(c) = f.category {
            parts.push(format!("category {}", c.as_str()));
        }
        if let Some(fi) = f.finding {
            let title = self
                .loaded()
                .and_then(|l| l.analysis.findings.get(fi))
                .map_or(String::new(), |f| f.title.clone());
            parts.push(format!("finding '{title}'"));
        }
        if let Some(p) = f.platform {
            parts.push(p.display_name().to_string());
        }
        if let Some(y) = f.year {
            parts.push(y.to_string());
        }
        if f.has_geo {
            parts.push("has geo".into());
        }
        if f.has_photo {
            parts.push("has photo".into());
        }
        if let Some(p) = f.place.and_then(|p| self.loaded()?.derived.places.get(p)) {
            parts.push(format!("place '{}'", p.label));
        }
        if let Some(s) = &f.search {
            parts.push(format!("\"{s}\""));
        }
        if let Some(c) = f
            .contact
            .and_then(|c| self.loaded()?.analysis.contacts.get(c))
        {
            parts.push(format!("asked about by {}", c.contact));
        }
        if parts.is_empty() {
            "all".into()
        } else {
            parts.join(" · ")
        }
    }

    /// The filter menu's lines.
    pub fn filter_items(&self) -> Vec<FilterItem> {
        let mut items = vec![FilterItem::Clear];
        let Some(l) = self.loaded() else { return items };
        items.extend(
            [
                Category::Unit,
                Category::Role,
                Category::Location,
                Category::Routine,
                Category::Home,
            ]
            .map(FilterItem::Category),
        );
        items.push(FilterItem::HasGeo);
        items.push(FilterItem::HasPhoto);
        items.extend(l.derived.platforms.iter().map(|p| FilterItem::Platform(*p)));
        items.extend(l.derived.years.iter().map(|y| FilterItem::Year(*y)));
        items.extend(
            l.derived
                .finding_order
                .iter()
                .map(|f| FilterItem::Finding(*f)),
        );
        items
    }

    fn apply_filter_item(&mut self, item: FilterItem) {
        let f = &mut self.filter;
        match item {
            FilterItem::Clear => *f = Filter::default(),
            FilterItem::Category(c) => {
                f.category = if f.category == Some(c) { None } else { Some(c) }
            }
            FilterItem::Finding(i) => f.finding = if f.finding == Some(i) { None } else { Some(i) },
            FilterItem::Platform(p) => {
                f.platform = if f.platform == Some(p) { None } else { Some(p) }
            }
            FilterItem::Year(y) => f.year = if f.year == Some(y) { None } else { Some(y) },
            FilterItem::HasGeo => f.has_geo = !f.has_geo,
            FilterItem::HasPhoto => f.has_photo = !f.has_photo,
        }
        self.rebuild_view();
        self.message = Some(format!(
            "filter: {} ({} posts)",
            self.filter_label(),
            self.view.len()
        ));
    }

    /// The posts a decision key acts on: all evidence of the selected finding when the
    /// findings pane has the focus, else the selected post.
    fn targets(&self) -> Vec<usize> {
        if self.focus == Pane::Findings
            && let Some(fi) = self.selected_finding()
            && let Some(f) = self.loaded().and_then(|l| l.analysis.findings.get(fi))
        {
            return f.evidence.clone();
        }
        self.selected_post().into_iter().collect()
    }

    /// Set decisions in memory and return the change to save.
    fn decide(&mut self, targets: Vec<usize>, d: Decision, what: &str) -> Option<Effect> {
        if targets.is_empty() {
            self.message = Some("nothing selected".into());
            return None;
        }
        let all_set = targets.iter().all(|&p| self.decision(p) == d);
        let new = if all_set { Decision::Undecided } else { d };
        let items: Vec<(usize, Decision)> = targets
            .into_iter()
            .filter(|&p| self.decision(p) != new)
            .map(|p| (p, new))
            .collect();
        self.apply(&items);
        let n = items.len();
        self.message = Some(match new {
            Decision::Delete => format!("marked {n} {what} for deletion"),
            Decision::Keep => format!("keeping {n} {what}"),
            Decision::Undecided => format!("cleared the decision on {n} {what}"),
        });
        Some(Effect::Save(items))
    }

    /// Set decisions in memory (from an action, an undo or a redo).
    pub fn apply(&mut self, items: &[(usize, Decision)]) {
        let LoadState::Ready(l) = &self.load else {
            return;
        };
        for &(p, d) in items {
            let Some(slot) = self.decisions.get_mut(p) else {
                continue;
            };
            let was = *slot == Decision::Delete;
            let now = d == Decision::Delete;
            *slot = d;
            if was == now {
                continue;
            }
            if now {
                self.marked += 1;
            } else {
                self.marked = self.marked.saturating_sub(1);
            }
            for &f in l.derived.findings_by_post.get(p).into_iter().flatten() {
                if let Some(c) = self.finding_marked.get_mut(f) {
                    *c = if now { *c + 1 } else { c.saturating_sub(1) };
                }
            }
        }
    }

    fn move_by(&mut self, delta: isize) {
        let clamp = |cur: usize, len: usize| -> usize {
            let last = len.saturating_sub(1) as isize;
            (cur as isize + delta).clamp(0, last.max(0)) as usize
        };
        match self.focus {
            Pane::Timeline => self.selected = clamp(self.selected, self.view.len()),
            Pane::Findings => {
                let n = self.loaded().map_or(0, |l| l.derived.finding_order.len());
                self.finding_cursor = clamp(self.finding_cursor, n);
            }
            Pane::Map => {
                let n = self.loaded().map_or(0, |l| l.derived.places.len());
                self.place_cursor = clamp(self.place_cursor, n);
            }
            Pane::Chart => {
                let n = self.loaded().map_or(0, |l| l.derived.months.len());
                self.month_cursor = clamp(self.month_cursor, n);
            }
        }
    }

    /// Apply an action. Returns what the session must do, if anything.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        // Popups take the keys first.
        match self.mode.clone() {
            Mode::Help => {
                if action == Action::Quit {
                    self.quit = true;
                }
                self.mode = Mode::Normal;
                return None;
            }
            Mode::Search(mut text) => {
                match action {
                    Action::Input(c) => {
                        text.push(c);
                        self.mode = Mode::Search(text);
                    }
                    Action::InputBackspace => {
                        text.pop();
                        self.mode = Mode::Search(text);
                    }
                    Action::Open => {
                        self.mode = Mode::Normal;
                        let t = text.trim().to_lowercase();
                        self.filter.search = (!t.is_empty()).then_some(t);
                        self.focus = Pane::Timeline;
                        self.rebuild_view();
                        self.message = Some(format!(
                            "filter: {} ({} posts)",
                            self.filter_label(),
                            self.view.len()
                        ));
                    }
                    Action::Back | Action::Quit => self.mode = Mode::Normal,
                    _ => {}
                }
                return None;
            }
            Mode::FilterMenu(cursor) => {
                let items = self.filter_items();
                let last = items.len().saturating_sub(1);
                match action {
                    Action::Down => self.mode = Mode::FilterMenu((cursor + 1).min(last)),
                    Action::Up => self.mode = Mode::FilterMenu(cursor.saturating_sub(1)),
                    Action::PageDown => self.mode = Mode::FilterMenu((cursor + 10).min(last)),
                    Action::PageUp => self.mode = Mode::FilterMenu(cursor.saturating_sub(10)),
                    Action::Top => self.mode = Mode::FilterMenu(0),
                    Action::Bottom => self.mode = Mode::FilterMenu(last),
                    Action::Open => {
                        self.mode = Mode::Normal;
                        if let Some(item) = items.get(cursor).cloned() {
                            self.focus = Pane::Timeline;
                            self.apply_filter_item(item);
                        }
                    }
                    Action::Quit => self.quit = true,
                    _ => self.mode = Mode::Normal,
                }
                return None;
            }
            Mode::Guided => return self.guided_update(action),
            Mode::Contacts => return self.contacts_update(action),
            Mode::Normal => {}
        }
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => self.mode = Mode::Help,
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(self.page.max(1) as isize),
            Action::PageUp => self.move_by(-(self.page.max(1) as isize)),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::NextPane | Action::PrevPane => {
                let i = Pane::ORDER
                    .iter()
                    .position(|p| *p == self.focus)
                    .unwrap_or(0);
                let n = Pane::ORDER.len();
                let j = if action == Action::NextPane {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.focus = Pane::ORDER[j];
                self.zoom_detail = false;
                // The chart's cursor starts at the selected post's month.
                if self.focus == Pane::Chart
                    && let Some(p) = self.selected_post()
                    && let Some(m) = self.loaded().and_then(|l| l.derived.month_of.get(p))
                {
                    self.month_cursor = *m as usize;
                }
            }
            Action::Open => self.open(),
            Action::Back => {
                if self.zoom_detail {
                    self.zoom_detail = false;
                } else if !self.filter.is_empty() {
                    self.filter = Filter::default();
                    self.rebuild_view();
                    self.message = Some("filters cleared".into());
                } else {
                    self.focus = Pane::Timeline;
                }
            }
            Action::ToggleDelete => {
                let what = if self.focus == Pane::Findings {
                    "posts of the finding"
                } else {
                    "post"
                };
                let t = self.targets();
                return self.decide(t, Decision::Delete, what);
            }
            Action::Keep => {
                let what = if self.focus == Pane::Findings {
                    "posts of the finding"
                } else {
                    "post"
                };
                let t = self.targets();
                return self.decide(t, Decision::Keep, what);
            }
            Action::Undo => return self.loaded().map(|_| Effect::Undo),
            Action::Redo => return self.loaded().map(|_| Effect::Redo),
            Action::Search => {
                let current = self.filter.search.clone().unwrap_or_default();
                self.mode = Mode::Search(current);
            }
            Action::Filter => self.mode = Mode::FilterMenu(0),
            Action::Sort => {
                self.sort = match self.sort {
                    SortBy::Time => SortBy::Risk,
                    SortBy::Risk => SortBy::Time,
                };
                self.rebuild_view();
                self.message = Some(format!(
                    "sorted by {}",
                    if self.sort == SortBy::Time {
                        "time"
                    } else {
                        "risk"
                    }
                ));
            }
            Action::ApplyPlan => return self.apply_plan(),
            Action::Export => return self.loaded().map(|_| Effect::Export),
            Action::Guided => return self.enter_guided(),
            Action::Contacts => {
                if self.loaded().is_some() {
                    self.mode = Mode::Contacts;
                    self.contact_scroll = 0;
                }
            }
            Action::Input(_) | Action::InputBackspace => {}
        }
        None
    }

    fn open(&mut self) {
        match self.focus {
            Pane::Timeline => self.zoom_detail = !self.zoom_detail,
            Pane::Findings => {
                if let Some(fi) = self.selected_finding() {
                    self.filter.finding = if self.filter.finding == Some(fi) {
                        None
                    } else {
                        Some(fi)
                    };
                    self.rebuild_view();
                    self.message = Some(format!(
                        "filter: {} ({} posts)",
                        self.filter_label(),
                        self.view.len()
                    ));
                }
            }
            Pane::Map => {
                let n = self.loaded().map_or(0, |l| l.derived.places.len());
                if self.place_cursor < n {
                    let p = self.place_cursor;
                    self.filter.place = if self.filter.place == Some(p) {
                        None
                    } else {
                        Some(p)
                    };
                    self.rebuild_view();
                    self.focus = Pane::Timeline;
                    self.message = Some(format!(
                        "filter: {} ({} posts)",
                        self.filter_label(),
                        self.view.len()
                    ));
                }
            }
            Pane::Chart => self.jump_to_month(self.month_cursor),
        }
    }

    /// Select the first shown post of a month (switching to time order), and focus the
    /// timeline.
    pub fn jump_to_month(&mut self, month: usize) {
        if self.sort != SortBy::Time {
            self.sort = SortBy::Time;
            self.rebuild_view();
        }
        let Some(l) = self.loaded() else { return };
        let m = &l.derived.month_of;
        let pos = self
            .view
            .partition_point(|&i| m.get(i as usize).copied().unwrap_or(0) < month as u32);
        let label = l
            .derived
            .months
            .get(month)
            .map(|b| format!("{}-{:02}", b.year, b.month))
            .unwrap_or_default();
        if pos < self.view.len() {
            self.selected = pos;
            self.offset = pos;
            self.message = Some(format!("jumped to {label}"));
        } else {
            self.message = Some(format!("no shown posts from {label} on"));
        }
        self.focus = Pane::Timeline;
    }

    fn apply_plan(&mut self) -> Option<Effect> {
        let l = self.loaded()?;
        let plan: Vec<usize> = l.analysis.plan.delete.clone();
        if plan.is_empty() {
            self.message = Some("the plan has no posts to delete".into());
            return None;
        }
        let kept = plan
            .iter()
            .filter(|&&p| self.decision(p) == Decision::Keep)
            .count();
        let items: Vec<(usize, Decision)> = plan
            .into_iter()
            .filter(|&p| self.decision(p) == Decision::Undecided)
            .map(|p| (p, Decision::Delete))
            .collect();
        self.apply(&items);
        self.message = Some(format!(
            "plan applied: marked {} posts for deletion{}",
            items.len(),
            if kept > 0 {
                format!(", left {kept} you chose to keep")
            } else {
                String::new()
            }
        ));
        (!items.is_empty()).then_some(Effect::Save(items))
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

    /// A mouse click at a screen cell: select the row or item under it and focus its pane.
    pub fn click(&mut self, col: u16, row: u16) {
        let inside =
            |r: Rect| col >= r.x && col < r.x + r.width && row > r.y && row + 1 < r.y + r.height;
        if inside(self.areas.timeline) {
            self.focus = Pane::Timeline;
            let pos = self.offset + (row - self.areas.timeline.y - 1) as usize;
            if pos < self.view.len() {
                self.selected = pos;
            }
        } else if inside(self.areas.findings) {
            self.focus = Pane::Findings;
            // Two lines per finding.
            let pos = (row - self.areas.findings.y - 1) as usize / 2;
            let n = self.loaded().map_or(0, |l| l.derived.finding_order.len());
            if pos < n {
                self.finding_cursor = pos;
            }
        } else if inside(self.areas.map) {
            self.focus = Pane::Map;
            // The places list fills the last rows of the pane (see `views::map`).
            let n = self.loaded().map_or(0, |l| l.derived.places.len());
            let inner_h = self.areas.map.height.saturating_sub(2);
            let list_h = (n as u16).min(4).min(inner_h / 2);
            let list_top = self.areas.map.y + 1 + inner_h - list_h;
            if list_h > 0 && row >= list_top {
                let first = self.place_cursor.saturating_sub(list_h as usize - 1);
                let pos = first + (row - list_top) as usize;
                if pos < n {
                    self.place_cursor = pos;
                }
            }
        } else if inside(self.areas.chart) {
            self.focus = Pane::Chart;
        }
    }

    /// Mouse wheel: move the pane under the pointer (or the focused one) by `delta`.
    pub fn scroll(&mut self, delta: isize) {
        self.move_by(delta);
    }

    /// Start the guided review, resume it where it was left, or come back to it from
    /// picking posts on the timeline.
    pub fn enter_guided(&mut self) -> Option<Effect> {
        self.loaded()?;
        if let Some(g) = &mut self.guided
            && g.picking
        {
            g.picking = false;
            let fi = g.finding();
            let hash = g.hashes.get(g.pos).cloned().unwrap_or_default();
            self.mode = Mode::Guided;
            self.filter.finding = None;
            self.rebuild_view();
            let fi = fi?;
            let marked = self.finding_marked.get(fi).copied().unwrap_or(0);
            if marked == 0 {
                self.message = Some("back in the guided review; no post picked".into());
                return None;
            }
            self.message = Some(format!("back in the guided review; {marked} posts picked"));
            return Some(self.record(fi, Outcome::Picked, String::new(), hash));
        }
        let l = self.loaded()?;
        let order: Vec<usize> = l
            .derived
            .finding_order
            .iter()
            .copied()
            .filter(|&f| {
                l.analysis
                    .findings
                    .get(f)
                    .is_some_and(|f| f.category != crate::analyze::Category::Contact)
            })
            .collect();
        let hashes: Vec<String> = order
            .iter()
            .map(|&f| crate::review::finding_evidence_hash(&l.analysis.findings[f], &l.keys))
            .collect();
        let skip: std::collections::HashSet<usize> = order
            .iter()
            .enumerate()
            .filter(|(i, f)| {
                crate::review::review_state(
                    &self.review.reviews,
                    l.analysis.findings[**f].id.as_str(),
                    &hashes[*i],
                ) == ReviewState::Reviewed
            })
            .map(|(i, _)| i)
            .collect();
        let saved = self.review.position.as_deref().and_then(|id| {
            order
                .iter()
                .position(|&f| l.analysis.findings[f].id.as_str() == id)
        });
        let mut g = Guided {
            order,
            hashes,
            skip,
            ..Guided::default()
        };
        g.pos = match saved {
            Some(p) if !g.skip.contains(&p) => p,
            Some(p) => g.next_open(p),
            None => g.next_open(0),
        };
        let skipped = g.skip.len();
        let total = g.order.len();
        if self.review.reviewer.is_none() {
            g.input = Some((Input::Reviewer, String::new()));
        }
        self.guided = Some(g);
        self.mode = Mode::Guided;
        self.message = Some(if total == 0 {
            "guided review: no findings to review".into()
        } else if skipped > 0 {
            format!(
                "guided review: {total} findings, {skipped} already reviewed on the same evidence (skipped)"
            )
        } else {
            format!("guided review: {total} findings, most severe first")
        });
        if self.guided.as_ref().is_some_and(Guided::at_summary) {
            self.compute_summary();
        }
        None
    }

    /// Whether a finding (index into the findings) was reviewed, on this evidence or before
    /// it changed.
    pub fn review_state(&self, finding: usize) -> ReviewState {
        let Some(f) = self.loaded().and_then(|l| l.analysis.findings.get(finding)) else {
            return ReviewState::New;
        };
        let hash = self.evidence_hashes.get(finding).map_or("", String::as_str);
        crate::review::review_state(&self.review.reviews, f.id.as_str(), hash)
    }

    /// Record a finding's review in memory and return the effect that saves it.
    fn record(&mut self, fi: usize, outcome: Outcome, reason: String, evidence: String) -> Effect {
        let id = self
            .loaded()
            .and_then(|l| l.analysis.findings.get(fi))
            .map(|f| f.id.0.clone())
            .unwrap_or_default();
        self.review.reviews.insert(
            id.clone(),
            FindingReview {
                finding: id.clone(),
                outcome,
                reason: reason.clone(),
                evidence: evidence.clone(),
                at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                actor: self.review.reviewer.clone().unwrap_or_default(),
            },
        );
        Effect::ReviewFinding {
            finding: id,
            outcome,
            reason,
            evidence,
        }
    }

    /// The checklist as it stands, for the summary screen.
    fn compute_summary(&mut self) {
        let Some(l) = self.loaded() else { return };
        let list = crate::export::build(&crate::export::Input {
            archive: &self.label,
            data: &l.data,
            analysis: &l.analysis,
            decisions: &self.decisions,
            keys: &l.keys,
            notes: &self.review.notes,
            reviews: &self.review.reviews,
            reviewer: self.review.reviewer.as_deref(),
            tz: l.options.timezone,
            options: Some(&l.options),
            selection: crate::export::Selection::Decisions,
            generated: "",
        });
        if let Some(g) = &mut self.guided {
            g.summary = Some(Box::new(list));
        }
    }

    /// Move the guided review to a position; returns the effect that remembers it.
    fn guided_goto(&mut self, pos: usize) -> Option<Effect> {
        let l = self.loaded()?;
        let g = self.guided.as_ref()?;
        let id = g
            .order
            .get(pos)
            .and_then(|&f| l.analysis.findings.get(f))
            .map(|f| f.id.0.clone())
            .unwrap_or_default();
        let g = self.guided.as_mut()?;
        g.pos = pos.min(g.order.len());
        g.cursor = 0;
        if g.at_summary() {
            self.compute_summary();
        }
        self.review.position = Some(id.clone());
        Some(Effect::GuidedPosition(id))
    }

    fn guided_update(&mut self, action: Action) -> Option<Effect> {
        let l = self.loaded()?;
        let g = self.guided.as_ref()?;
        // The text box takes the keys first.
        if let Some((what, text)) = g.input.clone() {
            let finding_id = g
                .finding()
                .and_then(|fi| l.analysis.findings.get(fi))
                .map(|f| f.id.0.clone());
            let post_key = match what {
                Input::PostNote(p) => l.keys.get(p).cloned(),
                _ => None,
            };
            let mut text = text;
            match action {
                Action::Input(c) => text.push(c),
                Action::InputBackspace => {
                    text.pop();
                }
                Action::Back => {
                    if let Some(g) = &mut self.guided {
                        g.input = None;
                    }
                    self.message = Some("cancelled".into());
                    return None;
                }
                Action::Quit => {
                    self.quit = true;
                    return None;
                }
                Action::Open => {
                    let text = text.trim().to_string();
                    let fi = g.finding();
                    let hash = g.hashes.get(g.pos).cloned().unwrap_or_default();
                    if text.is_empty() && matches!(what, Input::Reviewer | Input::AcceptReason) {
                        self.message = Some(match what {
                            Input::Reviewer => "enter a name or role (Esc to skip for now)".into(),
                            _ => "a written reason is needed to accept a risk".into(),
                        });
                        return None;
                    }
                    if let Some(g) = &mut self.guided {
                        g.input = None;
                    }
                    return match what {
                        Input::Reviewer => {
                            self.review.reviewer = Some(text.clone());
                            self.message = Some(format!("reviewer: {text}"));
                            Some(Effect::SetReviewer(text))
                        }
                        Input::AcceptReason => {
                            let fi = fi?;
                            let save = self.record(fi, Outcome::Accepted, text, hash);
                            self.message = Some("risk accepted with your reason".into());
                            let next = self.guided.as_ref().map(|g| g.next_open(g.pos + 1))?;
                            let pos = self.guided_goto(next);
                            Some(Effect::Batch(std::iter::once(save).chain(pos).collect()))
                        }
                        Input::FindingNote => {
                            let id = finding_id?;
                            Some(self.note(crate::review::finding_target(&id), text))
                        }
                        Input::PostNote(_) => {
                            let key = post_key?;
                            Some(self.note(crate::review::post_target(&key), text))
                        }
                    };
                }
                _ => {}
            }
            if let Some(g) = &mut self.guided {
                g.input = Some((what, text));
            }
            return None;
        }
        if g.at_summary() {
            match action {
                Action::Quit | Action::Input('q') => self.quit = true,
                Action::Input('e') | Action::Export => return Some(Effect::Export),
                Action::PrevPane | Action::Input('h') | Action::Up => {
                    if let Some(p) = g.prev_open(g.pos).or(g.order.len().checked_sub(1)) {
                        return self.guided_goto(p);
                    }
                }
                Action::Open | Action::Back | Action::Input('g') | Action::Guided => {
                    self.mode = Mode::Normal;
                    self.message = Some("left the guided review (g to come back)".into());
                }
                _ => {}
            }
            return None;
        }
        let fi = g.finding()?;
        let f = l.analysis.findings.get(fi)?;
        let evidence = f.evidence.clone();
        let hash = g.hashes.get(g.pos).cloned().unwrap_or_default();
        let (pos, cursor) = (g.pos, g.cursor);
        match action {
            Action::Quit | Action::Input('q') => self.quit = true,
            Action::Down | Action::Input('j') => {
                if let Some(g) = &mut self.guided {
                    g.cursor = (cursor + 1).min(evidence.len().saturating_sub(1));
                }
            }
            Action::Up | Action::Input('k') => {
                if let Some(g) = &mut self.guided {
                    g.cursor = cursor.saturating_sub(1);
                }
            }
            Action::Input('d') => {
                let items: Vec<(usize, Decision)> = evidence
                    .iter()
                    .filter(|&&p| self.decision(p) != Decision::Delete)
                    .map(|&p| (p, Decision::Delete))
                    .collect();
                self.apply(&items);
                let n = evidence.len();
                let save = self.record(fi, Outcome::Deleted, String::new(), hash);
                self.message = Some(format!("marked all {n} evidence posts for deletion"));
                let next = self.guided.as_ref().map(|g| g.next_open(pos + 1))?;
                let goto = self.guided_goto(next);
                let mut effects = Vec::new();
                if !items.is_empty() {
                    effects.push(Effect::Save(items));
                }
                effects.push(save);
                effects.extend(goto);
                return Some(Effect::Batch(effects));
            }
            Action::Input('p') => {
                if let Some(g) = &mut self.guided {
                    g.picking = true;
                }
                let keep_sort = self.sort;
                self.filter = Filter {
                    finding: Some(fi),
                    ..Filter::default()
                };
                self.sort = keep_sort;
                self.focus = Pane::Timeline;
                self.zoom_detail = false;
                self.mode = Mode::Normal;
                self.rebuild_view();
                self.selected = 0;
                self.offset = 0;
                let back = self
                    .keymap
                    .first_key(Action::Guided)
                    .unwrap_or_else(|| "g".into());
                self.message = Some(format!(
                    "pick posts: d marks one for deletion; {back} returns to the guided review"
                ));
            }
            Action::Input('a') => {
                if let Some(g) = &mut self.guided {
                    g.input = Some((Input::AcceptReason, String::new()));
                }
            }
            Action::Input('n') => {
                let current = self
                    .review
                    .notes
                    .get(&crate::review::finding_target(f.id.as_str()))
                    .map(|n| n.note.clone())
                    .unwrap_or_default();
                if let Some(g) = &mut self.guided {
                    g.input = Some((Input::FindingNote, current));
                }
            }
            Action::Input('m') => {
                let p = *evidence.get(cursor)?;
                let current = l
                    .keys
                    .get(p)
                    .and_then(|k| self.review.notes.get(&crate::review::post_target(k)))
                    .map(|n| n.note.clone())
                    .unwrap_or_default();
                if let Some(g) = &mut self.guided {
                    g.input = Some((Input::PostNote(p), current));
                }
            }
            Action::Input('r') => {
                if let Some(g) = &mut self.guided {
                    let current = self.review.reviewer.clone().unwrap_or_default();
                    g.input = Some((Input::Reviewer, current));
                }
            }
            Action::Open | Action::NextPane | Action::Input('l') | Action::Input(' ') => {
                let next = self.guided.as_ref().map(|g| g.next_open(pos + 1))?;
                return self.guided_goto(next);
            }
            Action::PrevPane | Action::Input('h') => {
                let prev = self.guided.as_ref().and_then(|g| g.prev_open(pos));
                match prev {
                    Some(p) => return self.guided_goto(p),
                    None => self.message = Some("this is the first finding".into()),
                }
            }
            Action::Back | Action::Input('g') | Action::Guided => {
                self.mode = Mode::Normal;
                self.message = Some("left the guided review; g resumes here".into());
            }
            _ => {}
        }
        None
    }

    /// Save a note in memory and return the effect that stores it.
    fn note(&mut self, target: String, note: String) -> Effect {
        self.review.notes.insert(
            target.clone(),
            crate::review::Note {
                target: target.clone(),
                note: note.clone(),
                at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                actor: self.review.reviewer.clone().unwrap_or_default(),
            },
        );
        self.message = Some("note saved".into());
        Effect::Note { target, note }
    }

    fn contacts_update(&mut self, action: Action) -> Option<Effect> {
        let n = self.loaded()?.analysis.contacts.len();
        let last = n.saturating_sub(1);
        match action {
            Action::Quit => self.quit = true,
            Action::Down => {
                self.contact_cursor = (self.contact_cursor + 1).min(last);
                self.contact_scroll = 0;
            }
            Action::Up => {
                self.contact_cursor = self.contact_cursor.saturating_sub(1);
                self.contact_scroll = 0;
            }
            Action::Top => self.contact_cursor = 0,
            Action::Bottom => self.contact_cursor = last,
            Action::PageDown => self.contact_scroll += self.page.max(1),
            Action::PageUp => {
                self.contact_scroll = self.contact_scroll.saturating_sub(self.page.max(1))
            }
            Action::Open => {
                if n == 0 {
                    return None;
                }
                let c = self.contact_cursor;
                self.filter = Filter {
                    contact: Some(c),
                    ..Filter::default()
                };
                self.mode = Mode::Normal;
                self.focus = Pane::Timeline;
                self.rebuild_view();
                self.message = Some(format!(
                    "filter: {} ({} posts)",
                    self.filter_label(),
                    self.view.len()
                ));
            }
            Action::Back | Action::Contacts => self.mode = Mode::Normal,
            Action::ToggleHelp => self.mode = Mode::Help,
            _ => {}
        }
        None
    }
}
