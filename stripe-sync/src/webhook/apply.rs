//! One event at a time: record it in the ledger and apply it, as one statement when it can
//! (the fast path) or step by step, isolating a failure as a dead letter. Used by the webhook
//! group's fallback, replay and catch-up.

use serde_json::Value;
use sqlx::PgPool;

use super::{is_unavailable, EventEnvelope, Outcome, WebhookError};
use crate::metrics::Metrics;
use crate::write::store::{self, ObjectState, Written};

/// Records `event` in the ledger and applies it, in one transaction; a failure to apply is
/// recorded as a dead letter. Used by webhooks, replay and catch-up.
pub async fn apply_event(
    pool: &PgPool,
    schema: &str,
    event: &EventEnvelope,
    payload: &Value,
    metrics: &Metrics,
) -> Result<Outcome, WebhookError> {
    note_api_version(metrics, event);
    apply_once(pool, schema, event, payload, metrics).await
}

/// Counts an event whose payload is of another API version than the schema's.
pub(super) fn note_api_version(metrics: &Metrics, event: &EventEnvelope) {
    if let Some(v) = event.api_version.as_deref().filter(|v| *v != stripe_model::API_VERSION) {
        metrics.api_version_mismatch(v);
    }
}

/// The outcome of the one-statement path, with its stale count.
pub(super) fn finish_fast(metrics: &Metrics, event: &EventEnvelope, (outcome, stale): (Outcome, bool)) -> Outcome {
    if stale {
        metrics.stale(&event.event_type, event.account.as_deref());
    }
    outcome
}

/// Fast path, else the per-event path (which isolates a failing write as a dead letter).
pub(super) async fn apply_once(
    pool: &PgPool,
    schema: &str,
    event: &EventEnvelope,
    payload: &Value,
    metrics: &Metrics,
) -> Result<Outcome, WebhookError> {
    // The one-statement path writes no list items and prunes none.
    let lists = match store::target_for(&event.object) {
        store::Target::Table(t) => crate::write::follow::has_followed_list(t, &event.object),
        store::Target::Generic { .. } => false,
    };
    if store::embedded_items(&event.object).is_empty() && !lists {
        match apply_fast(pool, schema, event, payload).await {
            Ok(Some(fast)) => return Ok(finish_fast(metrics, event, fast)),
            Ok(None) => {} // in the ledger but not applied: the slow path retries it
            Err(e) if is_unavailable(&e) => return Err(WebhookError::Unavailable(e)),
            Err(_) => {} // nothing was written; the slow path records the failure
        }
    }
    apply_slow(pool, schema, event, payload, metrics, false).await
}

/// The common case in one autocommitted statement: ledger row and object write together.
pub(super) async fn apply_fast(
    pool: &PgPool,
    schema: &str,
    event: &EventEnvelope,
    payload: &Value,
) -> Result<Option<(Outcome, bool)>, sqlx::Error> {
    let target = store::target_for(&event.object);
    let deleted = event.marks_deleted();
    let sql = store::fast_event_sql(schema, &target, store::UpsertKind::of(deleted));
    let mut q = sqlx::query_as::<_, (Option<bool>, i64)>(&sql)
        .bind(&event.id)
        .bind(&event.event_type)
        .bind(&event.api_version)
        .bind(&event.account)
        .bind(event.created as f64)
        .bind(event.object.get("object").and_then(Value::as_str))
        .bind(event.object.get("id").and_then(Value::as_str))
        .bind(payload)
        .bind(store::row_id(&event.object, event.account.as_deref()))
        .bind(&event.object)
        .bind(deleted)
        .bind(event.created)
        .bind(store::state_seq(&event.event_type))
        .bind(event.previous.as_ref());
    if let store::Target::Generic { object } = &target {
        q = q.bind(object.clone());
    }
    let (fresh, written) = q.fetch_one(pool).await?;
    Ok(match fresh {
        Some(true) => Some((Outcome::Applied, written == 0)),
        Some(false) => Some((Outcome::Duplicate, false)),
        None => None,
    })
}

/// Ledger row, savepoint, write, status: isolates a failing write as a dead letter. Run again
/// when a concurrent writer's conflict aborted it (two writers meeting on the same rows).
/// `stored`: the event is already in the ledger as pending (the applier's path), so its row
/// is left as it is rather than counted as another delivery.
pub(super) async fn apply_slow(
    pool: &PgPool,
    schema: &str,
    event: &EventEnvelope,
    payload: &Value,
    metrics: &Metrics,
    stored: bool,
) -> Result<Outcome, WebhookError> {
    crate::db::retry_conflicts(WebhookError::is_conflict, || {
        apply_slow_once(pool, schema, event, payload, metrics, stored)
    })
    .await
}

async fn apply_slow_once(
    pool: &PgPool,
    schema: &str,
    event: &EventEnvelope,
    payload: &Value,
    metrics: &Metrics,
    stored: bool,
) -> Result<Outcome, WebhookError> {
    let unavailable = WebhookError::Unavailable;
    let mut tx = pool.begin().await.map_err(unavailable)?;
    let ledger = stripe_pg_contract::ledger::table(schema);
    let object_id = event.object.get("id").and_then(Value::as_str);
    let object_type = event.object.get("object").and_then(Value::as_str);
    // The status before this statement: `applied` means a duplicate.
    let status: Option<String> = sqlx::query_scalar(&stripe_pg_contract::ledger::insert_sql(
        schema,
        "VALUES ($1, $2, $3, $4, to_timestamp($5), 'processing', $6, $7, $8)",
        if stored { stripe_pg_contract::ledger::OnRepeat::Keep } else { stripe_pg_contract::ledger::OnRepeat::Count },
        &format!("(SELECT status FROM {ledger} WHERE id = $1)"),
    ))
    .bind(&event.id)
    .bind(&event.event_type)
    .bind(&event.api_version)
    .bind(&event.account)
    .bind(event.created as f64)
    .bind(object_type)
    .bind(object_id)
    .bind(payload)
    .fetch_one(&mut *tx)
    .await
    .map_err(unavailable)?;
    if status.as_deref() == Some("applied") {
        tx.commit().await.map_err(unavailable)?;
        return Ok(Outcome::Duplicate);
    }
    let state = ObjectState {
        object: &event.object,
        account: event.account.as_deref(),
        api_version: event.api_version.as_deref(),
        state_ts: event.created,
        state_seq: store::state_seq(&event.event_type),
        event_id: Some(&event.id),
        previous: event.previous.as_ref(),
        deletes: event.deletes(),
    };
    sqlx::query("SAVEPOINT apply").execute(&mut *tx).await.map_err(unavailable)?;
    match store::write(&mut tx, schema, &state).await {
        Ok(w) => {
            sqlx::query(&stripe_pg_contract::ledger::set_status_sql(schema, "applied"))
                .bind(&event.id)
                .bind(None::<String>)
                .execute(&mut *tx)
                .await
                .map_err(unavailable)?;
            tx.commit().await.map_err(unavailable)?;
            if w == Written::Stale {
                metrics.stale(&event.event_type, event.account.as_deref());
            }
            Ok(Outcome::Applied)
        }
        // A conflict with a concurrent writer is not this event's fault: the caller runs it again.
        Err(e) if is_unavailable(&e) || crate::db::is_conflict(&e) => Err(unavailable(e)),
        Err(e) => {
            // Keep the event, marked failed, and acknowledge: retries would fail the same way.
            sqlx::query("ROLLBACK TO SAVEPOINT apply").execute(&mut *tx).await.map_err(unavailable)?;
            sqlx::query(&stripe_pg_contract::ledger::set_status_sql(schema, "failed"))
                .bind(&event.id)
                .bind(e.to_string())
                .execute(&mut *tx)
                .await
                .map_err(unavailable)?;
            tx.commit().await.map_err(unavailable)?;
            tracing::warn!(event = %event.id, error = %e, "event stored as failed; replay it with `stripe-sync replay --failed`");
            Ok(Outcome::Failed)
        }
    }
}
