//! A delivered event: its parts the runtime uses, what happened to it, and why one is refused.

use serde_json::Value;

use super::signature::SignatureError;
use crate::write::store;

/// What happened to a delivered event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Stored in the ledger (durable); the applier writes its rows shortly after.
    Stored,
    /// Stored and applied (or recognised as older than the stored state).
    Applied,
    /// Already applied before: acknowledged, nothing written.
    Duplicate,
    /// Stored in the ledger as failed; `stripe-sync replay` applies it again.
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Stored => "stored",
            Outcome::Applied => "applied",
            Outcome::Duplicate => "duplicate",
            Outcome::Failed => "failed",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    #[error(transparent)]
    Signature(#[from] SignatureError),
    #[error("body is not JSON: {0}")]
    NotJson(String),
    #[error("body is not a Stripe event: {0}")]
    NotAnEvent(String),
    #[error("body is {size} bytes, over the {limit} byte limit")]
    TooLarge { size: usize, limit: usize },
    #[error("database unavailable: {0}")]
    Unavailable(sqlx::Error),
}

impl WebhookError {
    /// The database aborted the work for a conflict with a concurrent writer.
    pub fn is_conflict(&self) -> bool {
        matches!(self, WebhookError::Unavailable(e) if crate::db::is_conflict(e))
    }

    pub fn status(&self) -> u16 {
        match self {
            WebhookError::TooLarge { .. } => 413,
            WebhookError::Unavailable(_) => 503,
            _ => 400,
        }
    }
}

/// The fields of an event the runtime uses.
#[derive(Debug, Clone)]
pub struct EventEnvelope {
    pub id: String,
    pub event_type: String,
    pub created: i64,
    pub api_version: Option<String>,
    pub account: Option<String>,
    pub object: Value,
    pub previous: Option<Value>,
}

impl EventEnvelope {
    /// The event deletes its object (`*.deleted`).
    pub fn deletes(&self) -> bool {
        self.event_type.ends_with(".deleted")
    }

    /// The object's row ends up deleted: a deleting event or a deleted stub.
    pub fn marks_deleted(&self) -> bool {
        store::marks_deleted(&self.object, self.deletes())
    }
}

/// Checks that `payload` is a Stripe event and takes out its parts.
pub fn parse_event(payload: &Value) -> Result<EventEnvelope, WebhookError> {
    EventEnvelope::from_payload(payload.clone())
}

impl EventEnvelope {
    /// [`parse_event`], moving the object out of `payload` instead of copying it.
    pub fn from_payload(mut payload: Value) -> Result<EventEnvelope, WebhookError> {
        let bad = |what: &str| WebhookError::NotAnEvent(what.to_string());
        if payload.get("object").and_then(Value::as_str) != Some("event") {
            return Err(bad("`object` is not \"event\""));
        }
        let text = |payload: &Value, field: &str| payload.get(field).and_then(Value::as_str).map(String::from);
        let id = text(&payload, "id").ok_or_else(|| bad("no string `id`"))?;
        let event_type = text(&payload, "type").ok_or_else(|| bad("no string `type`"))?;
        let created = payload.get("created").and_then(Value::as_i64).ok_or_else(|| bad("no integer `created`"))?;
        let (api_version, account) = (text(&payload, "api_version"), text(&payload, "account"));
        let data = payload.get_mut("data").ok_or_else(|| bad("no `data`"))?;
        let object = data
            .get_mut("object")
            .filter(|o| o.is_object())
            .map(Value::take)
            .ok_or_else(|| bad("no object `data.object`"))?;
        let previous = data.get_mut("previous_attributes").filter(|p| p.is_object()).map(Value::take);
        Ok(EventEnvelope { id, event_type, created, api_version, account, object, previous })
    }
}

/// Connection-level failures mean "retry later"; anything else is this event's problem.
pub fn is_unavailable(e: &sqlx::Error) -> bool {
    matches!(
        e,
        sqlx::Error::Io(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Tls(_)
            | sqlx::Error::Protocol(_)
            | sqlx::Error::WorkerCrashed
    ) || matches!(e, sqlx::Error::Database(d) if d.code().is_some_and(|c| c.starts_with("57P") || c.starts_with("08")))
}
