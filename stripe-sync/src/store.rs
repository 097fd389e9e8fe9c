//! Writing Stripe objects into the generated tables, newest state wins.
//!
//! Ordering key per row: (`_state_ts`, `_state_seq`). `_state_ts` is the unix second at which
//! Stripe produced the state (the event's `created`); `_state_seq` ranks the event within that
//! second: created (0) < any other change (1) < deleted (2). Two changes in the same second are
//! ordered causally: an event carrying `previous_attributes` P follows the stored state only if
//! that state contains P (`_raw @> P`: the stored state is its "before"). Without P the higher
//! event id wins: arbitrary, but every arrival order converges to the same row.
//! Deletes set `_deleted` and keep the data; nothing un-deletes a row.
//! The whole decision is one `INSERT … ON CONFLICT DO UPDATE … WHERE`, so concurrent
//! deliveries for one object serialize on its row lock and the newest state wins.

use serde_json::Value;
use sqlx::{PgConnection, Row};

use crate::db::quote_ident;

/// Lifecycle rank of an event type within one second.
pub fn state_seq(event_type: &str) -> i32 {
    if event_type.ends_with(".created") {
        0
    } else if event_type.ends_with(".deleted") {
        2
    } else {
        1
    }
}

/// Where an object is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Its generated table.
    Table(&'static str),
    /// `_objects`: no table in this schema version, or no id.
    Generic { object: String },
}

impl Target {
    /// The table's name: its generated table, or `_objects`.
    pub fn name(&self) -> &str {
        match self {
            Target::Table(t) => t,
            Target::Generic { .. } => "_objects",
        }
    }
}

/// Its table from the generated registry, or `_objects`.
pub fn target_for(object: &Value) -> Target {
    let kind = object.get("object").and_then(Value::as_str);
    let has_id = object.get("id").and_then(Value::as_str).is_some();
    match table_for(kind, has_id) {
        Some(table) => Target::Table(table),
        None => Target::Generic { object: kind.unwrap_or("unknown").to_string() },
    }
}

/// The table an object of this kind (`object`) is stored in: its kind has one in the
/// generated registry and the object has an id; otherwise it goes to `_objects`.
pub fn table_for(kind: Option<&str>, has_id: bool) -> Option<&'static str> {
    stripe_model::resource_for_object(kind.unwrap_or("unknown")).and_then(|r| r.table).filter(|_| has_id)
}

/// The row id an object is stored under: its id, or for objects without one (balance), the
/// account, as there is one per account.
pub fn row_id(object: &Value, account: Option<&str>) -> String {
    match object.get("id").and_then(Value::as_str) {
        Some(id) => id.to_string(),
        None => account.unwrap_or("platform").to_string(),
    }
}

/// The row ends up deleted: the payload is a deleted stub (`"deleted": true`) or the event
/// deletes the object.
pub fn marks_deleted(object: &Value, deletes: bool) -> bool {
    deletes || object.get("deleted").and_then(Value::as_bool) == Some(true)
}

/// One state of one object to write.
#[derive(Debug, Clone, Copy)]
pub struct ObjectState<'a> {
    pub object: &'a Value,
    pub account: Option<&'a str>,
    pub api_version: Option<&'a str>,
    pub state_ts: i64,
    pub state_seq: i32,
    pub event_id: Option<&'a str>,
    /// `data.previous_attributes` of the event, for same-second ordering.
    pub previous: Option<&'a Value>,
    /// The event deletes the object (`*.deleted`).
    pub deletes: bool,
}

/// What happened to the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Inserted,
    Updated,
    /// A newer state was already stored; only a tombstone may have been added.
    Stale,
}

/// The typed columns of a table stripe-sync writes with `_raw`, each with the expression
/// deriving it (generated from the migration chain: the columns the schema has).
pub fn written_columns(table: &str) -> &'static [(&'static str, &'static str)] {
    let all = crate::generated_columns::WRITTEN_COLUMNS;
    all.binary_search_by(|(t, _)| (*t).cmp(table)).map_or(&[], |i| all[i].1)
}

/// Which of the two upsert statements a state takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

impl Target {
    /// The qualified table.
    pub fn qualified(&self, schema: &str) -> String {
        format!("{}.{}", quote_ident(schema), quote_ident(self.name()))
    }

    /// Its key columns, which are also its conflict target.
    pub fn key_columns(&self) -> &'static str {
        match self {
            Target::Table(_) => "id",
            Target::Generic { .. } => "object, id",
        }
    }

    /// The typed columns written with `_raw` (none for `_objects`).
    pub fn typed_columns(&self) -> &'static [(&'static str, &'static str)] {
        match self {
            Target::Table(t) => written_columns(t),
            Target::Generic { .. } => &[],
        }
    }
}

/// The ordered upsert: the one statement by which every write path stores object states,
/// newest state wins and tombstones stay. Its typed columns are derived from `_raw` in the
/// statement.
///
/// `Replace` rows (live states) replace a row that is not deleted when they are newer; it
/// is the cheap statement (each column assigned once, the ordering test made once), which
/// matters because Postgres builds a statement's expressions at every execution. `Delete`
/// rows mark the row deleted, whatever their age, and replace its data only when newer and
/// not a deleted stub (`"deleted": true`, which carries no data). Nothing un-deletes a row.
#[derive(Debug, Clone, Copy)]
pub struct OrderedUpsert<'a> {
    pub target: &'a Target,
    /// Rows of (key columns…, _raw, _account, _api_version, _deleted, _state_ts, _state_seq,
    /// _event_id), typed.
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
    pub fn sql(&self, schema: &str) -> String {
        let (table, key_cols, typed, prev) =
            (self.target.qualified(schema), self.target.key_columns(), self.target.typed_columns(), self.previous);
        let returning = self.returning.map_or_else(|| format!("{key_cols}, (xmax = 0) AS inserted"), String::from);
        let newer = format!(
            "(cur._state_ts < excluded._state_ts OR (cur._state_ts = excluded._state_ts AND (cur._state_seq < excluded._state_seq \
             OR (cur._state_seq = excluded._state_seq AND cur._event_id IS DISTINCT FROM excluded._event_id \
             AND CASE WHEN {prev} IS NOT NULL THEN cur._raw @> {prev} ELSE excluded._event_id > coalesce(cur._event_id, '') END))))"
        );
        let names: String = typed.iter().map(|(c, _)| format!(", {c}")).collect();
        let exprs: String = typed.iter().map(|(_, e)| format!(", {e}")).collect();
        let system = "_raw, _account, _api_version, _deleted, _state_ts, _state_seq, _event_id";
        let insert = format!(
            "INSERT INTO {table} AS cur ({key_cols}, {system}{names}) \
             SELECT *{exprs} FROM ({}) AS w({key_cols}, {system})",
            self.source
        );
        let update = match self.kind {
            UpsertKind::Replace => {
                let columns: String = typed.iter().map(|(c, _)| format!(", {c} = excluded.{c}")).collect();
                format!(
                    "_raw = excluded._raw, _api_version = excluded._api_version, _account = coalesce(excluded._account, cur._account), \
                     _state_ts = excluded._state_ts, _state_seq = excluded._state_seq, _event_id = excluded._event_id, _synced_at = now(){columns} \
                     WHERE NOT cur._deleted AND {newer}"
                )
            }
            UpsertKind::Delete => {
                let kept: Vec<String> = ["_raw", "_api_version"]
                    .into_iter()
                    .chain(typed.iter().map(|(c, _)| *c))
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

/// One statement that records a fresh event in the ledger as applied and writes its object
/// (`$1`–`$8` the ledger row, `$9`–`$14` the object state, `$15` the object kind for
/// `_objects`). Returns (fresh, written): fresh is NULL when the event was already in the
/// ledger and not applied (the caller takes the slow path), false for a duplicate.
pub fn fast_event_sql(schema: &str, target: &Target, kind: UpsertKind) -> String {
    let keys = if matches!(target, Target::Generic { .. }) { "$15::text, $9::text" } else { "$9::text" };
    let source = format!("SELECT {keys}, $10::jsonb, $4::text, $3::text, $11::bool, $12::bigint, $13::int, $1::text WHERE EXISTS (SELECT 1 FROM ledger WHERE fresh)");
    let upsert = OrderedUpsert { target, source: &source, previous: "$14::jsonb", kind, returning: None }.sql(schema);
    let ledger = crate::ledger::insert_sql(
        schema,
        "VALUES ($1, $2, $3, $4, to_timestamp($5), 'applied', $6, $7, $8)",
        crate::ledger::OnRepeat::CountIfApplied,
        "(xmax = 0) AS fresh",
    );
    format!("WITH ledger AS ({ledger}), up AS ({upsert}) SELECT (SELECT fresh FROM ledger), (SELECT count(*) FROM up)")
}

fn upsert_sql(schema: &str, target: &Target, kind: UpsertKind) -> String {
    let key_vals = if matches!(target, Target::Generic { .. }) { "$10::text, $1::text" } else { "$1::text" };
    let source = format!("VALUES ({key_vals}, $2::jsonb, $3::text, $4::text, $5::bool, $6::bigint, $7::int, $8::text)");
    OrderedUpsert { target, source: &source, previous: "$9::jsonb", kind, returning: None }.sql(schema)
}

/// Items of the object's embedded lists that have tables of their own (`subscription.items`
/// → `subscription_items`, `invoice.lines` → `line_items`, `charge.refunds` → `refunds`),
/// grouped by table.
pub fn embedded_items(object: &Value) -> Vec<(&'static str, Vec<&Value>)> {
    let mut out: Vec<(&'static str, Vec<&Value>)> = Vec::new();
    for place in embedded_item_places(object) {
        match out.iter_mut().find(|(t, _)| *t == place.table) {
            Some((_, items)) => items.push(place.value),
            None => out.push((place.table, vec![place.value])),
        }
    }
    out
}

/// One item of an embedded list, and where it sits: `object[field].data[index]`.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedItem<'a> {
    pub table: &'static str,
    pub field: &'a str,
    pub index: usize,
    pub value: &'a Value,
}

/// The items of [`embedded_items`], in payload order, with their places.
pub fn embedded_item_places(object: &Value) -> Vec<EmbeddedItem<'_>> {
    let mut out = Vec::new();
    let Some(map) = object.as_object() else { return out };
    for (field, value) in map {
        if value.get("object").and_then(Value::as_str) != Some("list") {
            continue;
        }
        for (index, item) in value.get("data").and_then(Value::as_array).into_iter().flatten().enumerate() {
            if let Target::Table(table) = target_for(item) {
                out.push(EmbeddedItem { table, field, index, value: item });
            }
        }
    }
    out
}

/// Writes one object state, and the items of its embedded lists (same ordering key), inside
/// the caller's transaction; when the state was stored, items gone from its complete lists
/// are marked deleted ([`crate::follow`]).
pub async fn write(conn: &mut PgConnection, schema: &str, state: &ObjectState<'_>) -> Result<Written, sqlx::Error> {
    let written = write_one(conn, schema, state).await?;
    if !state.deletes {
        for (_, items) in embedded_items(state.object) {
            for item in items {
                // previous_attributes describe the parent, not its items.
                let child = ObjectState { object: item, previous: None, deletes: false, ..*state };
                write_one(conn, schema, &child).await?;
            }
        }
    }
    if written != Written::Stale && !state.deletes {
        if let Target::Table(table) = target_for(state.object) {
            let id = row_id(state.object, state.account);
            crate::follow::prune(conn, schema, table, &[(&id, state.object)], state.state_ts, state.state_seq).await?;
        }
    }
    Ok(written)
}

async fn write_one(conn: &mut PgConnection, schema: &str, state: &ObjectState<'_>) -> Result<Written, sqlx::Error> {
    let target = target_for(state.object);
    let deleted = marks_deleted(state.object, state.deletes);
    let sql = upsert_sql(schema, &target, UpsertKind::of(deleted));
    let mut query = sqlx::query(&sql)
        .bind(row_id(state.object, state.account))
        .bind(state.object)
        .bind(state.account)
        .bind(state.api_version)
        .bind(deleted)
        .bind(state.state_ts)
        .bind(state.state_seq)
        .bind(state.event_id)
        .bind(state.previous);
    if let Target::Generic { object } = &target {
        query = query.bind(object.clone());
    }
    let row = query.fetch_optional(&mut *conn).await?;
    Ok(match row {
        Some(r) if r.get::<bool, _>("inserted") => Written::Inserted,
        Some(_) => Written::Updated,
        None => Written::Stale,
    })
}
