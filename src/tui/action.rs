//! What a key press can do. Keys map to [`Action`]s through the [`keymap`](super::keymap);
//! only `App::update` acts on them.

/// Every action a key can trigger. Each has a `snake_case` name (used in `keys.toml`) and a
/// description (shown by the help screen), listed in [`ACTIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Move down: next post, finding, place or month.
    Down,
    /// Move up: previous post, finding, place or month.
    Up,
    /// Move down one page.
    PageDown,
    /// Move up one page.
    PageUp,
    /// Jump to the first item.
    Top,
    /// Jump to the last item.
    Bottom,
    /// Focus the next pane.
    NextPane,
    /// Focus the previous pane.
    PrevPane,
    /// Open: the post in full, the finding's evidence, the place's posts, the month.
    Open,
    /// Close a popup, or clear the filters.
    Back,
    /// Toggle delete on the post, or on all evidence of the selected finding.
    ToggleDelete,
    /// Toggle keep on the post, or on all evidence of the selected finding.
    Keep,
    /// Undo the last decision.
    Undo,
    /// Redo the last undone decision.
    Redo,
    /// Search the text of the posts.
    Search,
    /// Filter by category, finding, platform, year, geotag or photo.
    Filter,
    /// Sort by time or by risk.
    Sort,
    /// Mark every post of the deletion plan for deletion.
    ApplyPlan,
    /// Export the checklist of posts marked for deletion.
    Export,
    /// Start or resume the guided review (also: come back from picking posts).
    Guided,
    /// Show the contacts pane.
    Contacts,
    /// Show or hide the key help.
    ToggleHelp,
    /// Leave mosaic (decisions are already saved).
    Quit,
    /// A character typed into the search box (not bindable).
    Input(char),
    /// Delete the last character of the search box (not bindable).
    InputBackspace,
}

/// Bindable actions: the action, its name in `keys.toml`, and its description.
pub const ACTIONS: &[(Action, &str, &str)] = &[
    (Action::Down, "down", "next post / finding / place / month"),
    (Action::Up, "up", "previous post / finding / place / month"),
    (Action::PageDown, "page_down", "page down"),
    (Action::PageUp, "page_up", "page up"),
    (Action::Top, "top", "first item"),
    (Action::Bottom, "bottom", "last item"),
    (
        Action::NextPane,
        "next_pane",
        "next pane (side panes fold here on small screens)",
    ),
    (Action::PrevPane, "prev_pane", "previous pane"),
    (
        Action::Open,
        "open",
        "open: post in full / finding's evidence / place's posts / month",
    ),
    (Action::Back, "back", "close popup, or clear filters"),
    (
        Action::ToggleDelete,
        "toggle_delete",
        "toggle delete (post, or all evidence of the finding)",
    ),
    (
        Action::Keep,
        "keep",
        "toggle keep (post, or all evidence of the finding)",
    ),
    (Action::Undo, "undo", "undo the last decision"),
    (Action::Redo, "redo", "redo"),
    (Action::Search, "search", "search post text"),
    (
        Action::Filter,
        "filter",
        "filter: category, finding, platform, year, geo, photo",
    ),
    (Action::Sort, "sort", "sort by time / risk"),
    (
        Action::ApplyPlan,
        "apply_plan",
        "mark the deletion plan's posts for deletion",
    ),
    (Action::Export, "export", "export the deletion checklist"),
    (
        Action::Guided,
        "guided_review",
        "guided review: start, resume, or return from picking posts",
    ),
    (
        Action::Contacts,
        "contacts",
        "contacts: who asks about your work (Enter: their linked posts)",
    ),
    (Action::ToggleHelp, "help", "show or hide this help"),
    (Action::Quit, "quit", "quit (decisions are already saved)"),
];

impl Action {
    /// The action named in `keys.toml`.
    pub fn from_name(name: &str) -> Option<Action> {
        ACTIONS
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(a, _, _)| *a)
    }

    /// The action's name, if bindable.
    pub fn name(self) -> Option<&'static str> {
        ACTIONS
            .iter()
            .find(|(a, _, _)| *a == self)
            .map(|(_, n, _)| *n)
    }
}
