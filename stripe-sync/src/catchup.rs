//! `stripe-sync catch-up`: apply the events of `/v1/events` created since the last one seen,
//! oldest first, through the same path as webhooks (the ledger makes it idempotent).

use serde_json::json;
use sqlx::PgPool;

use crate::api::{ApiClient, ApiError};
use crate::metrics::Metrics;
use crate::webhook::{apply_event, parse_event, Outcome, WebhookError};

/// Stripe keeps events for 30 days.
pub const RETENTION_SECS: i64 = 30 * 24 * 3600;

#[derive(Debug, thiserror::Error)]
pub enum CatchUpError {
    #[error("no starting point: catch-up has no stored cursor yet. Pass --since TIME (when webhooks stopped, or when your backfill started); later runs resume where this one ends. It never guesses a start from the webhook rows, which would skip a gap that webhooks resumed after")]
    NoCursor,
    #[error("the last event seen is {days} days old, beyond Stripe's 30-day event retention: events in the gap are gone. Run `stripe-sync backfill` to resynchronise")]
    GapTooLong { days: i64 },
    #[error(transparent)]
    Api(#[from] ApiError),
    #[error(transparent)]
    Apply(#[from] WebhookError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatchUpSummary {
    pub fetched: usize,
    pub applied: usize,
    pub duplicates: usize,
    pub failed: usize,
    pub partial_lists: crate::partial::Completion,
}

pub async fn catch_up(
    pool: &PgPool,
    api: &ApiClient,
    schema: &str,
    since: Option<i64>,
    metrics: &Metrics,
) -> Result<CatchUpSummary, CatchUpError> {
    let state = crate::write::sync_state::SyncState::new(schema);
    let key = format!("events:{}", api.account().unwrap_or("platform"));
    let from = match since {
        Some(t) => t,
        None => {
            let saved = state.get(pool, &key).await?;
            saved.and_then(|v| v["created"].as_i64()).ok_or(CatchUpError::NoCursor)?
        }
    };
    let age = crate::unix_now() - from;
    if age > RETENTION_SECS {
        return Err(CatchUpError::GapTooLong { days: age / 86400 });
    }
    // The list is newest first; gather the whole window, then apply oldest first. Events of
    // the cursor's own second are fetched again: the ledger drops what was already applied.
    let mut events = api.list_all("/v1/events", &[("created[gte]".to_string(), from.to_string())], None).await?;
    events.reverse();
    let mut summary = CatchUpSummary { fetched: events.len(), ..Default::default() };
    if events.is_empty() {
        // Nothing since `from`: the next run starts there again, with no `--since` needed.
        state.put_if_absent(pool, &key, &json!({ "created": from })).await?;
    }
    for payload in &events {
        let mut event = parse_event(payload)?;
        // Read with an account's header, an event is that account's even if it omits it.
        if event.account.is_none() {
            event.account = api.account().map(String::from);
        }
        match apply_event(pool, schema, &event, payload, metrics).await? {
            // apply_event applies before it answers: never merely stored.
            Outcome::Applied | Outcome::Stored => summary.applied += 1,
            Outcome::Duplicate => summary.duplicates += 1,
            Outcome::Failed => summary.failed += 1,
        }
        crate::partial::record(pool, schema, &crate::partial::of_event(&event)).await?;
        state.put(pool, &key, &json!({"created": event.created, "id": event.id})).await?;
    }
    // The partial embedded lists of these events (and any left recorded), read whole.
    summary.partial_lists = crate::partial::complete(pool, schema, api).await?;
    Ok(summary)
}
