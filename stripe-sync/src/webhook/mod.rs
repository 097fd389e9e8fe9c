//! The webhook path: verify, store in the event ledger as pending, answer; then apply.
//!
//! The answer is sent only after the ledger row commits: 2xx means stored. The applier
//! ([`applier`]) writes the rows after, in large groups, exactly once; with [`Ack::Applied`]
//! the answer waits for it. A duplicate delivery is acknowledged and applied once. An event
//! that fails to apply is kept as `failed` (dead letter, replayable); a database that cannot
//! be reached gives 503 so Stripe retries.
//!
//! Here: the queue and its writer, which stores deliveries in one commit per group
//! ([`Webhooks`]). [`signature`] verifies, [`event`] parses, [`applier`] applies stored
//! events, [`apply`] takes one event at a time (the applier's fallback, replay and catch-up),
//! [`gate`] decides when groups may use their one statement, [`http`] serves it all. It must
//! not build SQL of its own: the ledger's statements come from `stripe_pg_contract::ledger`,
//! rows are planned and written by [`crate::write`].

mod applier;
mod apply;
mod config;
mod event;
mod gate;
pub mod http;
pub mod signature;

use applier::{Applier, Stored};
pub use apply::apply_event;
use apply::note_api_version;
pub use config::{Ack, WebhookConfig};
pub use event::{is_unavailable, parse_event, EventEnvelope, Outcome, WebhookError};
use gate::GroupGate;

use std::sync::Arc;
use std::time::Instant;

use serde_json::Value;
use sqlx::PgPool;

use crate::metrics::Metrics;

/// The webhook handler as a plain library: `process_event(raw_body, signature_header)`.
#[derive(Clone)]
pub struct Webhooks {
    pool: PgPool,
    config: Arc<WebhookConfig>,
    metrics: Metrics,
    batcher: tokio::sync::mpsc::Sender<Job>,
}

/// Wakes the completer of partial lists (when an API key is configured).
pub(super) type Completer = Option<Arc<tokio::sync::Notify>>;

/// How often the completer looks for recorded lists without being woken (a record left by a
/// restart, or one that failed to complete).
const COMPLETER_PERIOD: std::time::Duration = std::time::Duration::from_secs(30);

/// Completes recorded partial lists, and reads paid Checkout Sessions' line items for the app
/// layer, whenever woken and every [`COMPLETER_PERIOD`]: the API reads that follow an event.
fn spawn_completer(
    pool: PgPool,
    schema: String,
    app_schema: String,
    api: crate::api::ApiClient,
) -> Arc<tokio::sync::Notify> {
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
            match crate::billing::line_items::fetch(&pool, &app_schema, &api).await {
                Ok(n) if n > 0 => tracing::debug!(sessions = n, "recorded paid Checkout Sessions' line items"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "reading Checkout Sessions' line items failed; retrying later"),
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
    received: Instant,
    reply: tokio::sync::oneshot::Sender<Result<Outcome, WebhookError>>,
}

/// Writers committing batches concurrently, and the most events one commit carries. One
/// writer: a delivery's commit is now only its ledger row, so one writer keeps up, and the
/// deliveries that arrive while it waits for the disk share its next commit (with four,
/// commits carried half as many events and Postgres spent ~20 % more per event).
const WRITERS: usize = 1;
const MAX_BATCH: usize = 128;

impl Webhooks {
    /// Must be called inside a Tokio runtime: it starts the group-commit writers and the
    /// applier.
    pub fn new(pool: PgPool, config: WebhookConfig, metrics: Metrics) -> Self {
        let (tx, rx) = tokio::sync::mpsc::channel::<Job>(MAX_BATCH * WRITERS * 4);
        let rx = Arc::new(tokio::sync::Mutex::new(rx));
        let gate = Arc::new(GroupGate::default());
        let completer: Completer = config
            .api
            .clone()
            .map(|api| spawn_completer(pool.clone(), config.schema.clone(), config.app_schema.clone(), api));
        let applier = Applier::spawn(pool.clone(), config.schema.clone(), metrics.clone(), gate, completer.clone());
        for _ in 0..WRITERS {
            let (pool, schema, metrics, rx, applier, completer, ack) = (
                pool.clone(),
                config.schema.clone(),
                metrics.clone(),
                rx.clone(),
                applier.clone(),
                completer.clone(),
                config.ack,
            );
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
                    receive_batch(&pool, &schema, batch, &metrics, &applier, ack, &completer).await;
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

    /// Verifies and stores one delivery. `Ok` means it is durably recorded (answer 2xx); with
    /// [`Ack::Applied`], that its rows are written too.
    pub async fn process_event(&self, body: &[u8], signature_header: Option<&str>) -> Result<Outcome, WebhookError> {
        if body.len() > self.config.max_body_bytes {
            return Err(WebhookError::TooLarge { size: body.len(), limit: self.config.max_body_bytes });
        }
        signature::verify(signature_header, body, &self.config.secrets, crate::unix_now(), self.config.tolerance_secs)?;
        let payload: Value = serde_json::from_slice(body).map_err(|e| WebhookError::NotJson(e.to_string()))?;
        let event = EventEnvelope::from_payload(payload)?;
        self.metrics.received(&event.event_type, event.account.as_deref());
        note_api_version(&self.metrics, &event);
        let received = Instant::now();
        let (reply, answer) = tokio::sync::oneshot::channel();
        let (event_type, account) = (event.event_type.clone(), event.account.clone());
        let job = Job { event, body: body.to_vec(), received, reply };
        if self.batcher.send(job).await.is_err() {
            return Err(WebhookError::Unavailable(sqlx::Error::PoolClosed));
        }
        let outcome = answer.await.map_err(|_| WebhookError::Unavailable(sqlx::Error::PoolClosed))??;
        self.metrics.finished(&event_type, account.as_deref(), outcome, received.elapsed());
        Ok(outcome)
    }
}

/// Records a group of deliveries in the ledger as pending, in one durable statement, and
/// answers each caller after it commits ([`Ack::Stored`]) or hands the caller to the applier
/// ([`Ack::Applied`]). New events (and redeliveries of failed ones) go to the applier.
/// Partial embedded lists are recorded before any answer.
async fn receive_batch(
    pool: &PgPool,
    schema: &str,
    batch: Vec<Job>,
    metrics: &Metrics,
    applier: &Applier,
    ack: Ack,
    completer: &Completer,
) {
    metrics.commit_group(batch.len());
    // A second delivery of an id in the same group is answered as a duplicate once the
    // first is stored (one statement may not touch a row twice).
    let mut seen = std::collections::HashSet::new();
    let (mut group, repeats): (Vec<Job>, Vec<Job>) =
        batch.into_iter().partition(|job| seen.insert(job.event.id.clone()));
    // Every receiver (replicas too) locks ledger rows in id order, so two groups holding the
    // same events cannot deadlock; a conflict that still aborts the statement runs it again.
    group.sort_by(|a, b| a.event.id.cmp(&b.event.id));
    let events: Vec<(&EventEnvelope, &[u8])> = group.iter().map(|j| (&j.event, j.body.as_slice())).collect();
    let received = crate::db::retry_conflicts(crate::db::is_conflict, || record_pending(pool, schema, &events)).await;
    let queued: std::collections::HashSet<String> = match received {
        Ok(queued) => queued,
        Err(e) => {
            // Nothing was stored: Stripe delivers again.
            let message = e.to_string();
            if !is_unavailable(&e) {
                tracing::error!(error = %message, events = group.len(), "storing deliveries in the ledger failed");
            }
            for job in group.into_iter().chain(repeats) {
                let _ = job.reply.send(Err(WebhookError::Unavailable(sqlx::Error::Protocol(message.clone()))));
            }
            return;
        }
    };
    // A stored event's partial lists are recorded before it is acknowledged; if that fails,
    // Stripe is asked to deliver again (the redelivery is a duplicate that records them).
    let partial: Vec<crate::partial::PartialList> =
        group.iter().chain(&repeats).flat_map(|job| crate::partial::of_event(&job.event)).collect();
    let recorded = crate::partial::record(pool, schema, &partial).await;
    // A duplicate's lists may be complete-able now; a queued event's wait for the applier.
    if let (Ok(()), false, Some(wake)) = (&recorded, partial.is_empty(), completer) {
        wake.notify_one();
    }
    for job in group.into_iter().chain(repeats) {
        if let Err(e) = &recorded {
            if !crate::partial::of_event(&job.event).is_empty() {
                let _ = job.reply.send(Err(WebhookError::Unavailable(sqlx::Error::Protocol(e.to_string()))));
                // Stored all the same: the applier applies it; the redelivery is a duplicate.
                continue;
            }
        }
        if !queued.contains(&job.event.id) {
            let _ = job.reply.send(Ok(Outcome::Duplicate));
            continue;
        }
        let Job { event, body, received, reply } = job;
        let reply = match ack {
            Ack::Stored => {
                let _ = reply.send(Ok(Outcome::Stored));
                None
            }
            Ack::Applied => Some(reply),
        };
        applier.hand_over(Stored { event, body, stored_at: received, reply });
    }
}

/// Records deliveries (distinct ids; each its envelope and its body as delivered) in the
/// ledger as pending, in one statement: answers the ids the applier must take (new events,
/// and redeliveries of failed ones). The intake's one way of storing; public for the
/// benchmark, which fills a backlog with it.
pub async fn record_pending(
    pool: &PgPool,
    schema: &str,
    events: &[(&EventEnvelope, &[u8])],
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let text = |f: fn(&EventEnvelope) -> Option<&str>| events.iter().map(|(e, _)| f(e)).collect::<Vec<_>>();
    let rows: Vec<(String, bool)> = sqlx::query_as(&stripe_pg_contract::ledger::receive_sql(schema))
        .bind(text(|e| Some(e.id.as_str())))
        .bind(text(|e| Some(e.event_type.as_str())))
        .bind(text(|e| e.api_version.as_deref()))
        .bind(text(|e| e.account.as_deref()))
        .bind(events.iter().map(|(e, _)| e.created).collect::<Vec<_>>())
        .bind(text(|e| e.object.get("object").and_then(Value::as_str)))
        .bind(text(|e| e.object.get("id").and_then(Value::as_str)))
        .bind(events.iter().map(|(_, body)| crate::db::JsonText(body)).collect::<Vec<_>>())
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().filter(|(_, queued)| *queued).map(|(id, _)| id).collect())
}
