//! The applier: takes events stored as `pending` (acknowledged already) and applies them in
//! large set-based groups, as Stripe advises (acknowledge fast, process after).
//!
//! Its queue is the ledger: a `pending` row is an event to apply, wherever it came from. The
//! intake hands over the events it just stored, parsed, so the usual case reads nothing back;
//! at start, after a failure, and every [`RESCAN`], the applier also reads the ledger's pending
//! rows, so an event whose hand-over was lost (a restart, `kill -9`, a full hand-over queue)
//! is applied all the same. Exactly once: the group statement marks an event applied only
//! while it is still pending, in the same transaction as its rows. A group that fails for a
//! reason other than the database being away is applied one event at a time, so a bad event
//! only dead-letters itself.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;
use sqlx::PgPool;

use super::apply::{apply_slow, note_api_version};
use super::gate::{note_group_failure, GroupGate};
use super::{is_unavailable, Completer, EventEnvelope, Outcome, WebhookError};
use crate::metrics::Metrics;
use crate::write::batch::{self, EventWrite};

/// The most events one group statement applies: large groups share each table's statement
/// start-up among many rows, which is most of what an upsert costs.
const MAX_GROUP: usize = 500;
/// How long the applier keeps gathering a group once more than one event waits. Measured
/// (BENCHMARKS.md, 2026-12-03 16:40, "the applier's groups"): without it groups held ~12
/// events (one intake commit), and Postgres spent ~40 % more per event starting each table's
/// statement.
const LINGER: Duration = Duration::from_millis(25);
/// The most pending events one read of the ledger's queue finds (then applied in groups).
const BACKLOG_PAGE: usize = 20_000;
/// How often the applier reads the ledger for pending events it was not handed.
const RESCAN: Duration = Duration::from_secs(30);
/// Events waiting in memory for the applier; beyond this the intake stops handing over (the
/// events are in the ledger, and the next rescan applies them).
const HANDOVER_CAPACITY: usize = 20_000;

/// One stored event handed to the applier.
pub(super) struct Stored {
    pub event: EventEnvelope,
    /// The body as delivered (for the per-event path, which needs the payload as a value).
    pub body: Vec<u8>,
    /// When it was acknowledged (or found pending), for the apply delay.
    pub stored_at: Instant,
    /// Answer this once applied, when the caller waits for it ([`super::Ack::Applied`]).
    pub reply: Option<tokio::sync::oneshot::Sender<Result<Outcome, WebhookError>>>,
}

/// The intake's handle on the applier.
#[derive(Clone)]
pub(super) struct Applier {
    handover: tokio::sync::mpsc::Sender<Stored>,
    /// Set when a hand-over was dropped: the next loop reads the ledger.
    rescan: Arc<AtomicBool>,
}

impl Applier {
    /// Starts the applier task.
    pub(super) fn spawn(
        pool: PgPool,
        schema: String,
        metrics: Metrics,
        gate: Arc<GroupGate>,
        completer: Completer,
    ) -> Applier {
        let (handover, rx) = tokio::sync::mpsc::channel(HANDOVER_CAPACITY);
        let rescan = Arc::new(AtomicBool::new(true));
        let task = Task {
            pool,
            schema,
            metrics,
            gate,
            rescan: rescan.clone(),
            completer,
            conn: tokio::sync::Mutex::new(None),
        };
        tokio::spawn(task.run(rx));
        Applier { handover, rescan }
    }

    /// Hands a stored event over. Never waits: with the queue full the event stays pending in
    /// the ledger for the next rescan, and a caller waiting for it is told it is stored.
    pub(super) fn hand_over(&self, stored: Stored) {
        if let Err(e) = self.handover.try_send(stored) {
            self.rescan.store(true, Ordering::Relaxed);
            let stored = match e {
                tokio::sync::mpsc::error::TrySendError::Full(s) | tokio::sync::mpsc::error::TrySendError::Closed(s) => {
                    s
                }
            };
            if let Some(reply) = stored.reply {
                let _ = reply.send(Ok(Outcome::Stored));
            }
        }
    }
}

struct Task {
    pool: PgPool,
    schema: String,
    metrics: Metrics,
    gate: Arc<GroupGate>,
    rescan: Arc<AtomicBool>,
    /// Woken after a group that applied events with partial embedded lists.
    completer: Completer,
    /// The applier's own connection, kept between groups: the group function is compiled,
    /// and its steps planned, once per connection (dropped after an error, taken again).
    conn: tokio::sync::Mutex<Option<sqlx::pool::PoolConnection<sqlx::Postgres>>>,
}

impl Task {
    async fn run(self, mut rx: tokio::sync::mpsc::Receiver<Stored>) {
        loop {
            if self.rescan.swap(false, Ordering::Relaxed) {
                if let Err(e) = self.apply_ledger().await {
                    tracing::warn!(error = %e, "reading pending events from the ledger failed; retrying");
                    self.rescan.store(true, Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            }
            let first = match tokio::time::timeout(RESCAN, rx.recv()).await {
                Ok(Some(first)) => first,
                Ok(None) => return,
                Err(_) => {
                    self.rescan.store(true, Ordering::Relaxed);
                    continue;
                }
            };
            let gather_until = tokio::time::Instant::now() + LINGER;
            let mut group = vec![first];
            while group.len() < MAX_GROUP {
                match rx.try_recv() {
                    Ok(s) => group.push(s),
                    Err(_) => break,
                }
            }
            // Under load (more than one event waiting), gather for up to LINGER: a group costs
            // one statement start per table it writes, whatever its size, so groups of one
            // commit's handful of events paid that start per event. A lone event goes at once.
            if group.len() > 1 {
                while group.len() < MAX_GROUP {
                    match tokio::time::timeout_at(gather_until, rx.recv()).await {
                        Ok(Some(s)) => group.push(s),
                        _ => break,
                    }
                }
            }
            self.metrics.apply_queue(rx.len());
            if self.apply(group).await.is_err() {
                // The database is away: those events stay pending; read them back later.
                self.rescan.store(true, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }

    /// Applies every pending event of the ledger, oldest first, in groups.
    async fn apply_ledger(&self) -> Result<(), sqlx::Error> {
        let page_sql = stripe_pg_contract::ledger::pending_page_sql(&self.schema);
        let payloads_sql = stripe_pg_contract::ledger::pending_payloads_sql(&self.schema);
        // Paged by (received_at, id), so events received meanwhile are not read twice, and an
        // event left pending (its payload unreadable) is not read again in this pass.
        let mut after: (f64, String) = (f64::MIN, String::new());
        loop {
            let page: Vec<(f64, String)> = sqlx::query_as(&page_sql)
                .bind(after.0)
                .bind(&after.1)
                .bind(BACKLOG_PAGE as i64)
                .fetch_all(&self.pool)
                .await?;
            let Some(last) = page.last() else { return Ok(()) };
            after = last.clone();
            let full = page.len() == BACKLOG_PAGE;
            for ids in page.chunks(MAX_GROUP) {
                let ids: Vec<&str> = ids.iter().map(|(_, id)| id.as_str()).collect();
                let rows: Vec<(String, String)> =
                    sqlx::query_as(&payloads_sql).bind(&ids).fetch_all(&self.pool).await?;
                let mut by_id: std::collections::HashMap<String, String> = rows.into_iter().collect();
                let group: Vec<Stored> = ids
                    .iter()
                    .filter_map(|id| by_id.remove(*id))
                    .filter_map(|payload| {
                        let event = EventEnvelope::from_payload(serde_json::from_str(&payload).ok()?).ok()?;
                        Some(Stored { event, body: payload.into_bytes(), stored_at: Instant::now(), reply: None })
                    })
                    .collect();
                self.metrics.apply_queue(group.len());
                if let Err(WebhookError::Unavailable(e)) = self.apply(group).await {
                    return Err(e);
                }
            }
            if !full {
                return Ok(());
            }
        }
    }

    /// A delivery waiting for its event to be applied ([`super::Ack::Applied`]) is a first
    /// delivery (the intake hands over only those), so when its group finds the event no longer
    /// pending, another group took it meanwhile (a rescan, another replica): the caller is told
    /// what became of it, read from the ledger, not "duplicate". The flag marks outcomes that
    /// group already counted.
    async fn settle_taken(
        &self,
        group: &[Stored],
        outcomes: Vec<Result<Outcome, WebhookError>>,
    ) -> Vec<(Result<Outcome, WebhookError>, bool)> {
        let taken: Vec<&str> = group
            .iter()
            .zip(&outcomes)
            .filter(|(s, o)| s.reply.is_some() && matches!(o, Ok(Outcome::Duplicate)))
            .map(|(s, _)| s.event.id.as_str())
            .collect();
        let statuses: std::collections::HashMap<String, String> = if taken.is_empty() {
            Default::default()
        } else {
            let sql = format!(
                "SELECT id, status FROM {} WHERE id = ANY($1)",
                stripe_pg_contract::ledger::table(&self.schema)
            );
            sqlx::query_as::<_, (String, String)>(&sql)
                .bind(&taken)
                .fetch_all(&self.pool)
                .await
                .map(|rows| rows.into_iter().collect())
                .unwrap_or_default()
        };
        group
            .iter()
            .zip(outcomes)
            .map(|(s, o)| match statuses.get(&s.event.id).map(String::as_str) {
                Some("applied") if s.reply.is_some() => (Ok(Outcome::Applied), true),
                Some("failed") if s.reply.is_some() => (Ok(Outcome::Failed), true),
                _ => (o, false),
            })
            .collect()
    }

    /// Applies one group; `Err` only when the database is away (the events stay pending).
    async fn apply(&self, group: Vec<Stored>) -> Result<(), WebhookError> {
        let (pool, schema, metrics) = (&self.pool, self.schema.as_str(), &self.metrics);
        // One event once per group: a second hand-over of an id finds it applied.
        let mut seen = std::collections::HashSet::new();
        let group: Vec<Stored> = group.into_iter().filter(|s| seen.insert(s.event.id.clone())).collect();
        let oldest = group.iter().map(|s| s.stored_at).min();
        let envelopes: Vec<&EventEnvelope> = group.iter().map(|s| &s.event).collect();
        let attempt = if self.gate.open(crate::unix_now()) {
            let written = crate::db::retry_conflicts(crate::db::is_conflict, || async {
                let mut held = self.conn.lock().await;
                let conn = match held.as_mut() {
                    Some(conn) => conn,
                    None => held.insert(pool.acquire().await?),
                };
                let written = batch::apply_stored(conn, schema, &envelopes).await;
                if written.is_err() {
                    // The connection may be broken; a fresh one next time costs one compile.
                    *held = None;
                }
                written
            })
            .await;
            Some(written)
        } else {
            None
        };
        let outcomes: Vec<Result<Outcome, WebhookError>> = match attempt {
            Some(Err(e)) if is_unavailable(&e) => {
                let message = e.to_string();
                for s in group {
                    if let Some(reply) = s.reply {
                        let _ = reply.send(Err(WebhookError::Unavailable(sqlx::Error::Protocol(message.clone()))));
                    }
                }
                return Err(WebhookError::Unavailable(e));
            }
            Some(Ok(writes)) => writes
                .into_iter()
                .zip(&group)
                .map(|(w, s)| match w {
                    EventWrite::Applied { stale } => {
                        if stale {
                            metrics.stale(&s.event.event_type, s.event.account.as_deref());
                        }
                        Ok(Outcome::Applied)
                    }
                    // Not pending any more: another applier took it, or it was applied.
                    EventWrite::Duplicate | EventWrite::Retry => Ok(Outcome::Duplicate),
                })
                .collect(),
            failed => {
                if let Some(Err(e)) = &failed {
                    note_group_failure(e, group.len(), metrics, &self.gate);
                }
                metrics.group_fallback();
                let mut outcomes = Vec::with_capacity(group.len());
                for s in &group {
                    let payload: Value = serde_json::from_slice(&s.body).unwrap_or(Value::Null);
                    note_api_version(metrics, &s.event);
                    outcomes.push(apply_slow(pool, schema, &s.event, &payload, metrics, true).await);
                }
                outcomes
            }
        };
        let outcomes = self.settle_taken(&group, outcomes).await;
        if let Some(oldest) = oldest {
            metrics.applied_group(oldest.elapsed());
        }
        if let Some(wake) = &self.completer {
            // Partial lists to complete, or a paid session's line items to read.
            if group.iter().any(|s| {
                !crate::partial::of_event(&s.event).is_empty() || s.event.event_type.starts_with("checkout.session.")
            }) {
                wake.notify_one();
            }
        }
        for (s, (outcome, counted)) in group.into_iter().zip(outcomes) {
            if let (Ok(o @ (Outcome::Applied | Outcome::Failed)), false) = (&outcome, counted) {
                metrics.applied(
                    &s.event.event_type,
                    s.event.account.as_deref(),
                    s.event.created,
                    *o,
                    s.stored_at.elapsed(),
                );
            }
            if let Some(reply) = s.reply {
                let _ = reply.send(outcome);
            }
        }
        Ok(())
    }
}
