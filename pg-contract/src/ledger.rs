//! The event ledger, `_events`: every event received, once, with its status. Its statements
//! are written here once; the write paths (group function, one statement, one by one) differ
//! only in where the rows come from and what they answer.

use crate::quote::quote_literal;
use crate::runtime::{qualified, EVENTS};

/// The columns every ledger insert fills, in this order (`created` as `timestamptz`).
pub const COLUMNS: &str = "id, type, api_version, account, created, status, object_type, object_id, payload";

/// `_events`, qualified.
pub fn table(schema: &str) -> String {
    qualified(schema, EVENTS)
}

/// What a repeated event id does to its existing row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnRepeat {
    /// Count the attempt only if the event was applied: a row in any other state is left
    /// alone, so the statement answers nothing for it and the caller takes the per-event path.
    CountIfApplied,
    /// Count the attempt whatever its status (the per-event path, which then applies it).
    Count,
}

/// `INSERT INTO _events AS led (COLUMNS) <rows> ON CONFLICT … RETURNING <returning>`; `rows`
/// is a `VALUES` or `SELECT` yielding [`COLUMNS`]; `returning` may use `led` and `xmax`.
pub fn insert_sql(schema: &str, rows: &str, on_repeat: OnRepeat, returning: &str) -> String {
    let only_applied = match on_repeat {
        OnRepeat::CountIfApplied => " WHERE led.status = 'applied'",
        OnRepeat::Count => "",
    };
    format!(
        "INSERT INTO {} AS led ({COLUMNS}) {rows} ON CONFLICT (id) DO UPDATE SET attempts = led.attempts + 1{only_applied} RETURNING {returning}",
        table(schema)
    )
}

/// Sets event `$1`'s status to `status` and its error to `$2` (NULL once applied).
pub fn set_status_sql(schema: &str, status: &str) -> String {
    format!("UPDATE {} SET status = {}, last_error = $2 WHERE id = $1", table(schema), quote_literal(status))
}
