//! Work shared by several backfill processes on one database. A process works on a window of a
//! list (or on a walk) only while it holds a claim on it: a session advisory lock taken on a
//! connection of its own, so a process that dies (SIGKILL included) releases every claim with
//! its connection and another takes the work over from its last committed cursor. A list is
//! finished for a run when its last window completes: that writes `<key>:finished`, which
//! tells a process that started before then that there is nothing left to do (a process
//! started after it begins a fresh pass, as a single backfill always has).

use serde_json::json;
use sqlx::{Connection, PgConnection, PgPool};

use crate::write::sync_state::SyncState;

/// This process's claims, on one connection.
pub struct Claims {
    conn: tokio::sync::Mutex<PgConnection>,
    /// Keeps one schema's claims apart from another's and from other applications' locks.
    namespace: String,
}

impl Claims {
    pub async fn open(pool: &PgPool, schema: &str) -> Result<Claims, sqlx::Error> {
        let conn = PgConnection::connect_with(&pool.connect_options()).await?;
        Ok(Claims { conn: tokio::sync::Mutex::new(conn), namespace: format!("stripe-sync:{schema}:") })
    }

    /// Claims `key` unless another process holds it.
    pub async fn try_claim(&self, key: &str) -> Result<bool, sqlx::Error> {
        sqlx::query_scalar("SELECT pg_try_advisory_lock(hashtextextended($1, 0))")
            .bind(format!("{}{key}", self.namespace))
            .fetch_one(&mut *self.conn.lock().await)
            .await
    }

    pub async fn release(&self, key: &str) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT pg_advisory_unlock(hashtextextended($1, 0))")
            .bind(format!("{}{key}", self.namespace))
            .execute(&mut *self.conn.lock().await)
            .await
            .map(drop)
    }
}

fn finished_key(key: &str) -> String {
    format!("{key}:finished")
}

/// Now, in unix milliseconds: a run's start and a list's finish are compared at this grain,
/// so a backfill started right after another finished still makes a fresh pass.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// Whether the list or walk `key` was finished at or after `started` ([`now_ms`]).
pub async fn finished_since(pool: &PgPool, state: &SyncState, key: &str, started: i64) -> Result<bool, sqlx::Error> {
    let value = state.get(pool, &finished_key(key)).await?;
    Ok(value.and_then(|v| v["at"].as_i64()).is_some_and(|at| at >= started))
}

/// Records that the list or walk `key` is finished now.
pub async fn mark_finished(pool: &PgPool, state: &SyncState, key: &str) -> Result<(), sqlx::Error> {
    state.put(pool, &finished_key(key), &json!({ "at": now_ms() })).await
}
