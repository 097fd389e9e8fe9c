//! Hooks for the app's own logic on Stripe events, done exactly once.
//!
//! The event's transaction (the one that applies it to the mirror) writes a row to the app
//! layer's outbox for each hook subscribed to its type. [`HookRunner`] takes a row, calls the
//! hook with a transaction, and marks the row handled in that same transaction: the hook's own
//! writes on that connection commit with the mark or not at all. A redelivered or replayed
//! event finds its row there (one row per hook and event, kept once handled); a failing hook's
//! row waits and is tried again. Runners may run in several processes (rows are claimed
//! with `SKIP LOCKED`). Apps in other languages `LISTEN stripe_app_hooks` (the event id, after
//! commit) and consume `stripe_app.hook_outbox` the same way.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use serde_json::Value;
use sqlx::postgres::PgListener;
use sqlx::{PgConnection, PgPool, Row};

use crate::db::quote_ident;

/// What a hook returns: its future, boxed so hooks can be trait objects.
pub type HookFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

/// The app's logic for some event types.
pub trait EventHook: Send + Sync {
    /// A stable name: the outbox remembers what this hook has yet to handle under it.
    fn name(&self) -> &str;
    /// The event types it handles.
    fn event_types(&self) -> Vec<String>;
    /// Handles one event. Write through `tx` for the writes to be exactly once; an `Err` rolls
    /// them back and the event is tried again later.
    fn handle<'a>(&'a self, tx: &'a mut PgConnection, event: &'a HookEvent) -> HookFuture<'a>;
}

/// An event as the ledger holds it.
#[derive(Debug, Clone)]
pub struct HookEvent {
    pub id: String,
    pub event_type: String,
    pub account: Option<String>,
    /// The whole event as Stripe sent it.
    pub payload: Value,
}

impl HookEvent {
    /// The event typed (`stripe_model::Event`, its object an `AnyObject`).
    pub fn typed(&self) -> Result<stripe_model::Event, stripe_model::Error> {
        use stripe_model::FromJson;
        stripe_model::Event::from_json(self.payload.clone())
    }
}

/// Runs one hook over the outbox.
pub struct HookRunner<H: EventHook> {
    pool: PgPool,
    app: String,
    mirror: String,
    hook: H,
    /// How long a failed event waits before its next try.
    pub retry_after: Duration,
}

impl<H: EventHook> HookRunner<H> {
    /// Registers the hook's event types (events applied from now on reach it) and returns its
    /// runner.
    pub async fn register(pool: PgPool, app_schema: &str, mirror_schema: &str, hook: H) -> Result<Self, sqlx::Error> {
        let app = quote_ident(app_schema);
        sqlx::query(&format!("SELECT {app}.register_hook($1, $2)"))
            .bind(hook.name())
            .bind(hook.event_types())
            .execute(&pool)
            .await?;
        Ok(HookRunner { pool, app, mirror: quote_ident(mirror_schema), hook, retry_after: Duration::from_secs(30) })
    }

    /// Handles the events now due, until none is left or one fails (it waits for its next
    /// try); answers how many it handled.
    pub async fn run_once(&self) -> Result<usize, sqlx::Error> {
        let mut handled = 0;
        while let Some(true) = self.next().await? {
            handled += 1;
        }
        Ok(handled)
    }

    /// Handles events as they come (woken by `NOTIFY`, and every `poll` in case one was missed),
    /// until the pool closes.
    pub async fn run(&self, poll: Duration) -> Result<(), sqlx::Error> {
        let mut listener = PgListener::connect_with(&self.pool).await?;
        listener.listen("stripe_app_hooks").await?;
        loop {
            self.run_once().await?;
            if self.pool.is_closed() {
                return Ok(());
            }
            let _ = tokio::time::timeout(poll, listener.try_recv()).await;
        }
    }

    /// One due event: `Some(true)` handled, `Some(false)` failed (it waits), `None` none due.
    async fn next(&self) -> Result<Option<bool>, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(&format!(
            "SELECT o.event_id, e.type, e.account, e.payload FROM {app}.hook_outbox o \
             JOIN {mirror}._events e ON e.id = o.event_id \
             WHERE o.hook = $1 AND o.handled_at IS NULL AND o.not_before <= now() \
             ORDER BY o.created, o.event_id LIMIT 1 FOR UPDATE OF o SKIP LOCKED",
            app = self.app,
            mirror = self.mirror
        ))
        .bind(self.hook.name())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let event = HookEvent {
            id: row.try_get(0)?,
            event_type: row.try_get(1)?,
            account: row.try_get(2)?,
            payload: row.try_get(3)?,
        };
        sqlx::query("SAVEPOINT hook").execute(&mut *tx).await?;
        match self.hook.handle(&mut tx, &event).await {
            Ok(()) => {
                sqlx::query(&format!(
                    "UPDATE {}.hook_outbox SET handled_at = now(), last_error = NULL WHERE hook = $1 AND event_id = $2",
                    self.app
                ))
                .bind(self.hook.name())
                .bind(&event.id)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(Some(true))
            }
            Err(error) => {
                // The hook's writes go; the failure and the wait stay.
                sqlx::query("ROLLBACK TO SAVEPOINT hook").execute(&mut *tx).await?;
                tracing::warn!(hook = self.hook.name(), event = %event.id, %error, "hook failed; it will be tried again");
                sqlx::query(&format!(
                    "UPDATE {}.hook_outbox SET attempts = attempts + 1, last_error = $3, \
                     not_before = now() + make_interval(secs => $4) WHERE hook = $1 AND event_id = $2",
                    self.app
                ))
                .bind(self.hook.name())
                .bind(&event.id)
                .bind(&error)
                .bind(self.retry_after.as_secs_f64())
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(Some(false))
            }
        }
    }
}
