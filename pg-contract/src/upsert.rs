//! The ordered upsert: the one statement by which every write path stores object states,
//! newest state wins and tombstones stay.
//!
//! Ordering key per row: (`_state_ts`, `_state_seq`). Two states of the same key are ordered
//! causally: a state carrying `previous_attributes` P follows the stored state only if that
//! state contains P (`_raw @> P`: the stored state is its "before"). Without P the higher
//! event id wins: arbitrary, but every arrival order converges to the same row.

use crate::columns::state_column_list;
use crate::TypedColumns;

/// Which of the two upsert statements a state takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UpsertKind {
    /// A live state: replaces the row whole when it is newer. Nearly every write.
    Replace,
    /// A state that marks the row deleted (a `*.deleted` event or a deleted stub).
    Delete,
}

impl UpsertKind {
    pub fn of(marks_deleted: bool) -> UpsertKind {
        if marks_deleted {
            UpsertKind::Delete
        } else {
            UpsertKind::Replace
        }
    }
}

/// One ordered upsert into one table. Its typed columns are derived from `_raw` in the
/// statement.
///
/// `Replace` rows (live states) replace a row that is not deleted when they are newer; it
/// is the cheap statement (each column assigned once, the ordering test made once), which
/// matters because Postgres builds a statement's expressions at every execution. `Delete`
/// rows mark the row deleted, whatever their age, and replace its data only when newer and
/// not a deleted stub (`"deleted": true`, which carries no data). Nothing un-deletes a row.
#[derive(Debug, Clone, Copy)]
pub struct OrderedUpsert<'a> {
    /// The table, qualified.
    pub table: &'a str,
    /// Its key columns, which are also the conflict target (`id`; `object, id` for `_objects`).
    pub key_columns: &'a str,
    /// The typed columns written with `_raw`.
    pub typed: &'a TypedColumns,
    /// Rows of (key columns…, then the state columns: `_raw, _account, _api_version,
    /// _deleted, _state_ts, _state_seq, _event_id`), typed.
    pub source: &'a str,
    /// An SQL expression for the state's `previous_attributes` (same-second ordering), which
    /// may use `excluded`; `NULL::jsonb` when there are none.
    pub previous: &'a str,
    pub kind: UpsertKind,
    /// What it answers per row written, over the row (`cur`); `None`: its key columns and
    /// whether it was inserted (`inserted`).
    pub returning: Option<&'a str>,
}

impl OrderedUpsert<'_> {
    pub fn sql(&self) -> String {
        let (table, key_cols, typed, prev) = (self.table, self.key_columns, self.typed, self.previous);
        let returning = self.returning.map_or_else(|| format!("{key_cols}, (xmax = 0) AS inserted"), String::from);
        let newer = format!(
            "(cur._state_ts < excluded._state_ts OR (cur._state_ts = excluded._state_ts AND (cur._state_seq < excluded._state_seq \
             OR (cur._state_seq = excluded._state_seq AND cur._event_id IS DISTINCT FROM excluded._event_id \
             AND CASE WHEN {prev} IS NOT NULL THEN cur._raw @> {prev} ELSE excluded._event_id > coalesce(cur._event_id, '') END))))"
        );
        let names: String = typed.names.iter().map(|c| format!(", {c}")).collect();
        let exprs: String = typed.exprs.iter().map(|e| format!(", {e}")).collect();
        let state = state_column_list();
        let insert = format!(
            "INSERT INTO {table} AS cur ({key_cols}, {state}{names}) \
             SELECT *{exprs} FROM ({}) AS w({key_cols}, {state})",
            self.source
        );
        let update = match self.kind {
            UpsertKind::Replace => {
                let columns: String = typed.names.iter().map(|c| format!(", {c} = excluded.{c}")).collect();
                format!(
                    "_raw = excluded._raw, _api_version = excluded._api_version, _account = coalesce(excluded._account, cur._account), \
                     _state_ts = excluded._state_ts, _state_seq = excluded._state_seq, _event_id = excluded._event_id, _synced_at = now(){columns} \
                     WHERE NOT cur._deleted AND {newer}"
                )
            }
            UpsertKind::Delete => {
                let kept: Vec<String> = ["_raw", "_api_version"]
                    .into_iter()
                    .chain(typed.names.iter().map(String::as_str))
                    .map(|c| format!("CASE WHEN keep THEN cur.{c} ELSE excluded.{c} END"))
                    .collect();
                let stub = "coalesce(excluded._raw -> 'deleted' = 'true'::jsonb, false)";
                format!(
                    "(_raw, _api_version{names}) = (SELECT {} FROM (SELECT {stub} OR NOT {newer} AS keep) AS k), \
                     _account = coalesce(excluded._account, cur._account), _deleted = true, \
                     _state_ts = CASE WHEN {newer} THEN excluded._state_ts ELSE cur._state_ts END, \
                     _state_seq = CASE WHEN {newer} THEN excluded._state_seq ELSE cur._state_seq END, \
                     _event_id = CASE WHEN {newer} THEN excluded._event_id ELSE cur._event_id END, \
                     _synced_at = now() \
                     WHERE NOT cur._deleted OR {newer}",
                    kept.join(", ")
                )
            }
        };
        format!("{insert} ON CONFLICT ({key_cols}) DO UPDATE SET {update} RETURNING {returning}")
    }
}
