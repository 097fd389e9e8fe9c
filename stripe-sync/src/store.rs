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

/// Its table from the generated registry, or `_objects`.
pub fn target_for(object: &Value) -> Target {
    let kind = object.get("object").and_then(Value::as_str).unwrap_or("unknown");
    let has_id = object.get("id").and_then(Value::as_str).is_some();
    match stripe_model::resource_for_object(kind).and_then(|r| r.table) {
        Some(table) if has_id => Target::Table(table),
        _ => Target::Generic { object: kind.to_string() },
    }
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

/// The ordered upsert. `source` yields rows of (key columns…, _raw, _account, _api_version,
/// _deleted, _state_ts, _state_seq, _event_id); `prev` is an SQL expression for the event's
/// previous_attributes. A payload that is a deleted stub (`"deleted": true`) marks the row
/// deleted and never replaces its data.
pub(crate) fn ordered_upsert(table: &str, key_cols: &str, conflict: &str, source: &str, prev: &str) -> String {
    let stub = "coalesce(excluded._raw -> 'deleted' = 'true'::jsonb, false)";
    let newer = format!(
        "(cur._state_ts < excluded._state_ts OR (cur._state_ts = excluded._state_ts AND (cur._state_seq < excluded._state_seq \
         OR (cur._state_seq = excluded._state_seq AND cur._event_id IS DISTINCT FROM excluded._event_id \
         AND CASE WHEN {prev} IS NOT NULL THEN cur._raw @> {prev} ELSE excluded._event_id > coalesce(cur._event_id, '') END))))"
    );
    format!(
        "INSERT INTO {table} AS cur ({key_cols}, _raw, _account, _api_version, _deleted, _state_ts, _state_seq, _event_id) \
         {source} \
         ON CONFLICT ({conflict}) DO UPDATE SET \
           _raw = CASE WHEN {stub} OR NOT {newer} THEN cur._raw ELSE excluded._raw END, \
           _api_version = CASE WHEN {stub} OR NOT {newer} THEN cur._api_version ELSE excluded._api_version END, \
           _account = coalesce(excluded._account, cur._account), \
           _deleted = cur._deleted OR excluded._deleted, \
           _state_ts = CASE WHEN {newer} THEN excluded._state_ts ELSE cur._state_ts END, \
           _state_seq = CASE WHEN {newer} THEN excluded._state_seq ELSE cur._state_seq END, \
           _event_id = CASE WHEN {newer} THEN excluded._event_id ELSE cur._event_id END, \
           _synced_at = now() \
         WHERE (NOT cur._deleted OR excluded._deleted) AND (excluded._deleted AND NOT cur._deleted OR {newer}) \
         RETURNING {key_cols}, (xmax = 0) AS inserted"
    )
}

pub(crate) fn table_parts(schema: &str, target: &Target) -> (String, &'static str, &'static str) {
    match target {
        Target::Table(t) => (format!("{}.{}", quote_ident(schema), quote_ident(t)), "id", "id"),
        Target::Generic { .. } => (format!("{}._objects", quote_ident(schema)), "object, id", "object, id"),
    }
}

/// One statement that records a fresh event in the ledger as applied and writes its object
/// (`$1`–`$8` the ledger row, `$9`–`$14` the object state, `$15` the object kind for
/// `_objects`). Returns (fresh, written): fresh is NULL when the event was already in the
/// ledger and not applied (the caller takes the slow path), false for a duplicate.
pub fn fast_event_sql(schema: &str, target: &Target) -> String {
    let ledger = format!("{}._events", quote_ident(schema));
    let (table, key_cols, conflict) = table_parts(schema, target);
    let keys = if matches!(target, Target::Generic { .. }) { "$15, $9" } else { "$9" };
    let source = format!("SELECT {keys}, $10::jsonb, $4, $3, $11, $12::bigint, $13::int, $1 WHERE EXISTS (SELECT 1 FROM ledger WHERE fresh)");
    let upsert = ordered_upsert(&table, key_cols, conflict, &source, "$14::jsonb");
    format!(
        "WITH ledger AS (\
           INSERT INTO {ledger} (id, type, api_version, account, created, status, object_type, object_id, payload) \
           VALUES ($1, $2, $3, $4, to_timestamp($5), 'applied', $6, $7, $8) \
           ON CONFLICT (id) DO UPDATE SET attempts = {ledger}.attempts + 1 WHERE {ledger}.status = 'applied' \
           RETURNING (xmax = 0) AS fresh), \
         up AS ({upsert}) \
         SELECT (SELECT fresh FROM ledger), (SELECT count(*) FROM up)"
    )
}

fn upsert_sql(schema: &str, target: &Target) -> String {
    let (table, key_cols, conflict) = table_parts(schema, target);
    let key_vals = if matches!(target, Target::Generic { .. }) { "$10, $1" } else { "$1" };
    ordered_upsert(&table, key_cols, conflict, &format!("VALUES ({key_vals}, $2, $3, $4, $5, $6, $7, $8)"), "$9::jsonb")
}

/// Writes a page of objects of one table as fetched from the API at `state_ts`, in one
/// statement, under the same rule as events. A snapshot ranks below any event of its second
/// (`_state_seq` 0, no event id), so it never overwrites a webhook write as new as itself.
pub async fn write_page(conn: &mut PgConnection, schema: &str, table: &str, objects: &Value, account: Option<&str>, api_version: &str, state_ts: i64) -> Result<u64, sqlx::Error> {
    let table = format!("{}.{}", quote_ident(schema), quote_ident(table));
    let source = "SELECT o ->> 'id', o, $2, $3, false, $4::bigint, 0, NULL::text FROM jsonb_array_elements($1::jsonb) o";
    let sql = ordered_upsert(&table, "id", "id", source, "NULL::jsonb");
    let rows = sqlx::query(&sql).bind(objects).bind(account).bind(api_version).bind(state_ts).fetch_all(&mut *conn).await?;
    // Embedded list items with tables of their own, one statement per child table.
    let mut children: Vec<(&'static str, Vec<Value>)> = Vec::new();
    for object in objects.as_array().into_iter().flatten() {
        for (table, items) in embedded_items(object) {
            match children.iter_mut().find(|(t, _)| *t == table) {
                Some((_, all)) => all.extend(items.into_iter().cloned()),
                None => children.push((table, items.into_iter().cloned().collect())),
            }
        }
    }
    for (child, mut items) in children {
        // One row per id: the same item may sit in several parents' lists.
        items.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
        items.dedup_by(|a, b| a["id"] == b["id"]);
        let table = format!("{}.{}", quote_ident(schema), quote_ident(child));
        let sql = ordered_upsert(&table, "id", "id", source, "NULL::jsonb");
        sqlx::query(&sql).bind(Value::Array(items)).bind(account).bind(api_version).bind(state_ts).fetch_all(&mut *conn).await?;
    }
    Ok(rows.len() as u64)
}

/// Items of the object's embedded lists that have tables of their own (`subscription.items`
/// → `subscription_items`, `invoice.lines` → `line_items`, `charge.refunds` → `refunds`),
/// grouped by table.
pub fn embedded_items(object: &Value) -> Vec<(&'static str, Vec<&Value>)> {
    let mut out: Vec<(&'static str, Vec<&Value>)> = Vec::new();
    let Some(map) = object.as_object() else { return out };
    for value in map.values() {
        if value.get("object").and_then(Value::as_str) != Some("list") {
            continue;
        }
        for item in value.get("data").and_then(Value::as_array).into_iter().flatten() {
            if let Target::Table(table) = target_for(item) {
                match out.iter_mut().find(|(t, _)| *t == table) {
                    Some((_, items)) => items.push(item),
                    None => out.push((table, vec![item])),
                }
            }
        }
    }
    out
}

/// Writes one object state, and the items of its embedded lists (same ordering key), inside
/// the caller's transaction.
pub async fn write(conn: &mut PgConnection, schema: &str, state: &ObjectState<'_>) -> Result<Written, sqlx::Error> {
    let written = write_one(conn, schema, state).await?;
    if !state.deletes {
        for (_, items) in embedded_items(state.object) {
            for item in items {
                // previous_attributes describe the parent, not its items.
                let child = ObjectState { object: item, previous: None, deletes: false, ..state.clone() };
                write_one(conn, schema, &child).await?;
            }
        }
    }
    Ok(written)
}

async fn write_one(conn: &mut PgConnection, schema: &str, state: &ObjectState<'_>) -> Result<Written, sqlx::Error> {
    let target = target_for(state.object);
    let sql = upsert_sql(schema, &target);
    let mut query = sqlx::query(&sql)
        .bind(row_id(state.object, state.account))
        .bind(state.object)
        .bind(state.account)
        .bind(state.api_version)
        .bind(marks_deleted(state.object, state.deletes))
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
