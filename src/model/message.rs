//! Direct messages, kept apart from the post timeline.

use chrono::{DateTime, Utc};

/// One direct message.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The platform's message id, where it has one.
    pub native_id: Option<String>,
    /// The sender as the export records it: handle, display name or numeric id.
    pub sender: String,
    /// Whether the account owner sent it.
    pub from_owner: bool,
    pub sent_at: DateTime<Utc>,
    pub text: String,
    /// Paths or URLs of attached media.
    pub attachments: Vec<String>,
}

/// A direct-message conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversation {
    pub platform: super::Platform,
    /// The platform's conversation id or folder name.
    pub id: String,
    /// The other participants as the export names them (handle, name or id).
    pub participants: Vec<String>,
    /// Messages in time order.
    pub messages: Vec<Message>,
}
