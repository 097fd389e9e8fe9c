//! `stripe-sync prune`: keeps the ledger bounded. `_events` keeps every payload it received;
//! a busy account writes gigabytes a month. Pruning replaces the payload of applied events
//! older than a cutoff with a stub of their id and type. The rows stay, so a redelivery or a
//! catch-up of a pruned event is still recognised as a duplicate; pending events (the
//! applier's queue) and dead letters are never pruned. What is lost is replaying those old
//! events: `replay` skips a pruned event and says so.
//!
//! It works in small batches, each its own short transaction that locks only old applied
//! rows, so it never blocks ingest.

use std::time::Duration;

use sqlx::PgPool;

/// Events pruned per transaction.
const BATCH: i64 = 1000;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PruneSummary {
    pub pruned: u64,
}

/// Prunes the applied events created more than `older_than` ago.
pub async fn prune(pool: &PgPool, schema: &str, older_than: Duration) -> Result<PruneSummary, sqlx::Error> {
    let cutoff = crate::unix_now() - older_than.as_secs() as i64;
    let sql = stripe_pg_contract::ledger::prune_batch_sql(schema);
    let mut summary = PruneSummary::default();
    // Position in (created, id): each batch starts after the last one, never rescanning.
    // (Postgres's text form of a timestamptz reads back exactly.)
    let mut after: (String, String) = ("-infinity".into(), String::new());
    loop {
        let (pruned, created, id): (i64, Option<String>, Option<String>) =
            sqlx::query_as(&sql).bind(cutoff).bind(&after.0).bind(&after.1).bind(BATCH).fetch_one(pool).await?;
        summary.pruned += pruned as u64;
        match (created, id) {
            (Some(c), Some(i)) => after = (c, i),
            _ => return Ok(summary),
        }
    }
}

/// Prunes every `every` for as long as the process runs (`serve --prune-older-than`).
pub fn spawn_periodic(pool: PgPool, schema: String, older_than: Duration, every: Duration) {
    tokio::spawn(async move {
        loop {
            match prune(&pool, &schema, older_than).await {
                Ok(s) if s.pruned > 0 => tracing::info!(pruned = s.pruned, "pruned old applied events' payloads"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "pruning the ledger failed; trying again later"),
            }
            tokio::time::sleep(every).await;
        }
    });
}
