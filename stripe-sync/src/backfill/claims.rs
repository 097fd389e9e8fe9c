//! Work shared by several backfill processes on one database. A process works on a window of a
//! list (or on a walk) only while it holds a claim on it: a session advisory lock taken on a
//! connection of its own, so a process that dies (SIGKILL included) releases every claim with
//! its connection and another takes the work over from its last committed cursor. A list is
//! finished for a run when its last window completes: that writes `<key>:finished`, which
//! tells a process that started before then that there is nothing left to do (a process
//! started after it begins a fresh pass, as a single backfill always has).
//!
//! "Started" is the run's, not the process's: processes that overlap in time join one run
//! ([`Run`]), so a list another process finished a moment before this one started is not
//! paged again. A run lasts while any process is in it (each holds a shared lock on it); the
//! first process to arrive when none is begins a new one.

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
        self.call("pg_advisory_unlock", key).await
    }

    /// Calls the advisory lock function `function` on `key`, its answer unread (a blocking
    /// lock, a shared one, an unlock).
    async fn call(&self, function: &str, key: &str) -> Result<(), sqlx::Error> {
        sqlx::query(&format!("SELECT {function}(hashtextextended($1, 0))"))
            .bind(format!("{}{key}", self.namespace))
            .execute(&mut *self.conn.lock().await)
            .await
            .map(drop)
    }
}

/// The lock every process of a run holds shared, and the one that makes joining and leaving
/// a run one step each.
const RUN_LOCK: &str = "run";
const RUN_GATE: &str = "run-gate";
/// The run's start in `_sync_state`, while it lasts.
const RUN_KEY: &str = "backfill:run";

/// This process's part in a backfill run: its claims, and the run's start.
pub struct Run {
    pub claims: Claims,
    /// When the run began, in unix milliseconds ([`now_ms`]).
    started: i64,
    state: SyncState,
}

impl Run {
    /// Joins the run under way in `schema`, or begins one if no process is in any.
    pub async fn join(pool: &PgPool, schema: &str) -> Result<Run, sqlx::Error> {
        let claims = Claims::open(pool, schema).await?;
        let state = SyncState::new(schema);
        claims.call("pg_advisory_lock", RUN_GATE).await?;
        let joined = async {
            // Alone: no process holds the run lock shared.
            let started = if claims.try_claim(RUN_LOCK).await? {
                claims.release(RUN_LOCK).await?;
                let now = now_ms();
                state.put(pool, RUN_KEY, &json!({ "started": now })).await?;
                now
            } else {
                let value = state.get(pool, RUN_KEY).await?;
                value.and_then(|v| v["started"].as_i64()).unwrap_or_else(now_ms)
            };
            claims.call("pg_advisory_lock_shared", RUN_LOCK).await?;
            Ok::<_, sqlx::Error>(started)
        }
        .await;
        claims.release(RUN_GATE).await?;
        Ok(Run { claims, started: joined?, state })
    }

    /// Leaves the run; the last process out removes its record. (A process that dies leaves
    /// with its connection; the record it may leave is replaced by the next run's.)
    pub async fn leave(self, pool: &PgPool) -> Result<(), sqlx::Error> {
        let c = &self.claims;
        c.call("pg_advisory_lock", RUN_GATE).await?;
        c.call("pg_advisory_unlock_shared", RUN_LOCK).await?;
        if c.try_claim(RUN_LOCK).await? {
            self.state.delete(pool, RUN_KEY).await?;
            c.release(RUN_LOCK).await?;
        }
        c.release(RUN_GATE).await
    }

    /// Whether the list, walk or account `key` was finished during this run.
    pub async fn finished(&self, pool: &PgPool, key: &str) -> Result<bool, sqlx::Error> {
        let value = self.state.get(pool, &finished_key(key)).await?;
        Ok(value.and_then(|v| v["at"].as_i64()).is_some_and(|at| at >= self.started))
    }

    /// Records that the list, walk or account `key` is finished now.
    pub async fn mark_finished(&self, pool: &PgPool, key: &str) -> Result<(), sqlx::Error> {
        self.state.put(pool, &finished_key(key), &json!({ "at": now_ms() })).await
    }
}

fn finished_key(key: &str) -> String {
    format!("{key}:finished")
}

/// Now, in unix milliseconds: a run's start and a list's finish are compared at this grain,
/// so a backfill started right after another finished still makes a fresh pass.
fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}
