//! The webhook path: verify, record in the event ledger, apply, answer.
//!
//! The ledger row and the object write share one transaction, and the answer is sent only
//! after it commits: 2xx means stored. A duplicate delivery is acknowledged and applied once.
//! An event that fails to apply is stored as `failed` (dead letter, replayable) and
//! acknowledged; a database that cannot be reached gives 503 so Stripe retries.
//!
//! Here: the queue and its writers, which group deliveries into one commit ([`Webhooks`]).
//! [`signature`] verifies, [`event`] parses, [`apply`] takes one event at a time (and is what
//! replay and catch-up use), [`gate`] decides when groups may use their one statement,
//! [`http`] serves it all. It must not build SQL of its own: rows are planned and written by
//! [`crate::write`].

mod apply;
mod config;
mod event;
mod gate;
pub mod http;
pub mod signature;

pub use apply::apply_event;
use apply::{apply_once, apply_slow, finish_fast, note_api_version};
pub use config::WebhookConfig;
pub use event::{is_unavailable, parse_event, EventEnvelope, Outcome, WebhookError};
use gate::{note_group_failure, GroupGate};

use std::sync::Arc;
use std::time::Instant;

use serde_json::Value;
use sqlx::PgPool;

use crate::metrics::Metrics;
use crate::write::batch;

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

/// Applies a group of deliveries in one statement, set-based ([`crate::write::batch`]), and
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
