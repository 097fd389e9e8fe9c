//! `_sync_state`: cursors of resumable work by key (backfill windows and walks, the events
//! cursor, recorded partial lists): the I/O over the statements `stripe_pg_contract::sync_state`
//! owns.

use serde_json::Value;
use sqlx::PgExecutor;

use stripe_pg_contract::sync_state as sql;

/// The table of one schema, and the statements on it.
#[derive(Debug, Clone)]
pub struct SyncState {
    table: String,
}

impl SyncState {
    pub fn new(schema: &str) -> SyncState {
        SyncState { table: sql::table(schema) }
    }

    /// The qualified table, for statements of one use (a key prefix scan).
    pub fn table(&self) -> &str {
        &self.table
    }

    /// Sets `$1` to `$2`, whether or not it was set.
    pub fn put_sql(&self) -> String {
        sql::put_sql(&self.table)
    }

    pub async fn get<'c>(&self, conn: impl PgExecutor<'c>, key: &str) -> Result<Option<Value>, sqlx::Error> {
        sqlx::query_scalar(&sql::get_sql(&self.table)).bind(key).fetch_optional(conn).await
    }

    pub async fn put<'c>(&self, conn: impl PgExecutor<'c>, key: &str, value: &Value) -> Result<(), sqlx::Error> {
        sqlx::query(&self.put_sql()).bind(key).bind(value).execute(conn).await.map(drop)
    }

    /// Sets `key` only if it is not set.
    pub async fn put_if_absent<'c>(
        &self,
        conn: impl PgExecutor<'c>,
        key: &str,
        value: &Value,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(&sql::put_if_absent_sql(&self.table)).bind(key).bind(value).execute(conn).await.map(drop)
    }

    pub fn delete_sql(&self) -> String {
        sql::delete_sql(&self.table)
    }

    pub async fn delete<'c>(&self, conn: impl PgExecutor<'c>, key: &str) -> Result<(), sqlx::Error> {
        sqlx::query(&self.delete_sql()).bind(key).execute(conn).await.map(drop)
    }
}
