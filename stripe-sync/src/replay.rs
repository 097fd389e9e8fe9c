//! `stripe-sync replay`: apply stored events again (dead letters, one id, or since a time).

use serde_json::Value;
use sqlx::PgPool;

use crate::metrics::Metrics;
use crate::webhook::{apply_event, parse_event, Outcome, WebhookError};

#[derive(Debug, Clone)]
pub enum Selection {
    Failed,
    Id(String),
    /// Events created at or after this unix time.
    Since(i64),
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReplaySummary {
    pub applied: usize,
    pub failed: usize,
    /// Events whose payload `stripe-sync prune` removed: nothing to apply.
    pub pruned: usize,
}

/// Applies the selected events in `created` order, through the same path as webhooks.
pub async fn replay(
    pool: &PgPool,
    schema: &str,
    selection: &Selection,
    metrics: &Metrics,
) -> Result<ReplaySummary, WebhookError> {
    let ledger = format!("{} AS led", stripe_pg_contract::ledger::table(schema));
    let (source, filter, bind): (String, &str, Option<String>) = match selection {
        Selection::Failed => {
            (stripe_pg_contract::ledger::unapplied_source(schema, stripe_pg_contract::ledger::FAILED), "true", None)
        }
        Selection::Id(id) => (ledger, "led.id = $1", Some(id.clone())),
        Selection::Since(t) => (ledger, "led.created >= to_timestamp($1::bigint)", Some(t.to_string())),
    };
    let sql = format!("SELECT led.payload FROM {source} WHERE {filter} ORDER BY led.created, led.id");
    let mut q = sqlx::query_scalar::<_, Value>(&sql);
    if let Some(b) = &bind {
        q = match selection {
            Selection::Since(t) => sqlx::query_scalar::<_, Value>(&sql).bind(*t),
            _ => q.bind(b.clone()),
        };
    }
    let payloads = q.fetch_all(pool).await.map_err(WebhookError::Unavailable)?;
    let mut summary = ReplaySummary::default();
    for payload in payloads {
        if payload.get(stripe_pg_contract::ledger::PRUNED_MARK) == Some(&Value::Bool(true)) {
            tracing::warn!(event = ?payload.get("id"), "its payload was pruned; it cannot be replayed");
            summary.pruned += 1;
            continue;
        }
        let event = parse_event(&payload)?;
        // Force re-application: the ledger row is reset to pending first.
        sqlx::query(&stripe_pg_contract::ledger::requeue_sql(schema))
            .bind(&event.id)
            .execute(pool)
            .await
            .map_err(WebhookError::Unavailable)?;
        match apply_event(pool, schema, &event, &payload, metrics).await? {
            Outcome::Failed => summary.failed += 1,
            _ => summary.applied += 1,
        }
    }
    Ok(summary)
}
