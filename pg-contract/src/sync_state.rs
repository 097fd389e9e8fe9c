//! `_sync_state`: cursors of resumable work by key (backfill windows and walks, the events
//! cursor, recorded partial lists). Its statements, over `$1` the key and `$2` the value.

use crate::runtime::{qualified, SYNC_STATE};

/// `_sync_state`, qualified.
pub fn table(schema: &str) -> String {
    qualified(schema, SYNC_STATE)
}

/// The value of `$1`.
pub fn get_sql(table: &str) -> String {
    format!("SELECT value FROM {table} WHERE key = $1")
}

/// Sets `$1` to `$2`, whether or not it was set.
pub fn put_sql(table: &str) -> String {
    format!("INSERT INTO {table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()")
}

/// Sets `$1` to `$2` only if it is not set.
pub fn put_if_absent_sql(table: &str) -> String {
    format!("INSERT INTO {table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
}

pub fn delete_sql(table: &str) -> String {
    format!("DELETE FROM {table} WHERE key = $1")
}
