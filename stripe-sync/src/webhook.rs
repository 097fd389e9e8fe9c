//! The webhook path: verify, record in the event ledger, apply, answer.
//!
//! The ledger row and the object write share one transaction, and the answer is sent only
//! after it commits: 2xx means stored. A duplicate delivery is acknowledged and applied once.
//! An event that fails to apply is stored as `failed` (dead letter, replayable) and
//! acknowledged; a database that cannot be reached gives 503 so Stripe retries.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use serde_json::Value;
use sqlx::PgPool;

use crate::batch;
use crate::metrics::Metrics;
use crate::signature::{self, Secrets, SignatureError};
use crate::store::{self, ObjectState, Written};

/// Configuration of the webhook endpoint.
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    pub secrets: Secrets,
    /// Seconds between the signature's timestamp and now.
    pub tolerance_secs: i64,
    /// Bodies larger than this are refused (413).
    pub max_body_bytes: usize,
    pub schema: String,
    /// Reads partial embedded lists whole after their event is stored ([`crate::partial`]);
    /// without it they stay recorded for `backfill` or `verify --fix`.
    pub api: Option<crate::api::ApiClient>,
}

impl WebhookConfig {
    pub fn new(secrets: Secrets, schema: impl Into<String>) -> Self {
        WebhookConfig {
            secrets,
            tolerance_secs: signature::DEFAULT_TOLERANCE_SECS,
            max_body_bytes: 1 << 20,
            schema: schema.into(),
            api: None,
        }
    }
}

/// What happened to a delivered event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
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

/// The webhook handler as a plain library: `process_event(raw_body, signature_header)`.
#[derive(Clone)]
pub struct Webhooks {
    pool: PgPool,
    config: Arc<WebhookConfig>,
    metrics: Metrics,
    batcher: tokio::sync::mpsc::Sender<Job>,
}

/// Wakes the completer of partial lists (when an API key is configured).
type Completer = Option<Arc<tokio::sync::Notify>>;

/// How often the completer looks for recorded lists without being woken (a record left by a
/// restart, or one that failed to complete).
const COMPLETER_PERIOD: std::time::Duration = std::time::Duration::from_secs(30);

/// Completes recorded partial lists whenever woken, and every [`COMPLETER_PERIOD`].
fn spawn_completer(pool: PgPool, schema: String, api: crate::api::ApiClient) -> Arc<tokio::sync::Notify> {
    let wake = Arc::new(tokio::sync::Notify::new());
    let woken = wake.clone();
    tokio::spawn(async move {
        loop {
            match crate::partial::complete(&pool, &schema, &api).await {
                Ok(c) if c.completed > 0 => tracing::debug!(
                    completed = c.completed,
                    failed = c.failed.len(),
                    "completed partial embedded lists"
                ),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "completing partial embedded lists failed; retrying later"),
            }
            let _ = tokio::time::timeout(COMPLETER_PERIOD, woken.notified()).await;
        }
    });
    wake
}

/// One verified delivery waiting for a group commit.
struct Job {
    event: EventEnvelope,
    /// The body as delivered: the ledger stores it as Stripe sent it, without re-encoding.
    body: Vec<u8>,
    reply: tokio::sync::oneshot::Sender<Result<Outcome, WebhookError>>,
}

impl Job {
    /// The payload as a value, for the per-event paths (the body parsed before it queued).
    fn payload(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

/// Writers committing batches concurrently, and the most events one commit carries.
const WRITERS: usize = 4;
const MAX_BATCH: usize = 128;

impl Webhooks {
    /// Must be called inside a Tokio runtime: it starts the group-commit writers.
    pub fn new(pool: PgPool, config: WebhookConfig, metrics: Metrics) -> Self {
        let (tx, rx) = tokio::sync::mpsc::channel::<Job>(MAX_BATCH * WRITERS * 4);
        let rx = Arc::new(tokio::sync::Mutex::new(rx));
        let gate = Arc::new(GroupGate::default());
        let completer: Completer =
            config.api.clone().map(|api| spawn_completer(pool.clone(), config.schema.clone(), api));
        for _ in 0..WRITERS {
            let (pool, schema, metrics, rx, gate, completer) =
                (pool.clone(), config.schema.clone(), metrics.clone(), rx.clone(), gate.clone(), completer.clone());
            tokio::spawn(async move {
                loop {
                    // Take whatever queued up while the previous batch committed: no added
                    // wait at low load, large batches under load.
                    let mut batch = Vec::new();
                    {
                        let mut rx = rx.lock().await;
                        let Some(first) = rx.recv().await else { return };
                        batch.push(first);
                        while batch.len() < MAX_BATCH {
                            match rx.try_recv() {
                                Ok(job) => batch.push(job),
                                Err(_) => break,
                            }
                        }
                    }
                    commit_batch(&pool, &schema, batch, &metrics, &gate, &completer).await;
                }
            });
        }
        Webhooks { pool, config: Arc::new(config), metrics, batcher: tx }
    }

    pub fn config(&self) -> &WebhookConfig {
        &self.config
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Verifies and stores one delivery. `Ok` means it is durably recorded (answer 2xx).
    pub async fn process_event(&self, body: &[u8], signature_header: Option<&str>) -> Result<Outcome, WebhookError> {
        if body.len() > self.config.max_body_bytes {
            return Err(WebhookError::TooLarge { size: body.len(), limit: self.config.max_body_bytes });
        }
        signature::verify(signature_header, body, &self.config.secrets, crate::unix_now(), self.config.tolerance_secs)?;
        let payload: Value = serde_json::from_slice(body).map_err(|e| WebhookError::NotJson(e.to_string()))?;
        let event = EventEnvelope::from_payload(payload)?;
        self.metrics.received(&event.event_type);
        note_api_version(&self.metrics, &event);
        let started = Instant::now();
        let (reply, answer) = tokio::sync::oneshot::channel();
        let (event_type, created) = (event.event_type.clone(), event.created);
        let job = Job { event, body: body.to_vec(), reply };
        if self.batcher.send(job).await.is_err() {
            return Err(WebhookError::Unavailable(sqlx::Error::PoolClosed));
        }
        let outcome = answer.await.map_err(|_| WebhookError::Unavailable(sqlx::Error::PoolClosed))??;
        self.metrics.finished(&event_type, created, outcome, started.elapsed());
        Ok(outcome)
    }
}

/// Applies a group of deliveries in one statement, set-based ([`crate::batch`]), and
/// answers every caller after it commits. If the group fails for a reason other than the
/// database being away, every event goes through the per-event path, which isolates the
/// failing one as a dead letter. Partial embedded lists are recorded before any answer.
async fn commit_batch(
    pool: &PgPool,
    schema: &str,
    batch: Vec<Job>,
    metrics: &Metrics,
    gate: &GroupGate,
    completer: &Completer,
) {
    metrics.commit_group(batch.len());
    // A second delivery of an id in the same group waits for the first, then finds it in
    // the ledger like any duplicate.
    let mut seen = std::collections::HashSet::new();
    let (group, repeats): (Vec<Job>, Vec<Job>) = batch.into_iter().partition(|job| seen.insert(job.event.id.clone()));
    let pending: Vec<batch::Pending> =
        group.iter().map(|j| batch::Pending { event: &j.event, payload: &j.body }).collect();
    let attempt: Option<Result<Vec<batch::EventWrite>, sqlx::Error>> = if gate.open(crate::unix_now()) {
        Some(
            async {
                let mut conn = pool.acquire().await?;
                batch::write_events(&mut conn, schema, &pending).await
            }
            .await,
        )
    } else {
        None
    };
    let mut answered: Vec<(Job, Result<Outcome, WebhookError>)> = Vec::with_capacity(group.len() + repeats.len());
    match attempt {
        Some(Err(e)) if is_unavailable(&e) => {
            let message = e.to_string();
            for job in group.into_iter().chain(repeats) {
                let _ = job.reply.send(Err(WebhookError::Unavailable(sqlx::Error::Protocol(message.clone()))));
            }
            return;
        }
        Some(Ok(outcomes)) => {
            for (job, outcome) in group.into_iter().zip(outcomes) {
                let result = match outcome {
                    batch::EventWrite::Applied { stale } => {
                        Ok(finish_fast(metrics, &job.event, (Outcome::Applied, stale)))
                    }
                    batch::EventWrite::Duplicate => Ok(Outcome::Duplicate),
                    batch::EventWrite::Retry => apply_slow(pool, schema, &job.event, &job.payload(), metrics).await,
                };
                answered.push((job, result));
            }
        }
        failed => {
            if let Some(Err(e)) = &failed {
                note_group_failure(e, group.len(), metrics, gate);
            }
            metrics.group_fallback();
            for job in group {
                let result = apply_once(pool, schema, &job.event, &job.payload(), metrics).await;
                answered.push((job, result));
            }
        }
    }
    for job in repeats {
        let result = apply_once(pool, schema, &job.event, &job.payload(), metrics).await;
        answered.push((job, result));
    }
    // A stored event's partial lists are recorded before it is acknowledged; if that fails,
    // Stripe is asked to deliver again (the redelivery is a duplicate that records them).
    let partial: Vec<crate::partial::PartialList> =
        answered.iter().filter(|(_, r)| r.is_ok()).flat_map(|(job, _)| crate::partial::of_event(&job.event)).collect();
    let recorded = crate::partial::record(pool, schema, &partial).await;
    if let (Ok(()), false, Some(wake)) = (&recorded, partial.is_empty(), completer) {
        wake.notify_one();
    }
    for (job, result) in answered {
        let result = match (&recorded, result) {
            (Err(e), Ok(_)) if !crate::partial::of_event(&job.event).is_empty() => {
                Err(WebhookError::Unavailable(sqlx::Error::Protocol(e.to_string())))
            }
            (_, result) => result,
        };
        let _ = job.reply.send(result);
    }
}

/// Whether groups may try their one-statement write. A role that may not create temporary
/// objects is refused the group function; asking again on every group would cost each one
/// three round trips, so groups go one by one for a minute before the next try (a GRANT then
/// takes effect within that minute, with no restart).
#[derive(Debug, Default)]
struct GroupGate {
    /// Unix seconds ([`crate::unix_now`]).
    closed_until: AtomicI64,
}

impl GroupGate {
    const RETRY_AFTER_SECS: i64 = 60;

    fn open(&self, now: i64) -> bool {
        now >= self.closed_until.load(Ordering::Relaxed)
    }

    fn close(&self, now: i64) {
        self.closed_until.store(now + Self::RETRY_AFTER_SECS, Ordering::Relaxed);
    }
}

/// Logs why a group fell back to one-by-one writes: at debug level as a rule (one bad event
/// does that, and its dead letter says more), but as a warning when the role may not create
/// the temporary group function, which slows every group down until it is granted; then the
/// gate closes for a minute.
fn note_group_failure(e: &sqlx::Error, events: usize, metrics: &Metrics, gate: &GroupGate) {
    let denied = matches!(e, sqlx::Error::Database(d) if d.code().as_deref() == Some("42501"));
    if denied {
        gate.close(crate::unix_now());
        metrics.group_function_refused();
        tracing::warn!(error = %e, "cannot create the temporary group-write function; writing events one by one for a minute before trying again. Grant the role TEMPORARY on the database");
    } else {
        tracing::debug!(error = %e, events, "group write failed; applying its events one by one");
    }
}

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
fn note_api_version(metrics: &Metrics, event: &EventEnvelope) {
    if let Some(v) = event.api_version.as_deref().filter(|v| *v != stripe_model::API_VERSION) {
        metrics.api_version_mismatch(v);
    }
}

/// The outcome of the one-statement path, with its stale count.
fn finish_fast(metrics: &Metrics, event: &EventEnvelope, (outcome, stale): (Outcome, bool)) -> Outcome {
    if stale {
        metrics.stale(&event.event_type);
    }
    outcome
}

/// Fast path, else the per-event path (which isolates a failing write as a dead letter).
async fn apply_once(
    pool: &PgPool,
    schema: &str,
    event: &EventEnvelope,
    payload: &Value,
    metrics: &Metrics,
) -> Result<Outcome, WebhookError> {
    // The one-statement path writes no list items and prunes none.
    let lists = match store::target_for(&event.object) {
        store::Target::Table(t) => crate::follow::has_followed_list(t, &event.object),
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
    apply_slow(pool, schema, event, payload, metrics).await
}

/// The common case in one autocommitted statement: ledger row and object write together.
async fn apply_fast(
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

/// Ledger row, savepoint, write, status: isolates a failing write as a dead letter.
async fn apply_slow(
    pool: &PgPool,
    schema: &str,
    event: &EventEnvelope,
    payload: &Value,
    metrics: &Metrics,
) -> Result<Outcome, WebhookError> {
    let unavailable = WebhookError::Unavailable;
    let mut tx = pool.begin().await.map_err(unavailable)?;
    let ledger = crate::ledger::table(schema);
    let object_id = event.object.get("id").and_then(Value::as_str);
    let object_type = event.object.get("object").and_then(Value::as_str);
    // The status before this statement: `applied` means a duplicate.
    let status: Option<String> = sqlx::query_scalar(&crate::ledger::insert_sql(
        schema,
        "VALUES ($1, $2, $3, $4, to_timestamp($5), 'processing', $6, $7, $8)",
        crate::ledger::OnRepeat::Count,
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
            sqlx::query(&crate::ledger::set_status_sql(schema, "applied"))
                .bind(&event.id)
                .bind(None::<String>)
                .execute(&mut *tx)
                .await
                .map_err(unavailable)?;
            tx.commit().await.map_err(unavailable)?;
            if w == Written::Stale {
                metrics.stale(&event.event_type);
            }
            Ok(Outcome::Applied)
        }
        Err(e) if is_unavailable(&e) => Err(unavailable(e)),
        Err(e) => {
            // Keep the event, marked failed, and acknowledge: retries would fail the same way.
            sqlx::query("ROLLBACK TO SAVEPOINT apply").execute(&mut *tx).await.map_err(unavailable)?;
            sqlx::query(&crate::ledger::set_status_sql(schema, "failed"))
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

#[cfg(test)]
mod gate_tests {
    use super::GroupGate;

    #[test]
    fn a_refused_group_function_is_asked_for_again_a_minute_later() {
        let gate = GroupGate::default();
        assert!(gate.open(1_700_000_000), "open until refused");
        gate.close(1_700_000_000);
        assert!(!gate.open(1_700_000_001));
        assert!(!gate.open(1_700_000_059));
        assert!(gate.open(1_700_000_060), "a minute later the group write is tried again");
    }
}
